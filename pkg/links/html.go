package links

import (
	"bytes"
	"html"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"
)

// attr is one attribute of a start tag; offsets are absolute in the part text.
type attr struct {
	key      []byte
	vs, ve   int  // value as written, without quotes
	quote    byte // '"', '\'' or 0 when unquoted
	hasValue bool
}

// htmlScanner finds links in an HTML part with the x/net/html tokenizer,
// keeping byte offsets into the decoded part text.
type htmlScanner struct {
	data    []byte
	vis     []byte // visible text, whitespace collapsed
	base    *url.URL
	alt     *url.URL // the part header's base when the page has another (sameBase)
	sink    *collector
	attrs   []attr
	name    [24]byte
	skip    string // inside script/style/title/textarea
	aOpen   bool
	aVis    int   // vis offset where the anchor text starts
	aStart  int   // raw offset after the <a> tag
	aHits   []int // indices in sink.links of the open anchor's links
	commDep int
	// reparse: the text the tokenizer returns next is the raw content of
	// an element a mail client renders as markup (see rawMarkup); reDep
	// bounds the nesting of such re-reads.
	reparse bool
	reDep   int
	// notRaw: the start tag just read is a raw-text tag the parser
	// ignores inside a select (rawText): the tokenizer reads what follows
	// as markup, with no re-read, so no depth bounds it.
	notRaw bool
	// unparsed counts the re-reads open whose content a browser holds as
	// no elements: the raw text of <noscript> (script runs in a browser),
	// <noembed> and <noframes>, and Outlook's conditional comments;
	// rawOut: the re-read to come is one.
	unparsed int
	rawOut   bool
	foreign  int // open <svg> and <math> elements (foreign content)
	first    int // index of this part's first link in sink.links
	quoteAt  int // offset of the part's quoted text (quoteStart), or -1
	leadEnd  int // length of vis when the quoted text began, or -1
	// QR codes drawn without an image (qrgrid.go): the open tables, the
	// offset of the open outermost <svg> (-1: none), the text laid out in
	// lines once a block character was seen (nil before), and open <pre>s.
	tables   tableGrids
	svgStart int
	blocks   *blockText
	pre      int
	// media: inside a <video> or <audio> element (its end tag not seen)
	// that loads its sources when shown (mediaLoads).
	media bool
	pw    pwForms // the open form, for its password fields (pwform.go)
	gf    getForm // the open GET form, for its hidden fields (html_getform.go)
	// area is a <textarea> being read, its value to come as its text
	// (formField): the field's offset, name and form attribute.
	area  *textArea
	sel   *selectField // the open <select>, a field of its form (html_select.go)
	masks *masks       // what the document's <style> rules mask as a password (nil: nothing)
	// xhtml: the prefixes the document binds to the XHTML namespace
	// (xmlns:h="http://www.w3.org/1999/xhtml"), whose h:form is a form
	// where the file is read as XML (nil: none).
	xhtml map[string]bool
	// framesScripted: a document read from a data: frame or a srcdoc runs script.
	framesScripted bool
	// elems: the open elements, for the text they hide (html_hidden.go);
	// hide: the document's <style> rules on visibility (nil: none).
	elems elemStack
	hide  *hideRules
	// splits counts hidden text inside a word (HiddenSplits); saltAt is
	// the length of vis when hidden letters followed a letter there (-1: none);
	// partAt and partEnd are where text some clients hide (openElem.part),
	// read since it follows a letter, starts and ends in vis (partAt -1: none).
	splits, saltAt  int
	partAt, partEnd int
	partFirst       bool // the run at partAt is hidden only as an indented first line
	// partLine and textLine are the line (elemStack.line) the run at
	// partAt ended on and the last visible text was read on.
	partLine, textLine int
	shown              bool // a visible word was read (maxPreview)
	// alts: the alt texts of drawn images, read into vis when the part
	// is image-only (html_alt.go); altBytes their length; imgHidden: the
	// <img> just opened is hidden (openElem).
	alts      []altText
	altBytes  int
	imgHidden bool
}

// scanHTML extracts the links of an HTML part whose quoted text starts at
// quoteAt (-1: none), and offers its visible text before that as the lead.
func scanHTML(data []byte, c *collector, quoteAt int) {
	scanHTMLBase(data, c, quoteAt, "")
}

// scanHTMLBase is scanHTML for a part whose header names a base URL
// (contentBase; "" for none). Clients disagree when the page has a <base>
// of its own: Thunderbird writes the header's as a <base> before the
// markup, so it comes first and wins; browsers and Outlook apply the
// page's (the "baseStriker" lures). A relative link is then judged at
// both places (alsoAlt), so neither can hide the other.
func scanHTMLBase(data []byte, c *collector, quoteAt int, headerBase string) {
	s := &htmlScanner{data: data, sink: c, first: len(c.links), vis: make([]byte, 0, len(data)/2), quoteAt: quoteAt, leadEnd: -1, svgStart: -1, saltAt: -1, partAt: -1, gf: getForm{open: -1}}
	s.base = firstBase(data)
	if headerBase != "" {
		switch hb := baseURL(headerBase); {
		case s.base == nil:
			s.base = hb
		case hb != nil && hb.String() != s.base.String():
			s.alt = hb
		}
	}
	s.masks, s.xhtml, s.hide = maskRules(data), xhtmlPrefixes(data), readHideRules(data)
	s.tokens(0, data)
	s.selectEnd()
	s.gf.done(c, s.data)
	s.pw.done(c, s.first, htmlFormTarget, func() bool { return (s.framesScripted || scriptedHTML(data)) && !pdfJSViewer(data) })
	s.closeAnchor(len(data))
	s.endGrids()
	s.readAlts()
	s.fillContext()
	if s.leadEnd < 0 {
		s.leadEnd = len(s.vis)
	}
	c.setLead(s.vis, s.vis[:s.leadEnd])
	c.hiddenSplits += s.splits
}

