package filter

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// newsletter is one daily issue of a newsletter from a sender nobody here
// knows, linking a sponsor nobody here has linked.
func newsletter(day int) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: Harbor Notes <news@harbor-notes.example>
To: dana@corp.example
Subject: Harbor Notes, issue %d
Message-ID: <issue-%d@harbor-notes.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Today's shipping schedule and port news.
Our sponsor: https://www.tug-charters.example/spring
`, day, day), "\n", "\r\n"))
}

// A newsletter the reader keeps receiving is warned at first; its warned
// issues teach only the sender->reader sighting, so after three days of
// warnings (nothing else speaks against it) it is accepted for that reader,
// while the same issue to a colleague who never received it is still warned.
func TestRecurringNewsletter(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	decide := func(day int, rcpt string) *Result {
		t.Helper()
		r, err := e.Decide(context.Background(), newsletter(day), Envelope{
			MailFrom: "news@harbor-notes.example", Recipients: []string{rcpt}, Now: start.AddDate(0, 0, day)})
		if err != nil {
			t.Fatal(err)
		}
		e.Finish(r)
		return r
	}
	var got []string
	for day := range 7 {
		r := decide(day, "dana@corp.example")
		got = append(got, string(r.Action)+" "+string(r.Verdict.Level))
		if day == 6 && !slices.Contains(r.ReasonCodes(), "recurring_pair") {
			t.Errorf("day 6: reasons %v, want recurring_pair", r.ReasonCodes())
		}
	}
	want := []string{"lock warn", "lock warn", "lock warn", "accept ", "accept ", "accept ", "accept "}
	if !slices.Equal(got, want) {
		t.Errorf("dana's issues: %q, want %q", got, want)
	}
	if r := decide(7, "erin@corp.example"); r.Action != ActionLock || r.Verdict.Level != "warn" {
		t.Errorf("first issue to a colleague: %s %s (%v), want lock warn", r.Action, r.Verdict.Level, r.ReasonCodes())
	}
}

// A stranger's message locked at warn and sent again the same day (a
// lure's "second notice") is judged no more leniently than its first
// copy: the warned copy is no contact yet, and recurring_pair needs warned
// mail on two days or more.
func TestWarnedMailSentAgainSameDay(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	var first float64
	for i := range 3 {
		r, err := e.Decide(context.Background(), newsletter(i), Envelope{
			MailFrom: "news@harbor-notes.example", Recipients: []string{"dana@corp.example"}, Now: start.Add(time.Duration(i) * 20 * time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		e.Finish(r)
		if i == 0 {
			first = r.Verdict.Score
		}
		if r.Action != ActionLock || r.Verdict.Score < first || !slices.Contains(r.ReasonCodes(), "pair_first_contact") {
			t.Errorf("copy %d: %s, score %.3f (first copy %.3f), reasons %v; want locked, no lower, pair_first_contact", i+1, r.Action, r.Verdict.Score, first, r.ReasonCodes())
		}
	}
}
