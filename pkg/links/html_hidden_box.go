package links

import (
	"bytes"
	"strings"
)

// Hiding some mail clients draw and others do not: an element moved off
// the screen (position with a far negative left, top, text-indent or
// margin, or a far transform; a far text-indent or left margin needs no
// position; a transform, a text-indent and a top margin move a box only,
// not an inline element, and a text-indent only its first line:
// elemStack.indent), clipped to nothing (clip with an absolute
// position, clip-path), cut to a zero size (height, max-height, width or
// max-width of at most one pixel with overflow hidden, on an element that
// is not inline nor a table's row or cell, whose height and width only
// set a least size, with no padding or least size that shows a line
// again), or mso-hide:all. Newsletters use all of them beside
// display:none for a preheader, and a screen reader's label (.sr-only,
// .visually-hidden: an absolute position with a clip) uses the second.
//
// Who draws what (clientMask): Outlook for Windows draws with Word, which
// reads none of position, transform, clip, clip-path or overflow, but
// hides mso-hide:all; Gmail drops position (so no offset or clip by
// position), and its support of transform and clip-path is not to be
// relied on, nor a negative text-indent (negative margins it drops),
// but it sizes a block with overflow hidden; the other common clients
// (Apple Mail and iOS, Yahoo, Outlook.com and the new Outlook, Outlook
// for Mac) draw all of it and ignore mso-hide. An element of
// display:contents has no box: none of this hides it but mso-hide
// (Word reads no display), while what its children inherit (a font
// size, a colour) still does; a replaced element of display:contents (a
// picture, a field, a frame: replacedTag) is display:none in the others. Sizes and offsets may be calc()
// (html_hidden_calc.go). Text is left out of the visible text only when
// every one of the three hides it (say mso-hide:all with max-height:0
// and overflow:hidden); text only some hide is read, as a lure the
// reader sees must be, but hidden text of that kind inside a word still
// counts (HiddenSplits): a word salted for some readers is salted.

// clientMask is a set of common mail clients that hide an element.
type clientMask uint8

const (
	clientOutlook clientMask = 1 << iota // Outlook for Windows (Word)
	clientGmail                          // Gmail, web and app
	clientOther                          // Apple Mail, iOS, Yahoo, Outlook.com, Outlook for Mac
	allClients    = clientOutlook | clientGmail | clientOther
)

// farOffset is how far off the screen an offset must move an element to
// hide it: no mail is 999 pixels wide, and an element that is is moved
// no farther than its width by a smaller one.
const farOffset = -999

// boxDecl is what a style declares about an element's box: each int8
// field 0 unset, 1 hiding, -1 declared but not hiding (position: 2
// absolute or fixed, 1 relative or sticky, -1 static); the offsets, the
// sizes and the overflows are kept property by property (propSet), as
// each property's last declaration is the one drawn.
type boxDecl struct {
	pos, shift, clip, clipPath, mso, inline int8
	off, size, overflow, grow               propSet
}

// propSet is the declared and the hiding ones of a few properties, by bit.
type propSet struct{ set, hides uint8 }

// note declares the properties of bits, hiding or not.
func (p *propSet) note(bits uint8, hides bool) {
	p.set |= bits
	p.hides &^= bits
	if hides {
		p.hides |= bits
	}
}

// The offsets' bits (boxDecl.off).
const (
	offLeft = 1 << iota
	offTop
	offIndent
	offMarginLeft
	offMarginTop
)

// contentsBox is boxDecl.inline for display:contents: the element has
// no box of its own, its children are drawn in its place.
const contentsBox = 2

// inlineBlockBox is boxDecl.inline for display:inline-block: a box
// that stands on its line beside the words around it.
const inlineBlockBox = -2

// over lays o over p.
func (p *propSet) over(o propSet) {
	p.set |= o.set
	p.hides = p.hides&^o.set | o.hides
}

// state is p as a field: 1 some property hides, -1 declared, none hides.
func (p propSet) state() int8 {
	switch {
	case p.hides != 0:
		return 1
	case p.set != 0:
		return -1
	}
	return 0
}

// declared: some box property is declared.
func (b *boxDecl) declared() bool { return *b != boxDecl{} }

// merge lays o over b, property by property.
func (b *boxDecl) merge(o *boxDecl) {
	for _, f := range [...]struct {
		dst *int8
		src int8
	}{
		{&b.pos, o.pos}, {&b.shift, o.shift}, {&b.clip, o.clip}, {&b.clipPath, o.clipPath}, {&b.mso, o.mso}, {&b.inline, o.inline},
	} {
		if f.src != 0 {
			*f.dst = f.src
		}
	}
	b.off.over(o.off)
	b.size.over(o.size)
	b.overflow.over(o.overflow)
	b.grow.over(o.grow)
}

