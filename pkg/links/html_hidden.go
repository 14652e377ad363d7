package links

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hidden text: kits salt the words a reader sees with text the reader
// does not see, so that a filter reading the markup's text reads
// "Pass<span style="display:none">xq</span>word" as "Passxqword" and a
// callback number as other digits. The visible text (htmlScanner.vis:
// Link.Display, Link.Context, Extracted.Lead) leaves out the text of
// elements hidden by their own style attribute, their hidden attribute or
// a simple rule of the document's <style> on their class or id, as a
// mail client draws them: display:none, visibility:hidden (undone by a
// descendant's visibility:visible), a font size of zero or of one pixel
// or point (undone by a descendant's larger one), opacity:0, a zero
// height or width with overflow:hidden, color:transparent, and a text
// color equal to the background color the element or an ancestor
// declares (bgcolor, background-color, background; a background image
// since makes it unknown). Links in hidden elements are still read.
//
// The open elements are kept on a bounded stack (maxOpenElems) with the
// implied end tags browsers apply to p, li, td, th, tr and option; an end
// tag closes the nearest open element of its name, or nothing. Work per
// tag is bounded by the stack's depth, so a part is read in linear time.
// Hidden text before the first visible word stays (maxPreview): the
// inbox shows it as the message's preview.

// maxPreview bounds the hidden text kept before the first visible word:
// a newsletter's preheader, hidden in the message, is the preview the
// inbox shows beside its subject (Gmail, Apple Mail and Outlook read the
// text, hidden or not), so the reader sees it.
const maxPreview = 200

// maxOpenElems bounds the open elements tracked; deeper ones are not
// tracked (their text counts as their parent's).
const maxOpenElems = 256

// openElem is one open element and the visibility it gives its text.
type openElem struct {
	name  string
	gone  bool   // display:none, opacity:0, clipped to nothing, hidden: nothing inside shows
	vis   bool   // visibility:hidden in effect
	tiny  bool   // a font size of zero (or one pixel) in effect
	color string // the text color in effect ("" unknown; "transparent")
	bg    string // the background color in effect ("" unknown)
}

func (e *openElem) hidden() bool {
	return e.gone || e.vis || e.tiny || e.color != "" && (e.color == "transparent" || e.color == e.bg)
}

// elemStack is the open elements of an HTML document.
type elemStack struct {
	open []openElem
	over int // start tags not pushed because the stack was full
}

// top is the innermost open element, or nil.
func (st *elemStack) top() *openElem {
	if len(st.open) == 0 {
		return nil
	}
	return &st.open[len(st.open)-1]
}

// hiding: text read now is hidden from the reader.
func (st *elemStack) hiding() bool {
	t := st.top()
	return t != nil && t.hidden()
}

// voidElem: an element that has no content and no end tag.
func voidElem(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "frame", "image":
		return true
	}
	return false
}

// closesP: a start tag that closes an open <p> (the HTML standard's list,
// the common part of it).
func closesP(name string) bool {
	switch name {
	case "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
		"figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main",
		"menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li":
		return true
	}
	return false
}

// popTo closes the nearest open element named name, searching down to a
// boundary element (stops); false when none is open there.
func (st *elemStack) popTo(name string, stops ...string) bool {
	for i := len(st.open) - 1; i >= 0; i-- {
		n := st.open[i].name
		if n == name {
			st.open = st.open[:i]
			return true
		}
		for _, s := range stops {
			if n == s {
				return false
			}
		}
	}
	return false
}

// implied closes the elements start tag name ends implicitly.
func (st *elemStack) implied(name string) {
	switch name {
	case "li":
		st.popTo("li", "ul", "ol", "table", "td", "th")
	case "td", "th":
		if !st.popTo("td", "tr", "table") {
			st.popTo("th", "tr", "table")
		}
	case "tr":
		st.popTo("tr", "table")
	case "option":
		if t := st.top(); t != nil && t.name == "option" {
			st.open = st.open[:len(st.open)-1]
		}
	}
	if closesP(name) {
		st.popTo("p", "td", "th", "table", "button", "caption", "object", "html")
	}
}

// push opens element name with its declared style d; selfClosing in
// foreign content (svg, math) opens nothing.
func (st *elemStack) push(name string, d *hideDecl, noContent bool) {
	st.implied(name)
	if voidElem(name) || noContent {
		return
	}
	if len(st.open) >= maxOpenElems {
		st.over++
		return
	}
	n := internTag(name)
	e := openElem{name: n}
	if t := st.top(); t != nil {
		e = *t
		e.name = n
	}
	d.apply(&e)
	st.open = append(st.open, e)
}

