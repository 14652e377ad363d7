package links

import (
	"encoding/base64"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

func TestRTFLinks(t *testing.T) {
	const head = `{\rtf1\ansi{\fonttbl{\f0 Arial http://font.example/;}}`
	field := func(inst string) string {
		return `{\field{\*\fldinst ` + inst + `}{\fldrslt Open statement}}`
	}
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"hyperlink field", head + field(`HYPERLINK "https://a.example/owa/"`) + "}", []string{"https://a.example/owa/"}},
		{"escaped colon, switches", head + field(`HYPERLINK \\o "tip" "https\'3a//b.example/" \\t "_blank"`) + "}", []string{"https://b.example/"}},
		{"instruction split over groups", head + `{\field{\*\fldinst {\rtlch HYPER}{LINK "https://c.}{example/x"}}{\fldrslt x}}}`, []string{"https://c.example/x"}},
		{"unicode escapes and fallback", head + field(`HYPERLINK "https\u58?//d.example/"`) + "}", []string{"https://d.example/"}},
		{"a place in the document", head + field(`HYPERLINK \\l "_Toc1"`) + "}", nil},
		{"unquoted, lower case", head + field(`hyperlink https://e.example/`) + "}", []string{"https://e.example/"}},
		{"url in the text", head + `\pard Visit https://f.example/p\par and www.g.example\par}`, []string{"https://f.example/p", "www.g.example"}},
		{"shown text repeats the target", head + `{\field{\*\fldinst HYPERLINK "https://h.example/"}{\fldrslt https://h.example/}}}`, []string{"https://h.example/"}},
		{"hidden destinations", head + `{\*\generator https://gen.example/;}{\pict\pngblip 68747470}{\*\unknown https://u.example/}}`, nil},
		{"binary data skipped", head + `{\pict\bin13 https://bin.ex}\par https://after.example/}`, []string{"https://after.example/"}},
		{"field in a hidden destination", `{\rtf1{\*\x ` + field(`HYPERLINK "https://i.example/"`) + `}}`, nil},
		{"not rtf", `{\x ` + field(`HYPERLINK "https://j.example/"`), nil},
		{"unbalanced braces", head + `}}}}` + field(`HYPERLINK "https://k.example/"`) + `{{{`, []string{"https://k.example/"}},
		{"remote template", head + `{\*\template https://t.example/a.dot}\pard text\par}`, []string{"https://t.example/a.dot"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range rtfLinks([]byte(tt.doc), 10, nil) {
				got = append(got, l.uri)
				if l.auto != strings.Contains(tt.name, "template") {
					t.Errorf("%s: auto %v", l.uri, l.auto)
				}
				if l.off < 0 || l.off > len(tt.doc) {
					t.Errorf("offset %d outside the document", l.off)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rtfLinks = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRTFAttachment: an RTF attachment is read by its media type or its
// file name (Word opens RTF named .doc); its links are judged, never
// rewritten.
func TestRTFAttachment(t *testing.T) {
	doc := `{\rtf1\ansi{\field{\*\fldinst HYPERLINK "https://evil.example/owa/"}{\fldrslt Open statement}}}`
	mail := func(header, body string) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour statement is attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(body)) + "\r\n--b--\r\n")
	}
	for _, tc := range []struct {
		header, body string
		want         bool
	}{
		{"Content-Type: application/rtf", doc, true},
		{"Content-Type: text/rtf", doc, true},
		{"Content-Type: application/octet-stream; name=\"statement.rtf\"", doc, true},
		{"Content-Type: application/msword; name=\"statement.doc\"", doc, true},
		{"Content-Type: application/msword; name=\"statement.doc\"", "\xd0\xcf\x11\xe0 HYPERLINK \"https://evil.example/owa/\"", false},
	} {
		ls, _ := Extract(mail(tc.header, tc.body), Options{})
		if !tc.want {
			if len(ls) != 0 {
				t.Errorf("%s: %+v, want no links", tc.header, ls)
			}
			continue
		}
		if len(ls) != 1 || ls[0].URL != "https://evil.example/owa/" || ls[0].Kind != KindRTF || ls[0].Rewritable() || !ls[0].InAttachment() ||
			ls[0].Context != "Your statement is attached." {
			t.Errorf("%s: %+v, want one RTF link, never rewritten", tc.header, ls)
		}
	}
}

// hostileRTFs are documents of about size bytes built to make a careless
// reader slow.
func hostileRTFs(size int) map[string][]byte {
	fill := func(unit string) []byte { return []byte(`{\rtf1` + strings.Repeat(unit, size/len(unit))) }
	return map[string][]byte{
		"deep groups":   fill("{"),
		"open close":    fill("{}"),
		"fields":        fill(`{\field{\*\fldinst HYPERLINK "https://a.example/`),
		"long words":    fill(`\` + strings.Repeat("a", 1000)),
		"numbers":       fill(`\u` + strings.Repeat("9", 1000)),
		"hex escapes":   fill(`\'4`),
		"instructions":  fill(`{\*\fldinst HYPERLINK "` + strings.Repeat("x", 5000) + `}`),
		"text links":    fill("http://a.example/ "),
		"unicode skips": fill(`\uc8\u1`),
	}
}

// TestRTFLinearTime: each hostile document costs time in proportion to its
// size: four times the document, at most ten times the time (best of three,
// both sizes timed at the same moment).
func TestRTFLinearTime(t *testing.T) {
	small := hostileRTFs(1 << 20)
	for name, doc := range hostileRTFs(4 << 20) {
		lineartest.Check(t, name, func() { rtfLinks(small[name], DefaultMaxLinks, nil) }, func() { rtfLinks(doc, DefaultMaxLinks, nil) })
	}
}

func FuzzRTF(f *testing.F) {
	f.Add([]byte(`{\rtf1{\field{\*\fldinst HYPERLINK "https\'3a//a.example/" \\o "t"}{\fldrslt www.b.example}}\u8364?\bin3 abc}`))
	f.Add([]byte(`{\rtf1{\*\fldinst{HYPER}{LINK \\l "x" https://c.example/}}{\pict 00}\'`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		ls := rtfLinks(doc, 20, nil)
		if len(ls) > 20 {
			t.Fatalf("%d links, limit 20", len(ls))
		}
		for _, l := range ls {
			if l.off < 0 || l.off > len(doc) {
				t.Fatalf("link %q at %d in %d bytes", l.uri, l.off, len(doc))
			}
		}
	})
}

// BenchmarkRTFHostile: reading each hostile document should cost about
// what reading a plain one of the same size costs (BenchmarkRTFPlain4MB).
func BenchmarkRTFHostile(b *testing.B) {
	for name, doc := range hostileRTFs(4 << 20) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				rtfLinks(doc, DefaultMaxLinks, nil)
			}
		})
	}
}

