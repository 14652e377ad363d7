package links

import (
	"bytes"
	"encoding/base64"
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
