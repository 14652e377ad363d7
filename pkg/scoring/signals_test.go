package scoring

import (
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestEstablishment(t *testing.T) {
	for _, tc := range []struct {
		name          string
		s             Stat
		org, day, dom float64
	}{
		{name: "never seen", s: Stat{}, org: 0, day: 0, dom: 0},
		// unsolicited repeats: poisoning resistance
		{name: "once, unvouched", s: Stat{Messages: 1, Days: 1, Senders: 1}, org: 0, day: 0, dom: 0},
		{name: "burst on one day, unvouched", s: Stat{Messages: 50, Days: 1, Senders: 1}, org: 0, day: 0, dom: 0},
		{name: "many days one sender, unvouched", s: Stat{Messages: 9, Days: 9, Senders: 1}, org: 0, day: 1, dom: 1},
		{name: "two days two senders, unvouched", s: Stat{Messages: 2, Days: 2, Senders: 2}, org: 1.0 / 3, day: 0.2, dom: 1.0 / 3},
		{name: "many days many senders, unvouched", s: Stat{Messages: 9, Days: 9, Senders: 4}, org: 1, day: 1, dom: 1},
		// vouched history: a solicited sender or a colleague sent it
		{name: "once, vouched", s: Stat{Messages: 1, Days: 1, Senders: 1, Vouched: 1}, org: 0.4, day: 0.4, dom: 0.4},
		{name: "burst on one day, vouched", s: Stat{Messages: 50, Days: 1, Senders: 1, Vouched: 1}, org: 0.4, day: 0.4, dom: 0.4},
		{name: "many days one sender, vouched", s: Stat{Messages: 9, Days: 9, Senders: 1, Vouched: 1}, org: 1, day: 1, dom: 1},
		{name: "two days two senders, vouched", s: Stat{Messages: 2, Days: 2, Senders: 2, Vouched: 1}, org: 0.7, day: 0.6, dom: 0.7},
		{name: "outbound", s: Stat{Outbound: 1}, org: 1, day: 1, dom: 1},
	} {
		if got := estOrg(&tc.s); !near(got, tc.org) {
			t.Errorf("%s: estOrg = %v, want %v", tc.name, got, tc.org)
		}
		if got := estDays(&tc.s); !near(got, tc.day) {
			t.Errorf("%s: estDays = %v, want %v", tc.name, got, tc.day)
		}
		if got := estSenderDomain(&tc.s); !near(got, tc.dom) {
			t.Errorf("%s: estSenderDomain = %v, want %v", tc.name, got, tc.dom)
		}
		if got, day := estLinkDays(&tc.s), estDays(&tc.s); got > day {
			t.Errorf("%s: estLinkDays = %v above estDays %v", tc.name, got, day)
		}
	}
}

// Vouched history never counts less than the same unvouched history.
func TestVouchedNeverLessEstablished(t *testing.T) {
	for d := 0; d < 12; d++ {
		for n := 0; n < 6; n++ {
			u := Stat{Messages: max(d, 1), Days: d, Senders: n}
			v := u
			v.Vouched = 1
			for name, f := range map[string]func(*Stat) float64{"estOrg": estOrg, "estDays": estDays, "estLinkDays": estLinkDays, "estSenderDomain": estSenderDomain} {
				if f(&v) < f(&u) {
					t.Errorf("%s(days %d senders %d): vouched %v < unvouched %v", name, d, n, f(&v), f(&u))
				}
			}
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// sig is one signal call's result, for the table tests.
type sig struct {
	e  evid
	ok bool
}

func check(t *testing.T, name string, got sig, code string, wantW float64) {
	t.Helper()
	if code == "" {
		if got.ok {
			t.Errorf("%s: got %s (%v), want no evidence", name, got.e.code, got.e.w)
		}
		return
	}
	if !got.ok || got.e.code != code || (wantW != 0 && !near(round3(got.e.w), wantW)) {
		t.Errorf("%s: got %v %s %v, want %s %v", name, got.ok, got.e.code, got.e.w, code, wantW)
	}
	if got.ok && got.e.text() == got.e.code {
		t.Errorf("%s: code %s has no sentence", name, code)
	}
}

func TestNoveltySignals(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	once := Stat{Messages: 1, Days: 1, Senders: 1, Vouched: 1}
	for _, tc := range []struct {
		name string
		got  sig
		code string
		w    float64
	}{
		{"org never", s(orgNovelty(w, "x.top", ref(Stat{}))), CodeOrgFirstSeen, 0.3},
		{"org once", s(orgNovelty(w, "x.top", ref(once))), CodeOrgRare, 0.18},
		{"org once, unvouched: still new", s(orgNovelty(w, "x.top", ref(Stat{Messages: 1, Days: 1, Senders: 1}))), CodeOrgRare, 0.3},
		{"org campaign of one sender on many days, unvouched", s(orgNovelty(w, "x.top", ref(Stat{Messages: 30, Days: 20, Senders: 1}))), CodeOrgRare, 0.3},
		{"org established", s(orgNovelty(w, "x.top", ref(est()))), "", 0},
		{"host new under known domain", s(hostNovelty(w, "a.x.com", "x.com", ref(est()), ref(Stat{}))), CodeHostFirstSeen, 0.05},
		{"host known", s(hostNovelty(w, "a.x.com", "x.com", ref(est()), ref(est()))), "", 0},
		{"host is domain", s(hostNovelty(w, "x.com", "x.com", ref(est()), ref(Stat{}))), "", 0},
		{"rcpt never", s(rcptNovelty(w, "x.com", "bob@c", ref(Stat{}))), CodeRcptFirstSeen, 0.1},
		{"rcpt established", s(rcptNovelty(w, "x.com", "bob@c", ref(est()))), "", 0},
		{"sender never linked", s(senderLinkNovelty(w, "x.com", "a@b", ref(Stat{}), ref(Stat{}), false)), CodeSenderFirstLink, 0.1},
		{"sender domain linked it", s(senderLinkNovelty(w, "x.com", "a@b", ref(Stat{}), ref(est()), false)), CodeSenderFirstLink, 0.03},
		{"free mail domain history ignored", s(senderLinkNovelty(w, "x.com", "a@gmail.com", ref(Stat{}), ref(est()), true)), CodeSenderFirstLink, 0.1},
		{"pair new", s(pairNovelty(w, "a@b", "bob@c", Stat{}, Stat{})), CodePairFirst, 0.05},
		{"pair known", s(pairNovelty(w, "a@b", "bob@c", once, Stat{})), "", 0},
		{"pair warned before on one day: still a first contact", s(pairNovelty(w, "a@b", "bob@c", Stat{}, Stat{Messages: 2, Days: 1})), CodePairFirst, 0.05},
		{"pair warned on two days: recurring_pair's to weigh", s(pairNovelty(w, "a@b", "bob@c", Stat{}, Stat{Messages: 2, Days: 2})), "", 0},
	} {
		check(t, tc.name, tc.got, tc.code, tc.w)
	}
}

func s(e evid, ok bool) sig { return sig{e, ok} }

func TestSenderSignals(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	for _, tc := range []struct {
		name string
		got  sig
		code string
		w    float64
	}{
		{"first contact", s(senderNovelty(w, "a@b.com", Stat{})), CodeSenderFirst, 0.3},
		{"seen once", s(senderNovelty(w, "a@b.com", Stat{Messages: 1, Days: 1, Vouched: 1})), CodeSenderRare, 0.18},
		{"seen once, unvouched: still first contact weight", s(senderNovelty(w, "a@b.com", Stat{Messages: 1, Days: 1})), CodeSenderRare, 0.3},
		{"weekly for months, unvouched", s(senderNovelty(w, "a@b.com", Stat{Messages: 20, Days: 20})), "", 0},
		{"established sender", s(senderNovelty(w, "a@b.com", est())), "", 0},
		{"new domain", s(senderDomainNovelty(w, "b.com", Stat{}, Stat{}, false)), CodeSenderDomFirst, 0.25},
		{"known domain", s(senderDomainNovelty(w, "b.com", est(), Stat{}, false)), "", 0},
		{"free mail, new sender", s(senderDomainNovelty(w, "gmail.com", est(), Stat{}, true)), CodeFreemail, 0.15},
		{"free mail, known sender", s(senderDomainNovelty(w, "gmail.com", est(), est(), true)), "", 0},
		{"shadow: known name, new address", s(shadowIdentity(w, "Jeff Skilling", "jeff@evil.example", Stat{Messages: 9, Days: 5, Senders: 1}, Stat{})), CodeShadowIdentity, 0.35},
		{"shadow: generic name used by many", s(shadowIdentity(w, "Customer Service", "cs@x.example", Stat{Messages: 9, Days: 5, Senders: 7}, Stat{})), "", 0},
		{"shadow: name only ever this address", s(shadowIdentity(w, "Jeff Skilling", "jeff@corp.example", Stat{Messages: 9, Days: 5, Senders: 1}, Stat{Messages: 1, Days: 1})), "", 0},
		{"shadow: unknown name", s(shadowIdentity(w, "Jeff Skilling", "jeff@evil.example", Stat{}, Stat{})), "", 0},
		{"shadow: name is the address", s(shadowIdentity(w, "jeff@evil.example", "jeff@evil.example", est(), Stat{})), "", 0},
		{"brand name from elsewhere", s(brandName(w, tb, "PayPal Service", "secure-mail.example", false, Stat{})), CodeBrandName, 0.4},
		{"brand name from the brand", s(brandName(w, tb, "PayPal", "paypal.com", false, Stat{})), "", 0},
		{"brand name from a sibling domain", s(brandName(w, tb, "Amazon", "amazon.fr", false, Stat{})), "", 0},
		{"Dropbox Sign from its own sending domain", s(brandName(w, tb, "Kira Osei via Dropbox Sign", "hellosign.com", false, Stat{})), "", 0},
		{"a bank's name from its national domain", s(brandName(w, tb, "Banco Santander", "bancosantander.es", false, Stat{})), "", 0},
		{"a bank's name from elsewhere", s(brandName(w, tb, "Banco Santander", "santander-clientes.example", false, Stat{})), CodeBrandName, 0.4},
		{"a brand's name from its family's other domain", s(brandName(w, tb, "Okta", "okta-emea.com", false, Stat{})), "", 0},
		{"Facebook from Meta's fb.com", s(brandName(w, tb, "Facebook", "fb.com", false, Stat{})), "", 0},
		{"Salesforce from force.com", s(brandName(w, tb, "Salesforce Community", "force.com", false, Stat{})), "", 0},
		{"a brand's name from another family's domain", s(brandName(w, tb, "Okta", "fb.com", false, Stat{})), CodeBrandName, 0.4},
		{"brand name from the brand's notification domain", s(brandName(w, tb, "Facebook", "facebookmail.com", false, Stat{})), "", 0},
		{"a marketplace's name from elsewhere", s(brandName(w, tb, "Etsy Seller Support", "etsy-sellerteam.example", false, Stat{})), CodeBrandName, 0.4},
		{"a tax authority's name from elsewhere", s(brandName(w, tb, "HMRC Refunds", "tax-refund-gov-uk.example", false, Stat{})), CodeBrandName, 0.4},
		{"HMRC from its online services' domain", s(brandName(w, tb, "HMRC", "tax.service.gov.uk", false, Stat{})), "", 0},
		{"HMRC through GOV.UK Notify", s(brandName(w, tb, "HMRC", "notifications.service.gov.uk", false, Stat{})), "", 0},
		{"HMRC from another service.gov.uk name", s(brandName(w, tb, "HMRC", "hmrc-refund.service.gov.uk.example", false, Stat{})), CodeBrandName, 0.4},
		{"the tax authority's own mail", s(brandName(w, tb, "HMRC", "hmrc.gov.uk", false, Stat{})), "", 0},
		{"a buyer via the marketplace", s(brandName(w, tb, "Jenna via Etsy", "etsy.com", false, Stat{})), "", 0},
		{"a shop platform's name from elsewhere", s(brandName(w, tb, "Shopify", "shopify-storebilling.example", false, Stat{})), CodeBrandName, 0.4},
		{"a carrier's name from elsewhere", s(brandName(w, tb, "USPS", "usps-redelivery-fee.example", false, Stat{})), CodeBrandName, 0.4},
		{"the carrier's own mail", s(brandName(w, tb, "USPS Informed Delivery", "usps.com", false, Stat{})), "", 0},
		{"a payment service's name from elsewhere", s(brandName(w, tb, "Stripe", "stripe-payouts.example", false, Stat{})), CodeBrandName, 0.4},
		{"Acrobat Sign's name from elsewhere", s(brandName(w, tb, "Acrobat Sign", "esign-agreements-center.example", false, Stat{})), CodeBrandName, 0.4},
		{"counsel via Acrobat Sign from its sending domain", s(brandName(w, tb, "Marcus Webb via Adobe Acrobat Sign", "adobesign.com", false, Stat{})), "", 0},
		{"Acrobat Sign from its former domain", s(brandName(w, tb, "Acrobat Sign", "echosign.com", false, Stat{})), "", 0},
		{"an acrobatics school is no Acrobat", s(brandName(w, tb, "Acrobatics Academy", "flipside-gym.example", false, Stat{})), "", 0},
		{"no brand", s(brandName(w, tb, "Alice Doe", "b.com", false, Stat{})), "", 0},
		{"brand name from free mail at another brand's domain", s(brandName(w, tb, "PayPal Billing", "gmail.com", true, Stat{})), CodeBrandName, 0.4},
		{"a brand's own (not free) domain naming a partner brand", s(brandName(w, tb, "PayPal", "gmail.com", false, Stat{})), "", 0},
		{"the provider's own name from its free mail", s(brandName(w, tb, "Hotmail", "hotmail.com", true, Stat{})), "", 0},
		{"name shows another domain", s(nameDomain(w, tb, "service@bank-mail.com", "sender.de", Stat{})), CodeNameDomain, 0.4},
		{"name shows another host", s(nameDomain(w, tb, "Rewards at Shop.co.uk", "sender.de", est())), CodeNameDomain, 0.4},
		{"name shows the sender's own domain", s(nameDomain(w, tb, "news.sender.de team", "sender.de", Stat{})), "", 0},
		{"name without a domain", s(nameDomain(w, tb, "Mr. J. Smith", "sender.de", Stat{})), "", 0},
		{"name with a version number", s(nameDomain(w, tb, "Build bot v2.1", "sender.de", Stat{})), "", 0},
		{"a government's other site from its own domain", s(nameDomain(w, tb, "Research.gov", "nsf.gov", Stat{})), "", 0},
		{"a French ministry's other site", s(nameDomain(w, tb, "impots.gouv.fr", "finances.gouv.fr", Stat{})), "", 0},
		{"a government's site named from another country's", s(nameDomain(w, tb, "Research.gov", "hmrc.gov.uk", Stat{})), CodeNameDomain, 0.4},
		{"a government's site named from a university", s(nameDomain(w, tb, "Research.gov", "stateu.edu", Stat{})), CodeNameDomain, 0.4},
		{"a company's site named from a government domain", s(nameDomain(w, tb, "paypal.com", "nsf.gov", Stat{})), CodeNameDomain, 0.4},
		{"name domain, reciprocal sender", s(nameDomain(w, tb, "billing@shop.com", "sender.de", withOutbound(est()))), "", 0},
		{"dmarc failed", s(authFailure(w, "dmarc", "paypal.com")), CodeAuthFail, 0.6},
		{"dkim failed", s(authFailure(w, "dkim", "bank.example")), CodeAuthFail, 0.6},
		{"nothing failed", s(authFailure(w, "", "bank.example")), "", 0},
		{"malformed From", s(malformedFrom(w, true)), CodeMalformedFrom, 0.5},
		{"well-formed From", s(malformedFrom(w, false)), "", 0},
		{"disguised subject word", s(disguisedText(w, tb, "Your w\u0430llet needs an update", "")), CodeDisguisedText, 0.5},
		{"disguised name, capital Greek", s(disguisedText(w, tb, "Hello", "\u039dFT Team")), CodeDisguisedText, 0.5},
		{"plain Cyrillic text", s(disguisedText(w, tb, "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440", "")), "", 0},
		{"Cyrillic and Latin words side by side", s(disguisedText(w, tb, "Sberbank \u041e\u043d\u043b\u0430\u0439\u043d", "")), "", 0},
		{"Greek mu in a unit", s(disguisedText(w, tb, "5 \u03bcm filter", "")), "", 0},
		{"Greek mu in a longer unit, not a Latin look-alike", s(disguisedText(w, tb, "5 \u03bcmol sample", "")), "", 0},
		{"accented Latin", s(disguisedText(w, tb, "R\u00e9sum\u00e9 attached", "Ren\u00e9e")), "", 0},
		{"direction marks inside a subject word", s(disguisedText(w, tb, "Your Me\u200em\u200e\u200fbership", "")), CodeDisguisedText, 0.5},
		{"soft hyphen inside a subject word", s(disguisedText(w, tb, "Your Pass\u00adword expires", "")), CodeDisguisedText, 0.5},
		{"zero-width space inside a name", s(disguisedText(w, tb, "Hello", "Pay\u200bPal")), CodeDisguisedText, 0.5},
		{"an override around an Arabic subject's words", s(disguisedText(w, tb, "\u202e\u0646\u0634\u0631\u0629 \u0646\u0648\u0641\u0645\u0628\u0631\u202c AquaGulf", "")), "", 0},
		{"an override around Hebrew and a Latin word", s(disguisedText(w, tb, "\u202e\u05e2\u05dc\u05d5\u05df invoice\u202c", "")), CodeDisguisedText, 0.5},
		{"a left-to-right override around Hebrew", s(disguisedText(w, tb, "\u202d\u05e2\u05dc\u05d5\u05df\u202c", "")), CodeDisguisedText, 0.5},
		{"zero-width space between words", s(disguisedText(w, tb, "Hello \u200bthere", "")), "", 0},
		{"joiner in an emoji sequence", s(disguisedText(w, tb, "Family \U0001F468\u200d\U0001F469 news", "")), "", 0},
		{"non-joiner in Persian", s(disguisedText(w, tb, "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "")), "", 0},
		{"right-to-left override in the sender address", s(disguisedText(w, tb, "Hello", "Service", "\u202emoc.lapyap@evil.example")), CodeDisguisedText, 0.5},
		{"right-to-left override in a file name", s(disguisedText(w, tb, "invoice\u202efdp.exe", "")), CodeDisguisedText, 0.5},
		{"left-to-right override in a name", s(disguisedText(w, tb, "Hello", "\u202dlapyaP")), CodeDisguisedText, 0.5},
		{"an override in Hebrew text still counts", s(disguisedText(w, tb, "\u05e9\u05dc\u05d5\u05dd \u202elapyap", "")), CodeDisguisedText, 0.5},
		{"an embedding in a Latin subject", s(disguisedText(w, tb, "Invoice \u202bfdp.exe\u202c", "")), CodeDisguisedText, 0.5},
		{"an isolate in a Latin name", s(disguisedText(w, tb, "Hello", "\u2067Support\u2069")), CodeDisguisedText, 0.5},
		{"Hebrew subject embedding a Latin word", s(disguisedText(w, tb, "\u05d4\u05d6\u05de\u05e0\u05d4 \u202aPO-4471\u202c \u05de\u05e1\u05e4\u05e8", "")), "", 0},
		{"Arabic name isolating a Latin name", s(disguisedText(w, tb, "Hello", "\u0645\u062d\u0645\u062f \u2066ACME Ltd\u2069")), "", 0},
		{"Hebrew name with a right-to-left mark", s(disguisedText(w, tb, "\u05e9\u05dc\u05d5\u05dd\u200f", "\u05d3\u05e0\u05d4")), "", 0},
		{"byte order mark before a word", s(disguisedText(w, tb, "\ufeffInvoice", "")), "", 0},
		{"right-to-left override in a link's text", s(disguisedLinkText(w, []links.Link{{Display: "Remit_8841\u202efdp.html"}})), CodeDisguisedText, 0.5},
		{"left-to-right override in a link's text", s(disguisedLinkText(w, []links.Link{{Display: "plain"}, {Display: "\u202dmoc.lapyap"}})), CodeDisguisedText, 0.5},
		{"an isolate around a Latin link text", s(disguisedLinkText(w, []links.Link{{Display: "\u05dc\u05d7\u05e6\u05d5 \u2066Invoice 4471\u2069"}})), "", 0},
		{"zero-width space in a link's text", s(disguisedLinkText(w, []links.Link{{Display: "www.example\u200b.com"}})), "", 0},
		{"right-to-left override in an attached file's name", s(disguisedFileName(w, []string{"invoice\u202efdp.exe"})), CodeDisguisedFile, 0.5},
		{"left-to-right override in the second file's name", s(disguisedFileName(w, []string{"\u2067\u05d3\u05d5\u05d7\u2069.pdf", "\u202dcod.exe"})), CodeDisguisedFile, 0.5},
		{"an override over Hebrew letters only", s(disguisedFileName(w, []string{"\u202e\u05d3\u05d5\u05d7\u202c.pdf"})), "", 0},
		{"an isolate around a Hebrew file name", s(disguisedFileName(w, []string{"\u2067\u05d3\u05d5\u05d7\u2069.pdf"})), "", 0},
		{"no file names", s(disguisedFileName(w, nil)), "", 0},
		{"plain link texts", s(disguisedLinkText(w, []links.Link{{Display: "View invoice"}, {Display: ""}})), "", 0},
		{"reply-to off by default", s(replyToMismatch(weightsPtr(DefaultPolicy().withDefaults().Weights), "x.com", "b.com")), "", 0},
		{"reply-to on", s(replyToMismatch(&Weights{ReplyTo: 0.1}, "x.com", "b.com")), CodeReplyTo, 0.1},
		{"reply-to same", s(replyToMismatch(&Weights{ReplyTo: 0.1}, "b.com", "b.com")), "", 0},
		{"pair established", s(establishedPair(w, "a@b", "c@d", est())), CodeEstablishedPair, -0.3},
		{"pair seen once", s(establishedPair(w, "a@b", "c@d", Stat{Messages: 1, Days: 1})), "", 0},
		{"warned once", s(recurringPair(w, "a@b", "c@d", Stat{Messages: 1, Days: 1})), "", 0},
		{"warned on 2 days", s(recurringPair(w, "a@b", "c@d", Stat{Messages: 2, Days: 2})), CodeRecurringPair, -0.075},
		{"warned on 3 days, twice a day", s(recurringPair(w, "a@b", "c@d", Stat{Messages: 6, Days: 3})), CodeRecurringPair, -0.15},
		{"warned on 5 days", s(recurringPair(w, "a@b", "c@d", Stat{Messages: 5, Days: 5})), CodeRecurringPair, -0.3},
		{"warned on 40 days", s(recurringPair(w, "a@b", "c@d", Stat{Messages: 40, Days: 40})), CodeRecurringPair, -0.3},
	} {
		check(t, tc.name, tc.got, tc.code, tc.w)
	}
}

func TestSolicitation(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	for _, tc := range []struct {
		name            string
		s, pair, domain Stat
		free            bool
		code            string
		w               float64
	}{
		{name: "we wrote to the sender", s: withOutbound(Stat{}), code: CodeSolicited, w: -0.3},
		{name: "recipient wrote to the sender", pair: withOutbound(Stat{}), code: CodeSolicited, w: -0.3},
		{name: "frequent but never answered", s: est(), pair: est(), code: CodeUnsolicited, w: 0.15},
		{name: "we wrote to the domain", domain: withOutbound(Stat{}), code: CodeUnsolicited, w: 0.05},
		{name: "we wrote to someone at gmail", domain: withOutbound(Stat{}), free: true, code: CodeUnsolicited, w: 0.15},
	} {
		e := solicitation(w, "a@b", tc.s, tc.pair, tc.domain, tc.free)
		check(t, tc.name, sig{e, true}, tc.code, tc.w)
	}
}

func TestFormSignals(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	mk := func(f func(*links.Link)) *links.Link {
		l := web("https://www.example.com/a", "www.example.com", "example.com")
		f(&l)
		return &l
	}
	for _, tc := range []struct {
		name string
		f    func(*Weights, *tables, *links.Link) (evid, bool)
		l    *links.Link
		code string
		w    float64
	}{
		{"display other site", displayMismatch, mk(func(l *links.Link) { l.DisplayHost = "www.paypal.com" }), CodeDisplayMismatch, 0.6},
		{"display same site", displayMismatch, mk(func(l *links.Link) { l.DisplayHost = "example.com" }), "", 0},
		{"display sibling host", displayMismatch, mk(func(l *links.Link) { l.DisplayHost = "shop.example.com" }), "", 0},
		{"display flag only", displayMismatch, mk(func(l *links.Link) { l.Flags = links.FlagDisplayMismatch }), CodeDisplayMismatch, 0.6},
		{"no display", displayMismatch, mk(func(l *links.Link) {}), "", 0},
		{"ip", ipLiteral, mk(func(l *links.Link) { l.Host, l.Flags = "192.0.2.1", links.FlagIPLiteral }), CodeIPLiteral, 0.5},
		{"obfuscated ip", ipLiteral, mk(func(l *links.Link) { l.Flags = links.FlagIPLiteral | links.FlagObfuscatedIP }), CodeObfuscatedIP, 0.8},
		{"userinfo", userinfo, mk(func(l *links.Link) { l.Flags = links.FlagUserinfo }), CodeUserinfo, 0.6},
		{"javascript", scriptLink, mk(func(l *links.Link) { l.Scheme = "javascript" }), CodeScriptLink, 0.8},
		{"https", scriptLink, mk(func(l *links.Link) {}), "", 0},
		{"punycode", punycode, mk(func(l *links.Link) { l.Host = "xn--pypal-4ve.com"; l.Flags = links.FlagPunycode }), CodePunycode, 0.3},
		{"mixed script", punycode, mk(func(l *links.Link) { l.Flags = links.FlagPunycode | links.FlagMixedScript }), CodeMixedScript, 0.7},
		{"a look-alike slash or dot in the host", punycode, mk(func(l *links.Link) { l.Flags = links.FlagPunycode | links.FlagFakeSeparator }), CodeMixedScript, 0.7},
		{"two wrappers", redirectChain, mk(func(l *links.Link) { l.Chain = []string{"a", "b"} }), CodeRedirectChain, 0.2},
		{"one wrapper", redirectChain, mk(func(l *links.Link) { l.Chain = []string{"a"} }), "", 0},
		{"one public open redirect", redirectChain, mk(func(l *links.Link) {
			l.Chain, l.Flags = []string{"https://www.bing.com/ck/a?u=a1x"}, links.FlagOpenRedirect
		}), CodeRedirectChain, 0.2},
		{"an open redirect under the reader's own gateway counts as two", redirectChain, mk(func(l *links.Link) {
			l.Chain, l.Flags = []string{"a", "b"}, links.FlagOpenRedirect
		}), CodeRedirectChain, 0.2},
		{"truncated", redirectChain, mk(func(l *links.Link) { l.Flags = links.FlagTruncatedChain }), CodeTruncatedChain, 0.3},
		{"shortener", shortener, mk(func(l *links.Link) { l.Host, l.Domain = "bit.ly", "bit.ly" }), CodeShortener, 0.35},
		{"Google Photos' share link under a shortener's domain", shortener, mk(func(l *links.Link) { l.Host, l.Domain = "photos.app.goo.gl", "goo.gl" }), "", 0},
		{"Google Maps' share link under it", shortener, mk(func(l *links.Link) { l.Host, l.Domain = "maps.app.goo.gl", "goo.gl" }), "", 0},
		{"another host under it", shortener, mk(func(l *links.Link) { l.Host, l.Domain = "app.goo.gl", "goo.gl" }), CodeShortener, 0.35},
		{"free hosting subdomain", freeHosting, mk(func(l *links.Link) { l.Host, l.Domain = "evil.web.app", "evil.web.app" }), CodeFreeHosting, 0.35},
		{"sites.google.com", freeHosting, mk(func(l *links.Link) { l.Host, l.Domain = "sites.google.com", "google.com" }), CodeFreeHosting, 0.35},
		{"google.com is not free hosting", freeHosting, mk(func(l *links.Link) { l.Host, l.Domain = "www.google.com", "google.com" }), "", 0},
		{"suspicious tld", suspiciousTLD, mk(func(l *links.Link) { l.Host, l.Domain = "login.x.top", "x.top" }), CodeSuspiciousTLD, 0.3},
		{"ordinary tld", suspiciousTLD, mk(func(l *links.Link) {}), "", 0},
		{"form", formKind, mk(func(l *links.Link) { l.Kind = links.KindForm }), CodeFormLink, 0.5},
		{"a PDF's form target", formKind, mk(func(l *links.Link) { l.Kind, l.Flags = links.KindPDF, links.FlagSubmits }), CodeFormLink, 0.5},
		{"refresh", formKind, mk(func(l *links.Link) { l.Kind = links.KindRefresh }), CodeRefreshLink, 0.4},
		{"exe", riskyFile, mk(func(l *links.Link) { l.URL = "https://www.example.com/files/Invoice.EXE?x=1" }), CodeRiskyFile, 0.4},
		{"an ISAPI program's page", riskyFile, mk(func(l *links.Link) { l.URL = "https://lib.example.com/illiad/illiad.dll?Action=10&Form=75" }), "", 0},
		{"a DLL without a query", riskyFile, mk(func(l *links.Link) { l.URL = "https://www.example.com/files/update.dll" }), CodeRiskyFile, 0.4},
		{"a CGI program's page", riskyFile, mk(func(l *links.Link) { l.URL = "https://lists.example.com/cgi-bin/wa.exe?A0=RESADM-L" }), "", 0},
		{"a program in cgi-bin without a query", riskyFile, mk(func(l *links.Link) { l.URL = "https://lists.example.com/cgi-bin/setup.exe" }), CodeRiskyFile, 0.4},
		{"an exe with a query outside cgi-bin", riskyFile, mk(func(l *links.Link) { l.URL = "https://www.example.com/dl/setup.exe?id=7" }), CodeRiskyFile, 0.4},
		{"pdf", riskyFile, mk(func(l *links.Link) { l.URL = "https://www.example.com/files/a.pdf" }), "", 0},
		{"host ending in .com is no file", riskyFile, mk(func(l *links.Link) { l.URL = "https://www.example.zip" }), "", 0},
		{"deep subdomain", deepSubdomain, mk(func(l *links.Link) { l.Host = "paypal.com.secure.login.verify.example.com" }), CodeDeepSubdomain, 0.15},
		{"shallow subdomain", deepSubdomain, mk(func(l *links.Link) { l.Host = "a.b.example.com" }), "", 0},
	} {
		check(t, tc.name, s(tc.f(w, tb, tc.l)), tc.code, tc.w)
	}
}

func TestRcptInURL(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	forms := newRcptForms("Bob@Corp.example")
	for _, tc := range []struct {
		name, url, domain string
		code              string
	}{
		{"plain address", "https://x.top/?u=bob@corp.example", "x.top", CodeRcptAddrInURL},
		{"escaped address", "https://x.top/?u=BOB%40corp.example", "x.top", CodeRcptAddrInURL},
		{"base64 address after #: a kit's page fills it in", "https://x.top/#Ym9iQGNvcnAuZXhhbXBsZQ", "x.top", CodeRcptAddrFragment},
		{"base64 address in the query", "https://x.top/?t=Ym9iQGNvcnAuZXhhbXBsZQ", "x.top", CodeRcptAddrInURL},
		{"domain only", "https://x.top/corp.example/login", "x.top", CodeRcptDomInURL},
		{"own site", "https://corp.example/?u=bob@corp.example", "corp.example", ""},
		{"nothing", "https://x.top/login", "x.top", ""},
		{"list opt-out page", "https://lists.x.top/mailing/remove.asp?email=bob@corp.example", "x.top", ""},
		{"one-click unsubscribe", "https://x.top/unsubscribe/Ym9iQGNvcnAuZXhhbXBsZQ", "x.top", ""},
		{"opt-out joined", "https://x.top/opt-out?u=bob@corp.example", "x.top", ""},
		{"remove only in the query is no opt-out page", "https://x.top/login?action=remove&u=bob@corp.example", "x.top", CodeRcptAddrInURL},
	} {
		l := web(tc.url, tc.domain, tc.domain)
		check(t, tc.name, s(rcptInURL(w, &l, l.URL, strings.ToLower(l.URL), forms)), tc.code, 0)
	}
}

// TestRcptInURLBase64Forms: an address whose standard and URL-safe base64
// forms differ ("zz~@..." has a "+" in one, a "-" in the other) is found
// in either; rcptInURLWith searches the URL-safe form only then.
func TestRcptInURLBase64Forms(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	forms := newRcptForms("zz~@corp.example")
	for _, tc := range []struct{ name, url, code string }{
		{"standard base64 in the query", "https://x.top/?t=enp+QGNvcnAuZXhhbXBsZQ", CodeRcptAddrInURL},
		{"URL-safe base64 in the query", "https://x.top/?t=enp-QGNvcnAuZXhhbXBsZQ", CodeRcptAddrInURL},
		{"URL-safe base64 after #", "https://x.top/#enp-QGNvcnAuZXhhbXBsZQ", CodeRcptAddrFragment},
		{"neither", "https://x.top/?t=enp_QGNvcnAuZXhhbXBsZQ", ""},
	} {
		l := web(tc.url, "x.top", "x.top")
		check(t, tc.name, s(rcptInURL(w, &l, l.URL, strings.ToLower(l.URL), forms)), tc.code, 0)
	}
}

func TestLookalikes(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	org := []string{"corp.example", "enron.com"}
	for _, tc := range []struct {
		name, domain, uhost string
		code, b             string
	}{
		{name: "rn for m", domain: "rnicrosoft.com", code: CodeLookalike, b: "microsoft.com"},
		{name: "digit for letter", domain: "paypa1.com", code: CodeLookalike, b: "paypal.com"},
		{name: "one letter swapped", domain: "paypla.com", code: CodeLookalike, b: "paypal.com"},
		{name: "one letter added", domain: "amazzon.com", code: CodeLookalike, b: "amazon.com"},
		{name: "the brand's name under another suffix", domain: "paypal.co"},
		{name: "a brand's shop in another country", domain: "paypal.de"},
		{name: "a word one letter longer than a brand", domain: "discovery.com"},
		{name: "a doubled letter", domain: "paypall.com", code: CodeLookalike, b: "paypal.com"},
		{name: "cyrillic a", domain: "xn--pypal-4ve.com", uhost: "pаypal.com", code: CodeLookalike, b: "paypal.com"},
		{name: "org lookalike", domain: "enrom.com", code: CodeLookalike, b: "enron.com"},
		{name: "the brand itself", domain: "paypal.com"},
		{name: "unrelated", domain: "example.org"},
		{name: "short brand not by distance", domain: "ops.com"},
		{name: "another word by its first letter", domain: "cooking.com"},
		{name: "first letter by a similar glyph", domain: "iinkedin.com", code: CodeLookalike, b: "linkedin.com"},
		{name: "a wallet maker's name with a letter doubled", domain: "ledgger.com", code: CodeLookalike, b: "ledger.com"},
		{name: "a wallet maker's name with a similar glyph", domain: "trez0r.io", code: CodeLookalike, b: "trezor.io"},
	} {
		uh := tc.uhost
		if uh == "" {
			uh = tc.domain
		}
		skel := tb.skeleton(unicodeDomain(tc.domain, uh))
		e, ok := lookalikeOf(w, tb.skeleton, tc.domain, skel, org, 1)
		if !ok {
			e, ok = lookalikeBrand(w, tb, tc.domain, skel, 1)
		}
		check(t, tc.name, sig{e, ok}, tc.code, 0.9)
		if ok && e.b != tc.b {
			t.Errorf("%s: looks like %s, want %s", tc.name, e.b, tc.b)
		}
	}
}

func TestLookalikeScaledByHistory(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	if _, ok := lookalikeBrand(w, tb, "paypa1.com", "paypal.com", 0); ok {
		t.Error("an established domain (novel = 0) is still a lookalike")
	}
	if e, ok := lookalikeOf(w, tb.skeleton, "partnr.example", "partnr.example", []string{"partner.example"}, 0.5); !ok || !near(e.w, 0.45) {
		t.Errorf("history lookalike = %v %v, want 0.45", e.w, ok)
	}
}

func TestNameInHost(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	org := []string{"corp.example"}
	for _, tc := range []struct {
		name string
		got  sig
		code string
	}{
		{"org label in foreign host", s(orgInHost(w, tb, "corp.example.login.top", "login.top", org, 1)), CodeOrgInHost},
		{"org hyphenated", s(orgInHost(w, tb, "corp-example-sso.top", "corp-example-sso.top", org, 1)), CodeOrgInHost},
		{"our own host", s(orgInHost(w, tb, "mail.corp.example", "corp.example", org, 1)), ""},
		{"brand word in domain", s(brandInDomain(w, tb, "paypal-secure.top", "paypal-secure.top", 1)), CodeBrandInDomain},
		{"brand as subdomain", s(brandInDomain(w, tb, "paypal.com.x.top", "x.top", 1)), CodeBrandInDomain},
		{"brand sibling domain", s(brandInDomain(w, tb, "www.paypal.de", "paypal.de", 1)), ""},
		{"a carrier's name as a subdomain", s(brandInDomain(w, tb, "usps.redelivery-fee.example", "redelivery-fee.example", 1)), CodeBrandInDomain},
		{"a name holding a brand's letters", s(brandInDomain(w, tb, "www.betsyshop.example", "betsyshop.example", 1)), ""},
		{"a payment service's name in a host", s(brandInDomain(w, tb, "stripe-payouts.example", "stripe-payouts.example", 1)), CodeBrandInDomain},
		{"a word holding its letters", s(brandInDomain(w, tb, "www.pinstripe-tailors.example", "pinstripe-tailors.example", 1)), ""},
		{"a wallet maker's name in a host", s(brandInDomain(w, tb, "trezor-suite-update.example", "trezor-suite-update.example", 1)), CodeBrandInDomain},
		{"a wallet's name that is an ordinary word", s(brandInDomain(w, tb, "general-ledger-tools.example", "general-ledger-tools.example", 1)), ""},
		{"confusable brand word", s(brandInDomain(w, tb, "login.micros0ft-support.top", "micros0ft-support.top", 1)), CodeBrandInDomain},
		{"confusable brand word, established domain", s(brandInDomain(w, tb, "login.micros0ft-support.top", "micros0ft-support.top", 0)), ""},
		{"brand itself", s(brandInDomain(w, tb, "www.paypal.com", "paypal.com", 1)), ""},
		{"common word not a token", s(brandInDomain(w, tb, "chase-sports.com", "chase-sports.com", 1)), ""},
		{"project page on the brand's platform", s(brandInDomain(w, tb, "nuand-fan.github.io", "nuand-fan.github.io", 1)), ""},
		{"brand word on a platform", s(brandInDomain(w, tb, "paypal-login.github.io", "paypal-login.github.io", 1)), CodeBrandInDomain},
		{"brand word under a country suffix", s(brandInDomain(w, tb, "paypal-secure.co.uk", "paypal-secure.co.uk", 1)), CodeBrandInDomain},
		{"org's platform hosts a page", s(orgInHost(w, tb, "docs.tool.github.io", "tool.github.io", []string{"github.com"}, 1)), ""},
		{"org word on a platform", s(orgInHost(w, tb, "corp-example.github.io", "corp-example.github.io", org, 1)), CodeOrgInHost},
		{"our tenant at a brand", s(orgInHost(w, tb, "corp-example.okta.com", "okta.com", org, 1)), ""},
		{"our tenant at a file-sharing brand", s(orgInHost(w, tb, "corp-example.sharefile.com", "sharefile.com", org, 1)), ""},
		{"a file-sharing brand's name in a lure's host", s(brandInDomain(w, tb, "sharefile-secure-docs.example", "sharefile-secure-docs.example", 1)), CodeBrandInDomain},
		{"our tenant at a password manager", s(orgInHost(w, tb, "corp-example.1password.com", "1password.com", org, 1)), ""},
		{"our tenant at a password manager's regional site", s(orgInHost(w, tb, "corp-example.1password.eu", "1password.eu", org, 1)), ""},
		{"org word under a password manager's near miss", s(orgInHost(w, tb, "corp-example.1passwords.com", "1passwords.com", org, 1)), CodeOrgInHost},
		{"our tenant at a subscription service (tenants.txt)", s(orgInHost(w, tb, "corp-example.libguides.com", "libguides.com", org, 1)), ""},
		{"our survey tenant in a data centre", s(orgInHost(w, tb, "corp-example.co1.qualtrics.com", "qualtrics.com", org, 1)), ""},
		{"org word under a subscription service's near miss", s(orgInHost(w, tb, "corp-example.libguide.com", "libguide.com", org, 1)), CodeOrgInHost},
		{"our tenant at a sales-enablement platform", s(orgInHost(w, tb, "corp-example.seismic.com", "seismic.com", org, 1)), ""},
		{"our sales-enablement tenant (pitches)", s(orgInHost(w, tb, "corp-example.highspot.com", "highspot.com", org, 1)), ""},
		{"org word under a sales-enablement platform's near miss", s(orgInHost(w, tb, "corp-example.seismic-docs.com", "seismic-docs.com", org, 1)), CodeOrgInHost},
		{"org word at a subscription service's own name", s(orgInHost(w, tb, "corp-example-qualtrics.com", "corp-example-qualtrics.com", org, 1)), CodeOrgInHost},
		{"our name at a help desk anyone signs up to", s(orgInHost(w, tb, "corp-support.zendesk.com", "zendesk.com", org, 1)), CodeOrgInHost},
		{"org word on free hosting under a brand's name", s(orgInHost(w, tb, "corp-example.blogspot.com", "corp-example.blogspot.com", org, 1)), CodeOrgInHost},
		{"org word under a lookalike of a brand", s(orgInHost(w, tb, "corp-example.okta-login.com", "okta-login.com", org, 1)), CodeOrgInHost},
	} {
		check(t, tc.name, tc.got, tc.code, 0)
	}
}

func TestOSA(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		k    int
		want bool
	}{
		{"paypal", "paypal", 0, true}, {"paypal", "paypla", 1, true}, {"paypal", "payal", 1, true},
		{"paypal", "paypall", 1, true}, {"paypal", "pyapla", 1, false}, {"abc", "bca", 1, false},
		{"microsoft", "micorsfot", 2, true}, {"microsoft", "macrosoff", 1, false},
	} {
		if got := osaWithin(tc.a, tc.b, tc.k); got != tc.want {
			t.Errorf("osaWithin(%q, %q, %d) = %v, want %v", tc.a, tc.b, tc.k, got, tc.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tb := data()
	for _, tc := range []struct{ in, want string }{
		{"rnicrosoft.com", "microsoft.com"}, {"paypa1.com", "paypal.com"}, {"g00gle.com", "google.com"},
		{"pаypal.com", "paypal.com"}, {"pàypal.com", "paypal.com"}, {"vvells.com", "wells.com"}, {"example.org", "example.org"},
		// UTS #39's small-letter pairs fold (һ for h, ο for o, ӏ and ı as
		// the strokes they are); т, к, н, в, м, κ and τ look like small
		// capitals, not t, k, h, b, m, and stay as they are (UTS #39 maps
		// them to ᴛ, ĸ, ʜ, ʙ, ᴍ)
		{"\u04bbsbc.com", "hsbc.com"}, {"g\u03bf\u03bfgle.com", "google.com"}, {"paypa\u04cf.com", "paypal.com"},
		{"\u043dsbc.com", "\u043dsbc.com"}, {"a\u0442\u0442.com", "a\u0442\u0442.com"}, {"\u043araken.com", "\u043araken.com"},
		{"e\u0432ay.com", "e\u0432ay.com"}, {"a\u043cazon.com", "a\u043cazon.com"}, {"\u03bare\u03c4.com", "\u03bare\u03c4.com"},
		// a capital is lowercased first: НSBC is the small н
		{"\u041dSBC.com", "\u043dsbc.com"},
	} {
		if got := tb.skeleton(tc.in); got != tc.want {
			t.Errorf("skeleton(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Words in text and names keep their case: a Cyrillic or Greek capital
// that looks like a Latin one (Н for H, UTS #39) is read as that letter;
// its small letter (н, which looks like a small capital H) is not.
func TestTextConfusable(t *testing.T) {
	tb := data()
	for _, tc := range []struct {
		r    rune
		want string
	}{
		{'\u0430', "a"}, {'\u0410', "a"}, {'\u04bb', "h"},
		{'\u041d', "h"}, {'\u0412', "b"}, {'\u041a', "k"}, {'\u041c', "m"}, {'\u0422', "t"}, {'\u039a', "k"}, {'\u03a4', "t"},
		{'\u043d', ""}, {'\u0432', ""}, {'\u043a', ""}, {'\u043c', ""}, {'\u0442', ""}, {'\u03ba', ""}, {'\u03c4', ""},
	} {
		if got, ok := tb.textConfusable(tc.r); got != tc.want || ok != (tc.want != "") {
			t.Errorf("textConfusable(%q) = %q, %v; want %q", tc.r, got, ok, tc.want)
		}
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"\u041dSBC", true}, {"Pay\u0420al", true}, {"\u043dsbc", false}, {"\u043ci\u0441rosoft", true}, {"\u043cicrosoft", false},
	} {
		if got := mixesLookalikes(tb, tc.word); got != tc.want {
			t.Errorf("mixesLookalikes(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestHiddenBreak(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"New Me\u200em\u200e\u200fbership Statement", "Membership"},
		{"P\u200b\u200ba\u200by\u200bPal", "PayPal"},
		{"plain words", ""},
		{"Caf\u00e9\u200bau lait", ""}, // the letter before is not Latin ASCII
		{"end\u200b", ""},
	} {
		got, ok := hiddenBreak(tc.in)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("hiddenBreak(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

// FuzzHiddenBreak: a word found is made of Latin letters, its text holds
// an invisible character, and the word is in the text once those are gone.
func FuzzHiddenBreak(f *testing.F) {
	for _, s := range []string{"Me\u200embership", "a\u200d", "\u200bx", "ab\u2066\u2069cd ef", "x\ufeffy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		word, ok := hiddenBreak(s)
		if !ok {
			return
		}
		visible := strings.Map(func(r rune) rune {
			if invisibleFormat(r) {
				return -1
			}
			return r
		}, s)
		if len(word) < 2 || strings.IndexFunc(word, func(r rune) bool { return !isLatinLetter(r) }) >= 0 ||
			strings.IndexFunc(s, invisibleFormat) < 0 || !strings.Contains(visible, word) {
			t.Fatalf("hiddenBreak(%q) = %q", s, word)
		}
	})
}

func TestSenderLookalike(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	org := []string{"corp.example", "enron.com", "ge.com", "mail.corp2.example", "billing.corp3.example"}
	weeks := Stat{Messages: 40, Days: 20, Senders: 5, Vouched: 10}
	for _, tc := range []struct {
		name, sdom string
		dom        Stat
		want       float64 // the weight; 0: does not fire
		b          string
	}{
		{"one of ours misspelled", "enrno.com", Stat{}, 0.9, "enron.com"},
		{"a brand by rn for m", "rnicrosoft.com", Stat{}, 0.9, "microsoft.com"},
		{"a brand in Cyrillic letters", "pаypal.com", Stat{}, 0.9, "paypal.com"},
		{"the same in its A-label", "xn--pypal-4ve.com", Stat{}, 0.9, "paypal.com"},
		{"a brand by a digit, seen on one day", "paypa1.com", Stat{Messages: 3, Days: 1, Senders: 1}, 0.9, "paypal.com"},
		{"a similar partner writing for weeks", "enrno.com", weeks, 0, ""},
		{"many addresses on one day do not establish it", "enrno.com", Stat{Messages: 9, Days: 1, Senders: 9}, 0.9, "enron.com"},
		{"our name under another suffix", "enron.net", Stat{}, 0.9, "enron.com"},
		{"a short name under another suffix", "ge.de", Stat{}, 0, ""},
		{"a mail provider named like our mail host", "mail.de", Stat{}, 0, ""},
		// a host among our domains is judged by its registrable domain,
		// not by its first label, which is no name of ours
		{"a look-alike of our host's first label", "bi1ling.de", Stat{}, 0, ""},
		{"rn for m in our mail host's first label", "rnail.de", Stat{}, 0, ""},
		{"our host's domain misspelled", "c0rp3.example", Stat{}, 0.9, "billing.corp3.example"},
		{"another company one letter off ours", "enrol.com", Stat{}, 0, ""},
		{"a brand's shop in another country", "paypal.de", Stat{}, 0, ""},
		{"a brand's misspelling in another country", "paypa1.de", Stat{}, 0.9, "paypal.com"},
		{"another name one letter from a brand", "chose.com", Stat{}, 0, ""},
		{"a brand's name with an edit in its suffix", "canada.co", Stat{}, 0, ""},
		{"our name with another letter", "enrom.com", Stat{}, 0, ""},
		{"our name with a zero for o", "enr0n.com", Stat{}, 0.9, "enron.com"},
		{"another brand shop", "amazon.se", Stat{}, 0, ""},
		{"a word one letter longer than a brand", "discovery.com", Stat{}, 0, ""},
		{"another word one letter longer", "officer.com", Stat{}, 0, ""},
		{"a brand itself, hyphenated", "t-mobile.com", Stat{}, 0, ""},
		{"ours", "enron.com", Stat{}, 0, ""},
		{"the brand itself", "paypal.com", Stat{}, 0, ""},
		{"unrelated", "acme.example", Stat{}, 0, ""},
		{"not a domain anyone can register", "pay!pal.com", Stat{}, 0, ""},
		{"empty", "", Stat{}, 0, ""},
	} {
		e, ok := evid{}, false
		if n, can := senderLookName(tb, tc.sdom, tc.dom); can {
			e, ok = senderLookalike(w, tb, tb.skeleton, n, org)
		}
		if ok != (tc.want > 0) || ok && (e.code != CodeSenderLook || e.cls != classLookalike || !near(e.w, tc.want) || e.b != tc.b) {
			t.Errorf("%s: got %v %+v, want %v %s", tc.name, ok, e, tc.want, tc.b)
		}
	}
}

// A first message from a domain spelled like ours, asking for a wire
// transfer, is quarantined (quarantine_when), its link locked above warn;
// the same message from an unrelated new domain is not quarantined.
func TestSenderLookalikeVerdict(t *testing.T) {
	p := testPolicy()
	mk := func(from string) Input {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = from, from, "Dana Ceo"
		in.Subject = "Urgent wire transfer"
		in.Links[0].Context = "Please send the wire transfer today, the bank details are here"
		return in
	}
	if v := Score(p, mk("ceo@c0rp.example")); v.Action != Quarantine || !hasReason(v.Reasons, CodeSenderLook) {
		t.Errorf("lookalike sender: %s %v %v", v.Action, v.Score, v.Reasons)
	}
	if v := Score(p, mk("ceo@acme-new.example")); v.Action == Quarantine || hasReason(v.Reasons, CodeSenderLook) {
		t.Errorf("unrelated sender: %s %v %v", v.Action, v.Score, v.Reasons)
	}
}

// A supplier's domain misspelled by one confusable letter is a lookalike
// for the recipient who deals with the supplier, and for nobody else.
func TestSenderHistoryLookalike(t *testing.T) {
	p := testPolicy()
	in := newInput()
	in.MailFrom, in.FromAddr = "billing@acme-suppIy.example", "billing@acme-suppIy.example"
	in.Recipients = []string{"bob@corp.example", "carol@corp.example"}
	in.History.Recipients = map[string]RecipientHistory{
		"bob@corp.example": {Known: []string{"partner.example", "acme-supply.example"}},
	}
	w, tb := weightsPtr(DefaultWeights()), data()
	n, ok := senderLookName(tb, "acme-suppiy.example", Stat{})
	if !ok {
		t.Fatal("not lookable")
	}
	if e, ok := senderHistoryLookalike(w, tb.skeleton, n, []string{"acme-supply.example"}); !ok || e.b != "acme-supply.example" || !near(e.w, 0.9) {
		t.Errorf("history lookalike: %v %+v", ok, e)
	}
	if _, ok := senderHistoryLookalike(w, tb.skeleton, n, []string{"partner.example"}); ok {
		t.Error("unrelated history matched")
	}
	if v := Score(p, in); v.Recipient != "bob@corp.example" || !hasReason(v.Reasons, CodeSenderLook) {
		t.Errorf("both: strictest %s, %v", v.Recipient, v.Reasons)
	}
	in.Links = []links.Link{web("https://pay.acme-suppiy.example/inv", "pay.acme-suppiy.example", "acme-suppiy.example")}
	if v := Score(p, in); !hasReason(v.Reasons, CodeSenderLook) || hasReason(v.Links[0].Reasons, CodeLookalike) {
		t.Errorf("a link to the lookalike sender's own domain: message %v, link %v", v.Reasons, v.Links[0].Reasons)
	}
	in.Recipients = []string{"carol@corp.example"}
	if v := Score(p, in); hasReason(v.Reasons, CodeSenderLook) {
		t.Errorf("carol, who never dealt with the supplier: %v", v.Reasons)
	}
}

// A shipped free mail provider one letter away from another
// (mail.com, gmail.com) is a real provider, not a lookalike sender.
func TestSenderLookalikeNotFreeMail(t *testing.T) {
	in := newInput()
	in.MailFrom, in.FromAddr = "someone@mail.com", "someone@mail.com"
	if v := Score(testPolicy(), in); hasReason(v.Reasons, CodeSenderLook) {
		t.Errorf("mail.com flagged: %v", v.Reasons)
	}
}

// A link to the lookalike sender's own domain counts the lookalike once,
// at the sender.
func TestSenderLookalikeCountedOnce(t *testing.T) {
	in := newInput()
	in.MailFrom, in.FromAddr = "service@paypa1.com", "service@paypa1.com"
	in.Links = []links.Link{web("https://www.paypa1.com/login", "www.paypa1.com", "paypa1.com")}
	v := Score(testPolicy(), in)
	if !hasReason(v.Reasons, CodeSenderLook) || hasReason(v.Links[0].Reasons, CodeLookalike) {
		t.Errorf("message %v, link %v", v.Reasons, v.Links[0].Reasons)
	}
}

// A domain of ours configured in Unicode is ours in its A-label form too:
// neither the sender nor a link in that form is a lookalike of it.
func TestOwnUnicodeDomain(t *testing.T) {
	p := testPolicy()
	p.InternalDomains = []string{"münchen-corp.example"}
	p.OrgDomains = nil
	in := newInput()
	in.MailFrom, in.FromAddr = "it@xn--mnchen-corp-thb.example", "it@xn--mnchen-corp-thb.example"
	in.Links = []links.Link{web("https://www.xn--mnchen-corp-thb.example/a", "www.xn--mnchen-corp-thb.example", "xn--mnchen-corp-thb.example")}
	in.Links[0].UnicodeHost = "www.münchen-corp.example"
	v := Score(p, in)
	if hasReason(v.Reasons, CodeSenderLook) || hasReason(v.Links[0].Reasons, CodeLookalike) || !hasReason(v.Links[0].Reasons, CodeOrgDomain) {
		t.Errorf("message %v, link %v", v.Reasons, v.Links[0].Reasons)
	}
}

func TestUnregistrable(t *testing.T) {
	for _, tc := range []struct {
		domain string
		want   bool
	}{
		{"rigzon!e.com", true},
		{"!rigzone.com", true},
		{"insert_link_here.com", true},
		{"rigzone.com", false},
		{"xn--bcher-kva.example", false},
		{"my-site.co.uk", false},
		{"bad_name.co.uk", true},
		{"odd_name.blogspot.com", false}, // a private suffix: the platform's DNS may answer
		{"internet.e-mail", false},       // no delegated suffix: judged as usual
		{"192.0.2.1", false},
		{"com", false},
		{"bücher.de", false}, // not an A-label: judged as usual
		{"evil\x00.com", false},
	} {
		if got := unregistrable(tc.domain); got != tc.want {
			t.Errorf("unregistrable(%q) = %v, want %v", tc.domain, got, tc.want)
		}
	}
}

// A link whose domain cannot exist is not judged, so damaged text in a
// message locks nothing, while its intact links are judged as usual.
func TestUnregistrableLinkNotJudged(t *testing.T) {
	in := newInput()
	in.Links = append(in.Links, web("http://www.rigzon!e.com/news", "www.rigzon!e.com", "rigzon!e.com"))
	v := Score(testPolicy(), in)
	if v.Links[1].Lock || len(v.Links[1].Reasons) != 1 || v.Links[1].Reasons[0].Code != CodeUnregistrable {
		t.Errorf("damaged link: %+v, want not locked, reason %s", v.Links[1], CodeUnregistrable)
	}
	if !v.Links[0].Lock {
		t.Errorf("intact new link: %+v, want locked", v.Links[0])
	}
}

// Decayed message counts fall below the number of days; the sentence then
// tells the days only.
func TestSeenInTexts(t *testing.T) {
	for _, tc := range []struct {
		e    evid
		want string
	}{
		{evid{code: CodeSenderRare, a: "a@b.example", n: [3]int32{4, 2}}, "a@b.example was seen only in 4 messages on 2 days"},
		{evid{code: CodeSenderRare, a: "a@b.example", n: [3]int32{1, 3}}, "a@b.example was seen only on 3 days"},
		{evid{code: CodeSenderRare, a: "a@b.example", n: [3]int32{1, 1}}, "a@b.example was seen only in 1 message on 1 day"},
		{evid{code: CodeOrgRare, a: "x.example", n: [3]int32{2, 5, 1}}, "x.example was linked here only on 5 days from 1 sender"},
	} {
		if got := tc.e.text(); got != tc.want {
			t.Errorf("%s %v: %q, want %q", tc.e.code, tc.e.n, got, tc.want)
		}
	}
}

// unregistrable runs for every link, several times a message: a plain name
// must cost no suffix lookup and no allocation (publicsuffix allocates an
// error for every name that is not an IP address).
func TestUnregistrableAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { unregistrable("www.partner.example") }); n != 0 {
		t.Errorf("unregistrable allocates %v times for a plain name", n)
	}
}

// TestSenderFirstLinkText: a sender that linked the domain on too few days
// to vouch for it is not said never to have linked it.
func TestSenderFirstLinkText(t *testing.T) {
	p := DefaultPolicy()
	w := &p.Weights
	for _, tc := range []struct {
		name     string
		own, dom Stat
		want     string
	}{
		{"never", Stat{}, Stat{}, "a@b.example has never linked to x.com before"},
		{"once", Stat{Messages: 1, Days: 1, Senders: 1}, Stat{}, "a@b.example has linked to x.com only on 1 day"},
		{"its domain did, it never", Stat{}, Stat{Messages: 1, Days: 1, Senders: 1}, "a@b.example has never linked to x.com before"},
	} {
		e, ok := senderLinkNovelty(w, "x.com", "a@b.example", &tc.own, &tc.dom, false)
		if !ok {
			t.Errorf("%s: no evidence", tc.name)
			continue
		}
		if got := e.text(); got != tc.want {
			t.Errorf("%s: text %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A host written with a look-alike slash reads as a page of the brand
// before it; the sentence says so, with the host as it shows.
func TestFakeSeparatorSentence(t *testing.T) {
	in := newInput()
	l := web("https://microsoft.xn--comlogin-0f7d.evil.top/x", "microsoft.xn--comlogin-0f7d.evil.top", "evil.top")
	l.UnicodeHost, l.Flags = "microsoft.com\u2215login.evil.top", links.FlagPunycode|links.FlagFakeSeparator
	in.Links = []links.Link{l}
	v := Score(testPolicy(), in)
	want := "the host microsoft.com\u2215login.evil.top holds a character that looks like a dot or a slash and is none, so it reads as another address"
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeMixedScript && r.Text == want {
			return
		}
	}
	t.Errorf("Score(%s) reasons %v, want mixed_script %q", l.URL, v.Links[0].Reasons, want)
}

// An attached file whose name a right-to-left override shows as a
// document counts as disguised_file, in a message without links too, the
// sentence names the file without its controls, and the message is
// quarantined: nothing to lock, and no sender needs to hide a file's type.
func TestDisguisedFileName(t *testing.T) {
	in := newInput()
	in.Links = nil
	in.BidiNames = []string{"invoice\u202efdp.exe"}
	v := Score(testPolicy(), in)
	if v.Action != Quarantine {
		t.Errorf("Score(attachment %q) action %v, want quarantine", in.BidiNames[0], v.Action)
	}
	want := `the name of the attached file "invoicefdp.exe" holds an invisible control that changes the order its letters are shown in, so it shows another file type than it has`
	for _, r := range v.Reasons {
		if r.Code == CodeDisguisedFile && r.Text == want {
			return
		}
	}
	t.Errorf("Score(attachment %q) reasons %v, want disguised_file %q", in.BidiNames[0], v.Reasons, want)
}

// TestDisguisedFileNameWithDisguisedText: a disguised subject or link text
// does not hide a disguised attachment's name, which quarantines on its
// own: a lure adding an invisible or look-alike letter to its subject
// kept the message from quarantine.
func TestDisguisedFileNameWithDisguisedText(t *testing.T) {
	for _, subj := range []string{"Inv\u200boice attached", "Inv\u043eice attached", "Invoice \u202eattached"} {
		in := newInput()
		in.Links = nil
		in.Subject = subj
		in.BidiNames = []string{"invoice\u202efdp.exe"}
		v := Score(testPolicy(), in)
		if v.Action != Quarantine || !hasReason(v.Reasons, CodeDisguisedFile) {
			t.Errorf("Score(subject %q, attachment %q) action %v reasons %v, want quarantine with disguised_file", subj, in.BidiNames[0], v.Action, v.Reasons)
		}
	}
}

// TestOwnSiteRedirect: a big site's open redirect counts as redirect_chain
// alone in a stranger's mail, not in the site's own (or its family's)
// notice linking out through it, unless a verifier failed the sender.
func TestOwnSiteRedirect(t *testing.T) {
	li := "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fengineering.vanta-consult.test%2Fblog%2Fpg&urlhash=X"
	fb := "https://l.facebook.com/l.php?u=https%3A%2F%2Fengineering.vanta-consult.test%2Fblog%2Fpg&h=AT0"
	for _, tc := range []struct {
		name, from, chain, authFail string
		want                        bool
	}{
		{"LinkedIn's notice of a shared article", "messages-noreply@linkedin.com", li, "", false},
		{"a Facebook page's update from facebookmail.com", "notification@facebookmail.com", fb, "", false},
		{"a stranger's link through LinkedIn's redirect", "tomas@northpier-build.example", li, "", true},
		{"a stranger's link through Facebook's l.php", "tomas@northpier-build.example", fb, "", true},
		{"LinkedIn's From failing DMARC", "messages-noreply@linkedin.com", li, "dmarc", true},
		{"another family's redirect", "messages-noreply@linkedin.com", fb, "", true},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName, in.AuthFail = tc.from, tc.from, "Notices", tc.authFail
		in.Subject, in.Lead = "Mark Holt shared a post", "Mark Holt shared an article: Five lessons from migrating to Postgres 17"
		l := web("https://engineering.vanta-consult.test/blog/pg", "engineering.vanta-consult.test", "vanta-consult.test")
		l.Chain, l.Flags = []string{tc.chain}, links.FlagOpenRedirect
		in.Links = []links.Link{l}
		v := Score(testPolicy(), in)
		if got := slices.Contains(reasonCodes(v.Links[0].Reasons), CodeRedirectChain); got != tc.want {
			t.Errorf("%s: redirect_chain %v, want %v (%s %s %.2f)", tc.name, got, tc.want, v.Action, v.Level, v.Score)
		}
	}
}
