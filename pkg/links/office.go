package links

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"path"
	"strings"
)

// Office documents (OOXML: .docx, .xlsx, .pptx and their macro forms) are
// zip archives. A hyperlink a reader can click is a relationship in one of
// the archive's "_rels/*.rels" parts (ECMA-376 Part 2, 9.3):
//
//	<Relationship Id="rId4" TargetMode="External" Target="https://..."
//	  Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>
//
// officeReader reads those, and the links written in the document's own
// XML (fieldLinks), each with the words of the document around it
// (docWords): the text of its paragraph (w:p, a:p, text:p) and of the
// paragraphs before and after it. officeQRs reads the pictures the
// document holds (its "media" folders: PNG, JPEG, GIF) for QR codes.
// hyperlinks also reads the external relationships Office itself loads
// when the document opens, with no click (openedRelation): a remote
// template (attachedTemplate, "template injection" of macros), an OLE
// object (the route of CVE-2022-30190), a frame or a subdocument; their
// links are flagged FlagAutoLoad. None of them runs macros or follows
// any relationship.

// Bounds on one archive: relationship parts read, and bytes inflated from
// each (real ones are a few KiB).
const (
	maxRelsParts = 256
	maxRelsBytes = 1 << 20
)

// zipFiles lists the files of a zip archive held in memory (an OOXML
// document is one); a broken archive has none.
func zipFiles(b []byte) []*zip.File {
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil
	}
	return z.File
}

// officeParts reads the parts of an archive that want selects (at most
// maxRelsParts of them), each up to per bytes and all within *budget,
// which it lowers, and hands each to read, until read returns false; cut
// reports whether the budget left a part unread or cut it. It stops
// before the next part once stop is set.
func officeParts(files []*zip.File, budget *int64, want func(string) bool, per int64, read func(name string, data []byte) bool, stop *stopper) (cut bool) {
	parts := 0
	for _, f := range files {
		if parts >= maxRelsParts {
			break
		}
		if !want(f.Name) {
			continue
		}
		if *budget <= 0 {
			return true
		}
		if stop.stopped() {
			break
		}
		parts++
		most := min(*budget, per)
		data, n := readZipFile(f, most)
		*budget -= n
		cut = cut || most < per && n == most
		if !read(f.Name, data) {
			break
		}
	}
	return cut
}

// isRelsPart: a relationships part, "_rels/NAME.rels" in any folder.
func isRelsPart(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".rels") && path.Base(path.Dir(name)) == "_rels"
}

// readZipFile reads at most max bytes of f; a broken entry gives what was read.
func readZipFile(f *zip.File, max int64) ([]byte, int64) {
	rc, err := f.Open()
	if err != nil {
		return nil, 0
	}
	defer rc.Close()
	return readAtMost(rc, max)
}

// relTarget is an external hyperlink relationship: its Id and target, and
// whether Office loads it by itself (openedRelation).
type relTarget struct {
	id, url string
	auto    bool
}

// hyperlinks returns at most limit external hyperlink relationships, and
// relationships Office loads by itself (openedRelation), of the
// relationships part data.
func hyperlinks(data []byte, limit int) []relTarget {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	var out []relTarget
	for len(out) < limit {
		tok, err := d.RawToken()
		if err != nil {
			return out
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var id, typ, target, mode string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				id = a.Value
			case "Type":
				typ = a.Value
			case "Target":
				target = a.Value
			case "TargetMode":
				mode = a.Value
			}
		}
		if !strings.EqualFold(mode, "External") || target == "" {
			continue
		}
		if auto := openedRelation(typ); auto || strings.HasSuffix(typ, "/hyperlink") {
			out = append(out, relTarget{id, target, auto})
		}
	}
	return out
}

