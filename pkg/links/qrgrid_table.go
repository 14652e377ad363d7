package links

import (
	"bytes"
	"strconv"
)

// QR codes drawn as HTML tables: one cell a module, each cell painted
// black or white with bgcolor="#000" or style="background(-color):...".
// The scanner follows the open tables of a part (tableGrids) and, when a
// table closes, offers its cells as a grid (collector.addGrid). A cell
// without a color of its own shows its row's or table's, or the page's
// (light). Cells spanning columns (colspan) fill as many modules; a
// table with a rowspan, more than maxGridSide rows or columns, more than
// a tenth of its cells in colors neither dark nor light, or nested deeper
// than maxTableDepth is not a code and is not followed further. Work is
// linear in the cells and stops growing at maxGridSide squared cells a
// table.

// tone is what a cell's color reads as.
type tone uint8

const (
	toneNone  tone = iota // no color: the ground shows through
	toneLight             // white or a light color
	toneDark              // black or a dark color
	toneMid               // a middle or unknown color: not a code's
)

// maxTableDepth bounds the tables followed at once (nested layout tables).
const maxTableDepth = 8

// tableGrid is one open table's cells so far, as tones, row after row.
type tableGrid struct {
	ground  tone    // the table's bgcolor
	rowTone tone    // the open row's bgcolor
	cells   []tone  // all rows' cells
	starts  []int32 // where each row starts in cells
	w       int     // cells of the widest row
	mid     int     // cells of a middle color
	dead    bool
}

// tableGrids follows the open tables of one HTML part. Closed tables'
// records are reused (free), so that a newsletter's many small layout
// tables cost few allocations.
type tableGrids struct {
	open  []*tableGrid
	free  []*tableGrid
	extra int // tables opened past maxTableDepth
}

// startTag follows the table markup of a start tag named name, painted bg,
// spanning span columns, with or without a rowspan.
func (t *tableGrids) startTag(name string, bg tone, span int, rowspan bool) {
	switch name {
	case "table":
		if len(t.open) >= maxTableDepth {
			t.extra++
			return
		}
		t.open = append(t.open, t.newTable(bg))
	case "tr":
		if g := t.top(); g != nil {
			g.newRow(bg)
		}
	case "td", "th":
		if g := t.top(); g != nil {
			g.cell(bg, span, rowspan)
		}
	}
}

// newTable is a table record painted bg, a free one if any.
func (t *tableGrids) newTable(bg tone) *tableGrid {
	n := len(t.free)
	if n == 0 {
		return &tableGrid{ground: bg, cells: make([]tone, 0, 1024), starts: make([]int32, 0, 64)}
	}
	g := t.free[n-1]
	t.free = t.free[:n-1]
	*g = tableGrid{ground: bg, cells: g.cells[:0], starts: g.starts[:0]}
	return g
}

// release hands a closed table's record back for reuse.
func (t *tableGrids) release(g *tableGrid) {
	t.free = append(t.free, g)
}

// endTable closes the innermost table and returns it, nil if it is not
// followed.
func (t *tableGrids) endTable() *tableGrid {
	if t.extra > 0 {
		t.extra--
		return nil
	}
	if len(t.open) == 0 {
		return nil
	}
	g := t.open[len(t.open)-1]
	t.open = t.open[:len(t.open)-1]
	return g
}

// top is the innermost open table if it is followed, else nil.
func (t *tableGrids) top() *tableGrid {
	if t.extra > 0 || len(t.open) == 0 {
		return nil
	}
	if g := t.open[len(t.open)-1]; !g.dead {
		return g
	}
	return nil
}

// newRow starts a row painted bg.
func (g *tableGrid) newRow(bg tone) {
	if len(g.starts) >= maxGridSide {
		g.dead, g.cells = true, nil
		return
	}
	g.starts = append(g.starts, int32(len(g.cells)))
	g.rowTone = bg
}

