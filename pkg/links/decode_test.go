package links

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
	"testing"
)

func TestQPRoundTrip(t *testing.T) {
	tests := []struct{ name, text string }{
		{"ascii", "hello = world\r\n"},
		{"long line", strings.Repeat("abcdefghij=", 30) + "\r\nnext\r\n"},
		{"trailing space", "end with space \r\ntab\t\r\n"},
		{"utf8", "caf\xc3\xa9 " + strings.Repeat("\xe2\x80\x94", 40)},
		{"no final newline", "x=y"},
	}
	for _, tt := range tests {
		enc := qpEncode([]byte(tt.text))
		if got := qpDecode(enc); !bytes.Equal(got, []byte(tt.text)) {
			t.Errorf("qpDecode(qpEncode(%s)) = %q, want %q", tt.name, got, tt.text)
		}
		for _, l := range strings.Split(string(enc), "\r\n") {
			if len(l) > 76 {
				t.Errorf("qpEncode(%s) line of %d chars: %q", tt.name, len(l), l)
			}
		}
	}
}

func TestUTF7(t *testing.T) {
	tests := []struct{ name, enc, dec string }{
		{"markup", "+ADw-a href+AD0AIg-x+ACI-+AD4-", `<a href="x">`},
		{"plus", "1 +- 1", "1 + 1"},
		{"non-bmp", "+2D3eAA-", "\U0001f600"},
		{"accent", "caf+AOk-", "café"},
	}
	for _, tt := range tests {
		if got := string(utf7Decode([]byte(tt.enc))); got != tt.dec {
			t.Errorf("utf7Decode(%s) = %q, want %q", tt.name, got, tt.dec)
		}
		if got := string(utf7Decode(utf7Encode([]byte(tt.dec)))); got != tt.dec {
			t.Errorf("utf7 round trip (%s) = %q, want %q", tt.name, got, tt.dec)
		}
	}
}

func TestCharsetRoundTrip(t *testing.T) {
	for _, cs := range []string{"iso-8859-1", "windows-1252", "koi8-r", "shift_jis", "utf-7"} {
		text := "https://evil.example/ caf\xc3\xa9"
		if cs == "koi8-r" {
			text = "https://evil.example/ привет"
		}
		if cs == "shift_jis" {
			text = "https://evil.example/ 日本語"
		}
		enc := encodeCharset(cs, []byte(text))
		dec, ok := decodeCharset(cs, enc)
		if !ok || string(dec) != text {
			t.Errorf("charset %s round trip = %q (ok %v), want %q", cs, dec, ok, text)
		}
	}
}

// TestB64Chunks: a body of separately encoded, padded pieces decodes piece
// by piece, as mail clients read it, so a link in the second piece is seen.
func TestB64Chunks(t *testing.T) {
	enc := base64.StdEncoding
	body := enc.EncodeToString([]byte("Dear customer,\r\n")) + "\r\n" + enc.EncodeToString([]byte("sign in at https://evil.example/x\r\n")) + "\r\n"
	got, _ := b64Decode([]byte(body))
	if want := "Dear customer,\r\nsign in at https://evil.example/x\r\n"; string(got) != want {
		t.Errorf("b64Decode = %q, want %q", got, want)
	}
}

// uuEncode is a plain uuencoder for the tests ("begin 644 name" ... "end").
func uuEncode(name string, b []byte) string {
	var sb strings.Builder
	sb.WriteString("begin 644 " + name + "\r\n")
	for i := 0; i < len(b); i += 45 {
		chunk := b[i:min(len(b), i+45)]
		sb.WriteByte(byte(' ' + len(chunk)))
		for j := 0; j < len(chunk); j += 3 {
			var t [3]byte
			copy(t[:], chunk[j:])
			for _, c := range []byte{t[0] >> 2, (t[0]<<4 | t[1]>>4) & 63, (t[1]<<2 | t[2]>>6) & 63, t[2] & 63} {
				if c == 0 {
					sb.WriteByte('`')
				} else {
					sb.WriteByte(' ' + c)
				}
			}
		}
		sb.WriteString("\r\n")
	}
	sb.WriteString("`\r\nend\r\n")
	return sb.String()
}