// openedRelation: a relationship type whose external target Office loads
// when the document opens (ECMA-376 Part 1, 15.2 and 17.18): a template,
// an OLE object, a frame of a frameset or a subdocument.
func openedRelation(typ string) bool {
	switch typ[strings.LastIndexByte(typ, '/')+1:] {
	case "attachedTemplate", "oleObject", "frame", "subDocument":
		return true
	}
	return false
}

// autoFlag is FlagAutoLoad when auto, else no flag.
func autoFlag(auto bool) Flag {
	if auto {
		return FlagAutoLoad
	}
	return 0
}

// relsSource is the part whose relationships the relationships part name
// holds: "word/document.xml" for "word/_rels/document.xml.rels".
func relsSource(name string) string {
	base := path.Base(name)
	return path.Join(path.Dir(path.Dir(name)), base[:len(base)-len(".rels")])
}

// maxOfficeImages bounds the pictures of one archive read for QR codes.
const maxOfficeImages = 32

// officeQRs returns at most limit web addresses of QR codes in the
// pictures of the OOXML archive whose files are files, within the
// message's pixel budget. A picture larger than maxQRImageBytes is not
// inflated.
func officeQRs(files []*zip.File, limit int, budget *qrBudget) []string {
	var out []string
	read := 0
	for _, f := range files {
		if read >= maxOfficeImages || len(out) >= limit || !budget.left() {
			break
		}
		if !isMediaPicture(f.Name) || f.UncompressedSize64 > maxQRImageBytes {
			continue
		}
		read++
		if data, _ := readZipFile(f, maxQRImageBytes); data != nil {
			if u, ok := qrURL(data, budget); ok {
				out = append(out, u)
			}
		}
	}
	return out
}

// isMediaPicture: a PNG, JPEG or GIF in a "media" folder (word/media,
// xl/media, ppt/media).
func isMediaPicture(name string) bool {
	return path.Base(path.Dir(name)) == "media" && typeByName(path.Base(name)) == attImage
}

// scanOffice adds the hyperlinks of an Office attachment, at most
// MaxPartBytes of it decoded, then the QR codes of its pictures. Start and
// End are 0: the link has no place in text; Context is the message's lead
// and the document's words around the link (officeReader).
func (sc *scan) scanOffice(l leaf, c *collector, opts Options) {
	doc, cut := sc.attachment(l, c, opts)
	if cut {
		return // a cut archive has lost its central directory: nothing can be read
	}
	sc.readOffice(doc, c)
}

// readOffice adds the hyperlinks, field and formula links and QR codes of
// the Office document doc (attached, or a file in an archive), inflating
// its relationship and content parts within the message's archive budget
// (zipBudget), as the files of an archive are: a document of 80 KB
// inflates 16 MiB of XML, and each attached one had budgets of its own,
// so 100 of them (a 10 MB message) took 35 s to read. A part the budget
// leaves unread or cuts makes the scan partial.
func (sc *scan) readOffice(doc []byte, c *collector) {
	if c.full() {
		return
	}
	files := zipFiles(doc)
	r := officeReader{c: c, anchors: map[relKey]int{}}
	cut := officeParts(files, &sc.zipLeft, isRelsPart, maxRelsBytes, r.rels, c.stop)
	if !c.full() { // a full collector reads no more parts
		cut = officeParts(files, &sc.zipLeft, contentPart, maxContentBytes, r.content, c.stop) || cut
	}
	sc.partial = sc.partial || cut
	for _, u := range officeQRs(files, c.max-len(c.links), &sc.qr) {
		c.addAttached(u, KindQR, false, 0, 0, 0)
	}
}

// officeReader adds an Office document's links to the collector: first
// its hyperlink relationships, then the links written in its content
// parts (fieldLinks). Reading a content part also gives the words around
// each relationship's first anchor there (a w:hyperlink or a:hlinkClick
// naming its Id) to the link that relationship added.
type officeReader struct {
	c       *collector
	anchors map[relKey]int // the link each relationship not yet anchored added
}

// relKey names a relationship: the part it serves and its Id.
type relKey struct{ part, id string }

