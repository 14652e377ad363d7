package links

import (
	"bytes"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"
)

// msgOf builds a single-part message.
func msgOf(ctype, cte, body string) []byte {
	h := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: " + ctype + "\r\n"
	if cte != "" {
		h += "Content-Transfer-Encoding: " + cte + "\r\n"
	}
	return []byte(h + "\r\n" + body)
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		msg   []byte
		check func(t *testing.T, ls []Link)
	}{
		{"text schemes and www", msgOf("text/plain", "", "go https://a.example/x, ftp://files.example/f and www.b.example/p.\r\n"),
			wantURLs("https://a.example/x", "ftp://files.example/f", "http://www.b.example/p")},
		{"text angle brackets wrapped", msgOf("text/plain", "", "see <https://a.example/very/\r\n  long/path> ok\r\n"),
			wantURLs("https://a.example/very/long/path")},
		{"text parentheses", msgOf("text/plain", "", "(see https://a.example/wiki/X_(y)) and (https://b.example/z)\r\n"),
			wantURLs("https://a.example/wiki/X_(y)", "https://b.example/z")},
		{"text scheme glued to a word", msgOf("text/plain", "", "Compaqhttp://www.compaq.example/ and finish.https://b.example/x\r\n"),
			wantURLs("http://www.compaq.example/", "https://b.example/x")},
		{"text case and port", msgOf("text/plain", "", "HTTPS://Evil.EXAMPLE:8443/Path?Q=1\r\n"), wantURLs("https://evil.example:8443/Path?Q=1")},
		{"percent-encoded host", msgOf("text/html", "", `<a href="http://%65vil.example/%41">x</a>`), wantURLs("http://evil.example/%41")},
		{"format flowed delsp", msgOf("text/plain; format=flowed; delsp=yes", "", "see https://a.example/very/long/ \r\npath?x=1 and \r\nmore\r\n"),
			wantURLs("https://a.example/very/long/path?x=1")},
		{"format flowed without delsp", msgOf("text/plain; format=flowed", "", "see https://a.example/x \r\npath\r\n"), wantURLs("https://a.example/x")},
		{"svg xlink", msgOf("text/html", "", `<svg><a xlink:href="https://svg.example/">t</a></svg>`), wantURLs("https://svg.example/")},
		{"text defanged is not a link", msgOf("text/plain", "", "hxxps://evil[.]example and evil[.]example\r\n"), wantURLs()},
		{"text host runs into prose", msgOf("text/plain", "", "see www.jeep.example)- or (http://b.example), http://c.example-. and www.d.example!\r\n"),
			wantURLs("http://www.jeep.example", "http://b.example", "http://c.example", "http://www.d.example")},
		{"text userinfo kept", msgOf("text/plain", "", "https://paypal.example@evil.example/x\r\n"), wantURLs("https://paypal.example@evil.example/x")},
		{"text email is not a www link", msgOf("text/plain", "", "mail me at joe@www.example.com\r\n"), wantURLs()},
		{"text unicode end", msgOf("text/plain; charset=utf-8", "", "«https://a.example/ü»\r\n"), wantURLs("https://a.example/%C3%BC")},
		{"qp text", msgOf("text/plain", "quoted-printable", "https://a.example/long=\r\n/path?a=3D1\r\n"), wantURLs("https://a.example/long/path?a=1")},
		{"base64 html", msgOf("text/html", "base64", "PGEgaHJlZj0iaHR0cHM6Ly9hLmV4YW1wbGUvIj5oaTwvYT4="), wantURLs("https://a.example/")},
		{"latin1 html", msgOf("text/html; charset=iso-8859-1", "quoted-printable", "<p>Caf=E9</p><a href=3D\"https://caf=E9.example/\">x</a>"),
			func(t *testing.T, ls []Link) {
				wantURLs("https://xn--caf-dma.example/")(t, ls)
				if len(ls) != 1 || ls[0].Host != "xn--caf-dma.example" || ls[0].UnicodeHost != "café.example" || !ls[0].Flags.Has(FlagPunycode) {
					t.Errorf("Extract = %+v, want IDN host café.example", ls)
				}
			}},
		{"html kinds", msgOf("text/html", "", `<html><head><link rel=stylesheet href="https://css.example/a.css">
<meta http-equiv="Refresh" content="0; URL='https://refresh.example/r'"><style>body{background:url("https://bg.example/b.png")}</style></head>
<body background="https://bgattr.example/i.gif"><a href="https://a.example/">A</a><area href="https://area.example/">
<form action="https://form.example/post"><button formaction="https://btn.example/go">b</button></form>
<img src="https://img.example/1.png" srcset="https://img.example/2.png 2x, https://img.example/3.png 3x">
<div style="background-image: url(https://style.example/s.png)">x</div><script>var u="https://script.example/";</script>
<!--[if mso]><v:roundrect href="https://vml.example/"></v:roundrect><![endif]--><!-- https://comment.example/ -->
<a href="#top">top</a><a href="cid:img1">c</a><a href="mailto:joe@mail.example">m</a></body></html>`),
			func(t *testing.T, ls []Link) {
				want := map[string]Kind{"css.example": KindCSS, "refresh.example": KindRefresh, "bg.example": KindCSS,
					"bgattr.example": KindImage, "a.example": KindHref, "area.example": KindHref, "form.example": KindForm,
					"btn.example": KindForm, "img.example": KindImage, "style.example": KindCSS, "vml.example": KindHref, "mail.example": KindHref}
				got := map[string]Kind{}
				for _, l := range ls {
					got[l.Host] = l.Kind
					if l.Clickable == (l.Kind == KindImage || l.Kind == KindCSS) {
						t.Errorf("Extract link %s Clickable = %v with kind %s", l.Host, l.Clickable, l.Kind)
					}
				}
				for h, k := range want {
					if got[h] != k {
						t.Errorf("Extract host %s kind = %q, want %q", h, got[h], k)
					}
				}
				if len(got) != len(want) || len(ls) != len(want)+2 {
					t.Errorf("Extract found %d links on hosts %v, want %d links on %d hosts", len(ls), got, len(want)+2, len(want))
				}
			}},
		{"html base and protocol relative", msgOf("text/html", "", `<base href="https://base.example/d/"><a href="p?a=1&amp;b=2">x</a><a href="//pr.example/">y</a>`),
			func(t *testing.T, ls []Link) {
				wantURLs("https://base.example/d/p?a=1&b=2", "https://pr.example/")(t, ls)
				if len(ls) == 2 && (ls[0].Raw != "p?a=1&b=2" || !ls[1].Flags.Has(FlagProtocolRelative)) {
					t.Errorf("Extract = %+v, want entity-decoded Raw and FlagProtocolRelative", ls)
				}
			}},
		{"html evasions", msgOf("text/html", "", `<a href=" htt&#x70;s:\\evil.example\x ">1</a><a href="https://paypal.com@evil.example/">2</a>`+
			`<a href="http://3232235777/">3</a><a href="http://0300.0250.0.1/">4</a><a href="https://xn--pypal-4ve.com/">5</a>`+
			`<a href="javascript:alert(1)">6</a><a href="data:text/html;base64,PHNjcmlwdD4=">7</a><a href="https://ev&#10;il.example/">8</a>`),
			func(t *testing.T, ls []Link) {
				want := []Flag{FlagBackslash, FlagUserinfo, FlagIPLiteral | FlagObfuscatedIP, FlagIPLiteral | FlagObfuscatedIP,
					FlagPunycode | FlagMixedScript, FlagScriptScheme, FlagScriptScheme, FlagWhitespace}
				if len(ls) != len(want) {
					t.Fatalf("Extract found %d links, want %d: %+v", len(ls), len(want), ls)
				}
				hosts := []string{"evil.example", "evil.example", "192.168.1.1", "192.168.0.1", "xn--pypal-4ve.com", "", "", "evil.example"}
				for i, l := range ls {
					if !l.Flags.Has(want[i]) || l.Host != hosts[i] {
						t.Errorf("Extract link %d = host %q flags %b, want host %q flags %b", i, l.Host, l.Flags, hosts[i], want[i])
					}
				}
			}},
		{"html display mismatch", msgOf("text/html", "", `<p>Dear customer</p><a href="https://evil.example/login">https://www.paypal.com/signin</a> `+
			`<a href="https://www.paypal.com/x">PayPal.com</a> <a href="https://a.github.io/">b.github.io</a> <a href="https://x.example/">Click here</a>`),
			func(t *testing.T, ls []Link) {
				wantDisplays([]string{"www.paypal.com", "paypal.com", "b.github.io", ""}, []bool{true, false, true, false})(t, ls)
				if !strings.Contains(ls[0].Context, "Dear customer") {
					t.Errorf("Extract context = %q, want the surrounding text", ls[0].Context)
				}
			}},
		{"html file name shown", msgOf("text/html", "", `<a href="https://t.atlassian.net/secure/attachment/1/export-log.zip">export-log.zip</a> `+
			`<a href="https://github.com/o/r/blob/main/setup.py">setup.py</a> <a href="https://evil.example/report.zip">other.zip</a> `+
			`<a href="https://evil.example/paypal.com">paypal.com</a>`),
			wantDisplays([]string{"", "", "other.zip", "paypal.com"}, []bool{false, false, true, true})},
		{"html file name on a share link", msgOf("text/html", "", `<a href="https://p-my.sharepoint.com/:u:/g/personal/j/EXy9zAb?e=Qw12">staging-logs-0309.zip</a> `+
			`<a href="https://drive.google.com/file/d/1AbCd/view?usp=sharing">demo-recording.mov</a> `+
			`<a href="https://evil.example/dl?id=7">www.report.zip</a> <a href="https://evil.example/get">setup.py</a> `+
			`<a href="https://evil.example/x/">logs.zip/</a>`),
			wantDisplays([]string{"", "", "www.report.zip", "setup.py", "logs.zip"}, []bool{false, false, true, true, true})},
		{"html text url outside anchor", msgOf("text/html", "", `<p>Visit https://t.example/a?x=1&amp;y=2&nbsp;now</p>`), wantURLs("https://t.example/a?x=1&y=2")},
		{"calendar folded", msgOf("text/calendar", "", "BEGIN:VCALENDAR\r\nDESCRIPTION:Join https://meet.example/abc\r\n def?p=1\r\nEND:VCALENDAR\r\n"),
			func(t *testing.T, ls []Link) {
				wantURLs("https://meet.example/abcdef?p=1")(t, ls)
				if len(ls) == 1 && ls[0].Kind != KindCalendar {
					t.Errorf("Extract kind = %s, want calendar", ls[0].Kind)
				}
			}},
		{"calendar text escapes end a url", msgOf("text/calendar", "", "BEGIN:VCALENDAR\r\nDESCRIPTION:Join: https://meet.example/abc-defg\\nDial: +49 30 1\\n\\nAgenda https://wiki.example/p/Q2+Plan\\\r\n N\\nNotes\r\nEND:VCALENDAR\r\n"),
			wantURLs("https://meet.example/abc-defg", "https://wiki.example/p/Q2+Plan")},
		{"rfc822 attachment", []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhttps://outer.example/\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" +
			"Subject: inner\r\nContent-Type: multipart/alternative; boundary=c\r\n\r\n--c\r\nContent-Type: text/html\r\n\r\n<a href=\"https://inner.example/\">x</a>\r\n--c--\r\n\r\n--b--\r\n"),
			func(t *testing.T, ls []Link) {
				wantURLs("https://outer.example/", "https://inner.example/")(t, ls)
				if len(ls) == 2 && (ls[0].Part != "1" || ls[1].Part != "2.1") {
					t.Errorf("Extract parts = %q, %q; want 1, 2.1", ls[0].Part, ls[1].Part)
				}
			}},
		{"unwrapped safelink", msgOf("text/plain", "", "https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2F&data=x\r\n"),
			func(t *testing.T, ls []Link) {
				wantURLs("https://evil.example/")(t, ls)
				if len(ls) == 1 && (len(ls[0].Chain) != 1 || ls[0].Domain != "evil.example") {
					t.Errorf("Extract = %+v, want chain of 1 and domain evil.example", ls[0])
				}
			}},
		{"private suffix domain", msgOf("text/plain", "", "https://a.github.io/ https://b.github.io/\r\n"),
			func(t *testing.T, ls []Link) {
				if len(ls) != 2 || ls[0].Domain != "a.github.io" || ls[1].Domain != "b.github.io" {
					t.Errorf("Extract domains = %+v, want a.github.io and b.github.io", ls)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := Extract(tt.msg, Options{})
			if err != nil {
				t.Errorf("Extract(%s) error %v", tt.name, err)
			}
			tt.check(t, ls)
			for _, l := range ls {
				checkOffsets(t, tt.msg, l)
			}
		})
	}
}

