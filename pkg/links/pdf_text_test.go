package links

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// pdfDoc builds a PDF of numbered objects (object n is objs[n-1]); a body
// starting with "stream:" is a stream of the rest, "flate:" a
// Flate-compressed one.
func pdfDoc(objs ...string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.7\n")
	for i, o := range objs {
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, pdfStreamObj(o))
	}
	b.WriteString("trailer\n<< /Root 1 0 R >>\n%%EOF\n")
	return []byte(b.String())
}

func pdfStreamObj(o string) string {
	if data, ok := strings.CutPrefix(o, "stream:"); ok {
		return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(data), data)
	}
	if data, ok := strings.CutPrefix(o, "flate:"); ok {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write([]byte(data))
		w.Close()
		return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.String())
	}
	return o
}

// twoByteCodes spells s in the codes of identityCMap: a letter is 0x10
// plus its place in the alphabet, a space 0x03.
func twoByteCodes(s string) string {
	var b strings.Builder
	for _, r := range s {
		code := 3
		if r >= 'a' && r <= 'z' {
			code = 0x10 + int(r-'a')
		}
		fmt.Fprintf(&b, "%04X", code)
	}
	return "<" + b.String() + ">"
}

// identityCMap maps twoByteCodes' codes, and <0030> <0031> to "S" and
// "I" (an array target).
const identityCMap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
	"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
	"1 beginbfchar\n<0003> <0020>\nendbfchar\n" +
	"2 beginbfrange\n<0010> <0029> <0061>\n<0030> <0031> [<0053> <0049>]\nendbfrange\n" +
	"endcmap CMapName currentdict /CMap defineresource pop end end"

// onePage is a catalog, a page tree with one page showing content in
// font /F1 (object 5) and linking https://p.example/ (object 6).
func onePage(font, content string, more ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [6 0 R] >>",
		content, font,
		"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://p.example/) >> >>",
	}
	return pdfDoc(append(objs, more...)...)
}

const winAnsi = "<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding >>"

// TestPDFPageWords: a link is read with the words of its page as its
// fonts spell them.
func TestPDFPageWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  []byte
		want []string // the words of each link, in the order found
	}{
		{"winansi literal strings", onePage(winAnsi, "stream:BT /F1 12 Tf 72 700 Td (Your mailbox password) Tj T* (expires today. Don\\222t wait) Tj ET"),
			[]string{"Your mailbox password expires today. Don\u2019t wait"}},
		{"winansi codes that draw nothing", onePage(winAnsi, `stream:BT /F1 12 Tf (a\201b\177c\001d) Tj ET`),
			[]string{"abcd"}},
		{"escapes in literal strings", onePage(winAnsi, `stream:BT /F1 12 Tf (Pay \(now\) \\ back\101\061) Tj ET`),
			[]string{`Pay (now) \ backA1`}},
		{"identity-h with a tounicode cmap", onePage(
			"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 7 0 R >>",
			"flate:BT /F1 11 Tf "+twoByteCodes("your mailbox")+" Tj 0 -12 Td [<0030>-20<0031> 12 "+twoByteCodes("gn")+" -400 "+twoByteCodes("in now")+"] TJ ET",
			"flate:"+identityCMap, "<< /Type /Font /Subtype /CIDFontType2 >>"),
			[]string{"your mailbox SIgn in now"}},
		{"differences", onePage("<< /Type /Font /Subtype /Type1 /BaseFont /X /Encoding 7 0 R >>",
			"stream:BT /F1 9 Tf (\\001\\002\\003\\004\\005\\006\\007\\010Z) Tj ET",
			"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /S /i /g /n /space /uni0049 /period /g17] >>"),
			[]string{"Sign I.Z"}},
		{"a standard font without an encoding", onePage("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "stream:BT /F1 9 Tf (Plain words) ' ET"),
			[]string{"Plain words"}},
		{"composite font without tounicode", onePage("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H >>", "stream:BT /F1 9 Tf <00410042> Tj ET"),
			[]string{""}},
		{"truetype without an encoding", onePage("<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings >>", "stream:BT /F1 9 Tf (abc) Tj ET"),
			[]string{""}},
		{"unknown font and other operators", onePage(winAnsi, "stream:/P << /ActualText (hidden) >> BDC BT /F9 9 Tf (lost) Tj /F1 9 Tf (kept) Tj (drawn) Do EMC ET"),
			[]string{"kept"}},
		{"inline image", onePage(winAnsi, "stream:BI /W 4 /H 1 /BPC 8 /CS /G ID (junk) Tj EI BT /F1 9 Tf (after) Tj ET"),
			[]string{"after"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := linkWords(tc.doc); !equalStrings(got, tc.want) {
				t.Errorf("words = %q, want %q", got, tc.want)
			}
		})
	}
}

