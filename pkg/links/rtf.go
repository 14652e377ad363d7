package links

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// RTF attachments: Word opens an RTF file (.rtf, and one named .doc) and
// shows a HYPERLINK field as a link the reader clicks:
//
//	{\field{\*\fldinst HYPERLINK "https://..."}{\fldrslt Open statement}}
//
// rtfLinks reads one pass over the document, keeping its text (escapes
// \'hh and \uN decoded) apart from the text of field instructions and of
// destinations no reader shows (font tables, pictures, embedded objects'
// data). A HYPERLINK field's target, and the URLs written in the text, are
// KindRTF links, never rewritten. So is the document's template
// ({\*\template https://...}), which Word loads by itself when it opens
// the document ("RTF template injection"), flagged FlagAutoLoad. It runs
// nothing and fetches nothing (INCLUDEPICTURE, templates); a document that
// does not start as RTF does ("{\rt", what Word checks) yields nothing.

// Bounds of the reader: nested groups followed (deeper ones share the
// state of the deepest), bytes of one field instruction, and of one
// control word's name and parameter.
const (
	maxRTFDepth = 128
	maxRTFInst  = 4096
	maxRTFWord  = 32
)

// rtfSkipped are destinations whose text no reader sees.
var rtfSkipped = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true, "objdata": true,
	"themedata": true, "colorschememapping": true, "datastore": true, "latentstyles": true, "listtable": true,
	"listoverridetable": true, "rsidtbl": true, "generator": true, "xmlnstbl": true, "filetbl": true,
	"revtbl": true, "pgdsctbl": true, "fldtype": true, "datafield": true, "bkmkstart": true, "bkmkend": true,
}

// rtfDest is where a group's characters go.
type rtfDest uint8

const (
	rtfText rtfDest = iota // the document's text
	rtfInst                // a field instruction
	rtfSkip                // a destination no reader shows
)

// rtfGroup is the state of one group: where its characters go, how many
// fallback characters follow a \uN, and whether a field instruction
// starts in it (and ends with it).
type rtfGroup struct {
	dest     rtfDest
	uc       int
	instRoot bool
}

// rtfLink is a link found in an RTF document and its offset there.
type rtfLink struct {
	uri  string
	off  int
	auto bool // the document's template, loaded when it opens
}

// rtfReader is the state of one pass over a document.
type rtfReader struct {
	doc     []byte
	stack   []rtfGroup
	extra   int  // groups opened past maxRTFDepth
	starred bool // "\*" just read: an unknown destination follows
	skipN   int  // fallback characters of a \uN still to drop
	text    []byte
	textLen int // bytes of text so far (also when text is not kept)
	inst    []byte
	instAt  int
	tmpl    bool // the instruction being read is the template's address
	fields  []rtfLink
	limit   int
	stop    *stopper // looked at every rtfCheckEvery bytes
	// want are offsets in the text, ascending, whose characters' offsets
	// in doc the second pass records in at; the first pass (want nil)
	// keeps the text. Mapping so costs a second pass, where a table of
	// runs of text cost 16 bytes for each character set apart in doc
	// ("a\r" repeated: 8 times the document's size).
	want []int
	at   []int
}

// isRTF: the document starts as Word reads RTF.
func isRTF(doc []byte) bool {
	return bytes.HasPrefix(doc, []byte(`{\rt`))
}

// rtfLinks returns at most limit links of the RTF document doc: the
// targets of its HYPERLINK fields, then the URLs in its text (those that
// are no field's target), each with its offset in doc. Once stop is set
// it returns the fields read so far.
func rtfLinks(doc []byte, limit int, stop *stopper) []rtfLink {
	if !isRTF(doc) || limit <= 0 {
		return nil
	}
	r := &rtfReader{doc: doc, stack: []rtfGroup{{uc: 1}}, limit: limit, stop: stop}
	if !r.run() {
		return r.fields
	}
	out := r.fields
	seen := map[string]bool{}
	for _, f := range out {
		seen[f.uri] = true
	}
	var starts []int
	first := len(out)
	scanText(r.text, scanMode{}, func(u textURL) bool {
		if raw := string(r.text[u.start:u.end]); !seen[raw] {
			seen[raw] = true
			out = append(out, rtfLink{uri: raw})
			starts = append(starts, u.start)
		}
		return len(out) < limit
	})
	if len(starts) > 0 {
		// The second pass finds the text URLs' offsets in doc.
		m := &rtfReader{doc: doc, stack: []rtfGroup{{uc: 1}}, limit: limit, want: starts, stop: stop}
		if !m.run() {
			return out[:first]
		}
		for i := range starts {
			if i < len(m.at) {
				out[first+i].off = m.at[i]
			}
		}
	}
	return out
}

