package links

import (
	"encoding/base64"
	"unicode/utf16"
	"unicode/utf8"
)

// UTF-7 (RFC 2152) is not in x/text but is used by phishing mail to hide
// markup from filters, so it is decoded and encoded here.

var utf7B64 = base64.RawStdEncoding

func isUTF7(cs string) bool {
	switch cs {
	case "utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-unicode20utf7":
		return true
	}
	return false
}

func isB64Char(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

// utf7Decode converts UTF-7 to UTF-8. Malformed shifts are kept literally.
func utf7Decode(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '+' {
			out = append(out, b[i])
			continue
		}
		j := i + 1
		for j < len(b) && isB64Char(b[j]) {
			j++
		}
		if j == i+1 {
			out = append(out, '+')
			if j < len(b) && b[j] == '-' {
				i = j
			}
			continue
		}
		out = appendUTF16(out, b[i+1:j])
		if j < len(b) && b[j] == '-' {
			j++
		}
		i = j - 1
	}
	return out
}

// appendUTF16 appends the UTF-8 form of base64-coded UTF-16BE.
func appendUTF16(out, enc []byte) []byte {
	if len(enc)%4 == 1 {
		enc = enc[:len(enc)-1]
	}
	raw := make([]byte, utf7B64.DecodedLen(len(enc)))
	n, _ := utf7B64.Decode(raw, enc)
	units := make([]uint16, 0, n/2)
	for k := 0; k+1 < n; k += 2 {
		units = append(units, uint16(raw[k])<<8|uint16(raw[k+1]))
	}
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out
}

// utf7Encode converts UTF-8 to UTF-7, shifting everything that is not
// printable ASCII (or a line break or tab) and escaping '+' as "+-".
func utf7Encode(b []byte) []byte {
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		c := b[i]
		if c == '+' {
			out = append(out, '+', '-')
			i++
			continue
		}
		if c < utf8.RuneSelf && (c >= ' ' && c <= '~' && c != '\\' || c == '\r' || c == '\n' || c == '\t') {
			out = append(out, c)
			i++
			continue
		}
		j := i
		var units []uint16
		for j < len(b) && (b[j] >= utf8.RuneSelf || b[j] < ' ' && b[j] != '\r' && b[j] != '\n' && b[j] != '\t' || b[j] == '\\' || b[j] == '~' || b[j] == 0x7f) {
			r, size := utf8.DecodeRune(b[j:])
			units = utf16.AppendRune(units, r)
			j += size
		}
		raw := make([]byte, 0, 2*len(units))
		for _, u := range units {
			raw = append(raw, byte(u>>8), byte(u))
		}
		out = append(out, '+')
		out = append(out, utf7B64.EncodeToString(raw)...)
		out = append(out, '-')
		i = j
	}
	return out
}
