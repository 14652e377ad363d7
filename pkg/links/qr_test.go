package links

import (
	"bytes"
	"encoding/base64"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// qrImage draws text as a QR code on a white canvas of w x h pixels, the
// code side pixels wide at the top left after a margin.
func qrImage(t testing.TB, text string, side, w, h int) image.Image {
	t.Helper()
	m, err := qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, side, side, nil)
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for y := range side {
		for x := range side {
			if m.Get(x, y) {
				img.SetGray(x+10, y+10, color.Gray{})
			}
		}
	}
	return img
}

// invertGray swaps light and dark.
func invertGray(img *image.Gray) *image.Gray {
	out := image.NewGray(img.Rect)
	for i, v := range img.Pix {
		out.Pix[i] = 255 - v
	}
	return out
}

// encodeImage writes img as "png", "jpeg" or "gif".
func encodeImage(t testing.TB, img image.Image, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	var err error
	switch format {
	case "png":
		err = png.Encode(&b, img)
	case "jpeg":
		err = jpeg.Encode(&b, img, &jpeg.Options{Quality: 85})
	case "gif":
		err = gif.Encode(&b, img, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// imageMail is a message with a short text part and each image attached,
// base64, with the given part header.
func imageMail(partHeader string, imgs ...[]byte) []byte {
	var b strings.Builder
	b.WriteString("Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nScan the code to review your mailbox.\r\n")
	for _, img := range imgs {
		b.WriteString("--b\r\n" + partHeader + "\r\nContent-Transfer-Encoding: base64\r\n\r\n")
		enc := base64.StdEncoding.EncodeToString(img)
		for len(enc) > 76 {
			b.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		b.WriteString(enc + "\r\n")
	}
	b.WriteString("--b--\r\n")
	return []byte(b.String())
}

func TestQRCode(t *testing.T) {
	const url = "https://login.evil.example/m?u=bob"
	code := func(text, format string) []byte { return encodeImage(t, qrImage(t, text, 200, 240, 240), format) }
	pngType := "Content-Type: image/png"
	for _, tc := range []struct {
		name, header string
		imgs         [][]byte
		raws         []string
	}{
		{"png", pngType, [][]byte{code(url, "png")}, []string{url}},
		{"jpeg", "Content-Type: image/jpeg", [][]byte{code(url, "jpeg")}, []string{url}},
		{"gif", "Content-Type: image/gif", [][]byte{code(url, "gif")}, []string{url}},
		{"inline png by file name", "Content-Type: application/octet-stream; name=\"scan.PNG\"\r\nContent-Disposition: inline",
			[][]byte{code(url, "png")}, []string{url}},
		{"a www host", pngType, [][]byte{code("www.evil.example/m", "png")}, []string{"http://www.evil.example/m"}},
		{"upper case, as alphanumeric codes write it", pngType, [][]byte{code("HTTPS://EVIL.EXAMPLE/M", "png")}, []string{"HTTPS://EVIL.EXAMPLE/M"}},
		{"Wi-Fi settings are no link", pngType, [][]byte{code("WIFI:S:guest;T:WPA;P:secret;;", "png")}, nil},
		{"text is no link", pngType, [][]byte{code("see https://a.example/ and more", "png")}, nil},
		{"a photo without a code", pngType, [][]byte{encodeImage(t, image.NewGray(image.Rect(0, 0, 300, 200)), "png")}, nil},
		{"junk labelled png", pngType, [][]byte{[]byte("\x89PNG\r\n\x1a\nnot really")}, nil},
		{"a png labelled gif is read by its bytes", "Content-Type: image/gif", [][]byte{code(url, "png")}, []string{url}},
		{"drawn light on dark", pngType, [][]byte{encodeImage(t, invertGray(qrImage(t, url, 200, 240, 240).(*image.Gray)), "png")}, []string{url}},
		{"a jpeg with a crafted number of scans", "Content-Type: image/jpeg",
			[][]byte{append(code(url, "jpeg"), bytes.Repeat([]byte{0xff, 0xda, 0, 2}, maxJPEGScans)...)}, nil},
		{"two images, two codes", pngType, [][]byte{code(url, "png"), code("https://b.example/", "png")}, []string{url, "https://b.example/"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(imageMail(tc.header, tc.imgs...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var raws []string
			for _, l := range x.Links {
				raws = append(raws, l.Raw)
				if l.Kind != KindQR || !l.Clickable || l.Rewritable() || !l.InAttachment() || !strings.Contains(l.Context, "Scan the code") {
					t.Errorf("link %s: kind %s clickable %v rewritable %v context %q; want a clickable, not rewritable qr link with the lead as context",
						l.Host, l.Kind, l.Clickable, l.Rewritable(), l.Context)
				}
			}
			if !slices.Equal(raws, tc.raws) {
				t.Errorf("links %q, want %q", raws, tc.raws)
			}
		})
	}
}

// TestQRBounds: images too small, too large or past the message's pixel
// budget are not decoded.
func TestQRBounds(t *testing.T) {
	const url = "https://evil.example/"
	big := encodeImage(t, qrImage(t, url, 200, 2100, 2100), "png")   // 4.4 MP, over maxQRPixels
	page := encodeImage(t, qrImage(t, url, 70, 1700, 2200), "png")   // a letter page at 200 dpi, a small code (2 pixels a module) in its corner
	wide := encodeImage(t, qrImage(t, url, 1500, 1500, 1500), "png") // 2.25 MP, one large code
	edge := encodeImage(t, qrImage(t, url, 200, 1024, 1024), "png")  // 1 MP: four fit the default budget
	six := slices.Repeat([][]byte{edge}, 6)
	for _, tc := range []struct {
		name  string
		imgs  [][]byte
		opts  Options
		links int
	}{
		{"over the per-image bound", [][]byte{big}, Options{}, 0},
		{"a page with a code in its corner", [][]byte{page}, Options{}, 1},
		{"a large code", [][]byte{wide}, Options{}, 1},
		{"a page past the budget", [][]byte{edge, page}, Options{}, 1},
		{"within the budget", slices.Repeat([][]byte{edge}, 4), Options{}, 4},
		{"past the budget", six, Options{}, 4},
		{"a smaller budget", six, Options{MaxQRPixels: 2 << 20}, 2},
		{"no QR reading", six, Options{NoQR: true}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, err := Extract(imageMail("Content-Type: image/png", tc.imgs...), tc.opts)
			if err != nil || len(ls) != tc.links {
				t.Errorf("Extract = %d links, %v; want %d", len(ls), err, tc.links)
			}
		})
	}
	// A part too large to be read, or broken, is skipped: no link, and the
	// message's scan is neither partial nor malformed for it.
	for name, part := range map[string][]byte{
		"a 5 MiB photo":      append([]byte("\xff\xd8"), make([]byte, 5<<20)...),
		"garbage for base64": []byte("\x00not base64 at all"),
	} {
		msg := imageMail("Content-Type: image/jpeg", part)
		if name == "garbage for base64" {
			msg = bytes.Replace(msg, []byte(base64.StdEncoding.EncodeToString(part)), []byte("!!!@@@"), 1)
		}
		if ls, err := Extract(msg, Options{}); err != nil || len(ls) != 0 {
			t.Errorf("%s: Extract = %d links, %v; want none and no error", name, len(ls), err)
		}
	}
	for _, tc := range []struct {
		w, h int
		ok   bool
	}{{21, 21, true}, {20, 500, false}, {1448, 1448, true}, {2048, 2048, true}, {2049, 2049, false}, {199728, 21, true}, {199729, 21, false}, {1 << 30, 1 << 30, false}} {
		if got := qrSized(tc.w, tc.h); got != tc.ok {
			t.Errorf("qrSized(%d, %d) = %v, want %v", tc.w, tc.h, got, tc.ok)
		}
	}
}

func TestQRNotRewritten(t *testing.T) {
	msg := imageMail("Content-Type: image/png", encodeImage(t, qrImage(t, "https://evil.example/p", 120, 150, 150), "png"))
	ls, err := Extract(msg, Options{})
	if err != nil || len(ls) != 1 {
		t.Fatalf("Extract = %d links, %v; want 1", len(ls), err)
	}
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
	if !errors.Is(err, ErrNotRewritable) || !bytes.Equal(out, msg) {
		t.Errorf("Rewrite of a QR link: err %v, changed %v; want ErrNotRewritable and no change", err, !bytes.Equal(out, msg))
	}
}

// FuzzQR: any bytes, in any of the three formats, decode within the
// bounds or not at all, and yield at most a web address.
func FuzzQR(f *testing.F) {
	img := qrImage(f, "https://a.example/", 60, 80, 80)
	for _, format := range []string{"png", "jpeg", "gif"} {
		f.Add(encodeImage(f, img, format))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		budget := qrBudget{max: DefaultMaxQRPixels}
		u, ok := qrURL(doc, &budget)
		if budget.spent > budget.max || ok != (u != "") {
			t.Fatalf("spent %d pixels (limit %d), url %q ok %v", budget.spent, budget.max, u, ok)
		}
		if ok && !strings.HasPrefix(strings.ToLower(u), "http") {
			t.Fatalf("url %q is no web address", u)
		}
	})
}

// noiseGray is a w x h picture of random black and white specks.
func noiseGray(w, h int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, w, h))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.IntN(2) * 255)
	}
	return img
}

