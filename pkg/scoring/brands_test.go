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
// its registrable label (the same skeleton, or one confusable edit: a
// similar glyph such as 1 for l or 0 for o, two neighbours swapped, a
// doubled letter), under any public suffix. An edit of another kind (o for
// a: chose.com and chase.com are two names), an edit in the suffix
// (canada.co, vodafone.be: a country's site) and the brand's name under
// another suffix (vodafone.nl) are none.
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
		{"paypall.co.uk", "", "paypal.com"},
		{"vodaf0ne.de", "", "vodafone.com"},
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
