package scoring

import (
	"net/url"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// shownLink is a web link to rawURL whose anchor text is display; the
// text's host is what links.checkDisplay would take from it.
func shownLink(t *testing.T, rawURL, display string) links.Link {
	t.Helper()
	u, err := url.Parse(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	host := strings.ToLower(u.Hostname())
	l := web(rawURL, host, registrable(host))
	l.Scheme = u.Scheme
	l.Display = display
	shown := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(display), "https://"), "http://")
	if i := strings.IndexAny(shown, "/ "); i >= 0 {
		shown = shown[:i]
	}
	if strings.Contains(shown, ".") {
		l.DisplayHost = shown
	}
	return l
}

// TestDisplayOfOwnSiteShapes: a newsletter's link through a mailing
// service's click tracker that shows the sender's own site keeps half a
// display mismatch; a lure that shows the sender's sign-in address, or a
// one-off link to a directory of an unrelated site, gets the full weight.
func TestDisplayOfOwnSiteShapes(t *testing.T) {
	full := DefaultWeights().DisplayMismatch
	type lk struct{ url, display string }
	tests := []struct {
		name, from string
		links      []lk // the first is the one judged
		want       float64
	}{
		// Real newsletter shapes (made-up identifiers in each service's format).
		{"mailchimp click", "news@shop-new.example", []lk{
			{"https://shopnew.us5.list-manage.com/track/click?u=2b5f8a41c3e6d7f90a1b2c3d4&id=9a3f0c12de&e=4d2c1b0a9f", "www.shop-new.example"},
		}, full / 2},
		{"sendgrid click", "hello@shop-new.example", []lk{
			{"https://u1234567.ct.sendgrid.net/ls/click?upn=u001.ZQ4lBNk5Ld4aRSA1Yq6-2BDmXtGv8bW0Ej3kLmN7pQ-3D-3D", "https://www.shop-new.example/"},
		}, full / 2},
		{"constant contact click", "events@club-new.example", []lk{
			{"https://r20.rs6.net/tn.jsp?f=001Xq9vK3mZ7bT2wR8yN5cL1dH6gF4jA0sE&c=Ab&ch=Cd", "club-new.example/events"},
		}, full / 2},
		{"klaviyo click", "hello@roasters-new.example", []lk{
			{"https://trk.klclick.com/ls/click?upn=u001.3fa85f64-5717-4562-b3fc-2c963f66afa6", "www.roasters-new.example"},
		}, full / 2},
		{"campaign monitor, letters only, one click host for most links", "news@shop-new.example", []lk{
			{"https://shopnew.createsend1.com/t/r-l-jhdukltd-ohtyijdkr-y/", "www.shop-new.example"},
			{"https://shopnew.createsend1.com/t/r-l-jhdukltd-ohtyijdkr-j/", "Spring collection"},
			{"https://shopnew.createsend1.com/t/r-l-jhdukltd-ohtyijdkr-t/", "Store finder"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full / 2},
		{"a shop's contact form at a relay", "orders@shop-new.example", []lk{
			{"https://form.jotform.com/shopnew/contact", "www.shop-new.example/contact"},
		}, full / 2},
		{"newsletter showing an article of its site", "news@shop-new.example", []lk{
			{"https://shopnew.us5.list-manage.com/track/click?u=2b5f8a41c3e6d7f90a1b2c3d4&id=77aa0c12de&e=4d2c1b0a9f", "www.shop-new.example/spring-sale"},
		}, full / 2},

		// Trackers whose identifiers are short pieces or numbers, one
		// tracked link in a transactional letter (no host carries most).
		{"emma click, short mixed pieces", "orders@shop-new.example", []lk{
			{"https://e2ma.net/click/2t9sjd/7mhc8kc/6xx8bz", "www.shop-new.example"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full / 2},
		{"pardot click, numeric ids", "news@shop-new.example", []lk{
			{"https://go.pardot.com/e/812345/spring-newsletter/5kq2bn/1234567890", "www.shop-new.example"},
		}, full / 2},
		{"list server click, numeric ids", "news@club-new.example", []lk{
			{"http://clicks.lists-esp.example/t/1234567/87654321/123456/0/", "club-new.example/events"},
		}, full / 2},
		{"icontact-like relay, numeric query ids", "news@club-new.example", []lk{
			{"https://click.icptrack.com/icp/relay.php?r=12345678&msgid=876543&act=11AB&c=1234567", "www.club-new.example"},
		}, full / 2},

		// A service's sign-in address through its tracking mailer (a
		// password reset sent with click tracking on) is a tracked link too.
		{"sign-in host through a click tracker", "service@somebank.example", []lk{
			{"https://c.mailer-new.example/c/2b5f8a41c3e6d7f90a1b2c3d4", "login.somebank.example"},
		}, full / 2},
		{"sign-in path through a click tracker", "service@shop-new.example", []lk{
			{"https://u1234567.ct.sendgrid.net/ls/click?upn=u001.ZQ4lBNk5Ld4aRSA1Yq6-2BDmXtGv8bW0Ej3kLmN7pQ-3D-3D", "https://www.shop-new.example/account/reset-password"},
		}, full / 2},

		// Mailing services a mail admin meets (made-up identifiers in each
		// service's format; the link as links leaves it after unwrapping).
		{"mailgun click", "orders@shop-new.example", []lk{
			{"https://email.mg.shopnew-mail.example/c/eJxNj0tuwzAIhk9j75DBj8ReeNEuuugNIuwwsdXEjmznkD1-cRUYs", "www.shop-new.example"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full / 2},
		{"postmark click", "receipts@shop-new.example", []lk{
			{"https://click.pstmrk.it/3ts/AbCdEfGh/AQ/3fa85f64-5717-4562-b3fc-2c963f66afa6/2", "www.shop-new.example/orders"},
		}, full / 2},
		{"brevo click, short base64 pieces", "news@shop-new.example", []lk{
			{"https://r.shopnew-news.example/mk/cl/f/sh/7nomXzVd8bhbOC2z9NRQx4DZ6xr1/KmFs3fl7hRHh", "www.shop-new.example"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full / 2},
		{"iterable click", "hello@shop-new.example", []lk{
			{"https://links.iterable.com/e/c/eyJlbWFpbElkIjoxMjM0NTY3LCJjYW1wYWlnbklkIjo5ODc2NTR9/AbCdEf", "www.shop-new.example"},
		}, full / 2},
		{"customer.io click", "hello@app-new.example", []lk{
			{"https://e.customeriomail.com/e/c/eyJlbWFpbF9pZCI6IlJQeUZBUVVBQUFGc0t4aE9Yc1U9In0/VkC-aqKc1A1GK4Wqj_wK2A==373", "app-new.example/login"},
		}, full / 2},
		{"braze through sendgrid", "hello@app-new.example", []lk{
			{"https://brz.appnew-mail.example/ls/click?upn=u001.3fa85f64-5717-4562-b3fc-2c963f66afa6", "www.app-new.example"},
		}, full / 2},
		{"sparkpost click", "orders@shop-new.example", []lk{
			{"https://click.shopnew-mail.example/f/a/Yq8dBmHE8OlvQvU2Ip_XMw~~/AABE5gA~/RgRnZ4XaP0QmaHR0cHM6Ly93d3cu", "www.shop-new.example"},
		}, full / 2},
		{"mailjet click", "news@shop-new.example", []lk{
			{"https://x7k2p.mjt.lu/lnk/AUoAADn5J4kAAAAAAAAAAK9o4GMAAAAA-QkAAAAAABNQbwBj7ZDbY8pW3FQqSoqVzWgBa2KCtgATgkQ/1/0kGJq8Yx9a8FzbAT0x4S8g/aHR0cHM6Ly93", "www.shop-new.example"},
		}, full / 2},
		{"substack redirect", "writer@letter-new.example", []lk{
			{"https://substack.com/redirect/3fa85f64-5717-4562-b3fc-2c963f66afa6?j=eyJ1IjoiMmJ5ZjRqIn0.Xx1zQm7nL4pR2sT9vW0yA3bC6dE8fG", "www.letter-new.example"},
		}, full / 2},
		{"beehiiv click", "writer@letter-new.example", []lk{
			{"https://link.mail.beehiiv.com/ss/c/u001.AbCdEf1gH2iJ3kL4mN5oP6qR7sT8uV9w/4a3/AbC1dE2fG3hI4jK5/h12/AbCdEf1gH2iJ3kL4", "www.letter-new.example"},
		}, full / 2},
		{"convertkit click", "writer@letter-new.example", []lk{
			{"https://click.convertkit-mail2.com/v8u8k0qz6pavh7lgr2wtxh0kw5w59ul/reh8h0ull2q2g9c5/aHR0cHM6Ly93d3cu", "www.letter-new.example"},
		}, full / 2},
		{"mailerlite click", "news@club-new.example", []lk{
			{"https://clicks.mlsend.com/tf/c/eyJ2Ijoie1wiYVwiOjEyMzQ1NixcImxcIjo5ODc2NTQzMjEsXCJyXCI6MTIzNDU2Nzg5fSJ9", "www.club-new.example"},
		}, full / 2},
		{"hubspot click", "news@firm-new.example", []lk{
			{"https://d2v8tf04.na1.hubspotlinks.com/Ctc/GA+113/d2v8tf04/VWxvHv3mgh7nW3CY6XS6c8ZsLW2Kwfsb56k8z2N1bJkZs3qgyTW8wLKSR6lZ3lMW3", "www.firm-new.example"},
		}, full / 2},
		{"salesforce marketing cloud on a mail domain", "news@shop-new.example", []lk{
			{"https://click.e.shopnew-mail.example/?qs=8a3c1f0e2b4d6f8a0c2e4f6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4f6a", "www.shop-new.example"},
		}, full / 2},
		{"salesforce marketing cloud on the sender's domain is no mismatch", "news@shop-new.example", []lk{
			{"https://click.e.shop-new.example/?qs=8a3c1f0e2b4d6f8a0c2e4f6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4f6a", "www.shop-new.example"},
		}, 0},
		{"a shop's own redirect (unwrapped to its own page) is no mismatch", "news@shop-new.example", []lk{
			{"https://www.shop-new.example/sale", "www.shop-new.example"},
		}, 0},
		// One 22-letter base64 ID with a single digit (a 128-bit ID, as
		// SparkPost's and Brevo's short links carry): letters and digits
		// alternate twice, but the capitals and lower case fall into
		// short pieces no word makes.
		{"one base64 ID with one digit", "receipts@shop-new.example", []lk{
			{"https://click.shopnew-mail.example/f/a/YqxdBmHEbOlvQvUwIp8XMw", "www.shop-new.example/orders"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full / 2},
		{"one base64 ID without a digit", "receipts@shop-new.example", []lk{
			{"https://click.shopnew-mail.example/c/SMJzKZqLsaXGfqrRYCuJvhYs", "www.shop-new.example/orders"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full / 2},

		// A kit that adds a made-up token to its lure's URL gets the half
		// weight, as a tracked newsletter link does: with novelty it still
		// locks at warn (the floor this test checks), and the lure's other
		// evidence (intent, a sign-in path) lifts it above.
		{"a kit's fake token", "service@somebank.example", []lk{
			{"https://someone.host-new.example/somebank/?id=8a3c1f0e2b4d6f8a0c2e4f6a", "https://onlinebanking.somebank.example/"},
		}, full / 2},

		// Lure shapes.
		{"spoofed bank: online banking shown, free host directory", "service@somebank.example", []lk{
			{"http://someone.freehost.example/somebank/", "https://onlinebanking.somebank.example/"},
		}, full},
		{"one-off link to another site's directory", "news@shop-new.example", []lk{
			{"http://someone.freehost.example/shopnew/", "www.shop-new.example"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full},
		{"the same URL twice is no tracker", "news@shop-new.example", []lk{
			{"http://someone.freehost.example/shopnew/", "www.shop-new.example"},
			{"http://someone.freehost.example/shopnew/", "Sign in"},
		}, full},
		{"free hosting with a token", "news@shop-new.example", []lk{
			{"https://shopnew-track.web.app/c/2b5f8a41c3e6d7f90a1b2c3d4", "www.shop-new.example"},
		}, full},
		{"one number in a directory is no tracker", "news@shop-new.example", []lk{
			{"http://someone.host-new.example/shopnew/123456/", "www.shop-new.example"},
		}, full},
		{"a year and a postcode are no tracker", "news@shop-new.example", []lk{
			{"https://other-new.example/2026/10115/shop-new-login", "www.shop-new.example"},
		}, full},
		{"a slug is no token", "news@shop-new.example", []lk{
			{"https://blog.other-new.example/2026/spring-sale-collection-for-everyone", "www.shop-new.example"},
		}, full},
		{"words in camel case are no token", "service@somebank.example", []lk{
			{"https://someone.host-new.example/SomeBankOnlineBankingSignIn/", "https://onlinebanking.somebank.example/"},
		}, full},
		{"one long number is no tracker", "news@shop-new.example", []lk{
			{"https://trk.host-new.example/click/1234567890", "www.shop-new.example"},
			{"https://www.shop-new.example/privacy", "Privacy"},
		}, full},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := newInput()
			in.MailFrom, in.FromAddr = tt.from, tt.from
			in.Links = nil
			for _, l := range tt.links {
				in.Links = append(in.Links, shownLink(t, l.url, l.display))
			}
			v := Score(testPolicy(), in)
			got := 0.0
			for _, r := range v.Links[0].Reasons {
				if r.Code == CodeDisplayMismatch {
					got = r.Weight
				}
			}
			if got != tt.want {
				t.Errorf("display_mismatch weight %v, want %v: %v", got, tt.want, v.Links[0].Reasons)
			}
			// a first-contact sender: half a mismatch and novelty lock at
			// warn, a full one above it
			if d := v.Links[0]; tt.want == 0 {
				if d.Lock {
					t.Errorf("locked at %s, want no lock: %v", d.Level, d.Reasons)
				}
			} else if !d.Lock || (d.Level == LevelWarn) != (tt.want < full) {
				t.Errorf("lock %v level %s, want above warn %v: %v", d.Lock, d.Level, tt.want == full, d.Reasons)
			}
		})
	}
}

func TestOpaqueToken(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"/track/click?u=2b5f8a41c3e6d7f90a1b2c3d4&id=9a3f0c12de", true}, // Mailchimp's hex
		{"/e/3fa85f64-5717-4562-b3fc-2c963f66afa6", true},                // a UUID
		{"/ls/click?upn=u001.ZQ4lBNk5Ld4aRSA1Yq6-2BDmXtGv8bW0Ej3k", true},
		{"/somebank/", false},
		{"/2026/spring-sale-collection-for-everyone", false}, // a slug
		{"/t/r-l-jhdukltd-ohtyijdkr-y/", false},              // letters only
		{"/a1b2c3", false},                                   // too short
		{"/product-sku-2026", false},                         // one switch
		{"/f/a/YqxdBmHEbOlvQvUwIp8XMw", true},                // base64, one digit: short pieces
		{"/c/SMJzKZqLsaXGfqrRYCuJvhYs", true},                // base64, no digit
		{"/WinterJacketsForMen", false},                      // camel case words
		{"/iPhone15ProMaxCase", false},
		{"/ABCBankOnlineServicesUSA", false},
		{"/DocuSignEnvelopeReview2026", false},
		{"/en-US/WomensRunningShoes-Sale", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opaqueToken(tt.s); got != tt.want {
			t.Errorf("opaqueToken(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestIDPieces(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"/click/2t9sjd/7mhc8kc/6xx8bz", 3},                  // Emma
		{"/e/812345/spring-newsletter/5kq2bn/1234567890", 3}, // Pardot
		{"/t/1234567/87654321/123456/0/", 3},
		{"/icp/relay.php?r=12345678&msgid=876543&act=11AB", 2},
		{"/shopnew/123456/", 1},
		{"/2026/10115/shop-new-login", 1}, // a year is too short
		{"/2026/spring-sale-2026-collection", 0},
		{"/product/sku2026/x264", 0}, // one switch, too short
		{"/somebank/", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := idPieces(tt.s); got != tt.want {
			t.Errorf("idPieces(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// FuzzOwnSiteDisplay: the URL readers of showsOwnSite never panic, and a
// token is never found in fewer bytes than minTokenLen.
func FuzzOwnSiteDisplay(f *testing.F) {
	f.Add("https://c.example/track/click?u=2b5f8a41c3e6d7f90a1b2c3d4")
	f.Add("http://someone.freehost.example/bank/")
	f.Add("://")
	f.Add("https://e2ma.net/click/2t9sjd/7mhc8kc/6xx8bz")
	f.Fuzz(func(t *testing.T, u string) {
		rest := afterHost(u)
		if opaqueToken(rest) && len(rest) < minTokenLen {
			t.Fatalf("token in %q", rest)
		}
		if n := idPieces(rest); n*(minIDPieceLen+1) > len(rest)+1 {
			t.Fatalf("%d identifier pieces in %q", n, rest)
		}
	})
}

// TestDisplayOfOwnSiteFakeToken: a kit that adds a made-up token to its
// lure's URL earns the half weight, but the words that make it a lure
// (sign in, suspended) and a sign-in path still lock it above warn.
func TestDisplayOfOwnSiteFakeToken(t *testing.T) {
	const lure = "Your online banking access is suspended. Sign in to verify your account within 24 hours."
	tests := []struct {
		name, url string
		want      Level
	}{
		{"fake token, sign-in words", "https://someone.host-new.example/somebank/?id=8a3c1f0e2b4d6f8a0c2e4f6a", LevelLock},
		{"fake token, sign-in words and path", "https://someone.host-new.example/somebank/login?id=8a3c1f0e2b4d6f8a0c2e4f6a", LevelHard},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := newInput()
			in.MailFrom, in.FromAddr = "service@somebank.example", "service@somebank.example"
			l := shownLink(t, tt.url, "https://onlinebanking.somebank.example/")
			l.Context = lure
			in.Links = []links.Link{l}
			d := Score(testPolicy(), in).Links[0]
			half := false
			for _, r := range d.Reasons {
				half = half || r.Code == CodeDisplayMismatch && r.Weight == DefaultWeights().DisplayMismatch/2
			}
			if !half || !d.Lock || d.Level != tt.want {
				t.Errorf("half weight %v, lock %v at %s, want half at %s: %v", half, d.Lock, d.Level, tt.want, d.Reasons)
			}
		})
	}
}
