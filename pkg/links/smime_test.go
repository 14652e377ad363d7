package links

import (
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"runtime"
	"testing"
)

// berDef encodes a definite-length BER element.
func berDef(tag byte, parts ...[]byte) []byte {
	body := bytes.Join(parts, nil)
	n := len(body)
	switch {
	case n < 0x80:
		return append([]byte{tag, byte(n)}, body...)
	case n < 0x100:
		return append([]byte{tag, 0x81, byte(n)}, body...)
	}
	return append([]byte{tag, 0x82, byte(n >> 8), byte(n)}, body...)
}

// berIndef encodes an indefinite-length BER element.
func berIndef(tag byte, parts ...[]byte) []byte {
	return append(append([]byte{tag, 0x80}, bytes.Join(parts, nil)...), 0, 0)
}

// signedDataOf wraps content as CMS SignedData, its octet string in two
// pieces (as streaming signers write it).
func signedDataOf(oid []byte, content []byte) []byte {
	half := len(content) / 2
	octets := berIndef(0x24, berDef(0x04, content[:half]), berDef(0x04, content[half:]))
	encap := berIndef(0x30, berDef(0x06, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01}), berIndef(0xa0, octets))
	sd := berIndef(0x30, berDef(0x02, []byte{1}), berDef(0x31), encap, berDef(0x31))
	return berIndef(0x30, berDef(0x06, oid), berIndef(0xa0, sd))
}

func p7mMessage(der []byte) []byte {
	return msgOf("application/pkcs7-mime; smime-type=signed-data; name=smime.p7m", "base64", base64.StdEncoding.EncodeToString(der)+"\r\n")
}

// TestOpaqueSigned: the entity inside opaque S/MIME signed data (smime.p7m),
// which mail programs show as the message, is read; its links are signed
// (never rewritten). Enveloped data and junk give no link.
func TestOpaqueSigned(t *testing.T) {
	page := "Content-Type: text/html\r\n\r\n<a href=\"https://sign-in.evil.example/login\">Sign in</a>\r\n"
	real, err := os.ReadFile("testdata/smime-signed.der") // openssl cms -sign -nodetach -stream
	if err != nil {
		t.Fatal(err)
	}
	enveloped := append([]byte(nil), oidSignedData...)
	enveloped[len(enveloped)-1] = 0x03
	for _, tc := range []struct {
		name string
		der  []byte
		want string
	}{
		{"BER in pieces", signedDataOf(oidSignedData, []byte(page)), "https://sign-in.evil.example/login"},
		{"openssl", real, "https://secure-docview.example/auth/login"},
		{"enveloped", signedDataOf(enveloped, []byte(page)), ""},
		{"junk", []byte("\x30\x80\x06\x09not a signature"), ""},
		{"cut short", signedDataOf(oidSignedData, []byte(page))[:40], ""},
	} {
		x, _ := ExtractAll(p7mMessage(tc.der), Options{})
		var got string
		for _, l := range x.Links {
			got = l.URL
		}
		if got != tc.want || !x.Signed {
			t.Errorf("%s: link %q signed %v, want %q and signed", tc.name, got, x.Signed, tc.want)
		}
	}
	msg := p7mMessage(signedDataOf(oidSignedData, []byte(page)))
	ls, _ := Extract(msg, Options{})
	if _, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{}); !errors.Is(err, ErrSigned) {
		t.Errorf("rewrite: %v, want ErrSigned", err)
	}
}

func FuzzSignedContent(f *testing.F) {
	f.Add(signedDataOf(oidSignedData, []byte("Content-Type: text/plain\r\n\r\nhttps://x.example/\r\n")))
	if b, err := os.ReadFile("testdata/smime-signed.der"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, der []byte) {
		if out, ok := signedContent(der); ok && len(out) > len(der) {
			t.Fatalf("content of %d bytes from %d", len(out), len(der))
		}
	})
}

// TestSealed: encrypted content milterd cannot read (S/MIME enveloped
// data, multipart/encrypted, an inline PGP message) marks the body as not
// read whole (CutBody); signed content it can read does not.
func TestSealed(t *testing.T) {
	enveloped := append([]byte(nil), oidSignedData...)
	enveloped[len(enveloped)-1] = 0x03
	pgpEnc := "Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=b\r\n\r\n--b\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--b\r\nContent-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n--b--\r\n"
	for _, tc := range []struct {
		name string
		msg  []byte
		want bool
	}{
		{"S/MIME enveloped", p7mMessage(signedDataOf(enveloped, []byte("x"))), true},
		{"multipart/encrypted", []byte(pgpEnc), true},
		{"inline PGP message", msgOf("text/plain", "", "-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n"), true},
		{"inline PGP message after blank lines", msgOf("text/plain", "", "\r\n \r\n-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n"), true},
		{"a post quoting an armored block", msgOf("text/plain", "", "When I run gpg --decrypt on this file:\r\n\r\n-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n-----END PGP MESSAGE-----\r\n\r\nI get no secret key. See https://www.gnupg.org/faq/\r\n"), false},
		{"a reply quoting an encrypted message", msgOf("text/plain", "", "Got it, thanks.\r\n\r\n> -----BEGIN PGP MESSAGE-----\r\n> hQEMA\r\n> -----END PGP MESSAGE-----\r\n"), false},
		{"inline PGP signature", msgOf("text/plain", "", "-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\nhi\r\n-----BEGIN PGP SIGNATURE-----\r\nx\r\n-----END PGP SIGNATURE-----\r\n"), false},
		{"S/MIME signed", p7mMessage(signedDataOf(oidSignedData, []byte("Content-Type: text/plain\r\n\r\nhi\r\n"))), false},
	} {
		x, _ := ExtractAll(tc.msg, Options{})
		if x.CutBody != tc.want || x.Sealed != tc.want || !x.Signed {
			t.Errorf("%s: CutBody %v, Sealed %v, Signed %v; want %v, %v and signed", tc.name, x.CutBody, x.Sealed, x.Signed, tc.want, tc.want)
		}
	}
}

// TestSignedContentPieces: an octet string in a million one-byte pieces
// (a few bytes each in the signature, 3 MiB) is joined within a few times
// its size: listing the pieces first took 20 bytes of memory for each
// byte of the signature (263 MB allocated for 4 MiB).
func TestSignedContentPieces(t *testing.T) {
	pieces := bytes.Repeat([]byte{0x04, 0x01, 'A'}, 1<<20)
	octets := berIndef(0x24, berIndef(0x24, pieces), berDef(0x04, []byte("B")))
	encap := berIndef(0x30, berDef(0x06, []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01}), berIndef(0xa0, octets))
	der := berIndef(0x30, berDef(0x06, oidSignedData), berIndef(0xa0, berIndef(0x30, berDef(0x02, []byte{1}), berDef(0x31), encap)))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out, ok := signedContent(der)
	runtime.ReadMemStats(&after)
	if want := 1<<20 + 1; !ok || len(out) != want || out[len(out)-1] != 'B' {
		t.Fatalf("signedContent = %d bytes, %v; want %d ending in B", len(out), ok, want)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 2*uint64(len(der)) {
		t.Errorf("joining %d bytes of pieces allocated %d bytes; want at most twice that", len(der), got)
	}
}
