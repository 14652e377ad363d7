package links

import (
	"bytes"
	"html"
	"strings"
)

// selectField is a <select> being read, a field of its form (getForm)
// sent with the values of its selected options (the HTML standard's form
// data set and its selectedness setting algorithm): without multiple, the
// last option written selected, else (in a drop-down, display size 1) the
// first option not disabled; with multiple, each option written
// selected. A disabled option (its own disabled attribute, or its
// optgroup's) is not sent even when selected. An option's value is its
// value attribute, else its text, white space stripped and collapsed.
type selectField struct {
	off        int
	form       int // the form open at the select (getForm.open), when not named
	name, id   string
	named      bool
	multiple   bool
	dropDown   bool // display size 1: no multiple, no size above 1
	groupOff   bool // inside a disabled <optgroup>
	opt        *selectOption
	first      string // the first option not disabled
	hasFirst   bool
	last       selectOption // without multiple: the last option written selected
	hasLast    bool
	chosen     []string // with multiple: the selected options not disabled
	chosenFull bool
}

// selectOption is an <option> of the open select.
type selectOption struct {
	value    string
	hasValue bool // a value attribute: the text is not read
	text     []byte
	selected bool
	disabled bool
}

// selectStart opens a <select> at offset off as a field of its form:
// not one inside foreign content, a disabled one, one of no name, one
// outside any form that names none, nor one inside a conditional comment
// or a <noscript> re-read (unparsed: no element for a browser, so its
// options must not stand before the form's real fields). An open select
// ends first (a <select> inside a select closes it, as the parser reads it).
func (s *htmlScanner) selectStart(off int, selfClosing bool) {
	s.selectEnd()
	name, fa := s.attr("name"), s.attr("form")
	if s.foreign > 0 || s.unparsed > 0 || selfClosing || name == nil || fa == nil && s.gf.open < 0 || s.disabled() {
		return
	}
	f := &selectField{off: off, form: s.gf.open, name: s.value(name), id: s.valueOr(fa), named: fa != nil}
	f.multiple = s.attr("multiple") != nil
	size := 0
	if a := s.attr("size"); a != nil {
		size = parseNonNegative(s.value(a))
	}
	f.dropDown = !f.multiple && size <= 1
	s.sel = f
}

// parseNonNegative is the HTML rules for parsing a non-negative integer
// on v (white space before, digits, anything after), -1 when v has none.
func parseNonNegative(v string) int {
	v = strings.TrimLeft(v, " \t\n\r\f")
	v = strings.TrimPrefix(v, "+")
	n, digits := 0, 0
	for ; digits < len(v) && v[digits] >= '0' && v[digits] <= '9'; digits++ {
		if n < 1<<20 {
			n = n*10 + int(v[digits]-'0')
		}
	}
	if digits == 0 {
		return -1
	}
	return n
}

// inSelect: a select is open and the markup read is the document's, not
// a conditional comment's or a <noscript> re-read (unparsed): a
// browser has no element there, and a comment's text is no option's
// text (<option><!--[if mso]>https://good.example/#<![endif]-->...).
// A select opens only where unparsed is 0 (selectStart).
func (s *htmlScanner) inSelect() bool {
	return s.sel != nil && s.unparsed == 0
}

// selectTag reads a start tag (name) inside the open select: an option
// or an optgroup; an input, a textarea or a keygen ends the select, as
// the parser reads them.
func (s *htmlScanner) selectTag(name string) {
	f := s.sel
	switch name {
	case "option":
		f.endOption()
		o := &selectOption{selected: s.attr("selected") != nil, disabled: f.groupOff || s.attr("disabled") != nil}
		if a := s.attr("value"); a != nil {
			o.value, o.hasValue = s.value(a), true
		}
		f.opt = o
	case "optgroup":
		f.endOption()
		f.groupOff = s.attr("disabled") != nil
	case "input", "textarea", "keygen":
		s.selectEnd()
	}
}

// selectEndTag reads an end tag (name) inside the open select.
func (s *htmlScanner) selectEndTag(name string) {
	switch name {
	case "option":
		s.sel.endOption()
	case "optgroup":
		s.sel.endOption()
		s.sel.groupOff = false
	case "select":
		s.selectEnd()
	}
}

// selectText adds raw, text inside the open select, to its open option.
func (s *htmlScanner) selectText(raw []byte) {
	if o := s.sel.opt; o != nil && !o.hasValue && len(o.text) <= MaxURLBytes {
		o.text = append(o.text, raw[:min(len(raw), MaxURLBytes+1-len(o.text))]...)
	}
}

// endOption ends the open option, noting it when it may be sent.
func (f *selectField) endOption() {
	o := f.opt
	if o == nil {
		return
	}
	f.opt = nil
	if !o.hasValue {
		t := string(o.text)
		if strings.IndexByte(t, '&') >= 0 {
			t = html.UnescapeString(t)
		}
		o.value = collapseSpace(t)
		o.text = nil
	}
	if !o.disabled && !f.hasFirst {
		f.first, f.hasFirst = o.value, true
	}
	if !o.selected {
		return
	}
	if !f.multiple {
		f.last, f.hasLast = *o, true
		return
	}
	if !o.disabled {
		if len(f.chosen) < maxFormFields {
			f.chosen = append(f.chosen, o.value)
		}
	}
}

// collapseSpace strips and collapses ASCII white space in t.
func collapseSpace(t string) string {
	if !strings.ContainsAny(t, " \t\n\r\f") {
		return t
	}
	var b bytes.Buffer
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r < 0x80 && isHTMLSpace(byte(r)) }) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// selectEnd ends the open select (none: nothing), adding the values it
// sends to its form's fields.
func (s *htmlScanner) selectEnd() {
	f := s.sel
	if f == nil {
		return
	}
	s.sel = nil
	f.endOption()
	var values []string
	switch {
	case f.multiple:
		values = f.chosen
	case f.hasLast:
		if !f.last.disabled {
			values = []string{f.last.value}
		}
	case f.dropDown && f.hasFirst:
		values = []string{f.first}
	}
	for _, v := range values {
		s.gf.fieldIn(f.form, f.off, f.name, v, f.id, f.named, false)
	}
}