// pop closes the nearest open element named name (an end tag).
func (st *elemStack) pop(name string) {
	if st.over > 0 {
		st.over-- // an untracked element's end, most likely
		return
	}
	st.popTo(name)
}

// hideDecl is what a style declares about visibility.
type hideDecl struct {
	display    int8 // 0 unset, 1 none, -1 shown
	visibility int8 // 0 unset, 1 hidden, -1 visible
	fontSize   int8 // 0 unset, 1 tiny, -1 readable
	opacity0   bool
	zeroSize   bool // a height or width of zero
	overflow   bool // overflow:hidden
	color      string
	bg         string // background color ("" unset)
	bgImage    bool   // a background image
	hiddenAttr bool   // the hidden attribute
}

func (d *hideDecl) set() bool {
	return d.display != 0 || d.visibility != 0 || d.fontSize != 0 || d.opacity0 || d.zeroSize || d.overflow ||
		d.color != "" || d.bg != "" || d.bgImage || d.hiddenAttr
}

// merge lays o over d (a later or more specific declaration wins).
func (d *hideDecl) merge(o *hideDecl) {
	if o.display != 0 {
		d.display = o.display
	}
	if o.visibility != 0 {
		d.visibility = o.visibility
	}
	if o.fontSize != 0 {
		d.fontSize = o.fontSize
	}
	d.opacity0 = d.opacity0 || o.opacity0
	d.zeroSize = d.zeroSize || o.zeroSize
	d.overflow = d.overflow || o.overflow
	if o.color != "" {
		d.color = o.color
	}
	if o.bg != "" || o.bgImage {
		d.bg, d.bgImage = o.bg, o.bgImage
	}
	d.hiddenAttr = d.hiddenAttr || o.hiddenAttr
}

// apply gives e, inherited from its parent, what d declares.
func (d *hideDecl) apply(e *openElem) {
	if d.display > 0 || d.opacity0 || d.zeroSize && d.overflow || d.hiddenAttr && d.display == 0 {
		e.gone = true
	}
	if d.visibility != 0 {
		e.vis = d.visibility > 0
	}
	if d.fontSize != 0 {
		e.tiny = d.fontSize > 0
	}
	if d.color != "" {
		e.color = d.color
	}
	switch {
	case d.bgImage:
		e.bg = ""
	case d.bg != "":
		e.bg = d.bg
	}
}

// hides: d alone hides its element's text.
func (d *hideDecl) hides() bool {
	var e openElem
	d.apply(&e)
	return e.hidden()
}

// maxStyleBytes bounds the style attribute read for visibility.
const maxStyleBytes = 4096

// tagNames are the names of common elements, so that the names the
// stack keeps (the scanner's are a reused buffer) need no copy.
var tagNames = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"a", "b", "i", "u", "p", "em", "strong", "small", "span", "div", "font", "td", "th", "tr",
		"table", "tbody", "thead", "tfoot", "center", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "html",
		"head", "body", "title", "style", "script", "label", "button", "form", "section", "header", "footer",
		"blockquote", "pre", "code", "sup", "sub", "o:p", "v:roundrect", "v:rect", "v:textbox", "svg", "option", "select"} {
		m[n] = n
	}
	return m
}()

func internTag(name string) string {
	if n, ok := tagNames[name]; ok {
		return n
	}
	return strings.Clone(name)
}

// styleProps are the properties parseStyle reads.
var styleProps = []string{"display", "visibility", "font-size", "font", "opacity", "height", "max-height", "width",
	"max-width", "overflow", "overflow-x", "overflow-y", "color", "background-color", "background", "background-image"}

// parseStyle reads the declarations of a style attribute or rule body
// into d.
func parseStyle(style []byte, d *hideDecl) {
	if len(style) > maxStyleBytes {
		style = style[:maxStyleBytes]
	}
	for len(style) > 0 {
		decl := style
		if i := bytes.IndexByte(style, ';'); i >= 0 {
			decl, style = style[:i], style[i+1:]
		} else {
			style = nil
		}
		prop, val, ok := bytes.Cut(decl, []byte(":"))
		if !ok {
			continue
		}
		prop = bytes.TrimSpace(prop)
		for _, p := range styleProps {
			if asciiEqualFold(prop, p) {
				d.declareBytes(p, bytes.TrimSpace(val))
				break
			}
		}
	}
}

