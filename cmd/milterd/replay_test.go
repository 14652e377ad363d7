package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/replay"
)

// Where replay flushes the history must not change a decision: lookups
// merge pending observations as a flush would.
func TestReplayDecisionsIndependentOfFlushes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "stream.json"), []byte(`{"first_test_file":"000020.eml"}`), 0o644)
	senders := []string{"bob@partner.example", "carol@vendor.example", "dan@partner.example"}
	at := time.Date(2001, 1, 2, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 60; i++ {
		at = at.Add(time.Duration(5+i%4*11) * time.Hour) // a few a day, over ~40 days
		from := senders[i%len(senders)]
		m := fmt.Sprintf("Return-Path: <%s>\nDelivered-To: alice@corp.example\nFrom: %s\nDate: %s\nSubject: note %d\n\nsee https://www.site%d.example/p%d\n",
			from, from, at.Format(time.RFC1123Z), i, i%7, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.eml", i+1)), []byte(m), 0o644)
	}
	var want []decisionLine
	for _, every := range []string{"1", "7", "1000"} {
		out := filepath.Join(t.TempDir(), "d.jsonl")
		var errb bytes.Buffer
		if code := run(context.Background(), []string{"replay", "-q", "-flush-every", every, "-o", out, dir}, io.Discard, &errb); code != 0 {
			t.Fatalf("replay -flush-every %s: exit %d: %s", every, code, errb.String())
		}
		got := readDecisions(t, out)
		if len(got) != 41 {
			t.Fatalf("-flush-every %s: %d decisions, want 41", every, len(got))
		}
		if want == nil {
			want = got
		} else if !reflect.DeepEqual(got, want) {
			t.Errorf("-flush-every %s: decisions differ from -flush-every 1:\n%+v\n%+v", every, got, want)
		}
	}
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"replay", "-q", "-flush-every", "0", dir}, io.Discard, &errb); code != 2 || !strings.Contains(errb.String(), "flush-every") {
		t.Errorf("-flush-every 0: exit %d, %q", code, errb.String())
	}
}

// readDecisions reads a replay's JSONL, timings zeroed.
func readDecisions(t *testing.T, path string) []decisionLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []decisionLine
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var d decisionLine
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		d.Micros = 0
		lines = append(lines, d)
	}
	return lines
}

// The summary counts actions, lock levels and rewritten links.
func TestSummaryPrint(t *testing.T) {
	s := newSummary()
	for _, l := range []decisionLine{
		{File: "1.eml", Action: "accept", Links: 3, Micros: 10},
		{File: "2.eml", Action: "lock", Level: "warn", Links: 4, LockedLinks: 1, Reasons: []string{"org_first_seen"}, Micros: 30},
		{File: "3.eml", Action: "lock", Level: "hard", Links: 2, LockedLinks: 2, Reasons: []string{"org_first_seen", "ip_literal"}, Micros: 20},
		{File: "4.eml", Action: "quarantine", Links: 1, Reasons: []string{"lookalike"}, Micros: 5},
		{File: "5.eml", Action: "accept", Micros: 1},
		{File: "6.eml", Action: "quarantine", Reasons: []string{"quarantine_rule"}, Micros: 2}, // no links
		{File: "7.eml", Action: "accept", Would: "lock", Links: 1, Micros: 3},                  // monitor mode
	} {
		s.add(l)
	}
	var b strings.Builder
	s.print(&b)
	for _, want := range []string{
		"replay summary: 0 messages learned from, 7 decided, 5 of them with links\n",
		"  lock             2   28.6 % of messages\n",
		"    at level warn 1, lock 0, hard 1 (at warn the reader may continue)\n",
		"  quarantine       2   28.6 % of messages\n",
		"monitor mode changed no mail; it would have: lock 1, quarantine 0, reject 0\n",
		"links rewritten: 3 of 11 (27.3 %)\n",
		"would lock or quarantine 60.0 % of messages with links\n",
		"  org_first_seen                    2\n",
		"  2.eml              30µs  links=4\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
}

// In monitor mode replay writes what milterd does (accept) and what it
// would have done, and the summary says so.
func TestReplayMonitorModeReportsWould(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "stream.json"), []byte(`{"first_test_file":"000001.eml"}`), 0o644)
	m := "Return-Path: <x@new-sender.example>\nDelivered-To: alice@corp.example\nFrom: x@new-sender.example\n" +
		"Date: Tue, 02 Jan 2001 09:00:00 +0000\nSubject: invoice\n\nPay the overdue invoice at http://192.0.2.7/pay/login now\n"
	os.WriteFile(filepath.Join(dir, "000001.eml"), []byte(m), 0o644)
	cfg := filepath.Join(t.TempDir(), "monitor.toml")
	os.WriteFile(cfg, []byte("internal_domains = [\"corp.example\"]\n[policy]\nmode = \"monitor\"\n"), 0o644)
	out := filepath.Join(t.TempDir(), "d.jsonl")
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"replay", "-q", "-config", cfg, "-o", out, dir}, io.Discard, &errb); code != 0 {
		t.Fatalf("replay: exit %d: %s", code, errb.String())
	}
	got := readDecisions(t, out)
	if len(got) != 1 || got[0].Action != "accept" || got[0].Would != "lock" {
		t.Fatalf("decisions %+v, want one accept that would lock", got)
	}
	if !strings.Contains(errb.String(), "monitor mode changed no mail; it would have: lock 1") {
		t.Errorf("summary lacks the monitor line:\n%s", errb.String())
	}
}

