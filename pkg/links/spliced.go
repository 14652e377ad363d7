package links

import (
	"bytes"
	"io"
)

// Spliced is a rewritten message, or its body, as the pieces it is made
// of, in order: runs of the original message and the parts rewritten
// (RewriteBody). Joined, they are what Rewrite returns.
type Spliced [][]byte

// Len is the number of bytes of the pieces together.
func (s Spliced) Len() int {
	n := 0
	for _, p := range s {
		n += len(p)
	}
	return n
}

// Bytes joins the pieces into one new buffer.
func (s Spliced) Bytes() []byte {
	return bytes.Join(s, nil)
}

// Reader reads the pieces in order, without joining them.
func (s Spliced) Reader() io.Reader {
	rs := make([]io.Reader, len(s))
	for i, p := range s {
		rs[i] = bytes.NewReader(p)
	}
	return io.MultiReader(rs...)
}

// from is s without its first n bytes.
func (s Spliced) from(n int) Spliced {
	for len(s) > 0 && n >= len(s[0]) {
		n -= len(s[0])
		s = s[1:]
	}
	if len(s) == 0 {
		return Spliced{}
	}
	return append(Spliced{s[0][n:]}, s[1:]...)
}

// afterBlankLine is the offset in s just after its first empty line ("\n\n"
// or "\n\r\n" across the pieces; s must not start with one), or -1 when
// it has none. One pass: a blank line split between pieces is found by keeping
// the last two bytes of the piece before.
func (s Spliced) afterBlankLine() int {
	var tail []byte // the last two bytes before the current piece
	off := 0        // the current piece's offset
	for _, p := range s {
		seam := append(append([]byte(nil), tail...), p[:min(len(p), 2)]...)
		if n := blankLineIn(seam); n >= 0 {
			return off - len(tail) + n
		}
		if n := blankLineIn(p); n >= 0 {
			return off + n
		}
		if len(p) >= 2 {
			tail = p[len(p)-2:]
		} else {
			tail = seam[max(len(seam)-2, 0):]
		}
		off += len(p)
	}
	return -1
}

// blankLineIn is the offset just after the first "\n\n" or "\n\r\n" in b,
// or -1.
func blankLineIn(b []byte) int {
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return -1
		}
		i += j + 1
		switch {
		case bytes.HasPrefix(b[i:], []byte("\n")):
			return i + 1
		case bytes.HasPrefix(b[i:], []byte("\r\n")):
			return i + 2
		}
	}
}
