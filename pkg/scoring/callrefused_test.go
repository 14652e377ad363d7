package scoring

import (
	"strings"
	"testing"
)

// TestCallRefused: a request to send money to a changed account that also
// refuses a call is held, even from a known correspondent (a hijacked
// account writes from the real address); a change of bank details that
// asks to be confirmed by phone, a title company's wiring instructions
// that tell the reader to call, an executive's "can't talk" without a
// changed account, and a colleague's are not.
func TestCallRefused(t *testing.T) {
	proceeds := "Hi Jess, quick change before closing: I closed my old bank account last week, so please have the title company wire my proceeds to my new account instead. The details are in the attached form. I'm traveling and can't take calls, email is best."
	for _, tc := range []struct {
		name   string
		in     Input
		fires  bool
		action Action
	}{
		{"a known client's hijacked account", noLink(knownInput(), proceeds), true, Quarantine},
		{"a stranger's", noLink(newInput(), proceeds), true, Quarantine},
		{"a curly apostrophe", noLink(knownInput(), "Please update my direct deposit to the new account below. I’m in meetings all day and can’t take calls."), true, Quarantine},
		{"without an apostrophe", noLink(knownInput(), "We changed our bank, pay the open invoice to the new account attached. Im on site and cant take calls."), true, Quarantine},
		{"a link does not hide it", func() Input { in := knownInput(); in.Lead = proceeds; return in }(), true, Quarantine},
		// no call refused; bank_change's default holds the change itself
		{"a change that asks to be confirmed", noLink(knownInput(), "Our bank has changed: the new account details are on the attached letter signed by our CFO. Please call me on my usual number to confirm before the next payment."), false, Quarantine},
		{"wiring instructions that ask for a call", noLink(knownInput(), "Attached are the wiring instructions for your closing. Before sending funds, always call our office at the number on our website to confirm; we will never change our instructions by email."), false, Accept},
		{"can't talk without a changed account", noLink(knownInput(), "I'm in meetings all day and can't take calls, email is best. Can you send me the Q3 numbers?"), false, Accept},
		{"a new account that is no bank's", noLink(knownInput(), "I opened a new account on the supplier portal; email is best for questions."), false, Accept},
		{"a colleague", func() Input {
			in := noLink(newInput(), proceeds)
			in.FromAddr, in.MailFrom = "jess@corp.example", "jess@corp.example"
			return in
		}(), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodeCallRefused)
			if got != tc.fires || v.Action != tc.action {
				t.Errorf("call_refused %v, action %s; want %v, %s\n%v", got, v.Action, tc.fires, tc.action, v.Reasons)
			}
		})
	}
}

// TestCallRefusedAnchors: every phrase holds one of the words looked for
// before the text is copied, or the phrase could never be found.
func TestCallRefusedAnchors(t *testing.T) {
	for _, c := range []struct {
		phrases, anchors []string
	}{{accountChanged, changeAnchors}, {callRefusals, refusalAnchors}} {
		for _, p := range c.phrases {
			if !anchored(p, "", c.anchors) {
				t.Errorf("%q holds none of %q", p, c.anchors)
			}
		}
	}
}

// TestCallRefusedLegitimate: real mail that names a changed account and a
// call without refusing to confirm the change. A title company's or a
// bank's wire-fraud warning names both ("if you receive an email asking
// you to send funds to a different account, do not call the number in
// it"), a payroll provider's confirmation says "this email only
// confirms", and a busy correspondent who cannot talk today asks to be
// called to confirm: none is held. The lures beside them still are.
func TestCallRefusedLegitimate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lead  string
		fires bool
	}{
		{"a title company's wire-fraud banner", "WIRE FRAUD ALERT: Cornerstone Title will never change its wiring instructions by email. If you receive an email asking you to send funds to a different account, do not call the number in that email; call our office at the number on our website. Hi Jess, attached is the settlement statement for Friday's closing.", false},
		{"a bank's payee warning", "Security reminder: scammers pose as suppliers and ask you to pay into a new account number. Don't call the phone number in their email, call the supplier on a number you already know. Your March statement is ready.", false},
		{"a payroll provider's confirmation", "Your new direct deposit account ending 4821 will be used from the next payroll. This email only confirms the change; no action is needed.", false},
		{"a busy client who asks to be called", "Our bank has changed, the new account details are on the attached letter. I'm in meetings all day today, so please call me tomorrow on my usual number to confirm before you pay.", false},
		{"a bank's promotion", "Open a new bank account online in minutes: no phone calls needed and no branch visits. Earn a $300 bonus.", false},
		{"a client denying the change", "No, we have not changed our bank, please do not pay to a different account. That email was not from me. I'm in meetings all day and can't take calls, but Tom can confirm.", false},
		{"a security bulletin quoting the lure", "Seen this week: \u201cI changed banks, please send my pay to my new account. I'm in meetings all day and can't take calls.\u201d Forward anything like it to security@corp.example.", false},
		{"a bulletin quoting it in straight quotes", "Seen this week: \"Please wire my proceeds to my new account. Email is best.\" Forward anything like it to us.", false},
		{"a lure that says it is fraud-proof", "Due to fraud on our old account we changed our bank, please pay the open invoice to the new account attached. I'm in meetings all day and can't take calls, email is best.", true},
		{"a lure that opened a new account", "I opened a new bank account at Chase, please send my proceeds to my new account. I can't take calls today.", true},
		{"a lure refusing a call back", "Please wire my proceeds to my new account. Do not call me, I'm boarding and can't take calls.", true},
		{"a lure: reach me by email only", "We changed our bank; remit to the new account below. Reach me by email only this week.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), noLink(knownInput(), tc.lead))
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires {
				t.Errorf("call_refused %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
		})
	}
}