func wantURLs(urls ...string) func(t *testing.T, ls []Link) {
	return func(t *testing.T, ls []Link) {
		t.Helper()
		var got []string
		for _, l := range ls {
			got = append(got, l.URL)
		}
		if strings.Join(got, " ") != strings.Join(urls, " ") {
			t.Errorf("Extract URLs = %q, want %q", got, urls)
		}
	}
}

// checkOffsets verifies that Start:End locates Raw in the decoded part text.
func checkOffsets(t *testing.T, msg []byte, l Link) {
	t.Helper()
	sc := scanMessage(msg, Options{}, nil, false)
	for _, sl := range sc.leaves {
		if sl.path != l.Part {
			continue
		}
		if l.Start < 0 || l.End > len(sl.text) || l.Start > l.End {
			t.Errorf("link %q offsets %d:%d outside part of %d bytes", l.Raw, l.Start, l.End, len(sl.text))
			return
		}
		seg := string(sl.text[l.Start:l.End])
		if sl.mtype != "text/html" && seg != l.Raw {
			t.Errorf("part text[%d:%d] = %q, want Raw %q", l.Start, l.End, seg, l.Raw)
		}
		return
	}
	t.Errorf("link %q: no part %q", l.Raw, l.Part)
}

func TestExtractLimits(t *testing.T) {
	var body strings.Builder
	body.WriteString("Content-Type: multipart/mixed; boundary=b\r\n\r\n")
	for i := 0; i < 20; i++ {
		body.WriteString("--b\r\nContent-Type: text/plain\r\n\r\nhttps://a.example/1 https://a.example/2\r\n")
	}
	body.WriteString("--b--\r\n")
	msg := []byte(body.String())
	tests := []struct {
		name      string
		opts      Options
		wantLinks int
	}{
		{"defaults", Options{}, 40},
		{"max links", Options{MaxLinks: 5}, 5},
		{"max parts", Options{MaxParts: 4}, 6},
		{"max part bytes", Options{MaxPartBytes: 25}, 20},
		{"max depth", Options{MaxDepth: 1}, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := Extract(msg, tt.opts)
			if len(ls) != tt.wantLinks {
				t.Errorf("Extract(%s) = %d links, want %d", tt.name, len(ls), tt.wantLinks)
			}
			partial := tt.name != "defaults" && tt.name != "max depth"
			if errors.Is(err, ErrPartial) != partial {
				t.Errorf("Extract(%s) error %v, want partial %v", tt.name, err, partial)
			}
			// A structure limit overflows; a body part cut at max part
			// bytes is CutBody.
			x, _ := ExtractAll(msg, tt.opts)
			cut := tt.name == "max part bytes"
			if x.Overflow != (partial && !cut) || x.CutBody != cut {
				t.Errorf("ExtractAll(%s): Overflow %v, CutBody %v; want %v, %v", tt.name, x.Overflow, x.CutBody, partial && !cut, cut)
			}
		})
	}
	// A text file attached (a log) and cut is no overflow.
	logFile := "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee the log\r\n" +
		"--b\r\nContent-Type: text/plain; name=server.log\r\nContent-Disposition: attachment; filename=server.log\r\n\r\n" +
		strings.Repeat("GET /index.html 200\r\n", 10) + "--b--\r\n"
	if x, err := ExtractAll([]byte(logFile), Options{MaxPartBytes: 40}); x.Overflow || x.CutBody || !errors.Is(err, ErrPartial) {
		t.Errorf("attached log cut at max part bytes: Overflow %v, CutBody %v, err %v; want neither, partial", x.Overflow, x.CutBody, err)
	}
	nested := "Content-Type: multipart/mixed; boundary=b0\r\n\r\n--b0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhttps://a.example/\r\n--b1--\r\n--b0--\r\n"
	if x, _ := ExtractAll([]byte(nested), Options{MaxDepth: 1}); !x.Overflow {
		t.Errorf("nesting past MaxDepth: Overflow false")
	}
}

