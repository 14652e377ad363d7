package links

import (
	"bytes"
	"strings"
	"testing"
)

// The fast paths must agree with the straightforward code they shortcut.

func FuzzB64Decode(f *testing.F) {
	for _, s := range []string{"", "QQ==", "QUJD\r\nREVG\r\n", "QQ==\r\nQg==", "QUJ", "QU JD", "QUJD=", "Q=Q=",
		"QUJDREVG\nR0g=\n", "!!QUJD", "QUJD\r\n\r\n--b--\r\n", "QUI=\r\n=", "QUJDRA"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, gerr := b64Decode(b)
		want, werr := b64Lenient(b)
		if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
			t.Fatalf("b64Decode(%q) = %q, %v; lenient %q, %v", b, got, gerr, want, werr)
		}
	})
}

func TestPlainASCIITable(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := !(c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}", byte(c)) >= 0)
		if got := plainASCII(string([]byte{byte(c)})); got != want {
			t.Errorf("plainASCII(%#x) = %v, want %v", c, got, want)
		}
	}
}
