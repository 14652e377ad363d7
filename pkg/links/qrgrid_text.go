package links

import (
	"bytes"
	"html"
	"unicode/utf8"
)

// QR codes drawn with Unicode block characters: full blocks (U+2588) and
// spaces (or no-break spaces) a module each, or half blocks (U+2580 upper,
// U+2584 lower) two modules one above the other, often two characters a
// module side by side to look square in a monospaced font. blockGrids
// reads runs of lines made only of such characters as grids; a line with
// any other character ends a run, and two blank lines do. Each line is read
// once, and only lines holding a block character's lead bytes are looked
// at, so text without them costs one vectorised search.

// blockLead starts the UTF-8 of U+2580..U+25BF (block elements and some
// geometric shapes).
var blockLead = []byte("\xe2\x96")

// Half-module bits of a block character: the upper and the lower module.
const (
	blockUpper = 1
	blockLower = 2
)

// maxBlockLine bounds a line of a grid, in characters: two a module.
const maxBlockLine = 2 * maxGridSide

// blockRun is a run of block lines: their modules' bits, line by line.
type blockRun struct {
	bits   []uint8
	starts []int // where each line starts in bits
	w      int   // characters of the longest line
	half   bool  // a half block was seen: a line is two rows of modules
}

// blockGrids offers the grids drawn with block characters in text to the
// QR reader.
func (c *collector) blockGrids(text []byte) {
	for len(c.grids) < maxGrids {
		i := bytes.Index(text, blockLead)
		if i < 0 {
			return
		}
		start := bytes.LastIndexByte(text[:i], '\n') + 1
		r, n := readBlockRun(text[start:])
		if g, ok := r.grid(); ok {
			c.addGrid(g)
		}
		text = text[start+max(n, 1):]
	}
}

// readBlockRun reads the run of block lines text starts with and returns
// it with the bytes it read: the run and the line that ended it.
func readBlockRun(text []byte) (blockRun, int) {
	var r blockRun
	blank, off := 0, 0
	for off < len(text) && len(r.starts) < maxGridSide {
		end := bytes.IndexByte(text[off:], '\n')
		next := len(text)
		if end >= 0 {
			end += off
			next = end + 1
		} else {
			end = len(text)
		}
		line := bytes.TrimRight(text[off:end], "\r")
		mark := len(r.bits)
		if !r.addLine(line) {
			r.bits = r.bits[:mark]
			return r, next
		}
		if blank = blank + 1; len(bytes.TrimSpace(line)) > 0 {
			blank = 0
		}
		if blank >= 2 {
			return r, next
		}
		off = next
	}
	return r, off
}

// addLine adds a line of block characters and spaces; false if it holds
// anything else or is too long.
func (r *blockRun) addLine(line []byte) bool {
	start := len(r.bits)
	for len(line) > 0 {
		ch, n := utf8.DecodeRune(line)
		line = line[n:]
		var b uint8
		switch ch {
		case ' ', '\u00a0', '\u3000':
		case '\u2588':
			b = blockUpper | blockLower
		case '\u2580':
			b, r.half = blockUpper, true
		case '\u2584':
			b, r.half = blockLower, true
		default:
			return false
		}
		if len(r.bits)-start >= maxBlockLine {
			return false
		}
		r.bits = append(r.bits, b)
	}
	r.starts = append(r.starts, start)
	r.w = max(r.w, len(r.bits)-start)
	return true
}

// at is the bits of the character in column x of line y (none past its end).
func (r *blockRun) at(x, y int) uint8 {
	s, e := r.starts[y], len(r.bits)
	if y+1 < len(r.starts) {
		e = r.starts[y+1]
	}
	if s+x < e {
		return r.bits[s+x]
	}
	return 0
}

// paired is the column (0 or 1) from which every two characters side by
// side are alike, as when each module is drawn two characters wide; -1
// when they are not.
func (r *blockRun) paired() int {
	for off := range 2 {
		ok := true
		for y := 0; y < len(r.starts) && ok; y++ {
			for x := off; x < r.w && ok; x += 2 {
				ok = r.at(x, y) == r.at(x+1, y)
			}
		}
		if ok {
			return off
		}
	}
	return -1
}

// grid is the run as modules, if it is large enough to be a code.
func (r *blockRun) grid() (moduleGrid, bool) {
	lines := len(r.starts)
	h := lines
	if r.half {
		h *= 2
	}
	if h < minQRSide || r.w < minQRSide {
		return moduleGrid{}, false
	}
	off, step := 0, 1
	if p := r.paired(); p >= 0 {
		off, step = p, 2
	}
	w := (r.w - off + step - 1) / step
	if w > maxGridSide || h > maxGridSide {
		return moduleGrid{}, false
	}
	g := newModuleGrid(w, h)
	for y := range lines {
		for x := range w {
			b := r.at(off+x*step, y)
			if !r.half {
				g.set(x, y, b != 0)
				continue
			}
			g.set(x, 2*y, b&blockUpper != 0)
			g.set(x, 2*y+1, b&blockLower != 0)
		}
	}
	return g, true
}

// blockText is the text of an HTML part laid out in lines as a browser
// shows it, kept from the first text holding a block character on, for
// blockGrids: white space collapsed outside <pre>, a line break at <br>
// and at block elements, entities decoded with no-break spaces kept.
type blockText struct {
	buf []byte
}

// maxBlockText bounds the text kept: a grid of maxGridSide lines of
// maxBlockLine three-byte characters.
const maxBlockText = maxGridSide * (maxBlockLine*3 + 2)

// add appends a text token.
func (t *blockText) add(raw []byte, pre bool) {
	if bytes.IndexByte(raw, '&') >= 0 {
		raw = []byte(html.UnescapeString(string(raw)))
	}
	for _, c := range raw {
		if len(t.buf) >= maxBlockText {
			return
		}
		if pre || !htmlSpace[c] {
			t.buf = append(t.buf, c)
			continue
		}
		if n := len(t.buf); n > 0 && t.buf[n-1] != ' ' && t.buf[n-1] != '\n' {
			t.buf = append(t.buf, ' ')
		}
	}
}

// newline ends the line: a <br> always (two make a blank line), a block
// element's edge unless the line is empty.
func (t *blockText) newline(br bool) {
	n := len(t.buf)
	if n < maxBlockText && (br || n > 0 && t.buf[n-1] != '\n') {
		t.buf = append(t.buf, '\n')
	}
}
