package links

import (
	"bytes"
	"image"
	"math"
	"strconv"
)

// QR codes drawn in a PDF's page as filled rectangles ("x y w h re" then
// "f"), as PDF libraries draw a code, have no image to decode
// (pdf_image.go): a notice whose code is vector graphics passed unread.
// The rectangles a page fills in a dark colour (g, rg, k, sc/scn by
// their number of operands; q and Q save and restore it) are painted
// into a raster, with a quiet zone of four of its smallest rectangles'
// sides, and read as an image's code is. The current transformation
// (cm) is not applied: a page draws its code in one space, whose scale
// does not matter here. Strokes, clips and everything else are skipped.

// Bounds: pages read (the first ones, where a notice's code is),
// rectangles kept per page, the raster's longer side at most, and the
// pixels painted per raster (times its area).
const (
	maxVectorPages  = 4
	maxVectorRects  = 20000
	minVectorRects  = 30 // a QR code has more dark modules than that
	vectorSide      = 1024
	vectorPaintArea = 8
)

// pdfVectorQRs appends the web addresses of QR codes drawn with
// rectangles on the first pages of the PDF document b, each at the offset
// of its page object, reading its content streams within *left bytes
// inflated (which it lowers, by at most maxPDFTextInflate) and the
// message's pixel budget.
func pdfVectorQRs(b []byte, out []pdfURI, left *int64, budget *qrBudget, stop *stopper) []pdfURI {
	if !isPDF(b) || !budget.left() || !bytes.Contains(b, []byte(" re")) && !bytes.Contains(b, []byte("/FlateDecode")) {
		return out
	}
	most := min(*left, maxPDFTextInflate)
	start := most
	defer func() { *left -= start - most }()
	t := newPDFText(newPDFRefs(b, &most), stop)
	for i, p := range t.pages {
		if i == maxVectorPages || !budget.left() {
			break
		}
		rects := t.pageRects(p)
		if stop.stopped() { // the page's reading was cut short
			break
		}
		if u, ok := rectsQR(rects, budget); ok {
			out = append(out, pdfURI{uri: u, off: t.r.at[p]})
		}
	}
	return out
}

// pageRects returns the dark rectangles page p fills.
func (t *pdfText) pageRects(p int) []pdfRect {
	body := t.r.objectBody(p)
	run := rectRun{stop: t.stop}
	left := int64(maxPageContent)
	arrayElems(t.r.resolveArray(dictValue(body, "/Contents")), func(v []byte) bool {
		data := t.textStream(v, left)
		left -= int64(len(data))
		run.read(data)
		return left > 0 && len(run.dark) < maxVectorRects && !t.stop.stopped()
	})
	return run.dark
}

// pdfRect is a rectangle in page space: x, y its corner, w, h its size.
type pdfRect struct{ x, y, w, h float64 }

// rectRun reads the rectangles a content stream fills in a dark colour.
type rectRun struct {
	nums    [4]float64 // the last numbers read, newest last
	argc    int        // numbers read since the last operator
	fill    float64    // luminance of the fill colour: 0 black, 1 white
	saved   []float64  // fill colours saved by q
	pending []pdfRect  // rectangles of the path being built
	dark    []pdfRect
	stop    *stopper
}

// stopEvery is how many tokens a content stream's reading takes between
// looks at the stopper.
const stopEvery = 256

// read reads one content stream.
func (r *rectRun) read(c []byte) {
	n := 0
	pdfTokens(c, func(tok pdfToken) bool {
		if len(r.dark) >= maxVectorRects {
			return false
		}
		if n++; n%stopEvery == 0 && r.stop.stopped() {
			return false
		}
		if tok.kind == 'w' {
			r.word(tok.raw)
		}
		return true
	})
}

// word reads a number or an operator; strings, names and arrays are no
// operands of the operators read.
func (r *rectRun) word(w []byte) {
	if v, err := strconv.ParseFloat(string(w), 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
		copy(r.nums[:], r.nums[1:])
		r.nums[3] = v
		r.argc++
		return
	}
	r.op(string(w))
	r.argc = 0
}

