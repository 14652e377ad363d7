package links

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

const benchHeader = "From: News <news@sender.example>\r\nTo: bob@rcpt.example\r\nSubject: Weekly\r\nMIME-Version: 1.0\r\n"

var words = strings.Fields("the quick brown fox jumps over lazy dog offer account invoice team update weekly news " +
	"product customer review privacy policy unsubscribe today sale discount member événement café")

// newsletterHTML builds an HTML newsletter of about size bytes with a
// tracked link every few hundred bytes.
func newsletterHTML(r *rand.Rand, size int) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><style>td{font-family:Arial} .btn{background:url('https://cdn.example/bg.png')}</style></head><body>\r\n<table width=\"600\" cellpadding=\"0\">\r\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<tr><td style=\"padding:10px;color:#333333\"><img src=\"https://cdn%d.example/img/%d.jpg\" width=\"560\" alt=\"\">\r\n", i%5, i)
		b.WriteString("<p>")
		for j := 0; j < 40+r.Intn(40); j++ {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
			if j%13 == 0 {
				b.WriteString("&amp; ")
			}
		}
		fmt.Fprintf(&b, "</p>\r\n<a href=\"https://click.esp%d.example/ls/click?upn=%x&amp;id=%d&amp;u=https%%3A%%2F%%2Fshop%d.example%%2Fitem%%2F%d\" class=\"btn\">Read more</a>\r\n",
			i%7, r.Int63(), i, i%9, i)
		if i%4 == 0 {
			fmt.Fprintf(&b, "<a href=\"https://www.brand%d.example/p/%d\">www.brand%d.example/p/%d</a>\r\n", i%3, i, i%3, i)
		}
		b.WriteString("</td></tr>\r\n")
	}
	b.WriteString("</table><p>Unsubscribe: https://esp.example/unsub?u=1</p></body></html>\r\n")
	return b.String()
}