func BenchmarkRTFPlain4MB(b *testing.B) {
	doc := []byte(`{\rtf1\ansi` + strings.Repeat(`{\pard\f0\fs20 Dear customer, your statement is ready.\par}`, (4<<20)/60) + "}")
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		rtfLinks(doc, DefaultMaxLinks, nil)
	}
}

// TestDocNameKeepsDeclaredReading: a .doc or .rtf file name never makes a
// part read as RTF when its declared type is already read: Word opens an
// OOXML document named .doc as such, and the RTF reader finds nothing in
// it, so the name would hide its links.
func TestDocNameKeepsDeclaredReading(t *testing.T) {
	docx := ooxml(map[string]string{"word/_rels/document.xml.rels": rels(rel("rId4", relHyperlink, "https://view.evil.example/doc", "External"))})
	pdf := []byte("%PDF-1.4\n<< /A << /S /URI /URI (https://view.evil.example/pdf) >> >>\n")
	for _, tc := range []struct {
		header string
		body   []byte
		kind   Kind
	}{
		{"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"invoice.doc\"", docx, KindOffice},
		{"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"invoice.rtf\"", pdf, KindPDF},
	} {
		msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n" +
			"--b\r\n" + tc.header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(tc.body) + "\r\n--b--\r\n")
		ls, _ := Extract(msg, Options{})
		if len(ls) != 1 || ls[0].Host != "view.evil.example" || ls[0].Kind != tc.kind {
			t.Errorf("%s: %+v, want one %s link", tc.header, ls, tc.kind)
		}
	}
}