func TestExtractMalformed(t *testing.T) {
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhttps://a.example/ no end")
	ls, err := Extract(msg, Options{})
	if len(ls) != 1 || !errors.Is(err, ErrMalformed) {
		t.Errorf("Extract(unterminated) = %d links, %v; want 1 link and ErrMalformed", len(ls), err)
	}
}

func TestBody(t *testing.T) {
	tests := []struct{ name, msg, want string }{
		{"crlf", "A: b\r\nC: d\r\n\r\nbody\r\n", "body\r\n"},
		{"lf", "A: b\n\nbody\n", "body\n"},
		{"no body", "A: b\r\n", ""},
		{"empty header", "\r\nbody", "body"},
	}
	for _, tt := range tests {
		if got := string(Body([]byte(tt.msg))); got != tt.want {
			t.Errorf("Body(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestExtractQuirks(t *testing.T) {
	tests := []struct {
		name string
		msg  []byte
		want []string
	}{
		{"utf-7 html", msgOf("text/html; charset=utf-7", "", "+ADw-a href=+ACI-https://u7.example/+ACI-+AD4-x+ADw-/a+AD4- 1+-1"), []string{"https://u7.example/"}},
		{"content-type without semicolon", msgOf("text/html charset=windows-1252", "", `<a href="https://a.example/">x</a>`), []string{"https://a.example/"}},
		{"junk after boundary", []byte("Content-Type: multipart/mixed;\r\n boundary=\"b1\";iso-8859-1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhttps://a.example/\r\n--b1--\r\n"), []string{"https://a.example/"}},
		{"flowed wrapped url", msgOf("text/plain; format=flowed; delsp=yes", "", "go https://a.example/lo \r\nng now\r\n"), []string{"https://a.example/long"}},
		{"html labelled text/plain", msgOf("text/plain", "", "<html><body><a href=\"https://a.example/\">x</a></body></html>"), []string{"https://a.example/"}},
		{"www in capitals", msgOf("text/plain", "", "Sign in at WWW.A.EXAMPLE/OWA today\r\n"), []string{"http://www.a.example/OWA"}},
		{"www after a label's colon and equals sign", msgOf("text/plain", "", "Link:www.a.example/owa or URL=www.b.example/x\r\n"), []string{"http://www.a.example/owa", "http://www.b.example/x"}},
		{"www in mixed case", msgOf("text/plain", "", "Sign in at Www.a.example/owa today\r\n"), []string{"http://www.a.example/owa"}},
		{"meta refresh without url=", msgOf("text/html", "", `<html><head><meta http-equiv="refresh" content="0; https://a.example/r"></head></html>`), []string{"https://a.example/r"}},
		{"meta refresh, comma and quotes", msgOf("text/html", "", `<html><head><meta http-equiv="refresh" content="3,'https://a.example/q?x=url'"></head></html>`), []string{"https://a.example/q?x=url"}},
		{"unknown text subtype read as text/plain", msgOf("text/x-notice; charset=utf-8", "", "Sign in at https://a.example/owa now\r\n"), []string{"https://a.example/owa"}},
		{"text/enriched", msgOf("text/enriched", "", "<bold>Sign in</bold> at https://a.example/owa now\r\n"), []string{"https://a.example/owa"}},
		{"amp for email", msgOf("text/x-amp-html; charset=utf-8", "", `<html amp4email><body><a href="https&#58;//a.example/amp">x</a></body></html>`), []string{"https://a.example/amp"}},
		{"multipart without a boundary", []byte("Content-Type: multipart/mixed\r\n\r\nSign in at https://a.example/owa now\r\n"), []string{"https://a.example/owa"}},
		{"encoded word in the content type", msgOf("=?utf-8?q?text/html; charset=utf-8", "", `<p>Pay: <a href="https://a.example/q">invoice</a></p>`), []string{"https://a.example/q"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, _ := Extract(tt.msg, Options{})
			wantURLs(tt.want...)(t, ls)
			if len(ls) == 0 {
				return
			}
			out, err := Rewrite(tt.msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
			after, _ := Extract(out, Options{})
			if err != nil || len(after) == 0 || after[0].URL != "https://lock.example/l/1" {
				t.Errorf("Rewrite(%s) = %q, %v; want the lock URL extracted again", tt.name, Body(out), err)
			}
		})
	}
}

// TestForbiddenHost: a host that holds, even percent-encoded, a character
// no host name may carry leads nowhere (browsers refuse the URL), so the
// link keeps its URL but gets no host and no domain.
func TestForbiddenHost(t *testing.T) {
	for _, tc := range []struct {
		href, host string
	}{
		{"http://www.shop.example%3eClick%20here%3c/a%3e", ""},
		{"http://www.shop.example%20now/", ""},
		{"http://a%7Cb.example/", ""},
		{"http://a%01b.example/", ""},
		{"http://a%7Fb.example/", ""},
		{"http://www.shop.example/%3e", "www.shop.example"},
		{"http://www.SHOP.example./x", "www.shop.example"},
		{"http://[::1]/x", "::1"},
	} {
		t.Run(tc.href, func(t *testing.T) {
			ls, _ := Extract(msgOf("text/html", "", `<a href="`+tc.href+`">x</a>`), Options{})
			if len(ls) != 1 || ls[0].Host != tc.host || tc.host == "" && ls[0].Domain != "" {
				t.Fatalf("Extract(%q) = %+v; want one link with host %q", tc.href, ls, tc.host)
			}
		})
	}
}

// TestFakeSeparator: a host written with a character that looks like a
// dot, a slash or a backslash and is none is marked, and its registrable
// domain is the one IDNA gives (evil.top, where the host reads as
// microsoft.com); the full stops IDNA turns into dots are real dots, and
// a host in another script is no disguise.
func TestFakeSeparator(t *testing.T) {
	for _, tc := range []struct {
		href, domain string
		fake         bool
	}{
		{"https://microsoft.com\u2215login.evil.top/x", "evil.top", true},
		{"https://microsoft.com\u2044login.evil.top/x", "evil.top", true},
		{"https://microsoft.com\uff0flogin.evil.top/x", "evil.top", true},
		{"https://microsoft.com\u29f5login.evil.top/x", "evil.top", true},
		{"https://login.microsoft\u2024com.evil.top/x", "evil.top", true},
		{"https://login.microsoft\ufe52com.evil.top/x", "evil.top", true},
		{"https://microsoft.xn--comlogin-0f7d.evil.top/x", "evil.top", true},
		{"https://login.microsoft\u3002com.evil.top/x", "evil.top", false},
		{"https://login.microsoft\uff0ecom.evil.top/x", "evil.top", false},
		{"https://www.paypal\uff61com/", "paypal.com", false},
		{"https://b\u00fccher.example/", "xn--bcher-kva.example", false},
		{"https://microsoft.com/login", "microsoft.com", false},
	} {
		t.Run(tc.href, func(t *testing.T) {
			ls, _ := Extract(msgOf("text/html", "", `<a href="`+tc.href+`">x</a>`), Options{})
			if len(ls) != 1 || ls[0].Domain != tc.domain || ls[0].Flags.Has(FlagFakeSeparator) != tc.fake {
				t.Fatalf("Extract(%q) = %+v; want domain %q, fake separator %v", tc.href, ls, tc.domain, tc.fake)
			}
		})
	}
}

// TestFakeSeparatorDisplay: a link text shows the host its look-alike
// dots and slashes read as, so "www.paypal\uff0ecom" over another site is
// a display mismatch naming www.paypal.com; a sentence ending in an
// ideographic full stop shows no host.
func TestFakeSeparatorDisplay(t *testing.T) {
	var body strings.Builder
	texts := []string{"login.microsoft\uff0ecom", "www.paypal\uff61com", "https://www.paypal\u2024com/signin", "www.paypal.com\u2215signin",
		"\u8a73\u3057\u304f\u306f\u3053\u3061\u3089\u3002"}
	for _, d := range texts {
		body.WriteString(`<a href="https://evil.top/x">` + d + `</a> `)
	}
	body.WriteString(`<a href="https://www.evil.top/">` + "www.evil\u3002top</a>")
	ls, _ := Extract(msgOf("text/html; charset=utf-8", "", body.String()), Options{})
	wantDisplays([]string{"login.microsoft.com", "www.paypal.com", "www.paypal.com", "www.paypal.com", "", "www.evil.top"},
		[]bool{true, true, true, true, false, false})(t, ls)
}

// wantDisplays checks each link's shown host and display mismatch flag.
func wantDisplays(hosts []string, mismatch []bool) func(*testing.T, []Link) {
	return func(t *testing.T, ls []Link) {
		t.Helper()
		if len(ls) != len(hosts) {
			t.Fatalf("Extract found %d links, want %d", len(ls), len(hosts))
		}
		for i, l := range ls {
			if l.Flags.Has(FlagDisplayMismatch) != mismatch[i] || l.DisplayHost != hosts[i] {
				t.Errorf("Extract link %d display %q host %q mismatch %v, want host %q mismatch %v", i, l.Display, l.DisplayHost, l.Flags.Has(FlagDisplayMismatch), hosts[i], mismatch[i])
			}
		}
	}
}

// TestContentBaseHeader: an HTML part's Content-Base field (else its
// Content-Location) is the base of its relative links, as Thunderbird
// writes it into the page as a <base> ahead of the part's own markup
// (spaces and quotes removed: a long URL folds over lines). Without it
// <a href="view?id=1"> was no link at all and its lure went unjudged.
func TestContentBaseHeader(t *testing.T) {
	page := "<html><body><p>Remittance advice: <a href=\"view?id=1\">View document</a></p></body></html>\r\n"
	for _, tt := range []struct{ name, header, body, want string }{
		{"content-base", "Content-Base: https://remit.evil.example/docs/", page, "https://remit.evil.example/docs/view?id=1"},
		{"folded and quoted", "Content-Base: \"https://remit.evil\r\n .example/docs/\"", page, "https://remit.evil.example/docs/view?id=1"},
		{"content-location", "Content-Location: https://remit.evil.example/docs/index.html", page, "https://remit.evil.example/docs/view?id=1"},
	} {
		msg := []byte("From: a@b.example\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nRemittance advice.\r\n" +
			"--b\r\nContent-Type: text/html; charset=utf-8\r\n" + tt.header + "\r\n\r\n" + tt.body + "--b--\r\n")
		ls, _ := Extract(msg, Options{})
		if len(ls) != 1 || ls[0].URL != tt.want || !ls[0].Clickable || !ls[0].Rewritable() {
			t.Fatalf("%s: links %+v, want one rewritable link to %s", tt.name, ls, tt.want)
		}
		out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
		if after, _ := Extract(out, Options{}); err != nil || len(after) != 1 || after[0].URL != "https://lock.example/l/1" {
			t.Errorf("%s: after the rewrite %+v, %v", tt.name, after, err)
		}
	}
	// A header base beside the page's own <base>: Thunderbird applies the
	// header's, browsers and Outlook the page's. The relative link is judged
	// at both places, one place in the text, rewritten once whichever is
	// locked; an absolute link stays one link.
	for _, tt := range []struct{ name, header, base string }{
		{"header names the lure", "https://remit.evil.example/", "https://harmless.example/"},
		{"page names the lure", "https://harmless.example/", "https://remit.evil.example/"},
	} {
		msg := []byte("Content-Type: text/html\r\nContent-Base: " + tt.header + "\r\n\r\n" +
			`<base href="` + tt.base + `"><a href="view?id=1">View</a> <a href="https://abs.example/x">x</a>` + "\r\n")
		ls, _ := Extract(msg, Options{})
		var urls []string
		for _, l := range ls {
			urls = append(urls, l.URL)
		}
		want := []string{tt.base + "view?id=1", tt.header + "view?id=1", "https://abs.example/x"}
		if !slices.Equal(urls, want) || ls[0].Ref() != ls[1].Ref() || ls[1].Display != "View" || !ls[1].Rewritable() {
			t.Fatalf("%s: links %q (%+v), want %q, the first two at one place with the anchor's text", tt.name, urls, ls, want)
		}
		for _, i := range []int{0, 1} {
			out, err := Rewrite(msg, map[Ref]string{ls[i].Ref(): "https://lock.example/l/1"}, Options{})
			after, _ := Extract(out, Options{})
			if err != nil || len(after) != 2 || after[0].URL != "https://lock.example/l/1" {
				t.Errorf("%s: after rewriting link %d: %+v, %v", tt.name, i, after, err)
			}
		}
	}
	// A text part's Content-Base changes nothing: it has no relative links.
	ls, _ := Extract([]byte("Content-Type: text/plain\r\nContent-Base: https://remit.evil.example/\r\n\r\nsee view?id=1\r\n"), Options{})
	if len(ls) != 0 {
		t.Errorf("text part: %+v", ls)
	}
}

// TestHTMLAsRendered: links are read where a mail client renders them,
// not only where an HTML tokenizer sees tags: inside <noscript> (mail runs
// no script), after <style> or <title> inside <svg> or <math> (no raw text
// there), and resolved against the document's first <base>, also when the
// base comes after the link or is written loosely.
func TestHTMLAsRendered(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"noscript", `<noscript><a href="&#104;ttps://evil.example/a">Sign in</a></noscript>`, "https://evil.example/a"},
		{"svg style", `<svg><style><p><a href="https://evil.example/b">Sign in</a></style></svg>`, "https://evil.example/b"},
		{"math title", `<math><title><a href="https://evil.example/c">x</a></title></math>`, "https://evil.example/c"},
		{"conditional comment in capitals", `<!--[IF mso]><v:roundrect href="https://evil.example/d"></v:roundrect><![endif]-->`, "https://evil.example/d"},
		{"conditional comment after a space", `<!-- [if mso]><v:roundrect href="https://evil.example/e"></v:roundrect><![endif]-->`, "https://evil.example/e"},
		{"base inside noscript", `<a href="/login">Sign in</a><noscript><base href="https://evil.example/"></noscript>`, "https://evil.example/login"},
		{"script left open in svg style", `<svg><style><script></style></svg><p>Pay here: <a href="https://evil.example/pay">pay</a></p>`, "https://evil.example/pay"},
		{"textarea left open in noscript", `<noscript><textarea></noscript><a href="https://evil.example/pay2">pay</a>`, "https://evil.example/pay2"},
		{"base after the link", `<a href="/owa/">Sign in</a><base href="https://evil.example/">`, "https://evil.example/owa/"},
		{"loose base", `<base href="https:evil.example/"><a href="owa">Sign in</a>`, "https://evil.example/owa"},
		{"backslash base", `<base href="https:\\evil.example\"><a href="owa">Sign in</a>`, "https://evil.example/owa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := msgOf("text/html", "", "<html><body>"+tt.html+"</body></html>\r\n")
			ls, _ := Extract(msg, Options{})
			var urls []string
			for _, l := range ls {
				if l.Clickable {
					urls = append(urls, l.URL)
				}
			}
			if !slices.Contains(urls, tt.want) {
				t.Fatalf("clickable links %q, want %s", urls, tt.want)
			}
			for _, l := range ls {
				if l.URL == tt.want {
					out, err := Rewrite(msg, map[Ref]string{l.Ref(): "https://lock.example/l/1"}, Options{})
					if err != nil || !bytes.Contains(out, []byte("https://lock.example/l/1")) {
						t.Errorf("Rewrite: %v, %s", err, out)
					}
				}
			}
		})
	}
	// <style> in HTML stays style: its text is no link.
	ls, _ := Extract(msgOf("text/html", "", `<style>a[href="https://css.example/x"] {}</style><p>hi</p>`+"\r\n"), Options{})
	for _, l := range ls {
		if l.Clickable {
			t.Errorf("a URL in an HTML <style> became clickable: %+v", l)
		}
	}
}

// A meta refresh whose content holds broken UTF-8 before "url" is read at
// the right offset (a lower-cased copy of it is longer).
func TestRefreshBrokenUTF8(t *testing.T) {
	msg := msgOf("text/html", "", "<meta http-equiv=\"refresh\" content=\"0;\x84\x84\x84 url=https://evil.example/r\">\r\n")
	ls, _ := Extract(msg, Options{})
	if len(ls) != 1 || ls[0].URL != "https://evil.example/r" {
		t.Errorf("links %+v, want the refresh target", ls)
	}
}

// TestAmbiguousType: a part whose type mail programs read two ways (two
// Content-Type fields, two boundaries, two transfer encodings) overflows: the reading milterd did
// not take may show a link.
func TestAmbiguousType(t *testing.T) {
	two := "Content-Type: multipart/alternative; boundary=\"a\"; boundary=\"b\"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nhi\r\n--a--\r\n"
	twoFields := "Content-Type: text/plain\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n<a href=\"https://evil.example/\">hi</a>\r\n"
	plain := "Content-Type: multipart/alternative; boundary=\"a\"\r\nX-Note: content-type: here\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nhi\r\n--a--\r\n"
	for _, tc := range []struct {
		name, msg string
		want      bool
	}{{"two boundaries", two, true}, {"two Content-Type fields", twoFields, true}, {"one of each", plain, false},
		{"two transfer encodings", "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\nContent-Transfer-Encoding: 7bit\r\n\r\n<a href=\"https://evil.example/\">hi</a>\r\n", true},
		{"one transfer encoding twice", "Content-Type: text/html\r\nContent-Transfer-Encoding: Base64\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+aGk8L3A+\r\n", false},
		{"the same field twice", "Content-type: text/html; charset=UTF-8\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>order</p>\r\n", false},
		{"a boundary holding the word", "Content-Type: multipart/mixed; boundary=\"==boundary=_01\"\r\n\r\n--==boundary=_01\r\nContent-Type: text/plain\r\n\r\nhi\r\n--==boundary=_01--\r\n", false}} {
		x, _ := ExtractAll([]byte(tc.msg), Options{})
		if x.Overflow != tc.want {
			t.Errorf("%s: Overflow %v, want %v", tc.name, x.Overflow, tc.want)
		}
	}
}

// TestTransferEncodingFirstToken: a Content-Transfer-Encoding is read as
// its first token, as Thunderbird reads it, so "base64; x" or
// "Base64 (utf-8)" still decodes the body; read whole, such a body stayed
// encoded and its links unread. The rewrite re-encodes the part the same way.
func TestTransferEncodingFirstToken(t *testing.T) {
	page := `<p>Remittance advice: <a href="https://remit.evil.example/view">View document</a></p>`
	for _, tt := range []struct{ cte, body string }{
		{"base64; x-mailer-hint", base64.StdEncoding.EncodeToString([]byte(page))},
		{"Base64 (utf-8)", base64.StdEncoding.EncodeToString([]byte(page))},
		{"quoted-printable,7bit", strings.ReplaceAll(page, "=", "=3D")},
	} {
		msg := []byte("From: a@b.example\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: " + tt.cte + "\r\n\r\n" + tt.body + "\r\n")
		ls, _ := Extract(msg, Options{})
		if len(ls) != 1 || ls[0].URL != "https://remit.evil.example/view" || !ls[0].Rewritable() {
			t.Fatalf("%s: links %+v, want the rewritable link", tt.cte, ls)
		}
		out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
		if after, _ := Extract(out, Options{}); err != nil || len(after) != 1 || after[0].URL != "https://lock.example/l/1" {
			t.Errorf("%s: after the rewrite %+v, %v", tt.cte, after, err)
		}
	}
}

// A first header field with blanks before its colon (RFC 5322 4.5.3,
// obs-optional, which Postfix passes on as a field) still starts the
// header: the whole message was read as one text body, its base64 part
// and the link in it unread.
func TestHeaderBlankBeforeColon(t *testing.T) {
	html := base64.StdEncoding.EncodeToString([]byte(`<a href="https://evil.example/login">sign in</a>`))
	for _, first := range []string{"Subject : invoice", "Subject\t: invoice", "X-Mailer  : x"} {
		msg := first + "\r\nFrom: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n" + html + "\r\n--b--\r\n"
		ls, _ := Extract([]byte(msg), Options{})
		if len(ls) != 1 || ls[0].URL != "https://evil.example/login" {
			t.Errorf("first field %q: links %v, want https://evil.example/login", first, ls)
		}
		if !bytes.HasPrefix(Body([]byte(msg)), []byte("--b\r\n")) {
			t.Errorf("first field %q: body %.20q, want the multipart body", first, Body([]byte(msg)))
		}
	}
}
