package lock

import (
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/publicsuffix"
)

func FuzzRedirectTarget(f *testing.F) {
	for _, s := range []string{"https://a.example/x?y=1", "javascript:alert(1)", "//evil.example", "/relative", "https://a.example/\x00x", "HTTPS://A.EXAMPLE", "https://ä.example/ü", "http://[::1]:80/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stored string) {
		target, ok := redirectTarget(stored)
		if !ok {
			return
		}
		u, err := url.Parse(target)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Fatalf("redirectTarget(%q) = %q: not an absolute http(s) URL", stored, target)
		}
		if strings.ContainsAny(target, "\x00\r\n\t ") {
			t.Fatalf("redirectTarget(%q) = %q: control characters in Location", stored, target)
		}
		orig, _ := url.Parse(stored)
		if u.Host != orig.Host || u.Scheme != orig.Scheme {
			t.Fatalf("redirectTarget(%q) = %q: host or scheme changed", stored, target)
		}
	})
}

func FuzzDefang(f *testing.F) {
	for _, s := range []string{"https://a.example/x?u=https://b.example", "HTTP://A.EXAMPLE", "a.b", "ftp://x.y/z", "https://a.example/%3A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := strings.ToLower(defang(s))
		for _, bad := range []string{"http://", "https://", "http:", "https:"} {
			if strings.Contains(out, bad) {
				t.Fatalf("defang(%q) = %q still contains %q", s, out, bad)
			}
		}
		if scheme, rest, ok := strings.Cut(defang(s), "://"); ok {
			host, _, _ := strings.Cut(rest, "/")
			if strings.Contains(strings.ReplaceAll(host, "[.]", ""), ".") {
				t.Fatalf("defang(%q): host %q keeps a bare dot (scheme %q)", s, host, scheme)
			}
		}
	})
}

func FuzzOriginOf(f *testing.F) {
	for _, s := range []string{"https://a.example:8443/x", "https://a.example;script-src *@x/", "http://[::1]:8080/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o := originOf(s)
		if strings.ContainsAny(o, " ;,'\"\r\n\t") {
			t.Fatalf("originOf(%q) = %q: unsafe in a CSP header", s, o)
		}
	})
}

func TestRedirectTarget(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"plain", "https://a.example/x?y=1#f", "https://a.example/x?y=1#f", true},
		{"kept as stored", "https://a.example/%7Euser/a+b", "https://a.example/%7Euser/a+b", true},
		{"space escaped", "http://a.example/a b", "http://a.example/a%20b", true},
		{"utf-8 escaped", "https://a.example/ü", "https://a.example/%C3%BC", true},
		{"javascript", "javascript:alert(1)", "", false},
		{"data", "data:text/html,hi", "", false},
		{"relative", "/admin/", "", false},
		{"scheme-relative", "//evil.example/", "", false},
		{"mailto", "mailto:a@b.example", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := redirectTarget(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("redirectTarget(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// FuzzAllowNames: any admin input is refused or normalised once and for
// all (normalising again changes nothing), and an accepted domain entry is
// never a public suffix.
func FuzzAllowNames(f *testing.F) {
	for _, s := range []string{"partner.example", "com", "co.uk", "Bücher.Example.", "[10.0.0.5]", "a@b.example", "http://x/y", "github.io", ""} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, domain, sender string) {
		for _, a := range []Allow{{Domain: domain}, {Sender: sender}, {Domain: "partner.example", Recipient: sender}} {
			n, err := normAllow(a)
			if err != nil {
				continue
			}
			again, err := normAllow(n)
			if err != nil || again != n {
				t.Fatalf("normAllow(%+v) = %+v, then %+v, %v", a, n, again, err)
			}
			for _, d := range []string{n.Domain, n.Sender} {
				if d == "" || strings.Contains(d, "@") {
					continue
				}
				if _, err := netip.ParseAddr(d); err == nil {
					continue
				}
				if suffix, _ := publicsuffix.PublicSuffix(d); suffix == d {
					t.Fatalf("entry %+v accepted a public suffix %q", n, d)
				}
			}
		}
	})
}
