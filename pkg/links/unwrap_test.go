package links

import (
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestUnwrap(t *testing.T) {
	const dest = "https://example.com/path?x=1"
	esc := url.QueryEscape(dest)
	tests := []struct {
		name      string
		raw       string
		want      string
		chainLen  int
		wantFlags Flag
	}{
		{"plain", "https://example.com/", "https://example.com/", 0, 0},
		{"safelinks", "https://nam02.safelinks.protection.outlook.com/?url=" + esc + "&data=05%7C01%7Cuser%40corp.example&reserved=0", dest, 1, 0},
		{"proofpoint v1", "https://urldefense.proofpoint.com/v1/url?u=" + esc + "&k=abc&r=def", dest, 1, 0},
		{"proofpoint v2", "https://urldefense.proofpoint.com/v2/url?u=https-3A__example.com_path-3Fx-3D1&d=DwMF&c=abc&r=xyz&m=m&s=s&e=", dest, 1, 0},
		{"proofpoint v3", "https://urldefense.com/v3/__https://e.example/a*b*c**Ad__;Pz1hYg!!ABCD!efgh$", "https://e.example/a?b=cabd", 1, 0},
		{"proofpoint v3 no replacements", "https://urldefense.us/v3/__https://e.example/plain__;!!ABC$", "https://e.example/plain", 1, 0},
		{"barracuda", "https://linkprotect.cudasvc.com/url?a=" + esc + "&c=E,1,abc&typo=1", dest, 1, 0},
		{"cisco", "https://secure-web.cisco.com/1AbC-dEf_tok3n/" + url.PathEscape(dest), dest, 1, 0},
		{"trend micro", "https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=" + esc + "&umid=a&auth=b", dest, 1, 0},
		{"trend micro regional", "https://eu1.ctp.trendmicro.com/wis/clicktime/v1/query?url=" + esc, dest, 1, 0},
		{"sophos", "https://eu-central-1.protection.sophos.com/?d=example.com&u=aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ==&i=1&t=2&h=3", dest, 1, 0},
		{"fireeye", "https://protect2.fireeye.com/v1/url?k=abc-def&q=x&e=y&u=" + esc, dest, 1, 0},
		{"trustwave", "https://scanmail.trustwave.com/?c=1234&d=abc&u=https%3a%2f%2fexample%2ecom%2fpath%3fx%3d1", dest, 1, 0},
		{"avanan", "https://url.avanan.click/v2/___" + dest + "___.YXAzOmZvbzpiYXI", dest, 1, 0},
		{"avanan encoded", "https://url.avanan.click/v2/___" + url.PathEscape(dest) + "___.sig", dest, 1, 0},
		{"google", "https://www.google.com/url?q=" + esc + "&sa=D&usg=x", dest, 1, 0},
		{"google amp https", "https://www.google.com/amp/s/example.com/path?x=1", dest, 1, FlagOpenRedirect},
		{"google amp http", "https://www.google.de/amp/example.com/path", "http://example.com/path", 1, FlagOpenRedirect},
		{"google amp without a host", "https://www.google.com/amp/s/nohost", "https://www.google.com/amp/s/nohost", 0, 0},
		{"google amp with userinfo", "https://www.google.com/amp/s/a@evil.example/x", "https://www.google.com/amp/s/a@evil.example/x", 0, 0},
		{"ad server, the whole query", "http://ads.example.net/clk;1301;1069;h?" + dest + "&y=2", dest + "&y=2", 1, 0},
		{"ad server, encoded query", "http://ads.example.net/clk;1301?" + esc, dest, 1, 0},
		{"a query that only mentions http", "https://example.org/search?httpd", "https://example.org/search?httpd", 0, 0},
		{"google translate proxy", "https://www-shop--site-example.translate.goog/login?_x_tr_sl=auto&_x_tr_tl=en&x=1&_x_tr_hl=en", "https://www.shop-site.example/login?x=1", 1, FlagOpenRedirect},
		{"google translate proxy, punycode site", "https://xn----7sbbh-xn----p1ai.translate.goog/", "https://xn--7sbbh.xn--p1ai/", 1, FlagOpenRedirect},
		{"google translate proxy without a site", "https://translate.goog/x", "https://translate.goog/x", 0, 0},
		{"google translate proxy, one label", "https://localhost.translate.goog/x", "https://localhost.translate.goog/x", 0, 0},
		{"google search not a redirect", "https://www.google.com/search?q=cats", "https://www.google.com/search?q=cats", 0, 0},
		{"tracker param", "https://click.news.example/track?id=7&redirect=" + esc, dest, 1, 0},
		{"bing ck/a base64", "https://www.bing.com/ck/a?!&&p=5c1d2e&ptn=3&ver=2&hsh=3&fclid=1a2b&u=a1aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ&ntb=1", dest, 1, FlagOpenRedirect},
		{"bing ck/a inside safelinks", "https://nam02.safelinks.protection.outlook.com/?url=" +
			url.QueryEscape("https://www.bing.com/ck/a?!&&p=1&u=a1aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ&ntb=1") + "&data=x", dest, 2, FlagOpenRedirect},
		{"duckduckgo", "https://duckduckgo.com/l/?uddg=" + esc + "&rut=abc", dest, 1, FlagOpenRedirect},
		{"an ad click tracker", "https://ad.doubleclick.example/clk?id=1&adurl=" + esc, dest, 1, 0},
		{"bing ck/a, the fragment passes on", "https://www.bing.com/ck/a?!&&p=5c1d2e&u=a1aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ&ntb=1#dmljdGltQGNvcnAuZXhhbXBsZQ==", dest + "#dmljdGltQGNvcnAuZXhhbXBsZQ==", 1, FlagOpenRedirect},
		{"ad server, the fragment passes on", "http://ads.example.net/clk;1301;1069;h?" + dest + "#a=1", dest + "#a=1", 1, 0},
		{"the target's own fragment wins", "https://www.google.com/url?q=" + url.QueryEscape(dest+"#own") + "&sa=D#outer", dest + "#own", 1, 0},
		{"an empty fragment is none", "https://click.news.example/track?redirect=" + esc + "#", dest, 1, 0},
		{"safelinks inside a tracker, the fragment passes through both", "https://click.news.example/track?redirect=" +
			url.QueryEscape("https://nam02.safelinks.protection.outlook.com/?url="+esc+"&data=x") + "#frag", dest + "#frag", 2, 0},
		{"linkedin link-out redirect", "https://www.linkedin.com/redir/redirect?url=" + esc + "&urlhash=Xy1z&trk=public_post-text", dest, 1, FlagOpenRedirect},
		{"facebook l.php", "https://l.facebook.com/l.php?u=" + esc + "&h=AT0abc", dest, 1, FlagOpenRedirect},
		{"facebook mobile l.php", "https://lm.facebook.com/l.php?u=" + esc, dest, 1, FlagOpenRedirect},
		{"instagram link-out", "https://l.instagram.com/?u=" + esc + "&e=AT0", dest, 1, FlagOpenRedirect},
		{"youtube redirect with a readable target", "https://www.youtube.com/redirect?event=video_description&redir_token=QUFF&q=" + esc + "&v=x", dest, 1, FlagOpenRedirect},
		{"vk away.php", "https://vk.com/away.php?to=" + esc, dest, 1, FlagOpenRedirect},
		{"a linkedin page with a url parameter is no open redirect", "https://www.linkedin.com/share?url=" + esc, dest, 1, 0},
		{"bing search not a redirect", "https://www.bing.com/search?q=cats", "https://www.bing.com/search?q=cats", 0, 0},
		{"base64 redirect param padded", "https://go.example/out?url=aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ%3D%3D", dest, 1, 0},
		{"base64 of something else", "https://go.example/out?url=aHR0cmFuZG9t", "https://go.example/out?url=aHR0cmFuZG9t", 0, 0},
		{"url in a parameter of another name", "https://known.example/go?id=7&dest_link=" + esc, dest, 1, 0},
		{"plain url in a parameter of another name", "https://known.example/go?id=7&dest_link=" + dest, dest, 1, 0},
		{"a named redirect parameter wins over another name", "https://known.example/go?ref=https%3A%2F%2Fother.example%2F&url=" + esc, dest, 1, 0},
		{"a script's url parameter is no redirect", "javascript:open('https://known.example/go?url=" + esc + "')", "javascript:open('https://known.example/go?url=" + esc + "')", 0, 0},
		{"google /url with junk q and the target in url", "https://www.google.com/url?q=xyz&url=" + esc, dest, 1, 0},
		{"base64 url in a non-redirect param", "https://go.example/out?ref=aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ", "https://go.example/out?ref=aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXRoP3g9MQ", 0, 0},
		{"tracker path awstrack", "https://x.r.us-east-1.awstrack.me/L0/https:%2F%2Fexample.com%2Fpath%3Fx=1/1/0100-abc/xyz=", dest, 1, 0},
		{"tracker path raw", "https://t.esp.example/c/123/https://example.com/path?x=1", dest, 1, 0},
		{"yahoo rds star path", "http://rds.yahoo.com/*http://evil.example/login", "http://evil.example/login", 1, 0},
		{"yahoo rds double star encoded", "http://rds.yahoo.com/_ylt=A0abc;_ylu=X3oD/SIG=12abc/EXP=1/**http%3a//evil.example/login", "http://evil.example/login", 1, 0},
		{"yahoo rds star dash", "http://rds.yahoo.com/_ylt=A0/*-https://evil.example/owa?x=1", "https://evil.example/owa?x=1", 1, 0},
		{"yahoo search RU= segment", "https://r.search.yahoo.com/_ylt=A0/RV=2/RE=1/RO=10/RU=https%3a%2f%2fevil.example%2fowa%2f/RK=2/RS=abc-", "https://evil.example/owa/", 1, 0},
		{"upper-case path target", "https://t.esp.example/c/HTTPS://example.com/path?x=1", "HTTPS://example.com/path?x=1", 1, 0},
		{"dash run without a star is no target", "https://files.example/-https://evil.example/", "https://files.example/-https://evil.example/", 0, 0},
		{"word before http is no target", "https://blog.example/why-http://evil.example/", "https://blog.example/why-http://evil.example/", 0, 0},
		{"letters then a star is no target", "https://files.example/x*http://evil.example/", "https://files.example/x*http://evil.example/", 0, 0},
		{"name with a dot then = is no target", "https://files.example/a.b=http%3a%2f%2fevil.example/", "https://files.example/a.b=http%3a%2f%2fevil.example/", 0, 0},
		{"a word http in a path is no target", "https://docs.example/http-guide/intro", "https://docs.example/http-guide/intro", 0, 0},
		{"redirect target, first letter percent-encoded", "https://www.youtube.com/redirect?event=x&q=%68ttps%3A%2F%2Fevil.example%2Fowa%2F", "https://evil.example/owa/", 1, FlagOpenRedirect},
		{"redirect target, encoded leading space", "https://www.youtube.com/redirect?q=%20https://evil.example/owa/", "https://evil.example/owa/", 1, FlagOpenRedirect},
		{"redirect target, scheme-relative", "https://www.youtube.com/redirect?q=//evil.example/owa/", "https://evil.example/owa/", 1, FlagOpenRedirect},
		{"redirect target, scheme-relative encoded", "https://adclick.g.doubleclick.net/pcs/click?xai=A&adurl=%2F%2Fevil.example%2Fowa%2F", "https://evil.example/owa/", 1, 0},
		{"redirect target, backslashes", "https://www.google.com/url?q=https:%5C%5Cevil.example%5Cowa", "https://evil.example/owa", 1, 0},
		{"redirect target, backslash scheme-relative", "https://go.example/out?url=%5C%5Cevil.example/x?a=b%5Cc", "https://evil.example/x?a=b\\c", 1, 0},
		{"redirect target, scheme without slashes stays on the host", "https://go.example/out?url=https:evil.example", "https://go.example/out?url=https:evil.example", 0, 0},
		{"redirect value, a relative path", "https://go.example/login?next=/account%2Fhome", "https://go.example/login?next=/account%2Fhome", 0, 0},
		{"google amp with a port", "https://www.google.com/amp/s/evil.example:443/owa/", "https://evil.example:443/owa/", 1, FlagOpenRedirect},
		{"mimecast opaque", "https://protect-eu.mimecast.com/s/AbCdEfGhIj", "https://protect-eu.mimecast.com/s/AbCdEfGhIj", 0, FlagOpaqueWrapper},
		{"mimecast domain hint is not trusted", "https://protect-eu.mimecast.com/s/AbCdEfGhIj?domain=corp.example", "https://protect-eu.mimecast.com/s/AbCdEfGhIj?domain=corp.example", 0, FlagOpaqueWrapper},
		{"nested safelinks proofpoint", "https://eur01.safelinks.protection.outlook.com/?url=" +
			url.QueryEscape("https://urldefense.proofpoint.com/v2/url?u=https-3A__example.com_path-3Fx-3D1&d=DwMF") + "&data=x", dest, 2, 0},
		{"nested google barracuda trustwave", "https://www.google.com/url?q=" + url.QueryEscape("https://linkprotect.cudasvc.com/url?a="+
			url.QueryEscape("https://scanmail.trustwave.com/?c=1&u="+esc)), dest, 3, 0},
		{"not a url", "mailto:a@example.com", "mailto:a@example.com", 0, 0},
		{"wrapper without target", "https://nam02.safelinks.protection.outlook.com/?data=x", "https://nam02.safelinks.protection.outlook.com/?data=x", 0, 0},
		{"wrapper with non-url target", "https://linkprotect.cudasvc.com/url?a=javascript:alert(1)", "https://linkprotect.cudasvc.com/url?a=javascript:alert(1)", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, chain, flags := Unwrap(tt.raw)
			if got != tt.want || len(chain) != tt.chainLen || flags != tt.wantFlags {
				t.Errorf("Unwrap(%s) = %q, chain %d %q, flags %b; want %q, chain %d, flags %b",
					tt.name, got, len(chain), chain, flags, tt.want, tt.chainLen, tt.wantFlags)
			}
			if len(chain) > 0 && chain[0] != tt.raw {
				t.Errorf("Unwrap(%s) chain[0] = %q, want the input", tt.name, chain[0])
			}
		})
	}
}