// linkWords returns the page words of each link of doc.
func linkWords(doc []byte) []string {
	us := pdfURIs(doc, 1<<20, 100, nil)
	budget := int64(1 << 20)
	return pdfLinkWords(doc, us, &budget, nil)
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

// TestPDFLinkPage: a link has the words of the page that holds it, found
// by its page's /Annots (the annotation, or its action object) or its
// own /P; a link on no page, or in an object stream, has the first
// page's.
func TestPDFLinkPage(t *testing.T) {
	doc := pdfDoc(
		"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL\\(\"https://open.example/\"\\)) >> >>",
		"<< /Type /Pages /Kids [3 0 R 4 0 R 12 0 R] /Count 3 /Resources << /Font << /F1 5 0 R >> >> >>",
		"<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Annots [8 0 R] >>",
		"<< /Type /Page /Parent 2 0 R /Contents [7 0 R] /Annots 11 0 R >>",
		winAnsi,
		"stream:BT /F1 9 Tf (Quarterly newsletter) Tj ET",
		"stream:BT /F1 9 Tf (Sign in to keep your mailbox) Tj ET",
		"<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://one.example/) >> >>",
		"<< /Type /Annot /Subtype /Link /A 10 0 R >>",
		"<< /S /URI /URI (https://two.example/) >>",
		"[9 0 R]",
		"<< /Type /Page /Parent 2 0 R /Contents 14 0 R >>",
		"<< /Type /Annot /Subtype /Link /P 12 0 R /A << /S /URI /URI (https://three.example/) >> >>",
		"stream:BT /F1 9 Tf (Page three) Tj ET",
	)
	packed := objStm("15 0 << /A << /S /URI /URI (https://packed.example/) >> >>", "/FlateDecode")
	doc = append(doc, strings.Replace(packed, "6 0 obj", "16 0 obj", 1)...)
	us := pdfURIs(doc, 1<<20, 100, nil)
	budget := int64(1 << 20)
	words := pdfLinkWords(doc, us, &budget, nil)
	want := map[string]string{
		"https://one.example/":    "Quarterly newsletter",
		"https://two.example/":    "Sign in to keep your mailbox",
		"https://three.example/":  "Page three",
		"https://open.example/":   "Quarterly newsletter",
		"https://packed.example/": "Quarterly newsletter",
	}
	if len(us) != len(want) {
		t.Fatalf("%d links, want %d", len(us), len(want))
	}
	for i, u := range us {
		if words[i] != want[u.uri] {
			t.Errorf("words of %s = %q, want %q", u.uri, words[i], want[u.uri])
		}
	}
}

// TestPDFWordsBounded: a page's words are its first ones, within
// contextRadius bytes on either side of contextRadius bytes in, cut at
// a word.
func TestPDFWordsBounded(t *testing.T) {
	doc := onePage(winAnsi, "stream:BT /F1 9 Tf ("+strings.Repeat("lorem ipsum ", 200)+") Tj ET")
	got := linkWords(doc)
	if len(got) != 1 || len(got[0]) > 2*contextRadius || !strings.HasPrefix(got[0], "lorem ipsum lorem") || strings.HasSuffix(got[0], " ") {
		t.Errorf("words = %q, want at most %d bytes of whole words", got, 2*contextRadius)
	}
}

// TestPDFWordsWholeCharacters: a page's words are cut at a character's
// start when contextRadius bytes in falls inside one (an "a" then
// two-byte letters, no space): they ended in half an "é" before.
func TestPDFWordsWholeCharacters(t *testing.T) {
	doc := onePage(winAnsi, "stream:BT /F1 9 Tf (a"+strings.Repeat("\\351", 300)+") Tj ET")
	got := linkWords(doc)
	if len(got) != 1 || !utf8.ValidString(got[0]) || !strings.HasPrefix(got[0], "a\u00e9\u00e9") || len(got[0]) > 2*contextRadius {
		t.Errorf("words = %q, want whole characters, at most %d bytes", got, 2*contextRadius)
	}
}

// TestPDFWordsContext: Extract gives a PDF link the message's lead, then
// its page's words.
func TestPDFWordsContext(t *testing.T) {
	doc := onePage(winAnsi, "stream:BT /F1 9 Tf (Your password expires today) Tj ET")
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease see attached.\r\n" +
		"--b\r\nContent-Type: application/pdf\r\n\r\n" + string(doc) + "\r\n--b--\r\n")
	ls, _ := Extract(msg, Options{})
	if len(ls) != 1 || ls[0].Context != "Please see attached. Your password expires today" {
		t.Fatalf("Extract = %+v, want one link with the lead and the page's words", ls)
	}
}