func plainText(r *rand.Rand, size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		for j := 0; j < 12; j++ {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		if i%6 == 0 {
			fmt.Fprintf(&b, "https://site%d.example/path/%d?q=%d", i%11, i, r.Intn(1000))
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

func wrapB64(s string) string {
	enc := base64.StdEncoding.EncodeToString([]byte(s))
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	return b.String() + enc + "\r\n"
}

// benchMix returns plain, HTML newsletter and base64 HTML messages of 5-200 KB.
func benchMix() [][]byte {
	r := rand.New(rand.NewSource(1))
	var msgs [][]byte
	for _, kb := range []int{5, 20, 50, 100, 200} {
		size := kb << 10
		msgs = append(msgs,
			[]byte(benchHeader+"Content-Type: text/plain; charset=utf-8\r\n\r\n"+plainText(r, size)),
			[]byte(benchHeader+"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"+
				plainText(r, size/5)+"\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+newsletterHTML(r, size)+"\r\n--b--\r\n"),
			[]byte(benchHeader+"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"+wrapB64(newsletterHTML(r, size*3/4))))
	}
	return msgs
}

// BenchmarkExtractMix reports wall-clock MB/s (SetBytes) and, as
// cpu-MB/s, the throughput per CPU second of the benchmark thread, which
// stays meaningful on a shared, overloaded machine.
func BenchmarkExtractMix(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	msgs := benchMix()
	total := 0
	for _, m := range msgs {
		total += len(m)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		c0 := threadCPU()
		for _, m := range msgs {
			if _, err := Extract(m, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		cpu += threadCPU() - c0
	}
	b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
}

// BenchmarkExtract100KBHTML reports MB/s and the p99 time per message.
func BenchmarkExtract100KBHTML(b *testing.B) {
	r := rand.New(rand.NewSource(2))
	msg := []byte(benchHeader + "Content-Type: text/html; charset=utf-8\r\n\r\n" + newsletterHTML(r, 100<<10))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(len(msg)))
	var times, cpus []time.Duration
	for b.Loop() {
		t0, c0 := time.Now(), threadCPU()
		if _, err := Extract(msg, Options{}); err != nil {
			b.Fatal(err)
		}
		times, cpus = append(times, time.Since(t0)), append(cpus, threadCPU()-c0)
	}
	slices.Sort(times)
	slices.Sort(cpus)
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(cpus[len(cpus)*99/100].Microseconds()), "p99-cpu-µs")
	b.ReportMetric(float64(cpus[len(cpus)/2].Microseconds()), "p50-cpu-µs")
}

func BenchmarkRewrite100KBHTML(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	msg := []byte(benchHeader + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		string(qpEncode([]byte(newsletterHTML(r, 100<<10)))))
	ls, _ := Extract(msg, Options{})
	repl := map[Ref]string{}
	for i := 0; i < len(ls); i += 10 {
		if ls[i].Clickable {
			repl[ls[i].Ref()] = "https://lock.example/l/x"
		}
	}
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		if _, err := Rewrite(msg, repl, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// benchPDF is a message with a short text part and a PDF attachment of
// about size bytes: incompressible page data, ten link annotations and an
// object stream holding ten more.
func benchPDF(size int) []byte {
	r := rand.New(rand.NewSource(4))
	var doc bytes.Buffer
	doc.WriteString("%PDF-1.7\n")
	page := make([]byte, size)
	r.Read(page)
	fmt.Fprintf(&doc, "2 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream\nendobj\n", len(page), page)
	var objs strings.Builder
	for i := range 10 {
		fmt.Fprintf(&doc, "%d 0 obj\n<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://site%d.example/p) >> >>\nendobj\n", 10+i, i)
		fmt.Fprintf(&objs, "<< /A << /S /URI /URI (https://packed%d.example/p) >> >>\n", i)
	}
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte(objs.String()))
	w.Close()
	fmt.Fprintf(&doc, "30 0 obj\n<< /Type /ObjStm /N 10 /First 0 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n%%%%EOF\n", z.Len(), z.Bytes())
	return []byte(benchHeader + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe report is attached.\r\n" +
		"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapB64(doc.String()) + "\r\n--b--\r\n")
}

// BenchmarkExtractPDF1MB: reading the links of a 1 MiB PDF attachment
// (compare with BenchmarkExtract100KBHTML in the same run).
func BenchmarkExtractPDF1MB(b *testing.B) {
	benchExtract20(b, benchPDF(1<<20))
}

// benchExtract20 extracts the links of msg, which are 20.
func benchExtract20(b *testing.B, msg []byte) {
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		ls, err := Extract(msg, Options{})
		if err != nil || len(ls) != 20 {
			b.Fatalf("Extract = %d links, %v; want 20", len(ls), err)
		}
	}
}

// hostilePDFs are 4 MiB documents built to make a careless reader slow:
// stream keywords after dictionaries, /ObjStm names, strings whose
// escapes decode to nothing, Launch actions whose dictionaries never
// close, /Image names, image streams that claim
// a megapixel each and hold a broken stream, page objects with links,
// a page's content of TJ arrays and unclosed strings, and a CMap of
// huge ranges with unclosed arrays.
func hostilePDFs() map[string][]byte {
	const size = 4 << 20
	fill := func(unit string) []byte {
		return []byte("%PDF-1.7\n" + strings.Repeat(unit, size/len(unit)))
	}
	return map[string][]byte{
		"streams":    fill("<<>>stream\n"),
		"objstm":     fill("/Type /ObjStm "),
		"escapes":    fill("/URI (" + strings.Repeat("\\\n", 500)),
		"hexspace":   fill("/URI <" + strings.Repeat(" ", 1000)),
		"comments":   fill("/URI %"),
		"refcomment": fill("/URI 0 %"),
		"submits":    fill("/SubmitForm "),
		"launches":   fill("<< /S /Launch /Win << /P (" + strings.Repeat("<<", 200) + ") "),
		"scripts":    fill(`/JS (app.launchURL\("https://a" + 'b' + ` + strings.Repeat(`getURL\('x' + `, 300) + ")"),
		"images":     fill("/Subtype /Image "),
		"imagedata":  fill("1 0 obj << /Subtype /Image /Width 1000 /Height 1000 /BitsPerComponent 8 /Filter /FlateDecode >>stream\nx\x9c\xff\nendstream\n"),
		"pages":      fill("1 0 obj << /Type /Page /Contents 1 0 R /Annots [<< /URI (https://a.example/) >>] >> "),
		"pagetext":   []byte(pdfPageText + strings.Repeat("[(a) -300 <", size/11)),
		"cmap":       []byte(pdfPageText + "/F1 1 Tf <0041> Tj\nendstream\n4 0 obj << /Subtype /Type0 /ToUnicode 5 0 R >> endobj 5 0 obj << >>\nstream\n" + strings.Repeat("<0000> <FFFF> [<0041> ", size/22)),
	}
}

// readPDF reads a document as scanPDF does: its links and their pages'
// words, then its QR codes.
func readPDF(doc []byte) {
	us := pdfURIs(doc, DefaultMaxPartBytes, DefaultMaxLinks, nil)
	left := int64(DefaultMaxPartBytes)
	pdfLinkWords(doc, us, &left, nil)
	budget := qrBudget{max: DefaultMaxQRPixels}
	pdfQRs(doc, nil, DefaultMaxLinks, &budget)
}

// BenchmarkPDFHostile: reading each hostile document should cost about
// what reading a plain one of the same size costs (BenchmarkPDFPlain4MB).
func BenchmarkPDFHostile(b *testing.B) {
	for name, doc := range hostilePDFs() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				readPDF(doc)
			}
		})
	}
}

func BenchmarkPDFPlain4MB(b *testing.B) {
	doc := []byte("%PDF-1.7\n" + strings.Repeat("1 0 obj\n<< /Type /Page /Contents 2 0 R >>\nendobj\n", (4<<20)/48))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		readPDF(doc)
	}
}

