package scoring

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLoginPath(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	for _, tc := range []struct {
		name  string
		url   string
		novel float64
		word  string // "" when the signal must not fire
	}{
		{name: "login page", url: "https://kit.example/login.php", novel: 1, word: "login"},
		{name: "hyphenated sign-in", url: "https://kit.example/app/sign-in/", novel: 1, word: "signin"},
		{name: "underscored log_on", url: "https://kit.example/log_on", novel: 1, word: "logon"},
		{name: "webscr", url: "http://kit.example/cgi-bin/webscr?cmd=_login", novel: 1, word: "webscr"},
		{name: "account in a path", url: "https://kit.example/Account/Verify", novel: 1, word: "account"},
		{name: "scaled by novelty", url: "https://kit.example/verify", novel: 0.5, word: "verify"},
		{name: "word only in the query", url: "https://kit.example/p?next=login", novel: 1},
		{name: "word only in the fragment", url: "https://kit.example/p#signin", novel: 1},
		{name: "word only in the host", url: "https://login.kit.example/start", novel: 1},
		{name: "longer word that contains one", url: "https://kit.example/author/loginsky", novel: 1},
		{name: "newsletter update page", url: "https://kit.example/update-preferences", novel: 1},
		{name: "no path", url: "https://kit.example", novel: 1},
		{name: "a changelog entry's slug", url: "https://blog.example/changelog/2026-10-01-npm-publishing-security/", novel: 1},
		{name: "a help article's slug", url: "https://docs.example/en/configuring-two-factor-authentication", novel: 1},
		{name: "a page of three words", url: "https://kit.example/secure-account-update/", novel: 1, word: "secure"},
		{name: "a kit's words joined by other signs", url: "https://kit.example/verify_id=brand_fraud_alert_code=00937614/index.html", novel: 1, word: "verify"},
		{name: "a page below a slug", url: "https://kit.example/2026-10-01-new-look-today/login", novel: 1, word: "login"},
		{name: "a kit's page named as a slug", url: "https://kit.example/office365-secure-login-portal", novel: 1, word: "login"},
		{name: "a slug's sign-in", url: "https://kit.example/microsoft-365-sign-in-page/", novel: 1, word: "signin"},
		{name: "a slug about a password", url: "https://docs.example/how-to-change-your-password", novel: 1},
		{name: "a slug's hyphens doubled", url: "https://kit.example/secure--account--update--now", novel: 1, word: "secure"},
	} {
		l := web(tc.url, "kit.example", "kit.example")
		e, ok := loginPath(w, &l, tc.novel)
		if ok != (tc.word != "") {
			t.Errorf("%s: fired %v, want %v", tc.name, ok, tc.word != "")
			continue
		}
		if !ok {
			continue
		}
		if e.b != tc.word || e.code != CodeLoginPath || e.cls != classForm || !near(e.w, w.LoginPath*tc.novel) {
			t.Errorf("%s: got %+v, want word %q weight %v", tc.name, e, tc.word, w.LoginPath*tc.novel)
		}
	}
}

func TestHyphenatedHost(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	for _, tc := range []struct {
		name  string
		host  string
		words int // 0 when the signal must not fire
	}{
		{name: "three words", host: "secure-account-update.example", words: 3},
		{name: "in a subdomain", host: "apple-id-verify.kit.example", words: 3},
		{name: "four words", host: "www.my-bank-online-help.example", words: 4},
		{name: "two words", host: "shop-new.example"},
		{name: "single letters are not words", host: "a-b-c-shop.example"},
		{name: "digits are not words", host: "web-01-02.example"},
		{name: "punycode label", host: "xn--bcher-kva-abc-def.example"},
		{name: "hyphens only in the top-level label", host: "shop.co-uk-xy"},
		{name: "no hyphen", host: "www.example.com"},
	} {
		l := web("https://"+tc.host+"/", tc.host, registrable(tc.host))
		e, ok := hyphenatedHost(w, &l, 1)
		if ok != (tc.words > 0) {
			t.Errorf("%s: fired %v, want %v", tc.name, ok, tc.words > 0)
			continue
		}
		if ok && (int(e.n[0]) != tc.words || e.code != CodeHyphenatedHost || !near(e.w, w.HyphenatedHost)) {
			t.Errorf("%s: got %+v, want %d words", tc.name, e, tc.words)
		}
	}
}