// TestPDFTextStreamsSpan: a page listing many streams without a /Length
// and far from any "endstream" reads them only until their data spans
// twice the document, not maxPDFTextStreams searches to its end.
func TestPDFTextStreamsSpan(t *testing.T) {
	var refs, objs strings.Builder
	for i := 2; i < 200; i++ {
		fmt.Fprintf(&refs, "%d 0 R ", i)
		fmt.Fprintf(&objs, "%d 0 obj << /Filter /FlateDecode >>\nstream\nxx\n", i)
	}
	doc := []byte("%PDF-1.4\n1 0 obj\n<< /Type /Page /Contents [" + refs.String() + "] /Annots [<< /A << /URI (https://a.example/) >> >>] >>\nendobj\n" +
		objs.String() + strings.Repeat("endstreaX", 1<<16))
	budget := int64(1 << 20)
	tx := newPDFText(newPDFRefs(doc, &budget), nil)
	tx.pageWords(1)
	if tx.r.spanned > 3*len(doc) || tx.streams >= maxPDFTextStreams {
		t.Errorf("read %d streams spanning %d bytes of a %d-byte document; want at most three times its size", tx.streams, tx.r.spanned, len(doc))
	}
}

// TestPDFDocLead: the first page of the first PDF without a link is the
// message's DocLead; a PDF with a link leaves it to its link's context.
func TestPDFDocLead(t *testing.T) {
	noLink := func(content string) []byte {
		return pdfDoc("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>", content, winAnsi)
	}
	msg := func(docs ...[]byte) []byte {
		b := "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
		for _, d := range docs {
			b += "--b\r\nContent-Type: application/pdf\r\n\r\n" + string(d) + "\r\n"
		}
		return []byte(b + "--b--\r\n")
	}
	for _, tc := range []struct {
		name string
		msg  []byte
		want string
	}{
		{"a PDF without a link", msg(noLink("stream:BT /F1 9 Tf (Amount charged: $499.99) Tj T* (call +1 808 555 0142) Tj ET")), "Amount charged: $499.99 call +1 808 555 0142"},
		{"the first of two", msg(noLink("stream:BT /F1 9 Tf (first) Tj ET"), noLink("stream:BT /F1 9 Tf (second) Tj ET")), "first"},
		{"a PDF with a link", msg(onePage(winAnsi, "stream:BT /F1 9 Tf (linked page) Tj ET")), ""},
	} {
		if x, _ := ExtractAll(tc.msg, Options{}); x.DocLead != tc.want {
			t.Errorf("%s: DocLead %q, want %q", tc.name, x.DocLead, tc.want)
		}
	}
	long := strings.Repeat("renewal ", 200)
	x, _ := ExtractAll(msg(noLink("stream:BT /F1 9 Tf ("+long+") Tj ET")), Options{})
	if x.DocLead == "" || len(x.DocLead) > LeadBytes || !strings.HasSuffix(x.DocLead, "renewal") || !strings.HasPrefix(long, x.DocLead) {
		t.Errorf("a long page: DocLead %q, want whole words within LeadBytes", x.DocLead)
	}
}