// BenchmarkExtractDocx reads a Word attachment of 2,000 paragraphs (about
// 1 MiB of XML), 200 of them with a hyperlink relationship anchored in
// the text, and reports cpu-MB/s of the attachment's XML.
func BenchmarkExtractDocx(b *testing.B) {
	var doc, rs strings.Builder
	doc.WriteString(`<w:document xmlns:w="w" xmlns:r="r"><w:body>`)
	for i := range 2000 {
		doc.WriteString(`<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Paragraph ` + strconv.Itoa(i) +
			` of a long report on quarterly figures, with enough words to fill a line or two of the page. </w:t></w:r><w:r><w:tab/><w:t>More text follows here.</w:t></w:r>`)
		if i%10 == 0 {
			id := "rId" + strconv.Itoa(i)
			doc.WriteString(`<w:hyperlink r:id="` + id + `"><w:r><w:t>link</w:t></w:r></w:hyperlink>`)
			rs.WriteString(`<Relationship Id="` + id + `" TargetMode="External" Target="https://site` + strconv.Itoa(i) + `.example/p" Type="` + relHyperlink + `"/>`)
		}
		doc.WriteString(`</w:p>`)
	}
	doc.WriteString(`</w:body></w:document>`)
	files := map[string]string{"word/document.xml": doc.String(), "word/_rels/document.xml.rels": rels(rs.String())}
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe report is attached.\r\n" +
		"--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(ooxml(files)) + "\r\n--b--\r\n")
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(doc.Len()))
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		c0 := threadCPU()
		if ls, err := Extract(msg, Options{}); err != nil || len(ls) != 200 {
			b.Fatalf("%d links, %v", len(ls), err)
		}
		cpu += threadCPU() - c0
	}
	b.ReportMetric(float64(doc.Len())*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
}

// benchPDFPages is a message with a PDF of 20 pages, each showing a
// Flate-compressed paragraph of text in a Type0 font with a ToUnicode
// CMap and holding a link annotation: the page text pdfLinkWords reads.
func benchPDFPages() []byte {
	var doc strings.Builder
	doc.WriteString("%PDF-1.7\n")
	flate := func(s string) string {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write([]byte(s))
		w.Close()
		return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes())
	}
	var codes strings.Builder
	for range 40 {
		codes.WriteString("<0012001300140003001500160017>Tj 0 -14 Td ")
	}
	cmap := "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0003> <0020> endbfchar 1 beginbfrange <0010> <0029> <0061> endbfrange"
	fmt.Fprintf(&doc, "1 0 obj\n<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 2 0 R >>\nendobj\n2 0 obj\n%s\nendobj\n", flate(cmap))
	for p := range 20 {
		n := 10 + 3*p
		fmt.Fprintf(&doc, "%d 0 obj\n<< /Type /Page /Resources << /Font << /F1 1 0 R >> >> /Contents %d 0 R /Annots [%d 0 R] >>\nendobj\n", n, n+1, n+2)
		fmt.Fprintf(&doc, "%d 0 obj\n%s\nendobj\n", n+1, flate("BT /F1 10 Tf 72 700 Td "+codes.String()+"ET"))
		fmt.Fprintf(&doc, "%d 0 obj\n<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://site%d.example/p) >> >>\nendobj\n", n+2, p)
	}
	doc.WriteString("%%EOF\n")
	return []byte(benchHeader + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe report is attached.\r\n" +
		"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapB64(doc.String()) + "\r\n--b--\r\n")
}

// BenchmarkExtractPDFPages reads the links of a PDF of 20 pages of text,
// each with a link annotation, and the words of their pages.
func BenchmarkExtractPDFPages(b *testing.B) {
	benchExtract20(b, benchPDFPages())
}
