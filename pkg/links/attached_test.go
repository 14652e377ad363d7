package links

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// TestHTMLFileAsOctetStream: an .html file sent as application/octet-stream
// opens in the browser as a page, so it is read (and locked) like a
// text/html part.
func TestHTMLFileAsOctetStream(t *testing.T) {
	page := `<html><body><form action="https://collect.evil.example/p"><input type="password"></form><a href="https://evil.example/x">Sign in</a></body></html>`
	for _, header := range []string{
		"Content-Type: application/octet-stream; name=\"Invoice.HTML\"",
		"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"scan.htm\"",
		// Declared as another type the file's name contradicts: it
		// opens by its name.
		"Content-Type: application/pdf; name=\"Invoice.html\"",
		"Content-Type: application/msword\r\nContent-Disposition: attachment; filename=\"Invoice.html\"",
		"Content-Type: text/plain; name=\"Invoice.html\"",
		"Content-Type: application/octet-stream; name=\"Invoice.html.\"",
		"Content-Type: application/xhtml+xml; name=\"Invoice.xhtml\"",
		"Content-Type: application/octet-stream; name=\"Invoice.xht\"", // XHTML, which browsers open as a page
		"Content-Type: text/x-html",
		// The name only in RFC 2047 encoded words, which mail programs
		// decode in parameters too.
		"Content-Type: application/octet-stream; name=\"=?UTF-8?B?SW52b2ljZS5odG1s?=\"",
		"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"=?windows-1252?Q?Zahlungsbest=E4tigung.htm?=\"",
	} {
		msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(page)) + "\r\n--b--\r\n")
		ls, err := Extract(msg, Options{})
		if err != nil || len(ls) != 2 || ls[0].Kind != KindForm || ls[1].Kind != KindHref || !ls[1].Rewritable() {
			t.Fatalf("%s: %d links %+v, %v; want a rewritable form and href", header, len(ls), ls, err)
		}
		out, err := Rewrite(msg, map[Ref]string{ls[1].Ref(): "https://lock.example/l/1"}, Options{})
		if err != nil || bytes.Equal(out, msg) {
			t.Fatalf("%s: Rewrite: %v", header, err)
		}
		after, _ := Extract(out, Options{})
		if len(after) != 2 || after[1].URL != "https://lock.example/l/1" {
			t.Errorf("%s: after the rewrite %+v", header, after)
		}
	}
}

// TestAttachmentFaultIsContained: a fault while reading one attachment
// (here a part whose bounds are wrong, which the walker never makes) is
// reported, and the links found before it are kept.
func TestAttachmentFaultIsContained(t *testing.T) {
	sc := &scan{}
	c := &collector{max: 10, hosts: hostCache{}}
	c.add("https://kept.example/", nil, KindText, true)
	sc.scanAttached(leaf{mtype: attPDF, src: []byte("x"), bodyStart: 2, bodyEnd: 1}, c, Options{}.withDefaults())
	if !sc.internal || len(c.links) != 1 || len(c.meta) != 1 || c.links[0].Host != "kept.example" {
		t.Errorf("after a fault: internal %v, %d links, %d metas; want the internal error and the one link kept", sc.internal, len(c.links), len(c.meta))
	}
}

// TestScriptedHTMLFile: an attached HTML file that runs script marks the
// message (Extracted.ScriptedHTML); script in the message's own HTML body
// does not, since mail clients never run it.
func TestScriptedHTMLFile(t *testing.T) {
	const (
		script  = `<html><script>document.write(atob("PGZvcm0+"))</script></html>`
		handler = `<html><body onload="go()"><p>Loading</p></body></html>`
		jsLink  = `<html><a href=" javascript:go()">Open</a></html>`
		plain   = `<html><body><p>Statement</p><a href="https://bank.example/s">View</a></body></html>`
		saved   = "MIME-Version: 1.0\r\nContent-Type: text/html\r\nContent-Location: file:///C:/page.htm\r\n\r\n"
	)
	for _, tc := range []struct {
		name, header, page string
		scripted           bool
	}{
		{"an attached page with a script", "Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"Remittance.html\"", script, true},
		{"an event handler", "Content-Type: text/html; name=\"doc.htm\"", handler, true},
		{"a javascript: link", "Content-Type: text/html\r\nContent-Disposition: attachment", jsLink, true},
		{"an .html file sent as octet-stream", "Content-Type: application/octet-stream; name=\"scan.html\"", script, true},
		{"an attached page without script", "Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"statement.html\"", plain, false},
		{"a script in the message's HTML body", "Content-Type: text/html; charset=utf-8", script, false},
		{"a script in an inline body part", "Content-Type: text/html\r\nContent-Disposition: inline", script, false},
		{"a saved web page (.mht) with a script", "Content-Type: application/octet-stream; name=\"Invoice.mht\"", saved + script, true},
		{"an .mhtml page named in the disposition", "Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"doc.MHTML\"", saved + handler, true},
		{"a saved web page without script", "Content-Type: application/octet-stream; name=\"page.mht\"", saved + plain, false},
		{"a forwarded message (.eml) with a script", "Content-Type: message/rfc822; name=\"fwd.eml\"", saved + script, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease open the attached file.\r\n" +
				"--b\r\n" + tc.header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(tc.page)) + "\r\n--b--\r\n")
			x, err := ExtractAll(msg, Options{})
			if err != nil || x.ScriptedHTML != tc.scripted || x.Scripted {
				t.Errorf("ScriptedHTML = %v, Scripted = %v (%v), want %v, false", x.ScriptedHTML, x.Scripted, err, tc.scripted)
			}
		})
	}
}

