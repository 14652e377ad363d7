package links

import (
	"bytes"
	"html"
	"unicode/utf8"
)

// A URL in an HTML part's text may spell its "://", "www." or a share
// path's backslashes (&#92;&#92;host&#92;share) with
// character references ("https&#58;//evil.example/", "www&period;evil.example"):
// the reader's client shows, and auto-links, the text the references stand
// for, but the scan of the text as written (htmlScanner.text) finds no
// marker there. refText reads such text once more, decoded, keeping where
// each decoded byte was written so that Start and End still index the
// part's text (what Rewrite replaces).

// namedMarkers are the named references for ':', '/', '.' and a backslash (a
// share path's \\host\share). Names are case-sensitive (&Colon; is U+2237).
var namedMarkers = [][]byte{[]byte("&colon"), []byte("&sol"), []byte("&period"), []byte("&bsol")}

// mayHideMarker reports whether raw holds a reference that stands for a
// character of a URL's scheme or marker (an ASCII letter or digit, ':',
// '/', '.' or a share path's backslash); most text has none (&nbsp;, &#8217;, &amp;), and is then
// not decoded.
func mayHideMarker(raw []byte) bool {
	if bytes.IndexByte(raw, '&') < 0 {
		return false
	}
	for _, m := range namedMarkers {
		if bytes.Contains(raw, m) {
			return true
		}
	}
	for i := 0; ; {
		j := bytes.Index(raw[i:], []byte("&#"))
		if j < 0 {
			return false
		}
		i += j + 2
		if c := numericRef(raw[i:]); c >= 0 && c < utf8.RuneSelf && (isAlnum(byte(c)) || c == '.' || c == '/' || c == ':' || c == '\\') {
			return true
		}
	}
}

// numericRef is the code point of the digits at the start of b (after
// "&#"), or -1; values past U+10FFFF are -1 too.
func numericRef(b []byte) int {
	base, i := 10, 0
	if len(b) > 0 && b[0]|0x20 == 'x' {
		base, i = 16, 1
	}
	v, d := 0, i
	for ; i < len(b) && v <= 0x10ffff; i++ {
		c := b[i] | 0x20
		switch {
		case b[i] >= '0' && b[i] <= '9':
			v = v*base + int(b[i]-'0')
		case base == 16 && c >= 'a' && c <= 'f':
			v = v*base + int(c-'a') + 10
		default:
			if i == d {
				return -1
			}
			return v
		}
	}
	if i == d || v > 0x10ffff {
		return -1
	}
	return v
}

// refText adds the URLs of raw (text at offset off) that only its decoded
// form shows: those overlapping a URL the scan as written found (found,
// offsets in raw) are that URL, already added.
func (s *htmlScanner) refText(off int, raw []byte, found [][2]int) {
	dec, at := unescapeMapped(raw)
	scanText(dec, scanMode{}, func(u textURL) bool {
		rs, re := at[u.start], at[u.end]
		for _, f := range found {
			if rs < f[1] && f[0] < re {
				return true
			}
		}
		if h, ok := s.sink.add(string(dec[u.start:u.end]), s.base, KindText, true); ok {
			h.Start, h.End, h.markerEnd, h.visPos = off+rs, off+re, off+at[u.markerEnd], len(s.vis)
		}
		return !s.sink.full()
	})
}

// unescapeMapped decodes the character references of raw, as
// html.UnescapeString does, and returns for each decoded byte the offset
// in raw where what it was decoded from starts, and len(raw) after the last.
func unescapeMapped(raw []byte) (dec []byte, at []int) {
	dec, at = make([]byte, 0, len(raw)), make([]int, 0, len(raw)+1)
	for i := 0; i < len(raw); {
		n, s := refAt(raw, i)
		if n == 0 {
			dec, at = append(dec, raw[i]), append(at, i)
			i++
			continue
		}
		for range len(s) {
			at = append(at, i)
		}
		dec = append(dec, s...)
		i += n
	}
	return dec, append(at, len(raw))
}

// maxRefName bounds a named reference's length (the longest, with '&'
// and ';', has 33 bytes).
const maxRefName = 34

// refAt returns the length of the character reference at raw[i] and the
// text it stands for, or 0 when none starts there. A named reference
// without its ';' stands for its longest known prefix (&copyx is ©x): the
// length is then that prefix's. A numeric reference stands whole for its
// character, however many digits it has: it is decoded once, as the
// search for a prefix would take a time quadratic in its digits.
func refAt(raw []byte, i int) (int, string) {
	if raw[i] != '&' {
		return 0, ""
	}
	j := i + 1
	numeric := j < len(raw) && raw[j] == '#'
	if numeric {
		j++
		hex := j < len(raw) && raw[j]|0x20 == 'x'
		if hex {
			j++
		}
		d := j
		for j < len(raw) && (raw[j] >= '0' && raw[j] <= '9' || hex && (raw[j]|0x20 >= 'a' && raw[j]|0x20 <= 'f')) {
			j++
		}
		if j == d {
			return 0, ""
		}
	} else {
		for j < len(raw) && j-i < maxRefName && isAlnum(raw[j]) {
			j++
		}
	}
	if j < len(raw) && raw[j] == ';' {
		j++
	}
	t := string(raw[i:j])
	out := html.UnescapeString(t)
	switch {
	case out == t:
		return 0, ""
	case numeric:
		return len(t), out
	}
	for k := 2; k <= len(t); k++ {
		if o := html.UnescapeString(t[:k]); o != t[:k] && o+t[k:] == out {
			return k, o
		}
	}
	return 0, ""
}
