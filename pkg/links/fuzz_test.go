package links

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/firstsight/firstsight/internal/qrtest"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.eml")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Content-Type: text/html\r\n\r\n<a href=\"http://0x7f.1/\">www.x.example</a><base href=//b.example/>"))
	// A GET form's textarea, checked box and disabled fields; an HTML
	// alternative before a plain one, in a related part.
	f.Add([]byte("Content-Type: text/html\r\n\r\n<form id=f action=https://www.google.com/url><textarea name=q>\r\nhttps://e.example/&amp;x<input type=checkbox name=c checked><input name=q value=d disabled><button disabled formmethod=get></form><textarea form=f name=r><svg><textarea name=s>t</textarea></svg><iframe srcdoc=\"<textarea name=q>\"></iframe></textarea>"))
	// Disabled fieldsets, nested, with first and later legends.
	f.Add([]byte("Content-Type: text/html\r\n\r\n<form action=https://www.google.com/url><fieldset disabled><legend><input name=q value=a><fieldset disabled><legend><select name=s><option>b</select></legend></fieldset></legend><legend><textarea name=t>c</textarea></legend><button name=n>d</button></fieldset><input name=q value=https://e.example/></form>"))
	// Ids on tags the tree builder may drop and in a template, fields
	// judged both ways; an option's text past a comment and in a style.
	f.Add([]byte("Content-Type: text/html\r\n\r\n<td id=f></td><template><b id=f></b><input name=q value=t><button form=f></button></template><input form=f name=q value=a><form id=f action=https://www.google.com/url><select name=s><option><!--[if mso]>x<![endif]-->https://e.example/<style>y</style><option selected><xmp><option>z</xmp></select><input type=radio name=r checked><input form=f type=radio name=r checked></form><html id=f><body id=f>"))
	f.Add([]byte("Content-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/related; boundary=r\r\n\r\n--r\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--r--\r\n--a\r\nContent-Type: text/plain\r\n\r\nplain\r\n--a\r\nContent-Type: text/enriched\r\n\r\nrich\r\n--a--\r\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\nQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluDQoNCmh0dHBzOi8veC5leGFtcGxlLw==\r\n--a--"))
	f.Add([]byte("Content-Type: text/html\r\n\r\n<a href=x><iframe src=//f.example/ srcdoc=\"&lt;a href=https://s.example/&gt;&lt;iframe srcdoc='&amp;lt;form action=/p&amp;gt;'&gt;\"></iframe></a><embed src=e><object data=o>"))
	f.Add([]byte("Content-Type: text/html\r\n\r\n<video poster=\\\\p.example\\s\\x preload=auto><source src=\"\\\\a.example\\s\\v\"><track default src=t></video><p>\"\\\\h.example\\a b\\c\" *\\\\?\\UNC\\fe80--1s4.ipv6-literal.net\\s*"))
	// Frames of data: URLs of HTML, CSS-masked and XHTML-prefixed password
	// fields, and an attached page whose script decodes script.
	f.Add([]byte("Content-Type: text/html\r\n\r\n<iframe src=\"data:text/html;base64,PGEgaHJlZj0iaHR0cHM6Ly9kLmV4YW1wbGUvIj54PC9hPjxpZnJhbWUgc3JjZG9jPSc8Zm9ybSBhY3Rpb249aHR0cHM6Ly9mLmV4YW1wbGUvPic+\"></iframe>" +
		"<object data=\"data:application/xhtml+xml,%3Ciframe%20src=%22data:text/html,%253Ca%2520href=https://p.example/%253E%22%3E\"><style>.k,input#q{-webkit-text-security:disc}</style>" +
		"<form action=https://m.example/><input class=k><input style=\"text-security: square\"></form><svg xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:form action=\"https://h.example/\"><h:input type=password/></h:form></svg>"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; filename=\"R.html\"\r\n\r\n" +
		"<script>eval(atob(\"bG9jYXRpb24uaHJlZj1hdG9iKCdhSFIwY0hNNkx5OWxkbWxzTG1WNFlXMXdiR1V2Jyk=\"));window['\\x6cocation']=['ht','tps://e.example'].join('')</script>" +
		"<meta http-equiv=refresh content=\"0;url=data:text/html;base64,PHNjcmlwdD5sb2NhdGlvbj0naHR0cHM6Ly96LmV4YW1wbGUvJzwvc2NyaXB0Pg==\">\r\n--b--\r\n"))
	// A GET form whose hidden field is its open redirect's target, nested
	// in a second form, through a path redirect.
	f.Add([]byte("Content-Type: text/html\r\n\r\n<FORM ACTION=http://rds.yaho&#010;o.com/*http://www.google.com/url?x=1#f METHOD=get><form action=/n><INPUT TYPE=HIDDEN NAME=q VALUE=http://r.example/**http%3a//e.example/><input type=hidden name value><button formaction=//b.example/RU=https%3a%2f%2fc.example%2f/RK=2>"))
	// A GET form whose open redirect's target is a text field's value
	// (typeless, out of sight) and a search box left empty.
	f.Add([]byte("Content-Type: text/html\r\n\r\n<form action=https://www.google.com/url><input name=q value=https://e.example/ style=display:none><input type=SEARCH name=s><input type=text name value=x></form>"))
	// Fields that name their form by id, before and after it, and submit
	// buttons overriding its target and method (getForm.done).
	f.Add([]byte("Content-Type: text/html\r\n\r\n<input form=f type=hidden name=q value=https://e.example/><form id=f method=POST action=/p><button name=b value=v formaction=https://www.google.com/url formmethod=get></form><form id=f></form><input type=image form=f formmethod=x><iframe srcdoc=\"<input form=f name=z>\"></iframe>"))
	// Selects (selected, first, disabled options and optgroups, multiple,
	// a size, text values, left open), an image button's coordinates and
	// an id first held by no form (html_select.go, getForm.owners).
	f.Add([]byte("Content-Type: text/html\r\n\r\n<div id=f></div><form id=f action=http://rds.yahoo.com/*https://e.example/><select name=q size=1><optgroup disabled><option selected>a<option value=b>&amp; c </optgroup><option>https://e.example/</select><select multiple name=m><option selected value=x><option selected disabled>y<input type=image name=go><select name=z><option>open</form><input form=f name=q value=v><select form=f name=s><option>w"))
	f.Add(imageMail("Content-Type: image/gif", encodeImage(f, qrImage(f, "https://q.example/", 30, 40, 40), "gif")))
	mods := qrtest.Modules(f, "https://q.example/")
	f.Add(textMail(gridHalfBlocks(mods)))
	f.Add(htmlMail(gridTable(mods, "", func(d bool) string { return map[bool]string{true: `bgcolor="#000"`}[d] })))
	f.Add(htmlMail(gridSVG(mods, "lines")))
}

