package filter

// Senders who are not who they say they are, or whose trust must not
// extend to what they link: mail forged from the reader's own address, a
// trusted partner's new domain, and requests without any link, each
// through the engine with real history.

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"
)

// Mail "from yourself": after a week of alice's own authenticated mail
// (to a partner, to a colleague and to herself), a message from outside
// that says it is from alice is judged without her history's credit: a
// threat is quarantined with or without a link, a mailbox-quota lure is
// locked above warn, and neither teaches anything (the same lure again is
// judged the same). Her own authenticated note to herself and her own post
// handed back by a mailing list (List-Id) are not suspects.
func TestFromOwnAddress(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	for d := range 8 {
		for _, to := range []string{"bob@partner.example", "carol@corp.example", "alice@corp.example"} {
			m := msg("alice@corp.example", to, "notes", "text/plain; charset=utf-8", "see https://www.partner.example/q\n")
			deliver(t, e, []byte(m.raw), m.from, to, start.AddDate(0, 0, d), true)
		}
	}
	self := func(subject, body string) testMsg {
		return msg("alice@corp.example", "alice@corp.example", subject, "text/plain; charset=utf-8", body)
	}
	threat := self("Your account was hacked", "I recorded you through your device. Send 0.1 bitcoin within 48 hours.\n")
	quota := self("Mailbox storage full", "Your mailbox is full. Verify your account to keep receiving mail:\nhttps://mail-quota-desk.example/verify\n")
	note := self("note to self", "Look at https://www.garden-tools.example/spring later\n")
	post := msg("alice@corp.example", "gardeners@lists.garden.example", "Re: spring planting", "text/plain; charset=utf-8",
		"My notes are at https://www.garden-tools.example/spring\n")
	for _, tc := range []struct {
		name   string
		m      testMsg
		auth   bool
		extra  string // header fields before the message's own
		action Action
		own    bool // from_own_address expected
	}{
		{"a threat without a link", threat, false, "", ActionQuarantine, true},
		{"a mailbox-quota lure", quota, false, "", ActionLock, true},
		{"the same lure again", quota, false, "", ActionLock, true},
		{"her authenticated note to herself", note, true, "", ActionAccept, false},
		{"her post handed back by a list", post, false, "List-Id: Gardeners <gardeners.lists.garden.example>\r\n", "", false},
	} {
		r := deliver(t, e, []byte(tc.extra+tc.m.raw), tc.m.from, "alice@corp.example", start.AddDate(0, 0, 9), tc.auth)
		codes := r.ReasonCodes()
		if tc.action != "" && r.Action != tc.action {
			t.Errorf("%s: %s (%v), want %s", tc.name, r.Action, codes, tc.action)
		}
		if got := slices.Contains(codes, "from_own_address"); got != tc.own {
			t.Errorf("%s: from_own_address %v, want %v (%v)", tc.name, got, tc.own, codes)
		}
		if tc.action == ActionLock && r.Verdict.Level == "warn" {
			t.Errorf("%s: locked at warn (%v), want above", tc.name, codes)
		}
		if tc.own && slices.Contains(codes, "internal_known") {
			t.Errorf("%s: internal_known credit for a forged own address (%v)", tc.name, codes)
		}
	}
}

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
		// the partner's own address can be a hijacked mailbox: a change of
		// bank details is held whoever replies (bank_change)
		{"the same request answering to the partner", bankDetails, ActionQuarantine},
		{"an invoice naming no change, answering to the partner", msg("bob@partner.example", "alice@corp.example", "Invoice 4471", "text/plain; charset=utf-8",
			"Hi Alice, invoice 4471 is attached; please pay to our account as usual and confirm by reply.\n"), ActionAccept},
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

// A person's name first seen on a service's notice ("Ines Moreau"
// <notifications@github.com>, a DocuSign envelope in her name) is not
// taught as the name of that address, so her first mail from an address
// of her own is no shadow identity; a name learned from a person's own
// address, or from a bare no-reply address (where organisations send
// under their own names, which lures copy), still makes a new address
// under it one.
func TestNameFirstSeenOnNotice(t *testing.T) {
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		first  string // the address the name was learned from
		shadow bool
	}{
		{"notifications@github.com", false},
		{"dse_na3@docusign.net", false},
		{"invoice+statements+acct_1qz@stripe.com", false},
		{"ines@old-employer.example", true},
		{"noreply@saas-invites.example", true},
	} {
		e := testEngine(t)
		for d := range 3 {
			raw := "From: \"Ines Moreau\" <" + tc.first + ">\r\nTo: alice@corp.example\r\nSubject: notice " + strconv.Itoa(d) +
				"\r\nMessage-ID: <n" + strconv.Itoa(d) + "@test>\r\n\r\nInes Moreau mentioned you.\r\n"
			r, err := e.Decide(context.Background(), []byte(raw), Envelope{MailFrom: tc.first, Recipients: []string{"alice@corp.example"}, Now: at.AddDate(0, 0, d)})
			if err != nil {
				t.Fatal(err)
			}
			e.Teach(r)
		}
		m := msg("\"Ines Moreau\" <ines@moreau-consulting.example>", "alice@corp.example", "Proposal for the migration", "text/plain; charset=utf-8",
			"Hi Alice,\nthe proposal is at https://www.moreau-consulting.example/proposal\nInes\n")
		r := deliver(t, e, []byte(m.raw), "ines@moreau-consulting.example", "alice@corp.example", at.AddDate(0, 0, 5), false)
		if got := slices.Contains(r.ReasonCodes(), "shadow_identity"); got != tc.shadow {
			t.Errorf("name first seen on %s: shadow_identity %v, want %v (%v)", tc.first, got, tc.shadow, r.ReasonCodes())
		}
	}
}

// A person who works at a service (a GitHub or Microsoft employee writing
// from her own address there) is a correspondent once someone here wrote
// to her: her name is hers, taught as any correspondent's, so a stranger
// borrowing it from free mail is a shadow identity. Only a service's
// notices, which nobody here writes to, carry names that are not the
// address's own.
func TestNameOfCorrespondentAtService(t *testing.T) {
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for _, addr := range []string{"ines@github.com", "ines.moreau@microsoft.com"} {
		e := testEngine(t)
		out := msg("alice@corp.example", addr, "migration plan", "text/plain; charset=utf-8", "Hi Ines,\nhere is the plan.\nAlice\n")
		deliver(t, e, []byte(out.raw), "alice@corp.example", addr, at, true)
		for d := 1; d <= 3; d++ {
			in := msg("\"Ines Moreau\" <"+addr+">", "alice@corp.example", "re: migration plan "+strconv.Itoa(d), "text/plain; charset=utf-8",
				"Thanks Alice, looks good.\nInes\n")
			deliver(t, e, []byte(in.raw), addr, "alice@corp.example", at.AddDate(0, 0, d), false)
		}
		m := msg("\"Ines Moreau\" <ines.moreau.dev@gmail.com>", "alice@corp.example", "Urgent: invoice", "text/plain; charset=utf-8",
			"Hi Alice,\nplease pay the attached invoice today at https://pay-portal.example/inv\nInes\n")
		r := deliver(t, e, []byte(m.raw), "ines.moreau.dev@gmail.com", "alice@corp.example", at.AddDate(0, 0, 5), false)
		if !slices.Contains(r.ReasonCodes(), "shadow_identity") {
			t.Errorf("name of our correspondent %s borrowed from free mail: no shadow_identity (%v)", addr, r.ReasonCodes())
		}
	}
}