// tokens runs the tokenizer over data[base:base+len(b)].
func (s *htmlScanner) tokens(base int, b []byte) {
	z := xhtml.NewTokenizer(bytes.NewReader(b))
	off := base
	for !s.sink.full() {
		tt := z.Next()
		n := len(z.Raw())
		if tt == xhtml.ErrorToken || off+n > base+len(b) {
			return
		}
		raw := s.data[off : off+n]
		again := s.reparse // set by the start tag just before, for its content only
		s.reparse = false
		switch tt {
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			s.startTag(off, raw, tt == xhtml.SelfClosingTagToken)
			if s.notRaw {
				z.NextIsNotRawText()
				s.notRaw = false
			}
		case xhtml.EndTagToken:
			s.endTag(off, raw)
		case xhtml.TextToken:
			if again && s.reDep < 4 {
				// The content ends where its element does, whatever it
				// opened: a <script> or <title> left open inside must not
				// skip what follows the element.
				skip, out := s.skip, s.rawOut
				s.reDep++
				if out {
					s.unparsed++
				}
				s.tokens(off, raw)
				if out {
					s.unparsed--
				}
				s.reDep--
				s.skip, s.reparse = skip, false
				break
			}
			s.text(off, raw)
		case xhtml.CommentToken:
			s.comment(off, raw)
		}
		off += n
	}
}

// comment scans Outlook conditional comments (<!--[if mso]>...), which
// Outlook renders, e.g. VML buttons with href.
func (s *htmlScanner) comment(off int, raw []byte) {
	if s.commDep > 0 || !conditional(raw) {
		return
	}
	inner, at := bytes.TrimSuffix(raw[4:], []byte("-->")), off+4
	if i := bytes.Index(inner, []byte("]>")); i >= 0 { // the condition is no text the reader sees
		inner, at = inner[i+2:], at+i+2
	}
	s.commDep++
	s.unparsed++
	s.tokens(at, inner)
	s.unparsed--
	s.commDep--
}

// conditional: raw is an Outlook conditional comment, "<!--[if ...]>",
// in any case and with white space after "<!--", as Outlook reads it.
func conditional(raw []byte) bool {
	rest, ok := bytes.CutPrefix(raw, []byte("<!--"))
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return ok && len(rest) >= 3 && asciiEqualFold(rest[:3], "[if")
}

// tagName lowercases the tag name of raw ("<name ...") into s.name.
func (s *htmlScanner) tagName(raw []byte, i int) ([]byte, int) {
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if n < len(s.name) {
			s.name[n] = lower(c)
			n++
		}
	}
	return unprefixed(s.name[:n], s.xhtml), i
}

// unprefixed is name without its prefix when the prefix is bound to the
// XHTML namespace (xhtml), else name.
func unprefixed(name []byte, xhtml map[string]bool) []byte {
	if xhtml == nil {
		return name
	}
	if k := bytes.IndexByte(name, ':'); k > 0 && xhtml[string(name[:k])] {
		return name[k+1:]
	}
	return name
}

var htmlSpace = [256]bool{' ': true, '\n': true, '\r': true, '\t': true, '\f': true}

func isHTMLSpace(c byte) bool { return htmlSpace[c] }

// wantedAttrs are the only attributes kept, so that a tag with many junk
// attributes costs linear time. The first of duplicates wins, as in browsers.
var wantedAttrs = []string{"href", "src", "srcset", "action", "formaction", "background", "style",
	"http-equiv", "content", "type", "xlink:href", "data", "srcdoc", "bgcolor", "colspan", "rowspan",
	"poster", "preload", "default", "form", "class", "id", "hidden", "color", "size", "alt", "width", "height",
	"name", "value", "method", "formmethod", "checked", "disabled", "multiple", "selected"}

func interesting(key []byte) bool {
	for _, w := range wantedAttrs {
		if asciiEqualFold(key, w) {
			return true
		}
	}
	return false
}

