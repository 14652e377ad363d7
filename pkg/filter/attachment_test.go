package filter

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/qrtest"
)

// pdfMail is a first contact whose body links body and whose PDF
// attachment links pdfURI through a link annotation.
func pdfMail(body, pdfURI string) []byte {
	pdf := "%PDF-1.7\n1 0 obj\n<< /Type /Annot /Subtype /Link /A << /S /URI /URI (" + pdfURI + ") >> >>\nendobj\n%%EOF\n"
	enc := base64.StdEncoding.EncodeToString([]byte(pdf))
	m := msg("Billing <billing@new-vendor.example>", "alice@corp.example", "Invoice 4711",
		`multipart/mixed; boundary="b"`,
		"--b\nContent-Type: text/plain; charset=utf-8\n\n"+body+"\n"+
			"--b\nContent-Type: application/pdf; name=\"invoice.pdf\"\nContent-Disposition: attachment; filename=\"invoice.pdf\"\nContent-Transfer-Encoding: base64\n\n"+enc+"\n"+
			"--b--\n")
	return []byte(m.raw)
}

// TestPDFAttachmentLinks: links in a PDF attachment are judged; the
// attachment is never changed. A strong one holds the message, a
// novelty-only one stays open (the header names it) while the body's
// links are locked as usual.
func TestPDFAttachmentLinks(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, body, pdfURI string
		action             Action
		codes              []string
	}{
		{"a credential lure behind a raw IP address", "Please find the invoice attached.",
			"http://198.51.100.7/office365/login?verify=password", ActionQuarantine, []string{"attachment_link", "ip_literal"}},
		{"an unknown site, nothing else", "Please find the invoice attached.",
			"https://new-vendor-portal.example/invoices", ActionAccept, []string{"attachment_link"}},
		{"an unknown site in the PDF and in the text", "Or view it online: https://viewer-site.example/i/4711",
			"https://new-vendor-portal.example/invoices", ActionLock, []string{"attachment_link"}},
		{"the text's link riskier than the PDF's: both named", "Or view it online: http://198.51.100.7/i/4711",
			"https://new-vendor-portal.example/invoices", ActionLock, []string{"attachment_link", "ip_literal"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := pdfMail(tc.body, tc.pdfURI)
			r := deliver(t, testEngine(t), raw, "billing@new-vendor.example", "alice@corp.example", at, false)
			wantVerdict(t, r, tc.action, tc.codes)
			pdfPart := raw[bytes.Index(raw, []byte("--b\r\nContent-Type: application/pdf")):]
			if r.Body != nil && !bytes.Contains(r.Body.Bytes(), pdfPart) {
				t.Error("the rewritten body changed the PDF attachment")
			}
			if tc.action == ActionLock && (r.Body == nil || !strings.Contains(string(r.Body.Bytes()), "https://lock.corp.example/l/")) {
				t.Error("the body's link was not locked")
			}
			if open, want := r.OpenInAttachments(), btoi(tc.action != ActionQuarantine); open != want {
				t.Errorf("OpenInAttachments = %d, want %d", open, want)
			}
		})
	}
}