// FuzzScriptedHTML: scriptedHTML never fails, and finds script only where
// the document spells a script tag, an "on" attribute or javascript:.
func FuzzScriptedHTML(f *testing.F) {
	f.Add([]byte(`<html><body onload="x()"><script>go()</script></body></html>`))
	f.Add([]byte(`<a href="&#106;avascript:go()">x</a>`))
	f.Add([]byte(`<p>plain</p>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		low := bytes.ToLower(doc)
		possible := bytes.Contains(low, []byte("script")) || bytes.Contains(low, []byte("on")) || bytes.Contains(low, []byte("&"))
		if scriptedHTML(doc) && !possible {
			t.Fatalf("scripted without any script, handler or javascript: in %q", doc)
		}
	})
}

// TestShortcutAndSVGByName: a Windows shortcut (.url) is read for the
// address it opens, and an SVG named so but declared a PNG is read as SVG.
func TestShortcutAndSVGByName(t *testing.T) {
	att := func(header, body string) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(body)) + "\r\n--b--\r\n")
	}
	ls, _ := Extract(att("Content-Type: application/octet-stream; name=\"Invoice.url\"", "[InternetShortcut]\r\nURL=https://evil.example/inv\r\n"), Options{})
	if len(ls) != 1 || ls[0].Host != "evil.example" {
		t.Errorf(".url shortcut: %+v", ls)
	}
	svg := `<svg xmlns="http://www.w3.org/2000/svg"><script>location="https://evil.example/s"</script></svg>`
	x, _ := ExtractAll(att("Content-Type: image/png; name=\"logo.svg\"", svg), Options{})
	if !x.Scripted {
		t.Errorf("an SVG declared as a PNG: scripted %v, links %+v", x.Scripted, x.Links)
	}
}

// TestFileNameNeverHidesStructure: a file name the sender writes never
// makes milterd read less of a part than its declared type: a multipart or
// message named "x.pdf" is still walked, and a text body named "a.png" is
// still read as text.
func TestFileNameNeverHidesStructure(t *testing.T) {
	for _, tc := range []struct{ name, msg string }{
		{"multipart named .pdf", "Content-Type: multipart/alternative; boundary=b\r\nContent-Disposition: attachment; filename=\"x.pdf\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<a href=\"https://evil.example/login\">x</a>\r\n--b--\r\n"},
		{"multipart named .png", "Content-Type: multipart/mixed; boundary=b; name=\"a.png\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhttps://evil.example/login\r\n--b--\r\n"},
		{"text body named .png", "Content-Type: text/plain; name=\"a.png\"\r\nContent-Disposition: inline\r\n\r\nhttps://evil.example/login\r\n"},
		{"text part named .gif", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; name=\"x.gif\"\r\n\r\nGo to https://evil.example/login\r\n--b--\r\n"},
		{"message named .png", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: message/rfc822; name=\"a.png\"\r\n\r\nFrom: a@b\r\nContent-Type: text/plain\r\n\r\nhttps://evil.example/login\r\n--b--\r\n"},
	} {
		x, _ := ExtractAll([]byte(tc.msg), Options{})
		found := false
		for _, l := range x.Links {
			found = found || l.Host == "evil.example"
		}
		if !found {
			t.Errorf("%s: link not found; links %+v", tc.name, x.Links)
		}
	}
}

// TestMHTMLAttachment: a saved web page (.mht, .mhtml,
// application/x-mimearchive) is a MIME message holding the page, which
// opens in the browser (Edge), so its page is read.
func TestMHTMLAttachment(t *testing.T) {
	mht := "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"m\"\r\n\r\n--m\r\n" +
		"Content-Type: text/html\r\nContent-Location: https://evil.example/\r\n\r\n<form action=\"https://evil.example/mht\"><input type=password></form>\r\n--m--\r\n"
	b64 := base64.StdEncoding.EncodeToString([]byte(mht))
	for _, tt := range []struct {
		name, part, want string
	}{
		{".mht sent as octet-stream", "Content-Type: application/octet-stream; name=\"Remittance.mht\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64, "https://evil.example/mht"},
		{".mhtml by disposition", "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"page.MHTML\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64, "https://evil.example/mht"},
		{"x-mimearchive", "Content-Type: application/x-mimearchive\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64, "https://evil.example/mht"},
	} {
		wantOnePartLink(t, tt.name, tt.part, tt.want)
	}
}

// TestMessageSubtypes: a news article (message/news) is read as the
// message it is and any other message subtype as text, as Thunderbird
// shows them (a delivery report, message/x-anything, its URLs as links);
// message/partial and message/external-body show nothing.
func TestMessageSubtypes(t *testing.T) {
	inner := "From: dse@evil.example\r\nSubject: Completed\r\nContent-Type: text/html\r\n\r\n<a href=\"https://evil.example/news\">Review</a>\r\n"
	for _, tt := range []struct {
		name, part, want string
	}{
		{"message/news", "Content-Type: message/news\r\n\r\n" + inner, "https://evil.example/news"},
		{"unknown message subtype", "Content-Type: message/x-remittance\r\n\r\nSign in: https://evil.example/text\r\n", "https://evil.example/text"},
		{"message/partial", "Content-Type: message/partial; id=\"x\"; number=1\r\n\r\n" + inner, ""},
		{"message/external-body", "Content-Type: message/external-body; access-type=URL; URL=\"https://evil.example/x\"\r\n\r\n" + inner, ""},
	} {
		wantOnePartLink(t, tt.name, tt.part, tt.want)
	}
}

// wantOnePartLink extracts a message of a short text part and the part
// given, and wants the one link want ("" for none).
func wantOnePartLink(t *testing.T, name, part, want string) {
	t.Helper()
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n--b\r\n" + part + "\r\n--b--\r\n")
	ls, _ := Extract(msg, Options{})
	var got []string
	for _, l := range ls {
		got = append(got, l.URL)
	}
	switch {
	case want == "" && len(ls) != 0:
		t.Errorf("%s: links %q, want none", name, got)
	case want != "" && (len(ls) != 1 || ls[0].URL != want):
		t.Errorf("%s: links %q, want %s", name, got, want)
	}
}

// TestHTMLFileFlag: the links of an HTML file attached to the message
// carry FlagHTMLFile, whatever the file's declared type; the links of the
// message's own HTML body, an inline HTML part and a forwarded message do
// not.
func TestHTMLFileFlag(t *testing.T) {
	const page = `<html><body><p>Remittance</p><a href="https://remit.example/r">View</a></body></html>`
	for _, tc := range []struct {
		name, header string
		want         bool
	}{
		{"an attached page", "Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"Remittance.html\"", true},
		{"a page named in the type", "Content-Type: text/html; name=\"doc.htm\"", true},
		{"an .htm file sent as octet-stream", "Content-Type: application/octet-stream; name=\"INV-20931.htm\"", true},
		{"the message's HTML body", "Content-Type: text/html; charset=utf-8", false},
		{"an inline body part", "Content-Type: text/html\r\nContent-Disposition: inline", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease see https://www.sender.example/ and the attached file.\r\n" +
				"--b\r\n" + tc.header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(page)) + "\r\n--b--\r\n")
			x, err := ExtractAll(msg, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var inFile, inBody int
			for _, l := range x.Links {
				switch {
				case l.Host == "remit.example" && l.Flags.Has(FlagHTMLFile) == tc.want:
					inFile++
				case l.Host == "www.sender.example" && !l.Flags.Has(FlagHTMLFile):
					inBody++
				}
			}
			if inFile != 1 || inBody != 1 {
				t.Errorf("links %+v: want the page's link with FlagHTMLFile %v, the text's without", x.Links, tc.want)
			}
		})
	}
}

// TestBidiNames: a file name holding a direction control, however the
// header writes it (raw UTF-8, RFC 2231, RFC 2047), is reported for
// scoring to judge; an ordinary name and one without a control are not.
func TestBidiNames(t *testing.T) {
	att := func(header string) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\nTVqQAA==\r\n--b--\r\n")
	}
	for _, tc := range []struct {
		name, header, want string
	}{
		{"raw UTF-8 name", "Content-Type: application/octet-stream; name=\"invoice\u202efdp.exe\"", "invoice\u202efdp.exe"},
		{"RFC 2231 filename", "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''invoice%E2%80%AEfdp.exe", "invoice\u202efdp.exe"},
		{"RFC 2231 filename with a language", "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8'en'invoice%E2%80%AEfdp.exe", "invoice\u202efdp.exe"},
		{"RFC 2231 name with a language", "Content-Type: application/octet-stream; name*=UTF-8'en-us'invoice%E2%80%AEfdp.exe", "invoice\u202efdp.exe"},
		{"RFC 2047 name", "Content-Type: application/octet-stream; name=\"=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte("scan\u202egpj.scr")) + "?=\"", "scan\u202egpj.scr"},
		{"ordinary name", "Content-Type: application/pdf; name=\"invoice.pdf\"", ""},
		{"accented name", "Content-Type: application/pdf; name=\"facture-\u00e9t\u00e9.pdf\"", ""},
	} {
		x, err := ExtractAll(att(tc.header), Options{})
		got := strings.Join(x.BidiNames, ",")
		if err != nil || got != tc.want {
			t.Errorf("ExtractAll(%s).BidiNames = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}