// parseAttrs mirrors the tokenizer's attribute rules on raw, a start tag at off.
func (s *htmlScanner) parseAttrs(off int, raw []byte, i int) {
	s.attrs = s.attrs[:0]
	for i < len(raw) {
		for i < len(raw) && (isHTMLSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= len(raw) || raw[i] == '>' {
			return
		}
		ks := i
		for i < len(raw) && !(isHTMLSpace(raw[i]) || raw[i] == '/' || raw[i] == '>' || (raw[i] == '=' && i > ks)) {
			i++
		}
		a := attr{key: raw[ks:i]}
		i = s.attrValue(off, raw, i, &a)
		if interesting(a.key) && !s.hasAttr(a.key) {
			s.attrs = append(s.attrs, a)
		}
	}
}

func (s *htmlScanner) attrValue(off int, raw []byte, i int, a *attr) int {
	for i < len(raw) && isHTMLSpace(raw[i]) {
		i++
	}
	if i >= len(raw) || raw[i] != '=' {
		return i
	}
	i++
	for i < len(raw) && isHTMLSpace(raw[i]) {
		i++
	}
	if i >= len(raw) || raw[i] == '>' {
		return i
	}
	a.hasValue = true
	if q := raw[i]; q == '"' || q == '\'' {
		j := bytes.IndexByte(raw[i+1:], q)
		end := len(raw)
		if j >= 0 {
			end = i + 1 + j
		}
		a.vs, a.ve, a.quote = off+i+1, off+end, q
		return min(end+1, len(raw))
	}
	j := i
	for j < len(raw) && !isHTMLSpace(raw[j]) && raw[j] != '>' {
		j++
	}
	a.vs, a.ve = off+i, off+j
	return j
}

func (s *htmlScanner) hasAttr(key []byte) bool {
	return s.attr(string(key)) != nil
}

// attr returns the attribute named key (ASCII case-insensitive) or nil.
func (s *htmlScanner) attr(key string) *attr {
	for i := range s.attrs {
		if asciiEqualFold(s.attrs[i].key, key) {
			return &s.attrs[i]
		}
	}
	return nil
}

func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// value returns the entity-decoded attribute value.
func (s *htmlScanner) value(a *attr) string {
	v := s.data[a.vs:a.ve]
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	return html.UnescapeString(string(v))
}

var blockTags = map[string]bool{"p": true, "br": true, "div": true, "tr": true, "td": true, "th": true,
	"li": true, "table": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "hr": true, "ul": true, "ol": true}

func (s *htmlScanner) startTag(off int, raw []byte, selfClosing bool) {
	name, i := s.tagName(raw, 1)
	s.parseAttrs(off, raw, i)
	if blockTags[string(name)] {
		s.elems.lineBreak()
	}
	s.openElem(string(name), selfClosing && s.foreign > 0)
	if blockTags[string(name)] {
		if !s.elems.hiding() {
			s.space()
		}
		s.gridTag(name, off, selfClosing)
	}
	s.frame(string(name))
	if s.inSelect() {
		s.selectTag(string(name))
	}
	s.elementID(string(name))
	switch string(name) {
	case "a":
		s.closeAnchor(off)
		s.openAnchor(off + len(raw))
		if a := s.attr("href"); a != nil {
			s.link(a, KindHref)
		} else {
			s.link(s.attr("xlink:href"), KindHref) // SVG
		}
	case "base":
		s.setBase()
	case "link":
		s.link(s.attr("href"), KindCSS)
	case "form":
		s.pw.start(len(s.sink.links))
		s.form()
	case "button", "input":
		n := len(s.sink.links)
		s.link(s.attr("formaction"), KindForm)
		s.submitter(off, string(name), n)
		if a := s.attr("type"); a != nil && string(name) == "input" {
			if asciiEqualFold(bytes.TrimSpace(s.data[a.vs:a.ve]), "image") {
				s.link(s.attr("src"), KindImage)
				s.imgAlt(s.imgHidden, s.attr("src"))
			}
			if a.ve-a.vs >= len("password") { // no copy of the common short types (text, email)
				s.pw.input(s.value(a), s.attr("form") != nil)
			}
		}
		if string(name) == "input" {
			s.formField(off, s.attr("type"))
			s.maskedInput(s.attr("type"))
		}
	case "textarea":
		s.textArea(off)
		s.rawText("textarea", selfClosing)
	case "select":
		s.selectStart(off, selfClosing)
	case "meta":
		s.refresh()
	case "img":
		s.link(s.attr("src"), KindImage)
		s.srcset()
		s.imgAlt(s.imgHidden, s.attr("src"))
	case "video", "audio":
		s.mediaStart(string(name), selfClosing)
	case "source":
		s.srcset()
		if s.media {
			s.link(s.attr("src"), KindImage)
		}
	case "track":
		if s.media && s.attr("default") != nil {
			s.link(s.attr("src"), KindImage)
		}
	case "svg", "math":
		if !selfClosing {
			if s.foreign == 0 && string(name) == "svg" {
				s.svgStart = off
			}
			s.foreign++
		}
	case "pre":
		s.pre++
	case "template":
		if !selfClosing && s.unparsed == 0 && s.foreign == 0 {
			s.gf.inert++ // its content is no element of the document
		}
	default:
		if rawTextTag(string(name)) {
			s.rawText(string(name), selfClosing)
		} else {
			s.link(s.attr("href"), KindHref) // area, VML v:roundrect, ...
		}
		if string(name) == "area" {
			s.imgAlt(s.imgHidden, s.attr("href"))
		}
		if vmlImage(string(name)) {
			s.link(s.attr("src"), KindImage)
		}
	}
	s.link(s.attr("background"), KindImage)
	s.styleURLs(s.attr("style"))
}

// maskedInput notes a text field (its type attribute a, nil when it has
// none) that CSS masks as a password (pwform.go's masks): by its own
// style attribute or by a rule of the document on its class or id.
func (s *htmlScanner) maskedInput(a *attr) {
	if a != nil && !textField(s.value(a)) {
		return
	}
	masked := false
	if st := s.attr("style"); st != nil {
		masked = maskedStyle(s.value(st))
	}
	if !masked && s.masks != nil {
		class, id := "", ""
		if c := s.attr("class"); c != nil {
			class = s.value(c)
		}
		if i := s.attr("id"); i != nil {
			id = s.value(i)
		}
		masked = s.masks.masked(class, id)
	}
	if masked {
		s.pw.input("password", s.attr("form") != nil)
	}
}

// vmlImage: a VML element whose src is a picture Outlook draws (a
// newsletter's background in <!--[if mso]><v:fill src=...>, a picture in
// Word's HTML): loaded without a click, as an <img src> is.
func vmlImage(name string) bool {
	return name == "v:fill" || name == "v:image" || name == "v:imagedata"
}

// mediaStart reads a <video> or <audio> element's sources that load
// when it is shown, no click needed, as an <img src>: a video's poster
// always, and, unless preload="none" says to wait for play, its src and
// the src of the <source> elements inside it (a browser loads the media
// data up to its metadata by default), and a <track default>'s src (a
// default track is shown, so loaded; the others only when chosen)
// (the HTML standard's media elements).
func (s *htmlScanner) mediaStart(name string, selfClosing bool) {
	if name == "video" {
		s.link(s.attr("poster"), KindImage)
	}
	loads := true
	if a := s.attr("preload"); a != nil && asciiEqualFold(bytes.TrimSpace(s.data[a.vs:a.ve]), "none") {
		loads = false
	}
	if loads {
		s.link(s.attr("src"), KindImage)
	}
	s.media = loads && !selfClosing
}

func (s *htmlScanner) endTag(off int, raw []byte) {
	name, _ := s.tagName(raw, 2)
	hidden := s.elems.hiding()
	s.elems.pop(string(name), s.unparsed == 0)
	if s.inSelect() {
		s.selectEndTag(string(name))
	}
	switch string(name) {
	case "video", "audio":
		s.media = false
	case "a":
		s.closeAnchor(off)
	case "form":
		s.pw.end(s.sink, htmlFormTarget)
		s.gf.close()
	case "template":
		if s.gf.inert > 0 && s.unparsed == 0 && s.foreign == 0 {
			s.gf.inert--
		}
	}
	if s.skip != "" && string(name) == s.skip {
		s.skip = ""
	}
	if string(name) == "textarea" {
		s.textAreaValue(nil) // one of no text: an empty value
	}
	if (string(name) == "svg" || string(name) == "math") && s.foreign > 0 {
		s.foreign--
		if s.foreign == 0 && s.svgStart >= 0 {
			s.sink.svgGrid(s.data[s.svgStart : off+len(raw)])
			s.svgStart = -1
		}
	}
	if string(name) == "pre" && s.pre > 0 {
		s.pre--
	}
	if blockTags[string(name)] {
		if !hidden {
			s.space()
		}
		s.elems.lineBreak()
		s.gridEndTag(name)
	}
}

func (s *htmlScanner) text(off int, raw []byte) {
	switch s.skip {
	case "style":
		s.cssURLs(off, raw)
		return
	case "textarea":
		s.textAreaValue(raw)
		return
	case "":
	default:
		return
	}
	if s.inSelect() {
		s.selectText(raw)
	}
	if s.leadEnd < 0 && s.quoteAt >= 0 && off >= s.quoteAt {
		s.leadEnd = len(s.vis)
	}
	n := len(s.vis)
	s.visibleText(raw)
	if s.blocks != nil || bytes.Contains(s.vis[n:], blockLead) {
		s.blockLine(raw)
	}
	if s.aOpen {
		return
	}
	refs := mayHideMarker(raw)
	var found [][2]int
	scanText(raw, scanMode{html: true}, func(u textURL) bool {
		kind := KindText
		h, ok := s.sink.add(html.UnescapeString(string(raw[u.start:u.end])), s.base, kind, true)
		if ok {
			h.Start, h.End, h.markerEnd, h.visPos = off+u.start, off+u.end, off+u.markerEnd, len(s.vis)
		}
		if refs {
			found = append(found, [2]int{u.start, u.markerEnd})
		}
		return !s.sink.full()
	})
	if refs && !s.sink.full() {
		s.refText(off, raw, found)
	}
}

// form records a form's action and opens it for its fields (getForm),
// unless a form is open (browsers ignore a nested one).
func (s *htmlScanner) form() {
	a, n := s.attr("action"), len(s.sink.links)
	s.link(a, KindForm)
	if s.gf.open != -1 {
		return
	}
	s.gf.start(s.valueOr(a), n, len(s.sink.links), s.valueOr(s.attr("method")), s.base)
	if id := s.attr("id"); id != nil && id.ve > id.vs && s.unparsed == 0 {
		s.gf.ids = append(s.gf.ids, elemID{id.vs, id.ve, s.gf.open, s.gf.inert > 0})
	}
}

// elementID notes the id of an element (name) other than a form, which
// form() notes, for the fields that name their form by id (getForm.done):
// the first element of an id may be no form.
func (s *htmlScanner) elementID(name string) {
	if name == "form" || s.unparsed > 0 {
		return // a form notes its own; a comment's or raw text's markup is no element
	}
	if id := s.attr("id"); id != nil && id.ve > id.vs {
		s.gf.ids = append(s.gf.ids, elemID{id.vs, id.ve, -1, s.gf.inert > 0 || droppedTag(name)})
	}
}

// droppedTag: the tree builder may drop a start tag name written in a
// document's body, its attributes with it: a table's part outside a
// table (td, tr, tbody, caption, col, ...), head after the body's
// content, frame and frameset there, a second html or body (whose
// attributes join the first's only when it lacks them). Its id may be no
// element's (getForm: the form it would hide is judged both ways).
func droppedTag(name string) bool {
	switch name {
	case "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "col", "colgroup",
		"head", "frame", "frameset", "html", "body":
		return true
	}
	return false
}

// valueOr is a's value, entities decoded, "" when a is nil.
func (s *htmlScanner) valueOr(a *attr) string {
	if a == nil {
		return ""
	}
	return s.value(a)
}

// formField adds an <input> at offset off (its type attribute a, nil
// when none) to its form's fields (getForm): a hidden field's name and
// value, and a text field's, which the browser submits as written unless
// the reader types over it (a kit's field styled out of sight is never
// typed over), and a checked checkbox's or radio button's (its value, or
// "on"); a disabled field is not sent (the HTML standard's form data
// set), nor one a <fieldset disabled> holds outside its first legend
// (disabled). Its form is the one its form attribute names, else the open
// one.
func (s *htmlScanner) formField(off int, a *attr) {
	name, fa := s.attr("name"), s.attr("form")
	if name == nil || fa == nil && s.gf.open < 0 || s.disabled() {
		return // a disabled field is not sent
	}
	value, radio := s.valueOr(s.attr("value")), false
	if a != nil {
		switch t := bytes.TrimSpace(s.data[a.vs:a.ve]); {
		case submitsAsWritten(t):
		case asciiEqualFold(t, "checkbox") || asciiEqualFold(t, "radio"):
			if s.attr("checked") == nil {
				return // sent only when checked
			}
			if s.attr("value") == nil {
				value = "on" // a checked box with no value
			}
			radio = asciiEqualFold(t, "radio")
		default:
			return
		}
	}
	s.gf.field(off, s.value(name), value, s.valueOr(fa), fa != nil, radio)
}

// submitter adds a submit button at offset off (a <button> of no type,
// type=submit or one browsers do not know; an <input type=submit> or
// type=image) to its form (getForm), with its formaction, added at link
// index n when the collector holds more than n links, its formmethod and
// its own name and value, which the browser sends when it is clicked (an
// image button sends where it was clicked, no value: imageCoordinates).
func (s *htmlScanner) submitter(off int, name string, n int) {
	t := ""
	if a := s.attr("type"); a != nil {
		t = strings.ToLower(strings.Trim(s.value(a), " \t\n\r\f"))
	}
	image := name == "input" && t == "image"
	switch {
	case name == "button" && (t == "button" || t == "reset"),
		name == "input" && t != "submit" && !image:
		return
	}
	fa := s.attr("form")
	if fa == nil && s.gf.open < 0 || s.disabled() {
		return // a disabled button cannot be clicked
	}
	b := submitter{link: -1, pair: formPair{pos: off}}
	if a := s.attr("formaction"); a != nil {
		b.hasAction, b.action = true, s.value(a)
		if len(s.sink.links) > n {
			b.link = n
		}
	}
	if a := s.attr("formmethod"); a != nil {
		b.hasMethod, b.method = true, s.value(a)
	}
	if image {
		b.pair.kv = imageCoordinates(s.valueOr(s.attr("name")))
	} else if a := s.attr("name"); a != nil {
		v := s.attr("value")
		switch {
		case v != nil:
			b.pair.kv = url.QueryEscape(s.value(a)) + "=" + url.QueryEscape(s.value(v))
		case name == "input":
			b.pair.kv = url.QueryEscape(s.value(a)) + "=Submit" // the label browsers send for none
		default:
			b.pair.kv = url.QueryEscape(s.value(a)) + "="
		}
		if s.value(a) == "" {
			b.pair.kv = ""
		}
	}
	b.id = s.valueOr(fa)
	s.gf.submit(b, fa != nil)
}

// disabled: the form control whose start tag is read is disabled: by
// its own disabled attribute, or inside a <fieldset disabled> and not
// in that fieldset's first <legend> child (elemStack.controlsOff), which
// browsers neither submit nor let the reader click.
func (s *htmlScanner) disabled() bool {
	return s.attr("disabled") != nil || s.elems.controlsOff()
}

// textArea is a <textarea> field whose value is its text.
type textArea struct {
	off        int
	name, form string
	named      bool
}

// textArea notes a <textarea> at offset off, a field of its form
// (getForm) with its text as its value, as written unless the reader
// types over it (a kit's field styled out of sight is never typed over);
// not a disabled one, nor one of no name or form.
func (s *htmlScanner) textArea(off int) {
	s.area = nil
	name, fa := s.attr("name"), s.attr("form")
	if s.foreign > 0 || name == nil || fa == nil && s.gf.open < 0 || s.disabled() {
		return
	}
	s.area = &textArea{off: off, name: s.value(name), form: s.valueOr(fa), named: fa != nil}
}

// textAreaValue adds the noted <textarea> with raw, its text, as its
// value: character references decoded and a first line break dropped, as
// the parser reads it.
func (s *htmlScanner) textAreaValue(raw []byte) {
	a := s.area
	if a == nil {
		return
	}
	s.area = nil
	v := string(raw)
	if strings.IndexByte(v, '&') >= 0 {
		v = html.UnescapeString(v)
	}
	v = strings.TrimPrefix(strings.TrimPrefix(v, "\r"), "\n")
	s.gf.field(a.off, a.name, v, a.form, a.named, false)
}

// imageCoordinates is what an image button named name sends when
// clicked: where it was clicked, name.x and name.y (x and y when it has
// no name), read as its corner (0, 0).
func imageCoordinates(name string) string {
	if name != "" {
		name += "."
	}
	return url.QueryEscape(name+"x") + "=0&" + url.QueryEscape(name+"y") + "=0"
}

// submitsAsWritten: an <input> of type t is submitted with its value
// attribute as its value: hidden fields and the text fields (text, the
// default for an unknown type, search, url, email, tel).
func submitsAsWritten(t []byte) bool {
	for _, w := range []string{"hidden", "text", "search", "url", "email", "tel"} {
		if asciiEqualFold(t, w) {
			return true
		}
	}
	return false
}

// link records the URL in attribute a.
func (s *htmlScanner) link(a *attr, kind Kind) {
	if a == nil || !a.hasValue {
		return
	}
	v := s.value(a)
	if kind == KindImage {
		s.sink.addInline(v)
	}
	h, ok := s.sink.add(v, s.base, kind, false)
	if !ok {
		return
	}
	h.Start, h.End, h.attr, h.quote, h.visPos = a.vs, a.ve, true, a.quote, len(s.vis)
	if kind == KindHref && s.aOpen {
		s.aHits = append(s.aHits, len(s.sink.links)-1)
	}
	s.alsoAlt(v, kind)
}

// alsoAlt adds v, just added against the page's base, once more against
// the part header's (alt) when that leads elsewhere: the same place in the
// text, so a lock rewrites it once (Rewrite keeps one edit per Ref),
// whichever of the two is locked.
func (s *htmlScanner) alsoAlt(v string, kind Kind) {
	if s.alt == nil {
		return
	}
	c, i := s.sink, len(s.sink.links)-1
	h, ok := c.add(v, s.alt, kind, false)
	if !ok {
		return
	}
	if h.URL == c.links[i].URL {
		c.links, c.meta = c.links[:i+1], c.meta[:i+1]
		return
	}
	*h.hitMeta = c.meta[i]
	h.Start, h.End = c.links[i].Start, c.links[i].End
	if kind == KindHref && s.aOpen {
		s.aHits = append(s.aHits, i+1)
	}
}

// span records a URL at data[vs:ve] that is part of a larger attribute or text.
func (s *htmlScanner) span(vs, ve int, kind Kind) {
	if ve <= vs {
		return
	}
	v := html.UnescapeString(string(s.data[vs:ve]))
	if kind == KindImage || kind == KindCSS {
		s.sink.addInline(v)
	}
	h, ok := s.sink.add(v, s.base, kind, false)
	if ok {
		h.Start, h.End, h.inner, h.visPos = vs, ve, true, len(s.vis)
		s.alsoAlt(v, kind)
	}
}

func (s *htmlScanner) setBase() {
	a := s.attr("href")
	if s.base != nil || a == nil {
		return
	}
	s.base = baseURL(s.value(a))
}

// baseURL reads a <base href> as the links are read (cleanRaw, absolute:
// browsers take "https:evil.example/" or backslashes as a host), or nil.
// A base longer than MaxURLBytes keeps its start (boundURL, its host
// whole), as a long link does: resolving each of 2,000 relative links
// against a base of a megabyte made 2,000 URLs of a megabyte (a 1 MB
// message took 50 s and 8 GB). Links resolved against it are marked
// FlagTruncatedChain (longBase).
func baseURL(v string) *url.URL {
	v, _ = boundURL(v)
	v, _ = cleanRaw(v, false)
	abs, _, ok := absolute(v, nil)
	if !ok {
		return nil
	}
	if u, err := url.Parse(abs); err == nil && u.IsAbs() && u.Host != "" {
		return u
	}
	return nil
}

// firstBase is the first <base href> of data, which browsers apply to
// every relative link of the document, also those before it. A cheap
// search keeps the second tokenizer pass to parts that have one.
func firstBase(data []byte) *url.URL {
	if indexFold(data, "<base") < 0 {
		return nil
	}
	u, _ := baseIn(data, 0)
	return u
}

// baseIn finds the first <base href> in data, also inside the content a
// mail client renders as markup (rawMarkup; up to a few levels deep).
// found is true once a <base> with an href was met, even a bad one: only
// the first counts.
func baseIn(data []byte, depth int) (u *url.URL, found bool) {
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	foreign, reparse := 0, false
	for {
		tt := z.Next()
		again := reparse
		reparse = false
		switch tt {
		case xhtml.ErrorToken:
			return nil, false
		case xhtml.TextToken:
			if again && depth < 4 {
				if u, found := baseIn(z.Raw(), depth+1); found {
					return u, true
				}
			}
		case xhtml.EndTagToken:
			if name, _ := z.TagName(); (string(name) == "svg" || string(name) == "math") && foreign > 0 {
				foreign--
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "svg", "math":
				if tt == xhtml.StartTagToken {
					foreign++
				}
			case "base":
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "href" {
						return baseURL(string(v)), true
					}
				}
			default:
				reparse = tt == xhtml.StartTagToken && rawTextTag(string(name)) && rawMarkup(string(name), foreign > 0)
			}
		}
	}
}