func TestUnwrapBounds(t *testing.T) {
	u := "https://example.com/"
	for i := 0; i < 8; i++ {
		u = "https://r.example/go?url=" + url.QueryEscape(u)
	}
	got, chain, flags := Unwrap(u)
	if !flags.Has(FlagTruncatedChain) || len(chain) != maxUnwrapDepth {
		t.Errorf("Unwrap(8 layers) = %q, chain %d, flags %b; want truncated after %d", got, len(chain), flags, maxUnwrapDepth)
	}
	if slices.Contains(chain, "https://example.com/") {
		t.Errorf("Unwrap(8 layers) reached the innermost URL despite the depth bound")
	}
	long := "https://r.example/go?url=" + url.QueryEscape("https://example.com/"+strings.Repeat("a", maxUnwrapLen))
	if _, chain, flags := Unwrap(long); len(chain) != 0 || !flags.Has(FlagTruncatedChain) {
		t.Errorf("Unwrap(long) chain %d flags %b; want no unwrapping and FlagTruncatedChain", len(chain), flags)
	}
}

// TestViaHop: which redirecting host a link is also judged by (Link.Via):
// a generic redirect in another domain than its target, not a known
// rewriter, Google or a search engine, and not a tracker of the target's
// own domain.
func TestViaHop(t *testing.T) {
	tests := []struct {
		raw, via string
	}{
		{"https://evil-login.example/auth?next=https%3A%2F%2Fwww.paypal.com%2F", "evil-login.example"},
		{"https://click.esp.example/c?url=https://shop.example/sale", "click.esp.example"},
		{"https://click.shop.example/c?url=https://www.shop.example/sale", ""},
		{"https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example%2F&data=x", ""},
		{"https://www.google.com/url?q=https://shop.example/", ""},
		{"https://www.bing.com/ck/a?!&&p=1&u=a1aHR0cHM6Ly9zaG9wLmV4YW1wbGUv&ntb=1", ""},
		{"https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil-login.example%2Fgo%3Fto%3Dhttps%253A%252F%252Fshop.example%252F&data=x", "evil-login.example"},
		{"https://shop.example/plain", ""},
		{"https://google.login-verify.example/url?q=https://www.corp.example/", "google.login-verify.example"},
		{"https://xurldefense.com/r?url=https://www.corp.example/", "xurldefense.com"},
		{"https://www.google.co.uk/url?q=https://shop.example/", ""},
		{"https://sso.corp.example/logout?next=https%3A%2F%2Flogin-verify.example%2Fowa%2F%3Fnext%3Dhttps%253A%252F%252Fwww.corp.example%252F", "login-verify.example"},
	}
	for _, tt := range tests {
		ls, err := Extract(msgOf("text/plain", "", tt.raw+"\r\n"), Options{})
		if err != nil || len(ls) != 1 {
			t.Fatalf("Extract(%s) = %d links, %v", tt.raw, len(ls), err)
		}
		got := ""
		if ls[0].Via != nil {
			got = ls[0].Via.Host
		}
		if got != tt.via {
			t.Errorf("%s: via %q, want %q (destination %s)", tt.raw, got, tt.via, ls[0].URL)
		}
	}
	// A host that only looks like Google's is not unwrapped as Google's
	// AMP viewer: the link is judged as that host.
	ls, _ := Extract(msgOf("text/plain", "", "https://www.google.login-verify.example/amp/s/www.corp.example/\r\n"), Options{})
	if len(ls) != 1 || ls[0].Host != "www.google.login-verify.example" {
		t.Errorf("fake AMP viewer: %+v", ls)
	}
}