var fuzzOpts = Options{MaxDepth: 4, MaxParts: 20, MaxPartBytes: 1 << 16, MaxLinks: 50}

func FuzzExtract(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, msg []byte) {
		x, err := ExtractAll(msg, fuzzOpts)
		ls := x.Links
		if errors.Is(err, errInternal) {
			t.Fatalf("Extract panicked internally on %q", msg)
		}
		if len(x.Lead) > LeadBytes || strings.TrimSpace(x.Lead) != x.Lead {
			t.Fatalf("Lead %q: over %d bytes or untrimmed", x.Lead, LeadBytes)
		}
		if len(ls) > fuzzOpts.MaxLinks {
			t.Fatalf("Extract returned %d links, limit %d", len(ls), fuzzOpts.MaxLinks)
		}
		if len(ls) == fuzzOpts.MaxLinks && !errors.Is(err, ErrPartial) {
			t.Fatalf("Extract hit MaxLinks without ErrPartial")
		}
		for _, l := range ls {
			if l.Start < 0 || l.End < l.Start {
				t.Fatalf("Extract link %q has offsets %d:%d", l.Raw, l.Start, l.End)
			}
		}
	})
}

func FuzzRewrite(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, msg []byte) {
		if out, err := Rewrite(msg, nil, fuzzOpts); err != nil || !bytes.Equal(out, msg) {
			t.Fatalf("Rewrite(empty map) changed the input or failed: %v", err)
		}
		ls, _ := Extract(msg, fuzzOpts)
		var target *Link
		for i := range ls {
			if ls[i].Rewritable() {
				target = &ls[i]
				break
			}
		}
		if target == nil || headerEnd(msg) == 0 {
			return // a message without a header block is not something an MTA sends
		}
		const lock = "https://lock.example/l/fuzz"
		out, err := Rewrite(msg, map[Ref]string{target.Ref(): lock}, fuzzOpts)
		if errors.Is(err, errInternal) {
			t.Fatalf("Rewrite panicked internally")
		}
		if err != nil {
			return // signed, encoded attachment: refused, which is allowed
		}
		if hdr := msg[:len(msg)-len(Body(msg))]; !bytes.HasPrefix(out, hdr) {
			t.Fatalf("Rewrite changed the top-level header")
		}
		body, err := RewriteBody(msg, map[Ref]string{target.Ref(): lock}, fuzzOpts)
		if err != nil || !bytes.Equal(body.Bytes(), Body(out)) || body.Len() != len(Body(out)) {
			t.Fatalf("RewriteBody = %q, %v; want Rewrite's body %q", body.Bytes(), err, Body(out))
		}
		after, _ := Extract(out, fuzzOpts)
		for _, l := range after {
			if l.URL == lock || strings.HasPrefix(l.Raw, lock) {
				return
			}
		}
		t.Fatalf("Rewrite of %q (%s in part %q) lost the lock URL; after: %d links", target.Raw, target.Kind, target.Part, len(after))
	})
}

