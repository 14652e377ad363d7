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
		{"the first text part of an alternative", "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nplain first\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>html second</p>\r\n--b--\r\n",
			"plain first"},
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
