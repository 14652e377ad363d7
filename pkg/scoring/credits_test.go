package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestCapCredits(t *testing.T) {
	risk := func(code string, w float64) evid { return evid{code: code, w: w, cls: classSender} }
	credit := func(code string, w float64) evid { return evid{code: code, w: -w, cls: classContext} }
	for _, tc := range []struct {
		name string
		ev   []evid
		want []float64
	}{
		{"no credit", []evid{risk(CodeSenderRare, 0.2)}, []float64{0.2}},
		{"credits within the risk", []evid{risk(CodeSenderRare, 0.3), credit(CodeSolicited, 0.3)}, []float64{0.3, -0.3}},
		{"credits above the risk shrink together", []evid{risk(CodeSenderRare, 0.3), credit(CodeSolicited, 0.3), credit(CodeEstablishedPair, 0.3)},
			[]float64{0.3, -0.15, -0.15}},
		{"no risk at all: the credits count 0", []evid{credit(CodeSolicited, 0.3), credit(CodeEstablishedPair, 0.3)}, []float64{0, 0}},
		{"doubt about who wrote is not offset", []evid{{code: CodeReplyFree, w: 0.5, cls: classLookalike}, credit(CodeSolicited, 0.3)}, []float64{0.5, 0}},
		{"only the rest of the risk is", []evid{{code: CodeAuthFail, w: 0.6, cls: classLookalike}, risk(CodeSenderRare, 0.1), credit(CodeSolicited, 0.3)},
			[]float64{0.6, 0.1, -0.1}},
		{"an authenticated colleague keeps all of it", []evid{credit(CodeInternalSender, 1), credit(CodeEstablishedPair, 0.3)}, []float64{-1, -0.3}},
	} {
		capCredits(tc.ev)
		sum := 0.0
		for i, e := range tc.ev {
			sum += e.w
			if !near(e.w, tc.want[i]) {
				t.Errorf("%s: %s weight %v, want %v", tc.name, e.code, e.w, tc.want[i])
			}
		}
		if sum < -1e-9 && tc.ev[0].code != CodeInternalSender {
			t.Errorf("%s: sender evidence sums to %v, below zero", tc.name, sum)
		}
	}
}

// partnerInput: a long-established correspondent we write to links a
// domain nobody here has seen.
func partnerInput(url, host, domain, context string) Input {
	in := knownInput()
	l := web(url, host, domain)
	l.Context = context
	in.Links = []links.Link{l}
	return in
}

