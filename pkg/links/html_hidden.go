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
// a simple rule of the document's <style> on their class or id, only as
// every common mail client draws them: display:none, a font size of zero
// or of one pixel or point (not a negative one, which is dropped; undone
// by a descendant's larger one or a <font size>), color:transparent, and
// a text color equal to the
// background color the element or an ancestor declares (bgcolor,
// background-color, background; a background image since makes it
// unknown; a link has its own colour). opacity:0 (not drawn by Outlook
// for Windows or Yahoo) and visibility:hidden (Gmail, Outlook for
// Windows) hide nothing here; hiding by the box (off-screen offsets,
// clips, a zero size with overflow:hidden, mso-hide:all) hides only where
// every common client hides it, and counts inside a word where one does
// (html_hidden_box.go). What a rule the reading
// cannot place may show (hideRules.show: !important over the style
// attribute, @media and other at-rules, combinators, attribute, type and
// tag-qualified selectors, animations) is read as shown: a lure the
// reader sees but the reading drops is worse than a hidden decoy read.
// Links in hidden elements are still read.
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

// maxIndentRun bounds the text a far text-indent is read to hide: the
// least far one (farOffset) holds some 20 letters of 48 pixels, and the
// end of a longer first line may show.
const maxIndentRun = 20

// maxOpenElems bounds the open elements tracked; deeper ones are not
// tracked (their text counts as their parent's).
const maxOpenElems = 256

// openElem is one open element and the visibility it gives its text.
type openElem struct {
	name  string
	gone  bool       // display:none or the hidden attribute: nothing inside shows
	tiny  bool       // a font size of zero (or one pixel) in effect
	color string     // the text color in effect ("" unknown; "transparent"; colorUnknown)
	bg    string     // the background color in effect ("" unknown)
	part  clientMask // the clients that hide it by its box (boxDecl)
	// indent: a far text-indent is in effect (inherited); first: its text
	// stands on the indented first line, numbered line (elemStack.line),
	// of a block container, hidden in the others; block: it is drawn as a
	// block, which breaks the line before and after it.
	indent, first, block bool
	line                 int
	// off: form controls inside are disabled by a <fieldset disabled>
	// (not inside its first <legend> child); fieldset, legend: it is a
	// fieldset, and one whose first legend child has opened; outerOff: a
	// fieldset's off outside it, which its first legend's content keeps
	// (the HTML standard's disabled form controls).
	off, fieldset, legend, outerOff bool
	// unread: a fieldset read in a conditional comment's or a <noscript>
	// re-read, no element for a browser: a </fieldset> read outside one
	// does not close it (elemStack.pop).
	unread bool
}

// colorUnknown is a text colour the reading cannot know (a link's own
// colour, one a rule or an animation may set): never the background's.
const colorUnknown = "?"

func (e *openElem) hidden() bool {
	return e.gone || e.tiny || e.color != "" && (e.color == "transparent" || e.color == e.bg) || e.part == allClients
}

// elemStack is the open elements of an HTML document.
type elemStack struct {
	open []openElem
	over int // start tags not pushed because the stack was full
	line int // line breaks read (lineBreak)
}

// lineBreak notes a line break (a <br>, a block's start or end): the
// first line of every open element has ended.
func (st *elemStack) lineBreak() { st.line++ }

// firstLine: text read now inside e stands on a first line a far
// text-indent moves off the screen in the clients other than Outlook
// for Windows and Gmail (boxDecl.clients).
func (st *elemStack) firstLine(e *openElem) bool { return e.first && e.line == st.line }

// top is the innermost open element, or nil.
func (st *elemStack) top() *openElem {
	if len(st.open) == 0 {
		return nil
	}
	return &st.open[len(st.open)-1]
}

// controlsOff: a form control opened now (a void one, or one just
// pushed) is disabled by a <fieldset disabled> around it: not sent, not
// clicked.
func (st *elemStack) controlsOff() bool {
	t := st.top()
	return t != nil && t.off
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
	return st.popOpen(name, false, stops...)
}

