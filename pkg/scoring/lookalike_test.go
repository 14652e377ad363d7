package scoring

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestConfusableEdit(t *testing.T) {
	for _, tc := range []struct {
		name, a, p string
		want       bool
	}{
		{"similar glyph", "paypa1.com", "paypal.com", true},
		{"similar glyph i for l", "globex-iogistics.com", "globex-logistics.com", true},
		{"transposition", "paypla.com", "paypal.com", true},
		{"doubled letter added", "amazzon.com", "amazon.com", true},
		{"doubled letter dropped", "gogle.com", "google.com", true},
		{"hyphen added", "micro-soft.com", "microsoft.com", true},
		{"digit for digit", "shop07.example", "shop02.example", false},
		{"letter dropped", "ubsenergy.com", "ubswenergy.com", false},
		{"unlike letters", "cooking.com", "booking.com", false},
		{"two edits", "paypla1.com", "paypal.com", false},
		{"same", "paypal.com", "paypal.com", false},
		{"two swapped apart", "yappal.com", "paypal.com", false},
		{"zero for o", "micr0soft.com", "microsoft.com", true},
		{"one for i", "s1gnin.example", "signin.example", true},
		// letters of another shape make another name, not a misreading
		{"o for a", "chose.com", "chase.com", false},
		{"a for o", "vodafane.com", "vodafone.com", false},
		{"e for c", "adobc.com", "adobe.com", false},
		{"o for e", "adobo.com", "adobe.com", false},
		{"v for u", "revolvt.com", "revolut.com", false},
		{"y for v", "yerizon.com", "verizon.com", false},
		{"m for n", "amazom.com", "amazon.com", false},
		{"h for n", "hetflix.com", "netflix.com", false},
		{"q for g", "qoogle.com", "google.com", false},
		{"p for q", "pantas.com", "qantas.com", false},
		{"d for b", "dropdox.com", "dropbox.com", false},
		{"h for b", "hooking.com", "booking.com", false},
		{"j for i", "fjdelity.com", "fidelity.com", false},
		// a digit drawn like the letter it stands for makes no other word
		{"six for b", "6arclays.co.uk", "barclays.co.uk", true},
		{"five for s", "5hopify.com", "shopify.com", true},
		{"two for z", "ama2on.com", "amazon.com", true},
		{"nine for g", "9oogle.com", "google.com", true},
		{"seven for t", "s7ripe.com", "stripe.com", true},
		{"a digit of another shape", "s4ripe.com", "stripe.com", false},
	} {
		if got := confusableEdit(tc.a, tc.p); got != tc.want {
			t.Errorf("%s: confusableEdit(%q, %q) = %v, want %v", tc.name, tc.a, tc.p, got, tc.want)
		}
	}
}

func TestHistoryLookalike(t *testing.T) {
	tb := data()
	for _, tc := range []struct {
		name, a, p string
		want       bool
	}{
		{"rn for m", "rnorgan-trade.com", "morgan-trade.com", true},
		{"transposed", "partenr.example", "partner.example", true},
		{"similar glyph", "partner-1ogistics.example", "partner-logistics.example", true},
		{"another name by one digit", "shop07.example", "shop02.example", false},
		{"a letter dropped", "partnr.example", "partner.example", false},
		{"short label", "acne.example", "acme.example", false},
		{"itself", "partner.example", "partner.example", false},
		{"another letter", "chose.com", "chase.com", false},
		// only the registrable label is compared: an edit in the public
		// suffix is another country's site, and the same name under another
		// suffix is no misspelling
		{"edit in the suffix", "canada.co", "canada.ca", false},
		{"glyph edit in the suffix", "partner.al", "partner.ai", false},
		{"letter edit in the suffix", "vodafone.be", "vodafone.de", false},
		{"same name, another suffix", "partner.de", "partner.example", false},
		{"confusable glyph, another suffix", "partner-1ogistics.de", "partner-logistics.example", true},
		{"skeleton, another suffix", "rnorgan-trade.de", "morgan-trade.com", true},
		// a swapped or doubled letter counts under the same suffix only
		{"doubled letter, another suffix", "partnner.de", "partner.example", false},
		{"swap, another suffix", "appel.nl", "apple.com", false},
		{"swap, same suffix", "appel.com", "apple.com", true},
		// a digit drawn like the letter it replaces (5 for s, 6 for b, 2
		// for z, 9 for g, 7 for t) makes no other name
		{"5 for s", "acme-5upply.com", "acme-supply.com", true},
		{"6 for b", "contoso6ank.com", "contosobank.com", true},
		{"9 for g, another suffix", "northwind-lo9istics.de", "northwind-logistics.com", true},
		{"9 for g", "fabrikam-9roup.com", "fabrikam-group.com", true},
		{"2 for z, another suffix", "fabri2am.de", "fabrizam.com", true},
	} {
		if got := historyLookalike(tb.skeleton, tc.a, tb.skeleton(tc.a), tc.p); got != tc.want {
			t.Errorf("%s: historyLookalike(%q, %q) = %v, want %v", tc.name, tc.a, tc.p, got, tc.want)
		}
	}
}

