//go:build integration

package integration

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/qrtest"
)

// pdfInvoice is a first contact's mail with text (which may hold a link)
// and a PDF attachment whose one link annotation points to uri. It also
// returns the attachment part exactly as sent.
func pdfInvoice(text, uri string) (outMail, []byte) {
	const from, b = "billing@new-vendor.test", "pdf-b0undary"
	pdf := "%PDF-1.7\n1 0 obj\n<< /Type /Annot /Subtype /Link /A << /S /URI /URI (" + uri + ") >> >>\nendobj\n%%EOF\n"
	part := "Content-Type: application/pdf; name=\"invoice.pdf\"\r\nContent-Disposition: attachment; filename=\"invoice.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + wrap76(base64.StdEncoding.EncodeToString([]byte(pdf))) + "\r\n"
	h := headerBlock(from, recipient, "Invoice 4711", []string{"MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"" + b + "\""})
	body := "--" + b + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + text + "\r\n--" + b + "\r\n" + part + "--" + b + "--\r\n"
	return outMail{From: from, To: []string{recipient}, Data: []byte(h + "\r\n" + body)}, []byte(part)
}

// TestPostfixAttachmentLinks: a credential lure whose link is only in a
// PDF attachment lands in the hold queue (milterd cannot lock inside the
// PDF), with the attachment intact; a PDF whose link is merely new passes,
// its bytes untouched, while the link in the text is locked; an SVG
// "image" that runs script is held, and so is a stranger's QR code to a
// new site in an inline image.
func TestPostfixAttachmentLinks(t *testing.T) {
	p := postfixPath(t, false, "")

	lure, lurePart := pdfInvoice("Please find the invoice attached.", "http://198.51.100.7/office365/login?verify=password")
	sendMail(t, p.postfix.Addr(), lure)
	q := p.postfix.waitQueue(deliveryTimeout, func(q []queueEntry) bool { return len(q) > 0 })
	if len(q) != 1 || q[0].QueueName != "hold" {
		t.Fatalf("postqueue -j = %+v, want the lure in the hold queue", q)
	}
	held := p.postfix.Cat(q[0].QueueID)
	if v := verdictOf(t, held); v.Action != "quarantine" || !strings.Contains(v.Reasons, "attachment_link") {
		t.Errorf("held lure: verdict %q, want quarantine with attachment_link", v.Raw)
	}
	if !bytes.Contains(held, lurePart) {
		t.Error("the held message's PDF attachment differs from what was sent")
	}

	plain, plainPart := pdfInvoice("Or view it online: https://viewer-site.test/i/4711", "https://new-vendor-portal.test/invoices")
	got := p.deliver(t, plain)
	if v := verdictOf(t, got.Data); v.Action != "lock" {
		t.Errorf("novelty-only PDF link: verdict %q, want the text's link locked", v.Raw)
	}
	if !bytes.Contains(got.Data, plainPart) {
		t.Error("the delivered PDF attachment differs from what was sent")
	}
	if !bytes.Contains(got.Data, []byte(p.lockBase+"/l/")) || bytes.Contains(got.Data, []byte("https://viewer-site.test/i/4711")) {
		t.Error("the text's link was not replaced by a lock link")
	}

	// An SVG "image" that runs script is held too.
	svg := svgShare(`<svg xmlns="http://www.w3.org/2000/svg"><script>window.location.href="https://doc-share.test/v"</script></svg>`)
	sendMail(t, p.postfix.Addr(), svg)
	q = p.postfix.waitQueue(deliveryTimeout, func(q []queueEntry) bool { return len(q) > 1 })
	found := false
	for _, e := range q {
		if e.QueueName == "hold" && strings.Contains(verdictOf(t, p.postfix.Cat(e.QueueID)).Reasons, "scripted_attachment") {
			found = true
		}
	}
	if !found {
		t.Errorf("postqueue -j = %+v, want the scripted SVG held with scripted_attachment", q)
	}

	qr, qrPart := qrNotice(t, "https://mfa-review.test/r?u=alice")
	sendMail(t, p.postfix.Addr(), qr)
	q = p.postfix.waitQueue(deliveryTimeout, func(q []queueEntry) bool { return len(q) > 2 })
	found = false
	for _, e := range q {
		held := p.postfix.Cat(e.QueueID)
		if e.QueueName == "hold" && strings.Contains(verdictOf(t, held).Reasons, "qr_link") {
			found = bytes.Contains(held, qrPart)
		}
	}
	if !found {
		t.Errorf("postqueue -j = %+v, want the QR notice held with qr_link and its image intact", q)
	}
}

// qrNotice is a stranger's "scan this code" mail whose inline PNG image
// holds a QR code of url. It also returns the image part exactly as sent.
func qrNotice(t *testing.T, url string) (outMail, []byte) {
	t.Helper()
	img := qrtest.PNG(t, url, 160)
	const from, b = "security@mfa-notice.test", "qr-b0undary"
	part := "Content-Type: image/png\r\nContent-ID: <qr1>\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		wrap76(base64.StdEncoding.EncodeToString(img)) + "\r\n"
	h := headerBlock(from, recipient, "Action required", []string{"MIME-Version: 1.0", "Content-Type: multipart/related; boundary=\"" + b + "\""})
	body := "--" + b + "\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n<p>Scan the code with your phone.</p><img src=\"cid:qr1\">\r\n--" + b +
		"\r\n" + part + "--" + b + "--\r\n"
	return outMail{From: from, To: []string{recipient}, Data: []byte(h + "\r\n" + body)}, []byte(part)
}

// svgShare is a stranger's "document shared" mail with the SVG doc attached.
func svgShare(doc string) outMail {
	const from, b = "share@files-notify.test", "svg-b0undary"
	h := headerBlock(from, recipient, "Document shared with you", []string{"MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"" + b + "\""})
	body := "--" + b + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nOpen the attached document.\r\n--" + b +
		"\r\nContent-Type: image/svg+xml; name=\"doc.svg\"\r\n\r\n" + doc + "\r\n--" + b + "--\r\n"
	return outMail{From: from, To: []string{recipient}, Data: []byte(h + "\r\n" + body)}
}
