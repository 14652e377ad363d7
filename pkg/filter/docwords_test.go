package filter

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"
)

// docxPart is a Word attachment holding one paragraph, para, with a
// hyperlink to target on its word "here" (a w:hyperlink anchoring a
// relationship), as a MIME part.
func docxPart(t *testing.T, para, target string) string {
	t.Helper()
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId4" TargetMode="External" Target="` + target +
		`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/></Relationships>`
	doc := `<w:document xmlns:w="w" xmlns:r="r"><w:body><w:p><w:r><w:t>` + para +
		`</w:t></w:r><w:hyperlink r:id="rId4"><w:r><w:t>here</w:t></w:r></w:hyperlink></w:p></w:body></w:document>`
	return "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"doc.docx\"\nContent-Transfer-Encoding: base64\n\n" +
		zipFilesOf(t, "word/_rels/document.xml.rels", rels, "word/document.xml", doc)
}

// svgPart is an SVG attachment whose drawing shows para, then a
// "Continue" button linking target, as a MIME part.
func svgPart(_ *testing.T, para, target string) string {
	return "Content-Type: image/svg+xml; name=\"doc.svg\"\n\n<svg><text>" + para + `</text><a href="` + target + `"><text>Continue</text></a></svg>`
}

// pdfPart is a PDF attachment of one page that shows para (in a WinAnsi
// font) and holds a link annotation to target, as a MIME part.
func pdfPart(_ *testing.T, para, target string) string {
	content := "BT /F1 12 Tf 72 700 Td (" + strings.NewReplacer("(", `\(`, ")", `\)`).Replace(para) + ") Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [6 0 R] >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Annot /Subtype /Link /Rect [72 690 200 712] /A << /S /URI /URI (" + target + ") >> >>",
	}
	var doc strings.Builder
	doc.WriteString("%PDF-1.4\n")
	for i, o := range objs {
		fmt.Fprintf(&doc, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	doc.WriteString("trailer\n<< /Root 1 0 R >>\n%%EOF\n")
	return "Content-Type: application/pdf; name=\"doc.pdf\"\nContent-Transfer-Encoding: base64\n\n" + base64.StdEncoding.EncodeToString([]byte(doc.String()))
}

// TestDocumentWordsIntent: a stranger's neutral cover message ("please
// see attached") with a Word document, an SVG drawing or a PDF whose own words
// ask to sign in is judged by those words: its link rises above warn and
// the message is held (attachment_quarantine), where the cover message
// alone left the link open at warn. A CV linking the sender's own site
// in neutral words stays as it was, and so does a neutral document's
// link to a new site (open at warn).
func TestDocumentWordsIntent(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	const lure, deadline = "Your mailbox password expires today, sign in ", "Your mailbox password expires today. Sign in or your account will be closed within 24 hours: "
	for _, tc := range []struct {
		name, from, sender string
		part               func(t *testing.T, para, target string) string
		para, target       string
		action             Action
		codes              []string
	}{
		{"a mailbox lure in the document", "IT Service Desk", "helpdesk@mail-care.example", docxPart,
			lure, "https://owa-renew.example/owa/login", ActionQuarantine, []string{"attachment_link", "intent_credentials", "login_path"}},
		{"a lure with a deadline", "IT Service Desk", "helpdesk@mail-care.example", docxPart,
			deadline, "https://owa-renew.example/k/7", ActionQuarantine, []string{"attachment_link", "intent_credentials", "intent_extortion"}},
		{"a lure drawn in an SVG", "IT Service Desk", "helpdesk@mail-care.example", svgPart,
			deadline, "https://owa-renew.example/k/7", ActionQuarantine, []string{"page_link", "intent_credentials", "intent_extortion"}},
		{"a lure on a PDF page", "IT Service Desk", "helpdesk@mail-care.example", pdfPart,
			"Your mailbox password expires today. Sign in within 24 hours to keep it", "https://owa-renew.example/k/7", ActionQuarantine, []string{"attachment_link", "intent_credentials", "intent_extortion"}},
		{"a PDF brochure linking the sender's own site", "Print Shop", "info@printshop.example", pdfPart,
			"Our spring brochure: posters, flyers and business cards at fair prices. See our catalogue", "https://www.printshop.example/spring", ActionAccept, nil},
		{"credential words alone stay at warn", "IT Service Desk", "helpdesk@mail-care.example", docxPart,
			lure, "https://owa-renew.example/k/7", ActionAccept, []string{"attachment_link", "intent_credentials"}},
		{"a CV linking the sender's own site", "Jane Roe", "jane@janeroe.example", docxPart,
			"Jane Roe, graphic designer. Ten years of brochures and posters for local businesses. Portfolio ",
			"https://www.janeroe.example/portfolio", ActionAccept, nil},
		{"a brochure linking a new site", "Print Shop", "info@printshop.example", docxPart,
			"Our spring brochure: posters, flyers and business cards at fair prices. See our catalogue ",
			"https://catalogue-host.example/spring", ActionAccept, []string{"attachment_link"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := msg(tc.from+" <"+tc.sender+">", "alice@corp.example", "Document", `multipart/mixed; boundary="b"`,
				"--b\nContent-Type: text/plain\n\nHello, please see attached.\n--b\n"+tc.part(t, tc.para, tc.target)+"\n--b--\n")
			r := deliver(t, testEngine(t), []byte(m.raw), tc.sender, "alice@corp.example", at, false)
			wantVerdict(t, r, tc.action, tc.codes)
		})
	}
}
