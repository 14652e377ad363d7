package links

import (
	"bytes"
	"image"
)

// Images inside a PDF (image XObjects, ISO 32000-1, 8.9.5) read for QR
// codes: a lure that puts its code in a PDF passes every reader of links.
// Read are JPEG images (/DCTDecode, whose data is a JPEG file) and
// Flate-compressed samples of 8 bits (gray, RGB or CMYK, the number of
// components taken from the data's size, so an ICC color space needs no
// parsing) or 1 bit (gray, or an image mask), with or without PNG
// predictors. Other filters (JPX, JBIG2, CCITT fax) are not read. Every
// image counts against the message's QR pixel budget before it is
// inflated or decoded.

// maxPDFImages bounds the image streams looked at per document.
const maxPDFImages = 64

// pdfQRs appends the web addresses of QR codes in the images of the PDF
// document b, each at the offset of its image stream, within the
// message's pixel budget.
func pdfQRs(b []byte, out []pdfURI, limit int, budget *qrBudget) []pdfURI {
	if !isPDF(b) {
		return out
	}
	imgs := &pdfStreams{b: b, name: "/Image", want: isImage, maxNames: 4 * maxPDFImages}
	for n := 0; n < maxPDFImages && len(out) < limit && budget.left(); n++ {
		s, ok := imgs.next()
		if !ok {
			break
		}
		img := pdfImage(imgs.dict, b[s.start:s.end], budget)
		if img == nil {
			continue
		}
		if u, ok := qrImageURL(img); ok {
			out = append(out, pdfURI{uri: u, off: s.start})
		}
	}
	return out
}

// isImage: an image XObject's dictionary.
func isImage(dict []byte) bool {
	return hasName(dict, "/Subtype", "/Image")
}

// pdfImage decodes one image stream, or returns nil.
func pdfImage(dict, data []byte, budget *qrBudget) image.Image {
	if filterIs(dict, "/DCTDecode") {
		img, _ := decodeBounded(data, budget)
		return img
	}
	w, okW := directInt(dict, "/Width")
	h, okH := directInt(dict, "/Height")
	bpc, okB := directInt(dict, "/BitsPerComponent")
	if hasName(dict, "/ImageMask", "true") {
		bpc, okB = 1, true
	}
	if !okW || !okH || !okB || (bpc != 8 && bpc != 1) || !filterIs(dict, "/FlateDecode") ||
		!qrSized(w, h) || !budget.take(w*h) {
		return nil
	}
	pred, _ := directInt(dict, "/Predictor")
	return samplesImage(dict, data, w, h, bpc, pred >= 10)
}

// samplesImage inflates w x h samples of bpc bits and makes a gray image
// of them. The components per sample (1, 3 or 4) are what the inflated
// size says; with png, each row starts with a PNG filter byte.
func samplesImage(dict, data []byte, w, h, bpc int, png bool) image.Image {
	extra := 0
	if png {
		extra = 1
	}
	rowOf := func(comps int) int { return (w*comps*bpc + 7) / 8 }
	raw, n := inflate(data, int64(h*(rowOf(4)+extra))+1)
	for _, comps := range []int{1, 3, 4} {
		row := rowOf(comps)
		if int(n) != h*(row+extra) || bpc == 1 && comps > 1 {
			continue
		}
		if png && !unpredict(raw, row, max(1, comps*bpc/8)) {
			return nil
		}
		return grayImage(raw, w, h, row+extra, extra, comps, bpc, invertedDecode(dict))
	}
	return nil
}

// invertedDecode: a /Decode [1 0] array swaps dark and light.
func invertedDecode(dict []byte) bool {
	i := keyAt(dict, "/Decode")
	if i < 0 {
		return false
	}
	f := bytes.Fields(bytes.TrimLeft(dict[i+len("/Decode"):], " \t\r\n["))
	return len(f) > 0 && bytes.Equal(f[0], []byte("1"))
}

// unpredict reverses PNG row filters in place (RFC 2083, 6): rows of
// stride bytes, each after its filter byte; bpp bytes per pixel.
func unpredict(b []byte, stride, bpp int) bool {
	var prev []byte
	for off := 0; off+1+stride <= len(b); off += stride + 1 {
		ft, cur := b[off], b[off+1:off+1+stride]
		for i := range cur {
			var left, up, ul int
			if i >= bpp {
				left = int(cur[i-bpp])
			}
			if prev != nil {
				up = int(prev[i])
				if i >= bpp {
					ul = int(prev[i-bpp])
				}
			}
			switch ft {
			case 0:
			case 1:
				cur[i] += byte(left)
			case 2:
				cur[i] += byte(up)
			case 3:
				cur[i] += byte((left + up) / 2)
			case 4:
				cur[i] += byte(paeth(left, up, ul))
			default:
				return false
			}
		}
		prev = cur
	}
	return true
}

// paeth is the PNG Paeth predictor.
func paeth(a, b, c int) int {
	p := a + b - c
	pa, pb, pc := abs(p-a), abs(p-b), abs(p-c)
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// grayImage turns rows of samples (stride bytes apart, the first skip of
// each a filter byte) into a gray image. 1-bit samples are 0 dark, 1
// light, as in DeviceGray and in an image mask's unpainted background;
// RGB becomes luminance, CMYK the lightness left by ink.
func grayImage(raw []byte, w, h, stride, skip, comps, bpc int, invert bool) image.Image {
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		row := raw[y*stride+skip : (y+1)*stride]
		out := img.Pix[y*img.Stride : y*img.Stride+w]
		for x := range out {
			out[x] = sample(row, x, comps, bpc)
			if invert {
				out[x] = 255 - out[x]
			}
		}
	}
	return img
}

// sample is the gray value of pixel x of a row.
func sample(row []byte, x, comps, bpc int) byte {
	if bpc == 1 {
		return byte(int(row[x/8]>>(7-x%8)&1) * 255)
	}
	p := row[x*comps : x*comps+comps]
	switch comps {
	case 3:
		return byte((299*int(p[0]) + 587*int(p[1]) + 114*int(p[2])) / 1000)
	case 4:
		ink := max(int(p[0]), int(p[1]), int(p[2]))
		return byte((255 - ink) * (255 - int(p[3])) / 255)
	}
	return p[0]
}