func TestRegistrableName(t *testing.T) {
	for _, tc := range []struct {
		name, d string
		want    bool
	}{
		{"ordinary", "example.com", true},
		{"punycode", "xn--pypal-4ve.com", true},
		{"reserved test name", "shop.example", true},
		{"junk character", "!example.com", false},
		{"truncated top-level label", "example.c", false},
		{"no dot", "localhost", false},
	} {
		if got := registrableName(tc.d); got != tc.want {
			t.Errorf("%s: registrableName(%q) = %v, want %v", tc.name, tc.d, got, tc.want)
		}
	}
}

// Two known domains that happen to be alike are not an attack: a link
// domain with history of its own, or the sender's own domain when the
// sender domain has history, is no lookalike of a domain in the
// recipient's history. A new domain that is a confusable near miss is:
// when it is also the sender's domain, that is said once, at the sender
// (sender_lookalike), not again at the link.
func TestKnownDomainNoLookalike(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name   string
		domain string
		stat   Stat
		sdom   Stat // history of the sender domain, which is the link domain
		want   bool
	}{
		{"new confusable domain", "shop-0nline.example", Stat{}, Stat{}, true},
		{"confusable domain with history of its own", "shop-0nline.example", Stat{Messages: 12, Days: 8, Senders: 1}, Stat{}, false},
		{"confusable domain vouched", "shop-0nline.example", Stat{Messages: 1, Days: 1, Senders: 1, Vouched: 1}, Stat{}, true},
		{"own domain of a sender domain with history", "shop-0nline.example", Stat{}, est(), false},
		{"own domain of a new sender domain", "shop-0nline.example", Stat{}, Stat{}, true},
	} {
		in := newInput()
		in.FromAddr, in.MailFrom = "news@"+tc.domain, "news@"+tc.domain
		in.Links[0] = web("https://www."+tc.domain+"/offer", "www."+tc.domain, tc.domain)
		in.History.SenderDomain = tc.sdom
		in.History.Domains = map[string]Stat{tc.domain: tc.stat}
		in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {Known: []string{"shop-online.example"}}}
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeLookalike) || hasReason(v.Reasons, CodeSenderLook); got != tc.want {
			t.Errorf("%s: lookalike %v, want %v (%v)", tc.name, got, tc.want, v.Links[0].Reasons)
		}
	}
}

// brand_in_subject: a subject naming a shipped brand, with a link to a
// place no brand's mail links (a bare IP address, free hosting, an abused
// TLD) on a domain new here. Not for a shortener, a new ordinary domain, a
// brand's own domain, a subject naming no brand, an established place, or
// free hosting in the brand's own mail (its own platform).
func TestBrandInSubject(t *testing.T) {
	ip := web("http://203.0.113.5/login", "203.0.113.5", "203.0.113.5")
	ip.Flags |= links.FlagIPLiteral
	for _, tc := range []struct {
		name, subject string
		link          links.Link
		known         bool // the link's domain is established here
		want          bool
	}{
		{"brand, bare IP", "PayPal: your account is limited", ip, false, true},
		{"brand, free hosting", "Your eBay account", web("https://ebay-help.weebly.com/", "ebay-help.weebly.com", "weebly.com"), false, true},
		{"brand, abused TLD", "Netflix payment failed", web("https://billing-update.top/", "billing-update.top", "billing-update.top"), false, true},
		{"brand, shortener", "Netflix payment failed", web("https://bit.ly/abc", "bit.ly", "bit.ly"), false, false},
		{"brand, new ordinary domain", "Netflix payment failed", web("https://billing-update.example/", "billing-update.example", "billing-update.example"), false, false},
		{"brand's own domain", "PayPal receipt", web("https://www.paypal.com/x", "www.paypal.com", "paypal.com"), false, false},
		{"no brand named", "Your account is limited", ip, false, false},
		{"established place", "PayPal: your account is limited", ip, true, false},
		{"brand's name on an abused TLD", "PayPal: your account is limited", web("https://paypal.top/", "paypal.top", "paypal.top"), false, true},
		{"the brand's own mail about a site on its platform", "[GitHub] Your site is live", web("https://ana.github.io/", "ana.github.io", "github.io"), false, false},
	} {
		in := newInput()
		in.Subject, in.Links = tc.subject, []links.Link{tc.link}
		if strings.HasPrefix(tc.subject, "[GitHub]") {
			in.FromAddr, in.MailFrom = "noreply@github.com", "noreply@github.com"
		}
		if tc.known {
			in.History.Domains = map[string]Stat{tc.link.Domain: withOutbound(est())}
		}
		v := Score(testPolicy(), in)
		got := slices.ContainsFunc(v.Links[0].Reasons, func(r Reason) bool { return r.Code == CodeBrandSubject })
		if got != tc.want {
			t.Errorf("%s: brand_in_subject %v, want %v (%v)", tc.name, got, tc.want, v.Links[0].Reasons)
		}
	}
}

