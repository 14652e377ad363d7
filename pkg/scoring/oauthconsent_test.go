package scoring

import (
	"slices"
	"strings"
	"testing"
)

// TestOAuthConsentURL: the authorisation pages of the identity providers,
// with any tenant, case and query order, only with a client_id; their
// other pages, the device flow and look-alike hosts are not.
func TestOAuthConsentURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want bool
	}{
		{"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4f1c2d7e&response_type=code&scope=Mail.ReadWrite", true},
		{"https://login.microsoftonline.com/contoso.example/oauth2/authorize?response_type=code&client_id=x", true},
		{"https://LOGIN.MICROSOFTONLINE.COM/Organizations/OAuth2/v2.0/Authorize?Client_Id=x", true},
		{"https://login.microsoftonline.com/common/adminconsent?client_id=9a3b", true},
		{"https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=9a3b&scope=.default", true},
		{"https://login.microsoft.com/common/oauth2/v2.0/authorize?client_id=x", true},
		{"https://accounts.google.com/o/oauth2/v2/auth?client_id=1-a.apps.googleusercontent.com&scope=https://mail.google.com/", true},
		{"https://accounts.google.com/o/oauth2/auth?client_id=1", true},
		{"https://github.com/login/oauth/authorize?client_id=Ov23li&scope=repo", true},
		{"https://slack.com/oauth/v2/authorize?client_id=1.2&scope=channels:history", true},
		{"https://www.dropbox.com/oauth2/authorize?client_id=abc&response_type=code", true},
		{"https://login.live.com/oauth20_authorize.srf?client_id=0000&scope=wl.basic", true},
		// no application named
		{"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?response_type=code", false},
		{"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=", false},
		// the providers' other pages
		{"https://login.microsoftonline.com/common/oauth2/deviceauth?client_id=x", false},
		{"https://login.microsoftonline.com/?client_id=x", false},
		{"https://login.microsoftonline.com/common/oauth2/v2.0/token?client_id=x", false},
		{"https://github.com/login?client_id=x", false},
		{"https://accounts.google.com/ServiceLogin?client_id=x", false},
		// a client_id elsewhere (an e-signature service's envelope)
		{"https://secure.na1.adobesign.com/public/apiesign?pid=CBFC&client_id=34544", false},
		{"https://login.microsoftonline.com.evil.example/common/oauth2/v2.0/authorize?client_id=x", false},
		{"https://evil.example/common/oauth2/v2.0/authorize?client_id=x", false},
	} {
		if _, got := isOAuthConsentURL(tc.url); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.url, got, tc.want)
		}
	}
}

// TestOAuthConsent: a stranger's link to an authorisation page is held,
// also when it is read as its redirect_uri on the sender's own domain
// (the page in the link's Chain) or on localhost; a correspondent's is
// only judged (a vendor's "grant admin consent" link), and a link whose
// chain holds no such page gets no oauth_consent.
func TestOAuthConsent(t *testing.T) {
	const page = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4f1c&scope=offline_access%20Mail.ReadWrite&redirect_uri=https%3A%2F%2Fapp.shop-new.example%2Fcb"
	direct := func(in Input) Input {
		in.Links[0] = web(page, "login.microsoftonline.com", "microsoftonline.com")
		in.History.Domains = map[string]Stat{"microsoftonline.com": est()}
		in.History.Hosts = map[string]Stat{"login.microsoftonline.com": est()}
		return in
	}
	unwrapped := func(in Input) Input {
		l := web("https://app.shop-new.example/cb", "app.shop-new.example", "shop-new.example")
		l.Raw, l.Chain = page, []string{page}
		in.Links[0] = l
		return in
	}
	plainChain := func(in Input) Input {
		l := web("https://app.shop-new.example/cb", "app.shop-new.example", "shop-new.example")
		l.Chain = []string{"https://www.google.com/url?q=https://app.shop-new.example/cb"}
		in.Links[0] = l
		return in
	}
	for _, tc := range []struct {
		name   string
		in     Input
		want   bool
		action Action
	}{
		{"a stranger's consent page", direct(newInput()), true, Quarantine},
		{"a stranger's consent page read as its redirect_uri", unwrapped(newInput()), true, Quarantine},
		{"a correspondent's admin consent link", direct(knownInput()), true, Accept},
		{"a stranger's plain redirect", plainChain(newInput()), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if hasReason(v.Links[0].Reasons, CodeOAuthConsent) != tc.want || v.Action != tc.action {
				t.Errorf("action %s, want %s, oauth_consent %v\n%v", v.Action, tc.action, tc.want, v.Links[0].Reasons)
			}
		})
	}
}

// FuzzOAuthConsentURL: any address is read without a panic, and one read
// as an authorisation page names a client_id on a provider's host.
func FuzzOAuthConsentURL(f *testing.F) {
	for _, s := range []string{
		"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x",
		"https://accounts.google.com/o/oauth2/v2/auth?client_id=1",
		"https://github.com/login/oauth/authorize?client_id=a&client_id=",
		"https://login.microsoftonline.com//adminconsent?client_id=x",
		"http://[::1%25x]/?client_id=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		h, ok := isOAuthConsentURL(u)
		if !ok {
			return
		}
		if !strings.Contains(strings.ToLower(u), "client_id") {
			t.Fatalf("%q: read as a consent page without a client_id", u)
		}
		if !slices.Contains(oauthTenantHosts, h) && !slices.ContainsFunc(oauthConsentPages, func(p deviceLoginPage) bool { return p.host == h }) {
			t.Fatalf("%q: host %q is no provider's", u, h)
		}
	})
}

func TestContainsFoldASCII(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   bool
	}{
		{"https://a.example/?client_id=1", "client_id", true},
		{"https://a.example/?CLIENT_ID=1", "client_id", true},
		{"client_id", "client_id", true},
		{"https://a.example/?utm_source=x&Client_Id", "client_id", true},
		{"https://a.example/?utm_source=x&client_i", "client_id", false},
		{"_id=1&client-id=2", "client_id", false},
		{"lient_id", "client_id", false},
		{"", "client_id", false},
		{"https://a.example/CLIENT", "client", true},
		{"https://a.example/clien", "client", false},
	} {
		if got := containsFoldASCII(tc.s, tc.sub); got != tc.want {
			t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
}