// TestScriptedAttachment: an SVG "image" or an attached HTML file (also
// one inside a zip) that runs script, from a stranger, is held; the same
// files without the script only have their links judged (locked in the
// HTML; the SVG's drawn link and the zipped page's link to a new site,
// which no rewrite reaches, hold the message, page_link, the sender's own
// new site too).
func TestScriptedAttachment(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	const svgPart, htmlPart = "Content-Type: image/svg+xml; name=\"doc.svg\"", "Content-Type: text/html\nContent-Disposition: attachment; filename=\"doc.html\""
	for _, tc := range []struct {
		name, part, file string
		action           Action
		code             string
	}{
		{"scripted svg", svgPart, `<svg><a href="https://doc-share.example/v"><text>Open</text></a><script>location.href="https://doc-share.example/v"</script></svg>`,
			ActionQuarantine, "scripted_attachment"},
		{"a plain drawing with a link to a new site", svgPart, `<svg><a href="https://doc-share.example/v"><text>Open</text></a></svg>`,
			ActionQuarantine, "page_link"},
		{"a plain drawing linking the sender's own new site", svgPart, `<svg><a href="https://files-notify.example/v"><text>Open</text></a></svg>`,
			ActionQuarantine, "page_link"},
		{"an html file building its page in script", htmlPart, `<html><body><script>document.write(atob("PGZvcm0+"))</script></body></html>`,
			ActionQuarantine, "scripted_attachment"},
		{"an html file with a plain link", htmlPart, `<html><body><a href="https://doc-share.example/v">Open</a></body></html>`,
			ActionLock, "org_first_seen"},
		{"a scripted html file in a zip", "Content-Type: application/zip; name=\"doc.zip\"\nContent-Transfer-Encoding: base64",
			zipOf(t, "doc.html", `<html><body><a href="https://doc-share.example/v">Open</a><script>go()</script></body></html>`),
			ActionQuarantine, "scripted_attachment"},
		{"a plain html file in a zip linking a new site is held", "Content-Type: application/zip; name=\"doc.zip\"\nContent-Transfer-Encoding: base64",
			zipOf(t, "doc.html", `<html><body><a href="https://doc-share.example/v">Open</a></body></html>`),
			ActionQuarantine, "page_link"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := msg("Files <share@files-notify.example>", "alice@corp.example", "Document shared with you",
				`multipart/mixed; boundary="b"`,
				"--b\nContent-Type: text/plain\n\nOpen the attached document.\n--b\n"+tc.part+"\n\n"+tc.file+"\n--b--\n")
			r := deliver(t, testEngine(t), []byte(m.raw), "share@files-notify.example", "alice@corp.example", at, false)
			wantVerdict(t, r, tc.action, []string{tc.code})
		})
	}
}

// zipOf is a zip archive holding one file, base64 for a MIME part.
func zipOf(t *testing.T, name, content string) string {
	t.Helper()
	return zipFilesOf(t, name, content)
}