func BenchmarkQR(b *testing.B) {
	for _, tc := range []struct {
		name, format string
		w            int
	}{{"png-300", "png", 300}, {"jpeg-300", "jpeg", 300}, {"png-1448", "png", 1448}, {"jpeg-1448", "jpeg", 1448},
		{"png-1448-light-nocode", "png", 0}, {"png-1448-dark-nocode", "png", -1}, {"png-2048-noise", "png", -2}} {
		var img image.Image
		switch {
		case tc.w == -2:
			img = noiseGray(2048, 2048) // specks everywhere: the finder search's worst case
		case tc.w == 0:
			img = invertGray(image.NewGray(image.Rect(0, 0, 1448, 1448)))
		case tc.w < 0:
			img = image.NewGray(image.Rect(0, 0, 1448, 1448)) // black: read again inverted
		default:
			img = qrImage(b, "https://evil.example/", min(tc.w-20, 400), tc.w, tc.w)
		}
		doc := encodeImage(b, img, tc.format)
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				budget := qrBudget{max: DefaultMaxQRPixels}
				qrURL(doc, &budget)
			}
		})
	}
}

// TestQRInlineDataImage: a QR code in an image the HTML carries as a data:
// URL (an <img> source, a srcset candidate, a CSS background) is read as
// an attached image's is: mail clients show it, and lures embed their
// code so to pass scanners that read only attached images.
func TestQRInlineDataImage(t *testing.T) {
	const url = "https://login.evil.example/m?u=bob"
	enc := base64.StdEncoding.EncodeToString(encodeImage(t, qrImage(t, url, 200, 240, 240), "png"))
	for _, tc := range []struct{ name, html string }{
		{"img src", `<img width="200" src="data:image/png;base64,` + enc + `">`},
		{"css background", `<div style="background-image:url('data:image/png;base64,` + enc + `')"></div>`},
		{"style sheet", `<style>.q{background:url(data:image/png;base64,` + enc + `)}</style><div class="q"></div>`},
		{"upper-case type, spaces", `<img src=" DATA:IMAGE/PNG;BASE64,` + enc + `">`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("Content-Type: text/html\r\n\r\n<html><body><p>Scan the code to review your mailbox.</p>" + tc.html + "</body></html>\r\n")
			ls, _ := Extract(msg, Options{})
			var qrs []string
			for _, l := range ls {
				if l.Kind == KindQR {
					qrs = append(qrs, l.Raw)
					if l.Rewritable() || !l.InAttachment() || !strings.Contains(l.Context, "Scan the code") {
						t.Errorf("qr link %+v: want an attachment's link, not rewritable, with the lead", l)
					}
				}
			}
			if !slices.Equal(qrs, []string{url}) {
				t.Errorf("qr links %q, want %s", qrs, url)
			}
		})
	}
}

