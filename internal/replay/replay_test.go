package replay

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		from     string
		rcpts    []string
		msg      string
		wantDate bool
	}{
		{
			name:  "stream envelope stripped, LF to CRLF",
			raw:   "Return-Path: <A@X.example>\nDelivered-To: b@corp.example\nDelivered-To: c@corp.example\nFrom: a@x.example\nDate: Mon, 2 Apr 2001 10:00:00 -0700\n\nhi\n",
			from:  "a@x.example",
			rcpts: []string{"b@corp.example", "c@corp.example"},
			msg:   "From: a@x.example\r\nDate: Mon, 2 Apr 2001 10:00:00 -0700\r\n\r\nhi\r\n", wantDate: true,
		},
		{
			name: "folded field kept whole, CRLF kept",
			raw:  "Subject: a\r\n b\r\nReturn-Path: <>\r\n\r\nbody\r\n",
			from: "", msg: "Subject: a\r\n b\r\n\r\nbody\r\n",
		},
		{
			name: "no body separator",
			raw:  "From: a@x.example\nDelivered-To: b@y.example",
			from: "", rcpts: []string{"b@y.example"}, msg: "From: a@x.example\r\n\r\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := Parse("x.eml", []byte(tt.raw), true)
			if it.MailFrom != tt.from || !reflect.DeepEqual(it.Recipients, tt.rcpts) || string(it.Msg) != tt.msg {
				t.Errorf("Parse(%q) = from %q rcpts %q msg %q; want %q %q %q", tt.raw, it.MailFrom, it.Recipients, it.Msg, tt.from, tt.rcpts, tt.msg)
			}
			if tt.wantDate != !it.Date.IsZero() {
				t.Errorf("Parse(%q) date = %v", tt.raw, it.Date)
			}
		})
	}
}

func TestOpenStreamWindows(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "stream.json"), []byte(`{"first_test_file":"000002.eml"}`), 0o644)
	for _, n := range []string{"000002.eml", "000001.eml", "000003.eml"} {
		os.WriteFile(filepath.Join(dir, n), []byte("From: a@x.example\n\nbody "+n+"\n"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "labels.tsv"), []byte("never read"), 0o644)
	src, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var tests []bool
	for i := 0; i < src.Len(); i++ {
		it, err := src.Load(i)
		if err != nil {
			t.Fatal(err)
		}
		got, tests = append(got, it.Name), append(tests, it.Test)
	}
	if !reflect.DeepEqual(got, []string{"000001.eml", "000002.eml", "000003.eml"}) || !reflect.DeepEqual(tests, []bool{false, true, true}) {
		t.Errorf("stream order %v windows %v", got, tests)
	}
}

func TestSplitMbox(t *testing.T) {
	mbox := "From a@x Mon Jan 1 00:00:00 2001\nSubject: one\n\n>From the top\n>>From kept once\n\nFrom b@y Mon Jan 1 00:00:00 2001\nSubject: two\n\nx\n"
	got := SplitMbox([]byte(mbox))
	want := []string{"Subject: one\n\nFrom the top\n>From kept once\n\n", "Subject: two\n\nx\n"}
	if len(got) != 2 || string(got[0]) != want[0] || string(got[1]) != want[1] {
		t.Errorf("SplitMbox = %q, want %q", got, want)
	}
}

// FuzzParse: never panics, output is CRLF-only and keeps no envelope field.
func FuzzParse(f *testing.F) {
	f.Add([]byte("Return-Path: <a@b>\nDelivered-To: c@d\nFrom: a@b\n\nx\n"))
	f.Add([]byte("\r\n\r\n"))
	f.Add([]byte("Delivered-To:\n \n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		it := Parse("f", raw, true)
		if bytes.Contains(bytes.ReplaceAll(it.Msg, []byte("\r\n"), nil), []byte("\n")) || bytes.Contains(bytes.ReplaceAll(it.Msg, []byte("\r\n"), nil), []byte("\r")) {
			t.Fatalf("Parse left a bare line ending in %q", it.Msg)
		}
		_ = it.Date.Before(time.Now())
	})
}

