package links

import (
	"encoding/base64"
	"strings"
	"testing"
)

// officeMail is a message whose text part says lead and whose attachment
// of the given type is the archive of files.
func officeMail(lead, ctype string, files map[string]string) []byte {
	return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" + lead + "\r\n" +
		"--b\r\nContent-Type: " + ctype + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(ooxml(files)) + "\r\n--b--\r\n")
}

const (
	docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	odtType  = "application/vnd.oasis.opendocument.text"
	pptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
	xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// wordDoc is word/document.xml with one w:p per paragraph.
func wordDoc(paras ...string) string {
	return `<w:document xmlns:w="w" xmlns:r="r"><w:body>` + strings.Join(paras, "") + `</w:body></w:document>`
}

func wp(runs ...string) string { return `<w:p>` + strings.Join(runs, "") + `</w:p>` }

func wt(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }

// TestDocumentWords: a link in an Office document or an SVG drawing has
// as its context the message's lead, then the words of its paragraph and
// of the paragraphs before and after it (at most contextRadius bytes on
// either side), as a link in the message's text has the words around it:
// a relationship hyperlink through its w:hyperlink or a:hlinkClick
// anchor, a Word field, an OpenDocument text:a, an SVG link through the
// drawing's <text> elements. A spreadsheet's links keep the lead alone;
// field codes and deleted text are no words.
func TestDocumentWords(t *testing.T) {
	const lead = "Please see attached."
	long := strings.Repeat("filler ", 100)
	hyperlinkRels := rels(rel("rId7", relHyperlink, "https://mail-portal.evil.example/owa", "External"))
	for _, tc := range []struct {
		name, ctype string
		files       map[string]string
		want        string // the context after the lead
	}{
		{"a relationship anchored by w:hyperlink", docxType, map[string]string{
			"word/_rels/document.xml.rels": hyperlinkRels,
			"word/document.xml": wordDoc(wp(wt("Dear user,")), wp(wt("Your mailbox password expires today, "), wt("sign in "),
				`<w:hyperlink r:id="rId7">`+wt("here")+`</w:hyperlink>`, wt(" to keep it.")), wp(wt("IT Service Desk")), wp(wt("Unrelated far paragraph"))),
		}, "Dear user, Your mailbox password expires today, sign in here to keep it. IT Service Desk"},
		{"a HYPERLINK field, its code no words", docxType, map[string]string{
			"word/document.xml": wordDoc(wp(wt("Quarterly brochure")), wp(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://brochure.example/" </w:instrText></w:r>`+
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`+wt("our site")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`+`<w:r><w:delText>removed words</w:delText></w:r>`)),
		}, "Quarterly brochure our site"},
		{"words bounded around the link", docxType, map[string]string{
			"word/_rels/document.xml.rels": hyperlinkRels,
			"word/document.xml":            wordDoc(wp(wt(long+"near before "), `<w:hyperlink r:id="rId7">`+wt("link")+`</w:hyperlink>`, wt(" near after "+long+"end"))),
		}, strings.TrimSpace(strings.Repeat("filler ", 26)) + " near before link near after " + strings.TrimSpace(strings.Repeat("filler ", 26))},
		{"an OpenDocument text:a", odtType, map[string]string{
			"content.xml": `<office:document-content xmlns:text="t" xmlns:xlink="x"><office:body><office:text><text:h>Invoice 4711</text:h>` +
				`<text:p>Pay<text:s/>the balance <text:a xlink:href="https://pay.evil.example/">online</text:a> today.</text:p></office:text></office:body></office:document-content>`,
		}, "Invoice 4711 Pay the balance online today."},
		{"a slide's a:hlinkClick", pptxType, map[string]string{
			"ppt/slides/_rels/slide1.xml.rels": hyperlinkRels,
			"ppt/slides/slide1.xml": `<p:sld xmlns:a="a" xmlns:p="p" xmlns:r="r"><p:txBody><a:p><a:r><a:t>Verify your account</a:t></a:r></a:p>` +
				`<a:p><a:r><a:rPr><a:hlinkClick r:id="rId7"/></a:rPr><a:t>Continue</a:t></a:r></a:p></p:txBody></p:sld>`,
		}, "Verify your account Continue"},
		{"a relationship of another part keeps the lead", docxType, map[string]string{
			"word/_rels/document.xml.rels": hyperlinkRels,
			"word/footer1.xml":             `<w:ftr xmlns:w="w" xmlns:r="r">` + wp(wt("Sign in"), `<w:hyperlink r:id="rId7"/>`) + `</w:ftr>`,
		}, ""},
		{"a spreadsheet keeps the lead", xlsxType, map[string]string{
			"xl/worksheets/_rels/sheet1.xml.rels": hyperlinkRels,
			"xl/worksheets/sheet1.xml":            `<worksheet xmlns:r="r"><sheetData><row><c t="inlineStr"><is><t>password</t></is></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rId7"/></hyperlinks></worksheet>`,
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, err := Extract(officeMail(lead, tc.ctype, tc.files), Options{})
			if err != nil || len(ls) != 1 {
				t.Fatalf("Extract = %d links, %v; want 1", len(ls), err)
			}
			if want := strings.TrimSpace(lead + " " + tc.want); ls[0].Context != want {
				t.Errorf("Extract(%s) context = %q, want %q", tc.name, ls[0].Context, want)
			}
		})
	}
}

// TestSVGWords: an SVG link's context is the lead and the words the
// drawing's <text> elements show around it; script and markup are none.
func TestSVGWords(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"a drawn lure", `<svg><text x="1">Your password expires today</text><a href="https://x.evil.example/"><text>Sign <tspan>in</tspan> &amp; keep it</text></a><text>Help</text></svg>`,
			"Your document is attached. Your password expires today Sign in & keep it Help"},
		{"no text", `<svg><script>var a = "password";</script><a href="https://x.evil.example/"><rect/></a></svg>`, "Your document is attached."},
	} {
		ls, _ := Extract(svgMail("Content-Type: image/svg+xml", tc.doc), Options{})
		if len(ls) != 1 || ls[0].Context != tc.want {
			t.Errorf("Extract(%s) = %+v, want one link with context %q", tc.name, ls, tc.want)
		}
	}
}

// TestDocWordsBounded: however long the document, the text docWords
// keeps stays within a few contextRadius while no link waits, and a
// link's words never pass contextRadius on either side.
func TestDocWordsBounded(t *testing.T) {
	var d docWords
	word := []byte("lorem ")
	for i := range 10000 {
		if i%2500 == 0 {
			d.mark(docLink{link: i})
		}
		d.add(word)
		if i%100 == 0 {
			d.endPara()
		}
		if len(d.text) > 8*contextRadius+len(word) {
			t.Fatalf("text grew to %d bytes", len(d.text))
		}
	}
	for _, l := range d.close() {
		if len(l.words) > 2*contextRadius || l.words == "" {
			t.Errorf("link %d: words of %d bytes", l.link, len(l.words))
		}
	}
}
