package scoring

import (
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestPartnerNameIn(t *testing.T) {
	tb := data()
	own := []string{"hartwell.example"}
	for _, tc := range []struct {
		name, domain string
		known        []string
		want         string
	}{
		{"carrier's name with a word", "balticcrest-customs.com", []string{"balticcrest.example"}, "balticcrest.example"},
		{"supplier's name, billing word first", "billing-kesslersteel.net", []string{"partner.example", "kesslersteel.example"}, "kesslersteel.example"},
		{"same word alone under another suffix", "balticcrest.net", []string{"balticcrest.example"}, ""},
		{"the known domain itself", "balticcrest-lines.example", []string{"balticcrest-lines.example"}, ""},
		{"name only inside a token", "balticcrestline-pay.com", []string{"balticcrest.example"}, ""},
		{"known name of 4 letters", "acme-billing.com", []string{"acme.example"}, ""},
		{"known name hyphenated", "global-services.com", []string{"global-freight.example"}, ""},
		{"known name with a digit", "route66-pay.com", []string{"route66.example"}, ""},
		{"our own name", "hartwell-payroll.com", []string{"hartwell.example"}, ""},
		{"nothing known", "balticcrest-customs.com", nil, ""},
		{"known as a sender's host", "balticcrest-customs.com", []string{"notify.balticcrest.example"}, "balticcrest.example"},
		{"known tenant of a private suffix", "tallyloop-pay.com", []string{"tallyloop.github.io"}, ""},
		{"free mail provider's name", "acme-email.com", []string{"email.com"}, ""},
		{"free mail provider's word", "agence-orange.fr", []string{"orange.fr"}, ""},
		{"a brand the reader deals with", "indeed-employer-invoices.com", []string{"indeed.com"}, "indeed.com"},
		{"brand with a distinctive token", "paypal-billing.com", []string{"paypal.com"}, "paypal.com"},
	} {
		got, ok := tb.partnerNameIn(tc.domain, tc.known, own)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: partnerNameIn(%s) = %q, %v; want %q", tc.name, tc.domain, got, ok, tc.want)
		}
	}
	if !tb.sameFamily("okta-emea.com", "okta.com") || tb.sameFamily("okta.com", "balticcrest.example") {
		t.Error("sameFamily: okta-emea.com and okta.com are one family, okta.com and balticcrest.example not")
	}
}

// partnerMail: mail from addr linking url, to bob, who knows known.
func partnerMail(addr, url, host, domain, text string, known ...string) Input {
	in := newInput()
	in.FromAddr, in.MailFrom, in.FromName = addr, addr, "Baltic Crest Lines"
	in.Subject = "Shipment update"
	l := web(url, host, domain)
	l.Context = text
	in.Links = []links.Link{l}
	in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {Recipient: est(), Known: known}}
	return in
}