// TestEncodedBodies: bodies that mail clients decode in ways beyond base64
// and quoted-printable are read as the clients show them: a uuencoded part
// (Content-Transfer-Encoding: x-uuencode, which Thunderbird decodes; read,
// never rewritten), and a UTF-16 body with a byte order mark under a label
// that says otherwise (the mark wins in browser engines).
func TestEncodedBodies(t *testing.T) {
	page := `<html><body><a href="https&#58;//evil.example/owa">Sign in</a></body></html>`
	u16 := []byte{0xff, 0xfe}
	for _, r := range page {
		u16 = append(u16, byte(r), 0)
	}
	tests := []struct {
		name      string
		msg       []byte
		rewritten bool
	}{
		{"x-uuencode", msgOf("text/html; charset=utf-8", "x-uuencode", uuEncode("body.html", []byte(page))), false},
		{"uue", msgOf("text/html", "uue", uuEncode("body.html", []byte(page))), false},
		{"utf-16 mark under a utf-8 label", msgOf("text/html; charset=utf-8", "base64", base64.StdEncoding.EncodeToString(u16)), true},
		{"utf-16 mark without a label", msgOf("text/html", "base64", base64.StdEncoding.EncodeToString(u16)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, _ := Extract(tt.msg, Options{})
			if len(ls) != 1 || ls[0].URL != "https://evil.example/owa" {
				t.Fatalf("links %+v, want https://evil.example/owa", ls)
			}
			if ls[0].Rewritable() != tt.rewritten {
				t.Errorf("Rewritable = %v, want %v", ls[0].Rewritable(), tt.rewritten)
			}
			if !tt.rewritten {
				return
			}
			out, err := Rewrite(tt.msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
			after, _ := Extract(out, Options{})
			if err != nil || len(after) != 1 || after[0].URL != "https://lock.example/l/1" {
				t.Errorf("Rewrite = %v, %+v; want the lock URL", err, after)
			}
		})
	}
}

// FuzzUUDecode: uudecoding never panics and never grows the input.
func FuzzUUDecode(f *testing.F) {
	f.Add([]byte(uuEncode("a.html", []byte(`<a href="https://a.example/">x</a>`))))
	f.Add([]byte("begin 644 x\r\n\xff\xff\r\nend"))
	f.Add([]byte("begin 644 x\n!\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if out, _ := uuDecode(b); len(out) > len(b) {
			t.Fatalf("uuDecode grew %d bytes to %d", len(b), len(out))
		}
	})
}

// TestYEncBody: a body in yEnc (Content-Transfer-Encoding: x-yencode),
// which Thunderbird decodes and shows, is read; it cannot be written back,
// so its links are judged but never rewritten.
func TestYEncBody(t *testing.T) {
	page := []byte(`<p>Remittance: <a href="https://remit.evil.example/view?id=1">View</a></p>` + "\r\n")
	body := string(yEncode(page, "body.html"))
	msg := []byte("From: a@b.example\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: X-yEncode\r\n\r\n" + body)
	ls, _ := Extract(msg, Options{})
	if len(ls) != 1 || ls[0].URL != "https://remit.evil.example/view?id=1" || ls[0].Rewritable() || !ls[0].InAttachment() {
		t.Fatalf("links %+v, want one judged, not rewritable link", ls)
	}
	if got, err := yDecode([]byte("no header\r\n")); err == nil || string(got) != "no header\r\n" {
		t.Errorf("yDecode without =ybegin: %q, %v", got, err)
	}
}

// yEncode encodes data as a yEnc body named name: each byte 42 more, the
// critical ones escaped, lines of at most 128 bytes.
func yEncode(data []byte, name string) []byte {
	out := []byte("=ybegin line=128 size=" + strconv.Itoa(len(data)) + " name=" + name + "\r\n")
	n := 0
	for _, c := range data {
		if n >= 127 {
			out, n = append(out, '\r', '\n'), 0
		}
		o := c + 42
		if o == 0 || o == '\n' || o == '\r' || o == '=' {
			out, n = append(out, '=', o+64), n+2
			continue
		}
		out, n = append(out, o), n+1
	}
	return append(out, "\r\n=yend size="+strconv.Itoa(len(data))+"\r\n"...)
}

// FuzzYDecode: any data encoded as yEnc decodes to itself, and any bytes
// decode without a panic to no more bytes than they hold.
func FuzzYDecode(f *testing.F) {
	f.Add([]byte("<a href=\"https://a.example/\">x</a>\r\n"))
	f.Add([]byte{0, '\n', '\r', '=', 0xd6, 0xe3, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, err := yDecode(yEncode(data, "f")); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("yDecode(yEncode(%q)) = %q, %v", data, got, err)
		}
		if got, _ := yDecode(data); len(got) > len(data) {
			t.Fatalf("yDecode(%q) = %d bytes, more than its input", data, len(got))
		}
	})
}

