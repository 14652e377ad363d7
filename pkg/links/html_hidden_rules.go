package links

import (
	"bytes"
	"strings"
)

// hideRules holds what a document's <style> rules declare about
// visibility for a class or an id: only rules outside at-rules (a rule in
// @media applies on some screens only, a responsive design's mobile or
// desktop block) whose every selector is one simple compound (".pre",
// "#x", "span.hide"; no combinator, attribute or pseudo-class, whose
// reach a bounded reading cannot know) hide, for the classes and ids in
// it (a tag name in the compound limits it to that element). A reading,
// not a CSS engine: specificity is class then id, then the style
// attribute, each later rule over an earlier one.
//
// Every rule, simple or not, inside @media and other at-rules too, that
// can show what another hides (a display other than none, a readable
// font size, a colour, a background, an animation) is kept in show, by
// the classes and ids its selector names (or by the element it names,
// "*" when it names none: [hidden], *): an element such a rule may reach
// is not trusted hidden by what it undoes (hideDecl.distrust). Mail
// clients differ, and a reader who sees what the reading drops is worse
// off than a filter that reads a hidden decoy.
type hideRules struct {
	classes, ids map[string]*hideDecl // by name, or tag + "." / "#" + name
	show         map[string]showRule  // by ".name", "#name", a tag name or "*"
	showAll      showMask             // what any element may be shown by (too many rules to keep)
}

// showMask is a set of properties a rule declares that can show an
// element another declaration hides.
type showMask uint16

const (
	showDisplay showMask = 1 << iota
	showFont
	showColor
	showBg
	showAnim
	showPos      // a static position
	showOff      // an offset or a transform that is not far
	showClip     // a clip or clip-path that draws
	showSize     // a size that draws
	showMso      // mso-hide other than all
	showInline   // display:inline, where a size does not size the box
	showGrow     // a padding or a least size that shows a line of a box of zero size
	showOverflow // an overflow that draws

	showBox = showPos | showOff | showClip | showSize | showMso | showInline | showGrow | showOverflow
)

// showRule is what rules show for one key, and the !important part.
type showRule struct{ show, imp showMask }

// Bounds of the reading: the style bytes read in all, the rules kept,
// the depth of nested blocks read.
const (
	maxRuleBytes = 256 << 10
	maxHideRules = 256
	maxCSSDepth  = 4
)

// readHideRules reads the <style> elements of doc; nil when none
// declares anything about visibility.
func readHideRules(doc []byte) *hideRules {
	var r *hideRules
	budget, kept := maxRuleBytes, 0
	for off := 0; budget > 0; {
		i := indexFold(doc[off:], "<style")
		if i < 0 {
			break
		}
		start := off + i + len("<style")
		gt := bytes.IndexByte(doc[start:], '>')
		if gt < 0 {
			break
		}
		start += gt + 1
		end := indexFold(doc[start:], "</style")
		if end < 0 {
			end = len(doc) - start
		}
		css := doc[start : start+min(end, budget)]
		budget -= len(css)
		off = start + end
		r = readCSS(stripCSSComments(css), r, &kept, 0)
	}
	return r
}

// readCSS reads the rules of one style sheet (or an at-rule's block, at
// depth) into r (allocated when a rule counts) and returns it.
func readCSS(css []byte, r *hideRules, kept *int, depth int) *hideRules {
	for len(css) > 0 {
		open := bytes.IndexByte(css, '{')
		if open < 0 {
			return r
		}
		sel := bytes.TrimSpace(css[:open])
		if k := bytes.LastIndexAny(sel, ";}"); k >= 0 { // a stray end or an @import before
			sel = bytes.TrimSpace(sel[k+1:])
		}
		body, rest := cssBlock(css[open+1:])
		css = rest
		if len(sel) > 0 && sel[0] == '@' || bytes.IndexByte(body, '{') >= 0 {
			if depth < maxCSSDepth { // @media, @supports, nested rules: read for what they show
				r = readCSS(body, r, kept, depth+1)
			} else {
				r = r.alloc()
				r.showAll |= showDisplay | showFont | showColor | showBg | showBox
			}
			continue
		}
		var d hideDecl
		parseStyle(body, &d)
		if !d.set() {
			continue
		}
		r = r.alloc()
		r.addShow(sel, &d, kept)
		if depth > 0 {
			continue
		}
		if names, ok := simpleSelectors(sel); ok {
			r.addHide(names, &d, kept)
		}
	}
	return r
}

// alloc is r, allocated when nil.
func (r *hideRules) alloc() *hideRules {
	if r == nil {
		r = &hideRules{classes: map[string]*hideDecl{}, ids: map[string]*hideDecl{}, show: map[string]showRule{}}
	}
	return r
}

// addShow keeps what the rule sel { d } may show, by the keys of sel.
func (r *hideRules) addShow(sel []byte, d *hideDecl, kept *int) {
	m := d.shows()
	if m == 0 {
		return
	}
	for _, k := range selectorKeys(sel) {
		if *kept >= maxHideRules {
			r.showAll |= m
			continue
		}
		old, ok := r.show[k]
		if !ok {
			*kept++
		}
		r.show[k] = showRule{old.show | m, old.imp | d.imp&m}
	}
}