// rels adds the hyperlink relationships of the relationships part name.
func (r *officeReader) rels(name string, data []byte) bool {
	src := relsSource(name)
	for _, t := range hyperlinks(data, r.c.max-len(r.c.links)) {
		n := len(r.c.links)
		r.c.addAttached(t.url, KindOffice, false, 0, 0, autoFlag(t.auto))
		if k := (relKey{src, t.id}); len(r.c.links) > n && t.id != "" {
			if _, ok := r.anchors[k]; !ok {
				r.anchors[k] = n
			}
		}
	}
	return !r.c.full()
}

// content adds the links of the content part name and gives the
// relationships it anchors their words.
func (r *officeReader) content(name string, data []byte) bool {
	anchor := func(id string) int {
		k := relKey{name, id}
		i, ok := r.anchors[k]
		if !ok {
			return -1
		}
		delete(r.anchors, k)
		return i
	}
	for _, l := range fieldLinks(data, r.c.max-len(r.c.links), anchor) {
		if l.url == "" {
			r.c.links[l.link].Context = withLead(r.c.lead, l.words)
			continue
		}
		r.c.addWords(l.url, KindOffice, l.words)
	}
	return !r.c.full()
}

// Links a document writes in its own XML rather than as a relationship,
// which Word, Excel and LibreOffice still open on a click:
//
//   - Word's HYPERLINK fields, the field code split over the runs between
//     <w:fldChar w:fldCharType="begin"/> and "separate" (or "end"), or in
//     <w:fldSimple w:instr="HYPERLINK &quot;https://...&quot;">;
//   - Excel's HYPERLINK() formulas, <f>HYPERLINK("https://...","text")</f>,
//     their string pieces joined with "&";
//   - OpenDocument (.odt, .ods, .odp) hyperlinks, <text:a xlink:href="...">
//     and <draw:a xlink:href="...">, in content.xml and styles.xml.
//
// readOffice reads those in the parts that hold them (contentPart), and
// there the words around each link and each relationship's anchor.

// maxContentBytes bounds the bytes inflated from one content part.
const maxContentBytes = 4 << 20

// contentPart: a part whose XML may hold fields, formulas or OpenDocument
// links, or the words around a relationship's anchor: Word's word/*.xml
// (document, headers, footers, notes), Excel's worksheets, PowerPoint's
// slides, OpenDocument's content.xml and styles.xml.
func contentPart(name string) bool {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "_rels/") || !strings.HasSuffix(n, ".xml"):
		return false
	case strings.HasPrefix(n, "word/") && !strings.Contains(n[len("word/"):], "/"):
		return true
	case strings.HasPrefix(n, "xl/worksheets/"):
		return true
	case strings.HasPrefix(n, "ppt/slides/") && !strings.Contains(n[len("ppt/slides/"):], "/"):
		return true
	}
	return n == "content.xml" || n == "styles.xml"
}

// maxFieldCode bounds the bytes of one field code read, and
// maxFieldDepth the fields nested in one another that are followed.
const (
	maxFieldCode  = 4096
	maxFieldDepth = 16
)

// wordFields follows Word's complex fields, which nest: a field inside
// another's code (between its "begin" and "separate") is evaluated first
// and its result (the text between its own "separate" and "end") becomes
// part of the outer code, so neither a nested field in a HYPERLINK's
// tooltip nor one splitting its target hides the link.
type wordFields struct {
	stack []wordField
}

type wordField struct {
	code      []byte
	separated bool // past "separate": its result follows, its code is done
}

// begin opens a field (within maxFieldDepth: deeper ones are read as part
// of the field they are in).
func (w *wordFields) begin() {
	if len(w.stack) < maxFieldDepth {
		w.stack = append(w.stack, wordField{})
	}
}

