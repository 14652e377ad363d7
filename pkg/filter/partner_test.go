package filter

import (
	"slices"
	"testing"
	"time"
)

// After ten days of correspondence with a partner (we write, they
// answer), the partner's mail is trusted for who wrote it, not for a
// domain nobody here has seen: a credential lure on a domain holding the
// partner's name (what a compromised or forged partner account sends) is
// locked, while the partner's slides on a new sharing site and a sign-in
// link to the partner's own site are delivered untouched. A payment
// request from the partner's address whose replies go to free mail is
// quarantined.
func TestTrustedPartnerNewDomain(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	run := func(m testMsg, day int, auth bool) *Result {
		t.Helper()
		return deliver(t, e, []byte(m.raw), m.from, m.to, start.AddDate(0, 0, day), auth)
	}
	replyToFree := func(m testMsg) testMsg {
		m.raw = "Reply-To: Bob <bob.partner.billing@gmail.com>\r\n" + m.raw
		return m
	}
	for d := range 10 {
		run(msg("alice@corp.example", "bob@partner.example", "numbers", "text/plain; charset=utf-8", "see https://www.partner.example/q\n"), d, true)
		run(msg("bob@partner.example", "alice@corp.example", "re: numbers", "text/plain; charset=utf-8", "ok https://www.partner.example/q2\n"), d, false)
	}
	partner := func(body string) testMsg {
		return msg("bob@partner.example", "alice@corp.example", "contract", "text/plain; charset=utf-8", body)
	}
	bankDetails := msg("bob@partner.example", "alice@corp.example", "Invoice 4471: new bank details", "text/plain; charset=utf-8",
		"Hi Alice, our bank changed; please pay to the new account and confirm by reply.\n")
	for _, tc := range []struct {
		name   string
		m      testMsg
		action Action
	}{
		{"a credential lure on a domain with the partner's name",
			partner("Hi Alice, please review the contract and sign in with your email password to view it:\nhttps://partner-docs-portal.example/login\n"), ActionLock},
		{"slides on a new sharing site", partner("Hi Alice, the slides from today: https://slides-share-new.example/deck\n"), ActionAccept},
		{"sign-in to the partner's own site", partner("Hi Alice, please sign in to review the contract:\nhttps://portal.partner.example/login\n"), ActionAccept},
		{"a payment request answering to free mail", replyToFree(bankDetails), ActionQuarantine},
		{"the same request answering to the partner", bankDetails, ActionAccept},
	} {
		r := run(tc.m, 11, false)
		if r.Action != tc.action {
			t.Errorf("%s: %s (%.2f, %v), want %s", tc.name, r.Action, r.Verdict.Score, r.ReasonCodes(), tc.action)
		}
		if !slices.Contains(r.ReasonCodes(), "established_pair") {
			t.Errorf("%s: no established_pair (%v): the history did not take", tc.name, r.ReasonCodes())
		}
	}
}
