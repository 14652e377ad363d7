package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// riskyInput: a new sender whose link has strong form evidence.
func riskyInput() Input {
	in := newInput()
	l := web("https://login-check.example/session", "login-check.example", "login-check.example")
	l.Display, l.DisplayHost = "www.corp.example", "www.corp.example"
	in.Links = []links.Link{l}
	return in
}

func TestDecisions(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     func() Input
		p      func(*Policy)
		action Action
		lock   bool
		level  Level
		rcpt   string
		mon    bool
	}{
		{name: "risky link locked", in: riskyInput, action: Lock, lock: true, level: LevelLock},
		{name: "failed DMARC asking for a password is held", in: func() Input {
			in := knownInput()
			in.History.Sender, in.History.Recipients = est(), nil // familiar, but nobody here wrote to it
			in.Links[0].Context = "Please sign in and verify your password"
			in.AuthFail = "dmarc"
			return in
		}, action: Quarantine},
		{name: "the same from a sender that passed", in: func() Input {
			in := knownInput()
			in.History.Sender, in.History.Recipients = est(), nil
			in.Links[0].Context = "Please sign in and verify your password"
			return in
		}, action: Accept},
		{name: "a stranger's host borrowing our name, asking for a password, is held", in: func() Input {
			in := newInput()
			l := web("https://corp-example-helpdesk.example/keep", "corp-example-helpdesk.example", "corp-example-helpdesk.example")
			l.Context = "Your password expires today. Keep your password here."
			in.Links = []links.Link{l}
			return in
		}, action: Quarantine, lock: true, level: LevelHard},
		{name: "the same host without the password request", in: func() Input {
			in := newInput()
			in.Links = []links.Link{web("https://corp-example-helpdesk.example/keep", "corp-example-helpdesk.example", "corp-example-helpdesk.example")}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "image never locked", in: func() Input {
			in := riskyInput()
			in.Links[0].Kind, in.Links[0].Clickable = links.KindImage, false
			return in
		}, action: Accept},
		{name: "allowlisted domain", in: func() Input {
			in := riskyInput()
			in.Allow = []Allow{{Domain: "login-check.example"}}
			return in
		}, action: Accept},
		{name: "allowlisted for another recipient only", in: func() Input {
			in := riskyInput()
			in.Allow = []Allow{{Domain: "login-check.example", Recipient: "carol@corp.example"}}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "allowlisted sender", in: func() Input {
			in := riskyInput()
			in.Allow = []Allow{{Sender: "shop-new.example"}}
			return in
		}, action: Accept},
		{name: "allowlisted sender's From with a stranger's envelope", in: func() Input {
			in := riskyInput()
			in.MailFrom = "attacker@evil-host.example"
			in.Allow = []Allow{{Sender: "shop-new.example"}}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "the same through an authenticated session", in: func() Input {
			in := riskyInput()
			in.MailFrom, in.Authenticated = "relay@mailer.example", true
			in.Allow = []Allow{{Sender: "shop-new.example"}}
			return in
		}, action: Accept},
		{name: "allowlisted sender: the verifier reported no pass for its aligned envelope", in: func() Input {
			in := riskyInput()
			in.AuthChecked = true
			in.Allow = []Allow{{Sender: "shop-new.example"}}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "allowlisted sender through a mailing service, the verifier vouching", in: func() Input {
			in := riskyInput()
			in.MailFrom, in.AuthChecked, in.AuthPass = "bounce-77@esp-mailer.example", true, true
			in.Allow = []Allow{{Sender: "shop-new.example"}}
			return in
		}, action: Accept},
		{name: "allowlisted sender whose DMARC failed", in: func() Input {
			in := riskyInput()
			in.AuthFail = "dmarc"
			in.Allow = []Allow{{Sender: "shop-new.example"}}
			return in
		}, action: Lock, lock: true, level: LevelHard},
		{name: "a link domain allowlisted only from a forged sender", in: func() Input {
			in := riskyInput()
			in.MailFrom = "attacker@evil-host.example"
			in.Allow = []Allow{{Domain: "login-check.example", Sender: "shop-new.example"}}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "a whole free-mail domain allowlisted", in: func() Input {
			in := riskyInput()
			in.MailFrom, in.FromAddr = "anyone@gmail.com", "anyone@gmail.com"
			in.Allow = []Allow{{Sender: "gmail.com"}}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "an allowlisted free-mail address with another address's envelope", in: func() Input {
			in := riskyInput()
			in.MailFrom, in.FromAddr = "attacker.x9@gmail.com", "ann.partner@gmail.com"
			in.Allow = []Allow{{Sender: "ann.partner@gmail.com"}}
			return in
		}, action: Lock, lock: true, level: LevelLock},
		{name: "one free-mail address allowlisted", in: func() Input {
			in := riskyInput()
			in.MailFrom, in.FromAddr = "ann.partner@gmail.com", "ann.partner@gmail.com"
			in.Allow = []Allow{{Sender: "ann.partner@gmail.com"}}
			return in
		}, action: Accept},
		{name: "monitor decides but says so", in: riskyInput, p: func(p *Policy) { p.Mode = ModeMonitor },
			action: Lock, lock: true, level: LevelLock, mon: true},
		{name: "signed quarantines", in: func() Input {
			in := riskyInput()
			in.Signed = true
			return in
		}, action: Quarantine},
		{name: "signed accepted when configured", in: func() Input {
			in := riskyInput()
			in.Signed = true
			return in
		}, p: func(p *Policy) { p.SignedAction = SignedAccept }, action: Accept},
		{name: "strictest recipient wins", in: func() Input {
			in := riskyInput()
			in.Recipients = []string{"old@corp.example", "new@corp.example"}
			in.History.Recipients = map[string]RecipientHistory{"old@corp.example": {Pair: withOutbound(est())}}
			return in
		}, action: Lock, lock: true, level: LevelLock, rcpt: "new@corp.example"},
		{name: "authenticated internal sender", in: func() Input {
			in := newInput()
			in.FromAddr, in.Authenticated = "carol@corp.example", true
			return in
		}, action: Accept},
		{name: "internal address but not authenticated", in: func() Input {
			in := newInput()
			in.FromAddr = "carol@corp.example"
			return in
		}, action: Lock, lock: true, level: LevelWarn},
		{name: "link to our own domain", in: func() Input {
			in := newInput()
			in.Links = []links.Link{web("https://intranet.corp.example/", "intranet.corp.example", "corp.example")}
			return in
		}, action: Accept},
		{name: "domain the org sends out", in: func() Input {
			in := newInput()
			in.History.Domains = map[string]Stat{"landing-new.example": {Outbound: 2}}
			return in
		}, action: Accept},
		{name: "unsolicited shadow identity asking for credentials", in: func() Input {
			in := newInput()
			in.FromName = "Jeff Skilling"
			in.History.SenderName = Stat{Messages: 30, Days: 20, Senders: 1}
			in.Links[0].Context = "please log in and confirm your password"
			return in
		}, action: Quarantine, lock: true, level: LevelLock},
		{name: "reject off by default", in: func() Input {
			in := riskyInput()
			in.Links[0].Flags = links.FlagUserinfo | links.FlagIPLiteral
			in.Links[0].Kind = links.KindForm
			return in
		}, action: Quarantine, lock: true, level: LevelHard},
		{name: "reject when enabled", in: func() Input {
			in := riskyInput()
			in.Links[0].Flags = links.FlagUserinfo | links.FlagObfuscatedIP
			in.Links[0].Kind = links.KindForm
			in.Links[0].Context = "verify your password or your files will be deleted"
			return in
		}, p: func(p *Policy) { p.RejectEnabled = true }, action: Reject, lock: true, level: LevelHard},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPolicy()
			if tc.p != nil {
				tc.p(&p)
			}
			v := Score(p, tc.in())
			d := v.Links[0]
			if v.Action != tc.action || d.Lock != tc.lock || d.Level != tc.level || v.Recipient != tc.rcpt || v.Monitor != tc.mon {
				t.Errorf("Score() = %s lock=%v/%s rcpt=%q monitor=%v (score %v), want %s lock=%v/%s rcpt=%q monitor=%v\nreasons %v",
					v.Action, d.Lock, d.Level, v.Recipient, v.Monitor, v.Score, tc.action, tc.lock, tc.level, tc.rcpt, tc.mon, v.Reasons)
			}
		})
	}
}

func TestNoveltyAloneIsWarn(t *testing.T) {
	p := testPolicy()
	p.LockThreshold, p.LevelLockScore, p.LevelHardScore = 0.1, 0.2, 0.3
	v := Score(p, newInput())
	if !v.Links[0].Lock || v.Links[0].Level != LevelWarn {
		t.Errorf("novelty-only link = %v/%s, want a warn lock", v.Links[0].Lock, v.Links[0].Level)
	}
}

func TestReasonsCarryEvidence(t *testing.T) {
	v := Score(testPolicy(), riskyInput())
	want := map[string]string{
		CodeOrgFirstSeen:    "no message to anyone here has linked to login-check.example before",
		CodeDisplayMismatch: "the link shows www.corp.example but leads to login-check.example",
		CodeSenderFirst:     "first message from news@shop-new.example",
	}
	for code, text := range want {
		found := false
		for _, r := range v.Links[0].Reasons {
			if r.Code == code {
				found = true
				if r.Text != text {
					t.Errorf("%s text = %q, want %q", code, r.Text, text)
				}
			}
		}
		if !found {
			t.Errorf("no %s reason in %v", code, v.Links[0].Reasons)
		}
	}
	total := 0.0
	for _, r := range v.Links[0].Reasons {
		total += r.Weight
	}
	if !near(round3(total), v.Links[0].Score) {
		t.Errorf("reason weights sum to %v, link score is %v", total, v.Links[0].Score)
	}
	if len(v.Reasons) == 0 || len(v.Reasons) > maxMessageReasons {
		t.Errorf("message has %d reasons", len(v.Reasons))
	}
}

func TestNoLinks(t *testing.T) {
	in := newInput()
	in.Links = nil
	in.Subject = "Urgent: verify your account"
	v := Score(testPolicy(), in)
	if v.Action != Accept || len(v.Links) != 0 || v.Score <= 0.7 {
		t.Errorf("Score() = %s %v with %d links, want accept, a score above the sender's 0.7, no links", v.Action, v.Score, len(v.Links))
	}
}

// Only mail accepted with a score below learn_below may teach: a near miss
// teaches nothing, and neither does anything locked or anything whose
// sender evidence doubts who the sender is.
func TestTeachesBelowLearnBelow(t *testing.T) {
	known := Score(testPolicy(), knownInput())
	for _, tc := range []struct {
		name       string
		learnBelow float64
		in         Input
		want       bool
	}{
		{name: "familiar mail teaches", learnBelow: 0.9, in: knownInput(), want: true},
		{name: "accepted near miss teaches nothing", learnBelow: known.Score - 0.01, in: knownInput(), want: false},
		{name: "locked mail teaches nothing", learnBelow: 10, in: newInput(), want: false},
		{name: "accepted with a doubtful sender teaches nothing", learnBelow: 10, in: func() Input {
			in := knownInput()
			in.FromMalformed = true
			return in
		}(), want: false},
	} {
		p := testPolicy()
		p.LearnBelow = tc.learnBelow
		v := Score(p, tc.in)
		if v.Teaches != tc.want {
			t.Errorf("%s: Teaches = %v (action %s, score %.3f), want %v", tc.name, v.Teaches, v.Action, v.Score, tc.want)
		}
	}
}

// The reasons of a message held by a quarantine combination name every
// code of the combination, however many other reasons there are.
func TestQuarantineRuleReasonsSurviveTheCap(t *testing.T) {
	in := newInput()
	in.Links[0].Context = "Sign in now to verify your password"
	in.AuthFail = "dmarc"
	v := Score(testPolicy(), in)
	if v.Action != Quarantine {
		t.Fatalf("action %s, want quarantine", v.Action)
	}
	if len(v.Reasons) < maxMessageReasons {
		t.Fatalf("only %d reasons: the cap is not exercised", len(v.Reasons))
	}
	for _, code := range []string{CodeQuarantine, CodeAuthFail, CodeUnsolicited, CodeIntentCredentials} {
		if !hasReason(v.Reasons, code) {
			t.Errorf("reasons %v lack %s", v.Reasons, code)
		}
	}
}

// A message with no sender address at all still gets readable reasons.
func TestReasonsWithoutSender(t *testing.T) {
	in := newInput()
	in.FromAddr, in.MailFrom = "", ""
	v := Score(testPolicy(), in)
	for _, r := range append(v.Reasons, v.Links[0].Reasons...) {
		if strings.Contains(r.Text, "  ") || strings.HasSuffix(r.Text, " ") || strings.Contains(r.Text, " before") && strings.Contains(r.Text, "domain  ") {
			t.Errorf("%s: text with a gap: %q", r.Code, r.Text)
		}
	}
	if !hasReason(v.Reasons, CodeSenderFirst) {
		t.Fatalf("reasons %v: no sender_first_contact", v.Reasons)
	}
}

// A trusted verifier's DMARC failure (under an enforcing policy) says the
// From was not its owner's: the history of that address, ours with it
// included, vouches for nothing, so a forged partner's or colleague's
// payment request is held as a stranger's is (auth_fail + unsolicited +
// intent_payment). A bare DKIM failure, list mail and a pass keep the
// history's credit; a DMARC failure without a request is not held.
func TestForgedCorrespondent(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     func() Input
		action Action
	}{
		{"a correspondent we write to, failing DMARC, asking to pay, is held", func() Input {
			in := knownInput()
			in.AuthFail = "dmarc"
			return noLink(in, "Please pay invoice 7781 by wire transfer today, the details are on the invoice.")
		}, Quarantine},
		{"the same failing only DKIM (a gateway's footer) is not", func() Input {
			in := knownInput()
			in.AuthFail = "dkim"
			return noLink(in, "Please pay invoice 7781 by wire transfer today, the details are on the invoice.")
		}, Accept},
		{"the same passing DMARC is not", func() Input {
			return noLink(knownInput(), "Please pay invoice 7781 by wire transfer today, the details are on the invoice.")
		}, Accept},
		{"the same through a mailing list is not", func() Input {
			in := listed(knownInput())
			in.AuthFail = "dmarc"
			return noLink(in, "Please pay invoice 7781 by wire transfer today, the details are on the invoice.")
		}, Accept},
		{"a correspondent failing DMARC without a request is not held", func() Input {
			in := knownInput()
			in.AuthFail = "dmarc"
			return in
		}, Accept},
		{"a colleague's address failing DMARC, asking for a wire transfer, is held", func() Input {
			in := colleague(knownInput(), false)
			in.AuthFail = "dmarc"
			return noLink(in, "Please process a wire transfer of EUR 48,500 to the supplier today.")
		}, Quarantine},
	} {
		v := Score(testPolicy(), tc.in())
		if v.Action != tc.action {
			t.Errorf("%s: %s (score %.2f), want %s; reasons %v", tc.name, v.Action, v.Score, tc.action, codesOf(v))
		}
	}
}
