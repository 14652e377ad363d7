package scoring

import "testing"

// TestWidelyPhishedBrands: the brands public advisories name most often
// are shipped (brands.txt), by the domain their own mail and pages use;
// a distinctive name is a token that brand_in_domain finds in a foreign
// host, and a common word ("indeed", "orange", "wise") is none.
func TestWidelyPhishedBrands(t *testing.T) {
	d := data()
	for _, dom := range []string{
		"dhl.com", "dhl.de", "fedex.com", "ups.com", "usps.com", "royalmail.com", "laposte.fr",
		"amazon.com", "netflix.com", "microsoft.com", "microsoft365.com", "office.com", "outlook.com",
		"onedrive.com", "sharepoint.com", "google.com", "apple.com", "icloud.com", "paypal.com",
		"docusign.com", "dropbox.com", "adobe.com", "linkedin.com", "wetransfer.com", "coinbase.com",
		"binance.com", "facebook.com", "meta.com", "instagram.com", "whatsapp.com", "booking.com",
		"airbnb.com", "steampowered.com", "roblox.com", "chase.com", "wellsfargo.com",
		"bankofamerica.com", "citi.com", "hsbc.com", "barclays.co.uk", "santander.com", "ing.com",
		"ing.nl", "ing.de", "intesasanpaolo.com", "deutsche-bank.de", "sparkasse.de", "commbank.com.au",
		"revolut.com", "wise.com", "transferwise.com", "att.com", "verizon.com", "xfinity.com",
		"orange.fr", "vodafone.com", "telekom.de", "mcafee.com", "godaddy.com",
		"namecheap.com", "cpanel.net", "zoom.us", "zoom.com", "slack.com", "okta.com", "intuit.com",
		"quickbooks.com", "stripe.com", "shopify.com", "ebay.com", "walmart.com", "costco.com",
		"indeed.com", "irs.gov", "hmrc.gov.uk", "ato.gov.au", "canada.ca",
		"coupa.com", "coupahost.com",
	} {
		if !d.brands.exact[dom] {
			t.Errorf("brands.txt lacks %s", dom)
		}
	}
	w := DefaultWeights()
	for _, tc := range []struct {
		host, domain string
		want         bool
	}{
		{"revolut-verify.example", "revolut-verify.example", true},
		{"roblox-free-robux.example", "roblox-free-robux.example", true},
		{"laposte.colis-suivi.example", "colis-suivi.example", true},
		{"godaddy-renewal.example", "godaddy-renewal.example", true},
		{"mcafee-subscription.example", "mcafee-subscription.example", true},
		{"intesasanpaolo-sicurezza.example", "intesasanpaolo-sicurezza.example", true},
		// a procurement platform's name in a lure's host, not its
		// customers' hosts on its own domain, nor a word holding its letters
		{"coupa-supplierportal.example", "coupa-supplierportal.example", true},
		{"pellag.coupahost.com", "coupahost.com", false},
		{"coupang-deals.example", "coupang-deals.example", false},
		// common words are no tokens
		{"indeed-careers.example", "indeed-careers.example", false},
		{"orange-grove.example", "orange-grove.example", false},
		{"wise-owl-books.example", "wise-owl-books.example", false},
		{"norton-family-dental.example", "norton-family-dental.example", false},
	} {
		_, got := brandInDomain(&w, d, tc.host, tc.domain, 1)
		if got != tc.want {
			t.Errorf("brandInDomain(%s) = %v, want %v", tc.host, got, tc.want)
		}
	}
}

// TestBrandsNoOrdinaryNearMiss: a shipped brand whose name is a common
// surname or word would make the ordinary names one confusable edit away
// lookalikes, locked at lock wherever a stranger links them (morton.com
// and horton.com one glyph from norton.com). Each row is an ordinary
// name next to a brand the list might carry; the brand must not be
// shipped, or its near miss must not count.
func TestBrandsNoOrdinaryNearMiss(t *testing.T) {
	d := data()
	for _, dom := range []string{"morton.com", "horton.com", "wiser.com", "metal.com", "orangs.com", "indeedy.com"} {
		if b, ok := d.brands.nearConfusable(dom, d.skeleton(dom)); ok {
			t.Errorf("%s is a near miss of the brand %s", dom, b)
		}
	}
}