// FuzzSplitMbox: never panics and never invents bytes.
func FuzzSplitMbox(f *testing.F) {
	f.Add([]byte("From a\nx\nFrom b\n>From y\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		total := 0
		for _, m := range SplitMbox(b) {
			total += len(m)
		}
		if total > len(b)+bytes.Count(b, []byte("\n"))+1 {
			t.Fatalf("SplitMbox produced %d bytes from %d", total, len(b))
		}
	})
}

func TestOpenMaildirAndMbox(t *testing.T) {
	md := t.TempDir()
	for _, d := range []string{"cur", "new", "tmp"} {
		os.MkdirAll(filepath.Join(md, d), 0o755)
	}
	os.WriteFile(filepath.Join(md, "cur", "1.host:2,S"), []byte("Delivered-To: a@corp.example\nFrom: x@y.example\n\nseen\n"), 0o644)
	os.WriteFile(filepath.Join(md, "new", "2.host"), []byte("From: x@y.example\n\nnew\n"), 0o644)
	os.WriteFile(filepath.Join(md, "tmp", "3.host"), []byte("From: x@y.example\n\nbeing delivered\n"), 0o644)
	src, err := Open(md)
	if err != nil || src.Len() != 2 {
		t.Fatalf("Open(maildir) = %d messages, %v; want cur and new, not tmp", src.Len(), err)
	}
	mbox := filepath.Join(t.TempDir(), "box")
	os.WriteFile(mbox, []byte("From x@y Mon Jan  1 00:00:00 2001\nFrom: x@y.example\n\none\n\nFrom x@y Mon Jan  1 00:00:01 2001\nFrom: x@y.example\n\ntwo\n"), 0o644)
	src, err = Open(mbox)
	if err != nil || src.Len() != 2 {
		t.Fatalf("Open(mbox) = %v, %v; want 2 messages", src, err)
	}
	it, _ := src.Load(1)
	if it.Name != "mbox:2" || !bytes.HasSuffix(it.Msg, []byte("two\r\n")) || !it.Test {
		t.Errorf("mbox message 2 = %q %q", it.Name, it.Msg)
	}
	if _, err := Open(filepath.Join(md, "cur", "1.host:2,S")); err == nil {
		t.Error("a single non-mbox file was accepted as an mbox")
	}
}

// A single .eml file is a source of one message.
func TestOpenOneMessage(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m.eml")
	os.WriteFile(p, []byte("From: a@x.example\r\nSubject: x\r\n\r\nhi\r\n"), 0o644)
	src, err := Open(p)
	if err != nil || src.Len() != 1 {
		t.Fatalf("Open(one .eml) = %v, %v", src, err)
	}
	it, err := src.Load(0)
	if err != nil || it.Name != "m.eml" || !it.Test {
		t.Errorf("Load = %+v, %v", it, err)
	}
}

// A symbolic link to a Maildir or a stream is read through; a directory
// with nothing to read is an empty source (milterd replay says so).
func TestOpenSymlinkAndEmpty(t *testing.T) {
	md := t.TempDir()
	os.MkdirAll(filepath.Join(md, "cur"), 0o755)
	os.WriteFile(filepath.Join(md, "cur", "1.host:2,S"), []byte("From: x@y.example\n\none\n"), 0o644)
	os.WriteFile(filepath.Join(md, "2.eml"), []byte("From: x@y.example\n\ntwo\n"), 0o644)
	link := filepath.Join(t.TempDir(), "box")
	if err := os.Symlink(md, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, p := range []string{link, link + "/"} {
		src, err := Open(p)
		if err != nil || src.Len() != 2 {
			t.Errorf("Open(%q) = %v, %v; want 2 messages through the link", p, src, err)
		}
	}
	empty := t.TempDir()
	os.MkdirAll(filepath.Join(empty, "tmp"), 0o755)
	os.WriteFile(filepath.Join(empty, "tmp", "3.host"), []byte("From: x@y.example\n\nbeing delivered\n"), 0o644)
	if src, err := Open(empty); err != nil || src.Len() != 0 {
		t.Errorf("Open(dir with nothing to read) = %v, %v; want an empty source", src, err)
	}
}