// separate ends the code of the innermost field and returns it, once.
func (w *wordFields) separate() (string, bool) {
	if len(w.stack) == 0 || w.stack[len(w.stack)-1].separated {
		return "", false
	}
	f := &w.stack[len(w.stack)-1]
	f.separated = true
	return string(f.code), true
}

// end closes the innermost field and returns its code when no "separate"
// did.
func (w *wordFields) end() (string, bool) {
	code, ok := w.separate()
	if len(w.stack) > 0 {
		w.stack = w.stack[:len(w.stack)-1]
	}
	return code, ok
}

// instr adds the text of an instrText element to the innermost field's
// code.
func (w *wordFields) instr(b []byte) {
	if len(w.stack) > 0 && !w.stack[len(w.stack)-1].separated {
		f := &w.stack[len(w.stack)-1]
		f.code = appendCode(f.code, b)
	}
}

// result adds the text of a w:t element, the result of the innermost
// field, to the code of the field it is nested in.
func (w *wordFields) result(b []byte) {
	if n := len(w.stack); n >= 2 && w.stack[n-1].separated && !w.stack[n-2].separated {
		w.stack[n-2].code = appendCode(w.stack[n-2].code, b)
	}
}

// appendCode appends b to a field or formula code, up to maxFieldCode
// bytes in all.
func appendCode(code, b []byte) []byte {
	return append(code, b[:max(0, min(len(b), maxFieldCode-len(code)))]...)
}

// fieldLinks returns at most limit link targets written in the XML data
// (see officeFieldURIs), each with the document's words around it
// (docWords), and, for each relationship Id an anchor names that
// anchor(id) claims (the index of the link the relationship added, -1
// for none), that link's index with the anchor's words and no url. A
// field code is read up to maxFieldCode bytes.
func fieldLinks(data []byte, limit int, anchor func(id string) int) []docLink {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	s := contentScan{limit: limit, anchor: anchor}
	for s.found < limit {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			s.start(t)
		case xml.EndElement:
			s.end(t)
		case xml.CharData:
			s.chars(t)
		}
	}
	return s.words.close()
}

// contentScan reads one content part for fieldLinks.
type contentScan struct {
	limit, found int
	anchor       func(id string) int // nil: no anchors wanted
	fields       wordFields
	code         []byte // a formula's
	words        docWords
	paras        int  // paragraphs the reader is inside
	odf          bool // the outermost of them is OpenDocument's text:p or text:h, whose text is its character data
	inInstr      bool
	inText       bool
	inFormula    bool
}

// add marks the link target u, when ok, at the current place in the text.
func (s *contentScan) add(u string, ok bool) {
	if ok && u != "" && s.found < s.limit {
		s.found++
		s.words.mark(docLink{url: u})
	}
}

// anchorAt marks the relationship an anchor's Id attribute names.
func (s *contentScan) anchorAt(se xml.StartElement) {
	if id := attrValue(se, "id"); id != "" && s.anchor != nil {
		if i := s.anchor(id); i >= 0 {
			s.words.mark(docLink{link: i})
		}
	}
}

func (s *contentScan) start(t xml.StartElement) {
	switch t.Name.Local {
	case "fldChar":
		s.fieldChar(attrValue(t, "fldCharType"))
	case "instrText":
		s.inInstr = true
	case "t":
		s.inText = true
	case "fldSimple":
		s.add(hyperlinkField(attrValue(t, "instr")))
	case "f":
		s.inFormula = true
		s.code = s.code[:0]
	case "a":
		if t.Name.Space != "" && t.Name.Space != "w" {
			s.add(attrValue(t, "href"), true) // text:a, draw:a (xlink:href)
		}
	case "hyperlink", "hlinkClick", "hlinkHover":
		s.anchorAt(t) // w:hyperlink r:id, a:hlinkClick r:id
	default:
		s.startText(t)
	}
}

