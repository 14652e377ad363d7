package links

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
)

// QR codes drawn in SVG, in an SVG attachment or inline in HTML: a <rect>
// a module (or a run of modules), or a <path> of unit squares
// ("M4 4h1v1h-1z") or of lines stroked one module wide ("M4 4.5h7"), as
// QR libraries write them. svgGrid collects the shapes' rectangles and
// colors (fill, stroke, style and an enclosing <g>'s fill; transforms are
// not applied), takes the module as the smallest step between the dark
// shapes' left and top edges, and paints the shapes in document order on
// a grid of such modules. At most maxSVGShapes rectangles are read and
// maxGridSide modules a side painted; anything else (curves, circles,
// text) is not drawn.

// SVG bounds: the rectangles read from one document, the modules painted
// in all (a code's shapes paint each module about once, a background
// all of them once more), and the points of a subpath kept at once.
const (
	maxSVGShapes   = maxGridSide * maxGridSide
	maxPaintRounds = 8
	maxSubpath     = 64
)

// svgShape is one rectangle of an SVG drawing, dark or light.
type svgShape struct {
	x, y, w, h float64
	dark       bool
}

// svgDrawing is what svgGrid reads of a document.
type svgDrawing struct {
	shapes   []svgShape
	vbW, vbH float64 // the root's viewBox size, for percentages; 0 if unknown
	fills    []string
	rootSeen bool
}

// svgGrid offers the grid an SVG document draws with rectangles to the QR
// reader. A document without <rect or <path costs one search.
func (c *collector) svgGrid(doc []byte) {
	if len(c.grids) >= maxGrids || indexFold(doc, "<rect") < 0 && indexFold(doc, "<path") < 0 {
		return
	}
	var d svgDrawing
	d.read(doc)
	if g, ok := d.grid(); ok {
		c.addGrid(g)
	}
}

// read collects the shapes of doc.
func (d *svgDrawing) read(doc []byte) {
	z := xhtml.NewTokenizer(bytes.NewReader(doc))
	for len(d.shapes) < maxSVGShapes {
		switch tt := z.Next(); tt {
		case xhtml.ErrorToken:
			return
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			d.startTag(z, tt == xhtml.StartTagToken)
		case xhtml.EndTagToken:
			if name, _ := z.TagName(); string(name) == "g" && len(d.fills) > 0 {
				d.fills = d.fills[:len(d.fills)-1]
			}
		}
	}
}

// startTag reads an element: the root's viewBox, a group's fill, a
// rectangle or a path.
func (d *svgDrawing) startTag(z *xhtml.Tokenizer, open bool) {
	name, more := z.TagName()
	tag := string(name)
	if tag != "svg" && tag != "g" && tag != "rect" && tag != "path" {
		return
	}
	a := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if _, dup := a[string(k)]; !dup && len(a) < 32 {
			a[string(k)] = strings.TrimSpace(string(v))
		}
	}
	switch tag {
	case "svg":
		if !d.rootSeen {
			d.rootSeen = true
			d.viewBox(a)
		}
	case "g":
		if open && len(d.fills) < 64 {
			d.fills = append(d.fills, d.paint(a, "fill"))
		}
	case "rect":
		d.rect(a)
	case "path":
		d.path(a)
	}
}

// viewBox keeps the root's viewBox size, or its width and height.
func (d *svgDrawing) viewBox(a map[string]string) {
	if f := strings.FieldsFunc(a["viewbox"], func(r rune) bool { return r == ' ' || r == ',' }); len(f) == 4 {
		d.vbW, _ = strconv.ParseFloat(f[2], 64)
		d.vbH, _ = strconv.ParseFloat(f[3], 64)
		return
	}
	d.vbW, _ = svgLength(a["width"], 0)
	d.vbH, _ = svgLength(a["height"], 0)
}

// paint is an element's fill or stroke: its attribute, else its style's
// declaration, else (fill only) its group's; "" when none is given.
func (d *svgDrawing) paint(a map[string]string, prop string) string {
	v, ok := a[prop]
	if st := a["style"]; st != "" {
		for decl := range strings.SplitSeq(st, ";") {
			k, val, _ := strings.Cut(decl, ":")
			if strings.EqualFold(strings.TrimSpace(k), prop) {
				v, ok = strings.TrimSpace(val), true
			}
		}
	}
	if !ok && prop == "fill" && len(d.fills) > 0 {
		return d.fills[len(d.fills)-1]
	}
	return v
}

// toneOf reads a paint: no paint given is black for fill (SVG's default),
// none for stroke.
func toneOf(paint, prop string) tone {
	if paint == "" {
		if prop == "fill" {
			return toneDark
		}
		return toneNone
	}
	t, _ := colorTone([]byte(paint))
	return t
}