// TestAppTarget: a link that opens another program is read for the
// address that program opens (FlagAppScheme), and a local path is not.
func TestAppTarget(t *testing.T) {
	tests := []struct {
		raw, host string
		app       bool
	}{
		{"ms-word:ofe|u|https://files.evil.example/doc.docx", "files.evil.example", true},
		{"ms-excel:ofv|u|https://files.evil.example/b.xlsx|s|x", "files.evil.example", true},
		{"microsoft-edge:https://login.evil.example/", "login.evil.example", true},
		{`search-ms:query=invoice&crumb=location:\\share.evil.example@SSL\DavWWWRoot\x`, "share.evil.example", true},
		{`file:\\share.evil.example\pub\invoice.exe`, "share.evil.example", true},
		{"file:////share.evil.example/pub/x.lnk", "share.evil.example", true},
		{"file:///C:/Users/x/report.pdf", "", false},
		{"itms-services://?action=download-manifest&amp;url=https://apps.evil.example/m.plist", "apps.evil.example", true},
		{"itms-services://?action=download-manifest&amp;url=https%3A%2F%2Fapps.evil.example%2Fm.plist", "apps.evil.example", true},
		{"some-app:?open=https://apps.evil.example/x", "apps.evil.example", true},
		{"zoommtg://zoom.example/join?confno=1&amp;url=https://apps.evil.example/", "zoom.example", false},
		{"mailto:a@b.example?body=https://apps.evil.example/", "b.example", false},
		{"https://plain.example/", "plain.example", false},
	}
	for _, tt := range tests {
		ls, _ := Extract(msgOf("text/html", "", `<a href="`+tt.raw+`">open the invoice</a>`+"\r\n"), Options{})
		if len(ls) != 1 {
			t.Errorf("%s: %d links", tt.raw, len(ls))
			continue
		}
		if ls[0].Host != tt.host || ls[0].Flags.Has(FlagAppScheme) != tt.app {
			t.Errorf("%s: host %q app %v, want %q %v", tt.raw, ls[0].Host, ls[0].Flags.Has(FlagAppScheme), tt.host, tt.app)
		}
	}
}

