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
	"github.com/firstsight/firstsight/pkg/scoring"
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

// explain names known_list, with the list's organisations and days, for a
// new poster's message to a list address learned from an imported
// archive (replay -learn-only of posts without List-Id), and not for the
// same message to an address nobody wrote to.
func TestExplainKnownList(t *testing.T) {
	dir := t.TempDir()
	posts := filepath.Join(dir, "posts")
	os.Mkdir(posts, 0o755)
	start := time.Now().UTC().Truncate(24 * time.Hour).Add(-30 * 24 * time.Hour) // within retention whenever the test runs
	post := func(from, to string, at time.Time, body string) []byte {
		return []byte(strings.ReplaceAll("Delivered-To: kai@corp.example\nReturn-Path: <"+from+">\nFrom: "+from+"\nTo: "+to+
			"\nSubject: Re: build\nDate: "+at.Format(time.RFC1123Z)+"\nMessage-ID: <"+at.Format("20060102")+"."+from+">\n\n"+body+"\n", "\n", "\r\n"))
	}
	posters := []string{"ana@univ-a.example", "bo@lab-b.example", "cy@gmail.com", "di@firm-d.example"}
	for d := range 21 {
		at := start.Add(time.Duration(d) * 24 * time.Hour)
		os.WriteFile(filepath.Join(posts, at.Format("0102")+".eml"),
			post(posters[d%len(posters)], "dev@lists.proj.example", at, "The fix is in https://git.proj.example/proj/commit/4711"), 0o644)
	}
	db := filepath.Join(dir, "fs.db")
	if code := run(context.Background(), []string{"replay", "-q", "-learn-only", "-db", db, "-o", os.DevNull, posts}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("replay exit %d", code)
	}
	const line = "known_list: the message is written to dev@lists.proj.example, a mailing list's address: mail from 4 organisations learned here was written to it on 21 days"
	for _, tc := range []struct {
		to   string
		want bool
	}{
		{"dev@lists.proj.example", true},
		{"dev@lists.other.example", false},
	} {
		msg := filepath.Join(dir, "new.eml")
		os.WriteFile(msg, post("ed@gmail.com", tc.to, start.Add(25*24*time.Hour), "Our numbers are on https://www.radio-bench.example/results.html"), 0o644)
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"explain", "-db", db, msg}, &out, &errb); code != 0 {
			t.Fatalf("to %s: exit %d: %s", tc.to, code, errb.String())
		}
		if got := strings.Contains(out.String(), line); got != tc.want {
			t.Errorf("to %s: known_list line %v, want %v:\n%s", tc.to, got, tc.want, out.String())
		}
	}
}

// explain's table shows a message's own words (a link's address or
// text, a name quoted in a reason) with their control characters spelled
// out: an escape sequence in an HTML entity or an encoded display name
// would otherwise drive the administrator's terminal. -json keeps them
// escaped as JSON.
func TestExplainShowsControls(t *testing.T) {
	x := filter.Explanation{Action: "lock", Level: "warn",
		Reasons: []scoring.Reason{{Code: "shadow_identity", Text: "the name \"Bank\x1b]0;x\x07\" is known"}},
		Links:   []filter.LinkExplained{{URL: "https://bank-login.example/\x1b[2J", Unwrapped: "https://bank-login.example/\u202etxt", Host: "bank-login.example", Domain: "bank-login.example"}}}
	var out bytes.Buffer
	writeExplanation(&out, x, false)
	if strings.ContainsAny(out.String(), "\x1b\x07\u202e") || !strings.Contains(out.String(), "[U+001B]") || !strings.Contains(out.String(), "[U+202E]") {
		t.Errorf("explain let a control character through, or showed none:\n%q", out.String())
	}
	out.Reset()
	writeExplanation(&out, x, true)
	if strings.ContainsAny(out.String(), "\x1b\x07") || !strings.Contains(out.String(), `\u001b`) {
		t.Errorf("explain -json: %q", out.String())
	}
}
