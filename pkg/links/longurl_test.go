package links

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// longURLMail is a message whose text and HTML parts each hold the URLs,
// between words, and a short link after them.
func longURLMail(urls ...string) []byte {
	var text, html strings.Builder
	for _, u := range urls {
		text.WriteString("Pay here: " + u + " today.\r\n")
		html.WriteString(`<p>Pay <a href="` + u + `">here</a> today.</p>` + "\r\n")
	}
	text.WriteString("Help: https://help.example/\r\n")
	html.WriteString(`<p><a href="https://help.example/">Help</a></p>` + "\r\n")
	return []byte("From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\n" + text.String() + "--b\r\nContent-Type: text/html\r\n\r\n" + html.String() + "--b--\r\n")
}

// A URL of megabytes is kept as its first MaxURLBytes, judged on its host
// (the one after a userinfo of megabytes, and the destination a
// redirector's parameter names at its start), and flagged; its lock
// replaces the whole occurrence, and nothing else in the message changes.
func TestLongURLBounded(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name, url, host string
		chain           int
	}{
		{"long path", "https://pay.evil.example/" + strings.Repeat("Ab/", mb/3), "pay.evil.example", 0},
		{"long query, escapes", "https://pay.evil.example/p?x=" + strings.Repeat("%41", mb/3), "pay.evil.example", 0},
		{"userinfo of a megabyte", "https://bank.example." + strings.Repeat("a", mb) + "@evil.example/login", "evil.example", 0},
		{"wrapped destination", "https://www.google.com/url?q=https%3A%2F%2Fdest.evil.example%2F" + strings.Repeat("Ab%2F", mb/5), "dest.evil.example", 1},
		{"no scheme", "www.pay.evil.example/" + strings.Repeat("é/", mb/3), "www.pay.evil.example", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg := longURLMail(tc.url)
			ls, err := Extract(msg, Options{})
			if err != nil || len(ls) != 4 {
				t.Fatalf("Extract: %d links, %v; want 4 and no error", len(ls), err)
			}
			repl := map[Ref]string{}
			for _, l := range []Link{ls[0], ls[2]} {
				kept := len(l.Raw) + len(l.URL) + len(l.Context) + len(strings.Join(l.Chain, ""))
				if len(l.Raw) > MaxURLBytes || kept > 8*MaxURLBytes {
					t.Errorf("%s link keeps %d bytes (Raw %d); want Raw within MaxURLBytes (%d) and all within 8 times it (URL escapes non-ASCII)", l.Kind, kept, len(l.Raw), MaxURLBytes)
				}
				if l.Host != tc.host || len(l.Chain) != tc.chain || !l.Flags.Has(FlagTruncatedChain) {
					t.Errorf("%s link: host %q, chain %d, flags %v; want %q, %d, truncated-chain", l.Kind, l.Host, len(l.Chain), l.Flags, tc.host, tc.chain)
				}
				if l.Kind == KindText && (!strings.HasPrefix(l.Context, "Pay here: ") || !strings.HasSuffix(l.Context, " today. Help: https://help.example/")) {
					t.Errorf("text link's context %.40q...%q; want the words on both sides", l.Context, l.Context[max(0, len(l.Context)-40):])
				}
				repl[l.Ref()] = "https://lock.example/l/1"
			}
			out, err := Rewrite(msg, repl, Options{})
			if err != nil {
				t.Fatal(err)
			}
			marker := hit{Link: &ls[0]}.marker()
			want := strings.Replace(string(msg), "Pay here: "+tc.url+" today.", "Pay here: https://lock.example/l/1"+marker+" today.", 1)
			want = strings.Replace(want, `<a href="`+tc.url+`">`, `<a href="https://lock.example/l/1">`, 1)
			if string(out) != want {
				t.Errorf("rewritten message differs from the original with both occurrences replaced (%d bytes, want %d)", len(out), len(want))
			}
		})
	}
}

func TestBoundURL(t *testing.T) {
	long := strings.Repeat("x", MaxURLBytes)
	tests := []struct {
		name, raw, wantPrefix string
		wantLen               int
	}{
		{"short stays whole", "https://a.example/p", "https://a.example/p", 19},
		{"at the bound stays whole", long, long, MaxURLBytes},
		{"cut", "https://a.example/" + long, "https://a.example/xxx", MaxURLBytes},
		{"no escape split", "https://a.example/" + long[:MaxURLBytes-19] + "%41%41", "https://a.example/x", MaxURLBytes - 1},
		{"no rune split", "https://a.example/" + long[:MaxURLBytes-19] + "éé", "https://a.example/x", MaxURLBytes - 1},
		{"long userinfo keeps the host", "https://" + long + "@evil.example/" + long, "https://" + long[:maxUserinfoKept] + "@evil.example/xx", MaxURLBytes},
		{"mailto", "mailto:" + long, "mailto:xx", MaxURLBytes},
	}
	for _, tc := range tests {
		got, cut := boundURL(tc.raw)
		if !strings.HasPrefix(got, tc.wantPrefix) || len(got) != tc.wantLen || cut != (len(tc.raw) > MaxURLBytes) {
			t.Errorf("%s: %d bytes %.60q, cut %v; want %d bytes starting %.60q", tc.name, len(got), got, cut, tc.wantLen, tc.wantPrefix)
		}
		if b, _ := boundURL([]byte(tc.raw)); b != got {
			t.Errorf("%s: the []byte form differs", tc.name)
		}
	}
}