// FuzzAppTarget: whatever the link, appTarget answers a web or file-share
// address or nothing, and a share address names a host.
func FuzzAppTarget(f *testing.F) {
	f.Add("ms-word:ofe|u|https://files.evil.example/doc.docx")
	f.Add(`search-ms:crumb=location:\\share.example@SSL\DavWWWRoot`)
	f.Add(`file:\\share.example\pub`)
	f.Add(`file:\\?\UNC\share.example\pub`)
	f.Add(`file:\\fe80--1s4.ipv6-literal.net\pub`)
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := appTarget(s)
		if !ok {
			return
		}
		sc, rest, _ := splitScheme(got)
		if !specialScheme(sc) && sc != "file" || rest == "" {
			t.Fatalf("appTarget(%q) = %q: not a web or share address", s, got)
		}
		if sc == "file" && strings.HasPrefix(rest, "///") {
			t.Fatalf("appTarget(%q) = %q: a share without a host", s, got)
		}
		if h, ok := strings.CutPrefix(rest, "//["); ok && sc == "file" && !strings.Contains(s, "[") { // literalIPv6's
			h, _, _ = strings.Cut(h, "]")
			if a, err := netip.ParseAddr(h); err != nil || !a.Is6() {
				t.Fatalf("appTarget(%q) = %q: brackets around no IPv6 address", s, got)
			}
		}
	})
}