// declareBytes is declare with the value as written: lowered in a
// buffer of its own, and copied only for the properties that keep it
// or parse it.
func (d *hideDecl) declareBytes(p string, val []byte) {
	var buf [64]byte
	if len(val) > len(buf) {
		d.declare(p, strings.TrimSpace(strings.TrimSuffix(asciiLower(string(val)), "!important")))
		return
	}
	v := buf[:len(val)]
	for i, c := range val {
		v[i] = lower(c)
	}
	v = bytes.TrimSpace(bytes.TrimSuffix(v, []byte("!important")))
	switch p {
	case "display", "visibility", "overflow", "overflow-x", "overflow-y":
		d.declare(p, internValue(v))
	case "height", "max-height", "width", "max-width":
		if len(v) > 0 && (v[0] == '0' || v[0] == '.') {
			d.declare(p, string(v))
		}
	default:
		d.declare(p, string(v))
	}
}

// internValue is v as a string, without a copy for the keywords declare
// reads.
func internValue(v []byte) string {
	switch string(v) {
	case "none":
		return "none"
	case "hidden":
		return "hidden"
	case "collapse":
		return "collapse"
	case "clip":
		return "clip"
	}
	return ""
}

func (d *hideDecl) declare(p, v string) {
	switch p {
	case "display":
		d.display = -1
		if v == "none" {
			d.display = 1
		}
	case "visibility":
		d.visibility = -1
		if v == "hidden" || v == "collapse" {
			d.visibility = 1
		}
	case "font-size":
		d.fontSize = -1
		if tinyLength(v) {
			d.fontSize = 1
		}
	case "font":
		if f := strings.Fields(v); len(f) > 0 {
			for _, w := range f {
				if w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '.') {
					d.fontSize = -1
					if tinyLength(strings.SplitN(w, "/", 2)[0]) {
						d.fontSize = 1
					}
					break
				}
			}
		}
	case "opacity":
		if f, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64); err == nil && f <= 0.01 {
			d.opacity0 = true
		}
	case "height", "max-height", "width", "max-width":
		if zeroLength(v) {
			d.zeroSize = true
		}
	case "overflow", "overflow-x", "overflow-y":
		if v == "hidden" || v == "clip" {
			d.overflow = true
		}
	case "color":
		d.color = cssColor(v)
	case "background-color":
		d.bg, d.bgImage = cssColor(v), false
	case "background":
		if strings.Contains(v, "url(") || strings.Contains(v, "gradient(") {
			d.bg, d.bgImage = "", true
			return
		}
		for _, w := range strings.Fields(v) {
			if c := cssColor(w); c != "" {
				d.bg, d.bgImage = c, false
				return
			}
		}
	case "background-image":
		if v != "none" {
			d.bg, d.bgImage = "", true
		}
	}
}

// zeroLength: v is a length of zero ("0", "0px", "0.0em", "0%").
func zeroLength(v string) bool {
	n, ok := cssLength(v)
	return ok && n == 0
}

// tinyLength: v is a font size no reader reads: zero in any unit, or at
// most one pixel or point.
func tinyLength(v string) bool {
	n, ok := cssLength(v)
	if !ok {
		return false
	}
	unit := strings.TrimLeft(v, "0123456789.+-")
	return n == 0 || n <= 1 && (unit == "px" || unit == "pt")
}

// cssLength parses the number of a CSS length ("0", "1px", "0.5em").
func cssLength(v string) (float64, bool) {
	i := 0
	for i < len(v) && (v[i] >= '0' && v[i] <= '9' || v[i] == '.' || v[i] == '+' || v[i] == '-') {
		i++
	}
	if i == 0 {
		return 0, false
	}
	switch unit := v[i:]; unit {
	case "", "px", "pt", "em", "rem", "%", "ex", "ch", "vw", "vh", "cm", "mm", "in", "pc":
	default:
		return 0, false
	}
	f, err := strconv.ParseFloat(v[:i], 64)
	return f, err == nil
}

// namedColors are the colour names that matter for hidden text: white on
// white, black on black, and the like (full lists are not needed: an
// unknown name reads as unknown, never as hidden).
var namedColors = map[string]string{
	"white": "#ffffff", "black": "#000000", "red": "#ff0000", "blue": "#0000ff",
	"green": "#008000", "yellow": "#ffff00", "gray": "#808080", "grey": "#808080",
	"silver": "#c0c0c0", "navy": "#000080",
}

// cssColor normalises a colour value to #rrggbb (or "transparent"), ""
// when it is not understood.
func cssColor(v string) string {
	v = strings.TrimSpace(v)
	switch {
	case v == "transparent":
		return v
	case strings.HasPrefix(v, "#"):
		h := v[1:]
		if !isHex(h) {
			return ""
		}
		switch len(h) {
		case 3, 4:
			if len(h) == 4 && h[3] == '0' {
				return "transparent"
			}
			return "#" + string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		case 6:
			return v
		case 8:
			if h[6:] == "00" {
				return "transparent"
			}
			return "#" + h[:6]
		}
		return ""
	case strings.HasPrefix(v, "rgb"):
		return rgbColor(v)
	}
	return namedColors[v]
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return s != ""
}