// popOpen is popTo, passing over the unread fieldsets when parsed.
func (st *elemStack) popOpen(name string, parsed bool, stops ...string) bool {
	for i := len(st.open) - 1; i >= 0; i-- {
		n := st.open[i].name
		if n == name && !(parsed && st.open[i].unread) {
			for j := i; j < len(st.open); j++ {
				if st.open[j].block {
					st.line++ // a block's end breaks the line
					break
				}
			}
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
		if !d.unread { // an unread fieldset is the fieldset it stands in, legend and all
			e.fieldset, e.legend = false, false
		}
		if n == "legend" && t.fieldset && !t.legend { // the fieldset's first legend child
			t.legend, e.off = true, t.outerOff
		}
	}
	if n == "fieldset" && !d.unread {
		e.fieldset, e.outerOff = true, e.off
		e.off = e.off || d.disabled
	}
	e.unread = d.unread
	d.apply(&e)
	e.part |= d.box.clients(n)
	st.indent(&e, d, n)
	st.open = append(st.open, e)
}

// indent gives e, element name declaring d, the text-indent in effect
// (inherited) and whether its text stands on an indented first line.
// text-indent moves only the first line of a block container (a block,
// an inline-block, an absolute box): a far one hides it, in the clients
// other than Word and Gmail (as boxDecl.clients reads a far offset in
// the flow). An inline element goes on the line its parent's is on; a
// line break ends it (lineBreak), and a block breaks the line before and
// after it (so nothing a block hides stands inside a word: the scanner
// reads no split across a line break, htmlScanner.partLine).
func (st *elemStack) indent(e *openElem, d *hideDecl, name string) {
	b := &d.box
	if b.off.set&offIndent != 0 {
		e.indent = b.off.hides&offIndent != 0
	}
	e.block = (b.inline == -1 || b.inline == 0 && !inlineTag(name)) && b.pos != 2
	if e.block {
		st.line++
	}
	if e.block || b.inline == inlineBlockBox || b.pos == 2 {
		e.first, e.line = e.indent, st.line
	}
}

// hidesOwn: an element name declaring d, opened now, is hidden; for a
// void element such as <img>, which push does not open.
func (st *elemStack) hidesOwn(name string, d *hideDecl) bool {
	var e openElem
	if t := st.top(); t != nil {
		e = *t
	}
	d.apply(&e)
	e.part |= d.box.clients(name)
	return e.hidden()
}

// pop closes the nearest open element named name (an end tag); parsed:
// the end tag is read outside a conditional comment's or a <noscript>
// re-read, so it closes no fieldset read in one (openElem.unread: the
// real </fieldset> after <fieldset disabled><!--[if mso]><fieldset><!
// [endif]--> closes the disabled one, as a browser reads it).
func (st *elemStack) pop(name string, parsed bool) {
	if st.over > 0 {
		st.over-- // an untracked element's end, most likely
		return
	}
	st.popOpen(name, parsed)
}

// hideDecl is what a style declares about visibility.
type hideDecl struct {
	display    int8 // 0 unset, 1 none, -1 shown
	fontSize   int8 // 0 unset, 1 tiny, -1 readable
	color      string
	colorSet   bool     // a color is declared (understood or not)
	bg         string   // background color ("" unset)
	bgImage    bool     // a background image (or a background not understood)
	bgSet      bool     // a background is declared
	anim       bool     // an animation: any value may change as it runs
	hiddenAttr bool     // the hidden attribute
	disabled   bool     // the disabled attribute (of a fieldset: openElem.off)
	unread     bool     // a fieldset read in a re-read (openElem.unread)
	imp        showMask // the properties declared !important
	box        boxDecl  // position, clip, size and mso-hide (html_hidden_box.go)
}

func (d *hideDecl) set() bool {
	return d.display != 0 || d.fontSize != 0 || d.colorSet || d.bgSet || d.anim || d.hiddenAttr || d.box.declared()
}

// merge lays o over d (a later or more specific declaration wins).
func (d *hideDecl) merge(o *hideDecl) {
	if o.display != 0 {
		d.display = o.display
	}
	if o.fontSize != 0 {
		d.fontSize = o.fontSize
	}
	if o.colorSet {
		d.color, d.colorSet = o.color, true
	}
	if o.bgSet {
		d.bg, d.bgImage, d.bgSet = o.bg, o.bgImage, true
	}
	d.box.merge(&o.box)
	d.anim = d.anim || o.anim
	d.hiddenAttr = d.hiddenAttr || o.hiddenAttr
	d.imp |= o.imp
}

// shows is what d declares that can show an element a rule elsewhere
// hides: a display other than none, a readable font size, a colour, a
// background, an animation.
func (d *hideDecl) shows() showMask {
	var m showMask
	if d.display < 0 {
		m |= showDisplay
	}
	if d.fontSize < 0 {
		m |= showFont
	}
	if d.colorSet && d.color != "transparent" {
		m |= showColor
	}
	if d.bgSet {
		m |= showBg
	}
	if d.anim {
		m |= showAnim
	}
	m |= d.box.shows()
	return m
}

// distrust undoes what d (with inline, the style attribute's part of it)
// hides where a rule the reading cannot place (show, its !important
// part imp) may show the element: a rule outranks presentational
// attributes, other rules and inherited values, and the style attribute
// only when !important; an animation outranks them all.
func (d *hideDecl) distrust(inline *hideDecl, show, imp showMask) {
	if show&showAnim != 0 {
		show, imp = show|showDisplay|showFont|showColor|showBg|showBox, show|showDisplay|showFont|showColor|showBg|showBox
	}
	if show&showDisplay != 0 && (inline.display == 0 || imp&showDisplay != 0) {
		d.display = -1
	}
	if show&showFont != 0 && (inline.fontSize == 0 || imp&showFont != 0) {
		d.fontSize = -1
	}
	if show&showColor != 0 && (!inline.colorSet || imp&showColor != 0) {
		d.color, d.colorSet = colorUnknown, true
	}
	if show&showBg != 0 && (!inline.bgSet || imp&showBg != 0) {
		d.bg, d.bgImage, d.bgSet = "", true, true
	}
	d.box.distrust(&inline.box, show, imp)
}

// apply gives e, inherited from its parent, what d declares.
func (d *hideDecl) apply(e *openElem) {
	if d.display > 0 || d.hiddenAttr && d.display == 0 {
		e.gone = true
	}
	if d.fontSize != 0 {
		e.tiny = d.fontSize > 0
	}
	if d.colorSet {
		e.color = d.color
	}
	switch {
	case d.bgImage:
		e.bg = ""
	case d.bgSet:
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
var styleProps = []string{"display", "font-size", "font", "color", "background-color", "background", "background-image",
	"animation", "animation-name", "position", "left", "top", "text-indent", "margin-left", "margin-top", "margin", "transform",
	"clip", "clip-path", "overflow", "overflow-x", "overflow-y", "height", "max-height", "width", "max-width", "mso-hide",
	"padding", "padding-bottom", "padding-right", "min-height", "min-width"}

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

// important cuts a value's !important (spaces allowed after the '!').
func important(v []byte) ([]byte, bool) {
	i := bytes.LastIndexByte(v, '!')
	if i < 0 || !bytes.Equal(bytes.TrimSpace(v[i+1:]), []byte("important")) {
		return v, false
	}
	return bytes.TrimSpace(v[:i]), true
}

// declareBytes is declare with the value as written: lowered in a
// buffer of its own, and copied only for the properties that keep it
// or parse it.
func (d *hideDecl) declareBytes(p string, val []byte) {
	var buf [64]byte
	v := buf[:0]
	if len(val) > len(buf) {
		v = make([]byte, 0, len(val))
	}
	for _, c := range val {
		v = append(v, lower(c))
	}
	v, imp := important(v)
	before := d.shows()
	switch {
	case p == "display":
		d.declare(p, internValue(v))
	case d.box.declare(p, boxValue(p, v)):
	default:
		d.declare(p, string(v))
	}
	if imp {
		d.imp |= d.shows() &^ before
	}
}

// internValue is v as a string, without a copy for the keywords declare
// reads.
func internValue(v []byte) string {
	switch string(v) {
	case "none":
		return "none"
	case "inline":
		return "inline"
	case "contents":
		return "contents"
	case "inline-block":
		return "inline-block"
	}
	return "?"
}

func (d *hideDecl) declare(p, v string) {
	switch p {
	case "display":
		d.display, d.box.inline = -1, -1
		switch v {
		case "none":
			d.display, d.box.inline = 1, 0
		case "inline":
			d.box.inline = 1
		case "contents":
			d.box.inline = contentsBox
		case "inline-block":
			d.box.inline = inlineBlockBox
		}
	case "font-size":
		d.fontSize = -1
		if tinyLength(v) {
			d.fontSize = 1
		}
	case "font":
		if size, ok := fontSize(v); ok {
			d.fontSize = -1
			if tinyLength(size) {
				d.fontSize = 1
			}
		}
	case "animation", "animation-name":
		d.anim = v != "none" && v != ""
	case "color":
		d.color, d.colorSet = cssColor(v), true
	case "background-color":
		d.bg, d.bgImage, d.bgSet = cssColor(v), false, true
	case "background":
		d.bgSet = true
		if strings.Contains(v, "url(") || strings.Contains(v, "gradient(") {
			d.bg, d.bgImage = "", true
			return
		}
		d.bg, d.bgImage = "", true // not understood: unknown
		for _, w := range strings.Fields(v) {
			if c := cssColor(w); c != "" {
				d.bg, d.bgImage = c, false
				return
			}
		}
	case "background-image":
		if v != "none" {
			d.bg, d.bgImage, d.bgSet = "", true, true
		}
	default:
		d.box.declare(p, v)
	}
}

// tinyLength: v is a font size (or a box's size) no reader reads: zero
// in any unit, or at most one pixel or point. A negative one is not
// valid CSS: the declaration is dropped, and the size drawn is another;
// a calc() below zero is drawn as zero (html_hidden_calc.go).
func tinyLength(v string) bool {
	if isCalc(v) {
		px, ok := calcPx(v)
		return ok && px <= 1
	}
	n, ok := cssLength(v)
	if !ok {
		return false
	}
	unit := cssUnit(v)
	return n == 0 || n > 0 && n <= 1 && (unit == "px" || unit == "pt")
}

// cssLength parses the number of a CSS length ("0", "1px", "0.5em",
// "-1e4px", "1E-3px").
func cssLength(v string) (float64, bool) {
	i := cssNumberLen(v)
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

// cssNumberLen is the length of the CSS number v starts with, 0 when
// none: a sign, digits with a fraction (".5", "1.25"), and an exponent
// ("1e4", "1E-3"; the e of a unit, "1em", is none).
func cssNumberLen[T string | []byte](v T) int {
	digit := func(i int) bool { return i < len(v) && v[i] >= '0' && v[i] <= '9' }
	i, d := 0, 0
	if i < len(v) && (v[i] == '+' || v[i] == '-') {
		i++
	}
	for ; digit(i); i++ {
		d++
	}
	if i < len(v) && v[i] == '.' && digit(i+1) {
		for i++; digit(i); i++ {
			d++
		}
	}
	if d == 0 {
		return 0
	}
	if i < len(v) && (v[i] == 'e' || v[i] == 'E') {
		j := i + 1
		if j < len(v) && (v[j] == '+' || v[j] == '-') {
			j++
		}
		if digit(j) {
			for i = j; digit(i); i++ {
			}
		}
	}
	return i
}

// cssUnit is the unit of length v (what follows its number).
func cssUnit(v string) string { return v[cssNumberLen(v):] }

// cssFields splits a CSS value at white space outside parentheses, so
// that a calc() with spaces inside stays one field.
func cssFields(v string) []string {
	var f []string
	depth, start := 0, -1
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'):
			if start >= 0 {
				f = append(f, v[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		f = append(f, v[start:])
	}
	return f
}

// fontSize is the font size of the font shorthand's value v (lower-cased):
// the first field that is a length (with a unit, a zero or a calc(); a
// number without a unit is a weight), its line height cut ("0/0"); none
// when no family follows it, as the shorthand is then not valid CSS and
// is dropped.
func fontSize(v string) (string, bool) {
	f := cssFields(v)
	for k, w := range f {
		if !isCalc(w) {
			n := cssNumberLen(w)
			if n == 0 || n == len(w) && strings.Trim(w, "+-0.") != "" {
				continue // a keyword (bold, italic), or a weight (700)
			}
		}
		if k == len(f)-1 {
			return "", false // no family
		}
		depth := 0
		for i := 0; i < len(w); i++ {
			switch w[i] {
			case '(':
				depth++
			case ')':
				depth--
			case '/':
				if depth == 0 {
					return w[:i], true
				}
			}
		}
		return w, true
	}
	return "", false
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
// noContent for a self-closing tag in foreign content. Presentational
// attributes come first, the rules over them, the style attribute last;
// then what a rule the reading cannot place may show is not trusted
// hidden (hideDecl.distrust).
func (s *htmlScanner) openElem(name string, noContent bool) {
	var d, inline hideDecl
	if a := s.attr("bgcolor"); a != nil {
		d.bg, d.bgImage, d.bgSet = cssColor(asciiLower(s.value(a))), false, true
	}
	if a := s.attr("background"); a != nil && a.hasValue && a.ve > a.vs {
		d.bg, d.bgImage, d.bgSet = "", true, true
	}
	if name == "font" {
		if a := s.attr("color"); a != nil {
			d.color, d.colorSet = cssColor(asciiLower(s.value(a))), true
		}
		if s.attr("size") != nil { // <font size>: a readable size of its own
			d.fontSize = -1
		}
	}
	if name == "a" && s.attr("href") != nil { // a link's own colour, not inherited
		d.color, d.colorSet = colorUnknown, true
	}
	if s.attr("hidden") != nil {
		d.hiddenAttr = true
	}
	// A fieldset read in a conditional comment's or a <noscript> re-read
	// (unparsed) is no element for a browser: it disables nothing, and a
	// </fieldset> read outside one closes the fieldset around it
	// (openElem.unread).
	d.disabled = name == "fieldset" && s.unparsed == 0 && s.attr("disabled") != nil
	d.unread = name == "fieldset" && s.unparsed > 0
	var class, id string
	if s.hide != nil {
		if c := s.attr("class"); c != nil {
			class = s.value(c)
		}
		if i := s.attr("id"); i != nil {
			id = s.value(i)
		}
		var rd hideDecl
		s.hide.declFor(name, class, id, &rd)
		d.merge(&rd)
	}
	if a := s.attr("style"); a != nil {
		st := s.data[a.vs:a.ve]
		if bytes.IndexByte(st, '&') >= 0 {
			st = []byte(s.value(a))
		}
		parseStyle(st, &inline)
		d.merge(&inline)
	}
	if inline.anim {
		d.distrust(&inline, showAnim, showAnim)
	}
	if s.hide != nil {
		show, imp := s.hide.showFor(name, class, id)
		d.distrust(&inline, show, imp)
	}
	if name == "img" || name == "input" || name == "area" { // pictures with an alt text (html_alt.go)
		s.imgHidden = s.elems.hidesOwn(name, &d)
	}
	s.elems.push(name, &d, noContent)
}

// visibleText adds a text token to the visible text unless an open
// element hides it, and counts hidden letters inside a word (splits).
func (s *htmlScanner) visibleText(raw []byte) {
	if !s.elems.hiding() {
		top := s.elems.top()
		part := top != nil && (top.part != 0 || s.elems.firstLine(top))
		switch {
		case s.saltAt >= 0 && s.saltAt == len(s.vis) && startsWord(raw):
			s.splits++
		case !part && s.partAt >= 0 && s.partEnd == len(s.vis) && s.partLine == s.elems.line && startsWord(raw) && !(s.partFirst && s.partEnd-s.partAt > maxIndentRun):
			s.splits++ // Pass<span style="position:absolute;left:-9999px">xq</span>word
		}
		s.saltAt = -1
		if part {
			s.partText(raw) // hidden in some clients, shown in others: read
			return
		}
		s.partAt = -1
		s.shown = s.shown || hasWordChar(raw)
		s.appendVisible(raw)
		s.textLine = s.elems.line
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

// partText adds a text token some common clients hide and others show
// (openElem.part) to the visible text, and notes where it stands when it
// follows a letter or digit: a visible word that goes on right after it
// is split for the readers whose client hides it.
func (s *htmlScanner) partText(raw []byte) {
	first := s.elems.top().part == 0                           // hidden only as an indented first line
	if s.partEnd != len(s.vis) || s.partLine != s.elems.line { // a run of its own, not more of the last one
		s.partAt, s.partFirst = -1, true
		if endsWord(s.vis) && hasWordChar(raw) && s.textLine == s.elems.line {
			s.partAt = len(s.vis)
		}
	}
	s.partFirst = s.partFirst && first
	s.shown = s.shown || hasWordChar(raw)
	s.appendVisible(raw)
	s.partEnd, s.partLine, s.textLine = len(s.vis), s.elems.line, s.elems.line
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
