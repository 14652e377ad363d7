package links

import (
	"html"
	"strings"
	"testing"
	"time"
)

// TestTextURLSpelledWithReferences: a URL in an HTML part's text whose
// "://" or "www." is written with character references is what the reader
// sees and the client auto-links; it is found, at the offsets of what is
// written, so that a lock replaces all of it, and a URL found as written
// is not found twice.
func TestTextURLSpelledWithReferences(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // URLs
		raw        []string // text[Start:End] as written
	}{
		{"hex colon", `<p>https&#x3a;//evil.example/x</p>`, []string{"https://evil.example/x"}, []string{"https&#x3a;//evil.example/x"}},
		{"named colon and solidus", `<p>https&colon;&sol;&sol;evil&period;example/x now</p>`, []string{"https://evil.example/x"}, []string{"https&colon;&sol;&sol;evil&period;example/x"}},
		{"first letter", `<p>see &#104;ttps://evil.example/x now</p>`, []string{"https://evil.example/x"}, []string{"&#104;ttps://evil.example/x"}},
		{"www dots", `<p>www&#46;evil&#46;example/x</p>`, []string{"http://www.evil.example/x"}, []string{"www&#46;evil&#46;example/x"}},
		{"w of www", `<p>&#119;ww.evil.example</p>`, []string{"http://www.evil.example"}, []string{"&#119;ww.evil.example"}},
		{"no semicolon", `<p>https&#58//evil.example/x</p>`, []string{"https://evil.example/x"}, []string{"https&#58//evil.example/x"}},
		{"ends at nbsp", `<p>https&#58;//evil.example/x&nbsp;now</p>`, []string{"https://evil.example/x"}, []string{"https&#58;//evil.example/x"}},
		{"legacy name without semicolon before", `<p>&copyhttps&#58;//evil.example/x</p>`, []string{"https://evil.example/x"}, []string{"https&#58;//evil.example/x"}},
		{"found as written once", `<p>a https://evil.example/a &#38; https://evil.example/&#98;x</p>`, []string{"https://evil.example/a", "https://evil.example/bx"}, []string{"https://evil.example/a", "https://evil.example/&#98;x"}},
		{"as written and spelled", `<p>https://good.example/a &amp; https&#58;//evil.example/b</p>`, []string{"https://good.example/a", "https://evil.example/b"}, []string{"https://good.example/a", "https&#58;//evil.example/b"}},
		{"inside an anchor is its display", `<a href="https://good.example/">https&#58;//evil.example/x</a>`, []string{"https://good.example/"}, nil},
		{"share path's backslashes", `<p>Open &#92;&#92;evil.example&#92;s&#92;x.pdf now</p>`, []string{"file://evil.example/s/x.pdf"}, []string{"&#92;&#92;evil.example&#92;s&#92;x.pdf"}},
		{"share path, named backslashes", `<p>&bsol;&bsol;evil.example&bsol;s\x.pdf</p>`, []string{"file://evil.example/s/x.pdf"}, []string{"&bsol;&bsol;evil.example&bsol;s\\x.pdf"}},
		{"references without a URL", `<p>caf&#233; &amp; &#58; &sol; &#119;w</p>`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := msgOf("text/html; charset=utf-8", "", tt.body+"\r\n")
			ls, err := Extract(msg, Options{})
			if err != nil {
				t.Fatal(err)
			}
			text := Body(msg)
			var urls, raws []string
			for _, l := range ls {
				urls = append(urls, l.URL)
				if l.Kind == KindText {
					raws = append(raws, string(text[l.Start:l.End]))
				}
			}
			if strings.Join(urls, " ") != strings.Join(tt.want, " ") {
				t.Errorf("URLs %q, want %q", urls, tt.want)
			}
			if tt.raw != nil && strings.Join(raws, " ") != strings.Join(tt.raw, " ") {
				t.Errorf("spans %q, want %q", raws, tt.raw)
			}
		})
	}
}

