package filter

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"
)

// spentShare is a context whose deadline has passed but which has not
// ended: the share of the budget reading the links may use is spent, the
// rest (lookup, scoring, locks) is not. Extraction then stops at its first
// look, whatever the machine's speed.
type spentShare struct{ context.Context }

func (spentShare) Deadline() (time.Time, bool) { return time.Now().Add(-time.Second), true }

// A message whose links were not all read within the decision budget is
// judged on those found, as a partial scan: quarantined (scan_limit) from
// anyone but our own authenticated people, with notes partial and deadline;
// never passed as if it had been read whole, never an error (on_error).
func TestDecisionBudgetStopsExtraction(t *testing.T) {
	e := testEngine(t)
	now := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	body := "Hello,\n\nthe agenda is at https://agenda.partner.example/q2 for Thursday.\n"
	for _, tc := range []struct {
		from       string
		auth       bool
		quarantine bool
	}{{"billing@stranger.example", false, true}, {"erin@corp.example", true, false}} {
		m := msg(tc.from, "dana@corp.example", "Agenda", "text/plain", body)
		env := Envelope{MailFrom: tc.from, Recipients: []string{"dana@corp.example"}, Now: now, Authenticated: tc.auth}
		whole, err := e.Decide(context.Background(), []byte(m.raw), env)
		if err != nil || whole.Action == ActionQuarantine || slices.Contains(whole.Notes, NoteDeadline) || len(whole.Links) != 1 {
			t.Fatalf("%s with time enough: %v, %s, notes %v, %d links; want it read and not quarantined", tc.from, err, whole.Action, whole.Notes, len(whole.Links))
		}
		r, err := e.Decide(spentShare{context.Background()}, []byte(m.raw), env)
		if err != nil {
			t.Fatalf("%s: %v; want a verdict on a scan stopped at the budget, not an error", tc.from, err)
		}
		codes := r.ReasonCodes()
		if !slices.Contains(r.Notes, NoteDeadline) || !slices.Contains(r.Notes, "partial") {
			t.Errorf("%s: notes %v; want partial and %s", tc.from, r.Notes, NoteDeadline)
		}
		if (r.Action == ActionQuarantine) != tc.quarantine || slices.Contains(codes, "scan_limit") != tc.quarantine {
			t.Errorf("%s: %s, reasons %v; want quarantine (scan_limit) %v", tc.from, r.Action, codes, tc.quarantine)
		}
		if !strings.Contains(r.Header(), "notes=partial,deadline") {
			t.Errorf("%s: header %q; want notes=partial,deadline", tc.from, r.Header())
		}
	}
}

// The milter says in its log that a message's scan stopped at the budget,
// and what it did with it.
func TestDecisionBudgetLogged(t *testing.T) {
	var buf bytes.Buffer
	e := testEngine(t)
	mil := NewMilter(e, MilterOptions{}, slog.New(slog.NewTextHandler(&buf, nil)), nil)
	defer mil.Close()
	m := msg("billing@stranger.example", "dana@corp.example", "Invoice", "text/plain", "Pay at https://pay.stranger.example/i/1\n")
	r, err := e.Decide(spentShare{context.Background()}, []byte(m.raw), Envelope{MailFrom: "billing@stranger.example", Recipients: []string{"dana@corp.example"}, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	mil.done(mil.log, r, time.Now())
	if !strings.Contains(buf.String(), "level=WARN msg=\"scan stopped at the decision budget") || !strings.Contains(buf.String(), "action=quarantine") {
		t.Errorf("log:\n%s\nwant a warning that the scan stopped at the decision budget, with the action", buf.String())
	}
}

// A message to more distinct recipients than scoring judges with its
// links (2,001 recipients of as many domains with 1,000 links: 2,001,000
// judgements, past scoring's 2,000,000) is judged on the first ones as a
// partial scan: quarantined (scan_limit), notes partial and recipients;
// one recipient fewer is judged whole.
func TestRecipientsPastTheLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("judges 2,000,000 recipient-links twice")
	}
	e := testEngine(t)
	var body strings.Builder
	body.WriteString("Hello,\n\nthe papers:\n")
	for i := range 1000 {
		fmt.Fprintf(&body, "https://www.site%d.example/doc\n", i)
	}
	for _, tc := range []struct {
		rcpts int
		cut   bool
	}{{2000, false}, {2001, true}} {
		env := Envelope{MailFrom: "billing@stranger.example", Now: time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)}
		for i := range tc.rcpts {
			env.Recipients = append(env.Recipients, fmt.Sprintf("reader@d%d.example", i))
		}
		m := msg("billing@stranger.example", "list@lists.example", "Papers", "text/plain", body.String())
		r, err := e.Decide(context.Background(), []byte(m.raw), env)
		if err != nil {
			t.Fatal(err)
		}
		got := slices.Contains(r.Notes, NoteRecipients)
		if got != tc.cut || slices.Contains(r.ReasonCodes(), "scan_limit") != tc.cut || tc.cut && (r.Action != ActionQuarantine || !strings.Contains(r.Header(), "notes=partial,recipients")) {
			t.Errorf("%d recipients: %s, notes %v, reasons %v; want cut %v", tc.rcpts, r.Action, r.Notes, r.ReasonCodes(), tc.cut)
		}
	}
}
