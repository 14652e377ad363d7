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
