package links

import (
	"bytes"
	"html"
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	contextRadius = 200 // bytes of visible text kept on each side of a link
	maxDisplay    = 300 // bytes of anchor text kept in Link.Display
)

func (s *htmlScanner) openAnchor(contentStart int) {
	s.aOpen, s.aVis, s.aStart = true, len(s.vis), contentStart
	s.aHits = s.aHits[:0]
}

// closeAnchor ends the open anchor at raw offset off and fills in the
// display facts of its links.
func (s *htmlScanner) closeAnchor(off int) {
	if !s.aOpen {
		return
	}
	s.aOpen = false
	disp := displayText(s.vis[s.aVis:])
	for _, i := range s.aHits {
		h := s.sink.at(i)
		h.Display, h.dispStart, h.dispEnd = disp, s.aStart, off
		h.checkDisplay()
	}
}

func displayText(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) > maxDisplay {
		b = b[:maxDisplay]
		for len(b) > 0 && !utf8.RuneStart(b[len(b)-1]) {
			b = b[:len(b)-1]
		}
		if len(b) > 0 {
			b = b[:len(b)-1]
		}
	}
	return string(b)
}

// appendVisible adds a text token to the visible text, entities decoded and
// whitespace collapsed.
func (s *htmlScanner) appendVisible(raw []byte) {
	if bytes.IndexByte(raw, '&') >= 0 {
		raw = unescapeBytes(raw)
	}
	vis := slices.Grow(s.vis, len(raw))
	n := len(vis)
	vis = vis[:n+len(raw)]
	last := byte(' ')
	if n > 0 {
		last = vis[n-1]
	}
	for _, c := range raw {
		if htmlSpace[c] {
			if last == ' ' {
				continue
			}
			c = ' '
		}
		vis[n] = c
		n++
		last = c
	}
	s.vis = vis[:n]
}

func (s *htmlScanner) space() {
	if n := len(s.vis); n > 0 && s.vis[n-1] != ' ' {
		s.vis = append(s.vis, ' ')
	}
}

// fillContext sets Context for the links of this part. The contexts are
// substrings of one copy of the (already collapsed) visible text.
func (s *htmlScanner) fillContext() {
	if s.first == len(s.sink.links) {
		return
	}
	vis := string(s.vis)
	for i := s.first; i < len(s.sink.links); i++ {
		h := s.sink.at(i)
		lo, hi := runeWindow(s.vis, h.visPos, h.visPos)
		h.Context = strings.TrimSpace(vis[lo:hi])
	}
}

// runeWindow widens [lo,hi) by at most contextRadius bytes on each side,
// cut at white space so that no word or URL at its edges is split (a
// window ending in "https://example" would read as a word of the text;
// white space is what collapse folds, htmlSpace),
// and never inside [lo,hi) itself. Its edges outside [lo,hi) stay on rune
// boundaries; [lo,hi) is kept whole even where broken UTF-8 puts a stray
// continuation byte at its end.
func runeWindow(b []byte, lo, hi int) (int, int) {
	l, h := max(0, lo-contextRadius), min(len(b), hi+contextRadius)
	if l > 0 && !htmlSpace[b[l-1]] {
		for l < lo && !htmlSpace[b[l]] {
			l++
		}
	}
	if h < len(b) && !htmlSpace[b[h]] {
		for h > hi && !htmlSpace[b[h-1]] {
			h--
		}
	}
	for l < lo && !utf8.RuneStart(b[l]) {
		l++
	}
	for h > hi && h < len(b) && !utf8.RuneStart(b[h]) {
		h--
	}
	return l, h
}

// window returns the text within contextRadius bytes of [lo,hi), cut at
// rune boundaries and with whitespace collapsed. Of a URL longer than
// MaxURLBytes at [lo,hi) it holds the start its Link keeps.
func window(b []byte, lo, hi int) string {
	if hi-lo > MaxURLBytes {
		l, _ := runeWindow(b, lo, lo)
		_, h := runeWindow(b, hi, hi)
		return collapse(slices.Concat(b[l:lo+urlCut(b[lo:hi], MaxURLBytes)], []byte{' '}, b[hi:h]))
	}
	lo, hi = runeWindow(b, lo, hi)
	return collapse(b[lo:hi])
}

func collapse(b []byte) string {
	var buf [2*contextRadius + 64]byte
	out := buf[:]
	if len(b) > len(buf) {
		out = make([]byte, len(b))
	}
	n := 0
	for _, c := range b {
		if htmlSpace[c] {
			if n > 0 && out[n-1] != ' ' {
				out[n] = ' '
				n++
			}
			continue
		}
		out[n] = c
		n++
	}
	return string(bytes.TrimSpace(out[:n]))
}

var simpleEntities = map[string]byte{"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'', "nbsp": ' '}

// unescapeBytes decodes HTML entities, with a fast path for the common
// named ones (&nbsp; becomes a plain space, for the visible text only).
func unescapeBytes(raw []byte) []byte {
	out := make([]byte, 0, len(raw))
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(out, raw...)
		}
		out = append(out, raw[:i]...)
		raw = raw[i:]
		j := bytes.IndexByte(raw[:min(len(raw), 12)], ';')
		if j > 1 {
			if c, ok := simpleEntities[string(raw[1:j])]; ok {
				out = append(out, c)
				raw = raw[j+1:]
				continue
			}
		}
		n := j + 1
		if j < 0 {
			n = 1
		}
		out = append(out, html.UnescapeString(string(raw[:n]))...)
		raw = raw[n:]
	}
	return out
}
