package links

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"strings"
	"testing"
	"time"
)

// stopMessages are messages whose links are found one by one deep inside
// one reader's loop, for TestStopInsideReaders.
func stopMessages(t *testing.T) map[string][]byte {
	t.Helper()
	var html, text, parts, rtf strings.Builder
	for i := range 200 {
		fmt.Fprintf(&html, "<p>Item %d: <a href=\"https://h%d.evil.example/\">open</a></p>\n", i, i)
		fmt.Fprintf(&text, "Item %d: https://t%d.evil.example/\n", i, i)
	}
	parts.WriteString("Content-Type: multipart/mixed; boundary=b\r\n\r\n")
	for i := range 60 {
		fmt.Fprintf(&parts, "--b\r\nContent-Type: text/plain\r\n\r\nsee https://p%d.evil.example/\r\n", i)
	}
	parts.WriteString("--b--\r\n")
	rtf.WriteString(`{\rtf1\ansi `)
	for i := range 24 {
		fmt.Fprintf(&rtf, `{\field{\*\fldinst HYPERLINK "https://r%d.evil.example/"}{\fldrslt open}}\par `, i)
		rtf.WriteString(strings.Repeat("padding text ", 3<<10)) // 39 KiB: a look every other field
	}
	rtf.WriteString("}")
	zipped := map[string]string{}
	for i := range maxZipFiles {
		zipped[fmt.Sprintf("page%02d.html", i)] = fmt.Sprintf(`<a href="https://z%d.evil.example/">open</a>`, i)
	}
	var pdf strings.Builder
	pdf.WriteString("%PDF-1.7\n")
	for i := range 40 {
		pdf.WriteString(objStm(fmt.Sprintf("1 0 << /A << /S /URI /URI (https://o%d.evil.example/) >> >>", i), "/FlateDecode"))
	}
	office := map[string]string{}
	for i := range 40 {
		office[fmt.Sprintf("word/_rels/part%02d.xml.rels", i)] = rels(rel("rId1", relHyperlink, fmt.Sprintf("https://w%d.evil.example/", i), "External"))
	}
	fields := map[string]string{}
	for i := range 40 {
		fields[fmt.Sprintf("word/part%02d.xml", i)] = fmt.Sprintf(`<w:p xmlns:w="w"><w:fldSimple w:instr="HYPERLINK &quot;https://f%d.evil.example/&quot;"/></w:p>`, i)
	}
	var tnefHTML strings.Builder
	for i := range 200 {
		fmt.Fprintf(&tnefHTML, "<p><a href=\"https://n%d.evil.example/\">open</a></p>\n", i)
	}
	var codes [][]byte
	var pdfImages strings.Builder
	pdfImages.WriteString("%PDF-1.7\n")
	for i := range 6 {
		img := qrImage(t, fmt.Sprintf("https://q%d.evil.example/", i), 120, 150, 150)
		codes = append(codes, encodeImage(t, img, "png"))
		data := deflate(t, samples(img.(*image.Gray), "gray"))
		fmt.Fprintf(&pdfImages, "%d 0 obj\n<< /Type /XObject /Subtype /Image /Width 150 /Height 150 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n", i+4, len(data), data)
	}
	vectorObjs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R 9 0 R] /Count 4 >>"}
	for i := range maxVectorPages {
		vectorObjs = append(vectorObjs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>", 4+2*i),
			"stream:"+vectorCode(t, fmt.Sprintf("https://v%d.evil.example/", i), 4, "0 g\n", "f\n"))
	}
	var icsProps []string
	for i := range maxZipFiles {
		page := fmt.Sprintf(`<a href="https://c%d.evil.example/">open</a>`, i)
		icsProps = append(icsProps, "ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=a.html:"+base64.StdEncoding.EncodeToString([]byte(page)))
	}
	attach := func(header string, doc []byte) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe document is attached.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(doc) + "\r\n--b--\r\n")
	}
	return map[string][]byte{
		"html tokens":        msgOf("text/html", "", html.String()),
		"text urls":          msgOf("text/plain", "", text.String()),
		"mime parts":         []byte(parts.String()),
		"rtf":                attach("Content-Type: application/rtf; name=\"a.rtf\"", []byte(rtf.String())),
		"zip entries":        zipMail("Content-Type: application/zip; name=\"a.zip\"", ooxml(zipped)),
		"pdf object stream":  attach("Content-Type: application/pdf; name=\"a.pdf\"", []byte(pdf.String())),
		"pdf vector codes":   attach("Content-Type: application/pdf; name=\"v.pdf\"", pdfDoc(vectorObjs...)),
		"office rels parts":  attach("Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"a.docx\"", ooxml(office)),
		"office field parts": attach("Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"a.docx\"", ooxml(fields)),
		"tar entries":        zipMail("Content-Type: application/x-tar; name=\"a.tar\"", tarOf(zipped)),
		"tnef body":          zipMail("Content-Type: application/ms-tnef; name=\"winmail.dat\"", tnefWith([][2]any{{prHTML, []byte(tnefHTML.String())}})),
		"qr images":          imageMail("Content-Type: image/png; name=\"a.png\"", codes...),
		"calendar files":     icsWith(strings.Join(icsProps, "\r\n")),
		"pdf qr images":      attach("Content-Type: application/pdf; name=\"a.pdf\"", []byte(pdfImages.String())),
	}
}