// cell adds a cell painted bg spanning span columns.
func (g *tableGrid) cell(bg tone, span int, rowspan bool) {
	if len(g.starts) == 0 {
		g.newRow(toneNone) // a cell before any <tr> opens a row, as browsers do
	}
	col := len(g.cells) - int(g.starts[len(g.starts)-1])
	if rowspan || col+span > maxGridSide {
		g.dead, g.cells = true, nil
		return
	}
	if bg == toneNone {
		bg = g.rowTone
	}
	if bg == toneMid {
		g.mid += span
	}
	for range span {
		g.cells = append(g.cells, bg)
	}
	g.w = max(g.w, col+span)
}

// grid is the table as modules if it may be a code: at least minQRSide
// a side, in two tones. Cells missing at the end of a row are the table's
// ground.
func (g *tableGrid) grid() (moduleGrid, bool) {
	rows := len(g.starts)
	if g.dead || g.w < minQRSide || rows < minQRSide || 10*g.mid > g.w*rows {
		return moduleGrid{}, false
	}
	m := newModuleGrid(g.w, rows)
	for r, s := range g.starts {
		e := len(g.cells)
		if r+1 < rows {
			e = int(g.starts[r+1])
		}
		for x := range g.w {
			t := toneNone
			if int(s)+x < e {
				t = g.cells[int(s)+x]
			}
			if t == toneNone {
				t = g.ground
			}
			m.set(x, r, t == toneDark)
		}
	}
	return m, true
}

// cellTone is the tone of a table, row or cell: its style's background or
// background-color, else its bgcolor attribute.
func cellTone(style, bgcolor []byte) tone {
	if style != nil {
		if t := styleBackground(style); t != toneNone {
			return t
		}
	}
	if bgcolor != nil {
		t, _ := colorTone(bgcolor)
		return t
	}
	return toneNone
}

// styleBackground reads the last background or background-color
// declaration of a style attribute.
func styleBackground(style []byte) tone {
	t := toneNone
	for i := 0; i < len(style); {
		k := indexFold(style[i:], "background")
		if k < 0 {
			break
		}
		i += k + len("background")
		rest := style[i:]
		if len(rest) >= 6 && asciiEqualFold(rest[:6], "-color") {
			rest = rest[6:]
		}
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if len(rest) == 0 || rest[0] != ':' {
			continue
		}
		rest = rest[1:]
		if j := bytes.IndexByte(rest, ';'); j >= 0 {
			rest = rest[:j]
		}
		t = backgroundTone(rest)
	}
	return t
}

// backgroundTone reads the color of a CSS background value: its first
// word that is a color. An image or gradient without one reads as a
// middle tone: no code's module.
func backgroundTone(v []byte) tone {
	for len(v) > 0 {
		var w []byte
		w, v = cssWord(v)
		if t, ok := colorTone(w); ok {
			return t
		}
	}
	return toneMid
}

// cssWord splits the first word off a CSS value: up to white space
// outside parentheses, so that rgb(0, 0, 0) is one word.
func cssWord(v []byte) (word, rest []byte) {
	for len(v) > 0 && htmlSpace[v[0]] {
		v = v[1:]
	}
	depth := 0
	for i, c := range v {
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0 && htmlSpace[c]:
			return v[:i], v[i:]
		}
	}
	return v, nil
}

// colorTone reads a color: #rgb, #rrggbb, rgb(r,g,b) or a few names
// (ok is false for anything else). Luminance under 96 of 255 is dark,
// over 160 light.
func colorTone(v []byte) (tone, bool) {
	v = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("!important")))
	r, g, b, ok := parseColor(v)
	if !ok {
		switch {
		case asciiEqualFold(v, "black"):
			return toneDark, true
		case asciiEqualFold(v, "white"):
			return toneLight, true
		case len(v) == 0 || asciiEqualFold(v, "transparent") || asciiEqualFold(v, "none"):
			return toneNone, true
		}
		return toneMid, false
	}
	switch lum := (299*r + 587*g + 114*b) / 1000; {
	case lum < 96:
		return toneDark, true
	case lum > 160:
		return toneLight, true
	}
	return toneMid, true
}