// A never-seen sender domain carrying a correspondent's name is a lure
// when it asks to pay or sign in (locked above warn); a plain newsletter
// (a partner's genuine second domain, or a known name that is an
// ordinary word) gets nothing from it; nothing either without that
// correspondent in the reader's history, or once the domain has history
// here.
func TestPartnerNameSender(t *testing.T) {
	p := testPolicy()
	p.OrgDomains = []string{"hartwell.example"}
	const pay = "Container held pending an unpaid customs clearance fee of $86.40. Pay customs fee now, storage charges apply from tomorrow."
	const news = "Our autumn newsletter: new sailings and the port calendar."
	for _, tc := range []struct {
		name, addr, domain, text string
		known                    []string
		sdom                     Stat
		fires                    bool
		maxLevel                 Level // the strictest level allowed ("" = accepted)
		minLevel                 Level // the least strict level wanted ("" = anything)
	}{
		{"customs fee from the carrier's name", "tracking@balticcrest-customs.com", "balticcrest-customs.com", pay,
			[]string{"balticcrest.example"}, Stat{}, true, LevelHard, LevelLock},
		{"partner's second domain, plain newsletter", "news@kesslersteel-news.com", "kesslersteel-news.com", news,
			[]string{"kesslersteel.example"}, Stat{}, false, LevelWarn, ""},
		{"a known ordinary word, a plain newsletter", "news@nationwide-movers.com", "nationwide-movers.com", news,
			[]string{"nationwide.example"}, Stat{}, false, LevelWarn, ""},
		{"partner's name asking to sign in", "it@kesslersteel-portal.com", "kesslersteel-portal.com",
			"Your supplier portal password expires today. Sign in to keep your account.",
			[]string{"kesslersteel.example"}, Stat{}, true, LevelHard, ""},
		{"reader never dealt with the carrier", "tracking@balticcrest-customs.com", "balticcrest-customs.com", pay,
			[]string{"partner.example"}, Stat{}, false, LevelHard, ""},
		{"the domain has history here", "tracking@balticcrest-customs.com", "balticcrest-customs.com", pay,
			[]string{"balticcrest.example"}, est(), false, LevelHard, ""},
		{"a common compound name shared", "news@global-services.com", "global-services.com", news,
			[]string{"global-freight.example"}, Stat{}, false, LevelWarn, ""},
		{"our own name is not a partner's", "payroll@hartwell-payroll.com", "hartwell-payroll.com", news,
			[]string{"hartwell.example"}, Stat{}, false, LevelHard, ""},
		// A mail admin's first contacts from a domain wearing a
		// correspondent's one-word name, asking to pay or sign in: each is
		// what a BEC lure looks like too, so the link locks above warn
		// until someone here releases it or writes to the domain.
		{"a SaaS's billing domain asks to pay", "billing@zendesk-billing.com", "zendesk-billing.com",
			"Your invoice INV-20931 for $1,240.00 is due. Pay your invoice now to avoid suspension of your account.",
			[]string{"zendesk.com"}, Stat{}, true, LevelHard, LevelLock},
		{"a partner's regional domain sends an invoice", "accounts@contoso-uk.com", "contoso-uk.com",
			"Please find attached invoice 4471 for the October deliveries. Payment is due within 30 days to the bank account below.",
			[]string{"contoso.example"}, Stat{}, true, LevelHard, LevelLock},
		{"a known company's shop asks to pay for an order", "orders@northwind-store.com", "northwind-store.com",
			"Your order 10248 is awaiting payment. Complete your payment of $89.00 to ship your order.",
			[]string{"northwind.example"}, Stat{}, true, LevelHard, LevelLock},
		{"a known company's shop asks to sign in", "orders@northwind-store.com", "northwind-store.com",
			"Your order 10248 has shipped. Sign in to your account to track it.",
			[]string{"northwind.example"}, Stat{}, true, LevelHard, LevelLock},
		{"a known ordinary word asks to sign in", "alerts@nationwide-movers.com", "nationwide-movers.com",
			"Sign in to your account to confirm your moving date.",
			[]string{"nationwide.example"}, Stat{}, true, LevelHard, LevelLock},
		{"a partner's regional domain, a plain newsletter", "news@contoso-uk.com", "contoso-uk.com", news,
			[]string{"contoso.example"}, Stat{}, false, LevelWarn, ""},
		{"a known company's shop, a shipping notice", "orders@northwind-store.com", "northwind-store.com",
			"Good news: your order 10248 has shipped and will arrive on Thursday.",
			[]string{"northwind.example"}, Stat{}, false, LevelWarn, ""},
		// A receipt names a payment made, not one asked for, but "payment"
		// is intent_payment's cue either way (as in a refund lure's "we
		// received your payment"): the known cost of the rule, one
		// release for a shop's first receipt.
		{"a receipt for a payment made", "orders@northwind-store.com", "northwind-store.com",
			"Thank you for your order 10248. We have received your payment of $89.00; your receipt is below.",
			[]string{"northwind.example"}, Stat{}, true, LevelHard, LevelLock},
	} {
		in := partnerMail(tc.addr, "https://"+tc.domain+"/pay?ref=1", tc.domain, tc.domain, tc.text, tc.known...)
		in.Lead = tc.text
		in.History.SenderDomain = tc.sdom
		v := Score(p, in)
		codes := codesOf(v)
		if got := slices.Contains(codes, CodePartnerName); got != tc.fires {
			t.Errorf("%s: partner_name_domain = %v, want %v (%v)", tc.name, got, tc.fires, codes)
		}
		if tc.fires && v.Links[0].Lock && levelRank(v.Links[0].Level) > levelRank(tc.maxLevel) {
			t.Errorf("%s: locked at %s, want at most %s (%v)", tc.name, v.Links[0].Level, tc.maxLevel, codes)
		}
		if tc.minLevel != "" && (!v.Links[0].Lock || levelRank(v.Links[0].Level) < levelRank(tc.minLevel)) {
			t.Errorf("%s: %v lock=%v level %s, want at least %s (%v)", tc.name, v.Action, v.Links[0].Lock, v.Links[0].Level, tc.minLevel, codes)
		}
	}
}

