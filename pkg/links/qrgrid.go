package links

import (
	"image"
)

// QR codes drawn without an image: lures draw their code as an HTML table
// of black and white cells (qrgrid_table.go), as lines of Unicode block
// characters (qrgrid_text.go) or as SVG rectangles (qrgrid_svg.go), so
// that scanners reading only images miss it while the reader's phone reads
// it from the screen. Each reader turns what it finds into a grid of
// modules; a grid shaped like a code (addGrid: roughly square, at least
// minQRSide and at most maxGridSide modules a side, and about as dark as
// light) is drawn as an image, maxGridScale pixels a module within a
// quiet zone, and read by the image reader (qrImageURL), its pixels
// counted against Options.MaxQRPixels. The code's link is a KindQR link
// like an image's, judged and never rewritten. At most maxGrids grids a
// message are drawn; the QR decoder itself checks the three finder
// patterns, so a chessboard or a colored spreadsheet costs one bounded
// read and gives nothing.

// Grid bounds.
const (
	maxGridSide  = 200 // modules a side; version 40 has 177, plus a quiet zone
	maxGrids     = 8   // grids drawn and read per message
	gridQuiet    = 4   // light modules drawn around a grid, the quiet zone a code needs
	maxGridScale = 4   // pixels a module side
)

// moduleGrid is a rectangle of modules, dark or light, row by row.
type moduleGrid struct {
	w, h int
	dark []bool
}

// newModuleGrid is an all-light grid of w x h modules (both positive and
// at most maxGridSide).
func newModuleGrid(w, h int) moduleGrid {
	return moduleGrid{w: w, h: h, dark: make([]bool, w*h)}
}

// at: the module in column x, row y is dark.
func (g moduleGrid) at(x, y int) bool { return g.dark[y*g.w+x] }

// set makes the module in column x, row y dark or light.
func (g moduleGrid) set(x, y int, d bool) { g.dark[y*g.w+x] = d }

// crop is the smallest part of g holding all its dark modules; the quiet
// zone is drawn anew around it. An all-light grid crops to nothing.
func (g moduleGrid) crop() moduleGrid {
	x0, y0, x1, y1 := g.w, g.h, -1, -1
	for y := range g.h {
		for x := range g.w {
			if g.at(x, y) {
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
			}
		}
	}
	if x1 < 0 {
		return moduleGrid{}
	}
	out := newModuleGrid(x1-x0+1, y1-y0+1)
	for y := range out.h {
		copy(out.dark[y*out.w:(y+1)*out.w], g.dark[(y+y0)*g.w+x0:(y+y0)*g.w+x1+1])
	}
	return out
}

// codeShaped: a grid (cropped) could be a QR code: at least minQRSide and
// at most maxGridSide modules a side, square within a fifth, between
// a quarter and three quarters dark (a code's modules are about half
// dark), and with a finder pattern's edge: a run of seven dark modules
// in a row. A calendar, a layout table, a framed box or a chessboard is
// none.
func (g moduleGrid) codeShaped() bool {
	if g.w < minQRSide || g.h < minQRSide || g.w > maxGridSide || g.h > maxGridSide ||
		5*abs(g.w-g.h) > max(g.w, g.h) || !g.hasRunOf7() {
		return false
	}
	n := 0
	for _, d := range g.dark {
		if d {
			n++
		}
	}
	return 4*n >= len(g.dark) && 4*n <= 3*len(g.dark)
}

// hasRunOf7: some row has exactly seven dark modules side by side, as
// the top and bottom edges of a finder pattern are.
func (g moduleGrid) hasRunOf7() bool {
	for y := range g.h {
		run := 0
		for x := range g.w {
			if g.at(x, y) {
				run++
				continue
			}
			if run == 7 {
				return true
			}
			run = 0
		}
		if run == 7 {
			return true
		}
	}
	return false
}

// scale is the pixels a module side when the grid is drawn: maxGridScale,
// less for a large grid, so that drawing one costs at most about 640,000
// pixels.
func (g moduleGrid) scale() int {
	side := max(g.w, g.h) + 2*gridQuiet
	return max(1, min(maxGridScale, 800/side))
}

// pixels is the size of the drawn grid.
func (g moduleGrid) pixels() int {
	s := g.scale()
	return (g.w + 2*gridQuiet) * s * (g.h + 2*gridQuiet) * s
}

// image draws the grid black on white within its quiet zone.
func (g moduleGrid) image() *image.Gray {
	s := g.scale()
	img := image.NewGray(image.Rect(0, 0, (g.w+2*gridQuiet)*s, (g.h+2*gridQuiet)*s))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for y := range g.h {
		row := img.Pix[(y+gridQuiet)*s*img.Stride:]
		for x := range g.w {
			if g.at(x, y) {
				clear(row[(x+gridQuiet)*s : (x+gridQuiet+1)*s])
			}
		}
		for i := 1; i < s; i++ {
			copy(img.Pix[((y+gridQuiet)*s+i)*img.Stride:((y+gridQuiet)*s+i+1)*img.Stride], row[:img.Stride])
		}
	}
	return img
}

// gridCode is a grid kept for the QR reader, with the part it is in.
type gridCode struct {
	part string
	g    moduleGrid
}

// addGrid keeps a grid for the QR reader, cropped to its dark modules, if
// it is shaped like a code and fewer than maxGrids are kept.
func (c *collector) addGrid(g moduleGrid) {
	if len(c.grids) >= maxGrids || g.w < minQRSide || g.h < minQRSide {
		return
	}
	if g = g.crop(); g.codeShaped() {
		c.grids = append(c.grids, gridCode{part: c.part, g: g})
	}
}

// readGrids adds the web addresses of the QR codes in the grids kept, each
// drawn and read within the message's pixel budget, like an image.
func (sc *scan) readGrids(c *collector) {
	for _, gc := range c.grids {
		if !sc.qr.take(gc.g.pixels()) {
			continue
		}
		c.part = gc.part
		if u, ok := qrImageURL(gc.g.image()); ok {
			c.addAttached(u, KindQR, false, 0, 0, 0)
		}
	}
}