// TestCallRefusedLures: the common wordings of a hijacked account's
// payment diversion: new or updated wiring instructions (a real-estate
// closing's), bank details that "have changed", and a phone that cannot
// be reached (boarding a flight, a lost voice, not answering it).
func TestCallRefusedLures(t *testing.T) {
	for _, lead := range []string{
		"Please note our updated wiring instructions attached for Friday's closing. I'm boarding a flight and won't be reachable by phone.",
		"Our banking details have changed, kindly use the account on the attached letter for this and future invoices. I can't answer my phone today, email me.",
		"Hi, we switched banks this month; the new wire instructions are attached. I've lost my voice so I'm unable to take phone calls.",
	} {
		v := Score(testPolicy(), noLink(knownInput(), lead))
		if !hasReason(v.Reasons, CodeCallRefused) || v.Action != Quarantine {
			t.Errorf("%q: %s %v, want call_refused quarantined", lead, v.Action, v.Reasons)
		}
	}
}

// TestCallRefusedNotOwnDomains: a colleague's mailbox asking payroll to
// move her pay and refusing a call is the payroll-diversion form of the
// lure, but call_refused leaves our own domains out (m.internal) unless
// the site says all its own mail arrives authenticated and this did not
// (TestCallRefusedColleague): judging our own people's mail is
// internal_sender's and unauthenticated_internal's policy, and a
// colleague's changed bank details are routine for payroll.
func TestCallRefusedNotOwnDomains(t *testing.T) {
	in := noLink(knownInput(), "Hi, I changed banks, please update my direct deposit to the new account details below before Friday's payroll. I'm in meetings all day and can't take calls, email is best.")
	in.FromAddr, in.MailFrom, in.AuthPass = "jess@corp.example", "jess@corp.example", true
	if v := Score(testPolicy(), in); hasReason(v.Reasons, CodeCallRefused) {
		t.Errorf("a colleague's payroll request: %s %v, want no call_refused", v.Action, v.Reasons)
	}
	in.FromAddr, in.MailFrom, in.AuthPass = "jess@partner.example", "jess@partner.example", false
	if v := Score(testPolicy(), in); !hasReason(v.Reasons, CodeCallRefused) {
		t.Errorf("the same request from outside: %s %v, want call_refused", v.Action, v.Reasons)
	}
}

// FuzzCallRefused: the reader of a changed account and a refused call
// takes any subject and opening without panicking, and what it names is
// found in the text it read (lower-cased, apostrophes of "n't" dropped):
// a phrase of its lists, as whole words. mailboxSignIn takes any text.
func FuzzCallRefused(f *testing.F) {
	f.Add("Change of bank", "Please wire my proceeds to my new account; I can't take calls, email is best.")
	f.Add("", "If you receive an email asking you to send funds to a different account, do not call the number in it.")
	f.Add("\"new bank\"", "never new bank \"dont call call me; lost my phone")
	f.Add("Updated wiring instructions", "Our banking details have changed. I won’t be reachable by phone.")
	f.Add("Re: invoice", "ok > we changed banks, pay to the new account. > >please dont call -> email is best")
	f.Add(">", "wire the difference back to me; my bank details \"are\" attached. no need, call me to confirm on my new number")
	f.Add("", "If you a new account number is needed, use the one below. Pay to the new account. I can't take calls today, email is best.")
	f.Fuzz(func(t *testing.T, subject, lead string) {
		in := noLink(newInput(), lead)
		in.Subject = subject
		m := newMessage(testPolicy(), &in)
		e, ok := m.callRefused()
		mailboxSignIn(lead)
		if !ok {
			return
		}
		text := unApostrophe.Replace(strings.ToLower(subjectRead(subject) + "\n" + lead))
		if !strings.Contains(text, e.a) || !strings.Contains(text, e.b) || e.a == "" || e.b == "" {
			t.Fatalf("call_refused names %q and %q, not in %q", e.a, e.b, text)
		}
	})
}