// shows is what b declares that can undo another declaration's box
// hiding, by kind, where b hides nothing of that kind itself (a mobile
// block's max-height:none, a position:static, a reset's margin:0).
func (b *boxDecl) shows() showMask {
	var m showMask
	if b.pos < 0 {
		m |= showPos
	}
	if b.off.state() < 0 && b.shift <= 0 || b.shift < 0 && b.off.hides == 0 {
		m |= showOff
	}
	if b.clip < 0 && b.clipPath <= 0 || b.clipPath < 0 && b.clip <= 0 {
		m |= showClip
	}
	if b.size.state() < 0 {
		m |= showSize
	}
	if b.overflow.state() < 0 {
		m |= showOverflow
	}
	if b.grow.hides != 0 {
		m |= showGrow
	}
	if b.inline > 0 {
		m |= showInline
	}
	if b.mso < 0 {
		m |= showMso
	}
	return m
}

// distrust undoes b's box hiding of each kind a rule the reading cannot
// place may show (show, its !important part imp), unless the style
// attribute (inline) declares that kind and the rule is not !important.
func (b *boxDecl) distrust(inline *boxDecl, show, imp showMask) {
	undo := func(m showMask, declared bool) bool {
		return show&m != 0 && (!declared || imp&m != 0)
	}
	if undo(showPos, inline.pos != 0) {
		b.pos = 0
	}
	if undo(showOff, inline.off.set != 0 || inline.shift != 0) {
		b.off, b.shift = propSet{set: offLeft | offTop | offIndent | offMarginLeft | offMarginTop}, 0 // declared: no inherited indent either
	}
	if undo(showClip, inline.clip != 0 || inline.clipPath != 0) {
		b.clip, b.clipPath = 0, 0
	}
	// A size or an overflow hides by one property or two, from the style
	// attribute or from rules: only the style attribute's own hiding ones
	// stand against a rule that is not !important.
	if undo(showSize, inline.size.hides != 0) {
		b.size = propSet{}
	}
	if undo(showOverflow, inline.overflow.hides != 0) {
		b.overflow = propSet{}
	}
	if undo(showGrow, inline.grow.set != 0) {
		b.grow = propSet{set: 1, hides: 1}
	}
	if undo(showInline, inline.inline != 0) { // a rule's display:inline: a size no longer sizes it
		b.inline = 1
	}
	if undo(showMso, inline.mso != 0) {
		b.mso = 0
	}
}

// clients is the clients that b hides an element of tag name in.
func (b *boxDecl) clients(name string) clientMask {
	var m clientMask
	if b.mso > 0 {
		m |= clientOutlook
	}
	if b.inline == contentsBox {
		if !replacedTag(name) {
			return m // display:contents: no box to move, clip or cut (Word reads no display)
		}
		// On a replaced element (a picture, a field, a frame) display:contents
		// is display:none where it is read (CSS Display 3, "the contents
		// keyword"): the others hide it. Word reads no display, and Gmail
		// hides it whether it keeps the declaration or drops it only where
		// the box without it hides it too: as drawn without it.
		c := *b
		c.inline = 0
		return c.clients(name) | clientOther
	}
	// A box of its own: a transform, a text-indent and a top margin move
	// no inline element (an absolute or fixed position makes it a box).
	boxed := b.inline < 0 || b.inline == 0 && !inlineTag(name) || b.pos == 2
	// A text-indent moves only a first line (elemStack.indent reads it:
	// what follows a line break shows).
	off := b.off.hides &^ offIndent
	if !boxed {
		off &^= offMarginTop
	}
	// A far left margin (or text-indent) moves text off the screen's left
	// edge in the flow, with no position: only the others draw it (Word
	// stops an indent at the page's edge; Gmail drops negative margins,
	// and its negative text-indent is not to be relied on).
	inFlow := off&offMarginLeft != 0
	if b.pos > 0 && off != 0 || inFlow || b.pos == 2 && b.clip > 0 || b.clipPath > 0 || boxed && b.shift > 0 {
		m |= clientOther
	}
	if b.size.hides != 0 && b.overflow.hides != 0 && b.grow.hides == 0 && !tableTag(name) {
		switch {
		case b.inline < 0 || b.inline == 0 && !inlineTag(name):
			m |= clientGmail | clientOther
		case b.pos == 2: // an absolute position makes a box of an inline element, where position is drawn
			m |= clientOther
		}
	}
	return m
}

// inlineTag: an element drawn inline unless its style says otherwise, so
// that a width or height does not size it.
func inlineTag(name string) bool {
	switch name {
	case "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "em", "font", "i", "kbd", "label", "mark", "q",
		"s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "o:p":
		return true
	}
	return false
}

