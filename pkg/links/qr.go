package links

import (
	"bytes"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strings"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// QR codes: a lure that prints its link as a QR code in an image asks the
// reader to open it on a phone, past every filter of the mail client.
// scanImage decodes PNG, JPEG and GIF attachments (inline images
// included) and adds the http(s) URL a QR code in them holds (KindQR);
// the images of PDFs (pdf_image.go), Office documents (office.go) and zip
// archives (archive.go) come to qrURL too, and codes drawn without an
// image (tables, block characters, SVG shapes: qrgrid.go) to qrImageURL.
// It reads one code per image,
// in images of at most maxQRPixels and at most Options.MaxQRPixels in
// all; larger images, images past that budget and codes that hold no web
// address (contacts, Wi-Fi settings, text) are not read. No image is ever fetched: only attached bytes are decoded.

// attImage is what attachedType returns for a PNG, JPEG or GIF image.
const attImage = "image/x-raster"

// QR reading bounds. Decoding and searching costs about 10 ns a pixel
// (BenchmarkQR), and a dark picture without a code, read twice, about 17,
// so at most about 70 ms an image and, within the default budget
// (DefaultMaxQRPixels, one such image), a message. One image may be a
// whole page: a letter or A4 page at 200 dpi (1700 x 2200, 3.7 MP) or a
// phone's screenshot (1179 x 2556, 3 MP), where lures place a small code
// in a corner as a printed notice does; a phone's full-size photo (12 MP)
// is over the bound and not read.
const (
	maxQRPixels     = 4 << 20 // pixels of one image (2048 x 2048)
	minQRSide       = 21      // the smallest QR code has 21 x 21 modules
	maxQRImageBytes = 4 << 20 // encoded bytes of one image part; a larger one is a photo or scan
)

// qrBudget counts the image pixels decoded for one message's QR codes
// against Options.MaxQRPixels (none with Options.NoQR).
// A stopped scan (stopper) has none left: every image is decoded through it.
type qrBudget struct {
	spent, max int
	stop       *stopper
}

func newQRBudget(opts Options, stop *stopper) qrBudget {
	if opts.NoQR {
		return qrBudget{}
	}
	return qrBudget{max: opts.MaxQRPixels, stop: stop}
}

// left: some of the budget is left.
func (b *qrBudget) left() bool { return b.spent < b.max && !b.stop.stopped() }

// take spends px pixels if the budget holds them.
func (b *qrBudget) take(px int) bool {
	if b.spent+px > b.max || b.stop.stopped() {
		return false
	}
	b.spent += px
	return true
}

// scanImage adds the web address of a QR code in an image attachment. Start
// and End are 0: the link has no text to replace. Its Context is the
// message's lead. Reading images is best effort: one too large to be
// within the bounds (a photo), or broken, is skipped without decoding it,
// and the message's scan is not partial or malformed for it.
func (sc *scan) scanImage(l leaf, c *collector, opts Options) {
	if l.bodyEnd-l.bodyStart > maxQRImageBytes || !sc.qr.left() {
		return
	}
	doc, err := decodeCTE(l.cte, l.src[l.bodyStart:l.bodyEnd])
	if err != nil || int64(len(doc)) > opts.MaxPartBytes {
		return
	}
	c.part = l.path
	sc.readImage(doc, c)
}

// readImage adds the web address of a QR code in the image doc (an
// attachment, or a file in an archive).
func (sc *scan) readImage(doc []byte, c *collector) {
	if u, ok := qrURL(doc, &sc.qr); ok {
		c.addAttached(u, KindQR, false, 0, 0, 0)
	}
}

// qrURL decodes the image doc and returns the http(s) URL its QR code
// holds, within the message's pixel budget.
func qrURL(doc []byte, budget *qrBudget) (string, bool) {
	img, ok := decodeBounded(doc, budget)
	if !ok {
		return "", false
	}
	return qrImageURL(img)
}

// qrImageURL returns the http(s) URL a QR code in img holds. A dark
// picture is also read inverted, for a code drawn light on dark; a light
// one, most pictures, is read once.
func qrImageURL(img image.Image) (string, bool) {
	src := gozxing.NewLuminanceSourceFromImage(img)
	if u, ok := decodeQR(src); ok {
		return u, true
	}
	if dark(src) {
		return decodeQR(src.Invert())
	}
	return "", false
}

// tryHarder makes the finder search look at every third row (gozxing's
// TRY_HARDER): by default it skips rows in proportion to the picture's
// height, 17 of a page's 2,200, past a small code's finder patterns (7
// modules of 2 pixels) in a corner of a page. Binarising costs more than
// the search, on a blank page and on specks alike (BenchmarkQR).
var tryHarder = map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}

