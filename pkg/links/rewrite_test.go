package links

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestRewriteErrors(t *testing.T) {
	html := msgOf("text/html", "", `<a href="https://evil.example/">x</a><img src="https://img.example/i.png">`)
	encoded := []byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		"Q29udGVudC1UeXBlOiB0ZXh0L3BsYWluDQoNCmh0dHBzOi8vZXZpbC5leGFtcGxlLw==\r\n--a--\r\n")
	signed := []byte("Content-Type: multipart/signed; boundary=s; protocol=\"application/pgp-signature\"\r\n\r\n--s\r\nContent-Type: text/plain\r\n\r\nhttps://evil.example/\r\n--s\r\nContent-Type: application/pgp-signature\r\n\r\nsig\r\n--s--\r\n")
	tests := []struct {
		name string
		msg  []byte
		ref  func(ls []Link) Ref
		repl string
		want error
	}{
		{"unknown ref", html, func([]Link) Ref { return Ref{Part: "9", Start: 1} }, "https://lock.example/l/1", ErrUnknownRef},
		{"image is never locked", html, func(ls []Link) Ref { return ls[1].Ref() }, "https://lock.example/l/1", ErrUnknownRef},
		{"bad replacement", html, func(ls []Link) Ref { return ls[0].Ref() }, "https://lock.example/\"><script>", ErrBadReplacement},
		{"empty replacement", html, func(ls []Link) Ref { return ls[0].Ref() }, "", ErrBadReplacement},
		{"signed", signed, func(ls []Link) Ref { return ls[0].Ref() }, "https://lock.example/l/1", ErrSigned},
		{"encoded attachment", encoded, func(ls []Link) Ref { return ls[0].Ref() }, "https://lock.example/l/1", ErrNotRewritable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := Extract(tt.msg, Options{})
			if err != nil || len(ls) == 0 {
				t.Fatalf("Extract(%s) = %d links, %v", tt.name, len(ls), err)
			}
			out, err := Rewrite(tt.msg, map[Ref]string{tt.ref(ls): tt.repl}, Options{})
			if !errors.Is(err, tt.want) {
				t.Errorf("Rewrite(%s) error %v, want %v", tt.name, err, tt.want)
			}
			if !bytes.Equal(out, tt.msg) {
				t.Errorf("Rewrite(%s) changed the message although nothing could be locked", tt.name)
			}
		})
	}
}

func TestRewriteEmptyMap(t *testing.T) {
	msg := msgOf("text/plain", "", "https://evil.example/\n")
	for _, m := range []map[Ref]string{nil, {}} {
		out, err := Rewrite(msg, m, Options{})
		if err != nil || !bytes.Equal(out, msg) {
			t.Errorf("Rewrite(empty map) = %q, %v; want the input", out, err)
		}
	}
}

func TestRewriteKeepsOtherLinks(t *testing.T) {
	msg := msgOf("text/html; charset=utf-8", "quoted-printable",
		"<p>caf=C3=A9 <a href=3D\"https://evil.example/a\">https://evil.example/a</a> <a href=3D\"https://good.example/b?x=3D1&amp;y=3D2\">b</a></p>\r\n")
	ls, _ := Extract(msg, Options{})
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := Extract(out, Options{})
	if len(after) != 2 || after[0].URL != "https://lock.example/l/1" || after[0].Display != "hxxps://evil[.]example/a" ||
		after[1].URL != ls[1].URL || after[1].Raw != ls[1].Raw {
		t.Errorf("Rewrite kept %+v, want the lock URL, a defanged display and the untouched good link", after)
	}
	sc := scanMessage(out, Options{})
	if !bytes.Contains(sc.leaves[0].text, []byte("café")) {
		t.Errorf("Rewrite lost the UTF-8 text: %q", sc.leaves[0].text)
	}
}

func TestRewriteLongLines(t *testing.T) {
	long := strings.Repeat("word ", 190) // 950 bytes
	msg := msgOf("text/html", "7bit", "<p>"+long+`<a href="https://evil.example/a">https://evil.example/a</a> `+long+"</p>\r\n")
	ls, _ := Extract(msg, Options{})
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/" + strings.Repeat("x", 60)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(out), "\r\n") {
		if len(l) > 998 {
			t.Errorf("Rewrite left a %d-byte line", len(l))
		}
	}
	if got := wrapLong([]byte(strings.Repeat("a", 1200))); len(got) != 1200 {
		t.Errorf("wrapLong changed an unbreakable line")
	}
}