// TestBrandNearMissLabel: a brand's near miss is a confusable spelling of
// its registrable label: the same skeleton, or one confusable glyph (1 for
// l, 0 for o) under any public suffix, or two neighbours swapped or a
// doubled letter under the brand's own suffix. An edit of another kind (o for
// a: chose.com and chase.com are two names), an edit in the suffix
// (canada.co, vodafone.be: a country's site) and the brand's name under
// another suffix (vodafone.nl) are none. The brand named is the one
// listed under the near miss's suffix, when there is one (vodafone.de).
func TestBrandNearMissLabel(t *testing.T) {
	d := data()
	for _, tc := range []struct {
		domain, uni string // the ASCII domain and its Unicode form ("" if the same)
		want        string // the brand imitated, or ""
	}{
		{"chose.com", "", ""},
		{"chasc.com", "", ""},
		{"canada.co", "", ""},
		{"canada.cc", "", ""},
		{"vodafone.be", "", ""},
		{"vodafone.nl", "", ""},
		{"paypal.de", "", ""},
		{"amazom.com", "", ""},
		{"dropdox.com", "", ""},
		{"paypa1.com", "", "paypal.com"},
		{"paypa1.de", "", "paypal.com"},
		{"rnicrosoft.com", "", "microsoft.com"},
		{"rnicrosoft.net", "", "microsoft.com"},
		{"paypla.com", "", "paypal.com"},
		{"paypall.com", "", "paypal.com"},
		{"vodafnoe.de", "", "vodafone.de"},
		{"vodaf0ne.de", "", "vodafone.de"}, // the name listed under its own suffix
		// a digit drawn like the letter it replaces makes no other name
		{"cha5e.com", "", "chase.com"},
		{"micro5oft.com", "", "microsoft.com"},
		{"5antander.com", "", "santander.com"},
		{"goo9le.com", "", "google.com"},
		{"ne7flix.com", "", "netflix.com"},
		{"ado6e.com", "", "adobe.com"},
		{"ama2on.de", "", "amazon.de"},
		// a swapped or doubled letter under another suffix is as often a
		// word of that country's language
		{"paypall.co.uk", "", ""},
		{"chasse.fr", "", ""},
		{"appel.nl", "", ""},
		{"xn--pypal-4ve.de", "p\u0430ypal.de", "paypal.com"},
	} {
		uni := tc.uni
		if uni == "" {
			uni = tc.domain
		}
		b, _ := d.brands.nearConfusable(tc.domain, d.skeleton(uni))
		if b != tc.want {
			t.Errorf("nearConfusable(%s) = %q, want %q", tc.domain, b, tc.want)
		}
	}
}

// TestBrandIndexMatchesScan: the brand index (skeletons and deletion
// neighbourhoods of labels) finds a near miss exactly when a scan of every
// brand by historyLookalike's rule does, for spellings one edit from each
// brand's label under its own suffix and under another.
func TestBrandIndexMatchesScan(t *testing.T) {
	d := data()
	skels := map[string]string{}
	skeleton := func(s string) string {
		if k, ok := skels[s]; ok {
			return k
		}
		skels[s] = d.skeleton(s)
		return skels[s]
	}
	scan := func(c string) bool {
		if l, _ := label(c); d.brands.labels[l] {
			return false
		}
		cs := d.skeleton(c)
		for _, b := range d.brands.domains {
			if historyLookalike(skeleton, c, cs, b) {
				return true
			}
		}
		return false
	}
	n := 0
	for _, b := range d.brands.domains {
		l, suffix := label(b)
		for _, lab := range oneEdits(l) {
			for _, s := range []string{suffix, "de"} {
				c := lab + "." + s
				_, got := d.brands.nearConfusable(c, d.skeleton(c))
				if want := scan(c); got != want {
					t.Errorf("nearConfusable(%s) = %v, scan says %v", c, got, want)
				}
				if got {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no spelling was a near miss")
	}
}

// oneEdits returns the spellings one edit from s: each letter dropped,
// doubled or replaced by a look-alike or another letter (a), and each pair
// of neighbours swapped.
func oneEdits(s string) []string {
	var out []string
	for i := range len(s) {
		out = append(out, s[:i]+s[i+1:], s[:i+1]+s[i:])
		for _, c := range "l1o0a5s" {
			out = append(out, s[:i]+string(c)+s[i+1:])
		}
		if i+1 < len(s) {
			out = append(out, s[:i]+s[i+1:i+2]+s[i:i+1]+s[i+2:])
		}
	}
	return out
}

// TestBrandNamedUnderSuffix: brand_name_mismatch and brand_in_domain name
// the brand's listed site under the sender's or the domain's own suffix
// (amazon.de, amazon.co.uk), the brand's first listed domain where the
// list has none there (paypal.com for a .de domain) or the suffix is
// the brand's own.
func TestBrandNamedUnderSuffix(t *testing.T) {
	d := data()
	w := DefaultWeights()
	for _, tc := range []struct {
		name string
		e    func() (evid, bool)
		want string
	}{
		{"a sender name under .de", func() (evid, bool) { return brandName(&w, d, "Amazon Kundenservice", "amazon-konto.de", false, Stat{}) }, "amazon.de"},
		{"a sender name under .co.uk", func() (evid, bool) { return brandName(&w, d, "Amazon", "amazon-help.co.uk", false, Stat{}) }, "amazon.co.uk"},
		{"a sender name under .com", func() (evid, bool) { return brandName(&w, d, "Amazon", "amazon-help.com", false, Stat{}) }, "amazon.com"},
		{"a sender name, no sibling listed", func() (evid, bool) { return brandName(&w, d, "PayPal", "paypal-konto.de", false, Stat{}) }, "paypal.com"},
		{"a domain under .de", func() (evid, bool) { return brandInDomain(&w, d, "login.amazon-konto.de", "amazon-konto.de", 1) }, "amazon.de"},
		{"a domain under .co.uk", func() (evid, bool) { return brandInDomain(&w, d, "amazon-refund.co.uk", "amazon-refund.co.uk", 1) }, "amazon.co.uk"},
		{"a domain, no sibling listed", func() (evid, bool) { return brandInDomain(&w, d, "paypal-konto.de", "paypal-konto.de", 1) }, "paypal.com"},
	} {
		e, ok := tc.e()
		got := e.b
		if e.code == CodeBrandName {
			got = e.a
		}
		if !ok || got != tc.want {
			t.Errorf("%s: %v %+v, want the brand named %s", tc.name, ok, e, tc.want)
		}
	}
}