// rawTextTag: the tokenizer returns the content of element name as raw
// text, not as markup (rawMarkup says when a mail client renders it as
// markup all the same).
func rawTextTag(name string) bool {
	switch name {
	case "script", "style", "title", "textarea", "xmp", "noscript", "noembed", "noframes", "iframe", "plaintext":
		return true
	}
	return false
}

// rawText starts the raw content of element name: read again as markup
// where a mail client renders it so (rawMarkup), read as markup at once
// inside an open select (whose parsing ignores the tag: notRaw, not a
// re-read, whose depth reDep bounds), else skipped to its end tag
// (<noscript>'s content is read as text).
func (s *htmlScanner) rawText(name string, selfClosing bool) {
	switch {
	case selfClosing:
	case s.inSelect() && name != "script":
		// Inside a select the parser ignores these tags (the "in select"
		// insertion mode: only script is read so), so what follows is
		// the select's markup and an option's text.
		s.notRaw = true
	case rawMarkup(name, s.foreign > 0):
		s.reparse = true
		s.rawOut = name == "noscript" || name == "noembed" || name == "noframes"
	case name != "noscript":
		s.skip = name
	}
}

// rawMarkup: the raw content the tokenizer returns for element name is
// markup a mail client renders, so its links are read. Mail runs no
// script, so <noscript> (and the legacy <noembed>, <noframes>) show their
// content; inside <svg> or <math> (foreign content) <style>, <title>,
// <textarea>, <xmp> and the like are no raw text at all, and the markup
// after them breaks back out into HTML.
func rawMarkup(name string, foreign bool) bool {
	switch name {
	case "noscript", "noembed", "noframes":
		return true
	case "script", "plaintext":
		return false
	}
	return foreign
}