// stopAt is a stopper whose context ends at its n-th look (0: never),
// counting its looks in *looks when looks is not nil.
func stopAt(n int, looks *int) *stopper {
	seen := 0
	return &stopper{ended: func() bool {
		seen++
		if looks != nil {
			*looks = seen
		}
		return n > 0 && seen >= n
	}}
}

// newStopper's stopper ends with its context, also one ended before the
// scan starts, and only a look at it after the end counts as stopping.
func TestNewStopper(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s, release := newStopper(ctx)
	defer release()
	if s.stopped() || s.seen {
		t.Fatal("stopper of a live context stopped")
	}
	cancel()
	for i := 0; !s.stopped(); i++ {
		if i == 1000 {
			t.Fatal("stopper did not stop after its context ended")
		}
		time.Sleep(time.Millisecond)
	}
	if !s.seen {
		t.Error("a look that stopped the scan is not seen")
	}
	if s, _ := newStopper(ctx); !s.stopped() {
		t.Error("stopper of an ended context did not stop at its first look")
	}
}

// TestStopInsideReaders stops each reader halfway through its looks at
// the stopper (counted on a whole scan) and wants part of its links: the
// reader looked inside its loop, not only before or after it, and the scan
// says it stopped.
func TestStopInsideReaders(t *testing.T) {
	for name, msg := range stopMessages(t) {
		t.Run(name, func(t *testing.T) {
			whole, err := ExtractAll(msg, Options{})
			if err != nil || whole.Stopped || len(whole.Links) < 4 {
				t.Fatalf("whole scan: %d links, stopped %v, err %v; want at least 4 links and no error", len(whole.Links), whole.Stopped, err)
			}
			looks := 0
			if x, _ := extractAll(context.Background(), msg, Options{}, stopAt(0, &looks)); x.Stopped || len(x.Links) != len(whole.Links) {
				t.Fatalf("a stopper that never stops changed the scan: %d links, stopped %v", len(x.Links), x.Stopped)
			}
			x, err := extractAll(context.Background(), msg, Options{}, stopAt(looks/2, nil))
			if !x.Stopped || !x.Overflow || !errors.Is(err, ErrStopped) || !errors.Is(err, ErrPartial) {
				t.Errorf("stopped at look %d of %d: Stopped %v, Overflow %v, err %v; want both and ErrStopped, ErrPartial", looks/2, looks, x.Stopped, x.Overflow, err)
			}
			if len(x.Links) == 0 || len(x.Links) >= len(whole.Links) {
				t.Errorf("stopped at look %d of %d: %d of %d links; want some, not all (the reader must look inside its loop)", looks/2, looks, len(x.Links), len(whole.Links))
			}
		})
	}
}

// TestExtractAllContext: a context that has ended reads nothing, and says
// why; one that never ends, or ends after the scan, changes nothing.
func TestExtractAllContext(t *testing.T) {
	msg := stopMessages(t)["html tokens"]
	whole, _ := ExtractAll(msg, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x, err := ExtractAllContext(ctx, msg, Options{})
	if !x.Stopped || len(x.Links) != 0 || !errors.Is(err, context.Canceled) || !errors.Is(err, ErrStopped) {
		t.Errorf("ended context: %d links, Stopped %v, err %v; want none, Stopped, context.Canceled and ErrStopped", len(x.Links), x.Stopped, err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	x, err = ExtractAllContext(ctx, msg, Options{})
	cancel()
	if x.Stopped || err != nil || len(x.Links) != len(whole.Links) {
		t.Errorf("live context: %d links, Stopped %v, err %v; want %d, as ExtractAll", len(x.Links), x.Stopped, err, len(whole.Links))
	}
	if x, err := ExtractAllContext(context.Background(), msg, Options{}); x.Stopped || err != nil || len(x.Links) != len(whole.Links) {
		t.Errorf("background context: %d links, Stopped %v, err %v; want %d", len(x.Links), x.Stopped, err, len(whole.Links))
	}
}

// FuzzExtractStopped stops a scan at several looks: it never faults, says
// it stopped exactly when it did, and finds no more links than the whole
// scan.
func FuzzExtractStopped(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, msg []byte) {
		whole, _ := ExtractAll(msg, fuzzOpts)
		for _, after := range []int{1, 3, 10, 30, 100} {
			x, err := extractAll(context.Background(), msg, fuzzOpts, stopAt(after, nil))
			if errors.Is(err, errInternal) {
				t.Fatalf("a scan stopped at look %d faulted on %q", after, msg)
			}
			if x.Stopped != errors.Is(err, ErrStopped) || x.Stopped && (!x.Overflow || !errors.Is(err, ErrPartial)) {
				t.Fatalf("stopped at look %d: Stopped %v, Overflow %v, err %v disagree", after, x.Stopped, x.Overflow, err)
			}
			if len(x.Links) > len(whole.Links) || !x.Stopped && len(x.Links) != len(whole.Links) {
				t.Fatalf("stopped at look %d (Stopped %v): %d links, the whole scan %d", after, x.Stopped, len(x.Links), len(whole.Links))
			}
		}
	})
}