// brand_sender_elsewhere: mail from a shipped brand's own domain asking to
// sign in or pay at a domain new here that is no brand's. Not when a
// trusted verifier vouched for the From, for the brand's own or another
// brand's site, a shortener, our own domain, an established domain, mail
// that asks nothing, a sender that is no brand, or a free mail brand.
func TestBrandSenderElsewhere(t *testing.T) {
	const ask = "Your account has been limited. Please sign in to verify your account and restore access:"
	lure := web("https://paypal-help.example/signin", "paypal-help.example", "paypal-help.example")
	for _, tc := range []struct {
		name, from, context string
		link                links.Link
		pass, known         bool // a verifier vouched for the From; the link's domain is established here
		want                bool
	}{
		{"brand asks elsewhere", "service@paypal.com", ask, lure, false, false, true},
		{"brand asks for a payment elsewhere", "billing@netflix.com", "Your payment failed. Update your billing information:", web("https://203.0.113.9/pay", "203.0.113.9", "203.0.113.9"), false, false, true},
		{"a verifier vouched for the brand", "service@paypal.com", ask, lure, true, false, false},
		{"the brand's own site", "service@paypal.com", ask, web("https://www.paypal.com/signin", "www.paypal.com", "paypal.com"), false, false, false},
		{"another brand's site", "service@paypal.com", ask, web("https://login.microsoftonline.com/", "login.microsoftonline.com", "microsoftonline.com"), false, false, false},
		{"a shortener", "service@paypal.com", ask, web("https://bit.ly/abc", "bit.ly", "bit.ly"), false, false, false},
		{"our own domain", "service@paypal.com", ask, web("https://sso.corp.example/", "sso.corp.example", "corp.example"), false, false, false},
		{"established domain", "service@paypal.com", ask, lure, false, true, false},
		{"asks nothing", "service@paypal.com", "Read about our new features:", lure, false, false, false},
		{"a lone sign in", "service@paypal.com", "Sign in:", lure, false, false, false},
		{"no brand", "service@shop-new.example", ask, lure, false, false, false},
		{"free mail brand", "someone@gmail.com", ask, lure, false, false, false},
		{"a billing service's name asking to sign in elsewhere", "invoice+statements@stripe.com", ask, lure, false, false, true},
		{"a brand's billing relay asking to sign in elsewhere", "quickbooks@notification.intuit.com", ask, lure, false, false, true},
		{"a billing service sending for a merchant", "invoice+statements@stripe.com", "Your invoice from Moss & Wick is due. Pay the invoice payment online:", web("https://pay.mossandwick.example/inv/77", "pay.mossandwick.example", "mossandwick.example"), false, false, false},
	} {
		in := newInput()
		in.FromAddr, in.MailFrom, in.FromName = tc.from, tc.from, ""
		in.AuthChecked, in.AuthPass = tc.pass, tc.pass
		tc.link.Context = tc.context
		in.Links = []links.Link{tc.link}
		if tc.known {
			in.History.Domains = map[string]Stat{tc.link.Domain: withOutbound(est())}
		}
		v := Score(testPolicy(), in)
		got := hasReason(v.Links[0].Reasons, CodeBrandSender)
		if got != tc.want {
			t.Errorf("%s: brand_sender_elsewhere %v, want %v (%v)", tc.name, got, tc.want, v.Links[0].Reasons)
		}
		if got && v.Links[0].Level == LevelWarn {
			t.Errorf("%s: locked at warn, want above it (%v)", tc.name, v.Links[0].Reasons)
		}
	}
}