// frame records the page a frame or an embedded object loads into the
// message without a click (Apple Mail renders <iframe src>; lures show a
// live login page so), and reads the document an <iframe srcdoc> holds.
func (s *htmlScanner) frame(name string) {
	switch name {
	case "iframe", "frame", "embed":
		s.link(s.attr("src"), KindFrame)
	case "object":
		s.link(s.attr("data"), KindFrame)
	}
	if name == "iframe" {
		s.srcdoc(s.attr("srcdoc"))
	}
	switch name {
	case "iframe", "frame", "embed":
		s.dataFrame(s.attr("src"))
	case "object":
		s.dataFrame(s.attr("data"))
	}
}

// dataFrame reads the document of a frame whose source is a data: URL of
// HTML (data:text/html;base64,...; data:application/xhtml+xml,...), as
// srcdoc reads its document, up to reDep levels deep: a kit's login form
// so sits in a frame no attribute shows. Its links are judged, never
// rewritten (FlagEncodedMessage, at the attribute's offset), and a
// script in it counts for a loose password field of the document.
func (s *htmlScanner) dataFrame(a *attr) {
	if a == nil || !a.hasValue || s.reDep >= 4 {
		return
	}
	doc := dataHTML(s.value(a))
	if doc == nil {
		return
	}
	first := len(s.sink.links)
	s.subdoc(doc)
	s.framesScripted = s.framesScripted || scriptedHTML(doc)
	for i := first; i < len(s.sink.links); i++ {
		h := s.sink.at(i)
		h.Start, h.End, h.attr, h.inner = a.vs, a.vs, false, true
		h.Flags |= FlagEncodedMessage
	}
}

