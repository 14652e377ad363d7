package links

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
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
	sc := scanMessage(out, Options{}, nil, false)
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

// TestRewriteLongLinesWithoutSpaces: an HTML line under the limit that has
// no space or tab, and whose only '<' starts it, grows past 998 bytes when
// its short href becomes a lock URL; it is broken after a tag's '>'
// (Sendmail's SMTP mailers would otherwise break it at 990 with a "!"
// inside the text, other hops refuse it). The text stays what it was.
func TestRewriteLongLinesWithoutSpaces(t *testing.T) {
	y := strings.Repeat("y", 960)
	lock := "https://lock.example.com/l/" + strings.Repeat("x", 22)
	atLimit := strings.Repeat("y", maxLineLen-len(`<a/href="`+lock+`">`)) // then '>' at byte 998, the 999th
	tests := []struct{ name, body string }{
		{"tag then text, end tag past the limit", `<a/href="http://a.example/">` + y + "</a>\r\n"},
		{"tag then text", `<a/href="http://a.example/">` + y + "\r\n"},
		{"'>' as the 999th byte", `<a/href="http://a.example/">` + atLimit + ">" + y + "\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := msgOf("text/html", "7bit", tt.body)
			ls, _ := Extract(msg, Options{})
			if len(ls) == 0 {
				t.Fatal("no link found")
			}
			out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): lock}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(out), "\r\n") {
				if len(l) > maxLineLen {
					t.Errorf("Rewrite left a %d-byte line", len(l))
				}
			}
			want := strings.Replace(tt.body, "http://a.example/", lock, 1)
			_, got, _ := strings.Cut(string(out), "\r\n\r\n")
			if strings.ReplaceAll(got, "\r\n", "") != strings.ReplaceAll(want, "\r\n", "") {
				t.Errorf("Rewrite changed more than the href and line breaks:\n%q", got)
			}
		})
	}
}

