package scoring

import "testing"

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
