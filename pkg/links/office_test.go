package links

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

const (
	relHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relTemplate  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)

// ooxml builds a zip archive of the given files.
func ooxml(files map[string]string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, _ := z.Create(n)
		w.Write([]byte(files[n]))
	}
	z.Close()
	return b.Bytes()
}

func rels(rs ...string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(rs, "") + `</Relationships>`
}

func rel(id, typ, target, mode string) string {
	m := ""
	if mode != "" {
		m = ` TargetMode="` + mode + `"`
	}
	return `<Relationship Id="` + id + `" Type="` + typ + `" Target="` + target + `"` + m + `/>`
}

// TestOfficeURIs: external hyperlinks and the remote template Office loads
// on opening are read; a local template, an external picture, a bookmark
// and a relationships part outside a _rels folder are not.
func TestOfficeURIs(t *testing.T) {
	doc := ooxml(map[string]string{
		"[Content_Types].xml":                 `<Types/>`,
		"_rels/.rels":                         rels(rel("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml", "")),
		"word/document.xml":                   `<w:document>https://in-text.example/ is not a hyperlink</w:document>`,
		"word/_rels/document.xml.rels":        rels(rel("rId4", relHyperlink, "https://login.evil.example/o365?a=1&amp;b=2", "External"), rel("rId5", relHyperlink, "#bookmark", ""), rel("rId6", relTemplate, "https://template.example/t.dotm", "External"), rel("rId7", relTemplate, "Normal.dotm", ""), rel("rId8", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", "https://pixel.example/p.png", "External")),
		"xl/worksheets/_rels/sheet1.xml.rels": rels(rel("rId1", relHyperlink, "https://sheet.example/", "External")),
		"word/notrels.rels":                   rels(rel("rId9", relHyperlink, "https://misplaced.example/", "External")),
	})
	got := officeURIs(zipFiles(doc), 1<<20, 100, nil)
	want := []string{"https://login.evil.example/o365?a=1&b=2", "https://template.example/t.dotm", "https://sheet.example/"}
	if !slices.Equal(got, want) {
		t.Errorf("officeURIs = %q, want %q", got, want)
	}
	if got := officeURIs(zipFiles(doc), 1<<20, 1, nil); len(got) != 1 {
		t.Errorf("limit 1 gave %d links", len(got))
	}
	for _, junk := range [][]byte{nil, []byte("PK\x03\x04 not really"), doc[:len(doc)/2]} {
		if got := officeURIs(zipFiles(junk), 1<<20, 100, nil); len(got) != 0 {
			t.Errorf("broken archive gave %q", got)
		}
	}
}

func TestOfficeAttachment(t *testing.T) {
	doc := ooxml(map[string]string{"word/_rels/document.xml.rels": rels(rel("rId4", relHyperlink, "https://view.evil.example/doc", "External"))})
	for _, header := range []string{
		"Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"Content-Type: application/vnd.ms-word.document.macroEnabled.12",
		"Content-Type: application/octet-stream; name=\"Invoice.DOCX\"",
		"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"q3.xlsm\"",
	} {
		msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe document is attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(doc) + "\r\n--b--\r\n")
		ls, err := Extract(msg, Options{})
		if err != nil || len(ls) != 1 {
			t.Fatalf("%s: %d links, %v; want 1", header, len(ls), err)
		}
		if l := ls[0]; l.Kind != KindOffice || l.Host != "view.evil.example" || l.Rewritable() || !l.InAttachment() || l.Context != "The document is attached." {
			t.Errorf("%s: link %+v; want a not rewritable office link with the lead as context", header, l)
		}
	}
}

// TestOfficeRemoteTemplate: the template a document loads when it opens
// is its link, flagged FlagAutoLoad; its hyperlink is not flagged.
func TestOfficeRemoteTemplate(t *testing.T) {
	doc := ooxml(map[string]string{"word/_rels/settings.xml.rels": rels(rel("rId1", relTemplate, "https://t.evil.example/t.dotm", "External"), rel("rId2", relHyperlink, "https://view.evil.example/", "External"))})
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n" +
		"--b\r\nContent-Type: application/octet-stream; name=\"a.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(doc) + "\r\n--b--\r\n")
	ls, _ := Extract(msg, Options{})
	got := map[string]bool{}
	for _, l := range ls {
		got[l.Host] = l.Flags.Has(FlagAutoLoad)
	}
	if len(ls) != 2 || !got["t.evil.example"] || got["view.evil.example"] {
		t.Errorf("links %v, want the template flagged FlagAutoLoad and the hyperlink not", got)
	}
}

func FuzzOffice(f *testing.F) {
	f.Add(ooxml(map[string]string{"word/_rels/document.xml.rels": rels(rel("rId4", relHyperlink, "https://a.example/", "External"))}))
	f.Add([]byte(rels(rel("rId4", relHyperlink, "https://a.example/", "External"))))
	f.Add([]byte(`<w:p><w:fldChar w:fldCharType="begin"/><w:instrText> HYPERLINK "https://a.ex</w:instrText><w:fldChar w:fldCharType="begin"/>` +
		`<w:instrText>QUOTE x</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>ample</w:t><w:fldChar w:fldCharType="end"/>` +
		`<w:instrText>/"</w:instrText><w:fldChar w:fldCharType="end"/><f>HYPERLINK("https://b"&amp;".example/")</f></w:p>`))
	f.Add([]byte(`<w:p><w:r><w:t>Sign in</w:t></w:r></w:p><w:p><w:hyperlink r:id="rId7"><w:t>here</w:t><w:br/></w:hyperlink></w:p>` +
		`<text:p>Pay<text:s/><text:a xlink:href="https://c.example/">now</text:a></text:p><a:p><a:hlinkClick r:id="rId8"/><a:t>x</a:t></a:p>`))
	f.Add(ooxml(map[string]string{"word/media/image1.gif": string(encodeImage(f, qrImage(f, "https://q.example/", 30, 40, 40), "gif"))}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got := officeURIs(zipFiles(b), 1<<16, 5, nil); len(got) > 5 {
			t.Fatalf("%d links, limit 5", len(got))
		}
		if got := hyperlinks(b, 5); len(got) > 5 || slices.ContainsFunc(got, func(r relTarget) bool { return r.url == "" }) {
			t.Fatalf("hyperlinks = %+v", got)
		}
		claimed := 0
		anchor := func(string) int { claimed++; return claimed - 1 }
		got := fieldLinks(b, 5, anchor)
		if fields := len(got) - claimed; fields > 5 || claimed > 0 && len(got) < claimed {
			t.Fatalf("fieldLinks = %+v (%d anchors claimed)", got, claimed)
		}
		for _, l := range got {
			// The words are XML character data, which encoding/xml
			// checks is UTF-8, cut at characters.
			if l.url == "" && (l.link < 0 || l.link >= claimed) || len(l.words) > 2*contextRadius+8 || !utf8.ValidString(l.words) {
				t.Fatalf("fieldLinks gave %+v (%d anchors claimed)", l, claimed)
			}
		}
		if got := officeFieldURIs(zipFiles(b), 1<<16, 5); len(got) > 5 {
			t.Fatalf("%d field links, limit 5", len(got))
		}
		for _, parse := range []func(string) (string, bool){hyperlinkField, hyperlinkFormula} {
			if u, ok := parse(string(b)); ok != (u != "") || len(u) > len(b) {
				t.Fatalf("%q read as %q, %v", b, u, ok)
			}
		}
		budget := qrBudget{max: DefaultMaxQRPixels}
		if got := officeQRs(zipFiles(b), 5, &budget); len(got) > 5 || budget.spent > budget.max {
			t.Fatalf("%d codes (limit 5), %d pixels spent", len(got), budget.spent)
		}
	})
}

// TestOfficeQRCode: a QR code in a document's picture is read after its
// hyperlinks; pictures outside a media folder, of other types, or not
// holding a code are not links.
func TestOfficeQRCode(t *testing.T) {
	code := string(encodeImage(t, qrImage(t, "https://scan.evil.example/w", 120, 150, 150), "png"))
	blank := string(encodeImage(t, qrImage(t, "https://unused.example/", 120, 150, 150), "png")[:40])
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"word picture", map[string]string{"word/media/image1.png": code}, []string{"https://scan.evil.example/w"}},
		{"after the hyperlinks", map[string]string{"ppt/media/image2.PNG": code,
			"ppt/slides/_rels/slide1.xml.rels": rels(rel("rId2", relHyperlink, "https://link.example/", "External"))},
			[]string{"https://link.example/", "https://scan.evil.example/w"}},
		{"not in a media folder", map[string]string{"word/embeddings/image1.png": code}, nil},
		{"a broken picture", map[string]string{"xl/media/image1.png": blank}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the document.\r\n" +
				"--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
				base64.StdEncoding.EncodeToString(ooxml(tc.files)) + "\r\n--b--\r\n")
			ls, err := Extract(msg, Options{})
			var got []string
			for _, l := range ls {
				got = append(got, l.URL)
				if (l.Host == "scan.evil.example") != (l.Kind == KindQR) {
					t.Errorf("link %s has kind %s", l.URL, l.Kind)
				}
			}
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("links %q (%v), want %q", got, err, tc.want)
			}
		})
	}
}

