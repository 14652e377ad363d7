package links

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
	"github.com/firstsight/firstsight/internal/qrtest"
)

// withQuiet surrounds a code's modules with n light modules.
func withQuiet(mods [][]bool, n int) [][]bool {
	w := len(mods[0]) + 2*n
	out := make([][]bool, 0, len(mods)+2*n)
	for range n {
		out = append(out, make([]bool, w))
	}
	for _, r := range mods {
		row := make([]bool, n, w)
		row = append(row, r...)
		out = append(out, append(row, make([]bool, n)...))
	}
	for range n {
		out = append(out, make([]bool, w))
	}
	return out
}

// gridTable draws modules as an HTML table, each cell's attributes given
// by cell (dark or light).
func gridTable(mods [][]bool, table string, cell func(dark bool) string) string {
	var b strings.Builder
	b.WriteString("<table " + table + ">\n")
	for _, r := range mods {
		b.WriteString("<tr>")
		for _, d := range r {
			b.WriteString("<td " + cell(d) + "></td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>")
	return b.String()
}

// gridBlocks draws modules with full blocks, wide characters a module.
func gridBlocks(mods [][]bool, wide int, dark, light string) string {
	var b strings.Builder
	for _, r := range mods {
		for _, d := range r {
			s := light
			if d {
				s = dark
			}
			b.WriteString(strings.Repeat(s, wide))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// gridHalfBlocks draws two rows of modules a line with half blocks.
func gridHalfBlocks(mods [][]bool) string {
	var b strings.Builder
	for y := 0; y < len(mods); y += 2 {
		for x := range mods[y] {
			top, bottom := mods[y][x], y+1 < len(mods) && mods[y+1][x]
			switch {
			case top && bottom:
				b.WriteString("█")
			case top:
				b.WriteString("▀")
			case bottom:
				b.WriteString("▄")
			default:
				b.WriteString(" ")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// gridSVG draws modules as SVG: a white background, then one <rect> a
// dark module, or a path of unit squares, or stroked lines.
func gridSVG(mods [][]bool, style string) string {
	n := len(mods) + 8
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">`, n, n)
	b.WriteString(`<rect width="100%" height="100%" fill="#fff"/>`)
	switch style {
	case "squares":
		b.WriteString(`<path fill="#000" d="`)
	case "lines":
		b.WriteString(`<path stroke="#000000" d="`)
	}
	for y, r := range mods {
		for x, d := range r {
			if !d {
				continue
			}
			switch style {
			case "squares":
				fmt.Fprintf(&b, "M%d %dh1v1h-1z", x+4, y+4)
			case "lines":
				fmt.Fprintf(&b, "M%d %d.5h1", x+4, y+4)
			default:
				fmt.Fprintf(&b, `<rect x="%d" y="%d" width="1" height="1"/>`, x+4, y+4)
			}
		}
	}
	if style != "rects" {
		b.WriteString(`"/>`)
	}
	b.WriteString("</svg>")
	return b.String()
}

const gridURL = "https://login.evil.example/m?u=bob"

// htmlMail is a message with one HTML part.
func htmlMail(body string) []byte {
	return []byte("Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Scan the code to review your mailbox.</p>" + body + "</body></html>\r\n")
}

// textMail is a message with one text/plain part.
func textMail(body string) []byte {
	return []byte("Content-Type: text/plain; charset=utf-8\r\n\r\nScan the code to review your mailbox.\r\n\r\n" + body + "\r\nThe IT team\r\n")
}

// TestQRGrids: a QR code drawn without an image, as an HTML table, with
// block characters or with SVG shapes, is read as an image's code is.
func TestQRGrids(t *testing.T) {
	mods := qrtest.Modules(t, gridURL)
	quiet := withQuiet(mods, 2)
	big := qrtest.Modules(t, gridURL+"&"+strings.Repeat("x", 300)) // version 13: 69 modules
	bg := func(dark, light string, attr string) func(bool) string {
		return func(d bool) string {
			if d {
				return fmt.Sprintf(attr, dark)
			}
			return fmt.Sprintf(attr, light)
		}
	}
	for _, tc := range []struct {
		name string
		msg  []byte
		want string
	}{
		{"table bgcolor", htmlMail(gridTable(quiet, `cellspacing="0"`, bg("#000000", "#ffffff", `bgcolor="%s" width="6" height="6"`))), gridURL},
		{"table bgcolor without #, dark cells only", htmlMail(gridTable(mods, `cellspacing="0"`, func(d bool) string {
			if d {
				return `bgcolor="000000"`
			}
			return ""
		})), gridURL},
		{"table style background-color", htmlMail(gridTable(mods, `style="border-collapse:collapse"`,
			bg("#000", "#fff", `style="width:6px;height:6px;padding:0;background-color:%s"`))), gridURL},
		{"table style background shorthand, rgb", htmlMail(gridTable(quiet, ``,
			bg("rgb(10, 10, 40)", "white", `style="background: %s none; width:5px"`))), gridURL},
		{"table drawn light on a dark table", htmlMail(gridTable(mods, `bgcolor="black"`, bg("", "#fff", `bgcolor="%s"`))), ""},
		{"a large code in a table", htmlMail(gridTable(big, ``, bg("#000", "#fff", `bgcolor="%s"`))), gridURL + "&" + strings.Repeat("x", 300)},
		{"text full blocks, two a module", textMail(gridBlocks(quiet, 2, "█", " ")), gridURL},
		{"text full blocks, one a module", textMail(gridBlocks(mods, 1, "█", " ")), gridURL},
		{"text half blocks", textMail(gridHalfBlocks(quiet)), gridURL},
		{"text half blocks, no quiet zone", textMail(gridHalfBlocks(mods)), gridURL},
		{"html pre full blocks", htmlMail("<pre>" + gridBlocks(quiet, 2, "█", " ") + "</pre>"), gridURL},
		{"html lines of blocks and nbsp", htmlMail("<div style=\"font-family:monospace\">" +
			strings.ReplaceAll(gridBlocks(quiet, 2, "&#9608;", "&nbsp;"), "\n", "<br>\n") + "</div>"), gridURL},
		{"html half blocks in paragraphs", htmlMail(strings.ReplaceAll("<p>"+strings.ReplaceAll(strings.TrimSuffix(gridHalfBlocks(mods), "\n"), " ", "\u00a0"), "\n", "</p>\n<p>") + "</p>"), gridURL},
		{"svg attachment of rects", svgMail("Content-Type: image/svg+xml; name=code.svg", gridSVG(mods, "rects")), gridURL},
		{"svg attachment, path of squares", svgMail("Content-Type: image/svg+xml; name=code.svg", gridSVG(mods, "squares")), gridURL},
		{"svg attachment, stroked lines", svgMail("Content-Type: image/svg+xml; name=code.svg", gridSVG(mods, "lines")), gridURL},
		{"inline svg of rects", htmlMail(gridSVG(mods, "rects")), gridURL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(tc.msg, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var qrs []string
			for _, l := range x.Links {
				if l.Kind != KindQR {
					continue
				}
				qrs = append(qrs, l.Raw)
				if !l.Clickable || l.Rewritable() || !l.InAttachment() || l.Context == "" || l.Context != x.Lead {
					t.Errorf("qr link %+v: want a clickable attachment's link, not rewritable, with the lead", l)
				}
			}
			var want []string
			if tc.want != "" {
				want = []string{tc.want}
			}
			if tc.name == "table drawn light on a dark table" {
				want = []string{gridURL} // read inverted
			}
			if !slices.Equal(qrs, want) {
				t.Errorf("qr links %q, want %q", qrs, want)
			}
		})
	}
}

// qrLinks are the KindQR links Extract finds in msg.
func qrLinks(t *testing.T, msg []byte, opts Options) []string {
	t.Helper()
	ls, _ := Extract(msg, opts)
	var qrs []string
	for _, l := range ls {
		if l.Kind == KindQR {
			qrs = append(qrs, l.Raw)
		}
	}
	return qrs
}

// checkerboard is n x n modules of alternating tones.
func checkerboard(n int) [][]bool {
	m := make([][]bool, n)
	for y := range m {
		m[y] = make([]bool, n)
		for x := range m[y] {
			m[y][x] = (x+y)%2 == 0
		}
	}
	return m
}

// TestQRGridsOrdinary: ordinary tables and text with block or box-drawing
// characters give no QR link (and most are not even drawn).
func TestQRGridsOrdinary(t *testing.T) {
	calendar := "<table><tr>" + strings.Repeat(`<th bgcolor="#333">Mo</th>`, 7) + "</tr>" +
		strings.Repeat("<tr>"+strings.Repeat(`<td>1</td><td bgcolor="#000">2</td>`, 3)+`<td style="background:#eee">7</td></tr>`, 6) + "</table>"
	sheet := "<table>" + strings.Repeat("<tr>"+strings.Repeat(`<td style="border:1px solid #000">12.5</td>`, 30)+"</tr>", 40) + "</table>"
	banded := "<table>" + strings.Repeat("<tr>"+strings.Repeat(`<td bgcolor="#f2f2f2">a</td>`, 25)+"</tr><tr>"+strings.Repeat(`<td>b</td>`, 25)+"</tr>", 15) + "</table>"
	dark := "<table bgcolor=\"#111\">" + strings.Repeat("<tr>"+strings.Repeat(`<td style="color:#fff">x</td>`, 25)+"</tr>", 25) + "</table>"
	layout := `<table width="600" bgcolor="#ffffff"><tr><td bgcolor="#003366" height="80"><img src="https://a.example/logo.png"></td></tr>` +
		`<tr><td><table><tr><td bgcolor="#000" width="20"></td><td>News</td><td bgcolor="#fff"></td></tr></table></td></tr></table>`
	box := "┌──────────┐\n│ Invoice  │\n└──────────┘\n" + strings.Repeat("█", 30) + strings.Repeat("░", 10) + " 75%\n" +
		strings.Repeat("▀▄", 40) + "\n" + strings.Repeat("■ item\n", 30)
	banner := strings.Repeat("██╗  ██╗███████╗██╗     ██╗      ██████╗\n", 6) + strings.Repeat("█ ", 40) + "\n"
	for _, tc := range []struct {
		name string
		msg  []byte
	}{
		{"layout table", htmlMail(layout)},
		{"calendar", htmlMail(calendar)},
		{"spreadsheet", htmlMail(sheet)},
		{"banded rows", htmlMail(banded)},
		{"dark theme table", htmlMail(dark)},
		{"checkerboard table", htmlMail(gridTable(checkerboard(29), "", func(d bool) string {
			if d {
				return `bgcolor="#000"`
			}
			return `bgcolor="#fff"`
		}))},
		{"box drawing and bars", textMail(box)},
		{"a banner of blocks", textMail(banner)},
		{"checkerboard of blocks", textMail(gridBlocks(checkerboard(29), 2, "█", " "))},
		{"html box drawing", htmlMail("<pre>" + box + "</pre>")},
		{"svg icon", svgMail("Content-Type: image/svg+xml", `<svg viewBox="0 0 24 24"><rect x="2" y="2" width="20" height="20" rx="3"/><path d="M4 4h16v2H4z"/></svg>`)},
		{"svg chessboard", svgMail("Content-Type: image/svg+xml", gridSVG(checkerboard(25), "rects"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if qrs := qrLinks(t, tc.msg, Options{}); len(qrs) > 0 {
				t.Errorf("qr links %q, want none", qrs)
			}
		})
	}
}

// TestQRGridShapes: only grids shaped like a code are kept for drawing.
func TestQRGridShapes(t *testing.T) {
	full := func(w, h int, dark func(x, y int) bool) moduleGrid {
		g := newModuleGrid(w, h)
		for y := range h {
			for x := range w {
				g.set(x, y, dark(x, y))
			}
		}
		return g
	}
	mods := qrtest.Modules(t, gridURL)
	code := func(x, y int) bool { return mods[y%len(mods)][x%len(mods)] }
	for _, tc := range []struct {
		name string
		g    moduleGrid
		want bool
	}{
		{"a code", full(len(mods), len(mods), code), true},
		{"a chessboard", full(25, 25, func(x, y int) bool { return (x+y)%2 == 0 }), false},
		{"too small", full(20, 20, code), false},
		{"too large", full(maxGridSide+1, maxGridSide+1, code), false},
		{"far from square", full(60, 25, code), false},
		{"all dark", full(25, 25, func(int, int) bool { return true }), false},
		{"a frame", full(25, 25, func(x, y int) bool { return x == 0 || y == 0 || x == 24 || y == 24 }), false},
	} {
		c := &collector{}
		c.addGrid(tc.g)
		if got := len(c.grids) == 1; got != tc.want {
			t.Errorf("%s: kept %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestQRGridBounds: grids are read within the message's pixel budget, not
// with NoQR, and at most maxGrids a message.
func TestQRGridBounds(t *testing.T) {
	mods := qrtest.Modules(t, gridURL)
	one := gridBlocks(mods, 2, "█", " ")
	if qrs := qrLinks(t, textMail(one), Options{NoQR: true}); len(qrs) > 0 {
		t.Errorf("NoQR: qr links %q", qrs)
	}
	if qrs := qrLinks(t, textMail(one), Options{MaxQRPixels: 1000}); len(qrs) > 0 {
		t.Errorf("a budget of 1000 pixels: qr links %q", qrs)
	}
	many := strings.Repeat(one+"\n\nand again\n\n", maxGrids+3)
	if qrs := qrLinks(t, textMail(many), Options{}); len(qrs) != maxGrids {
		t.Errorf("%d codes: %d read, want %d", maxGrids+3, len(qrs), maxGrids)
	}
	var g moduleGrid
	g.w, g.h = maxGridSide, maxGridSide
	if px := g.pixels(); px > 700_000 {
		t.Errorf("the largest grid draws %d pixels", px)
	}
}

// Hostile grids cost time in proportion to their size: four times the
// input, at most ten times the time (best of three, both sizes timed at
// the same moment, so a busy machine slows both alike).
func TestQRGridLinearTime(t *testing.T) {
	for _, tc := range []struct {
		name string
		reps int // at the larger size
		msg  func(n int) []byte
	}{
		{"text wall", 3000, func(n int) []byte { return textMail(strings.Repeat(strings.Repeat("█ ", 300)+"\n", n)) }},
		{"html wall", 3000, func(n int) []byte {
			return htmlMail("<pre>" + strings.Repeat(strings.Repeat("█ ", 300)+"\n", n) + "</pre>")
		}},
		{"huge table", 400, func(n int) []byte {
			return htmlMail("<table>" + strings.Repeat("<tr>"+strings.Repeat(`<td bgcolor="#000"></td><td bgcolor="#fff"></td>`, 150)+"</tr>", n) + "</table>")
		}},
		{"nested tables", 2000, func(n int) []byte { return htmlMail(strings.Repeat(`<table bgcolor="#000"><tr><td>`, n)) }},
		{"svg of many shapes", 20000, func(n int) []byte {
			return htmlMail(`<svg>` + strings.Repeat(`<rect width="100%" height="100%"/><rect x="1" y="1" width="1" height="1"/><rect x="200" y="200" width="1" height="1" fill="#fff"/>`, n) + `</svg>`)
		}},
		{"svg path of many squares", 40000, func(n int) []byte {
			return svgMail("Content-Type: image/svg+xml", `<svg><path d="`+strings.Repeat("M1 1h1v1h-1zM3 3h1v1h-1z", n)+`"/></svg>`)
		}},
	} {
		small, big := tc.msg(tc.reps/4), tc.msg(tc.reps)
		lineartest.Check(t, tc.name, func() { Extract(small, Options{}) }, func() { Extract(big, Options{}) })
	}
}

// FuzzQRGrid: any text read as SVG, as lines of block characters and as
// HTML keeps at most maxGrids grids, each shaped like a code and small
// enough to draw. (Reading the drawn code is the image reader's, FuzzQR.)
func FuzzQRGrid(f *testing.F) {
	// Small seeds: the fuzzer minimises what it finds, one run per byte
	// removed; whole codes are FuzzExtract's seeds.
	mods := qrtest.Modules(f, "https://a.ex/")
	f.Add([]byte(gridHalfBlocks(mods)))
	f.Add([]byte("<pre>\n" + gridBlocks(mods[:3], 1, "█", "\u00a0") + "</pre><p>&#9608;&block;<br>▀▄</p>"))
	f.Add([]byte(`<svg viewBox="0 0 9 9"><rect width="100%" height="100%" fill="#fff"/><rect x="1" y="1" width="1" height="1"/><rect x="2" y="1" width="1" height="1" style="fill:black"/></svg>`))
	f.Add([]byte(`<svg><path stroke="#000000" d="M4 4.5h7m1 0h1"/><g fill="#000"><path d="M1,1 L2,1 2,2 1,2 Z m2 0 h1e0 v.5 H3z"/></g></svg>`))
	f.Add([]byte(`<table bgcolor=black><tr bgcolor="#fff"><td style="background: rgb(0 0 0)"></td><td colspan=3 bgcolor=000></td><th rowspan=2></th></tr></table>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		c := &collector{max: 10, hosts: hostCache{}}
		c.svgGrid(doc)
		c.blockGrids(doc)
		c.html = true
		scanHTML(doc, c, -1)
		if len(c.grids) > maxGrids {
			t.Fatalf("%d grids kept, limit %d", len(c.grids), maxGrids)
		}
		for _, gc := range c.grids {
			if !gc.g.codeShaped() || len(gc.g.dark) != gc.g.w*gc.g.h || gc.g.pixels() > 700_000 {
				t.Fatalf("grid %dx%d kept, not shaped like a code or too large to draw", gc.g.w, gc.g.h)
			}
		}
	})
}