// rtfCheckEvery is how many bytes of a document run reads between two
// looks at its stopper.
const rtfCheckEvery = 64 << 10

// run reads the document once; false when its stopper stopped it.
func (r *rtfReader) run() bool {
	doc := r.doc
	check := rtfCheckEvery
	for i := 0; i < len(doc) && len(r.fields) < r.limit; {
		if i >= check {
			if r.stop.stopped() {
				return false
			}
			check = i + rtfCheckEvery
		}
		switch c := doc[i]; c {
		case '{':
			r.open()
			i++
		case '}':
			r.close()
			i++
		case '\\':
			i = r.control(i)
		case '\r', '\n':
			i++
		default:
			r.char(rune(c), i)
			i++
		}
	}
	return true
}

func (r *rtfReader) top() *rtfGroup { return &r.stack[len(r.stack)-1] }

// open starts a group, which inherits its parent's state.
func (r *rtfReader) open() {
	if len(r.stack) >= maxRTFDepth {
		r.extra++
		return
	}
	g := *r.top()
	g.instRoot = false
	r.stack = append(r.stack, g)
	r.starred = false
}

// close ends a group; the end of a field instruction's group reads it.
func (r *rtfReader) close() {
	r.starred = false
	if r.extra > 0 {
		r.extra--
		return
	}
	if len(r.stack) == 1 {
		return // an unbalanced brace: the document's own group stays
	}
	if r.top().instRoot {
		r.field()
	}
	r.stack = r.stack[:len(r.stack)-1]
}

// control reads the control word or symbol at doc[i] ('\\') and returns
// the offset after it.
func (r *rtfReader) control(i int) int {
	doc := r.doc
	if i+1 >= len(doc) {
		return len(doc)
	}
	c := doc[i+1]
	switch {
	case isAlpha(c):
		return r.word(i)
	case c == '\'':
		if i+3 < len(doc) {
			if h, ok := unhex(doc[i+2]); ok {
				if l, ok := unhex(doc[i+3]); ok {
					r.char(latin1(h<<4|l), i)
					return i + 4
				}
			}
		}
		return min(len(doc), i+2)
	case c == '*':
		r.starred = true
	case c == '~':
		r.char(' ', i)
	case c == '_':
		r.char('-', i)
	case c == '\\' || c == '{' || c == '}':
		r.char(rune(c), i)
	case c == '\r' || c == '\n':
		r.char('\n', i) // a paragraph break
	}
	return i + 2
}

// latin1 is the character of a \'hh escape: code pages agree with
// Latin-1 on what a URL holds.
func latin1(b byte) rune { return rune(b) }

// word reads the control word at doc[i] ("\name", an optional signed
// number, an optional space) and applies it.
func (r *rtfReader) word(i int) int {
	doc := r.doc
	j := i + 1
	for j < len(doc) && j-i <= maxRTFWord && isAlpha(doc[j]) {
		j++
	}
	name := string(doc[i+1 : j])
	k, neg := j, j < len(doc) && doc[j] == '-'
	if neg {
		k++
	}
	n, digits := 0, 0
	for k < len(doc) && doc[k] >= '0' && doc[k] <= '9' && digits < 10 {
		n = n*10 + int(doc[k]-'0')
		k++
		digits++
	}
	if digits == 0 {
		k = j // a lone '-' is text
	}
	if neg {
		n = -n
	}
	if k < len(doc) && doc[k] == ' ' {
		k++
	}
	r.apply(name, n, digits > 0, i)
	if name == "bin" && digits > 0 && n > 0 {
		return min(len(doc), k+n) // binary data
	}
	return k
}