// op applies one operator.
func (r *rectRun) op(w string) {
	n := r.nums
	switch w {
	case "re":
		if r.argc >= 4 && len(r.pending) < maxVectorRects {
			r.pending = append(r.pending, pdfRect{n[0], n[1], n[2], n[3]})
		}
	case "g":
		r.fill = n[3]
	case "rg":
		r.fill = (n[1] + n[2] + n[3]) / 3
	case "k":
		r.fill = cmykLuminance(n)
	case "sc", "scn":
		r.fill = r.colour()
	case "q":
		if len(r.saved) < 32 {
			r.saved = append(r.saved, r.fill)
		}
	case "Q":
		if k := len(r.saved); k > 0 {
			r.fill, r.saved = r.saved[k-1], r.saved[:k-1]
		}
	case "f", "F", "f*", "B", "B*", "b", "b*":
		if r.fill < 0.5 {
			r.dark = append(r.dark, r.pending[:min(len(r.pending), maxVectorRects-len(r.dark))]...)
		}
		r.pending = r.pending[:0]
	case "n", "S", "s":
		r.pending = r.pending[:0]
	}
}

// colour is the luminance sc or scn sets, read by its number of operands
// (gray, RGB, CMYK); a pattern's or another space's leaves it as it was.
func (r *rectRun) colour() float64 {
	n := r.nums
	switch r.argc {
	case 1:
		return n[3]
	case 3:
		return (n[1] + n[2] + n[3]) / 3
	case 4:
		return cmykLuminance(n)
	}
	return r.fill
}

// cmykLuminance is the luminance of a CMYK colour.
func cmykLuminance(n [4]float64) float64 {
	return (1 - n[3]) * (1 - (n[0]+n[1]+n[2])/3)
}

// rectsQR paints the rectangles into a raster and reads a QR code there.
func rectsQR(rects []pdfRect, budget *qrBudget) (string, bool) {
	if len(rects) < minVectorRects {
		return "", false
	}
	box, unit := rectBounds(rects)
	if unit <= 0 || box.w <= 0 || box.h <= 0 {
		return "", false
	}
	scale := min(8/unit, vectorSide/max(box.w, box.h))
	// a quiet zone of four modules: of the smallest rectangle's side, or
	// an eighth of the drawing when a hairline is the smallest
	pad := max(int(math.Ceil(4*unit*scale)), int(max(box.w, box.h)*scale/8), 8)
	w, h := int(math.Ceil(box.w*scale))+2*pad, int(math.Ceil(box.h*scale))+2*pad
	if !qrSized(w, h) || !budget.take(w*h) {
		return "", false
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	paint := vectorPaintArea * w * h
	for _, r := range rects {
		x0, x1 := pad+int((r.x-box.x)*scale), pad+int(math.Ceil((r.x+r.w-box.x)*scale))
		y0, y1 := pad+int((box.y+box.h-r.y-r.h)*scale), pad+int(math.Ceil((box.y+box.h-r.y)*scale))
		for y := max(y0, 0); y < min(y1, h) && paint > 0; y++ {
			row := img.Pix[y*img.Stride:]
			for x := max(x0, 0); x < min(x1, w); x++ {
				row[x] = 0
			}
			paint -= max(x1-x0, 1)
		}
	}
	return qrImageURL(img)
}

// rectBounds normalises the rectangles (a negative size draws from the
// other corner) and returns their bounding box and their smallest side.
func rectBounds(rects []pdfRect) (pdfRect, float64) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	unit := math.Inf(1)
	for i := range rects {
		r := &rects[i]
		if r.w < 0 {
			r.x, r.w = r.x+r.w, -r.w
		}
		if r.h < 0 {
			r.y, r.h = r.y+r.h, -r.h
		}
		minX, minY = min(minX, r.x), min(minY, r.y)
		maxX, maxY = max(maxX, r.x+r.w), max(maxY, r.y+r.h)
		if r.w > 0 && r.h > 0 {
			unit = min(unit, r.w, r.h)
		}
	}
	if math.IsInf(unit, 1) || math.IsInf(maxX-minX, 0) || math.IsInf(maxY-minY, 0) {
		return pdfRect{}, 0
	}
	return pdfRect{minX, minY, maxX - minX, maxY - minY}, unit
}