// TestIsGoogle: Google's country domains are Google's; names anyone can
// register under a second-level suffix are not.
func TestIsGoogle(t *testing.T) {
	for host, want := range map[string]bool{
		"google.com": true, "www.google.com": true, "google.de": true, "google.co.uk": true, "www.google.com.br": true,
		"google.me.uk": false, "google.gen.in": false, "google.blog.br": false, "google.net.ua": false,
		"google.anything.ck": false, "google.evil.top": false, "google.co.de": false, "google.login-verify.example": false, "notgoogle.com": false,
	} {
		if got := isGoogle(host); got != want {
			t.Errorf("isGoogle(%s) = %v, want %v", host, got, want)
		}
	}
}

func TestUnwrapOpaqueRedirect(t *testing.T) {
	cases := []struct {
		raw    string
		opaque bool
	}{
		{"https://www.linkedin.com/slink?code=eB7xQz9k", true},
		{"http://www.baidu.com/link?url=Qw7nT1xK9vPz3LmR8sYbDe2HfGj4", true},
		{"https://www.youtube.com/redirect?event=video_description&redir_token=QUFF&q=abc", true},
		{"https://l.facebook.com/l.php?h=AT0xYz", true},
		{"https://www.google.com/url?sa=t&source=web&cd=1", true},
		{"https://www.google.co.uk/url?sa=t&source=web&cd=1", true},
		// readable targets are unwrapped to the destination, not flagged
		{"https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fshop.example%2F", false},
		{"https://www.google.com/url?q=https://shop.example/", false},
		{"https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fshop.example%2F", false},
		// the site's own pages, and look-alike hosts, are no redirects
		{"https://www.linkedin.com/in/someone?trk=public", false},
		{"https://www.baidu.com/s?wd=weather", false},
		{"https://notlinkedin.com/slink?code=abc", false},
	}
	for _, c := range cases {
		dest, _, flags := Unwrap(c.raw)
		if got := flags.Has(FlagOpaqueRedirect); got != c.opaque {
			t.Errorf("Unwrap(%q): opaque redirect %v, want %v (dest %q, flags %v)", c.raw, got, c.opaque, dest, flags)
		}
		if c.opaque && dest != c.raw {
			t.Errorf("Unwrap(%q) = %q, want the redirect itself", c.raw, dest)
		}
	}
}

