package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/replay"
	"github.com/firstsight/firstsight/pkg/filter"
)

func TestExplainEnvelope(t *testing.T) {
	now := time.Now()
	both := "Return-Path: <bounce@esp.example>\r\nDelivered-To: alice@corp.example\r\nFrom: news@shop.example\r\nTo: list@corp.example, bob@corp.example\r\n\r\nhi\r\n"
	header := "From: News <news@shop.example>\r\nTo: list@corp.example, Bob <bob@corp.example>\r\n\r\nhi\r\n"
	for _, tc := range []struct {
		name, raw, from, rcpt string
		wantFrom              string
		wantRcpts             []string
	}{
		{"envelope fields first", both, "", "", "bounce@esp.example", []string{"alice@corp.example"}},
		{"header From and To otherwise", header, "", "", "news@shop.example", []string{"list@corp.example", "bob@corp.example"}},
		{"flags win", header, "x@y.example", "carol@corp.example", "x@y.example", []string{"carol@corp.example"}},
	} {
		env := explainEnvelope(replay.Parse("m.eml", []byte(tc.raw), true), tc.from, tc.rcpt, now)
		if env.MailFrom != tc.wantFrom || !slices.Equal(env.Recipients, tc.wantRcpts) {
			t.Errorf("%s: envelope %q %q, want %q %q", tc.name, env.MailFrom, env.Recipients, tc.wantFrom, tc.wantRcpts)
		}
	}
}

// The text form names the action, score, level and notes on its first
// line (a list post says notes list), then each reason.
func TestPrintExplanationHeadline(t *testing.T) {
	for _, tc := range []struct {
		x    filter.Explanation
		want string
	}{
		{filter.Explanation{Action: "accept", Score: 0.5}, "action accept, score 0.50\n"},
		{filter.Explanation{Action: "lock", Score: 1.25, Level: "warn", Notes: []string{"list"}}, "action lock, score 1.25, level warn, notes list\n"},
	} {
		var b strings.Builder
		printExplanation(&b, tc.x)
		if got, _, _ := strings.Cut(b.String(), "\n"); got+"\n" != tc.want {
			t.Errorf("headline %q, want %q", got, tc.want)
		}
	}
}

// explain on a copy milterd delivered says so: its verdict header, and
// which of its links are lock links, whose reasons are in their lock
// records; judged again, a lock link is a bare IP address new here, and
// the answer alone read as why the link was locked (it was not).
func TestExplainDeliveredCopy(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fs.db")
	run(context.Background(), []string{"replay", "-q", "-learn-only", "-db", db, dir}, io.Discard, io.Discard) // creates the DB
	delivered := "From: dana@shipping.example\r\nTo: bob@corp.example\r\nSubject: schedule\r\n" +
		"X-Firstsight: action=lock score=1.45 level=warn links=2 locked=1 reasons=org_first_seen\r\n\r\n" +
		"the schedule is here: http://127.0.0.1:8025/l/XzEGeydg6WiViDTN1btd6Q [locked: files[.]tracker[.]example]\r\n" +
		"and again <http://127.0.0.1:8025/l/XzEGeydg6WiViDTN1btd6Q>, our site https://www.shipping.example/\r\n"
	original := "From: dana@shipping.example\r\nTo: bob@corp.example\r\nSubject: schedule\r\n\r\n" +
		"the schedule is here: http://files.tracker.example/schedule\r\n"
	for _, tc := range []struct {
		name, raw string
		want      []string // in the note; none: no note
	}{
		{"delivered copy", delivered, []string{"already filtered", "(X-Firstsight: action=lock score=1.45", "lock links (XzEGeydg6WiViDTN1btd6Q)", "milterd locks ID"}},
		{"the message as it arrived", original, nil},
		{"a reply quoting a lock link", "From: dana@shipping.example\r\nTo: bob@corp.example\r\nSubject: Re: schedule\r\n\r\n" +
			"> the schedule is here: http://127.0.0.1:8025/l/XzEGeydg6WiViDTN1btd6Q [locked: files[.]tracker[.]example]\r\n",
			[]string{"this message carries lock links of this milterd (XzEGeydg6WiViDTN1btd6Q), judged here", "milterd locks ID"}},
	} {
		msg := filepath.Join(dir, "m.eml")
		os.WriteFile(msg, []byte(tc.raw), 0o644)
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"explain", "-db", db, msg}, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.name, code, errb.String())
		}
		note := errb.String()
		if tc.want == nil && strings.Contains(note, "already filtered") {
			t.Errorf("%s: a note about a filtered copy: %s", tc.name, note)
		}
		for _, w := range tc.want {
			if !strings.Contains(note, w) {
				t.Errorf("%s: note without %q: %s", tc.name, w, note)
			}
		}
	}
}

func TestLockIDs(t *testing.T) {
	links := []filter.LinkExplained{
		{URL: "https://lock.corp.example/l/abc"},
		{URL: "https://lock.corp.example/l/-older_id?x=1"},
		{URL: "https://lock.corp.example/l/abc"},
		{URL: "https://lock.corp.example/admin/"},
		{URL: "https://lock.corp.example/l/"},
		{URL: "https://elsewhere.example/l/zzz"},
	}
	if got := lockIDs("https://lock.corp.example/", links); !slices.Equal(got, []string{"abc", "-older_id"}) {
		t.Errorf("lockIDs = %q", got)
	}
}
