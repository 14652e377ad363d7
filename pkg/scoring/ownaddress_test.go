package scoring

import (
	"fmt"
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// selfInput: mail to bob@corp.example that says it is from bob himself,
// whose address is well established here (he writes to colleagues and
// to himself every day), linking a domain nobody here has seen.
func selfInput() Input {
	l := web("https://wallet-pay.example/x", "wallet-pay.example", "wallet-pay.example")
	l.Context = "I have access to your device. Pay now to avoid the release."
	return Input{
		Now: now, MailFrom: "bob@corp.example", FromAddr: "bob@corp.example",
		Recipients: []string{"bob@corp.example"}, Subject: "Hello",
		Links: []links.Link{l},
		History: History{
			Sender: est(), SenderDomain: est(),
			Recipients: map[string]RecipientHistory{"bob@corp.example": {Recipient: est(), Pair: est()}},
		},
	}
}

// codesOf lists the codes of a verdict's message-level reasons and of its
// first link's reasons.
func codesOf(v Verdict) []string {
	var out []string
	for _, r := range v.Reasons {
		out = append(out, r.Code)
	}
	if len(v.Links) > 0 {
		for _, r := range v.Links[0].Reasons {
			out = append(out, r.Code)
		}
	}
	return out
}

func TestOwnAddress(t *testing.T) {
	for _, tc := range []struct {
		name    string
		edit    func(*Input, *Policy)
		own     bool   // from_own_address expected
		instead string // the code expected in its place, or ""
	}{
		{"unauthenticated mail from the reader's own address", func(*Input, *Policy) {}, true, ""},
		{"the address spelled with capitals and brackets", func(in *Input, _ *Policy) {
			in.FromAddr = "<Bob@Corp.Example>"
			in.Recipients = []string{"<BOB@corp.example>"}
			in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": in.History.Recipients["bob@corp.example"]}
		}, true, ""},
		{"no From: the envelope sender counts", func(in *Input, _ *Policy) { in.FromAddr = "" }, true, ""},
		{"SMTP AUTH or a trusted network", func(in *Input, _ *Policy) { in.Authenticated = true }, false, CodeInternalSender},
		{"a mailing list hands the reader's post back", func(in *Input, _ *Policy) { in.List, in.ListID = true, true }, false, CodeInternalKnown},
		{"a list-rewritten From without List-Id, to our own reader", func(in *Input, _ *Policy) { in.List = true }, true, ""},
		{"a list-rewritten From without List-Id, to the list's own address outside our domains", func(in *Input, _ *Policy) {
			in.List = true
			in.FromAddr, in.MailFrom, in.Recipients = "radio-users@lists.sdr.example", "radio-users@lists.sdr.example", []string{"radio-users@lists.sdr.example"}
		}, false, CodeUnsolicited},
		{"a colleague, not the reader", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "carol@corp.example", "carol@corp.example"
		}, false, CodeInternalKnown},
		{"turned off: the old credits come back", func(_ *Input, p *Policy) { p.Weights.OwnAddress = -1 }, false, CodeInternalKnown},
		{"a colleague, with internal_mail_authenticated", func(in *Input, p *Policy) {
			in.FromAddr, in.MailFrom = "carol@corp.example", "carol@corp.example"
			p.InternalAuthenticated = true
		}, false, CodeUnauthInternal},
		{"a colleague through SMTP AUTH, with internal_mail_authenticated", func(in *Input, p *Policy) {
			in.FromAddr, in.MailFrom, in.Authenticated = "carol@corp.example", "carol@corp.example", true
			p.InternalAuthenticated = true
		}, false, CodeInternalSender},
		{"a colleague's list post, with internal_mail_authenticated", func(in *Input, p *Policy) {
			in.FromAddr, in.MailFrom, in.List, in.ListID = "carol@corp.example", "carol@corp.example", true, true
			p.InternalAuthenticated = true
		}, false, CodeInternalKnown},
		{"a partner, with internal_mail_authenticated", func(in *Input, p *Policy) {
			in.FromAddr, in.MailFrom = "dan@partner.example", "dan@partner.example"
			p.InternalAuthenticated = true
		}, false, CodeUnsolicited},
		{"a colleague, internal_mail_authenticated but the weight off", func(in *Input, p *Policy) {
			in.FromAddr, in.MailFrom = "carol@corp.example", "carol@corp.example"
			p.InternalAuthenticated, p.Weights.UnauthInt = true, -1
		}, false, CodeInternalKnown},
	} {
		in, p := selfInput(), testPolicy()
		tc.edit(&in, &p)
		codes := codesOf(Score(p, in))
		if got := slices.Contains(codes, CodeOwnAddress); got != tc.own {
			t.Errorf("%s: from_own_address %v, want %v (%v)", tc.name, got, tc.own, codes)
		}
		if tc.own || tc.instead == CodeUnauthInternal {
			for _, c := range []string{CodeInternalKnown, CodeSolicited, CodeEstablishedPair, CodeRecurringPair} {
				if slices.Contains(codes, c) {
					t.Errorf("%s: %s with from_own_address: the reader's own history vouched (%v)", tc.name, c, codes)
				}
			}
		}
		if tc.instead != "" && !slices.Contains(codes, tc.instead) {
			t.Errorf("%s: no %s (%v)", tc.name, tc.instead, codes)
		}
	}
}

