package links

import (
	"encoding/base64"
	"slices"
	"strings"
	"testing"
)

// uuMail is a message whose second text part carries body (a text with
// inline uuencoded files), after a first part with a link of its own.
func uuMail(cte, body string) []byte {
	return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee https://ok.example/ and the notice.\r\n" +
		"--b\r\nContent-Type: text/plain; charset=us-ascii\r\n" + cte + "\r\n" + body + "\r\n--b--\r\n")
}

// TestInlineUUFiles: files uuencoded inside a text/plain body ("begin 644
// name" ... "end"), which Outlook and Thunderbird show as attachments, are
// decoded and read as attachments of their name's type; their links are
// judged but never rewritten, and the text's own links stay rewritable.
func TestInlineUUFiles(t *testing.T) {
	page := `<html><body><a href="https&#58;//evil.example/owa">Verify</a></body></html>`
	pdf := "%PDF-1.7\n<< /A << /S /URI /URI (https://pdf.evil.example/) >> >>\n"
	eml := "Content-Type: text/html\r\n\r\n<a href=\"https://eml.evil.example/\">x</a>\r\n"
	tests := []struct {
		name  string
		msg   []byte
		hosts []string // the hosts after the first part's ok.example
		kinds []Kind
	}{
		{"an html page", uuMail("", "Please open it.\r\n"+uuEncode("notice.html", []byte(page))), []string{"evil.example"}, []Kind{KindHref}},
		{"a pdf and a message", uuMail("", uuEncode("statement.pdf", []byte(pdf))+"\r\n"+uuEncode("fwd.eml", []byte(eml))),
			[]string{"eml.evil.example", "pdf.evil.example"}, []Kind{KindHref, KindPDF}}, // text parts first, then attachments
		{"in a base64 part", uuMail("Content-Transfer-Encoding: base64\r\n", base64.StdEncoding.EncodeToString([]byte(uuEncode("n.htm", []byte(page))))),
			[]string{"evil.example"}, []Kind{KindHref}},
		{"four-digit mode", uuMail("", strings.Replace(uuEncode("notice.html", []byte(page)), "644", "0644", 1)), []string{"evil.example"}, []Kind{KindHref}},
		{"a name not read", uuMail("", uuEncode("notice.exe", []byte(page))), nil, nil},
		{"no mode", uuMail("", strings.Replace(uuEncode("notice.html", []byte(page)), "begin 644 ", "begin ", 1)), nil, nil},
		{"not at a line's start", uuMail("", "x "+uuEncode("notice.html", []byte(page))), nil, nil},
		{"mode not octal", uuMail("", strings.Replace(uuEncode("notice.html", []byte(page)), "644", "694", 1)), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, _ := Extract(tt.msg, Options{})
			if len(ls) == 0 || ls[0].Host != "ok.example" || !ls[0].Rewritable() {
				t.Fatalf("first link %+v, want ok.example, rewritable", ls)
			}
			var hosts []string
			var kinds []Kind
			for _, l := range ls[1:] {
				hosts, kinds = append(hosts, l.Host), append(kinds, l.Kind)
				if l.Rewritable() || !l.InAttachment() || !strings.HasPrefix(l.Part, "2.") {
					t.Errorf("%s: rewritable %v, in attachment %v, part %q; want an attachment's link below part 2", l.Host, l.Rewritable(), l.InAttachment(), l.Part)
				}
			}
			if !slices.Equal(hosts, tt.hosts) || !slices.Equal(kinds, tt.kinds) {
				t.Errorf("hosts %v kinds %v, want %v %v", hosts, kinds, tt.hosts, tt.kinds)
			}
		})
	}
}

// TestInlineUUFilesBounded: at most maxUUFiles files are read per part.
func TestInlineUUFilesBounded(t *testing.T) {
	var sb strings.Builder
	for i := range maxUUFiles + 3 {
		sb.WriteString(uuEncode("n.html", []byte(`<a href="https://e`+itoa(i)+`.example/">x</a>`)))
	}
	if got := len(uuFiles([]byte(sb.String()))); got != maxUUFiles {
		t.Errorf("uuFiles read %d files, want %d", got, maxUUFiles)
	}
}

// FuzzUUFiles: reading inline uuencoded files never panics, never yields
// more than maxUUFiles files or more bytes than the text holds.
func FuzzUUFiles(f *testing.F) {
	f.Add([]byte(uuEncode("a.html", []byte(`<a href="https://a.example/">x</a>`))))
	f.Add([]byte("text\nbegin 644 a b.pdf\n!\nbegin 0755 x.url\nend\nbegin 6 x\n"))
	f.Add([]byte("begin 644 \"\\\x00.html\r\nM\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fs := uuFiles(b)
		n := 0
		for _, f := range fs {
			n += len(f.data)
			if f.name == "" || strings.ContainsAny(f.name, "\"\\\r\n") {
				t.Fatalf("file name %q", f.name)
			}
		}
		if len(fs) > maxUUFiles || n > len(b) {
			t.Fatalf("%d files of %d bytes from %d bytes", len(fs), n, len(b))
		}
		Extract(uuMail("", string(b)), fuzzOpts)
	})
}
