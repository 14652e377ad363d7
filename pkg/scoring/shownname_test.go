package scoring

import "testing"

// TestShownName: the name rules read a display name as its letters show:
// fullwidth, mathematical and accented spellings of a brand, of our own
// name or of a domain count as the plain ones do; the brand's own mail,
// names in other scripts and plain names are judged as before.
func TestShownName(t *testing.T) {
	for _, tc := range []struct {
		name, from, addr string
		code             string
		want             bool
	}{
		{"fullwidth brand", "Ｄｏｃｕｓｉｇｎ", "dse@esign-notify.example", CodeBrandName, true},
		{"mathematical bold brand", "𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭 365", "no-reply@account-notice.example", CodeBrandName, true},
		{"mathematical sans-serif brand", "𝖯𝖺𝗒𝖯𝖺𝗅", "service@pp-notice.example", CodeBrandName, true},
		{"accented brand", "Amazôn Customer Service", "help@order-notice.example", CodeBrandName, true},
		{"plain brand", "PayPal", "service@pp-notice.example", CodeBrandName, true},
		{"procurement platform's name elsewhere", "Coupa Supplier Portal", "do_not_reply@coupa-supplierportal.example", CodeBrandName, true},
		{"procurement platform's customer host", "Coupa Supplier Portal", "do_not_reply@pellag.coupahost.com", CodeBrandName, false},
		{"fullwidth brand from the brand", "ＰａｙＰａｌ", "service@paypal.com", CodeBrandName, false},
		{"a person's accented name", "Zoë Brontë", "zoe@shop-new.example", CodeBrandName, false},
		{"a Japanese company", "株式会社サンプル", "info@shop-new.example", CodeBrandName, false},
		{"fullwidth own name", "Ｃｏｒｐ Payroll", "payroll@pay-notices.example", CodeOrgInName, true},
		{"mathematical own name", "𝐂𝐨𝐫𝐩 IT Desk", "it@pay-notices.example", CodeOrgInName, true},
		{"fullwidth domain in the name", "ｐａｙｐａｌ．ｃｏｍ", "service@pp-notice.example", CodeNameDomain, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := newInput()
			in.FromName, in.FromAddr, in.MailFrom = tc.from, tc.addr, tc.addr
			in.Subject = "Your statement"
			v := Score(testPolicy(), in)
			if got := hasReason(v.Links[0].Reasons, tc.code); got != tc.want {
				t.Errorf("%q: %s %v, want %v\n%v", tc.from, tc.code, got, tc.want, v.Links[0].Reasons)
			}
		})
	}
}

// FuzzShownName: shownName never panics, returns an ASCII name as it is,
// and is what it gives for its own output (a second fold changes nothing).
func FuzzShownName(f *testing.F) {
	for _, s := range []string{"PayPal", "Ｄｏｃｕｓｉｇｎ", "𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭", "Zoë", "株式会社", "\u0301a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := shownName(s)
		if isASCII(s) && got != s {
			t.Fatalf("%q: ASCII changed to %q", s, got)
		}
		if again := shownName(got); again != got {
			t.Fatalf("%q: %q, then %q", s, got, again)
		}
	})
}
