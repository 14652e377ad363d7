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
