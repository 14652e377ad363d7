//go:build integration

package integration

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"strings"
	"sync/atomic"
)

var msgSeq atomic.Int64

// plainMessage builds a small text/plain message; body must use CRLF.
func plainMessage(from, to, subject, body string) outMail {
	return outMail{From: from, To: []string{to}, Data: []byte(headerBlock(from, to, subject, nil) + "\r\n" + body)}
}

// headerBlock renders the usual top-level fields plus extra ones, CRLF-terminated.
func headerBlock(from, to, subject string, extra []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\n", from, to, subject)
	fmt.Fprintf(&b, "Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n")
	fmt.Fprintf(&b, "Message-ID: <it-%d@client.test>\r\n", msgSeq.Add(1))
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	return b.String()
}

// The link fixtures. phishURL is an IP-literal link behind a brand-name anchor
// text, which the link-form signals flag on first sight; homeURL points into the
// organisation's own domain and must never be touched.
const (
	phishURL    = "http://192.0.2.7/paypal/login"
	phishAnchor = "https://www.paypal.com/signin"
	homeURL     = "https://www.example.com/help/password"
	phishSender = "security@account-notice.test"
	recipient   = "bob@example.com"
	lockPrefix  = "/l/"
)

const plainText = "Dear customer,\r\n\r\n" +
	"We could not verify your account. Please verify your password within 24 hours\r\n" +
	"or your mailbox will be suspended:\r\n\r\n" +
	phishURL + "\r\n\r\n" +
	"Our help pages are at " + homeURL + " as usual.\r\n\r\n" +
	"Regards,\r\nAccount security\r\n"

const htmlText = "<html><body>\r\n<p>Dear customer,</p>\r\n" +
	"<p>We could not verify your account. Please verify your password within 24 hours\r\n" +
	"or your mailbox will be suspended:</p>\r\n" +
	"<p><a href=\"" + phishURL + "\">" + phishAnchor + "</a></p>\r\n" +
	"<p>Our help pages are at <a href=\"" + homeURL + "\">" + homeURL + "</a> as usual.</p>\r\n" +
	"<p>Regards,<br>Account security</p>\r\n</body></html>\r\n"

// attachmentB64 is an opaque attachment that must pass byte for byte.
var attachmentB64 = wrap76(base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, 0x80}, 300)))

const (
	preamble = "This is a multi-part message in MIME format; the preamble must survive.\r\n"
	epilogue = "Epilogue text that must survive as well.\r\n"
)

// lockCase is one anomalous message, in one MIME layout and encoding.
type lockCase struct {
	name string
	msg  outMail
}

func lockCases() []lockCase {
	return []lockCase{
		{"plain-7bit", singlePart(phishSender, "text/plain; charset=us-ascii", "7bit", plainText)},
		{"html-7bit", singlePart(phishSender, "text/html; charset=us-ascii", "7bit", htmlText)},
		{"alternative-qp", alternative(phishSender, "quoted-printable")},
		{"alternative-base64", alternative(phishSender, "base64")},
	}
}

func singlePart(from, ctype, cte, text string) outMail {
	h := headerBlock(from, recipient, "Action required: verify your password",
		[]string{"MIME-Version: 1.0", "Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte})
	return outMail{From: from, To: []string{recipient}, Data: []byte(h + "\r\n" + encodeCTE(cte, text))}
}

// alternative builds multipart/mixed { multipart/alternative { plain, html }, pdf }
// with both text parts in the given transfer encoding.
func alternative(from, cte string) outMail {
	const outer, inner = "outer-b0undary-1", "inner-b0undary-2"
	h := headerBlock(from, recipient, "Action required: verify your password",
		[]string{"MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"" + outer + "\""})
	var b strings.Builder
	b.WriteString(preamble)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n", outer, inner)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: %s\r\n\r\n%s", inner, cte, encodeCTE(cte, plainText+"Gr\u00fc\u00dfe \u2013 caf\u00e9\r\n"))
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: %s\r\n\r\n%s", inner, cte, encodeCTE(cte, htmlText))
	fmt.Fprintf(&b, "--%s--\r\n", inner)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: application/pdf; name=\"statement.pdf\"\r\nContent-Disposition: attachment; filename=\"statement.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s", outer, attachmentB64)
	fmt.Fprintf(&b, "--%s--\r\n%s", outer, epilogue)
	return outMail{From: from, To: []string{recipient}, Data: []byte(h + "\r\n" + b.String())}
}

func encodeCTE(cte, text string) string {
	switch cte {
	case "base64":
		return wrap76(base64.StdEncoding.EncodeToString([]byte(text)))
	case "quoted-printable":
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		w.Write([]byte(text))
		w.Close()
		return strings.TrimSuffix(b.String(), "\r\n") + "\r\n"
	}
	return text
}

func wrap76(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	return b.String() + s + "\r\n"
}