// dataHTML decodes a data: URL of HTML or XHTML (base64 or %XX, as
// browsers read it), or returns nil for any other value.
func dataHTML(v string) []byte {
	if v = browserURL(v); v == "" {
		return nil
	}
	head, data, ok := strings.Cut(v, ",")
	if !ok || len(head) < 5 || !strings.EqualFold(head[:5], "data:") {
		return nil
	}
	mt, params, _ := strings.Cut(head[5:], ";")
	switch asciiLower(strings.TrimSpace(mt)) {
	case "text/html", "application/xhtml+xml":
	default:
		return nil
	}
	raw := percentDecode([]byte(data))
	for p := range strings.SplitSeq(params, ";") {
		if strings.EqualFold(strings.TrimSpace(p), "base64") {
			b, err := b64Decode(raw)
			if err != nil {
				return nil
			}
			return b
		}
	}
	return raw
}

// browserURL is v as a browser's URL parser reads it: without the C0
// controls and spaces around it and the tabs and line breaks inside it;
// "" when another control stands inside (dat\x1ca: is no scheme).
func browserURL(v string) string {
	v = strings.TrimFunc(v, func(r rune) bool { return r <= ' ' })
	if !strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\t' || c == '\n' || c == '\r':
		case c < ' ' || c == 0x7f:
			return ""
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// srcdoc reads the document of an <iframe srcdoc="..."> (its value,
// entities decoded, is HTML the client renders in the frame) with this
// scanner, up to reDep levels deep. Its text joins the visible text (and
// the display of an anchor open around the frame, which goes on after
// it). Its anchors and its <base> are its own. Its links are rewritten
// where they are written in the attribute (srcdocSpans); when that cannot
// be done they are judged and never rewritten (FlagEncodedMessage), at
// the attribute's offset.
func (s *htmlScanner) srcdoc(a *attr) {
	if a == nil || !a.hasValue || a.ve == a.vs || s.reDep >= 4 {
		return
	}
	doc, first := []byte(s.value(a)), len(s.sink.links)
	s.subdoc(doc)
	s.framesScripted = s.framesScripted || scriptedHTML(doc) // a srcdoc frame is of the page's origin: its script posts the page's fields
	s.srcdocSpans(a, doc, first)
}

// subdoc reads doc, a frame's document, with this scanner one level
// deeper, its anchors, <base>, style rules and XHTML prefixes its own.
func (s *htmlScanner) subdoc(doc []byte) {
	data, attrs, quoteAt, skip, foreign, base := s.data, s.attrs, s.quoteAt, s.skip, s.foreign, s.base
	aOpen, aVis, aStart, aHits := s.aOpen, s.aVis, s.aStart, s.aHits
	masks, xhtml, hide, elems, gf, area, sel, unparsed := s.masks, s.xhtml, s.hide, s.elems, s.gf, s.area, s.sel, s.unparsed
	s.elems, s.gf, s.area, s.sel, s.unparsed = elems.frame(), getForm{open: -1}, nil, nil, 0 // its forms and ids are its own
	s.data, s.attrs, s.quoteAt, s.skip = doc, nil, -1, ""
	s.aOpen, s.aHits = false, nil // a fresh array: openAnchor reuses aHits'
	s.masks, s.xhtml, s.hide = maskRules(doc), xhtmlPrefixes(doc), readHideRules(doc)
	s.reDep++
	s.space()
	s.tokens(0, doc)
	s.selectEnd()
	s.gf.done(s.sink, doc)
	s.closeAnchor(len(doc))
	s.space()
	s.reDep--
	s.data, s.attrs, s.quoteAt, s.skip, s.foreign, s.reparse, s.base = data, attrs, quoteAt, skip, foreign, false, base
	s.aOpen, s.aVis, s.aStart, s.aHits = aOpen, aVis, aStart, aHits
	s.masks, s.xhtml, s.hide, s.elems, s.gf, s.area, s.sel, s.unparsed = masks, xhtml, hide, elems, gf, area, sel, unparsed
}

// srcdocSpans moves the links found in the document doc of srcdoc
// attribute a, from first on, to where they are written in the attribute,
// each character reference mapped back (unescapeMapped), so that a lock
// replaces the URL inside the attribute: a link of the frame stays open
// otherwise while the same URL is locked in the message around it. The
// lock URL and the marker after a text URL need no escaping there (no
// quote, '&' or '<': rewriteErr); an unquoted attribute would end at the
// marker's spaces, and a document decoded otherwise than unescapeMapped
// decodes cannot be mapped: their links are judged only, at the
// attribute's offset. The display of an anchor in the frame is not
// defanged (its raw text is escaped markup).
func (s *htmlScanner) srcdocSpans(a *attr, doc []byte, first int) {
	dec, pos := unescapeMapped(s.data[a.vs:a.ve])
	mapped := a.quote != 0 && bytes.Equal(dec, doc)
	for i := first; i < len(s.sink.links); i++ {
		h := s.sink.at(i)
		if !mapped || h.Flags.Has(FlagEncodedMessage) {
			h.Start, h.End, h.attr, h.inner = a.vs, a.vs, false, true
			h.Flags |= FlagEncodedMessage
			continue
		}
		h.Start, h.End = a.vs+pos[h.Start], a.vs+pos[h.End]
		if h.markerEnd >= 0 {
			h.markerEnd = a.vs + pos[h.markerEnd]
		}
		if h.attr {
			h.attr, h.inner = false, true // the value alone, never quoted anew
		}
		h.dispStart, h.dispEnd = 0, 0
	}
}

// refresh handles <meta http-equiv=refresh content="5; url=...">.
func (s *htmlScanner) refresh() {
	he, c := s.attr("http-equiv"), s.attr("content")
	if he == nil || c == nil || !asciiEqualFold(bytes.TrimSpace(s.data[he.vs:he.ve]), "refresh") {
		return
	}
	v := s.data[c.vs:c.ve]
	// HTML's shared declarative refresh steps: the delay, white space, an
	// optional ";" or ",", white space, an optional "url=", then the URL
	// ("5; https://..." needs no "url="). When what follows is no web
	// address, the content is read leniently from an "url" in it.
	skip := func(j int) int {
		for j < len(v) && isHTMLSpace(v[j]) {
			j++
		}
		return j
	}
	j := skip(0)
	d := j
	for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == '.') {
		j++
	}
	if j > d {
		d = j
		j = skip(j)
		if j < len(v) && (v[j] == ';' || v[j] == ',') {
			j = skip(j + 1)
		}
		if j+3 <= len(v) && asciiEqualFold(v[j:j+3], "url") {
			if k := skip(j + 3); k < len(v) && v[k] == '=' {
				j = skip(k + 1)
			}
		}
	}
	if r := bytes.TrimLeft(v[j:], "'\""); j == d || !refreshStart(r) {
		i := indexFold(v, "url") // not ToLower: on broken UTF-8 it changes the length
		if i < 0 {
			return
		}
		j = i + 3
		for j < len(v) && (isHTMLSpace(v[j]) || v[j] == '=') {
			j++
		}
	}
	end := len(v)
	if j < len(v) && (v[j] == '\'' || v[j] == '"') {
		if k := bytes.IndexByte(v[j+1:], v[j]); k >= 0 {
			end = j + 1 + k
		}
		j++
	}
	s.span(c.vs+j, c.vs+end, KindRefresh)
}