func FuzzUnwrap(f *testing.F) {
	f.Add("https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2F&data=x")
	f.Add("https://urldefense.com/v3/__https://e.example/a*b**Ac__;Pz1hYg!!x$")
	f.Add("https://r.example/go?url=https%3A%2F%2Fr.example%2Fgo%3Furl%3Dhttps%253A%252F%252Fx.example")
	f.Add("https://www.bing.com/ck/a?!&&p=1&u=a1aHR0cHM6Ly9leGFtcGxlLmNvbS8&ntb=1")
	f.Add("http://rds.yahoo.com/_ylt=A0;_ylu=X3/SIG=1/EXP=1/**http%3a//evil.example/login")
	f.Add("https://r.search.yahoo.com/_ylt=A0/RU=https%3a%2f%2fevil.example%2f/RK=2/RS=x-")
	f.Add("http://rds.yahoo.com/*-http")
	f.Fuzz(func(t *testing.T, raw string) {
		dest, chain, flags := Unwrap(raw)
		if len(chain) > maxUnwrapDepth {
			t.Fatalf("Unwrap chain of %d > %d", len(chain), maxUnwrapDepth)
		}
		if len(chain) == 0 && dest != raw && !flags.Has(FlagOpaqueWrapper) {
			t.Fatalf("Unwrap changed %q to %q without a chain", raw, dest)
		}
	})
}

// FuzzRuneWindow: the context window holds [lo,hi), reaches at most
// contextRadius bytes beyond it on each side, and where it stops short of
// the text's ends outside [lo,hi) it stops at white space, never inside a
// word or URL (bytes of broken UTF-8 at an edge aside, which it skips to
// stay on rune boundaries).
func FuzzRuneWindow(f *testing.F) {
	f.Add([]byte(strings.Repeat("word ", 50)+"https://example.com/x"+strings.Repeat(" https://evil.example/path", 10)), uint16(250), uint16(271))
	f.Add([]byte(strings.Repeat("x", 500)), uint16(200), uint16(210))
	f.Fuzz(func(t *testing.T, b []byte, lo16, hi16 uint16) {
		lo, hi := int(lo16), int(hi16)
		if lo > hi || hi > len(b) {
			return
		}
		l, h := runeWindow(b, lo, hi)
		if l > lo || h < hi || lo-l > contextRadius || h-hi > contextRadius {
			t.Fatalf("window [%d,%d) for [%d,%d) in %d bytes", l, h, lo, hi, len(b))
		}
		if l > 0 && l < lo && !isHTMLSpace(b[l-1]) && !isHTMLSpace(b[l]) && utf8.RuneStart(b[l-1]) {
			t.Fatalf("window starts inside a word at %d: %q", l, b[max(0, l-5):l+1])
		}
		if h < len(b) && h > hi && !isHTMLSpace(b[h-1]) && !isHTMLSpace(b[h]) && utf8.RuneStart(b[h]) {
			t.Fatalf("window ends inside a word at %d", h)
		}
	})
}

// FuzzRarNames: any bytes list at most maxZipEntries RAR names, each with
// whether it is a folder, and never panic.
func FuzzRarNames(f *testing.F) {
	f.Add(rar4Of(false, "a\\Invoice.pdf.exe", rloName))
	f.Add(rar4Of(true, "x.exe"))
	f.Add(rar5Of(false, "scan/", "scan/Scan.pdf.lnk", rloName))
	f.Add(rar5Of(true, "x.exe"))
	f.Fuzz(func(t *testing.T, b []byte) {
		names, dirs, complete := rarNames(b, nil)
		if len(names) > maxZipEntries || len(dirs) != len(names) {
			t.Fatalf("%d names, %d dirs", len(names), len(dirs))
		}
		if complete && !bytes.Contains(b, []byte(rarSig)) {
			t.Fatalf("a listing without an archive is complete")
		}
	})
}