// TestOfficeFieldLinks: links a document writes in its own XML open on a
// click as relationship hyperlinks do: Word's HYPERLINK fields (the code
// split over runs, or in fldSimple), Excel's HYPERLINK() formulas (pieces
// joined with "&") and OpenDocument's text:a. A bookmark field, a formula
// reading a cell and a URL in plain text are no links.
func TestOfficeFieldLinks(t *testing.T) {
	word := `<w:document xmlns:w="w"><w:body><w:p>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://field.ev</w:instrText></w:r>` +
		`<w:r><w:instrText>il.example/login" \o "Open"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Open</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:fldSimple w:instr=" HYPERLINK &quot;https://simple.evil.example/&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple>` +
		`<w:fldSimple w:instr="HYPERLINK \l &quot;_Toc1&quot;"/>` +
		`<w:r><w:t>https://in-text.example/ is not a hyperlink</w:t></w:r></w:p></w:body></w:document>`
	sheet := `<worksheet><sheetData><row><c r="A1"><f>HYPERLINK("https://formula.ev"&amp;"il.example/pay","Pay")</f></c>` +
		`<c r="A2"><f>HYPERLINK(B1,"x")</f></c></row></sheetData></worksheet>`
	odt := `<office:document-content xmlns:office="o" xmlns:text="t" xmlns:xlink="x"><office:body><office:text><text:p>` +
		`<text:a xlink:type="simple" xlink:href="https://odt.evil.example/view">View</text:a></text:p></office:text></office:body></office:document-content>`
	doc := ooxml(map[string]string{"word/document.xml": word, "word/footer1.xml": `<w:ftr xmlns:w="w"><w:fldSimple w:instr="HYPERLINK https://footer.evil.example/"/></w:ftr>`,
		"xl/worksheets/sheet1.xml": sheet, "content.xml": odt})
	got := officeFieldURIs(zipFiles(doc), 1<<20, 100)
	want := []string{"https://odt.evil.example/view", "https://field.evil.example/login", "https://simple.evil.example/", "https://footer.evil.example/", "https://formula.evil.example/pay"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("officeFieldURIs = %q, want %q", got, want)
	}
	// An OpenDocument attachment is read by its type or its name.
	for _, header := range []string{
		"Content-Type: application/vnd.oasis.opendocument.text",
		"Content-Type: application/octet-stream; name=\"Remittance.odt\"",
	} {
		msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe document is attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(ooxml(map[string]string{"content.xml": odt})) + "\r\n--b--\r\n")
		ls, _ := Extract(msg, Options{})
		if len(ls) != 1 || ls[0].URL != "https://odt.evil.example/view" || ls[0].Kind != KindOffice {
			t.Errorf("%s: links %+v", header, ls)
		}
	}
}

