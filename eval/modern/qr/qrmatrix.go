//go:build ignore

// qrmatrix writes a QR code's modules as rows of 0 and 1, the form the
// synthetic mailboxes' generators (python, without a QR library) paint into
// PNG images and PDF pages. Run once per code; its output is committed:
//
//	go run eval/modern/qr/qrmatrix.go 'TEXT' > eval/modern/qr/NAME.txt
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: qrmatrix TEXT")
		os.Exit(2)
	}
	// width 1: the writer returns one pixel per module, quiet zone included
	m, err := qrcode.NewQRCodeWriter().Encode(os.Args[1], gozxing.BarcodeFormat_QR_CODE, 1, 1, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "qrmatrix:", err)
		os.Exit(1)
	}
	for y := range m.GetHeight() {
		var b strings.Builder
		for x := range m.GetWidth() {
			if m.Get(x, y) {
				b.WriteByte('1')
			} else {
				b.WriteByte('0')
			}
		}
		fmt.Println(b.String())
	}
}
