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