// replacedTag: an element whose display:contents browsers draw as
// display:none (CSS Display 3, appendix B: replaced elements, form
// fields, frames).
func replacedTag(name string) bool {
	switch name {
	case "img", "input", "iframe", "frame", "embed", "object", "video", "audio", "canvas", "textarea", "select", "br", "wbr", "meter", "progress":
		return true
	}
	return false
}

// tableTag: a table or a part of one, whose height and width are the
// least it is drawn at: its content grows it.
func tableTag(name string) bool {
	switch name {
	case "table", "tbody", "thead", "tfoot", "tr", "td", "th":
		return true
	}
	return false
}

// grows: a padding or a least size v (padding, min-height) that is not
// zero, so that a box of zero height or width with overflow hidden still
// shows what stands in its padding or its least size ("inherit", a
// calc() not read and other values not read count as growing; "auto"
// and a calc() of zero or less do not).
func grows[T string | []byte](v T) bool {
	if string(v) == "auto" || string(v) == "none" {
		return false
	}
	if isCalc(string(v)) {
		px, ok := calcPx(string(v))
		return !ok || px > 0 // below zero: none (CSS clamps it)
	}
	if len(v) >= 7 && string(v[:7]) == "inherit" {
		return true
	}
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '1' && c <= '9':
			return true
		case c == '0' || c == '.' || c == '+' || c == '-' || c == ' ' || c == '\t' || c == '%':
		case c == 'p' || c == 'x' || c == 't' || c == 'e' || c == 'm' || c == 'r' || c == 'c' || c == 'i' || c == 'n' || c == 'v' || c == 'w' || c == 'h':
		default:
			return true
		}
	}
	return false
}

// boxValue is v, the value of property p, as a string for
// boxDecl.declare, without a copy where it cannot hide (the common
// widths, margins and positions of every layout): "?" then, or a keyword.
func boxValue(p string, v []byte) string {
	mayHide := false
	switch p {
	case "position":
		switch string(v) {
		case "absolute":
			return "absolute"
		case "fixed":
			return "fixed"
		case "relative":
			return "relative"
		case "sticky":
			return "sticky"
		}
	case "overflow", "overflow-x", "overflow-y":
		switch string(v) {
		case "hidden":
			return "hidden"
		case "clip":
			return "clip"
		}
	case "mso-hide":
		if string(v) == "all" {
			return "all"
		}
	case "padding", "padding-bottom", "padding-right", "min-height", "min-width":
		if grows(v) {
			return "1"
		}
		return "0"
	case "height", "max-height", "width", "max-width":
		mayHide = len(v) > 0 && (v[0] == '0' || v[0] == '1' || v[0] == '.' || v[0] == '+' || v[0] == '-') || isCalc(string(v))
	case "left", "top", "text-indent", "margin-left", "margin-top", "margin":
		mayHide = bytes.IndexByte(v, '-') >= 0
	case "transform":
		mayHide = bytes.Contains(v, []byte("translate")) && bytes.IndexByte(v, '-') >= 0
	case "clip", "clip-path":
		mayHide = bytes.HasPrefix(v, []byte("rect(")) || bytes.HasPrefix(v, []byte("inset(")) || bytes.HasPrefix(v, []byte("circle("))
	}
	if mayHide {
		return string(v)
	}
	return "?"
}

// boxProp is a box property kept bit by bit: bits of one of boxDecl's
// propSets (set), each read as its kind hides (boxDecl.note).
type boxProp struct{ set, bits uint8 }

// boxDecl's propSets, for boxProp.set.
const (
	boxOff      = iota // farLength
	boxSize            // tinyLength
	boxOverflow        // hidden or clip
	boxGrow            // grows
)

// boxProps are the box properties read as a propSet's bits: the offsets,
// the sizes (height 1, max-height 2, width 4, max-width 8), the overflows
// (x 1, y 2) and what grows a box (paddings bottom 1 and right 2,
// min-height 4, min-width 8).
var boxProps = map[string]boxProp{
	"left": {boxOff, offLeft}, "top": {boxOff, offTop}, "text-indent": {boxOff, offIndent},
	"margin-left": {boxOff, offMarginLeft}, "margin-top": {boxOff, offMarginTop},
	"height": {boxSize, 1}, "max-height": {boxSize, 2}, "width": {boxSize, 4}, "max-width": {boxSize, 8},
	"overflow": {boxOverflow, 3}, "overflow-x": {boxOverflow, 1}, "overflow-y": {boxOverflow, 2},
	"padding": {boxGrow, 3}, "padding-bottom": {boxGrow, 1}, "padding-right": {boxGrow, 2},
	"min-height": {boxGrow, 4}, "min-width": {boxGrow, 8},
}

