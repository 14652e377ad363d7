package links

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/qrtest"
)

// vectorCode is a content stream filling one rectangle per dark module of
// a QR code holding url, side units a module, after prefix (a colour, a
// transformation) and before op (the painting operator).
func vectorCode(t testing.TB, url string, side float64, prefix, op string) string {
	var b strings.Builder
	b.WriteString(prefix)
	for y, row := range qrtest.Modules(t, url) {
		for x, dark := range row {
			if dark {
				fmt.Fprintf(&b, "%g %g %g %g re\n", 100+float64(x)*side, 700-float64(y)*side, side, side)
			}
		}
	}
	b.WriteString(op)
	return b.String()
}

// vectorPDF is a one-page PDF whose content stream is content.
func vectorPDF(content string) []byte {
	return pdfDoc("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>", content)
}

// pdfMail attaches a PDF document to a message.
func pdfMail(doc []byte) []byte {
	return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the attached notice.\r\n" +
		"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapB64(string(doc)) + "--b--\r\n")
}

// TestPDFVectorQR: a QR code a page draws with filled rectangles is read as
// an image's code is; one drawn in white, stroked, or too few rectangles
// are not.
func TestPDFVectorQR(t *testing.T) {
	const url = "https://vector.evil.example/enrol"
	header := "0 g\n20 760 560 20 re f\nBT /F1 12 Tf 72 720 Td (Scan to re-register) Tj ET\n"
	for _, tc := range []struct {
		name    string
		content string
		opts    Options
		want    []string
	}{
		{"black modules", "stream:" + vectorCode(t, url, 4, "0 g\n", "f\n"), Options{}, []string{url}},
		{"compressed, with a header bar and text", "flate:" + header + vectorCode(t, url, 3, "q 0 0 0 rg\n", "f\nQ\n"), Options{}, []string{url}},
		{"CMYK black, fractional modules under a scale", "stream:1 0 0 1 0 0 cm\n" + vectorCode(t, url, 2.83, "0 0 0 1 k\n", "f*\n"), Options{}, []string{url}},
		{"a colour set by scn", "stream:/CS0 cs\n" + vectorCode(t, url, 4, "0.1 0.1 0.1 scn\n", "f\n"), Options{}, []string{url}},
		{"drawn in white", "stream:" + vectorCode(t, url, 4, "1 g\n", "f\n"), Options{}, nil},
		{"stroked, not filled", "stream:" + vectorCode(t, url, 4, "0 g\n", "S\n"), Options{}, nil},
		{"a table's few cells", "stream:0 g\n10 10 100 1 re 10 30 100 1 re 10 50 100 1 re f\n", Options{}, nil},
		{"no QR reading", "stream:" + vectorCode(t, url, 4, "0 g\n", "f\n"), Options{NoQR: true}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := qrLinks(t, pdfMail(vectorPDF(tc.content)), tc.opts); !slices.Equal(got, tc.want) {
				t.Errorf("QR links %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzPDFVector: reading rectangles from any content stream never fails,
// keeps within maxVectorRects, and a raster is read within the budget.
func FuzzPDFVector(f *testing.F) {
	f.Add([]byte(vectorCode(f, "https://q.example/", 4, "0 g\n", "f\n")))
	f.Add([]byte("0 g 1e308 1e308 -1e308 1e308 re f (x) Tj <41> BI /W 1 ID xx EI q 0 0 0 1 k Q"))
	f.Fuzz(func(t *testing.T, c []byte) {
		var r rectRun
		r.read(c)
		if len(r.dark) > maxVectorRects {
			t.Fatalf("%d rectangles kept", len(r.dark))
		}
		// A budget the size of the seed's drawing (a version 1 code at 8
		// pixels a module) rather than a message's: the bound is checked
		// the same way, and a page-sized raster decoded with TRY_HARDER
		// each run made 100,000 runs take five minutes of the fuzz smoke.
		budget := qrBudget{max: 1 << 16}
		rectsQR(r.dark, &budget)
		if budget.spent > budget.max {
			t.Fatalf("spent %d pixels", budget.spent)
		}
	})
}
