package links

import (
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// TestExtractLinearTime feeds inputs that would be quadratic in a naive
// scanner, at two sizes: four times the input must cost about four times
// the time, not sixteen. Both sizes are timed at the same moment, best of
// three, so a busy machine slows both alike.
func TestExtractLinearTime(t *testing.T) {
	for _, tc := range []struct {
		unit string
		reps int // at the larger size
		pre  string
		post string
		ct   string // only this content type; default text/plain and text/html
	}{
		{")", 1 << 20, "http://a.example/", "", ""},
		{"www.a/", 1 << 18, "", "", ""},
		{"<http://a.example/", 1 << 16, "", "", ""},
		{"a://", 1 << 18, "", "", ""},
		{"www.0#((", 1 << 15, "", "", ""}, // candidates that prove no URL, in one run (urlScan)
		{"http://(", 1 << 15, "", "", ""},
		{"www.0/", 1 << 15, "", strings.Repeat(").", 1<<14), ""},
		{"www.0:", 1 << 15, "", "", "text/calendar"},
		{"<a href=x>", 1 << 16, "", "", ""},
		{"<a href=\"https://a.example/\">", 1 << 15, "", "", ""},
		{"x ", 1 << 19, "<a ", "href=https://a.example/>", ""},
		{"url(x) ", 1 << 17, "<p style=\"", "\">", ""},
		{"<fieldset disabled><legend><input name=q value=a><select name=s><option>b", 1 << 12, "<form action=https://www.google.com/url>", "", "text/html"},                                   // disabled fieldsets and their legends (elemStack.controlsOff)
		{"<fieldset disabled><!--[if mso]><fieldset><legend><![endif]--></fieldset><input type=hidden name=q value=a>", 1 << 11, "<form action=https://www.google.com/url>", "", "text/html"}, // fieldsets read in comments (openElem.unread)
		{"captcha win+r never ", 1 << 14, "", " paste ctrl+v", "text/plain"},                                                                                                                  // paste_command's spared phrases (review 4)
		{"win+r ", 1 << 15, "", " paste ctrl+v", "text/plain"},
		{"nevernevernever captcha ", 1 << 14, "", " paste ctrl+v", "text/plain"},
		{"verify you are human press win+r ctrl+v ", 1 << 14, "", " paste ctrl+v", "text/plain"},
		{"xbegin ", 1 << 19, "", "", ""}, // "begin " not at a line start (uuFiles)
		{"ax-alt-desc", 1 << 18, "BEGIN:VCALENDAR\r\n", "", "text/calendar"},
		{"/a#4(<%", 1 << 17, "%PDF-1.4\n", "", "application/pdf"}, // name escapes (pdfNames)
		{" stream\n#<", 1 << 17, "%PDF-1.4\n", "", "application/pdf"},
		{"/JS 1 0 R 1 0 obj (", 1 << 15, "%PDF-1.4\n", "", "application/pdf"}, // references (pdfRefs)
		{"/URI 0 %", 1 << 15, "%PDF-1.4\n", "", "application/pdf"},            // no reference, a comment to the end
		{"/URI 2 0 R 2 0 obj << >>stream\n", 1 << 15, "%PDF-1.4\n", "", "application/pdf"},
		{"/F9 1 Tf (x) Tj ", 1 << 13, pdfPageText, "\nendstream\nendobj\n", "application/pdf"}, // page text (pdfLinkWords): fonts missing
		{"[(a) -300 <", 1 << 13, pdfPageText, "", "application/pdf"},                           // TJ arrays, unclosed strings
		{"[[[[<<<<(", 1 << 13, pdfPageText, "", "application/pdf"},
		{"BI ID EI", 1 << 14, pdfPageText, "", "application/pdf"},
		{"<0000> <FFFF> <0041>\n", 1 << 12, pdfPageText + "/F1 1 Tf <00410042> Tj\nendstream\nendobj\n4 0 obj\n<< /Subtype /Type0 /ToUnicode 5 0 R >>\nendobj\n5 0 obj\n<< >>\nstream\nbeginbfrange\n", "", "application/pdf"}, // a CMap of huge ranges
		{"1 0 obj << /Type /Page /Annots [2 0 R] /Contents 2 0 R >> ", 1 << 14, "%PDF-1.4\n2 0 obj << /URI (https://a.example/) >>\n", "", "application/pdf"},                                                                  // pages
		{"2 0 R ", 1 << 16, "%PDF-1.4\n2 0 obj << /URI (https://a.example/) >> endobj 1 0 obj << /Type /Page /Annots [", "", "application/pdf"},
		{"Win powershell &x ", 1 << 15, "", "", ""}, // keys and a launcher named without "+" (pasteWords)
		{"<Win powershell ", 1 << 15, "", ">", ""},
		{"Windows key and R, Ctrl ", 1 << 15, "powershell ", "", ""},
		{"ctrl v &#11&#x6d;sh\u200bta&shy;&zwnj", 1 << 14, "", "", ""}, // references and invisible characters (pasteCompact, pasteWords)
		{"p&#x", 1 << 16, "Win+R ", "", ""},
		{"<text>ab</text>", 1 << 17, "<svg><a href=\"https://a.example/\"/>", "", "image/svg+xml"}, // the drawing's words (docWords)
		{"<a href=\"https://a.example/\"/><text>x", 1 << 14, "<svg>", "", "image/svg+xml"},
		{"<url ", 1 << 16, "", "", attShortcut}, // start tags without an end (xmlTargets)
		{"<l:url>x<", 1 << 16, "", "", attShortcut},
		{"[s.W]\nURL=a\n", 1 << 15, "", "", attShortcut}, // sections and keys (iniTargets)
		{"<", 1 << 18, "<url>", "", attShortcut},
		{"xmlns:a=\"x", 1 << 16, "", "", attShortcut}, // namespace names (markupNames)
		{"xmlns:", 1 << 17, "<!doctype ", "", attShortcut},
	} {
		cts := []string{"text/plain", "text/html"}
		if tc.ct != "" {
			cts = []string{tc.ct}
		}
		for _, ct := range cts {
			body := func(reps int) []byte {
				return msgOf(ct, "", tc.pre+strings.Repeat(tc.unit, reps)+tc.post)
			}
			small, big := body(tc.reps/4), body(tc.reps)
			lineartest.Check(t, fmt.Sprintf("Extract(%s, %q x %d)", ct, tc.unit, tc.reps),
				func() { Extract(small, Options{}) }, func() { Extract(big, Options{}) })
		}
	}
}

// pdfPageText starts a PDF whose one page holds a link and whose content
// stream follows.
const pdfPageText = "%PDF-1.4\n1 0 obj\n<< /Type /Page /Resources << /Font << /F1 4 0 R >> >> /Contents 2 0 R /Annots [<< /A << /URI (https://a.example/) >> >>] >>\nendobj\n2 0 obj\n<< >>\nstream\n"

func TestExtractManyAttributes(t *testing.T) {
	msg := msgOf("text/html", "", "<a "+strings.Repeat("x ", 1000)+"href=https://a.example/>x</a>")
	ls, _ := Extract(msg, Options{})
	wantURLs("https://a.example/")(t, ls)
}