// startText follows paragraphs and the elements that stand for white
// space in them (Word's w:tab and w:br, OpenDocument's text:s, text:tab
// and text:line-break).
func (s *contentScan) startText(t xml.StartElement) {
	switch t.Name.Local {
	case "p", "h":
		if t.Name.Local == "p" || t.Name.Space == "text" {
			s.odf = s.odf || s.paras == 0 && t.Name.Space == "text"
			s.paras++
		}
	case "tab", "br", "cr", "s", "line-break":
		if s.paras > 0 {
			s.words.space()
		}
	}
}

// fieldChar follows a Word field's begin, separate and end marks.
func (s *contentScan) fieldChar(typ string) {
	switch typ {
	case "begin":
		s.fields.begin()
	case "separate":
		if c, ok := s.fields.separate(); ok {
			s.add(hyperlinkField(c))
		}
	case "end":
		if c, ok := s.fields.end(); ok {
			s.add(hyperlinkField(c))
		}
	}
}

func (s *contentScan) end(t xml.EndElement) {
	switch t.Name.Local {
	case "instrText":
		s.inInstr = false
	case "t":
		s.inText = false
	case "f":
		if s.inFormula {
			s.add(hyperlinkFormula(string(s.code)))
		}
		s.inFormula = false
	case "p", "h":
		if s.paras > 0 && (t.Name.Local == "p" || t.Name.Space == "text") {
			s.paras--
			s.odf = s.odf && s.paras > 0
			s.words.endPara()
		}
	}
}

func (s *contentScan) chars(t xml.CharData) {
	switch {
	case s.inInstr:
		s.fields.instr(t)
	case s.inText:
		s.fields.result(t)
	case s.inFormula:
		s.code = appendCode(s.code, t)
	}
	if s.paras > 0 && (s.inText || s.odf) && !s.inInstr && !s.inFormula {
		s.words.add(t)
	}
}

// attrValue is the value of the attribute named local (any prefix) of se.
func attrValue(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// hyperlinkField reads the target of a Word field code
// "HYPERLINK "https://..." \o "tip"" (or an unquoted target). A link to a
// bookmark in the document (\l) is no web link.
func hyperlinkField(code string) (string, bool) {
	f := strings.Fields(code)
	if len(f) < 2 || !strings.EqualFold(f[0], "HYPERLINK") {
		return "", false
	}
	rest := strings.TrimSpace(code[indexFold([]byte(code), "hyperlink")+len("hyperlink"):])
	if strings.HasPrefix(rest, `\l`) {
		return "", false
	}
	if r, ok := strings.CutPrefix(rest, `"`); ok {
		u, _, _ := strings.Cut(r, `"`)
		return u, u != ""
	}
	u, _, _ := strings.Cut(rest, " ")
	return u, u != ""
}

// hyperlinkFormula reads the target of an Excel formula HYPERLINK("...",
// ...), its string pieces joined with "&" ("https://ev"&"il.example/")
// as Excel joins them; a target from a cell or a function is not read.
func hyperlinkFormula(f string) (string, bool) {
	// Found in f itself: strings.ToUpper(f) need not keep f's byte
	// offsets (an invalid byte becomes a 3-byte U+FFFD).
	i := indexFold([]byte(f), "hyperlink(")
	if i < 0 {
		return "", false
	}
	rest := f[i+len("HYPERLINK("):]
	var u strings.Builder
	for {
		rest = strings.TrimSpace(rest)
		r, ok := strings.CutPrefix(rest, `"`)
		if !ok {
			break
		}
		for {
			j := strings.IndexByte(r, '"')
			if j < 0 {
				return "", false
			}
			u.WriteString(r[:j])
			r = r[j+1:]
			if !strings.HasPrefix(r, `"`) { // "" is a quote inside the string
				break
			}
			u.WriteByte('"')
			r = r[1:]
		}
		rest = strings.TrimSpace(r)
		if rest, ok = strings.CutPrefix(rest, "&"); !ok {
			break
		}
	}
	return u.String(), u.Len() > 0
}