// note declares r's bits with value v (a switch, not function values,
// so that neither b nor v escapes).
func (b *boxDecl) note(r boxProp, v string) {
	switch r.set {
	case boxOff:
		b.off.note(r.bits, farLength(v))
	case boxSize:
		b.size.note(r.bits, tinyLength(v))
	case boxOverflow:
		b.overflow.note(r.bits, v == "hidden" || v == "clip")
	default:
		b.grow.note(r.bits, grows(v))
	}
}

// declare reads one box property (value lower-cased); false when p is not one.
func (b *boxDecl) declare(p, v string) bool {
	if r, ok := boxProps[p]; ok {
		b.note(r, v)
		return true
	}
	switch p {
	case "position":
		switch v {
		case "absolute", "fixed":
			b.pos = 2
		case "relative", "sticky":
			b.pos = 1
		default:
			b.pos = -1
		}
	case "margin": // top [right [bottom [left]]]: the left is the right's when not given
		f := cssFields(v)
		top, left := "", ""
		switch len(f) {
		case 1:
			top, left = f[0], f[0]
		case 2, 3:
			top, left = f[0], f[1]
		case 4:
			top, left = f[0], f[3]
		}
		b.off.note(offMarginLeft, farLength(left))
		b.off.note(offMarginTop, farLength(top))
	case "transform":
		b.shift = -1
		if farTranslate(v) {
			b.shift = 1
		}
	case "clip":
		b.clip = -1
		if emptyRect(v) {
			b.clip = 1
		}
	case "clip-path":
		b.clipPath = -1
		if emptyClipPath(v) {
			b.clipPath = 1
		}
	case "mso-hide":
		b.mso = -1
		if v == "all" {
			b.mso = 1
		}
	default:
		return false
	}
	return true
}

// farLength: v is a length of farOffset pixels or farther left or up
// (cssPx: absolute units and em or rem at 16 pixels, calc() of them; a
// percentage or a viewport unit depends on what the reading does not
// know).
func farLength(v string) bool {
	px, ok := cssPx(v)
	return ok && px <= farOffset
}

// farTranslate: a transform with a translate function that moves the
// element far off the screen (translateX(-9999px), translate(0,-9999px),
// translate3d).
func farTranslate(v string) bool {
	for len(v) > 0 {
		i := strings.Index(v, "translate")
		if i < 0 {
			return false
		}
		v = v[i+len("translate"):]
		open := strings.IndexByte(v[:min(len(v), 3)], '(') // translate(, translatex(, translate3d(
		if open < 0 {
			continue
		}
		end := strings.IndexByte(v[open:], ')')
		if end < 0 {
			return false
		}
		for _, a := range strings.FieldsFunc(v[open+1:open+end], func(r rune) bool { return r == ',' || r == ' ' }) {
			if farLength(a) {
				return true
			}
		}
		v = v[open+end+1:]
	}
	return false
}

// emptyRect: clip:rect(top, right, bottom, left) draws nothing (bottom
// at or above top, or right at or left of left: rect(0 0 0 0),
// rect(1px,1px,1px,1px)).
func emptyRect(v string) bool {
	if !strings.HasPrefix(v, "rect(") || !strings.HasSuffix(v, ")") {
		return false
	}
	f := strings.FieldsFunc(v[len("rect("):len(v)-1], func(r rune) bool { return r == ',' || r == ' ' })
	if len(f) != 4 {
		return false
	}
	var n [4]float64
	for i, s := range f {
		x, ok := cssLength(s)
		if !ok || cssUnit(s) != "px" && x != 0 {
			return false // auto, or units not compared
		}
		n[i] = x
	}
	return n[2] <= n[0] || n[1] <= n[3]
}

// emptyClipPath: clip-path draws nothing: inset(50%) or more, circle(0).
func emptyClipPath(v string) bool {
	arg := func(fn string) (string, bool) {
		if !strings.HasPrefix(v, fn+"(") || !strings.HasSuffix(v, ")") {
			return "", false
		}
		return strings.TrimSpace(v[len(fn)+1 : len(v)-1]), true
	}
	if a, ok := arg("inset"); ok {
		f := strings.Fields(a)
		if len(f) == 0 || !strings.HasSuffix(f[0], "%") {
			return false
		}
		n, ok := cssLength(f[0])
		return ok && n >= 50 && len(f) == 1
	}
	if a, ok := arg("circle"); ok {
		f := strings.Fields(a)
		if len(f) == 0 {
			return false
		}
		n, ok := cssLength(f[0])
		return ok && n == 0
	}
	return false
}