// A stored message's envelope is what its delivery agent recorded; one
// without Delivered-To (a mailbox exported by hand) goes to -rcpt, else to
// its To addresses, and one without Return-Path comes from its From.
func TestReplayEnvelope(t *testing.T) {
	const body = "From: Ann <ann@partner.example>\r\nTo: bob@corp.example, carl@corp.example\r\nSubject: x\r\n\r\nhi\r\n"
	now := time.Unix(1e9, 0)
	for _, tc := range []struct {
		name, raw, rcpt string
		from            string
		to              []string
	}{
		{"recorded", "Return-Path: <bounce@esp.example>\r\nDelivered-To: dana@corp.example\r\n" + body, "owner@corp.example", "bounce@esp.example", []string{"dana@corp.example"}},
		{"no Delivered-To, -rcpt", "Return-Path: <bounce@esp.example>\r\n" + body, "owner@corp.example", "bounce@esp.example", []string{"owner@corp.example"}},
		{"no Delivered-To, To", "Return-Path: <bounce@esp.example>\r\n" + body, "", "bounce@esp.example", []string{"bob@corp.example", "carl@corp.example"}},
		{"nothing recorded", body, "", "ann@partner.example", []string{"bob@corp.example", "carl@corp.example"}},
	} {
		env := replayEnvelope(replay.Parse("m.eml", []byte(tc.raw), true), tc.rcpt, now)
		if env.MailFrom != tc.from || !slices.Equal(env.Recipients, tc.to) || !env.Now.Equal(now) {
			t.Errorf("%s: from %q to %v, want %q to %v", tc.name, env.MailFrom, env.Recipients, tc.from, tc.to)
		}
	}
}

// A replay of a directory with nothing to read says so (a mistyped path
// or a Maildir's tmp/ alone), instead of a bare "0 decided".
func TestReplayEmptyDirSaysSo(t *testing.T) {
	dir := t.TempDir()
	var errb bytes.Buffer
	code := run(context.Background(), []string{"replay", "-q", "-db", filepath.Join(t.TempDir(), "fs.db"), "-o", filepath.Join(t.TempDir(), "out.jsonl"), dir}, io.Discard, &errb)
	if code != 0 || !strings.Contains(errb.String(), "holds no message to read") {
		t.Errorf("replay of an empty dir: exit %d, stderr %q; want 0 and a line saying it holds no message", code, errb.String())
	}
}
