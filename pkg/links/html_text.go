package links

import (
	"bytes"
	"html"
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
		h := &s.sink.hits[i]
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
		raw = []byte(html.UnescapeString(string(raw)))
	}
	for _, c := range raw {
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' {
			s.space()
			continue
		}
		s.vis = append(s.vis, c)
	}
}

func (s *htmlScanner) space() {
	if n := len(s.vis); n > 0 && s.vis[n-1] != ' ' {
		s.vis = append(s.vis, ' ')
	}
}

// fillContext sets Context for the links of this part.
func (s *htmlScanner) fillContext() {
	for i := s.first; i < len(s.sink.hits); i++ {
		h := &s.sink.hits[i]
		h.Context = window(s.vis, h.visPos, h.visPos)
	}
}

// window returns the text within contextRadius bytes of [lo,hi), cut at
// rune boundaries and with whitespace collapsed.
func window(b []byte, lo, hi int) string {
	lo, hi = max(0, lo-contextRadius), min(len(b), hi+contextRadius)
	for lo < hi && !utf8.RuneStart(b[lo]) {
		lo++
	}
	for hi < len(b) && hi > lo && !utf8.RuneStart(b[hi]) {
		hi--
	}
	return collapse(b[lo:hi])
}

func collapse(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' {
			if n := len(out); n > 0 && out[n-1] != ' ' {
				out = append(out, ' ')
			}
			continue
		}
		out = append(out, c)
	}
	return string(bytes.TrimSpace(out))
}