func TestMetaCharset(t *testing.T) {
	for _, tt := range []struct{ name, html, want string }{
		{"http-equiv", `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"></head>`, "iso-8859-1"},
		{"charset attribute", `<meta charset="windows-1252"><p>x</p>`, "windows-1252"},
		{"unquoted, spaced", `<meta charset = utf-8 >`, "utf-8"},
		{"utf-16 reads as utf-8", `<meta charset="UTF-16LE">`, "utf-8"},
		{"second meta declares it", `<meta name="viewport" content="width=device-width"><meta charset='iso-8859-15'>`, "iso-8859-15"},
		{"unknown charset", `<meta charset="x-klingon">`, ""},
		{"no meta", `<p>charset=iso-8859-1</p>`, ""},
		{"beyond the first 1024 bytes", strings.Repeat(" ", 1024) + `<meta charset="iso-8859-1">`, ""},
		{"unterminated tag", `<meta charset="koi8-r"`, "koi8-r"},
		{"charset without a value", `<meta charset><meta charset=>`, ""},
		{"in a comment", `<!-- <meta charset="koi8-r"> --><p>x</p>`, ""},
		{"after a comment", `<!-- old: <meta charset="koi8-r"> --><meta charset="iso-8859-2">`, "iso-8859-2"},
		{"unterminated comment", `<!-- <meta charset="koi8-r">`, ""},
		{"an empty comment <!-->, whose -- is the opener's", `<!--><meta charset="koi8-r">`, "koi8-r"},
		{"an empty comment <!--->", `<!---><meta charset="koi8-r">`, "koi8-r"},
		{"comment-like text in another tag's attribute", `<p title="<!--"></p><meta charset="koi8-r"><!-- -->`, "koi8-r"},
		{"comment-like text in an earlier meta", `<meta name="x" content="<!--"><meta charset="koi8-r"> -->`, "koi8-r"},
		{"a meta in another tag's attribute", `<div title='<meta charset="koi8-r">'><p>x</p>`, ""},
		{"comment-like text in a tag", `<meta charset="iso-8859-2" content="<!--">`, "iso-8859-2"},
	} {
		if got := metaCharset([]byte(tt.html)); got != tt.want {
			t.Errorf("metaCharset(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMetaCharsetPart: an HTML part without a charset parameter is read
// in the charset its <meta> declares, and a lock rewrites it in that
// charset, leaving its accented bytes as they were.
func TestMetaCharsetPart(t *testing.T) {
	msg := []byte("From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
		"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>" +
		"<body><p>Bitte zahlen Sie die Zollgeb\xfchr: <a href=\"https://lure.example/pay\">hier</a></p></body></html>\r\n")
	ls, err := Extract(msg, Options{})
	if err != nil || len(ls) != 1 {
		t.Fatalf("Extract = %d links, %v", len(ls), err)
	}
	if !strings.Contains(ls[0].Context, "Zollgebühr") {
		t.Errorf("Context = %q, want the word decoded from ISO-8859-1", ls[0].Context)
	}
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
	if err != nil {
		t.Fatalf("Rewrite: %v", err)
	}
	if !bytes.Contains(out, []byte("Zollgeb\xfchr: <a href=\"https://lock.example/l/1\"")) {
		t.Errorf("Rewrite = %q, want the lock link and the ISO-8859-1 bytes kept", out)
	}
}

// TestEightBitASCIILabel: a text part labelled US-ASCII, or not labelled,
// that holds bytes which are not UTF-8 is read as ISO-8859-1 (its words
// whole) and rewritten byte for byte; UTF-8 text so labelled, and text
// labelled UTF-8, are read as they were.
func TestEightBitASCIILabel(t *testing.T) {
	for _, tt := range []struct{ name, ctype, body, want string }{
		{"us-ascii label", "text/plain; charset=us-ascii", "Bitte zahlen Sie die Zollgeb\xfchr: https://lure.example/pay", "Zollgebühr"},
		{"no label", "text/plain", "Bitte zahlen Sie die Zollgeb\xfchr: https://lure.example/pay", "Zollgebühr"},
		{"html, no label, no meta", "text/html", "<p>Zollgeb\xfchr: <a href=\"https://lure.example/pay\">hier</a></p>", "Zollgebühr"},
		{"UTF-8 without a label", "text/plain", "Bitte zahlen Sie die Zollgeb\xc3\xbchr: https://lure.example/pay", "Zollgebühr"},
		{"labelled UTF-8 stays as it is", "text/plain; charset=utf-8", "Bitte zahlen Sie die Zollgeb\xfchr: https://lure.example/pay", "Zollgeb\xfchr"},
	} {
		msg := []byte("From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: " + tt.ctype +
			"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + tt.body + "\r\n")
		ls, err := Extract(msg, Options{})
		if err != nil || len(ls) != 1 {
			t.Fatalf("%s: Extract = %d links, %v", tt.name, len(ls), err)
		}
		if !strings.Contains(ls[0].Context, tt.want) {
			t.Errorf("%s: Context = %q, want %q in it", tt.name, ls[0].Context, tt.want)
		}
		out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
		if err != nil {
			t.Fatalf("%s: Rewrite: %v", tt.name, err)
		}
		before := tt.body[:strings.Index(tt.body, ":")]
		if !bytes.Contains(out, []byte(before)) || !bytes.Contains(out, []byte("https://lock.example/l/1")) {
			t.Errorf("%s: Rewrite = %q, want the lock link and the original bytes kept", tt.name, out)
		}
	}
}