// TestUnwrapEveryKind: a form's action, a button's formaction, a meta
// refresh and an image map's area are unwrapped as an anchor's href is,
// through an open redirect's parameter or path alike.
func TestUnwrapEveryKind(t *testing.T) {
	const dest = "http://evil.example/login"
	for _, via := range []string{
		"http://rds.yahoo.com/*" + dest,
		"http://rds.yahoo.com/_ylt=A0;_ylu=X3/SIG=1/EXP=1/**http%3a//evil.example/login",
		"https://portal.example/out?url=" + url.QueryEscape(dest),
		"https://portal.example/r?redirect=" + dest,
	} {
		for _, tc := range []struct {
			kind Kind
			tag  string
		}{
			{KindHref, `<a href="%s">Sign in</a>`},
			{KindForm, `<form action="%s" method=post><input type=password name=p></form>`},
			{KindForm, `<form><input type=password name=p><button formaction="%s">Go</button></form>`},
			{KindForm, `<form><input type=password name=p><input type=submit formaction="%s"></form>`},
			{KindRefresh, `<meta http-equiv=refresh content="0;url=%s">`},
			{KindHref, `<map name=m><area href="%s" alt="Sign in"></map>`},
		} {
			body := strings.Replace(tc.tag, "%s", via, 1)
			x, err := ExtractAll([]byte(htmlMsg(body)), Options{})
			if err != nil || len(x.Links) != 1 {
				t.Fatalf("%s: %d links, %v", body, len(x.Links), err)
			}
			l := x.Links[0]
			if l.Kind != tc.kind || l.URL != dest || len(l.Chain) != 1 || l.Chain[0] != via {
				t.Errorf("%s: %s %q chain %q; want %s %q through %q", body, l.Kind, l.URL, l.Chain, tc.kind, dest, via)
			}
		}
	}
}