// apply acts on a control word.
func (r *rtfReader) apply(name string, n int, hasN bool, at int) {
	starred := r.starred
	r.starred = false
	g := r.top()
	switch {
	case name == "fldinst" || name == "template":
		if g.dest != rtfSkip && !g.instRoot && r.extra == 0 {
			g.dest, g.instRoot = rtfInst, true
			r.inst, r.instAt, r.tmpl = r.inst[:0], at, name == "template"
		}
	case rtfSkipped[name] || starred:
		g.dest = rtfSkip
	case name == "uc" && hasN:
		g.uc = max(0, min(n, 8))
	case name == "u" && hasN:
		if n < 0 {
			n += 65536
		}
		r.char(rune(n), at)
		r.skipN = g.uc
	case name == "par" || name == "line" || name == "sect" || name == "page" || name == "cell" || name == "row":
		r.char('\n', at)
	case name == "tab":
		r.char(' ', at)
	}
}

// char adds one character at doc offset at where its group sends it,
// unless it is the fallback of a \uN.
func (r *rtfReader) char(c rune, at int) {
	if r.skipN > 0 {
		r.skipN--
		return
	}
	switch r.top().dest {
	case rtfText:
		var buf [utf8.UTFMax]byte
		n := len(utf8.AppendRune(buf[:0], c))
		if r.want == nil {
			r.text = append(r.text, buf[:n]...)
		}
		for len(r.want) > 0 && r.want[0] < r.textLen+n {
			r.at = append(r.at, at)
			r.want = r.want[1:]
		}
		r.textLen += n
	case rtfInst:
		if len(r.inst) < maxRTFInst {
			r.inst = utf8.AppendRune(r.inst, c)
		}
	}
}

// field reads the instruction of the field whose group ends: the target of
// a HYPERLINK.
func (r *rtfReader) field() {
	if r.tmpl {
		if u := strings.TrimSpace(string(r.inst)); u != "" {
			r.fields = append(r.fields, rtfLink{uri: u, off: r.instAt, auto: true})
		}
	} else if u, ok := hyperlinkTarget(string(r.inst)); ok {
		r.fields = append(r.fields, rtfLink{uri: u, off: r.instAt})
	}
	r.inst, r.tmpl = r.inst[:0], false
}

// hyperlinkTarget is the address of a HYPERLINK field instruction
// (HYPERLINK "https://..." \o "tip"): its first argument that is no
// switch; \l (a place in the document), \o (a tip) and \t (a frame) take
// one of their own.
func hyperlinkTarget(inst string) (string, bool) {
	rest := strings.TrimLeft(inst, " \t\r\n")
	if len(rest) < 9 || !strings.EqualFold(rest[:9], "HYPERLINK") {
		return "", false
	}
	rest = rest[9:]
	for {
		var tok string
		tok, rest = fieldToken(rest)
		switch {
		case tok == "":
			return "", false
		case strings.EqualFold(tok, `\l`), strings.EqualFold(tok, `\o`), strings.EqualFold(tok, `\t`):
			_, rest = fieldToken(rest)
		case strings.HasPrefix(tok, `\`):
		default:
			return tok, true
		}
	}
}

// fieldToken is the next argument of a field instruction (quoted, or up
// to white space) and what follows it.
func fieldToken(s string) (string, string) {
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" {
		return "", ""
	}
	if s[0] == '"' {
		tok, rest, _ := strings.Cut(s[1:], `"`)
		return tok, rest
	}
	if i := strings.IndexAny(s, " \t\r\n"); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// scanRTF adds the links of an RTF attachment, at most MaxPartBytes of it
// decoded, as KindRTF links at their offsets in it; Context is the
// message's lead.
func (sc *scan) scanRTF(l leaf, c *collector, opts Options) {
	doc, _ := sc.attachment(l, c, opts)
	sc.readRTF(doc, c)
}

// readRTF adds the links of the RTF document doc (an attachment, or a
// file in an archive).
func (sc *scan) readRTF(doc []byte, c *collector) {
	for _, u := range rtfLinks(doc, c.max-len(c.links), c.stop) {
		c.addAttached(u.uri, KindRTF, true, u.off, u.off, autoFlag(u.auto))
	}
}