// TestOfficeNestedFields: a field inside a HYPERLINK field's code (Word
// evaluates it first and writes its result into the code) neither hides
// the outer link nor splits its target: the nested result is part of the
// code, as Word reads it.
func TestOfficeNestedFields(t *testing.T) {
	fld := func(typ string) string { return `<w:r><w:fldChar w:fldCharType="` + typ + `"/></w:r>` }
	instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
	text := func(s string) string { return `<w:r><w:t>` + s + `</w:t></w:r>` }
	doc := func(body string) string {
		return `<w:document xmlns:w="w"><w:body><w:p>` + body + `</w:p></w:body></w:document>`
	}
	for _, tc := range []struct {
		name, xml string
		want      []string
	}{
		{"a field in the tooltip", doc(fld("begin") + instr(` HYPERLINK "https://tip.evil.example/login" \o "`) +
			fld("begin") + instr(` QUOTE "Open" `) + fld("separate") + text("Open") + fld("end") +
			instr(`"`) + fld("separate") + text("Sign in") + fld("end")), []string{"https://tip.evil.example/login"}},
		{"a field's result inside the target", doc(fld("begin") + instr(` HYPERLINK "https://split.ev`) +
			fld("begin") + instr(` QUOTE "il" `) + fld("separate") + text("il") + fld("end") +
			instr(`.example/pay"`) + fld("separate") + text("Pay") + fld("end")), []string{"https://split.evil.example/pay"}},
		{"a nested HYPERLINK of its own", doc(fld("begin") + instr(` IF 1 = 1 "`) +
			fld("begin") + instr(` HYPERLINK "https://inner.evil.example/" `) + fld("separate") + text("x") + fld("end") +
			instr(`" ""`) + fld("separate") + text("x") + fld("end")), []string{"https://inner.evil.example/"}},
		{"a field left open", doc(fld("begin") + instr(` HYPERLINK "https://open.evil.example/"`)), nil},
	} {
		got := officeFieldURIs(zipFiles(ooxml(map[string]string{"word/document.xml": tc.xml})), 1<<20, 100)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// officeURIs is readOffice's relationship pass alone: at most limit
// external hyperlink targets, inflating at most budget bytes in all.
func officeURIs(files []*zip.File, budget int64, limit int, stop *stopper) []string {
	var out []string
	officeParts(files, &budget, isRelsPart, maxRelsBytes, func(_ string, data []byte) bool {
		for _, t := range hyperlinks(data, limit-len(out)) {
			out = append(out, t.url)
		}
		return len(out) < limit
	}, stop)
	return out
}

// officeFieldURIs is readOffice's field, formula and OpenDocument pass
// alone, as officeURIs is its relationship pass.
func officeFieldURIs(files []*zip.File, budget int64, limit int) []string {
	var out []string
	officeParts(files, &budget, contentPart, maxContentBytes, func(_ string, data []byte) bool {
		for _, l := range fieldLinks(data, limit-len(out), nil) {
			out = append(out, l.url)
		}
		return len(out) < limit
	}, nil)
	return out
}