// A trusted correspondent's mail vouches for who wrote it, not for a
// domain nobody here has seen: a credential lure on such a domain (which
// a compromised or forged partner sends) is locked, even when the domain
// holds the partner's name; the same partner's ordinary new link, and a
// sign-in link to the partner's own site, pass.
func TestTrustedCorrespondentNewDomain(t *testing.T) {
	p := testPolicy()
	lure := "Please review the contract and sign in with your email password to view it."
	for _, tc := range []struct {
		name string
		in   Input
		lock bool
	}{
		{"credential lure on a new domain", partnerInput("https://docs-review-portal.example/login", "docs-review-portal.example", "docs-review-portal.example", lure), true},
		{"credential lure on a domain with the partner's name", partnerInput("https://partner-docs-portal.example/login", "partner-docs-portal.example", "partner-docs-portal.example", lure), true},
		{"an ordinary link to a new domain", partnerInput("https://slides-share.example/deck", "slides-share.example", "slides-share.example", "The slides from today."), false},
		{"sign-in to the partner's own site", partnerInput("https://docs.partner.example/login", "docs.partner.example", "partner.example", lure), false},
		{"the partner's sister site without a lure", partnerInput("https://www.partner-news.example/q3", "www.partner-news.example", "partner-news.example", "Our quarterly news."), false},
		{"a plain sign-in request on a new domain", partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Please sign in to verify your account."), true},
		{"new bank details on a new domain", partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Our bank details changed, please pay the invoice to the new account here."), true},
		{"a changed bank account and the invoice on a new domain", partnerInput("https://partner-invoices.example/inv/4471", "partner-invoices.example", "partner-invoices.example", "Please note our bank account has changed. Kindly use the new details for the pending invoice; the updated invoice is here."), true},
		{"new banking details on a new domain", partnerInput("https://partner-invoices.example/inv/4471", "partner-invoices.example", "partner-invoices.example", "We have new banking details, see the statement here."), true},
		{"a change of bank and the remittance on a new domain", partnerInput("https://partner-invoices.example/r", "partner-invoices.example", "partner-invoices.example", "Following a change of bank, please send the remittance via this page."), true},
		{"a vendor record's banking information on a new domain", partnerInput("https://partner-invoices.example/v", "partner-invoices.example", "partner-invoices.example", "Please update our vendor record with the banking information on this page."), true},
		{"bank information for the payment on a new domain", partnerInput("https://partner-invoices.example/v", "partner-invoices.example", "partner-invoices.example", "Our new bank information for the next payment is here."), true},
		{"a vendor record alone on a new domain", partnerInput("https://partner-invoices.example/v", "partner-invoices.example", "partner-invoices.example", "Our vendor record form for your files is here."), false},
		{"a lone invoice on a new domain", partnerInput("https://partner-invoices.example/inv/4471", "partner-invoices.example", "partner-invoices.example", "The invoice for October is here."), false},
		{"a bank account named on a new domain", partnerInput("https://partner-invoices.example/inv/4471", "partner-invoices.example", "partner-invoices.example", "The refund went to your bank account; the receipt is here."), false},
		{"a colleague sends a new supplier's login", colleague(partnerInput("https://supplier-portal.example/", "supplier-portal.example", "supplier-portal.example", "Please sign in to verify your account."), true), false},
		{"the same from a colleague's address, not authenticated", colleague(partnerInput("https://supplier-portal.example/", "supplier-portal.example", "supplier-portal.example", "Please sign in to verify your account."), false), true},
		{"a List-Id and plain wording", listed(partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Sign in with your password to read the minutes.")), false},
		{"a sign-in request in look-alike letters", partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Please s\u0456gn \u0456n to ver\u0456fy your \u0430ccount."), true},
		{"a sign-in request with zero-width spaces", partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Please si\u200bgn in to ver\u00adify your acc\u200bount."), true},
		{"a sign-in request in full-width letters", partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Please \uff53\uff49\uff47\uff4e \uff49\uff4e to \uff56\uff45\uff52\uff49\uff46\uff59 your account."), true},
		{"a shared file behind a sign-in with the reader's email on a new domain", partnerInput("https://board-packet-share.example/view", "board-packet-share.example", "board-packet-share.example", "I have shared the board packet with you. Please sign in with your email to view it."), true},
		{"a log-in with the reader's email address on a new domain", partnerInput("https://docs-vault.example/d/88", "docs-vault.example", "docs-vault.example", "The closing package is ready: log-in with your email address to download it."), true},
		{"a sign-in using the reader's Microsoft email on a new domain", partnerInput("https://remit-view.example/r/7", "remit-view.example", "remit-view.example", "Remittance advice attached. Sign in using your Microsoft email to view it."), true},
		{"a log-on with the reader's work e-mail on a new domain", partnerInput("https://remit-view.example/r/7", "remit-view.example", "remit-view.example", "Please log on with your work e-mail to review the contract."), true},
		{"a plain sign-in to a new portal", partnerInput("https://grants-portal.example/login", "grants-portal.example", "grants-portal.example", "The agreement is in our portal; please sign in to sign it."), false},
		{"a sign-in with the reader's email on the partner's own site", partnerInput("https://docs.partner.example/login", "docs.partner.example", "partner.example", "Please sign in with your email to view it."), false},
		{"a sign-in with the reader's email on a domain seen here", seenDomain(partnerInput("https://docs-vault.example/d/88", "docs-vault.example", "docs-vault.example", "Please sign in with your email to view it.")), false},
		{"a List-Id and a sign-in with the reader's email", listed(partnerInput("https://board-packet-share.example/view", "board-packet-share.example", "board-packet-share.example", "Please sign in with your email to view the minutes.")), false},
		{"a sign-in with the reader's email reported, not asked", partnerInput("https://board-packet-share.example/view", "board-packet-share.example", "board-packet-share.example", "You signed in with your email on a new device; the file is here."), false},
		{"a List-Id does not excuse hard wording", listed(partnerInput("https://partnerbilling-portal.example/", "partnerbilling-portal.example", "partnerbilling-portal.example", "Your account is suspended today. Please sign in to verify your account and your password.")), true},
	} {
		v := Score(p, tc.in)
		if got := v.Links[0].Lock; got != tc.lock {
			t.Errorf("%s: lock %v, want %v (score %.2f, %v)", tc.name, got, tc.lock, v.Links[0].Score, codesOf(v))
		}
	}
}

// The sister domain's credit goes when its link asks for credentials or a
// payment, and only then.
func TestSisterSiteAsking(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		context string
		novel   bool
	}{
		{"Our quarterly news.", false},
		{"Sign in with your password to read it.", true},
		{"Please pay the attached invoice.", true},
	} {
		v := Score(p, partnerInput("https://www.partner-news.example/q3", "www.partner-news.example", "partner-news.example", tc.context))
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.novel {
			t.Errorf("%q: org_first_seen %v, want %v (%v)", tc.context, got, tc.novel, codesOf(v))
		}
	}
}

// A name anyone picks at sign-up holding the partner's name earns no
// sister credit: a tenant under a private suffix (netlify.app) or a host
// on a sharing platform or free hosting (canva.site) is as new as any
// other domain, since a compromised or impersonated partner account links
// exactly that. The partner's own sister domain keeps the credit.
func TestSisterSiteOnSharedHost(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, url, host, domain string
		novel                   bool
	}{
		{"sister domain", "https://www.partner-news.example/q3", "www.partner-news.example", "partner-news.example", false},
		{"tenant under a private suffix", "https://partner-files.netlify.app/q3", "partner-files.netlify.app", "partner-files.netlify.app", true},
		{"site on a sharing platform", "https://partner-catalogue.my.canva.site/", "partner-catalogue.my.canva.site", "partner-catalogue.my.canva.site", true},
	} {
		v := Score(p, partnerInput(tc.url, tc.host, tc.domain, "Our updated catalogue."))
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.novel {
			t.Errorf("%s: org_first_seen %v, want %v (%v)", tc.name, got, tc.novel, codesOf(v))
		}
	}
}

// A From that failed DMARC is not the domain's owner: a domain holding
// the owner's name is no site of this sender's, while the owner's own
// domain still leads to the owner. A bare DKIM failure keeps the credit.
func TestSisterSiteForgedSender(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, auth, url, host, domain string
		novel                         bool
	}{
		{"sister domain, DMARC failed", "dmarc", "https://www.partner-news.example/q3", "www.partner-news.example", "partner-news.example", true},
		{"sister domain, DKIM failed", "dkim", "https://www.partner-news.example/q3", "www.partner-news.example", "partner-news.example", false},
		{"sister domain, no failure", "", "https://www.partner-news.example/q3", "www.partner-news.example", "partner-news.example", false},
	} {
		in := partnerInput(tc.url, tc.host, tc.domain, "Our quarterly news.")
		in.AuthFail = tc.auth
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.novel {
			t.Errorf("%s: org_first_seen %v, want %v (%v)", tc.name, got, tc.novel, codesOf(v))
		}
	}
}

// A near miss of the sender's own domain shares its name token by
// construction, but is no sister site: a partner's account linking
// northwind-tarders.example gets that link's novelty back, beside its
// lookalike evidence, and the link is locked. A real sister keeps the
// credit.
func TestSisterSiteNearMiss(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, domain string
		novel, lock  bool
	}{
		{"sister domain", "northwind-news.example", false, false},
		{"near miss of the sender's domain", "northwind-tarders.example", true, true},
	} {
		in := partnerInput("https://www."+tc.domain+"/catalogue", "www."+tc.domain, tc.domain, "Our updated catalogue.")
		in.FromAddr, in.MailFrom = "jonas@northwind-traders.example", "jonas@northwind-traders.example"
		rh := in.History.Recipients["bob@corp.example"]
		rh.Known = append(rh.Known, "northwind-traders.example")
		in.History.Recipients["bob@corp.example"] = rh
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.novel || v.Links[0].Lock != tc.lock {
			t.Errorf("%s: org_first_seen %v lock %v, want %v %v (%v)", tc.name, got, v.Links[0].Lock, tc.novel, tc.lock, codesOf(v))
		}
	}
}

// TestNewDomainOwnSiteLure: a never-seen sender domain linking its own
// site keeps the own-site credit for ordinary service mail ("verify your
// email address") and for a release or pitch about a survey (a poll's
// findings hold out no prize), not when it presses for credentials or
// holds out a prize: that is a phisher's or spammer's fresh domain
// hosting its own lure.
func TestNewDomainOwnSiteLure(t *testing.T) {
	tests := []struct {
		name, subj, text string
		lock             bool
	}{
		{"sign-up confirmation", "", "Welcome! Please verify your email address to finish setting up your account:", false},
		{"password lure", "", "Your password expires today. Please sign in to verify your account:", true},
		{"a pitch about a survey", "", "Our client just released a survey of 1,000 local renters. Read the release:", false},
		{"a survey in the subject", "New survey: rents up 9%", "Our client's findings are in the release:", false},
		{"a survey with a reward", "", "Complete our survey and claim your reward:", true},
		{"a survey and a reward word", "", "Take the survey, get a reward:", true},
		{"a survey of 5 questions for a gift card: no prize for this credit", "", "Answer a survey of 5 questions and get a $100 gift card:", false},
		{"a survey of 5 questions with a reward", "", "Answer a survey of 5 questions and claim your reward:", true},
		{"a prize", "", "Congratulations, you have won a prize:", true},
	}
	for _, tt := range tests {
		in := newInput()
		in.MailFrom, in.FromAddr = "support@mailbox-center.example", "support@mailbox-center.example"
		in.Subject = tt.subj
		l := web("https://mailbox-center.example/account", "mailbox-center.example", "mailbox-center.example")
		l.Context = tt.text
		in.Links = []links.Link{l}
		v := Score(testPolicy(), in)
		if v.Links[0].Lock != tt.lock {
			t.Errorf("%s: lock %v, want %v (%s %.2f)", tt.name, v.Links[0].Lock, tt.lock, v.Action, v.Score)
		}
	}
}

// colleague is in sent from a colleague's address at the organisation,
// through an authenticated session or not.
func colleague(in Input, auth bool) Input {
	in.MailFrom, in.FromAddr, in.Authenticated = "carol@corp.example", "carol@corp.example", auth
	return in
}

// listed is in with a List-Id, which anyone can write.
func listed(in Input) Input {
	in.List, in.ListID = true, true
	return in
}

// TestPrimedSenderAsking: a sender whose harmless mail taught this history
// (nobody here ever wrote back) asking hard to sign in at a host of its
// domain never linked before is locked at warn; the same from a sender we
// write to passes.
func TestPrimedSenderAsking(t *testing.T) {
	lure := "Your account is suspended today. Please sign in to verify your account and your password:"
	for _, solicited := range []bool{false, true} {
		in := knownInput()
		in.History.Sender.Outbound, in.History.SenderDomain.Outbound = 0, 0
		in.History.Recipients["bob@corp.example"] = RecipientHistory{Recipient: est(), Pair: est(), Links: map[string]Stat{"partner.example": est()}}
		if solicited {
			in.History.Sender.Outbound = 3
		}
		l := web("https://login.partner.example/owa/login", "login.partner.example", "partner.example")
		l.Context = lure
		in.Links = []links.Link{l}
		v := Score(testPolicy(), in)
		if v.Links[0].Lock == solicited {
			t.Errorf("solicited %v: lock %v (%s %.2f %v)", solicited, v.Links[0].Lock, v.Action, v.Score, codesOf(v))
		}
	}
}

// TestCutBodyFromStrangersOnly: a body cut at max_part_bytes counts as
// scan_limit from a sender nobody here wrote to (lures pad a body to hide
// a link), not from a correspondent (reports with embedded pictures are
// that long); more parts or links than are read count from both.
// The reason's text names the cause: encrypted content, a cut part, or
// the limits.
func TestCutBodyFromStrangersOnly(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		in                    Input
		cut, sealed, overflow bool
		want                  bool
		text                  string // a word the reason's text holds
	}{
		{"stranger, cut body", newInput(), true, false, false, true, "longer than the mail system reads"},
		{"stranger, encrypted part", newInput(), true, true, false, true, "encrypted"},
		{"correspondent, cut body", knownInput(), true, false, false, false, ""},
		{"correspondent, encrypted part", knownInput(), true, true, false, false, ""},
		{"correspondent, too many parts", knownInput(), false, false, true, true, "more parts"},
		{"stranger, too many parts and encrypted", newInput(), true, true, true, true, "more parts"},
	} {
		in := tc.in
		in.CutBody, in.Sealed, in.Overflow = tc.cut, tc.sealed, tc.overflow
		v := Score(testPolicy(), in)
		r := reasonOf(append(v.Reasons, v.Links[0].Reasons...), CodeScanLimit)
		got := r.Code != ""
		if got != tc.want {
			t.Errorf("%s: scan_limit %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
		if got && !strings.Contains(r.Text, tc.text) {
			t.Errorf("%s: scan_limit says %q, want it to hold %q", tc.name, r.Text, tc.text)
		}
	}
}

// seenDomain: the input's only link domain has an established history here.
func seenDomain(in Input) Input {
	if in.History.Domains == nil {
		in.History.Domains = map[string]Stat{}
	}
	in.History.Domains[in.Links[0].Domain] = est()
	return in
}

func TestMailboxSignIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Please sign in with your email to view it.", true},
		{"SIGN-IN WITH YOUR EMAIL", true},
		{"log in with your email address and download", true},
		{"Login with your email", true},
		{"by signing in with your email you agree", true},
		{"logging in with your\u00a0email", true},
		{"Sign in using your email to open the shared folder", true},
		{"log in with your Microsoft email to view the invoice", true},
		{"sign in with your work email address", true},
		{"please sign in with your Office 365 email and password", true},
		{"Sign in with your e-mail address", true},
		{"log on with your email to review", true},
		{"logon via your email account", true},
		{"sign in with your corporate mailbox credentials", true},
		{"signed up with your work email", false},
		{"sign in with your account, not your email", false},
		{"sign in with your password", false},
		{"You signed in with your email on a new device", false},
		{"stay in touch with your email list", false},
		{"check in with your email", false},
		{"sign in", false},
		{"", false},
		{"with your email", false},
	} {
		if got := mailboxSignIn(tc.text); got != tc.want {
			t.Errorf("mailboxSignIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMailboxSignInLegitimate: real mail from a known correspondent that
// asks to sign in with the reader's email at a domain new here: a
// partner's new client portal that sends a one-time code, a conference's
// attendee portal, a school's new parent portal. Nothing in the words
// tells them from the hijacked partner's "sign in with your email to view
// the board packet" (a passwordless "we'll email you a code" is what a
// lure may say too), so asksAtNewPlace locks each (mailboxSignIn), but
// only at warn: the reader may continue after reading why, and the
// correspondent's mail is neither held nor locked harder.
func TestMailboxSignInLegitimate(t *testing.T) {
	p := testPolicy()
	for _, text := range []string{
		"We've moved our client documents to a new portal. Sign in with your email and we'll send you a one-time code, no password needed.",
		"Registration for the members' summit is open: sign in with your work email to pick your sessions.",
		"The school's new parent portal is live; log in with your email address to see Maya's report card.",
	} {
		in := partnerInput("https://portal.newvendor-docs.example/login", "portal.newvendor-docs.example", "newvendor-docs.example", text)
		v := Score(p, in)
		if v.Action != Lock || !v.Links[0].Lock || v.Links[0].Level != LevelWarn {
			t.Errorf("%q: %s lock=%v level=%s %v, want locked at warn only", text, v.Action, v.Links[0].Lock, v.Links[0].Level, v.Links[0].Reasons)
		}
	}
}