// refreshStart: r starts as a refresh target does (http, www., a path).
func refreshStart(r []byte) bool {
	return len(r) > 0 && r[0] == '/' || len(r) >= 4 && (asciiEqualFold(r[:4], "http") || asciiEqualFold(r[:4], "www."))
}

// srcset records each candidate URL of a srcset attribute.
func (s *htmlScanner) srcset() {
	a := s.attr("srcset")
	if a == nil {
		return
	}
	for i := a.vs; i < a.ve; {
		for i < a.ve && (isHTMLSpace(s.data[i]) || s.data[i] == ',') {
			i++
		}
		j := i
		for j < a.ve && !isHTMLSpace(s.data[j]) {
			j++
		}
		end := j
		for end > i && s.data[end-1] == ',' {
			end--
		}
		s.span(i, end, KindImage)
		for j < a.ve && s.data[j] != ',' {
			j++
		}
		i = j
	}
}

func (s *htmlScanner) styleURLs(a *attr) {
	if a != nil {
		s.cssURLs(a.vs, s.data[a.vs:a.ve])
	}
}

// cssURLs records url(...) references in CSS text b at off.
func (s *htmlScanner) cssURLs(off int, b []byte) {
	for i := 0; i < len(b); {
		k := indexFold(b[i:], "url(")
		if k < 0 {
			return
		}
		j := i + k + 4
		for j < len(b) && isHTMLSpace(b[j]) {
			j++
		}
		stop := []byte(")")
		if j < len(b) && (b[j] == '\'' || b[j] == '"') {
			stop = b[j : j+1]
			j++
		}
		e := bytes.Index(b[j:], stop)
		if e < 0 {
			return
		}
		s.span(off+j, off+j+e, KindCSS)
		i = j + e
	}
}

