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
// reach a bounded reading cannot know) count, for the classes and ids in
// it. A reading, not a CSS engine: specificity is class then id, then
// the style attribute, each later rule over an earlier one.
type hideRules struct {
	classes, ids map[string]*hideDecl
}

// Bounds of the reading: the style bytes read in all, the rules kept.
const (
	maxRuleBytes = 256 << 10
	maxHideRules = 256
)

// readHideRules reads the <style> elements of doc; nil when none
// declares anything about visibility.
func readHideRules(doc []byte) *hideRules {
	var r *hideRules
	budget, kept := maxRuleBytes, 0
	for off := 0; budget > 0 && kept < maxHideRules; {
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
		r = readCSS(css, r, &kept)
	}
	return r
}

// readCSS reads the top-level rules of one style sheet into r (allocated
// when a rule counts) and returns it.
func readCSS(css []byte, r *hideRules, kept *int) *hideRules {
	css = stripCSSComments(css)
	for len(css) > 0 && *kept < maxHideRules {
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
		if len(sel) == 0 || sel[0] == '@' || bytes.IndexByte(body, '{') >= 0 {
			continue // an at-rule's block (@media, @font-face) or nested rules
		}
		var d hideDecl
		parseStyle(body, &d)
		if !d.set() {
			continue
		}
		names, ok := simpleSelectors(sel)
		if !ok {
			continue
		}
		if r == nil {
			r = &hideRules{classes: map[string]*hideDecl{}, ids: map[string]*hideDecl{}}
		}
		for _, n := range names {
			m := r.classes
			if n[0] == '#' {
				m = r.ids
			}
			key := n[1:]
			if old, ok := m[key]; ok {
				old.merge(&d)
			} else {
				dd := d
				m[key] = &dd
			}
			*kept++
		}
	}
	return r
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

// simpleSelectors returns the class (".x") or id ("#x") each selector of
// sel names, lower case; false unless every selector is one compound of
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
		out = append(out, c[i:])
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

// declFor is what the rules r declare for an element of this class
// attribute value and id, into d.
func (r *hideRules) declFor(class, id string, d *hideDecl) {
	if r == nil {
		return
	}
	for c := range strings.FieldsSeq(class) {
		if cd, ok := r.classes[asciiLower(c)]; ok {
			d.merge(cd)
		}
	}
	if id = strings.TrimSpace(id); id != "" {
		if idd, ok := r.ids[asciiLower(id)]; ok {
			d.merge(idd)
		}
	}
}