// URL shape counts only for a new domain that is not the sender's own site.
func TestURLShapeContext(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name string
		in   func() Input
		want bool
	}{
		{name: "new foreign domain", want: true, in: func() Input {
			in := newInput()
			in.Links[0] = web("https://secure-login-help.example/signin", "secure-login-help.example", "secure-login-help.example")
			return in
		}},
		{name: "sender's own site", want: false, in: func() Input {
			in := newInput()
			in.Links[0] = web("https://my-shop-new.example/account/login", "my-shop-new.example", "my-shop-new.example")
			in.FromAddr, in.MailFrom = "news@my-shop-new.example", "news@my-shop-new.example"
			return in
		}},
		{name: "established domain", want: false, in: func() Input {
			in := knownInput()
			in.Links[0] = web("https://docs.partner.example/account/login", "docs.partner.example", "partner.example")
			return in
		}},
	} {
		v := Score(p, tc.in())
		got := false
		for _, r := range v.Links[0].Reasons {
			got = got || r.Code == CodeLoginPath
		}
		if got != tc.want {
			t.Errorf("%s: login_path %v, want %v (%v)", tc.name, got, tc.want, v.Links[0].Reasons)
		}
	}
}

// FuzzSlugRuns compares slugRuns with the reading it states: the segment
// cut at every "-" gives slugWords or more parts, each a non-empty run of
// letters and digits.
func FuzzSlugRuns(f *testing.F) {
	for _, s := range []string{"2026-10-01-npm-publishing-security", "a-b-c", "a--b-c-d", "-a-b-c-d", "a_b-c-d-e", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, seg string) {
		parts := strings.Split(seg, "-")
		want := len(parts) >= slugWords
		for _, p := range parts {
			if p == "" || strings.IndexFunc(p, func(r rune) bool { return r >= utf8.RuneSelf || !isWordByte(byte(r)) }) >= 0 {
				want = false
			}
		}
		if got := slugRuns(seg); got != want {
			t.Errorf("slugRuns(%q) = %v, want %v", seg, got, want)
		}
	})
}

// urlExtRef is urlExt with its former loop to the query or fragment.
func urlExtRef(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	for i := 0; i < len(u); i++ {
		if u[i] == '?' || u[i] == '#' {
			u = u[:i]
			break
		}
	}
	slash := strings.IndexByte(u, '/')
	if slash < 0 {
		return ""
	}
	u = u[slash:]
	dot := strings.LastIndexByte(u, '.')
	if dot < 0 || strings.IndexByte(u[dot:], '/') >= 0 || len(u)-dot > 6 {
		return ""
	}
	return u[dot:]
}

// FuzzURLExt: urlExt answers as urlExtRef.
func FuzzURLExt(f *testing.F) {
	for _, u := range []string{"https://x.example/a/invoice.exe?x=1#y", "https://x.example/a#b?c.exe", "x.example/r.pdf", "", "?#", "https://"} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		if got, want := urlExt(u), urlExtRef(u); got != want {
			t.Fatalf("urlExt(%q) = %q, want %q", u, got, want)
		}
	})
}

// TestURLExt: urlExt reads the extension of the last path segment, not of
// the host, the query or the fragment.
func TestURLExt(t *testing.T) {
	for _, tc := range []struct{ u, want string }{
		{"https://x.example/files/invoice.exe", ".exe"},
		{"https://x.example/files/invoice.exe?dl=1", ".exe"},
		{"https://x.example/files/invoice.exe#top", ".exe"},
		{"https://x.example/a#b?c.exe", ""},
		{"https://x.example/a?b#c.exe", ""},
		{"https://x.example/view?file=invoice.exe", ""},
		{"https://x.example/dir.v2/page", ""},
		{"https://x.example", ""},
		{"x.example/report.pdf", ".pdf"},
		{"https://x.example/archive.longext", ""},
	} {
		if got := urlExt(tc.u); got != tc.want {
			t.Errorf("urlExt(%q) = %q, want %q", tc.u, got, tc.want)
		}
	}
}
