package links

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLead(t *testing.T) {
	long := strings.Repeat("wire ", 200)    // 1000 bytes of words
	runes := "a" + strings.Repeat("ü", 400) // 801 bytes, one word: byte 600 is inside a rune
	for _, tc := range []struct {
		name, msg, want string
	}{
		{"plain text", "Subject: x\r\n\r\nHi Alice,\r\n\r\n  can you process a payment today?\r\n", "Hi Alice, can you process a payment today?"},
		{"html: visible text only", "Content-Type: text/html\r\n\r\n<html><head><title>T</title><style>p{}</style></head><body><p>Pay&nbsp;the <b>invoice</b></p><script>x()</script></body></html>",
			"Pay the invoice"},
		{"the HTML alternative, the one a reader sees", "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nplain first\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>html second</p>\r\n--b--\r\n",
			"html second"},
		{"an empty plain alternative gives the lead to the HTML one", "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n \r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Your plan renewed: call +1 808 555 0142</p>\r\n--b--\r\n",
			"Your plan renewed: call +1 808 555 0142"},
		{"an HTML part of no words gives it to the next text part", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<div>&nbsp;</div><img src=\"cid:x\">\r\n--b\r\nContent-Type: text/plain\r\n\r\nsecond part\r\n--b--\r\n",
			"second part"},
		{"all quoted, then another part: still nothing new", "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n> pay the invoice\r\n> today\r\n--b\r\nContent-Type: text/plain\r\n\r\nsecond part\r\n--b--\r\n",
			""},
		{"quoted-printable decoded", "Content-Transfer-Encoding: quoted-printable\r\n\r\nour bank =\r\ndetails chang=65d\r\n", "our bank details changed"},
		{"cut after a whole word", "\r\n" + long, strings.TrimSpace(long[:LeadBytes])},
		{"no rune split", "Content-Type: text/plain; charset=utf-8\r\n\r\n" + runes, "a" + strings.Repeat("ü", LeadBytes/2-1)},
		{"plain: the new text, not the quote", "\r\nSorry, my fault.\r\n\r\n -----Original Message-----\r\nFrom: Ann\r\nDo you have the invoice file?\r\n", "Sorry, my fault."},
		{"html: the new text, not the quote", "Content-Type: text/html\r\n\r\n<div>Thanks, found it.</div><div class=\"gmail_quote\"><div>On Mon, Ann wrote:</div><blockquote>pay the invoice</blockquote></div>",
			"Thanks, found it."},
		{"all quoted: nothing new", "\r\n> pay the invoice\r\n> today\r\n", ""},
		{"no text part", "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n", ""},
		{"a calendar is not read", "Content-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ""},
		// table cells and rows run together with one space, as blocks do:
		// scoring reads a label cell with its value cell ("Email
		// gail@...", "Import duties Prepaid") and a number split over
		// cells as one; a mark between cells would cut both
		{"html: table cells run together", "Content-Type: text/html\r\n\r\n<table><tr><td>Name</td><td>Gail Porter</td></tr><tr><th>Email</th><td>gail.porter@gmail.com</td></tr><tr><td>Import duties</td><td>Prepaid</td></tr></table>",
			"Name Gail Porter Email gail.porter@gmail.com Import duties Prepaid"},
	} {
		x, err := ExtractAll([]byte(tc.msg), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		if x.Lead != tc.want {
			t.Errorf("%s: Lead = %q, want %q", tc.name, x.Lead, tc.want)
		}
		if len(x.Lead) > LeadBytes || !utf8.ValidString(x.Lead) {
			t.Errorf("%s: Lead of %d bytes, valid %v", tc.name, len(x.Lead), utf8.ValidString(x.Lead))
		}
	}
}

// mimePart is a MIME entity of the given Content-Type and body.
func mimePart(ctype, body string) string {
	return "Content-Type: " + ctype + "\r\n\r\n" + body
}

// multi is a multipart entity of the given subtype, boundary (nested ones
// differ) and parts.
func multi(sub, boundary string, parts ...string) string {
	var b strings.Builder
	b.WriteString("Content-Type: multipart/" + sub + "; boundary=" + boundary + "\r\n\r\n")
	for _, p := range parts {
		b.WriteString("--" + boundary + "\r\n" + p + "\r\n")
	}
	b.WriteString("--" + boundary + "--\r\n")
	return b.String()
}

// TestLeadAlternative: of a multipart/alternative the lead is the last
// alternative with a word in it, the one mail clients show (RFC 2046
// 5.1.4), so that a harmless plain-text stub does not hide the HTML
// lure; elsewhere the first text part with a word, each alternative
// group one part at its place.
func TestLeadAlternative(t *testing.T) {
	const (
		stub = "This message requires an HTML capable mail client."
		lure = `<html><body><p>Your Norton plan renewed: <b>$499.99</b>. To cancel call +1 808 555 0142.</p></body></html>`
		said = "Your Norton plan renewed: $499.99. To cancel call +1 808 555 0142."
	)
	plain := func(s string) string { return mimePart("text/plain; charset=utf-8", s) }
	html := func(s string) string { return mimePart("text/html; charset=utf-8", s) }
	png := "Content-Type: image/png\r\nContent-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo="
	pdf := "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"notes.bin\"\r\n\r\nzz"
	svg := "Content-Type: image/svg+xml\r\nContent-Disposition: attachment; filename=\"Invoice.svg\"\r\n\r\n" +
		`<svg xmlns="http://www.w3.org/2000/svg"><a href="https://pay.evil.example/inv"><text>Open</text></a></svg>`
	fwd := func(inner string) string {
		return "Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"fwd.eml\"\r\n\r\nSubject: inner\r\nMIME-Version: 1.0\r\n" + inner
	}
	for _, tc := range []struct {
		name, msg, want string
	}{
		{"a plain stub before the HTML lure", multi("alternative", "a", plain(stub), html(lure)), said},
		{"a donor's name in plain, the ask in HTML", multi("alternative", "a", plain("Dear John,"), html("<p>Dear John,</p><p>Please call me back at 808-555-0199 about the wire.</p>")),
			"Dear John, Please call me back at 808-555-0199 about the wire."},
		{"HTML only", html(lure), said},
		{"plain only", plain("Hi Ann, please send the signed copy."), "Hi Ann, please send the signed copy."},
		{"the HTML inside multipart/related", multi("alternative", "a", plain(stub), multi("related", "r", html(lure), png)), said},
		{"an HTML alternative of no words falls back to the plain one", multi("alternative", "a", plain("See the attached statement."), html(`<div>&nbsp;</div><img src="cid:logo">`)),
			"See the attached statement."},
		{"an image-only HTML alternative (a placeholder alt) falls back too", multi("alternative", "a", plain("Meeting moved to 3pm."), html(`<table><tr><td><img src="cid:logo" alt="logo"></td></tr></table>`)),
			"Meeting moved to 3pm."},
		{"an empty plain alternative", multi("alternative", "a", plain(" \r\n"), html(lure)), said},
		{"both empty: the next part of the mixed", multi("mixed", "m", multi("alternative", "a", plain(" "), html("<p> </p>")), plain("after the alternative")),
			"after the alternative"},
		{"the alternative nested in a mixed with attachments", multi("mixed", "m", multi("alternative", "a", plain(stub), html(lure)), pdf, svg), said},
		{"a text part before the alternative keeps the lead", multi("mixed", "m", plain("Cover note."), multi("alternative", "a", plain(stub), html(lure))), "Cover note."},
		{"a calendar alternative is no lead", multi("alternative", "a", plain("Invitation: sync"), html("<p>Invitation: weekly sync</p>"), mimePart("text/calendar; method=REQUEST", "BEGIN:VCALENDAR\r\nSUMMARY:other words\r\nEND:VCALENDAR")),
			"Invitation: weekly sync"},
		{"plain and a calendar: the plain one", multi("alternative", "a", plain("Invitation: sync"), mimePart("text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR")), "Invitation: sync"},
		{"the HTML alternative, even before a plain one (Outlook shows it)", multi("alternative", "a", html("<p>html first</p>"), plain("plain last")), "html first"},
		{"a stub after the HTML lure leads nowhere", multi("alternative", "a", html(lure), plain(stub)), said},
		{"a related HTML alternative before a plain one", multi("alternative", "a", multi("related", "r", html(lure), png), plain(stub)), said},
		{"an HTML alternative of no words: the plain one", multi("alternative", "a", html(`<div>&nbsp;</div><img src="cid:logo">`), plain("plain last")), "plain last"},
		{"of a mixed alternative its first part, plain before HTML", multi("alternative", "a", plain(stub), multi("mixed", "x", plain("intro words"), html("<p>html words</p>"))), "intro words"},
		{"an HTML alternative over a later enriched one", multi("alternative", "a", plain(stub), html("<p>html words</p>"), mimePart("text/enriched", "enriched words")), "html words"},
		{"the preferred alternative's new text, not its quote", multi("alternative", "a", plain("Thanks.\r\n\r\nOn Mon, Ann wrote:\r\n> pay it"), html(`<div>Thanks, found it.</div><div class="gmail_quote"><div>On Mon, Ann wrote:</div><blockquote>pay it</blockquote></div>`)),
			"Thanks, found it."},
		{"the preferred alternative all quoted: nothing new", multi("alternative", "a", plain("new words"), html(`<blockquote type="cite">pay the invoice today</blockquote>`)), ""},
		{"nested alternatives", multi("alternative", "a", plain(stub), multi("alternative", "b", plain("inner plain"), html("<p>inner html</p>"))), "inner html"},
		{"Apple Mail: the first text part of the preferred alternative", multi("alternative", "a", plain(stub), multi("mixed", "m", html("<p>first html</p>"), png, html("<p>second html</p>"))),
			"first html"},
		{"a forwarded message after the body", multi("mixed", "m", multi("alternative", "a", plain("fyi plain"), html("<p>fyi, see below</p>")), fwd(multi("alternative", "i", plain("inner plain"), html("<p>inner html</p>")))),
			"fyi, see below"},
		{"a forwarded message under an empty body", multi("mixed", "m", plain(" "), fwd(multi("alternative", "i", plain("inner plain"), html("<p>inner html</p>")))),
			"inner html"},
		{"a forwarded message under a plain body", multi("mixed", "m", plain("see attached"), fwd(html("<p>inner html</p>"))), "see attached"},
	} {
		x, err := ExtractAll([]byte("MIME-Version: 1.0\r\n"+tc.msg), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		if x.Lead != tc.want {
			t.Errorf("%s: Lead = %q, want %q", tc.name, x.Lead, tc.want)
		}
		for _, l := range x.Links {
			if l.Kind == KindSVG && !strings.HasPrefix(l.Context, tc.want) {
				t.Errorf("%s: the attachment's link has context %q, not the lead", tc.name, l.Context)
			}
		}
	}
}
