package links

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestScanTextLinearTime: a run without white space holding many "www."
// or "://" that prove no URL, or URLs ending in a long tail of
// punctuation, is read about once: each candidate read the run to its
// end, so 64 KB of "www.0#((" took seconds (and 8 MB hours).
func TestScanTextLinearTime(t *testing.T) {
	for _, unit := range []string{"www.0#((", "www.0.......!", "www.0:", "www.0/", "http://(", "x://y", "www.a.b/(", "www.0]", `"\\ab\c d`, `&quot;\\ab\c d`} {
		for _, tail := range []string{"", strings.Repeat(").", 20000), strings.Repeat("]", 40000)} {
			b := []byte(strings.Repeat(unit, 400000/len(unit)) + tail)
			start := time.Now()
			n := 0
			scanText(b, scanMode{}, func(textURL) bool { n++; return true })
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("scanText of %d bytes of %q + %d bytes of tail: %v (%d URLs)", len(b), unit, len(tail), d, n)
			}
		}
	}
}

// TestScanTextSameURLs: scanText finds what scanTextRef finds, on the
// shapes urlScan remembers across candidates.
func TestScanTextSameURLs(t *testing.T) {
	for _, s := range []string{
		"www.a.com www.b.com", "see www.0#((www.example.com/x) now", "http://(http://a.example/(b))",
		"www.a.b/((x)))).]]}}", "www.0:www.a.example:80/x", "x www.a.example/p?q=(1)]. y", "https://a.example/[x](y).",
		"www.a.b\r\n c/(x)", "a.http://b.example/x)y)", "www.a.b/x&nbsp;y", "www.a.b/ \r\nc d",
	} {
		checkSameURLs(t, []byte(s))
	}
}

func checkSameURLs(t *testing.T, b []byte) {
	t.Helper()
	for _, m := range []scanMode{{}, {fold: true}, {html: true}, {delsp: true}} {
		var got, want []textURL
		scanText(b, m, func(u textURL) bool { got = append(got, u); return true })
		scanTextRef(b, m, func(u textURL) bool { want = append(want, u); return true })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scanText(%q, %+v) = %+v, want %+v", b, m, got, want)
		}
	}
}

// maxScanFuzz bounds the input FuzzScanText compares with the reference.
const maxScanFuzz = 512

func FuzzScanText(f *testing.F) {
	for _, s := range []string{"www.0#((www.a.example)", `see \\fs01\docs\a.pdf, file:\\h.example\x) \\\\no\x`, "http://(https://a.example/(x)).", "www.a.b/x]]", "x://www.a.b:1/(]", "www.a.\r\n b/c", `\\?\UNC\h.example\s\x \\.\unc\h\s`, "*\\\\h.example\\s\\x*. __\\\\h.example\\s\\y_).__", `"\\h.example\a b\c d" <\\g.example\e f> <\\h\x`, `&quot;\\h.example\a b&quot; &lt;\\h.example\c d&gt;`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		// The reference is quadratic in a run of "www." or "://" that
		// proves no URL (what urlScan fixed): half a KB finds the same
		// shapes and keeps the fuzzer fast.
		b = b[:min(len(b), maxScanFuzz)]
		checkSameURLs(t, b)
		if bytes.Count(b, []byte("www.")) > 0 {
			checkSameURLs(t, bytes.Repeat(b, 3))
		}
	})
}

// scanTextRef is scanText as it was before urlScan: it calls fn for each URL in b, in order, until fn returns false.
func scanTextRef(b []byte, m scanMode, fn func(textURL) bool) {
	nextScheme, nextWWW, nextUNC := -1, -1, -1
	for pos := 0; pos < len(b); {
		if nextScheme < pos {
			nextScheme = indexFrom(b, sepScheme, pos)
		}
		if nextUNC < pos {
			nextUNC = indexFrom(b, sepUNC, pos)
		}
		if nextWWW < pos {
			// Any case: clients link "WWW.EXAMPLE.COM" as they link "www.".
			if i := indexFold(b[pos:], "www."); i >= 0 {
				nextWWW = pos + i
			} else {
				nextWWW = len(b) + 1
			}
		}
		var u textURL
		var ok bool
		switch {
		case nextUNC < nextScheme && nextUNC < nextWWW:
			u, ok = uncURLRef(b, pos, nextUNC, m)
			pos = nextUNC + 2
		case nextScheme < 0 && nextWWW < 0:
			return
		case nextWWW < 0 || (nextScheme >= 0 && nextScheme < nextWWW):
			u, ok = schemeURLRef(b, pos, nextScheme, m)
			pos = nextScheme + 3
		default:
			u, ok = wwwURLRef(b, nextWWW, m)
			pos = nextWWW + 4
		}
		if !ok {
			continue
		}
		if !fn(u) {
			return
		}
		pos = max(pos, u.markerEnd)
	}
}

