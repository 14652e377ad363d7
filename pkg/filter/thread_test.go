package filter

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

func TestThreadRefs(t *testing.T) {
	for _, tc := range []struct {
		name        string
		irt, refs   string
		want        []string
		wantFirstID string // messageID of irt
	}{
		{"none", "", "", nil, ""},
		{"in-reply-to", "<a@x.example>", "", []string{"a@x.example"}, "a@x.example"},
		{"references newest first", "", "<r1@x> <r2@x>\r\n <r3@x>", []string{"r3@x", "r2@x", "r1@x"}, ""},
		{"in-reply-to first, no duplicate", "<r3@x>", "<r1@x> <r2@x> <r3@x>", []string{"r3@x", "r2@x", "r1@x"}, "r3@x"},
		{"comment and junk skipped", "(reply) <a@x> foo", "<> < b@x> <c@x", []string{"a@x"}, "a@x"},
		{"no brackets", "a@x.example", "", nil, "a@x.example"},
		{"nested bracket", "<<a@x>>", "", []string{"a@x"}, "a@x"},
		{"at most 8", "", strings.Repeat("<a@x> <b@x> <c@x> <d@x> <e@x> <f@x> <g@x> <h@x> <i@x> <j@x> ", 2),
			[]string{"j@x", "i@x", "h@x", "g@x", "f@x", "e@x", "d@x", "c@x"}, ""},
	} {
		if got := threadRefs(tc.irt, tc.refs); !slices.Equal(got, tc.want) {
			t.Errorf("%s: threadRefs = %q, want %q", tc.name, got, tc.want)
		}
		if got := messageID(tc.irt); got != tc.wantFirstID {
			t.Errorf("%s: messageID(%q) = %q, want %q", tc.name, tc.irt, got, tc.wantFirstID)
		}
	}
}

func FuzzThreadRefs(f *testing.F) {
	f.Add("<a@x.example>", "<r1@x> <r2@x>")
	f.Add("(c) <a@x> junk <", "<<b>> <c d@x> <>")
	f.Fuzz(func(t *testing.T, irt, refs string) {
		got := threadRefs(irt, refs)
		if len(got) > baseline.MaxThreadRefs {
			t.Fatalf("%d Message-IDs, want at most %d", len(got), baseline.MaxThreadRefs)
		}
		for i, id := range got {
			if id == "" || strings.ContainsAny(id, "<> \t\r\n") || !strings.Contains(irt+refs, "<"+id+">") {
				t.Fatalf("bad Message-ID %q from %q %q", id, irt, refs)
			}
			if slices.Contains(got[:i], id) {
				t.Fatalf("duplicate %q", id)
			}
		}
		if id := messageID(irt); strings.HasPrefix(id, "<") && strings.HasSuffix(id, ">") && len(id) > 1 {
			t.Fatalf("messageID(%q) = %q kept its brackets", irt, id)
		}
	})
}

// A stranger's answer to mail delivered here: the first post of a thread
// is learned with its Message-ID, and a newcomer's reply naming it in
// In-Reply-To is accepted with thread_reply, while the same reply naming
// a message never seen here is warned, and so is a "reply" to the
// sender's own earlier message (a harmless first mail, then the lure).
func TestThreadReplyThroughEngine(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	rcpt := []string{"dana@corp.example"}
	first := strings.ReplaceAll(`From: ana@univ-a.example
To: dana@corp.example
Subject: antenna gain
Message-ID: <first-1@univ-a.example>

Does anyone have gain figures for the 2.4 GHz antenna?
`, "\n", "\r\n")
	r, err := e.Decide(context.Background(), []byte(first), Envelope{MailFrom: "ana@univ-a.example", Recipients: rcpt, Now: start})
	if err != nil {
		t.Fatal(err)
	}
	e.Finish(r)
	own := strings.ReplaceAll(strings.ReplaceAll(first, "ana@univ-a.example", "newcomer@lab-b.example"), "first-1@univ-a", "own-1@lab-b")
	r, err = e.Decide(context.Background(), []byte(own), Envelope{MailFrom: "newcomer@lab-b.example", Recipients: rcpt, Now: start})
	if err != nil || r.Action != ActionAccept {
		t.Fatalf("newcomer's first message: %v, %v", r, err)
	}
	e.Finish(r)
	reply := func(parent string) []byte {
		return []byte(strings.ReplaceAll(`From: newcomer@lab-b.example
To: dana@corp.example
Subject: Re: antenna gain
Message-ID: <reply-1@lab-b.example>
In-Reply-To: <`+parent+`>

We measured it last year: https://www.antenna-tests.example/results/ant24.html
`, "\n", "\r\n"))
	}
	for _, tc := range []struct {
		parent string
		action Action
		thread bool
	}{
		{"first-1@univ-a.example", ActionAccept, true},
		{"unknown-9@univ-a.example", ActionLock, false},
		{"own-1@lab-b.example", ActionLock, false},
	} {
		r, err := e.Decide(context.Background(), reply(tc.parent), Envelope{MailFrom: "newcomer@lab-b.example", Recipients: rcpt, Now: start.Add(time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.Contains(r.ReasonCodes(), scoring.CodeThreadReply)
		if r.Action != tc.action || got != tc.thread {
			t.Errorf("reply to %s: %s, thread_reply %v (%v), want %s, %v", tc.parent, r.Action, got, r.ReasonCodes(), tc.action, tc.thread)
		}
	}
	// The admin API's inspection answers whether a Message-ID was learned.
	hist, ok := e.history.(*baseline.Store)
	if !ok {
		t.Fatalf("history is %T", e.history)
	}
	for id, want := range map[string]bool{"<first-1@univ-a.example>": true, "<unknown-9@univ-a.example>": false} {
		facts, err := Admin{Engine: e, Baseline: hist}.Inspect(context.Background(), lock.InspectQuery{MessageID: id})
		if err != nil {
			t.Fatal(err)
		}
		if seen := facts.(map[string]any)["stat"].(map[string]any)["seen"]; seen != want {
			t.Errorf("inspect %s: seen %v, want %v", id, seen, want)
		}
	}
}
