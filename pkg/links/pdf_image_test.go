package links

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"slices"
	"testing"
)

// pdfWithImage is a one-page PDF whose image XObject has dict entries
// and stream data.
func pdfWithImage(entries string, data []byte) []byte {
	return fmt.Appendf(nil, "%%PDF-1.7\n4 0 obj\n<< /Type /XObject /Subtype /Image %s /Length %d >>\nstream\n%s\nendstream\nendobj\n%%%%EOF\n",
		entries, len(data), data)
}

func deflate(t testing.TB, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	z := zlib.NewWriter(&out)
	if _, err := z.Write(b); err != nil {
		t.Fatal(err)
	}
	z.Close()
	return out.Bytes()
}

// pngIDAT is the zlib stream of PNG-filtered rows that image/png writes
// for img: what a PDF holds with /Predictor 15.
func pngIDAT(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	p, idat := b.Bytes()[8:], []byte(nil)
	for len(p) >= 12 {
		n := int(binary.BigEndian.Uint32(p))
		if string(p[4:8]) == "IDAT" {
			idat = append(idat, p[8:8+n]...)
		}
		p = p[12+n:]
	}
	return idat
}

// samples are the raw rows of img: gray, RGB, or 1 bit packed (dark 0).
func samples(img *image.Gray, format string) []byte {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	var out []byte
	for y := range h {
		row := img.Pix[y*img.Stride : y*img.Stride+w]
		switch format {
		case "rgb":
			for _, v := range row {
				out = append(out, v, v/2+128*(v/255), v)
			}
		case "bits":
			packed := make([]byte, (w+7)/8)
			for x, v := range row {
				if v > 127 {
					packed[x/8] |= 0x80 >> (x % 8)
				}
			}
			out = append(out, packed...)
		default:
			out = append(out, row...)
		}
	}
	return out
}

