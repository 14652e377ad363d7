package links

import (
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"
)

// calMsg is an invitation whose VEVENT holds the given properties.
func calMsg(props string) []byte {
	return msgOf("text/calendar; method=REQUEST", "", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Review\r\n"+props+"END:VEVENT\r\nEND:VCALENDAR\r\n")
}

// TestAltDesc: Outlook renders X-ALT-DESC;FMTTYPE=text/html, so its value
// (unfolded, unescaped) is read as HTML: an href the text scan cannot see
// is judged and rewritten where it is written; a URL written out plainly
// is the text scan's, rewritable, and not added twice.
func TestAltDesc(t *testing.T) {
	type want struct {
		url        string
		kind       Kind
		rewritable bool
	}
	tests := []struct {
		name  string
		props string
		want  []want
	}{
		{"entity in href", "X-ALT-DESC;FMTTYPE=text/html:<html><body><a href=\"https&#58;//evil.example/owa/\">Join</a></body></html>\r\n",
			[]want{{"https://evil.example/owa/", KindCalendar, true}}},
		{"folded and escaped", "X-ALT-DESC;FMTTYPE=text/html:<a href=\"https&#58;//evil.exa\r\n mple/a\\,b\">Join</a>\\n<form action=\"htt\r\n\tps&#x3a;//post.example/\"></form>\r\n",
			[]want{{"https://evil.example/a,b", KindCalendar, true}, {"https://post.example/", KindForm, true}}},
		{"plain href is the text scan's", "DESCRIPTION:Join at https://meet.example/j/1\r\nX-ALT-DESC;FMTTYPE=text/html:<a href=\"https://meet.example/j/1\">Join</a>\r\n",
			[]want{{"https://meet.example/j/1", KindCalendar, true}, {"https://meet.example/j/1", KindCalendar, true}}},
		{"same url plain elsewhere, hidden here", "DESCRIPTION:Join at https://evil.example/j\r\nX-ALT-DESC;FMTTYPE=text/html:<a href=\"https&#58;//evil.example/j\">https://evil.example/j</a>\r\n",
			[]want{{"https://evil.example/j", KindCalendar, true}, {"https://evil.example/j", KindCalendar, true}, {"https://evil.example/j", KindCalendar, true}}},
		{"quoted parameter with a colon", "X-ALT-DESC;X-P=\"a:b\";FMTTYPE=text/html:<a href=\"https&#58;//q.example/\">x</a>\r\n",
			[]want{{"https://q.example/", KindCalendar, true}}},
		{"not html", "X-ALT-DESC;FMTTYPE=text/plain:<a href=\"https&#58;//evil.example/\">x</a>\r\n", nil},
		{"not at a line's start", "DESCRIPTION:see X-ALT-DESC;FMTTYPE=text/html:<a href=\"https&#58;//evil.example/\">x</a>\r\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, _ := Extract(calMsg(tt.props), Options{})
			var got []want
			for _, l := range ls {
				got = append(got, want{l.URL, l.Kind, l.Rewritable()})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("links %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestAltDescRewrite: a URL that is an attribute's value in the HTML
// description is rewritten without the marker a text URL gets after it,
// which inside the quotes would break the lock link Outlook shows; the
// same URL in plain text keeps its marker.
func TestAltDescRewrite(t *testing.T) {
	msg := calMsg("DESCRIPTION:Join https://evil.example/j\\nThanks\r\n" +
		"X-ALT-DESC;FMTTYPE=text/html:<p>https://evil.example/j</p><a href=\"https://evil.example/j\">Join</a>\r\n")
	ls, _ := Extract(msg, Options{})
	refs := map[Ref]string{}
	for _, l := range ls {
		if l.Rewritable() {
			refs[l.Ref()] = "https://lock.example/l/1"
		}
	}
	if len(refs) != 3 {
		t.Fatalf("links %+v, want three rewritable", ls)
	}
	out, err := Rewrite(msg, refs, Options{})
	for _, want := range []string{
		"DESCRIPTION:Join https://lock.example/l/1 [locked: evil[.]example]\\nThanks",
		"<p>https://lock.example/l/1 [locked: evil[.]example]</p><a href=\"https://lock.example/l/1\">Join</a>",
	} {
		if err != nil || !strings.Contains(string(out), want) {
			t.Errorf("Rewrite = %v, %s\nwant %s", err, out, want)
		}
	}
}

// TestAltDescHiddenRewrite: an href the text scan cannot see, folded and
// escaped in the property, is replaced where it is written, folds and
// escapes inside; the rest of the property stays as it was, and the
// invitation still reads.
func TestAltDescHiddenRewrite(t *testing.T) {
	msg := calMsg("DESCRIPTION:Join https://evil.example/j\\nThanks\r\n" +
		"X-ALT-DESC;FMTTYPE=text/html:<p>Hi\\, all</p><a href=\"https&#58;//evil.exa\r\n mple/j?a=1\\,2\">Join</a><a href=htt\r\n ps&#58;//evil.example/k>Or</a>\\nBye\r\n" +
		"LOCATION:Room 1\r\n")
	ls, _ := Extract(msg, Options{})
	refs := map[Ref]string{}
	for _, l := range ls {
		if !l.Rewritable() {
			t.Fatalf("link %+v not rewritable", l)
		}
		refs[l.Ref()] = "https://lock.example/l/1"
	}
	if len(refs) != 3 {
		t.Fatalf("links %+v, want three", ls)
	}
	out, err := Rewrite(msg, refs, Options{})
	want := "X-ALT-DESC;FMTTYPE=text/html:<p>Hi\\, all</p><a href=\"https://lock.example/l/1\">Join</a><a href=\"https://lock.example/l/1\">Or</a>\\nBye\r\nLOCATION:Room 1\r\n"
	if err != nil || !strings.Contains(string(out), want) {
		t.Errorf("Rewrite = %v, %s\nwant %s", err, out, want)
	}
	after, _ := Extract(out, Options{})
	for _, l := range after {
		if l.Host != "lock.example" {
			t.Errorf("after the rewrite %s still leads to %s", l.Kind, l.Host)
		}
	}
}

// FuzzICSUnescape: unfolding and unescaping never grows the value, each
// byte maps back in order to itself or its escape, and the links of the
// descriptions lie inside the text.
func FuzzICSUnescape(f *testing.F) {
	f.Add([]byte("X-ALT-DESC;FMTTYPE=text/html:<a href=\"https&#58;//a.ex\r\n ample/\\,\\;\\\\\\n\">x</a>\r\n"))
	f.Add([]byte("X-ALT-DESC;FMTTYPE=\"text/html:x\":\\"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if out := icsUnescape(b); len(out) > len(b) {
			t.Fatalf("icsUnescape grew %d bytes to %d", len(b), len(out))
		}
		c := &collector{max: 20, hosts: hostCache{}}
		scanAltDesc(b, c, 0)
		if len(c.links) > 20 || len(c.links) != len(c.meta) {
			t.Fatalf("%d links, %d meta", len(c.links), len(c.meta))
		}
		for _, l := range c.links {
			if l.Start < 0 || l.End < l.Start || l.End > len(b) {
				t.Fatalf("link %q at %d:%d in %d bytes", l.Raw, l.Start, l.End, len(b))
			}
		}
		out, from := icsUnescapeMapped(b, true)
		if len(from) != len(out) {
			t.Fatalf("icsUnescapeMapped: %d offsets for %d bytes", len(from), len(out))
		}
		for i := range out {
			if i > 0 && from[i] <= from[i-1] || from[i] >= len(b) {
				t.Fatalf("icsUnescapeMapped(%q): byte %d from %d", b, i, from[i])
			}
			if src := b[from[i]]; src != out[i] && src != '\\' {
				t.Fatalf("icsUnescapeMapped(%q): byte %d (%q) from %q", b, i, out[i], src)
			}
		}
	})
}

// icsWith is an invitation whose event carries the given ATTACH property.
func icsWith(attach string) []byte {
	cal := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1@x\r\nSUMMARY:Remittance review\r\n" + attach + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	return msgOf("text/calendar; method=REQUEST", "", cal)
}

// foldICS folds an iCalendar line at 74 bytes, as calendars write it.
func foldICS(s string) string {
	var b strings.Builder
	for len(s) > 74 {
		b.WriteString(s[:74] + "\r\n ")
		s = s[74:]
	}
	return b.String() + s
}

// TestCalendarEmbeddedFiles: a file embedded in an invitation (ATTACH with
// ENCODING=BASE64), which Outlook lists among the meeting's attachments,
// is read by its name, its FMTTYPE or what it holds; its links are an
// attachment's, never rewritten. A URI attachment is the text scan's.
func TestCalendarEmbeddedFiles(t *testing.T) {
	page := base64.StdEncoding.EncodeToString([]byte(`<html><body><a href="https://remit.evil.example/view">View remittance</a></body></html>`))
	for _, tc := range []struct {
		name, attach, want string
		kind               Kind
	}{
		{"by file name", foldICS("ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=Remittance.html:" + page), "https://remit.evil.example/view", KindArchive},
		{"by another client's file name", foldICS("ATTACH;ENCODING=BASE64;VALUE=BINARY;X-APPLE-FILENAME=Remittance.html:" + base64.StdEncoding.EncodeToString([]byte(`Hello, <a href="https://remit.evil.example/view">view</a>`))), "https://remit.evil.example/view", KindArchive},
		{"by FMTTYPE", foldICS("ATTACH;FMTTYPE=text/html;ENCODING=BASE64;VALUE=BINARY:" + page), "https://remit.evil.example/view", KindArchive},
		{"by what it holds", foldICS("ATTACH;ENCODING=BASE64;VALUE=BINARY:" + page), "https://remit.evil.example/view", KindArchive},
		{"a URI attachment", "ATTACH;FMTTYPE=application/pdf:https://files.example/agenda.pdf", "https://files.example/agenda.pdf", KindCalendar},
		{"not base64", "ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=a.html:!!!!", "", ""},
	} {
		ls, _ := Extract(icsWith(tc.attach), Options{})
		var got string
		var kind Kind
		for _, l := range ls {
			got, kind = l.URL, l.Kind
		}
		if got != tc.want || kind != tc.kind || len(ls) > 0 && tc.kind == KindArchive && ls[len(ls)-1].Rewritable() {
			t.Errorf("%s: %q %s, want %q %s", tc.name, got, kind, tc.want, tc.kind)
		}
	}
}

// TestCalendarEmbeddedFilesBounded: past maxZipFiles embedded files the
// scan is partial.
func TestCalendarEmbeddedFilesBounded(t *testing.T) {
	page := base64.StdEncoding.EncodeToString([]byte(`<p>agenda</p>`))
	var props []string
	for range maxZipFiles + 2 {
		props = append(props, "ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=a.html:"+page)
	}
	_, err := Extract(icsWith(strings.Join(props, "\r\n")), Options{})
	if !errors.Is(err, ErrPartial) {
		t.Errorf("err %v, want partial", err)
	}
}

func FuzzICSFiles(f *testing.F) {
	f.Add([]byte("ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=a.html:PGEgaHJlZj0iaHR0cHM6Ly94LmV4YW1wbGUvIj54PC9hPg==\r\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, file := range appendICSFiles(nil, text, "1") {
			if len(file.data) > len(text) || file.kind == "" {
				t.Fatalf("file of %d bytes, kind %q, from %d", len(file.data), file.kind, len(text))
			}
		}
	})
}

// TestCalendarFoldInMarker: iCalendar folds a line every 75 octets
// wherever it falls, inside a URL's scheme, its "://" or its "www." too;
// the client joins the lines and shows the URL. It is found where it is
// written, folds inside, and a lock replaces it whole; a URL the text scan
// found is not found twice.
func TestCalendarFoldInMarker(t *testing.T) {
	tests := []struct {
		name, props, want, written string
	}{
		{"in the scheme", "DESCRIPTION:Join htt\r\n ps://evil.example/x now\r\n", "https://evil.example/x", "htt\r\n ps://evil.example/x"},
		{"in the marker", "DESCRIPTION:Join https:/\r\n /evil.example/x now\r\n", "https://evil.example/x", "https:/\r\n /evil.example/x"},
		{"tab fold, twice", "DESCRIPTION:Join h\r\n\tttps:\r\n //evil.exa\r\n mple/x\r\n", "https://evil.example/x", "h\r\n\tttps:\r\n //evil.exa\r\n mple/x"},
		{"in www", "LOCATION:ww\r\n w.evil.example/room\r\n", "http://www.evil.example/room", "ww\r\n w.evil.example/room"},
		{"after the marker, the text scan's", "DESCRIPTION:Join https://evil.exa\r\n mple/x now\r\n", "https://evil.example/x", "https://evil.exa\r\n mple/x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := calMsg(tt.props)
			ls, _ := Extract(msg, Options{})
			if len(ls) != 1 || ls[0].URL != tt.want || !ls[0].Rewritable() {
				t.Fatalf("links %+v, want one rewritable %s", ls, tt.want)
			}
			if got := string(Body(msg)[ls[0].Start:ls[0].End]); got != tt.written {
				t.Errorf("span %q, want %q", got, tt.written)
			}
			out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
			after, _ := Extract(out, Options{})
			if err != nil || len(after) != 1 || after[0].URL != "https://lock.example/l/1" {
				t.Errorf("Rewrite = %v, %+v", err, after)
			}
		})
	}
}

// FuzzScanUnfolded: the unfolded text maps back in order, and every URL
// the unfolded scan adds lies inside the text, starts after the text
// scan's URLs it does not overlap, and reads, folds removed, as written.
func FuzzScanUnfolded(f *testing.F) {
	f.Add([]byte("DESCRIPTION:Join htt\r\n ps://evil.example/x now\r\nLOCATION:ww\n\tw.a.example\r\n"))
	f.Add([]byte("https:/\r\n /a.example/\r\n b https://c.example/\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		dec, at := unfoldMapped(b)
		if len(at) != len(dec)+1 || at[len(dec)] != len(b) {
			t.Fatalf("unfoldMapped: %d offsets for %d bytes", len(at), len(dec))
		}
		for i := range dec {
			if dec[i] != b[at[i]] || i > 0 && at[i] <= at[i-1] {
				t.Fatalf("unfoldMapped(%q): byte %d maps to %d", b, i, at[i])
			}
		}
		c := &collector{max: 50, hosts: hostCache{}}
		scanPlain(b, c, KindCalendar, scanMode{fold: true})
		n := len(c.links)
		scanUnfolded(b, c, KindCalendar, 0)
		for _, l := range c.links[n:] {
			if l.Start < 0 || l.End <= l.Start || l.End > len(b) {
				t.Fatalf("link %q at %d:%d in %d bytes", l.Raw, l.Start, l.End, len(b))
			}
			for _, m := range c.links[:n] {
				if l.Start < m.End && m.Start < l.End {
					t.Fatalf("link %q overlaps the text scan's %q", l.Raw, m.Raw)
				}
			}
		}
	})
}

// FuzzAltDescRewrite: once every rewritable link of an invitation with an
// HTML description is locked, every rewritable link it then has leads to
// the lock page.
func FuzzAltDescRewrite(f *testing.F) {
	f.Add("<a href=\"https&#58;//evil.exa\r\n mple/j?a=1\\,2\">Join</a><a href=htt\r\n ps&#58;//e.example/k>Or</a>\\nBye")
	f.Add("<p>https&#58;//t.example/x\\, now</p><iframe srcdoc=\"&lt;a href=https://s.example/&gt;x&lt;/a&gt;\"></iframe>")
	const lock = "https://lock.example/l/fuzz"
	f.Fuzz(func(t *testing.T, v string) {
		msg := calMsg("DESCRIPTION:see below\r\nX-ALT-DESC;FMTTYPE=text/html:" + v + "\r\nLOCATION:Room\r\n")
		out, n, err := lockEvery(msg, lock)
		if err != nil {
			if errors.Is(err, ErrMalformed) || errors.Is(err, errInternal) {
				t.Fatalf("Rewrite: %v", err)
			}
			return
		}
		if l, open := openLink(out, lock); open {
			t.Fatalf("after locking all %d links of %q, %s link %q (%s) is open:\n%s", n, v, l.Kind, l.Raw, l.URL, out)
		}
	})
}

// TestVCardFolded: a contact card folds its lines as an invitation does;
// its URL is read unfolded, and locked without a marker when it is the
// property's whole value.
func TestVCardFolded(t *testing.T) {
	for _, mt := range []string{"text/vcard", "text/x-vcard", "text/directory"} {
		msg := msgOf(mt, "", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nURL:https://evil.ex\r\n ample/x\r\nNOTE:see htt\r\n ps://note.example/y now\r\nEND:VCARD\r\n")
		ls, _ := Extract(msg, Options{})
		if len(ls) != 2 || ls[0].URL != "https://evil.example/x" || ls[1].URL != "https://note.example/y" || !ls[0].Rewritable() || !ls[1].Rewritable() {
			t.Fatalf("%s: links %+v, want evil.example/x and note.example/y", mt, ls)
		}
		out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1", ls[1].Ref(): "https://lock.example/l/2"}, Options{})
		for _, want := range []string{"\r\nURL:https://lock.example/l/1\r\nNOTE:", "NOTE:see https://lock.example/l/2 [locked: note[.]example] now\r\n"} {
			if err != nil || !strings.Contains(string(out), want) {
				t.Errorf("%s: Rewrite = %v, %s\nwant %q", mt, err, out, want)
			}
		}
	}
}