// indexFold finds an ASCII-lowercase needle case-insensitively.
func indexFold(b []byte, needle string) int {
	c := needle[0]
	if 'a' <= c && c <= 'z' {
		return indexFoldLetter(b, needle)
	}
	for i := 0; i+len(needle) <= len(b); i++ {
		j := bytes.IndexByte(b[i:], c)
		if j < 0 || i+j+len(needle) > len(b) {
			return -1
		}
		i += j
		if asciiEqualFold(b[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// indexFoldLetter is indexFold for a needle starting with a lower-case
// letter: it follows the next lower- and upper-case first letter each,
// 256 bytes at a time, so a search costs what lies before its match (plus
// at most one window), and callers that search again from each match, as
// scanText does for "www.", stay linear even where one of the two letters
// never occurs. It allocates nothing.
func indexFoldLetter(b []byte, needle string) int {
	lo, up := needle[0], needle[0]-'a'+'A'
	for start := 0; start+len(needle) <= len(b); start += foldWindow {
		w := b[:min(len(b), start+foldWindow)]
		nl, nu := nextByte(w, lo, start), nextByte(w, up, start)
		for nl >= 0 || nu >= 0 {
			i := nl
			if i < 0 || nu >= 0 && nu < i {
				i = nu
			}
			if i+len(needle) > len(b) {
				return -1
			}
			if asciiEqualFold(b[i:i+len(needle)], needle) {
				return i
			}
			if i == nl {
				nl = nextByte(w, lo, i+1)
			} else {
				nu = nextByte(w, up, i+1)
			}
		}
	}
	return -1
}

// foldWindow is how far ahead indexFoldLetter looks for each letter at once.
const foldWindow = 256

// nextByte is the offset of the first c in b at or after from, or -1.
func nextByte(b []byte, c byte, from int) int {
	if j := bytes.IndexByte(b[from:], c); j >= 0 {
		return from + j
	}
	return -1
}