// brandIndex.named reads a subject's ASCII words (letters and digits,
// any case) without allocating, finding the first that is a brand token.
func FuzzBrandNamed(f *testing.F) {
	f.Add("PayPal: your account")
	f.Add("Re: [eBay] ÉBAY ebay-paypal \u212Araken")
	tb := data()
	f.Fuzz(func(t *testing.T, s string) {
		want := ""
		words := strings.FieldsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf || !isWordByte(byte(r)) })
		for _, w := range words {
			w = strings.ToLower(w)
			if d, ok := tb.brands.tokens[w]; ok {
				want = d
				break
			}
		}
		if got := tb.brands.named(s); got != want {
			t.Fatalf("named(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestMemo: a message's memo finds each answer it keeps, in place and
// past its room in place, and nothing for a key it was not given.
func TestMemo(t *testing.T) {
	var c memo[lookKey, string]
	n := len(c.keys) + 3
	for i := range n {
		k := lookKey{domain: fmt.Sprintf("d%d.example", i), novel: 1}
		if _, ok := c.find(k); ok {
			t.Fatalf("key %d found before it was kept", i)
		}
		c.keep(k, k.domain)
	}
	for i := range n {
		k := lookKey{domain: fmt.Sprintf("d%d.example", i), novel: 1}
		if v, ok := c.find(k); !ok || v != k.domain {
			t.Errorf("key %d: got %q, %v", i, v, ok)
		}
		if k.novel = 0.5; func() bool { _, ok := c.find(k); return ok }() {
			t.Errorf("key %d with another novelty found", i)
		}
	}
}

// TestLookalikeNamesSibling: when brands.txt lists a brand's name under
// several suffixes (amazon.com, amazon.co.uk, amazon.de), the sentence of
// a lookalike, of a link or a sender, names the brand domain under the
// lookalike's own suffix, the site it imitates; under a suffix the list
// does not give, the first listed.
func TestLookalikeNamesSibling(t *testing.T) {
	for _, tc := range []struct {
		name, domain, want string
	}{
		{"rn for m, .de", "arnazon.de", "amazon.de"},
		{"rn for m, .co.uk", "arnazon.co.uk", "amazon.co.uk"},
		{"rn for m, .com", "arnazon.com", "amazon.com"},
		{"rn for m, a suffix not listed", "arnazon.fr", "amazon.com"},
		{"a confusable glyph, .de", "vodaf0ne.de", "vodafone.de"},
		{"a digit drawn as the letter, .co.uk", "5antander.co.uk", "santander.co.uk"},
		{"another letter is no lookalike", "amazom.de", ""},
		{"a doubled letter, .de", "amazzon.de", "amazon.de"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := newInput()
			link.Links[0] = web("https://www."+tc.domain+"/order", "www."+tc.domain, tc.domain)
			if got := reasonText(Score(testPolicy(), link).Links[0].Reasons, CodeLookalike); !sentenceNames(got, tc.domain, tc.want) {
				t.Errorf("link to %s: %q, want it to name %q", tc.domain, got, tc.want)
			}
			sender := newInput()
			sender.FromAddr, sender.MailFrom = "orders@"+tc.domain, "orders@"+tc.domain
			if got := reasonText(Score(testPolicy(), sender).Reasons, CodeSenderLook); !sentenceNames(got, tc.domain, tc.want) {
				t.Errorf("sender at %s: %q, want it to name %q", tc.domain, got, tc.want)
			}
		})
	}
}

// reasonText is the sentence of the reason with code in rs, or "".
func reasonText(rs []Reason, code string) string {
	for _, r := range rs {
		if r.Code == code {
			return r.Text
		}
	}
	return ""
}

// sentenceNames: a lookalike's sentence s says that domain looks like
// want and names no other brand domain; want "" means no sentence.
func sentenceNames(s, domain, want string) bool {
	if want == "" {
		return s == ""
	}
	return strings.Contains(s, domain+" looks like "+want+" ")
}
