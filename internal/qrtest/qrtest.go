// Package qrtest draws QR codes for tests: the messages that carry one are
// built in several packages' tests, the code image in one place.
package qrtest

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// PNG is a PNG image, side pixels square, of a QR code holding text.
func PNG(tb testing.TB, text string, side int) []byte {
	tb.Helper()
	m, err := qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, side, side, nil)
	if err != nil {
		tb.Fatalf("qrtest: encode %q: %v", text, err)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		tb.Fatalf("qrtest: png: %v", err)
	}
	return b.Bytes()
}

// Modules is the module matrix of a QR code holding text, without a quiet
// zone: Modules(...)[y][x] is true for a dark module.
func Modules(tb testing.TB, text string) [][]bool {
	tb.Helper()
	hints := map[gozxing.EncodeHintType]any{gozxing.EncodeHintType_MARGIN: 0}
	m, err := qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, 1, 1, hints)
	if err != nil {
		tb.Fatalf("qrtest: encode %q: %v", text, err)
	}
	rows := make([][]bool, m.GetHeight())
	for y := range rows {
		rows[y] = make([]bool, m.GetWidth())
		for x := range rows[y] {
			rows[y][x] = m.Get(x, y)
		}
	}
	return rows
}