// decodeQR reads one QR code from src.
func decodeQR(src gozxing.LuminanceSource) (string, bool) {
	bmp, err := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src))
	if err != nil {
		return "", false
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, tryHarder)
	if err != nil {
		return "", false
	}
	return qrWebAddress(res.GetText())
}

// dark: the picture is darker than mid-gray on average, as one with a
// code drawn light on a dark ground is.
func dark(src gozxing.LuminanceSource) bool {
	m := src.GetMatrix()
	sum := 0
	for _, v := range m {
		sum += int(v)
	}
	return len(m) > 0 && sum < 128*len(m)
}

// jpegMagic starts a JPEG file. A progressive JPEG is decoded in scans
// (SOS markers, 0xFF 0xDA, which never occur inside coded data), each a
// pass over the whole image: real files have about ten, so one with more
// than maxJPEGScans (counting an embedded thumbnail's) is crafted to
// make decoding slow, and is not read.
const (
	jpegMagic    = "\xff\xd8"
	maxJPEGScans = 64
)

// imageCodec is one image format's decoder pair.
type imageCodec struct {
	magic  string
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

// imageCodecs are the formats read, by their first bytes. The decoders are
// called directly rather than registered with package image, so importing
// this package changes no other code's image.Decode.
var imageCodecs = []imageCodec{
	{"\x89PNG\r\n\x1a\n", png.DecodeConfig, png.Decode},
	{jpegMagic, jpeg.DecodeConfig, jpeg.Decode},
	{"GIF8", gif.DecodeConfig, gif.Decode},
}

// decodeBounded decodes a PNG, JPEG or GIF image whose header says it is
// between minQRSide square and maxQRPixels, and within what is left of the
// message's pixel budget. Sizes are checked before any pixel
// is decoded, so a small file claiming a huge image costs nothing.
func decodeBounded(doc []byte, budget *qrBudget) (image.Image, bool) {
	for _, c := range imageCodecs {
		if !bytes.HasPrefix(doc, []byte(c.magic)) {
			continue
		}
		cfg, err := c.config(bytes.NewReader(doc))
		if err != nil || !qrSized(cfg.Width, cfg.Height) ||
			c.magic == jpegMagic && bytes.Count(doc, []byte{0xff, 0xda}) > maxJPEGScans ||
			!budget.take(cfg.Width*cfg.Height) {
			return nil, false
		}
		img, err := c.decode(bytes.NewReader(doc))
		return img, err == nil
	}
	return nil, false
}

// qrSized: an image can hold a QR code and is within maxQRPixels.
func qrSized(w, h int) bool {
	return w >= minQRSide && h >= minQRSide && w <= maxQRPixels/minQRSide && h <= maxQRPixels/minQRSide &&
		w*h <= maxQRPixels
}

// qrWebAddress accepts a QR code's text if it is one http(s) URL, or a
// host starting with www. (read as http), as phone cameras open them.
func qrWebAddress(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return "", false
	}
	low := asciiLower(s[:min(len(s), 8)])
	switch {
	case strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "http://"):
		return s, true
	case strings.HasPrefix(low, "www."):
		return "http://" + s, true
	}
	return "", false
}