// zipFilesOf is a zip archive of files given as name, content, name,
// content, ..., base64 for a MIME part.
func zipFilesOf(t *testing.T, nameContent ...string) string {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i+1 < len(nameContent); i += 2 {
		w, err := z.Create(nameContent[i])
		if err == nil {
			_, err = w.Write([]byte(nameContent[i+1]))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// wantVerdict checks r's action and that its reasons hold every code.
func wantVerdict(t *testing.T, r *Result, action Action, codes []string) {
	t.Helper()
	if r.Action != action {
		t.Fatalf("action %s (%v), want %s", r.Action, r.ReasonCodes(), action)
	}
	for _, c := range codes {
		if !slices.Contains(r.ReasonCodes(), c) {
			t.Errorf("reasons %v lack %s", r.ReasonCodes(), c)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestQRCodeImage: a QR code in an inline image is read (never fetched,
// never changed); a stranger's code to a new domain holds the message, a
// code to the sender's own site passes, unless the text asks the reader
// to scan it (a stranger's code to its own new site is judged as one to
// any new domain).
func TestQRCodeImage(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	const scan, show = "Scan the code below with your phone.", "Show the code below at the entrance."
	for _, tc := range []struct {
		name, code, text string
		action           Action
		codes            []string
	}{
		{"a stranger's code to a new domain", "https://mfa-review.example/r?u=alice", scan, ActionQuarantine, []string{"qr_link", "attachment_link"}},
		{"a code to the sender's own site", "https://www.new-vendor.example/ticket/4711", show, ActionAccept, nil},
		{"a stranger's code to its own new site, to scan", "https://www.new-vendor.example/ticket/4711", scan, ActionQuarantine, []string{"qr_link", "attachment_link"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			enc := base64.StdEncoding.EncodeToString(qrtest.PNG(t, tc.code, 160))
			raw := []byte(msg("Security <security@new-vendor.example>", "alice@corp.example", "Action required",
				`multipart/related; boundary="b"`,
				"--b\nContent-Type: text/html; charset=utf-8\n\n<p>"+tc.text+"</p><img src=\"cid:qr1\">\n"+
					"--b\nContent-Type: image/png\nContent-ID: <qr1>\nContent-Disposition: inline\nContent-Transfer-Encoding: base64\n\n"+enc+"\n"+
					"--b--\n").raw)
			r := deliver(t, testEngine(t), raw, "security@new-vendor.example", "alice@corp.example", at, false)
			wantVerdict(t, r, tc.action, tc.codes)
			if r.Body != nil {
				t.Error("the message was rewritten")
			}
		})
	}
}

// manyParts is a message of n MIME parts whose last one holds a link.
func manyParts(from string, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "From: %s\r\nTo: dana@corp.example\r\nSubject: statement\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n", from)
	for i := range n {
		fmt.Fprintf(&b, "--b\r\nContent-Type: text/plain\r\n\r\npage %d\r\n", i)
	}
	b.WriteString("--b\r\nContent-Type: text/plain\r\n\r\nYour statement: https://statements.example-billing.example/s/1\r\n--b--\r\n")
	return []byte(b.String())
}

// A message with more parts than milterd reads hides whatever lies past
// the limit, where even a link locked before it would stay live: it is
// quarantined (scan_limit) from a stranger and from a sender we wrote to
// (a compromised partner account), not from our own authenticated people.
func TestScanLimit(t *testing.T) {
	e := testEngine(t)
	now := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	e.Import([]byte("From: dana@corp.example\r\nTo: ann@partner.example\r\nSubject: hi\r\n\r\nhello\r\n"),
		Envelope{MailFrom: "dana@corp.example", Recipients: []string{"ann@partner.example"}, Authenticated: true, Now: now.AddDate(0, 0, -10)})
	for _, tc := range []struct {
		from       string
		auth       bool
		quarantine bool
	}{{"billing@stranger.example", false, true}, {"ann@partner.example", false, true}, {"erin@corp.example", true, false}} {
		r, err := e.Decide(context.Background(), manyParts(tc.from, 600), Envelope{MailFrom: tc.from, Recipients: []string{"dana@corp.example"}, Now: now, Authenticated: tc.auth})
		if err != nil {
			t.Fatal(err)
		}
		codes := r.ReasonCodes()
		if (r.Action == ActionQuarantine) != tc.quarantine || slices.Contains(codes, "scan_limit") != tc.quarantine || !slices.Contains(r.Notes, "partial") {
			t.Errorf("%s: %s, reasons %v, notes %v; want quarantine %v", tc.from, r.Action, codes, r.Notes, tc.quarantine)
		}
	}
}

// TestShortcutAttachmentHeld: the address an attached shortcut opens is
// an attachment's link whatever type its part declares (Invoice.url sent
// as text/plain too): never rewritten, so the file still opens what it
// opened. A stranger's shortcut to a domain new here holds the message
// (page_link, attachment_link); a correspondent's shortcut to the site
// it always links is delivered as it is.
func TestShortcutAttachmentHeld(t *testing.T) {
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	shortcut := func(from, ctype, target string) []byte {
		m := msg(from, "alice@corp.example", "Invoice 4711", `multipart/mixed; boundary="b"`,
			"--b\nContent-Type: text/plain\n\nThe invoice is attached.\n"+
				"--b\nContent-Type: "+ctype+"; name=\"Invoice.url\"\nContent-Disposition: attachment; filename=\"Invoice.url\"\n\n"+
				"[InternetShortcut]\nURL="+target+"\n--b--\n")
		return []byte(m.raw)
	}
	for _, tc := range []struct {
		name, from, ctype, target string
		action                    Action
		codes                     []string
	}{
		{"a stranger's shortcut to a new domain", "billing@new-vendor.example", "application/octet-stream",
			"https://invoice-view.example/i/4711", ActionQuarantine, []string{"page_link", "attachment_link"}},
		{"a stranger's shortcut sent as text", "billing@new-vendor.example", "text/plain; charset=us-ascii",
			"https://invoice-view.example/i/4711", ActionQuarantine, []string{"page_link", "attachment_link"}},
		{"a stranger's shortcut sent as HTML", "billing@new-vendor.example", "text/html; charset=us-ascii",
			"https://invoice-view.example/i/4711", ActionQuarantine, []string{"page_link", "attachment_link"}},
		{"a correspondent's shortcut sent as HTML to a known site", "bob@partner.example", "text/html",
			"https://www.partner.example/reports/q3", ActionAccept, nil},
		{"a correspondent's shortcut sent as text to a known site", "bob@partner.example", "text/plain",
			"https://www.partner.example/reports/q3", ActionAccept, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t)
			for i, m := range corpus()[:6] { // alice and bob write to each other
				deliver(t, e, []byte(m.raw), m.from, m.to, at.Add(time.Duration(i)*time.Hour), m.from == "alice@corp.example")
			}
			raw := shortcut(tc.from, tc.ctype, tc.target)
			r := deliver(t, e, raw, tc.from, "alice@corp.example", at.Add(48*time.Hour), false)
			wantVerdict(t, r, tc.action, tc.codes)
			if r.Body != nil {
				t.Errorf("the message was rewritten: %q", r.Body.Bytes())
			}
		})
	}
}
