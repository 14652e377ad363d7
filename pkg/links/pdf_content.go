package links

import "bytes"

// Content streams (ISO 32000-1, 9.4): a page draws its text with the
// operators of text objects: Tf selects a font of the page's resources by
// name, and Tj, TJ, ' and " show strings, each code of which the font
// maps to text (pdf_font.go). textRun reads what they show in the order
// written, which is mostly reading order, and a line or text object ends
// a word; a TJ array's displacement of a word space or more does too.
// Strings given to any other operator (marked content properties) are no
// text. Inline images (BI ... ID data EI) are skipped.

// Bounds: the text kept of a page (twice what a link's context can use on
// either side of it, and more, as spaces collapse), and the text of the
// strings waiting for their operator.
const (
	maxPageText    = 4 * contextRadius
	maxPendingText = 4 << 10
)

// tjWordSpace is the TJ displacement (thousandths of a text space unit, a
// negative number moving right) from which a gap reads as a word space.
const tjWordSpace = -200

// textRun reads the text a page's content streams show.
type textRun struct {
	out     []byte   // the page's text so far
	pending []byte   // text of the strings among the operands read
	font    *pdfFont // the font selected (nil: its strings are not read)
	name    []byte   // the last name operand
	inArray bool
	fonts   func(name string) *pdfFont
}

// full: the page holds all the text its links can use.
func (t *textRun) full() bool { return len(t.out) >= maxPageText }

// read reads one content stream.
func (t *textRun) read(c []byte) {
	pdfTokens(c, func(tok pdfToken) bool {
		if t.full() {
			return false
		}
		t.token(tok)
		return true
	})
	t.space()
}

// token reads one token.
func (t *textRun) token(tok pdfToken) {
	switch tok.kind {
	case '(':
		t.show(tok.raw)
	case '<':
		if tok.ok {
			t.show(tok.raw)
		}
	case '[', ']':
		t.inArray = tok.kind == '['
	case '/':
		t.name = tok.raw
	case 'w':
		t.word(tok.raw)
	}
}

// word reads a number or an operator.
func (t *textRun) word(w []byte) {
	if n, ok := tjNumber(w); ok {
		if t.inArray && n <= tjWordSpace {
			t.pending = append(t.pending, ' ')
		}
		return
	}
	switch string(w) {
	case "Tj", "TJ":
		t.flush()
	case "'", `"`:
		t.space()
		t.flush()
	case "Tf":
		t.font = t.fonts(string(t.name))
	case "BT", "ET", "T*", "Td", "TD", "Tm":
		t.space()
	}
	t.pending, t.inArray = t.pending[:0], false
}

// tjNumber reads the integer part of a number operand ("-250.5" is -250).
func tjNumber(w []byte) (int, bool) {
	i, neg := 0, false
	if len(w) > 0 && (w[0] == '-' || w[0] == '+') {
		i, neg = 1, w[0] == '-'
	}
	if i == len(w) || w[i] != '.' && (w[i] < '0' || w[i] > '9') {
		return 0, false
	}
	n := 0
	for ; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		n = min(n*10+int(w[i]-'0'), 1<<20)
	}
	if neg {
		n = -n
	}
	return n, true
}

// show reads a string operand in the current font.
func (t *textRun) show(raw []byte) {
	if t.font != nil && len(t.pending) < maxPendingText {
		t.pending = t.font.appendText(t.pending, raw)
	}
}

// flush adds the strings a showing operator shows to the page's text;
// control characters read as spaces.
func (t *textRun) flush() {
	for _, c := range t.pending {
		if c < ' ' {
			c = ' '
		}
		if c != ' ' || len(t.out) > 0 && t.out[len(t.out)-1] != ' ' {
			t.out = append(t.out, c)
		}
	}
}

// space ends a word.
func (t *textRun) space() {
	if len(t.out) > 0 && t.out[len(t.out)-1] != ' ' {
		t.out = append(t.out, ' ')
	}
}

// pdfToken is one token of a content stream (pdfTokens): kind '(' a
// literal string and '<' a hex string (raw decoded, ok: well formed), '['
// or ']', '/' a name (raw without the slash), 'w' a number or an
// operator, 0 any other delimiter.
type pdfToken struct {
	kind byte
	raw  []byte
	ok   bool
}

// pdfTokens passes a content stream's tokens in order to visit until it
// returns false. An inline image's data after the BI operator (visited)
// is no tokens: it is skipped. The readers of
// a page's text (textRun) and of its filled rectangles (rectRun) share it.
func pdfTokens(c []byte, visit func(pdfToken) bool) {
	for i := skipPDFSpace(c, 0); i < len(c); i = skipPDFSpace(c, i) {
		var tok pdfToken
		tok, i = nextPDFToken(c, i)
		if !visit(tok) {
			return
		}
		if tok.kind == 'w' && string(tok.raw) == "BI" {
			i = inlineImageEnd(c, i)
		}
	}
}

// nextPDFToken reads the token at c[i] and returns the offset after it.
func nextPDFToken(c []byte, i int) (pdfToken, int) {
	switch ch := c[i]; {
	case ch == '(':
		raw, next, ok := literalString(c, i+1)
		return pdfToken{'(', raw, ok}, max(next, i+1)
	case ch == '<' && !bytes.HasPrefix(c[i:], []byte("<<")):
		raw, next, ok := hexString(c, i+1)
		return pdfToken{'<', raw, ok}, max(next, i+1)
	case ch == '[' || ch == ']':
		return pdfToken{kind: ch}, i + 1
	case ch == '/':
		end := nameEnd(c, i+1)
		return pdfToken{kind: '/', raw: c[i+1 : end]}, end
	case pdfDelimiter(ch):
		return pdfToken{}, i + 1
	}
	end := max(nameEnd(c, i), i+1)
	return pdfToken{kind: 'w', raw: c[i:end]}, end
}

// inlineImageEnd is the offset after an inline image's data: after the
// "EI" that follows "ID" and white space, itself followed by a delimiter
// (or the end), from i just after "BI".
func inlineImageEnd(c []byte, i int) int {
	id := bytes.Index(c[i:], []byte("ID"))
	if id < 0 {
		return len(c)
	}
	for pos := i + id + 2; ; {
		k := bytes.Index(c[pos:], []byte("EI"))
		if k < 0 {
			return len(c)
		}
		at := pos + k
		pos = at + 2
		if at > 0 && isPDFSpace(c[at-1]) && (pos == len(c) || pdfDelimiter(c[pos])) {
			return pos
		}
	}
}

// isPDFSpace: a white-space character (ISO 32000-1, 7.2.2).
func isPDFSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}