// Extortion "from yourself" is quarantined, with a link or, by its
// subject, without one; a link without such words is still locked, and
// the message teaches nothing. Sent by the reader through SMTP AUTH, the
// same mail is the reader's own business.
func TestOwnAddressVerdict(t *testing.T) {
	p := testPolicy()
	neutral := func(in Input) Input {
		in.Links[0].Context = "The photos from Saturday are here."
		return in
	}
	noLink := func(in Input) Input {
		in.Links, in.Subject = nil, "Your account was hacked, pay within 48 hours"
		return in
	}
	auth := func(in Input) Input { in.Authenticated = true; return in }
	for _, tc := range []struct {
		name   string
		in     Input
		action Action
	}{
		{"a threat with a link", selfInput(), Quarantine},
		{"a threat without a link", noLink(selfInput()), Quarantine},
		{"a link without threats", neutral(selfInput()), Lock},
		{"the reader's own threat-like words, authenticated", auth(selfInput()), Accept},
		{"the reader's own subject, authenticated", auth(noLink(selfInput())), Accept},
	} {
		v := Score(p, tc.in)
		if v.Action != tc.action {
			t.Errorf("%s: %s (%v), want %s", tc.name, v.Action, codesOf(v), tc.action)
		}
		if tc.action != Accept && (v.Teaches || v.TeachesPair) {
			t.Errorf("%s: teaches %v, pair %v; want nothing taught", tc.name, v.Teaches, v.TeachesPair)
		}
	}
}

// Mail that says it is from the reader, without the reader's
// authenticated session, gets no credit from the reader's own history:
// a link nobody here has seen is locked, and a threat is quarantined.
func ExampleScore_fromOwnAddress() {
	in := selfInput()
	in.Links[0].Context = "The photos from Saturday are here."
	v := Score(DefaultPolicy(), in)
	fmt.Println(v.Action, v.Level)
	for _, r := range v.Reasons {
		if r.Code == CodeOwnAddress {
			fmt.Println(r)
		}
	}
	fmt.Println(Score(DefaultPolicy(), selfInput()).Action)
	// Output:
	// lock warn
	// from_own_address: the mail says it comes from bob@corp.example, the recipient's own address, but it did not arrive as that person's authenticated mail
	// quarantine
}

// With internal_mail_authenticated, an executive's address forged from
// outside asking for a payment is quarantined; the executive's own
// authenticated mail with the same words is not.
func TestUnauthenticatedInternalVerdict(t *testing.T) {
	p := testPolicy()
	p.InternalAuthenticated = true
	in := selfInput()
	in.FromAddr, in.MailFrom, in.Subject = "ceo@corp.example", "ceo@corp.example", "Urgent"
	in.Links[0].Context = "Please pay the attached invoice by wire transfer today."
	if v := Score(p, in); v.Action != Quarantine {
		t.Errorf("forged executive: %s (%v), want quarantine", v.Action, codesOf(v))
	}
	in.Authenticated = true
	if v := Score(p, in); v.Action != Accept {
		t.Errorf("the executive's own mail: %s (%v), want accept", v.Action, codesOf(v))
	}
}