// FuzzBoundURL: a URL within MaxURLBytes is kept whole; a longer one is
// cut to at most MaxURLBytes of valid UTF-8 (when it was), the same from
// a string and from bytes, and keeps the host after a long userinfo.
func FuzzBoundURL(f *testing.F) {
	f.Add("https://a.example/p", 0)
	f.Add("https://a.example/%41é", MaxURLBytes)
	f.Add("https://u@evil.example/x", 2000)
	f.Add("www.a.example/é", MaxURLBytes)
	f.Fuzz(func(t *testing.T, s string, pad int) {
		if pad < 0 || pad > 2*MaxURLBytes {
			return
		}
		if i := strings.IndexByte(s, '@'); i >= 0 {
			s = s[:i] + strings.Repeat("u", pad) + s[i:] // a long userinfo
		} else {
			s += strings.Repeat("p", pad)
		}
		got, long := boundURL(s)
		if b, blong := boundURL([]byte(s)); b != got || blong != long {
			t.Fatalf("string and []byte forms differ")
		}
		if long != (len(s) > MaxURLBytes) || !long && got != s {
			t.Fatalf("a URL of %d bytes: long %v, kept %d bytes", len(s), long, len(got))
		}
		if len(got) > MaxURLBytes {
			t.Fatalf("kept %d bytes, over MaxURLBytes", len(got))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("valid UTF-8 cut into invalid: %q", got[max(0, len(got)-8):])
		}
		if start := authorityStart(s); long && start >= 0 {
			end := start + strings.IndexFunc(s[start:]+"/", func(r rune) bool { return r < 0x80 && endsAuthority(byte(r)) })
			if at := strings.LastIndexByte(s[start:end], '@'); at >= 0 && end-start > maxAuthorityKept {
				host := s[start+at+1 : end]
				if len(host) <= maxAuthorityKept && !strings.Contains(got, "@"+host) {
					t.Fatalf("host %q after a long userinfo lost", host)
				}
			}
		}
	})
}

// TestLongBaseBounded: relative links under a <base href> or Content-Base
// of a megabyte keep URLs within MaxURLBytes, their host whole and
// FlagTruncatedChain; resolved against the whole base, 2,000 such links
// made 2,000 URLs of a megabyte (a 1 MB message took 50 s and 8 GB).
func TestLongBaseBounded(t *testing.T) {
	base := "https://evil.example/" + strings.Repeat("a", 1<<20) + "/"
	var links strings.Builder
	for i := range 50 {
		fmt.Fprintf(&links, "<a href=\"p%d\">x</a> <a href=\"https://short.example/%d\">y</a>\n", i, i)
	}
	head := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: text/html\r\n"
	tests := []struct{ name, msg string }{
		{"base tag", head + "\r\n<html><head><base href=\"" + base + "\"></head><body>" + links.String()},
		{"content-base", head + "Content-Base: \"" + base + "\"\r\n\r\n" + links.String()},
		{"content-location, query", head + "Content-Location: https://evil.example/p?" + strings.Repeat("%41", 1<<18) + "\r\n\r\n" + strings.ReplaceAll(links.String(), "\"p", "\"?p")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls, err := Extract([]byte(tc.msg), Options{})
			if err != nil || len(ls) != 100 {
				t.Fatalf("Extract: %d links, %v; want 100 and no error", len(ls), err)
			}
			for _, l := range ls {
				kept := len(l.Raw) + len(l.URL) + len(strings.Join(l.Chain, ""))
				if len(l.URL) > MaxURLBytes || kept > 3*MaxURLBytes {
					t.Fatalf("link %.40q keeps %d bytes (URL %d); want the URL within MaxURLBytes", l.Raw, kept, len(l.URL))
				}
				relative := !strings.HasPrefix(l.Raw, "https://")
				if relative && (l.Host != "evil.example" || !l.Flags.Has(FlagTruncatedChain)) {
					t.Errorf("relative link %q: host %q, flags %v; want evil.example, truncated-chain", l.Raw, l.Host, l.Flags)
				}
				if !relative && l.Flags.Has(FlagTruncatedChain) {
					t.Errorf("absolute link %q: flags %v; want no truncated-chain", l.Raw, l.Flags)
				}
			}
		})
	}
}