// rect adds a <rect>.
func (d *svgDrawing) rect(a map[string]string) {
	t := toneOf(d.paint(a, "fill"), "fill")
	if t != toneDark && t != toneLight {
		return
	}
	x, _ := svgLength(a["x"], d.vbW)
	y, _ := svgLength(a["y"], d.vbH)
	w, okW := svgLength(a["width"], d.vbW)
	h, okH := svgLength(a["height"], d.vbH)
	if okW && okH && w > 0 && h > 0 {
		d.shapes = append(d.shapes, svgShape{x, y, w, h, t == toneDark})
	}
}

// path adds the rectangles of a <path>: its lines if it is stroked, else
// its closed rectangular subpaths.
func (d *svgDrawing) path(a map[string]string) {
	if st := toneOf(d.paint(a, "stroke"), "stroke"); st == toneDark || st == toneLight {
		width := 1.0
		if v, ok := svgLength(a["stroke-width"], 0); ok && v > 0 {
			width = v
		}
		walkPath(a["d"], func(pts []svgPoint) bool {
			for i := 1; i < len(pts) && len(d.shapes) < maxSVGShapes; i++ {
				d.addLine(pts[i-1], pts[i], width, st == toneDark)
			}
			return len(d.shapes) < maxSVGShapes
		})
		return
	}
	t := toneOf(d.paint(a, "fill"), "fill")
	if t != toneDark && t != toneLight {
		return
	}
	walkPath(a["d"], func(pts []svgPoint) bool {
		if r, ok := boxOf(pts); ok {
			r.dark = t == toneDark
			d.shapes = append(d.shapes, r)
		}
		return len(d.shapes) < maxSVGShapes
	})
}

// addLine adds a horizontal or vertical line stroked width wide.
func (d *svgDrawing) addLine(p, q svgPoint, width float64, dark bool) {
	switch {
	case p.y == q.y && p.x != q.x:
		d.shapes = append(d.shapes, svgShape{math.Min(p.x, q.x), p.y - width/2, math.Abs(q.x - p.x), width, dark})
	case p.x == q.x && p.y != q.y:
		d.shapes = append(d.shapes, svgShape{p.x - width/2, math.Min(p.y, q.y), width, math.Abs(q.y - p.y), dark})
	}
}

// boxOf is the rectangle a subpath of four corners joined by horizontal
// and vertical lines encloses.
func boxOf(pts []svgPoint) (svgShape, bool) {
	if n := len(pts); n == 5 && pts[4] == pts[0] {
		pts = pts[:4]
	}
	if len(pts) != 4 {
		return svgShape{}, false
	}
	x0, y0, x1, y1 := pts[0].x, pts[0].y, pts[0].x, pts[0].y
	for i, p := range pts {
		q := pts[(i+1)%4]
		if p.x != q.x && p.y != q.y {
			return svgShape{}, false
		}
		x0, y0, x1, y1 = math.Min(x0, p.x), math.Min(y0, p.y), math.Max(x1, p.x), math.Max(y1, p.y)
	}
	if x1 <= x0 || y1 <= y0 {
		return svgShape{}, false
	}
	return svgShape{x: x0, y: y0, w: x1 - x0, h: y1 - y0}, true
}

// svgLength reads a length: a number, with px or none, or a percentage of
// ref (unknown when ref is 0).
func svgLength(v string, ref float64) (float64, bool) {
	v = strings.TrimSuffix(strings.TrimSpace(v), "px")
	if p, ok := strings.CutSuffix(v, "%"); ok {
		f, err := strconv.ParseFloat(p, 64)
		return f / 100 * ref, err == nil && ref > 0
	}
	if v == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil && !math.IsInf(f, 0) && !math.IsNaN(f)
}

// module is the module side: the smallest step between the dark shapes'
// left or top edges that is at least half the smallest dark shape, or
// that shape's side.
func (d *svgDrawing) module() float64 {
	side := math.Inf(1)
	var xs, ys []float64
	for _, s := range d.shapes {
		if s.dark {
			side = math.Min(side, math.Min(s.w, s.h))
			xs, ys = append(xs, s.x), append(ys, s.y)
		}
	}
	return math.Min(minStep(xs, side/2), minStep(ys, side/2))
}

// minStep is the smallest difference of at least floor between the
// values of vs (sorted in place); +Inf if none.
func minStep(vs []float64, floor float64) float64 {
	slices.Sort(vs)
	u := math.Inf(1)
	for i := 1; i < len(vs); i++ {
		if step := vs[i] - vs[i-1]; step >= floor && step < u {
			u = step
		}
	}
	return u
}

