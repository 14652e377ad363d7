package links

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// objStm returns a compressed object stream object holding body.
func objStm(body string, filter string) string {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte(body))
	w.Close()
	return fmt.Sprintf("6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter %s /Length %d >>\nstream\r\n%s\r\nendstream\nendobj\n", filter, z.Len(), z.String())
}

func TestPDFURIs(t *testing.T) {
	const head = "%PDF-1.7\n"
	annot := func(s string) string {
		return "1 0 obj\n<< /Subtype /Link /A << /S /URI /URI " + s + " >> >>\nendobj\n"
	}
	tests := []struct {
		name string
		pdf  string
		want []string
	}{
		{"literal", head + annot("(https://a.example/x)"), []string{"https://a.example/x"}},
		{"escapes and balanced parentheses", head + annot(`(https://a.example/\(1\)/(2)\\z)`), []string{`https://a.example/(1)/(2)\z`}},
		{"octal and continuation", head + annot("(https://a.ex\\141mple/\\\r\nq)"), []string{"https://a.example/q"}},
		{"hex, spaces and odd digit", head + annot("<68 74 74 70 3a 2f 2f 61 2e 65 78 2f 3>"), []string{"http://a.ex/0"}},
		{"utf-16 text string", head + annot("<FEFF0068007400740070003A002F002F0062002E00650078>"), []string{"http://b.ex"}},
		{"comment before the string", head + "<< /URI % note\n(https://c.example/) >>", []string{"https://c.example/"}},
		{"action type only", head + "<< /S /URI >>", nil},
		{"longer name", head + "<< /URIx (https://d.example/) >>", nil},
		{"dictionary is no string", head + "<< /URI << /Base (https://e.example/) >> >>", nil},
		{"unclosed string", head + annot("(https://f.example/"), nil},
		{"not a PDF", annot("(https://g.example/)"), nil},
		{"header after junk, as readers accept", "junk\r\n" + head + annot("(https://h.example/)"), []string{"https://h.example/"}},
		{"header too late", strings.Repeat(" ", 1024) + head + annot("(https://h.example/)"), nil},
		{"object stream", head + objStm("7 0 << /A << /S /URI /URI (https://i.example/) >> >>", "/FlateDecode"), []string{"https://i.example/"}},
		{"object stream, filter array", head + objStm("7 0 << /URI (https://j.example/) >>", "[ /FlateDecode ]"), []string{"https://j.example/"}},
		{"object stream, other filter", head + objStm("7 0 << /URI (https://k.example/) >>", "[/ASCII85Decode /FlateDecode]"), nil},
		{"broken object stream", head + "6 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /Length 4 >>\nstream\nJUNK\nendstream\nendobj\n" + annot("(https://l.example/)"), []string{"https://l.example/"}},
		{"object stream, /Length wrapping past the largest int", head + regexp.MustCompile(`/Length \d+`).ReplaceAllString(
			objStm("7 0 << /URI (https://n.example/) >>", "/FlateDecode"), "/Length 9223372036854775807"), []string{"https://n.example/"}},
		{"compressed non-object stream", head + strings.Replace(objStm("<< /URI (https://m.example/) >>", "/FlateDecode"), "/ObjStm", "/XObject", 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, u := range pdfURIs([]byte(tt.pdf), 1<<20, 100, nil) {
				got = append(got, u.uri)
				if u.off < 0 || u.off > len(tt.pdf) {
					t.Errorf("offset %d outside the document", u.off)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pdfURIs = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPDFInflateBudget: a compression bomb is read only up to the budget.
func TestPDFInflateBudget(t *testing.T) {
	body := strings.Repeat(" ", 1<<20) + "<< /URI (https://late.example/) >>"
	pdf := []byte("%PDF-1.7\n" + objStm("<< /URI (https://early.example/) >>"+body, "/FlateDecode"))
	var got []string
	for _, u := range pdfURIs(pdf, 1<<16, 100, nil) {
		got = append(got, u.uri)
	}
	if want := []string{"https://early.example/"}; !slices.Equal(got, want) {
		t.Errorf("with a 64 KiB budget pdfURIs = %q, want %q", got, want)
	}
}

// TestPDFAttachmentNotRewritten: links in a PDF attachment are found but
// Rewrite refuses them, and the attachment's bytes never change.
func TestPDFAttachmentNotRewritten(t *testing.T) {
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n" +
		"--b\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n<< /A << /S /URI /URI (https://evil.example/p) >> >>\r\n--b--\r\n")
	ls, err := Extract(msg, Options{})
	if err != nil || len(ls) != 1 {
		t.Fatalf("Extract = %d links, %v; want 1", len(ls), err)
	}
	l := ls[0]
	if l.Kind != KindPDF || !l.Clickable || l.Rewritable() || l.Part != "2" || l.Host != "evil.example" {
		t.Fatalf("link = %+v; want a clickable, not rewritable pdf link in part 2", l)
	}
	out, err := Rewrite(msg, map[Ref]string{l.Ref(): "https://lock.example/l/1"}, Options{})
	if !errors.Is(err, ErrNotRewritable) || !bytes.Equal(out, msg) {
		t.Errorf("Rewrite of a PDF link: err %v, changed %v; want ErrNotRewritable and no change", err, !bytes.Equal(out, msg))
	}
}

func FuzzPDF(f *testing.F) {
	f.Add([]byte("%PDF-1.7\n<< /A << /S /URI /URI (https://a.example/\\(x\\)\\101) >> >>"))
	f.Add([]byte("%PDF-1.7\n<< /URI <FEFF0068> >>"))
	f.Add([]byte("%PDF-1.7\n<< /S /SubmitForm /F << /FS /URL /F (https://c.example/) >> >>"))
	f.Add([]byte("%PDF-1.7\n" + objStm("<< /URI (https://i.example/) >>", "/FlateDecode")))
	f.Add(onePage(winAnsi, "stream:BT /F1 12 Tf (Sign \\(in\\) \\101) Tj [(a) -300 (b)] TJ ET"))
	f.Add(onePage("<< /Subtype /Type0 /ToUnicode 7 0 R >>", "flate:BT /F1 9 Tf "+twoByteCodes("sign in")+" Tj ET", "flate:"+identityCMap))
	f.Add(onePage("<< /Subtype /Type1 /Encoding << /Differences [1 /S /uni0069] >> >>", "stream:BT /F1 9 Tf (\\001\\002) ' ET"))
	f.Fuzz(func(t *testing.T, b []byte) {
		us := pdfURIs(b, 1<<16, 5, nil)
		if len(us) > 5 {
			t.Fatalf("%d URIs, limit 5", len(us))
		}
		checkLinkWords(t, b, us)
		for _, u := range us {
			if u.off < 0 || u.off > len(b) {
				t.Fatalf("offset %d outside %d bytes", u.off, len(b))
			}
			// A UTF-16 string of maxPDFURI bytes decodes to at most 1.5 times as many.
			if len(u.uri) > 2*maxPDFURI || u.uri == "" {
				t.Fatalf("URI of %d bytes", len(u.uri))
			}
			if !utf8.ValidString(u.uri) && bytes.HasPrefix([]byte(u.uri), []byte{0xfe, 0xff}) {
				t.Fatalf("UTF-16 string %q left undecoded", u.uri)
			}
		}
	})
}

// checkLinkWords: each link's page words are valid text within
// contextRadius bytes of either side of the window's middle, and reading
// them stays within the budget given.
func checkLinkWords(t *testing.T, b []byte, us []pdfURI) {
	budget := int64(1 << 16)
	words := pdfLinkWords(b, us, &budget, nil)
	if len(words) != len(us) || budget < 0 {
		t.Fatalf("%d words for %d links, budget left %d", len(words), len(us), budget)
	}
	for _, w := range words {
		if len(w) > 2*contextRadius || !utf8.ValidString(w) {
			t.Fatalf("words %q: %d bytes or not UTF-8", w, len(w))
		}
	}
}

// TestPDFHugeLength: an object stream whose /Length is near the largest
// int is read to its "endstream"; the length added to the data's offset
// wrapped negative, and the panic cost the attachment all its links.
func TestPDFHugeLength(t *testing.T) {
	doc := "%PDF-1.7\n" + regexp.MustCompile(`/Length \d+`).ReplaceAllString(
		objStm("7 0 << /URI (https://hidden.example/) >>", "/FlateDecode"), "/Length 9223372036854775807")
	x, err := ExtractAll(zipMail(`Content-Type: application/pdf; name="invoice.pdf"`, []byte(doc)), Options{})
	if errors.Is(err, errInternal) || len(x.Links) != 1 || x.Links[0].URL != "https://hidden.example/" {
		t.Fatalf("ExtractAll = %d links, %v; want https://hidden.example/ and no internal error", len(x.Links), err)
	}
}

// TestPDFURIsLinearTime: a /URI followed by a number and a comment that
// runs to the end of the document (no line break follows) is read once:
// the reference check read the comment again for each of the many /URI
// before it, so 256 KB of "%PDF-/URI 0 00" took seconds (and a part of
// a few megabytes, minutes).
func TestPDFURIsLinearTime(t *testing.T) {
	for _, unit := range []string{"%PDF-/URI 0 00", "/URI 0 %/URI 0/URI 0/URI 0 ", "/JS 1 0 %", "/URI 12%"} {
		doc := []byte("%PDF-1.7\n" + strings.Repeat(unit, (1<<20)/len(unit)) + "\n<< /URI (https://last.example/) >>")
		start := time.Now()
		us := pdfURIs(doc, 1<<20, 100, nil)
		if d := time.Since(start); d > 2*time.Second || len(us) != 1 {
			t.Errorf("pdfURIs of 1 MB of %q: %v, %d URIs (want https://last.example/)", unit, d, len(us))
		}
	}
}

// TestPDFURIsBounded: a document of nothing but URI actions yields at most
// the number asked for.
func TestPDFURIsBounded(t *testing.T) {
	doc := "%PDF-1.7\n" + strings.Repeat("<< /URI (https://n.example/) >>\n", 1000)
	if got := len(pdfURIs([]byte(doc), 1<<20, 7, nil)); got != 7 {
		t.Errorf("pdfURIs returned %d, want 7", got)
	}
}

func TestPDFSubmitForm(t *testing.T) {
	const head = "%PDF-1.7\n"
	for _, tc := range []struct {
		name, pdf string
		want      []string
	}{
		{"file specification dictionary", head + "<< /FT /Tx /AA << /K << /S /SubmitForm /F << /FS /URL /F (https://collect.example/p) >> /Flags 4 >> >> >>",
			[]string{"https://collect.example/p"}},
		{"plain string", head + "<< /S /SubmitForm /Fields [3 0 R] /F (https://direct.example/p) >>", []string{"https://direct.example/p"}},
		{"no target near", head + "<< /S /SubmitForm >>" + strings.Repeat(" ", submitWindow) + "/F (https://far.example/)", nil},
		{"in an object stream", head + objStm("7 0 << /S /SubmitForm /F (https://packed.example/p) >>", "/FlateDecode"), []string{"https://packed.example/p"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, u := range pdfURIs([]byte(tc.pdf), 1<<20, 10, nil) {
				if !u.submits {
					t.Errorf("%q not marked as a form target", u.uri)
				}
				got = append(got, u.uri)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("pdfURIs = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFNameEscapes: a PDF name may write any character as "#xx", and
// readers decode it, so /U#52I is a URI action and /Obj#53tm an object
// stream. Escapes inside strings and stream data are text, kept as they are.
func TestPDFNameEscapes(t *testing.T) {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte("7 0 << /A << /S /URI /UR#49 (https://objstm.evil.example/) >> >>"))
	zw.Close()
	doc := "%PDF-1.7\n1 0 obj\n<< /Type /Annot /A << /S /U#52I /U#52I (https://plain.evil.example/a#41) >> >>\nendobj\n" +
		"2 0 obj\n<< /Type /Obj#53tm /N 1 /First 4 /Filter /Fl#61teDecode /Length " + strconv.Itoa(z.Len()) + " >>\nstream\n" + z.String() + "\nendstream\nendobj\n" +
		"3 0 obj\n<< /S /Sub#6DitForm /F (https://submit.evil.example/) >>\nendobj\n%%EOF\n"
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nStatement attached.\r\n" +
		"--b\r\nContent-Type: application/pdf; name=\"s.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(doc)) + "\r\n--b--\r\n")
	ls, _ := Extract(msg, Options{})
	var got []string
	for _, l := range ls {
		got = append(got, l.URL)
	}
	slices.Sort(got)
	want := []string{"https://objstm.evil.example/", "https://plain.evil.example/a#41", "https://submit.evil.example/"}
	if !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}

// TestPDFIndirectValues: a URI action or a script may name its value in
// another object (/URI 12 0 R, /JS 12 0 R), a script most often a
// compressed stream, as Acrobat writes long scripts; the value is read
// there. A reference to a missing object, or to a stream under another
// filter, gives nothing.
func TestPDFIndirectValues(t *testing.T) {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(`var u = "https://js" + "stream.evil.example/o"; app.launchURL(u); app.launchURL("https://js" + "stream.evil.example/open", true);`))
	zw.Close()
	doc := "%PDF-1.7\n1 0 obj\n<< /Type /Annot /A << /S /URI /URI 5 0 R >> >>\nendobj\n" +
		"2 0 obj\n<< /OpenAction << /S /JavaScript /JS 6 0 R >> >>\nendobj\n" +
		"3 0 obj\n<< /A << /S /JavaScript /JS 7 0 R >> /B << /S /URI /URI 99 0 R >> /C << /S /JavaScript /JS 8 0 R >> >>\nendobj\n" +
		"5 0 obj\n(https://indirect.evil.example/u)\nendobj\n" +
		"6 0 obj\n<< /Length " + strconv.Itoa(z.Len()) + " /Filter /FlateDecode >>\nstream\n" + z.String() + "\nendstream\nendobj\n" +
		"7 0 obj\n<< /Length 41 >>\nstream\nthis.getURL(\"https://raw.evil.example/s\")\nendstream\nendobj\n" +
		"8 0 obj\n<< /Length 10 /Filter /LZWDecode >>\nstream\n0123456789\nendstream\nendobj\n%%EOF\n"
	var got []string
	for _, u := range pdfURIs([]byte(doc), 1<<20, 100, nil) {
		got = append(got, u.uri)
	}
	slices.Sort(got)
	want := []string{"https://indirect.evil.example/u", "https://jsstream.evil.example/open", "https://raw.evil.example/s"}
	if !slices.Equal(got, want) {
		t.Errorf("pdfURIs = %q, want %q", got, want)
	}
}