// rgbColor reads rgb(r,g,b) and rgba(r,g,b,a) (a of zero: transparent).
func rgbColor(v string) string {
	open, end := strings.IndexByte(v, '('), strings.IndexByte(v, ')')
	if open < 0 || end < open {
		return ""
	}
	parts := strings.FieldsFunc(v[open+1:end], func(r rune) bool { return r == ',' || r == ' ' || r == '/' })
	if len(parts) < 3 {
		return ""
	}
	if len(parts) >= 4 {
		if a, err := strconv.ParseFloat(strings.TrimSuffix(parts[3], "%"), 64); err == nil && a == 0 {
			return "transparent"
		}
	}
	out := []byte{'#'}
	for _, p := range parts[:3] {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 {
			return ""
		}
		out = append(out, "0123456789abcdef"[n>>4], "0123456789abcdef"[n&15])
	}
	return string(out)
}

// frame is the stack a frame's document starts with: its own, inside an
// element as hidden as the innermost open one here.
func (st *elemStack) frame() elemStack {
	t := st.top()
	if t == nil {
		return elemStack{}
	}
	e := *t
	e.name = ""
	return elemStack{open: []openElem{e}}
}

// openElem opens element name of the start tag just parsed, with what its
// attributes and the document's rules declare about its visibility;
// noContent for a self-closing tag in foreign content.
func (s *htmlScanner) openElem(name string, noContent bool) {
	var d hideDecl
	if s.hide != nil {
		class, id := "", ""
		if c := s.attr("class"); c != nil {
			class = s.value(c)
		}
		if i := s.attr("id"); i != nil {
			id = s.value(i)
		}
		s.hide.declFor(class, id, &d)
	}
	if a := s.attr("bgcolor"); a != nil {
		d.bg, d.bgImage = cssColor(asciiLower(s.value(a))), false
	}
	if a := s.attr("background"); a != nil && a.hasValue && a.ve > a.vs {
		d.bg, d.bgImage = "", true
	}
	if a := s.attr("color"); a != nil && name == "font" {
		d.color = cssColor(asciiLower(s.value(a)))
	}
	if s.attr("hidden") != nil {
		d.hiddenAttr = true
	}
	if a := s.attr("style"); a != nil {
		st := s.data[a.vs:a.ve]
		if bytes.IndexByte(st, '&') >= 0 {
			st = []byte(s.value(a))
		}
		parseStyle(st, &d)
	}
	s.elems.push(name, &d, noContent)
}

// visibleText adds a text token to the visible text unless an open
// element hides it, and counts hidden letters inside a word (splits).
func (s *htmlScanner) visibleText(raw []byte) {
	if !s.elems.hiding() {
		if s.saltAt >= 0 && s.saltAt == len(s.vis) && startsWord(raw) {
			s.splits++
		}
		s.saltAt = -1
		s.shown = s.shown || hasWordChar(raw)
		s.appendVisible(raw)
		return
	}
	if !s.shown && len(s.vis) < maxPreview {
		s.appendVisible(previewCut(raw, maxPreview-len(s.vis))) // a preheader: the inbox shows it as the message's preview
		s.vis = bytes.TrimRight(s.vis, " ")
		s.space()
		return
	}
	if s.saltAt < 0 && endsWord(s.vis) && hasWordChar(raw) {
		s.saltAt = len(s.vis)
	}
}

// wordRune: r is a letter or a digit.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// endsWord: the visible text so far ends in a letter or digit.
func endsWord(vis []byte) bool {
	r, _ := utf8.DecodeLastRune(vis)
	return len(vis) > 0 && wordRune(r)
}

// startsWord: a text token starts with a letter or digit.
func startsWord(raw []byte) bool {
	if len(raw) > 0 && raw[0] == '&' {
		raw = unescapeBytes(raw[:min(len(raw), 12)])
	}
	r, _ := utf8.DecodeRune(raw)
	return len(raw) > 0 && wordRune(r)
}

// hasWordChar: raw (a text token, entities undecoded) holds a letter or
// digit outside its character references ("&zwnj;&nbsp;" holds none).
func hasWordChar(raw []byte) bool {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '&' {
			if j := bytes.IndexByte(raw[i:min(len(raw), i+12)], ';'); j > 0 {
				i += j
				continue
			}
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// previewCut is raw cut to at most n bytes, after a whole word when it
// is longer.
func previewCut(raw []byte, n int) []byte {
	if len(raw) <= n {
		return raw
	}
	if i := bytes.LastIndexAny(raw[:n+1], " \t\r\n"); i > 0 {
		return raw[:i]
	}
	return nil
}