// A link to a never-seen domain carrying a correspondent's name is
// evidence whoever sends it when its words ask to pay or sign in, except
// the sender's own name (its second domain, sender_own_domain's to
// judge) and a domain linked here before.
func TestPartnerNameLink(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, addr, domain string
		seen               Stat
		fires              bool
		text               string // "": the open invoices to pay
	}{
		{"stranger links the supplier's name", "billing@invoices-hub.example", "kesslersteel-billing.net", Stat{}, true, ""},
		{"stranger links the supplier's name, asking nothing", "news@invoices-hub.example", "kesslersteel-billing.net", Stat{}, false,
			"The autumn catalogue is in the document below."},
		{"the supplier links its own second domain", "d.kessler@kesslersteel.example", "kesslersteel-billing.net", Stat{}, false, ""},
		{"the domain was linked here before", "billing@invoices-hub.example", "kesslersteel-billing.net", est(), false, ""},
		{"an unrelated new domain", "billing@invoices-hub.example", "steel-billing.net", Stat{}, false, ""},
		{"a preview on a shared host", "billing@invoices-hub.example", "kesslersteel-docs.netlify.app", Stat{}, false, ""},
	} {
		text := tc.text
		if text == "" {
			text = "Your payment is overdue: pay the open invoices in the document below by wire transfer."
		}
		in := partnerMail(tc.addr, "https://"+tc.domain+"/view", tc.domain, tc.domain, text, "kesslersteel.example", "partner.example")
		in.History.Domains = map[string]Stat{tc.domain: tc.seen}
		v := Score(p, in)
		var got bool
		for _, r := range v.Links[0].Reasons {
			got = got || r.Code == CodePartnerName
		}
		if got != tc.fires {
			t.Errorf("%s: link partner_name_domain = %v, want %v (%v)", tc.name, got, tc.fires, codesOf(v))
		}
	}
}

// The sender's evidence is about the message: a colleague's history of
// the correspondent counts for a message to both, whichever is named
// first, and takes away the own-site credit of the sender's link
// (dishonest); a message to the colleague who never dealt with it alone
// gets none.
func TestPartnerNameAcrossRecipients(t *testing.T) {
	p := testPolicy()
	in := partnerMail("tracking@balticcrest-customs.com", "https://balticcrest-customs.com/pay", "balticcrest-customs.com",
		"balticcrest-customs.com", "Pay the customs fee now.", "balticcrest.example")
	in.History.Recipients["carol@corp.example"] = RecipientHistory{Recipient: est(), Known: []string{"partner.example"}}
	for _, tc := range []struct {
		rcpts []string
		fires bool
	}{
		{[]string{"carol@corp.example", "bob@corp.example"}, true},
		{[]string{"bob@corp.example", "carol@corp.example"}, true},
		{[]string{"carol@corp.example"}, false},
	} {
		in.Recipients = tc.rcpts
		codes := codesOf(Score(p, in))
		if slices.Contains(codes, CodePartnerName) != tc.fires || slices.Contains(codes, CodeSenderOwnDomain) == tc.fires {
			t.Errorf("%v: partner_name_domain want %v (and sender_own_domain not), got %v", tc.rcpts, tc.fires, codes)
		}
	}
}