// TestQRInSVGPicture: a QR code in a picture an SVG attachment carries in a
// data: URL (<image href>, or <img src> in embedded HTML) is read; a
// picture linked from the web is not fetched.
func TestQRInSVGPicture(t *testing.T) {
	const url = "https://svg-pic.evil.example/m"
	enc := base64.StdEncoding.EncodeToString(encodeImage(t, qrImage(t, url, 200, 240, 240), "png"))
	for _, tc := range []struct {
		name, svg string
		want      []string
	}{
		{"image href", `<svg xmlns="http://www.w3.org/2000/svg"><image width="240" height="240" href="data:image/png;base64,` + enc + `"/></svg>`, []string{url}},
		{"image xlink:href", `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="data:image/png;base64,` + enc + `"/></svg>`, []string{url}},
		{"img in embedded HTML", `<svg><foreignObject width="240" height="240"><img xmlns="http://www.w3.org/1999/xhtml" src="data:image/png;base64,` + enc + `"/></foreignObject></svg>`, []string{url}},
		{"a picture on the web", `<svg><image href="https://cdn.example/q.png"/></svg>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := qrLinks(t, svgMail("Content-Type: image/svg+xml", tc.svg), Options{}); !slices.Equal(got, tc.want) {
				t.Errorf("QR links %q, want %q", got, tc.want)
			}
		})
	}
}