func TestPDFQRCode(t *testing.T) {
	const url = "https://scan.evil.example/m"
	gray := qrImage(t, url, 120, 150, 150).(*image.Gray)
	rgb := image.NewRGBA(gray.Rect)
	for i, v := range gray.Pix {
		rgb.Set(i%gray.Stride, i/gray.Stride, color.RGBA{v, v, v, 255})
	}
	dims := "/Width 150 /Height 150"
	for _, tc := range []struct {
		name, entries string
		data          []byte
		want          []string
	}{
		{"jpeg", dims + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", encodeImage(t, gray, "jpeg"), []string{url}},
		{"flate gray", dims + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(t, samples(gray, "gray")), []string{url}},
		{"flate rgb, ICC color space", dims + " /ColorSpace 7 0 R /BitsPerComponent 8 /Filter /FlateDecode", deflate(t, samples(gray, "rgb")), []string{url}},
		{"flate gray, png predictors", dims + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /Columns 150 >>",
			pngIDAT(t, gray), []string{url}},
		{"flate rgb, png predictors", dims + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/FlateDecode] /DecodeParms << /Predictor 15 /Colors 3 /Columns 150 >>",
			pngIDAT(t, rgb), []string{url}},
		{"1-bit gray", dims + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode", deflate(t, samples(gray, "bits")), []string{url}},
		{"image mask", dims + " /ImageMask true /Filter /FlateDecode", deflate(t, samples(gray, "bits")), []string{url}},
		{"inverted by /Decode", dims + " /ImageMask true /Decode [1 0] /Filter /FlateDecode", deflate(t, invertBits(samples(gray, "bits"))), []string{url}},
		{"samples too short", dims + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(t, samples(gray, "gray")[:150*100]), nil},
		{"a huge size claimed", "/Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(t, samples(gray, "gray")), nil},
		{"an indirect width", "/Width 9 0 R /Height 150 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(t, samples(gray, "gray")), nil},
		{"another filter", dims + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode", samples(gray, "bits"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			budget := qrBudget{max: DefaultMaxQRPixels}
			var got []string
			for _, u := range pdfQRs(pdfWithImage(tc.entries, tc.data), nil, 10, &budget) {
				got = append(got, u.uri)
			}
			if !slices.Equal(got, tc.want) || budget.spent > budget.max {
				t.Errorf("pdfQRs = %q (%d pixels spent), want %q", got, budget.spent, tc.want)
			}
		})
	}
}

func invertBits(b []byte) []byte {
	out := slices.Clone(b)
	for i := range out {
		out[i] = ^out[i]
	}
	return out
}

// TestPDFQRAttachment: a code in a PDF attachment is a KindQR link of the
// PDF's part, not rewritable, after the PDF's own links.
func TestPDFQRAttachment(t *testing.T) {
	img := qrImage(t, "https://scan.evil.example/m", 120, 150, 150).(*image.Gray)
	pdf := pdfWithImage("/Width 150 /Height 150 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", deflate(t, samples(img, "gray")))
	pdf = append(pdf, "<< /A << /S /URI /URI (https://pdf-link.example/) >> >>\n"...)
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nScan the code in the attached notice.\r\n" +
		"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapB64(string(pdf)) + "--b--\r\n")
	ls, err := Extract(msg, Options{})
	if err != nil || len(ls) != 2 {
		t.Fatalf("Extract = %d links, %v; want 2", len(ls), err)
	}
	if ls[0].Kind != KindPDF || ls[1].Kind != KindQR || ls[1].Host != "scan.evil.example" || ls[1].Part != "2" || ls[1].Rewritable() {
		t.Errorf("links = %s %s, %s %s part %q rewritable %v; want a pdf link then a not rewritable qr link in part 2",
			ls[0].Kind, ls[0].Host, ls[1].Kind, ls[1].Host, ls[1].Part, ls[1].Rewritable())
	}
}

func TestUnpredict(t *testing.T) {
	// Rows of 3 bytes, 1 byte a pixel: None, Sub, Up, Average, Paeth.
	in := []byte{0, 10, 20, 30, 1, 5, 5, 5, 2, 1, 1, 1, 3, 2, 2, 2, 4, 1, 0, 0}
	want := []byte{0, 10, 20, 30, 1, 5, 10, 15, 2, 6, 11, 16, 3, 5, 10, 15, 4, 6, 10, 15}
	if !unpredict(in, 3, 1) || !bytes.Equal(in, want) {
		t.Errorf("unpredict = %v, want %v", in, want)
	}
	if unpredict([]byte{5, 1, 2, 3}, 3, 1) {
		t.Error("unpredict accepted filter type 5")
	}
}

// FuzzPDFImage: any stream data under any of the dictionaries decodes
// within the pixel budget, or not at all.
func FuzzPDFImage(f *testing.F) {
	img := qrImage(f, "https://a.example/", 40, 50, 50).(*image.Gray)
	f.Add("/Width 50 /Height 50 /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 >>", pngIDAT(f, img))
	f.Add("/Width 50 /Height 50 /ImageMask true /Filter /FlateDecode", deflate(f, samples(img, "bits")))
	f.Add("/Width 50 /Height 50 /BitsPerComponent 8 /Filter /DCTDecode", encodeImage(f, img, "jpeg"))
	f.Fuzz(func(t *testing.T, entries string, data []byte) {
		budget := qrBudget{max: DefaultMaxQRPixels}
		us := pdfQRs(pdfWithImage(entries, data), nil, 3, &budget)
		if len(us) > 3 || budget.spent > budget.max {
			t.Fatalf("%d codes (limit 3), %d pixels spent (limit %d)", len(us), budget.spent, budget.max)
		}
	})
}

// TestUnpredictMatchesPNG: undoing the filters image/png chose for a noisy
// image gives back its pixels exactly.
func TestUnpredictMatchesPNG(t *testing.T) {
	const w, h = 37, 23
	gray, rgb := image.NewGray(image.Rect(0, 0, w, h)), image.NewRGBA(image.Rect(0, 0, w, h))
	seed := uint32(7)
	next := func() byte { seed = seed*1664525 + 1013904223; return byte(seed >> 24) }
	var wantRGB []byte
	for y := range h {
		for x := range w {
			gray.SetGray(x, y, color.Gray{next() / 4 * uint8(x%3)})
			c := color.RGBA{next(), byte(x * y), next() / 2, 255}
			rgb.SetRGBA(x, y, c)
			wantRGB = append(wantRGB, c.R, c.G, c.B)
		}
	}
	for _, tc := range []struct {
		name       string
		img        image.Image
		comps      int
		wantPixels []byte
	}{{"gray", gray, 1, gray.Pix}, {"rgb", rgb, 3, wantRGB}} {
		raw, _ := inflate(pngIDAT(t, tc.img), 1<<20)
		stride := w * tc.comps
		if len(raw) != h*(stride+1) || !unpredict(raw, stride, tc.comps) {
			t.Fatalf("%s: %d bytes, want %d, or a filter refused", tc.name, len(raw), h*(stride+1))
		}
		var got []byte
		for y := range h {
			got = append(got, raw[y*(stride+1)+1:(y+1)*(stride+1)]...)
		}
		if !bytes.Equal(got, tc.wantPixels) {
			t.Errorf("%s: unpredicted rows differ from the image's pixels", tc.name)
		}
	}
}