// FuzzSevenZipNames: any bytes list at most maxZipEntries 7z names, and a
// compressed header inflates to at most maxSevenZipHeader bytes of the
// budget, never past it; a complete listing comes from an archive with
// the signature.
func FuzzSevenZipNames(f *testing.F) {
	for _, m := range []string{"plain", "lzma", "lzma2", "aes"} {
		f.Add(sevenZipOf(f, m, "Invoice.pdf.scr", rloName), int64(1<<20))
	}
	f.Add(append([]byte("MZ\x90\x007z\xbc\xaf\x27\x1c junk"), sevenZipOf(f, "lzma", "Invoice.js")...), int64(1<<20))
	f.Fuzz(func(t *testing.T, b []byte, budget int64) {
		budget = max(budget, 0)
		sc := &scan{zipLeft: budget}
		names, dirs, complete := sevenZipNames(b, sc, nil)
		if len(names) > maxZipEntries || len(dirs) != len(names) {
			t.Fatalf("%d names, %d dirs", len(names), len(dirs))
		}
		if used := budget - sc.zipLeft; used < 0 || used > maxSevenZipHeader || sc.zipLeft < 0 {
			t.Fatalf("inflated %d of a budget of %d", used, budget)
		}
		if complete && !bytes.Contains(b, []byte(sevenZipSig)) {
			t.Fatalf("a listing without an archive is complete")
		}
	})
}

// FuzzZipLocalNames: any bytes list at most maxZipEntries names from zip
// local headers, each within the bytes given, and as many Unicode paths
// ("" or valid UTF-8 no longer than an extra field).
func FuzzZipLocalNames(f *testing.F) {
	f.Add(zipCut("Remittance.pdf.exe", "a.pdf"))
	f.Add(ooxml(map[string]string{"a.lnk": "x", "b/c.hta": "y"}))
	f.Add(zipUnicodeNamed(map[string]string{"invoice_fdp.exe": rloName}))
	f.Fuzz(func(t *testing.T, b []byte) {
		names, aliases, complete := zipLocalNames(b, nil)
		if len(names) > maxZipEntries {
			t.Fatalf("%d names", len(names))
		}
		if complete && !bytes.Contains(b, []byte(zipCentralSig)) && !bytes.Contains(b, []byte(zipEndSig)) {
			t.Fatalf("complete without a central directory")
		}
		for _, n := range names {
			if !bytes.Contains(b, []byte(n)) {
				t.Fatalf("name %q is not in the archive", n)
			}
		}
		if len(aliases) != len(names) {
			t.Fatalf("%d names, %d Unicode paths", len(names), len(aliases))
		}
		for _, a := range aliases {
			if !utf8.ValidString(a) || len(a) > 3*0xffff {
				t.Fatalf("Unicode path %q", a)
			}
		}
	})
}

// FuzzTNEFNames: any bytes list at most maxZipEntries distinct names of
// attachments packed in TNEF.
func FuzzTNEFNames(f *testing.F) {
	f.Add(tnefAttached("INVOIC~1.EXE", rloName))
	f.Add(tnefWith([][2]any{{prHTML, []byte(`<a href="https://b.example/">x</a>`)}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		names := tnefNames(b)
		if len(names) > maxZipEntries {
			t.Fatalf("%d names", len(names))
		}
		for i, n := range names {
			if n == "" || slices.Contains(names[:i], n) {
				t.Fatalf("name %q empty or repeated", n)
			}
		}
	})
}

// FuzzWrapLong: wrapLong only turns a space or tab into a line break or
// adds one, and leaves no line over maxLineLen that breakPoint could break.
func FuzzWrapLong(f *testing.F) {
	f.Add([]byte(`<a/href="https://lock.example/l/x">` + strings.Repeat("y", 990) + "</a>\r\n"))
	f.Add([]byte(strings.Repeat("word ", 300) + "\r\n" + strings.Repeat("a", 1200)))
	f.Add([]byte(strings.Repeat("<", 1000) + ">"))
	f.Fuzz(func(t *testing.T, text []byte) {
		out := wrapLong(text)
		strip := func(b []byte) []byte {
			return bytes.Map(func(r rune) rune {
				if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
					return -1
				}
				return r
			}, b)
		}
		if !bytes.Equal(strip(out), strip(text)) {
			t.Fatalf("wrapLong changed more than white space:\n%q\n%q", text, out)
		}
		for _, line := range bytes.Split(out, []byte("\r\n")) {
			if len(line) > maxLineLen {
				if cut, _ := breakPoint(line[:maxLineLen+1]); cut > 0 {
					t.Fatalf("a %d-byte line left that breaks at %d", len(line), cut)
				}
			}
		}
	})
}