// parseColor reads #rgb, #rrggbb (with or without #, as bgcolor is
// written) or rgb(r, g, b) / rgba(...).
func parseColor(v []byte) (r, g, b int, ok bool) {
	if len(v) > 4 && asciiEqualFold(v[:4], "rgb(") || len(v) > 5 && asciiEqualFold(v[:5], "rgba(") {
		return parseRGB(v[bytes.IndexByte(v, '(')+1:])
	}
	h := bytes.TrimPrefix(v, []byte("#"))
	switch len(h) {
	case 3:
		r, g, b = hexNibble(h[0])*17, hexNibble(h[1])*17, hexNibble(h[2])*17
	case 6:
		r, g, b = hexNibble(h[0])*16+hexNibble(h[1]), hexNibble(h[2])*16+hexNibble(h[3]), hexNibble(h[4])*16+hexNibble(h[5])
	default:
		return 0, 0, 0, false
	}
	return r, g, b, r >= 0 && g >= 0 && b >= 0
}

// hexNibble is the value of a hex digit (unhex), or a large negative
// number, so that a color with any other character comes out negative.
func hexNibble(c byte) int {
	if v, ok := unhex(c); ok {
		return int(v)
	}
	return -1 << 10
}

// parseRGB reads "r, g, b)" or "r g b / a)" of an rgb() color.
func parseRGB(v []byte) (r, g, b int, ok bool) {
	end := bytes.IndexByte(v, ')')
	if end < 0 {
		return 0, 0, 0, false
	}
	f := bytes.FieldsFunc(v[:end], func(c rune) bool { return c == ',' || c == ' ' || c == '/' })
	if len(f) < 3 {
		return 0, 0, 0, false
	}
	var c [3]int
	for i := range c {
		n, err := strconv.Atoi(string(bytes.TrimSpace(f[i])))
		if err != nil || n < 0 || n > 255 {
			return 0, 0, 0, false
		}
		c[i] = n
	}
	return c[0], c[1], c[2], true
}

// tableSpan is a cell's colspan, 1 when absent or unreadable; a span
// larger than maxGridSide is kept so (and kills the table).
func tableSpan(v []byte) int {
	n, err := strconv.Atoi(string(bytes.TrimSpace(v)))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxGridSide+1)
}

// gridTag follows a block element's start tag for QR codes drawn without
// an image: a table's cells, and a line break in the text laid out.
func (s *htmlScanner) gridTag(name []byte, off int, selfClosing bool) {
	if s.blocks != nil {
		s.blocks.newline(string(name) == "br")
	}
	switch string(name) {
	case "table", "tr", "td", "th":
	default:
		return
	}
	bg := cellTone(s.attrBytes("style"), s.attrBytes("bgcolor"))
	span := 1
	if v := s.attrBytes("colspan"); v != nil {
		span = tableSpan(v)
	}
	s.tables.startTag(string(name), bg, span, s.attr("rowspan") != nil)
	if selfClosing && string(name) == "table" {
		s.gridEndTag(name)
	}
}

// gridEndTag follows a block element's end tag: a table closing is
// offered as a grid.
func (s *htmlScanner) gridEndTag(name []byte) {
	if s.blocks != nil {
		s.blocks.newline(false)
	}
	if string(name) != "table" {
		return
	}
	if g := s.tables.endTable(); g != nil {
		if m, ok := g.grid(); ok {
			s.sink.addGrid(m)
		}
		s.tables.release(g)
	}
}

// endGrids offers the grids left open at the end of the part: tables not
// closed (browsers draw them) and the text laid out.
func (s *htmlScanner) endGrids() {
	for len(s.tables.open) > 0 || s.tables.extra > 0 {
		s.gridEndTag([]byte("table"))
	}
	if s.blocks != nil {
		s.sink.blockGrids(s.blocks.buf)
	}
}

// blockLine adds a text token to the text laid out for block characters.
func (s *htmlScanner) blockLine(raw []byte) {
	if s.blocks == nil {
		s.blocks = &blockText{}
	}
	s.blocks.add(raw, s.pre > 0)
}

// attrBytes is the value of attribute key as written, nil if absent.
func (s *htmlScanner) attrBytes(key string) []byte {
	if a := s.attr(key); a != nil {
		return s.data[a.vs:a.ve]
	}
	return nil
}