// TestRewriteFidelity: locking a link never changes what the rest of the
// part says, or the message is left alone with an error (the glue then
// holds it): text a charset cannot carry back is refused, a quoted-printable
// body ending in a soft break keeps it, a base64 text keeps its own line
// breaks, inline PGP under a transfer encoding is signed, and a link in
// HTML sent as text/plain is locked in its href, not with a text marker
// inside the quotes.
func TestRewriteFidelity(t *testing.T) {
	const lockURL = "https://lock.example/l/1"
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) + "\r\n" }
	tests := []struct {
		name  string
		msg   []byte
		want  error
		check func(t *testing.T, out []byte, sc *scan)
	}{
		{name: "windows-1252 undefined byte", want: ErrNotRewritable,
			msg: msgOf("text/plain; charset=windows-1252", "8bit", "caf\xe9 \x81 https://evil.example/a\r\n")},
		{name: "shift_jis invalid bytes", want: ErrNotRewritable,
			msg: msgOf("text/plain; charset=shift_jis", "8bit", "\x82\xa0\xfd\xfe https://evil.example/a\r\n")},
		{name: "shift_jis round trip", msg: msgOf("text/plain; charset=shift_jis", "8bit", "\x82\xa0\x82\xa2 https://evil.example/a\r\n"),
			check: func(t *testing.T, out []byte, sc *scan) {
				if !bytes.Contains(out, []byte("\x82\xa0\x82\xa2 "+lockURL)) {
					t.Errorf("Shift_JIS text changed: %q", out)
				}
			}},
		{name: "quoted-printable ending in a soft break",
			msg: msgOf("text/plain; charset=utf-8", "quoted-printable", "see https://evil.example/a and pay =E2=82=AC 100=\r\n"),
			check: func(t *testing.T, out []byte, sc *scan) {
				// Without the final soft break the MTA would end the line.
				if txt := sc.leaves[0].text; !bytes.HasSuffix(txt, []byte("€ 100")) || !bytes.HasSuffix(out, []byte("100=\r\n")) {
					t.Errorf("body ends %q, want the soft break kept", out[max(0, len(out)-12):])
				}
			}},
		{name: "base64 text keeps LF line breaks",
			msg: msgOf("text/plain; charset=utf-8", "base64", b64("#!/bin/sh\ncurl https://evil.example/a\necho done\n")),
			check: func(t *testing.T, out []byte, sc *scan) {
				if txt := sc.leaves[0].text; bytes.Contains(txt, []byte("\r")) || !bytes.HasPrefix(txt, []byte("#!/bin/sh\ncurl "+lockURL)) {
					t.Errorf("decoded text %q: line breaks changed", txt)
				}
			}},
		{name: "inline PGP in base64", want: ErrSigned,
			msg: msgOf("text/plain; charset=utf-8", "base64", b64("-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\nhttps://evil.example/a\r\n-----BEGIN PGP SIGNATURE-----\r\nx\r\n-----END PGP SIGNATURE-----\r\n"))},
		{name: "inline PGP in quoted-printable with escaped dashes", want: ErrSigned,
			msg: msgOf("text/plain; charset=utf-8", "quoted-printable", "=2D----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA256\r\n\r\nhttps://evil.example/a\r\n=2D----BEGIN PGP SIGNATURE-----\r\nx\r\n")},
		{name: "ISO-2022-KR, which the web decodes to nothing, is read and spliced as bytes",
			msg: msgOf("text/plain; charset=iso-2022-kr", "7bit", "\x1b$)C\x0e!!\x0f see https://evil.example/a today\r\n"),
			check: func(t *testing.T, out []byte, sc *scan) {
				if !bytes.Contains(out, []byte("\x1b$)C\x0e!!\x0f see "+lockURL+" [locked: evil[.]example] today")) {
					t.Errorf("ISO-2022-KR text changed: %q", out)
				}
			}},
		{name: "calendar URL stays a bare URI",
			msg: msgOf("text/calendar; charset=utf-8", "7bit", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nURL:https://evil.example/a\r\nLOCATION:https://evil.example/a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
			check: func(t *testing.T, out []byte, sc *scan) {
				if !bytes.Contains(out, []byte("URL:"+lockURL+"\r\nLOCATION:"+lockURL+"\r\n")) {
					t.Errorf("calendar values are not bare lock URLs: %s", out)
				}
			}},
		{name: "HTML sent as text/plain",
			msg: msgOf("text/plain; charset=utf-8", "7bit", `<html><body><a href="https://evil.example/a">https://evil.example/a</a> and <a href="https://evil.example/a">click</a></body></html>`+"\r\n"),
			check: func(t *testing.T, out []byte, sc *scan) {
				if n := bytes.Count(out, []byte(`href="`+lockURL+`"`)); n != 2 {
					t.Errorf("%d hrefs are exactly the lock URL, want 2: %s", n, out)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := Extract(tt.msg, Options{})
			if len(ls) == 0 {
				t.Fatalf("Extract = no links, %v", err)
			}
			repl := map[Ref]string{}
			for _, l := range ls {
				if strings.Contains(l.URL, "evil.example") {
					repl[l.Ref()] = lockURL
				}
			}
			out, err := Rewrite(tt.msg, repl, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Rewrite error %v, want %v", err, tt.want)
			}
			if tt.want != nil {
				if !bytes.Equal(out, tt.msg) {
					t.Errorf("Rewrite changed a message it refused")
				}
				return
			}
			sc := scanMessage(out, Options{}, nil, false)
			tt.check(t, out, sc)
		})
	}
}

// RewriteBody is Rewrite's body, in pieces that share the message's
// memory; with no replacement it is the body itself.
func TestRewriteBody(t *testing.T) {
	msg := []byte("From: a@b.example\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nGo to https://evil.example/x now\r\n--b\r\nContent-Type: text/html\r\n\r\n<a href=\"https://evil.example/x\">here</a>\r\n--b--\r\n")
	ls, err := Extract(msg, Options{})
	if err != nil || len(ls) != 2 {
		t.Fatalf("Extract = %d links, %v; want 2", len(ls), err)
	}
	repl := map[Ref]string{ls[0].Ref(): "https://lock.example/l/1", ls[1].Ref(): "https://lock.example/l/1"}
	whole, err := Rewrite(msg, repl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := RewriteBody(msg, repl, Options{})
	got, _ := io.ReadAll(s.Reader())
	if err != nil || !bytes.Equal(got, Body(whole)) || s.Len() != len(got) || !bytes.Equal(s.Bytes(), got) {
		t.Errorf("RewriteBody = %q, %v; want %q", got, err, Body(whole))
	}
	if s, _ := RewriteBody(msg, nil, Options{}); !bytes.Equal(s.Bytes(), Body(msg)) {
		t.Errorf("RewriteBody with no replacement = %q; want the body", s.Bytes())
	}
}

// A message whose first line the scan reads as no header field ("X Foo:
// bar", a name with a byte no field name has) is read as one text body,
// but the MTA holds everything up to the first empty line as its header:
// RewriteBody's body starts after that line, also when a lock before it
// changed that line's length. It started at the message's first byte, so
// the milter put the whole header again at the top of the body it
// replaced.
func TestRewriteBodyAfterUnreadHeader(t *testing.T) {
	for _, first := range []string{"X Foo: bar", "X Foo: see https://evil.example/h", "Fr\xffom: a@b.example", "NoColonLine"} {
		msg := []byte(first + "\r\nSubject: s\r\n\r\nlog in https://evil.example/login\r\n")
		ls, err := Extract(msg, Options{})
		if err != nil || len(ls) == 0 {
			t.Fatalf("%q: Extract = %d links, %v", first, len(ls), err)
		}
		repl := map[Ref]string{}
		for _, l := range ls {
			repl[l.Ref()] = "https://lock.example/l/1"
		}
		s, err := RewriteBody(msg, repl, Options{})
		if want := "log in https://lock.example/l/1 [locked: evil[.]example]\r\n"; err != nil || string(s.Bytes()) != want || s.Len() != len(want) {
			t.Errorf("%q: RewriteBody = %q, %v; want %q", first, s.Bytes(), err, want)
		}
	}
}

// afterBlankLine finds the first empty line across the pieces, one split
// between pieces included.
func TestSplicedAfterBlankLine(t *testing.T) {
	for _, tc := range []struct {
		s    Spliced
		want int
	}{
		{Spliced{[]byte("a\r\n\r\nb")}, 5},
		{Spliced{[]byte("a\r\n"), []byte("\r\nb")}, 5},
		{Spliced{[]byte("a\r"), []byte("\n"), []byte("\r"), []byte("\nb")}, 5},
		{Spliced{[]byte("a\n"), []byte("\nb")}, 3},
		{Spliced{[]byte("ab\n"), []byte("x\n\nq")}, 6},
		{Spliced{[]byte("a"), []byte(""), []byte("\n"), []byte(""), []byte("\n")}, 3},
		{Spliced{[]byte("abc"), []byte("d\ref")}, -1},
		{nil, -1},
	} {
		if got := tc.s.afterBlankLine(); got != tc.want {
			t.Errorf("afterBlankLine(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