// schemeURLRef examines the "://" at p.
func schemeURLRef(b []byte, lo, p int, m scanMode) (textURL, bool) {
	if p >= len(b) {
		return textURL{}, false
	}
	s := p
	for s > lo && isSchemeChar(b[s-1]) {
		s--
	}
	if s == p {
		return textURL{}, false
	}
	if !knownSchemes[strings.ToLower(string(b[s:p]))] {
		s = gluedScheme(b, s, p)
		if s < 0 {
			return textURL{}, false
		}
	}
	if u, ok := bracketed(b, s, p); ok {
		return u, true
	}
	end := trimURLRef(b, s, authorityEndRef(b, p+3, urlEnd(b, p+3, m)), m)
	if end <= p+3 {
		return textURL{}, false
	}
	return textURL{start: s, end: end, markerEnd: end}, true
}

// uncURLRef examines the "\\" at p.
func uncURLRef(b []byte, lo, p int, m scanMode) (textURL, bool) {
	s, share, ok := uncStart(b, lo, p)
	if !ok {
		return textURL{}, false
	}
	if end, markerEnd, ok := delimitedUNC(b, s, share, m.html); ok {
		return textURL{start: s, end: end, markerEnd: markerEnd}, true
	}
	end := trimURLRef(b, s, urlEnd(b, share, m), m)
	if e := emphasisClose(b, s, share, end); e < end {
		end = trimURLRef(b, s, e, m)
	}
	if end <= share {
		return textURL{}, false
	}
	return textURL{start: s, end: end, markerEnd: end}, true
}

// wwwURLRef examines the "www." at p.
func wwwURLRef(b []byte, p int, m scanMode) (textURL, bool) {
	if p+4 >= len(b) || !isAlnum(b[p+4]) {
		return textURL{}, false
	}
	if p > 0 && (isAlnum(b[p-1]) || strings.IndexByte(".-_/@%\\", b[p-1]) >= 0) {
		return textURL{}, false
	}
	end := trimURLRef(b, p, authorityEndRef(b, p+4, urlEnd(b, p+4, m)), m)
	host := b[p+4 : end]
	if i := bytes.IndexAny(host, "/?#:"); i >= 0 {
		host = host[:i]
	}
	if dot := bytes.IndexByte(host, '.'); dot <= 0 || dot == len(host)-1 {
		return textURL{}, false
	}
	return textURL{start: p, end: end, markerEnd: end, noScheme: true}, true
}

// authorityEndRef cuts a text URL whose host runs into prose: the authority
// (up to the first /, ? or #) ends at a bracket or punctuation that cannot be
// part of a host, and a host never ends in '-' or '.'. So "www.jeep.com)-"
// is www.jeep.com, as mail clients link it.
func authorityEndRef(b []byte, i, end int) int {
	for j := i; j < end; j++ {
		switch c := b[j]; {
		case c == '/' || c == '?' || c == '#':
			return end
		case c == '(' || c == ')' || c == '{' || c == '}' || c == ',' || c == ';' || c == '!' || c == '\'' || c == '"' || c == '*':
			return trimHostEnd(b, i, j)
		}
	}
	return trimHostEnd(b, i, end)
}

// trimURLRef drops trailing punctuation that is more likely prose than URL,
// and closing brackets that have no opening partner inside the URL.
func trimURLRef(b []byte, s, end int, m scanMode) int {
	var open, close [3]int // (), [], {}
	for _, c := range b[s:end] {
		switch c {
		case '(':
			open[0]++
		case '[':
			open[1]++
		case '{':
			open[2]++
		case ')':
			close[0]++
		case ']':
			close[1]++
		case '}':
			close[2]++
		}
	}
	for end > s {
		c := b[end-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*' {
			end--
			continue
		}
		k := strings.IndexByte(")]}", c)
		if k < 0 || open[k] >= close[k] {
			return end
		}
		close[k]--
		end--
	}
	return end
}