// addHide keeps a simple rule's declarations by its names.
func (r *hideRules) addHide(names []string, d *hideDecl, kept *int) {
	for _, n := range names {
		if *kept >= maxHideRules {
			return
		}
		i := strings.IndexAny(n, ".#")
		m, key := r.classes, n[i+1:]
		if n[i] == '#' {
			m = r.ids
		}
		if i > 0 {
			key = n[:i] + "." + key // tag-qualified: tag.name
		}
		if old, ok := m[key]; ok {
			old.merge(d)
		} else {
			dd := *d
			m[key] = &dd
		}
		*kept++
	}
}

// selectorKeys are the keys of show a selector list reaches: every class
// and id it names (".x", "#y"), and for a selector whose subject (its
// last compound) names neither, the subject's tag name, or "*".
func selectorKeys(sel []byte) []string {
	var out []string
	for one := range bytes.SplitSeq(sel, []byte(",")) {
		c := string(lowerBytes(bytes.TrimSpace(one)))
		for i := 0; i < len(c); i++ {
			if c[i] != '.' && c[i] != '#' {
				continue
			}
			j := i + 1
			for j < len(c) && (c[j] == '-' || c[j] == '_' || c[j] >= '0' && c[j] <= '9' || c[j] >= 'a' && c[j] <= 'z' || c[j] >= 0x80 || c[j] == '\\') {
				j++
			}
			if j > i+1 {
				out = append(out, c[i:j])
			}
			i = j - 1
		}
		subj := c
		if k := strings.LastIndexAny(c, " \t\n>+~"); k >= 0 {
			subj = c[k+1:]
		}
		if strings.ContainsAny(subj, ".#") {
			continue
		}
		j := 0
		for j < len(subj) && (subj[j] == '-' || subj[j] >= '0' && subj[j] <= '9' || subj[j] >= 'a' && subj[j] <= 'z') {
			j++
		}
		if j > 0 {
			out = append(out, subj[:j])
		} else {
			out = append(out, "*")
		}
	}
	return out
}

// cssBlock splits b, just after a '{', at its matching '}': the block's
// content and what follows it (the rest of b when it is not closed).
func cssBlock(b []byte) ([]byte, []byte) {
	depth := 1
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return b[:i], b[i+1:]
			}
		}
	}
	return b, nil
}

// stripCSSComments is css without its /* */ comments (and the HTML
// comment markers a <style> may be wrapped in).
func stripCSSComments(css []byte) []byte {
	if bytes.Contains(css, []byte("<!--")) || bytes.Contains(css, []byte("-->")) {
		css = bytes.ReplaceAll(bytes.ReplaceAll(css, []byte("<!--"), nil), []byte("-->"), nil)
	}
	if !bytes.Contains(css, []byte("/*")) {
		return css
	}
	out := make([]byte, 0, len(css))
	for {
		i := bytes.Index(css, []byte("/*"))
		if i < 0 {
			return append(out, css...)
		}
		out = append(out, css[:i]...)
		j := bytes.Index(css[i+2:], []byte("*/"))
		if j < 0 {
			return out
		}
		css = css[i+2+j+2:]
		out = append(out, ' ')
	}
}

// simpleSelectors returns each selector of sel (".x", "#x", "span.x"),
// lower case; false unless every selector is one compound of
// an optional tag name and exactly one class or id.
func simpleSelectors(sel []byte) ([]string, bool) {
	var out []string
	for one := range bytes.SplitSeq(sel, []byte(",")) {
		c := string(lowerBytes(bytes.TrimSpace(one)))
		i := strings.IndexAny(c, ".#")
		if i < 0 || !cssIdent(c[:i]) && i > 0 {
			return nil, false
		}
		name := c[i+1:]
		if name == "" || !cssIdent(name) {
			return nil, false
		}
		out = append(out, c)
	}
	return out, len(out) > 0
}

// cssIdent: s is a plain name (letters, digits, '-', '_').
func cssIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return s != ""
}

// declFor is what the rules r declare for an element of this tag name,
// class attribute value and id, into d.
func (r *hideRules) declFor(name, class, id string, d *hideDecl) {
	if r == nil {
		return
	}
	var buf [64]byte
	look := func(m map[string]*hideDecl, n string) {
		n = asciiLower(n)
		if cd, ok := m[n]; ok {
			d.merge(cd)
		}
		if k := append(append(append(buf[:0], name...), '.'), n...); len(m) > 0 {
			if cd, ok := m[string(k)]; ok {
				d.merge(cd)
			}
		}
	}
	for c := range strings.FieldsSeq(class) {
		look(r.classes, c)
	}
	if id = strings.TrimSpace(id); id != "" {
		look(r.ids, id)
	}
}

// showFor is what rules may show on an element of this tag name, class
// attribute value and id, and the !important part.
func (r *hideRules) showFor(name, class, id string) (showMask, showMask) {
	if r == nil {
		return 0, 0
	}
	show, imp := r.showAll, r.showAll
	add := func(k string) {
		if sr, ok := r.show[k]; ok {
			show, imp = show|sr.show, imp|sr.imp
		}
	}
	var buf [64]byte
	for c := range strings.FieldsSeq(class) {
		add(string(append(append(buf[:0], '.'), asciiLower(c)...)))
	}
	if id = strings.TrimSpace(id); id != "" {
		add(string(append(append(buf[:0], '#'), asciiLower(id)...)))
	}
	add(name)
	add("*")
	return show, imp
}