// TestRewriteTextURLSpelledWithReferences: locking such a URL replaces
// what is written, references included, and leaves the rest of the text.
func TestRewriteTextURLSpelledWithReferences(t *testing.T) {
	msg := msgOf("text/html; charset=utf-8", "quoted-printable", "<p>caf=C3=A9 https&#5=\r\n8;//evil.example/x&nbsp;now</p>\r\n")
	ls, _ := Extract(msg, Options{})
	if len(ls) != 1 {
		t.Fatalf("Extract = %+v, want one link", ls)
	}
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sc := scanMessage(out, Options{}, nil, true)
	got := string(sc.leaves[0].text)
	if want := "<p>café https://lock.example/l/1 [locked: evil[.]example]&nbsp;now</p>"; !strings.Contains(got, want) {
		t.Errorf("rewritten text %q, want %q", got, want)
	}
}

// FuzzUnescapeMapped: each decoded byte maps to a place in the input, in
// order, and each piece of the input decodes (html.UnescapeString) to the
// bytes mapped to it; without references the text is unchanged.
func FuzzUnescapeMapped(f *testing.F) {
	for _, s := range []string{"https&#x3a;//a.example", "&copyx &amp &#0; &#x110000; &#128;", "&colon;&sol;&period;", "&#", "&#x;", "&CounterClockwiseContourIntegral;x", "&notit;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dec, at := unescapeMapped([]byte(s))
		if len(at) != len(dec)+1 || at[len(dec)] != len(s) {
			t.Fatalf("unescapeMapped(%q): %d offsets for %d bytes, last %d", s, len(at), len(dec), at[len(at)-1])
		}
		for i := 0; i < len(dec); {
			j := i + 1
			for j < len(dec) && at[j] == at[i] {
				j++
			}
			if at[j] <= at[i] {
				t.Fatalf("unescapeMapped(%q): offsets %v out of order", s, at)
			}
			if src := s[at[i]:at[j]]; html.UnescapeString(src) != string(dec[i:j]) {
				t.Fatalf("unescapeMapped(%q): %q decoded as %q", s, src, dec[i:j])
			}
			i = j
		}
		if !strings.Contains(s, "&") && string(dec) != s {
			t.Fatalf("unescapeMapped(%q) = %q", s, dec)
		}
	})
}

func TestMayHideMarker(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"plain text", false},
		{"We&#8217;re here &#8212; &nbsp;&amp;&#160;&#xA0;&lt;", false},
		{"&#", false},
		{"&#x;", false},
		{"&#99999999999999999999;", false},
		{"https&#58;//", true},
		{"https&#x3A;//", true},
		{"&#104;ttps", true},
		{"www&#46;", true},
		{"&#119;ww", true},
		{"&colon;", true},
		{"&sol;", true},
		{"&period;", true},
		{"&Colon;", false},
	}
	for _, tt := range tests {
		if got := mayHideMarker([]byte(tt.text)); got != tt.want {
			t.Errorf("mayHideMarker(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestUnescapeMappedLongNumericRef: a numeric reference with a long run
// of digits ("&#000…058;", a colon however many zeros lead it) is read
// once, not once per prefix: a hostile part of a few hundred kilobytes of
// zeros took minutes (quadratic in the run).
func TestUnescapeMappedLongNumericRef(t *testing.T) {
	for _, n := range []int{1, 1000, 400_000} {
		raw := "https&#" + strings.Repeat("0", n) + "58;//a.example/"
		done := make(chan []byte, 1)
		go func() {
			dec, _ := unescapeMapped([]byte(raw))
			done <- dec
		}()
		select {
		case dec := <-done:
			if string(dec) != "https://a.example/" {
				t.Errorf("%d zeros: decoded %q", n, dec)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%d zeros: unescapeMapped still running after 5 s", n)
		}
	}
}
