package links

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestZipMessageBudget: the archives of one message inflate at most
// maxZipMessageBytes in all, however many it attaches; past it the scan
// is partial (each archive alone is within every other limit, so only the
// message's budget makes the scan partial). 64 archives of 16 files of
// 1 MiB markup each (a few KiB compressed) made 1 GiB to read. Nothing is
// timed: CPU ceilings fail on a loaded machine under -race.
func TestZipMessageBudget(t *testing.T) {
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	page := []byte("<html><body>" + strings.Repeat(" ", 1<<20-32) + "</body></html>") // cheap to read: the budget, not the reading, is under test
	for i := range 16 {
		w, _ := zw.Create(fmt.Sprintf("p%d.html", i))
		w.Write(page)
	}
	zw.Close()
	att := "--b\r\nContent-Type: application/zip; name=\"z.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(zb.Bytes()) + "\r\n"
	msg := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nsee https://a.example/\r\n" + strings.Repeat(att, 64) + "--b--\r\n"
	_, err := Extract([]byte(msg), Options{})
	if !errors.Is(err, ErrPartial) {
		t.Errorf("err = %v, want ErrPartial", err)
	}
}

// TestZipBudgetFollowsMessageSize: archives of files that do not compress
// (scanned pages, photos) inflate to no more than the message holds, so
// they are read whole even past maxZipMessageBytes: the budget is twice
// the message's size when that is more.
func TestZipBudgetFollowsMessageSize(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	page := make([]byte, 600<<10)
	var atts strings.Builder
	for z := range 2 {
		var zb bytes.Buffer
		zw := zip.NewWriter(&zb)
		for i := range maxZipFiles {
			for j := range page {
				page[j] = byte(rnd.Uint32())
			}
			w, _ := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("scan%d-%d.png", z, i), Method: zip.Store})
			w.Write(page)
		}
		zw.Close()
		atts.WriteString("--b\r\nContent-Type: application/zip; name=\"scans.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			base64.StdEncoding.EncodeToString(zb.Bytes()) + "\r\n")
	}
	msg := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nthe scans\r\n" + atts.String() + "--b--\r\n"
	if 2*maxZipFiles*len(page) <= maxZipMessageBytes {
		t.Fatal("the archives must inflate past maxZipMessageBytes")
	}
	if _, err := Extract([]byte(msg), Options{MaxPartBytes: 32 << 20}); err != nil {
		t.Errorf("err = %v, want a whole scan", err)
	}
}

// TestOfficeMessageBudget: the Office attachments of one message inflate
// their parts within the message's archive budget (zipBudget), as the
// files of archives do, and past it the scan is partial. Each document
// here inflates 16 MiB of XML from a few KiB, and each attached document
// had budgets of its own: a 10 MB message of 100 such documents took
// 35 s to read. The first document is read whole, the last not at all.
// Nothing is timed.
func TestOfficeMessageBudget(t *testing.T) {
	pad := "<w:p>" + strings.Repeat(" ", maxContentBytes-64) + "</w:p>"
	doc := func(host string) string {
		field := `<w:fldSimple w:instr="HYPERLINK https://` + host + `/"/>`
		return base64.StdEncoding.EncodeToString(ooxml(map[string]string{
			"word/document.xml": `<w:document xmlns:w="w"><w:body>` + field + pad + `</w:body></w:document>`,
			"word/header1.xml":  `<w:hdr xmlns:w="w">` + pad + `</w:hdr>`,
			"word/header2.xml":  `<w:hdr xmlns:w="w">` + pad + `</w:hdr>`,
			"word/footer1.xml":  `<w:ftr xmlns:w="w">` + pad + `</w:ftr>`,
		}))
	}
	var atts strings.Builder
	const docs = 4
	for i := range docs {
		atts.WriteString("--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"d.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			doc(fmt.Sprintf("doc%d.example", i)) + "\r\n")
	}
	msg := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nthe documents\r\n" + atts.String() + "--b--\r\n"
	if docs*4*maxContentBytes <= 2*zipBudget(len(msg)) {
		t.Fatal("the documents must inflate past twice the message's budget")
	}
	ls, err := Extract([]byte(msg), Options{})
	hosts := map[string]bool{}
	for _, l := range ls {
		hosts[l.Host] = true
	}
	if !hosts["doc0.example"] || hosts[fmt.Sprintf("doc%d.example", docs-1)] {
		t.Errorf("links %v; want the first document's, not the last's", hosts)
	}
	if !errors.Is(err, ErrPartial) {
		t.Errorf("err = %v, want ErrPartial", err)
	}
}

// TestPDFMessageBudget: the object streams of a message's PDF attachments
// inflate within the message's archive budget (zipBudget), as archives
// do, and past it the scan is partial; each PDF had MaxPartBytes of its
// own, so 300 PDFs of 96 KB (a 40 MB message) took 7.3 s to read. Nothing
// is timed.
func TestPDFMessageBudget(t *testing.T) {
	pdf := func(host string) string {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write([]byte("<< /A << /S /URI /URI (https://" + host + "/) >> >>" + strings.Repeat(" ", 4<<20-1024)))
		w.Close()
		return base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n%%%%EOF\n", z.Len(), z.Bytes())))
	}
	var atts strings.Builder
	const docs = 10
	for i := range docs {
		atts.WriteString("--b\r\nContent-Type: application/pdf; name=\"d.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + pdf(fmt.Sprintf("doc%d.example", i)) + "\r\n")
	}
	msg := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nthe documents\r\n" + atts.String() + "--b--\r\n"
	if docs*(4<<20-1024) <= 2*zipBudget(len(msg)) {
		t.Fatal("the documents must inflate past twice the message's budget")
	}
	sc := scanMessage([]byte(msg), Options{}, nil, false)
	hosts := map[string]bool{}
	for _, l := range sc.links {
		hosts[l.Host] = true
	}
	if !hosts["doc0.example"] || hosts[fmt.Sprintf("doc%d.example", docs-1)] || !sc.partial || sc.zipLeft < 0 {
		t.Errorf("links %v, partial %v, budget left %d; want the first document's, not the last's, partial, none spent past the budget", hosts, sc.partial, sc.zipLeft)
	}
}
