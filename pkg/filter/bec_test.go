package filter

import (
	"slices"
	"testing"
	"time"
)

// A request without any link is read from the start of its text: after a
// week of the director's own mail, her name on a new free-mail address
// asking the payments desk for a wire transfer is quarantined, in plain
// text and in HTML; the same address only saying hello, or the request
// only in a quoted earlier message, is not.
func TestLinklessRequest(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	for d := range 7 {
		m := msg("Jane Roe <jane.roe@corp.example>", "pay@corp.example", "weekly numbers", "text/plain; charset=utf-8", "Numbers attached as usual.\n")
		deliver(t, e, []byte(m.raw), "jane.roe@corp.example", "pay@corp.example", start.AddDate(0, 0, d), true)
	}
	ask := "Are you at your desk? I need you to process a wire transfer today, I am in a meeting.\n"
	quoted := "Thanks!\n\n-----Original Message-----\nFrom: Pay Desk\nSent: Monday\nSubject: x\n\n" + ask
	for _, tc := range []struct {
		name, ctype, body string
		action            Action
	}{
		{"plain text", "text/plain; charset=utf-8", ask, ActionQuarantine},
		{"HTML", "text/html; charset=utf-8", "<html><body><p>" + ask + "</p></body></html>", ActionQuarantine},
		{"hello", "text/plain; charset=utf-8", "Hello, see you at the offsite.\n", ActionAccept},
		{"the request only quoted", "text/plain; charset=utf-8", quoted, ActionAccept},
	} {
		m := msg("Jane Roe <jane.roe.ceo@gmail.com>", "pay@corp.example", "Quick favour", tc.ctype, tc.body)
		r := deliver(t, e, []byte(m.raw), "jane.roe.ceo@gmail.com", "pay@corp.example", start.AddDate(0, 0, 8), false)
		if r.Action != tc.action {
			t.Errorf("%s: %s (%v), want %s", tc.name, r.Action, r.ReasonCodes(), tc.action)
		}
		if tc.action == ActionQuarantine && !slices.Contains(r.ReasonCodes(), "shadow_identity") {
			t.Errorf("%s: no shadow_identity (%v)", tc.name, r.ReasonCodes())
		}
	}
}