// grid paints the shapes on a grid of modules, the dark shapes' bounds.
func (d *svgDrawing) grid() (moduleGrid, bool) {
	u := d.module()
	if math.IsInf(u, 0) || math.IsNaN(u) || u <= 0 {
		return moduleGrid{}, false
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range d.shapes {
		if s.dark {
			x0, y0 = math.Min(x0, s.x), math.Min(y0, s.y)
			x1, y1 = math.Max(x1, s.x+s.w), math.Max(y1, s.y+s.h)
		}
	}
	w, h := math.Round((x1-x0)/u), math.Round((y1-y0)/u)
	if w < minQRSide || h < minQRSide || w > maxGridSide || h > maxGridSide {
		return moduleGrid{}, false
	}
	g := newModuleGrid(int(w), int(h))
	work := 0 // modules painted, at most maxPaintRounds times the grid's
	for _, s := range d.shapes {
		xs, ys := cellSpan(s.x, s.w, x0, u, g.w), cellSpan(s.y, s.h, y0, u, g.h)
		if work += (xs[1] - xs[0]) * (ys[1] - ys[0]); work > maxPaintRounds*len(g.dark) {
			return moduleGrid{}, false
		}
		g.paint(xs, ys, s.dark)
	}
	return g, true
}

// cellSpan is the modules [lo, hi) a shape from p, n long covers on an
// axis starting at o, clipped to [0, limit).
func cellSpan(p, n, o, u float64, limit int) [2]int {
	lo := math.Round((p - o) / u)
	hi := math.Max(math.Round((p+n-o)/u), lo+1)
	return [2]int{int(math.Max(0, math.Min(lo, float64(limit)))), int(math.Max(0, math.Min(hi, float64(limit))))}
}

// paint colors the modules in columns xs and rows ys.
func (g moduleGrid) paint(xs, ys [2]int, dark bool) {
	for y := ys[0]; y < ys[1]; y++ {
		row := g.dark[y*g.w : (y+1)*g.w]
		for x := xs[0]; x < xs[1]; x++ {
			row[x] = dark
		}
	}
}

// svgPoint is a point of a path.
type svgPoint struct{ x, y float64 }

// walkPath follows the moves and lines (M, L, H, V, Z, upper or lower
// case) of path data, calling sub with each subpath's points; it stops
// at any other command, at broken data or when sub returns false.
func walkPath(data string, sub func([]svgPoint) bool) {
	var pts []svgPoint
	var cur, start svgPoint
	cmd := byte(0)
	flush := func() bool {
		ok := len(pts) < 2 || sub(pts)
		pts = pts[:0]
		return ok
	}
	for i := 0; ; {
		for i < len(data) && (data[i] == ' ' || data[i] == ',' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
			i++
		}
		if i >= len(data) {
			flush()
			return
		}
		if c := data[i]; strings.IndexByte("MmLlHhVvZz", c) >= 0 {
			cmd, i = c, i+1
			if cmd == 'Z' || cmd == 'z' {
				pts = append(pts, start)
				cur = start
				if !flush() {
					return
				}
			}
			continue
		}
		var p svgPoint
		var ok bool
		switch cmd {
		case 'M', 'm', 'L', 'l':
			var x, y float64
			if x, i, ok = pathNumber(data, i); ok {
				y, i, ok = pathNumber(data, i)
			}
			p = svgPoint{x, y}
			if cmd == 'm' || cmd == 'l' {
				p = svgPoint{cur.x + x, cur.y + y}
			}
		case 'H', 'h':
			var x float64
			x, i, ok = pathNumber(data, i)
			p = svgPoint{x, cur.y}
			if cmd == 'h' {
				p.x += cur.x
			}
		case 'V', 'v':
			var y float64
			y, i, ok = pathNumber(data, i)
			p = svgPoint{cur.x, y}
			if cmd == 'v' {
				p.y += cur.y
			}
		}
		if !ok {
			flush()
			return
		}
		if cmd == 'M' || cmd == 'm' {
			if !flush() {
				return
			}
			start = p
			cmd-- // M to L, m to l: further pairs are lines
		}
		cur = p
		if len(pts) == maxSubpath { // a long subpath is handed on in pieces
			if !sub(pts) {
				return
			}
			pts = append(pts[:0], pts[len(pts)-1])
		}
		pts = append(pts, p)
	}
}

// pathNumber reads a number of path data at i: sign, digits, a fraction
// and an exponent.
func pathNumber(s string, i int) (float64, int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	j := i
	if j < len(s) && (s[j] == '+' || s[j] == '-') {
		j++
	}
	digits := func() {
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
	}
	digits()
	if j < len(s) && s[j] == '.' {
		j++
		digits()
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') && j+1 < len(s) && (s[j+1] == '-' || s[j+1] == '+' || '0' <= s[j+1] && s[j+1] <= '9') {
		j += 2
		digits()
	}
	f, err := strconv.ParseFloat(s[i:j], 64)
	return f, j, err == nil && !math.IsInf(f, 0) && !math.IsNaN(f)
}
