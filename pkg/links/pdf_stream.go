package links

import (
	"bytes"
	"compress/zlib"
	"io"
	"strconv"
)

// Compressed object streams of a PDF (ISO 32000-1, 7.5.7), found and
// inflated with bounds.

// span is a byte range of the document.
type span struct{ start, end int }

// dictWindow bounds how far a stream's dictionary is looked for around the
// name /ObjStm, and maxObjStmNames how many occurrences of the name are
// looked at, so that a document stuffed with the name costs little.
const (
	dictWindow     = 4096
	maxObjStmNames = 4 * maxObjStms
)

// objStms walks the data of a document's Flate-compressed object streams,
// found from their /ObjStm names, in file order.
type objStms struct {
	b          []byte
	pos, names int
}

func (o *objStms) next() (span, bool) {
	for ; o.names < maxObjStmNames; o.names++ {
		i := bytes.Index(o.b[o.pos:], []byte("/ObjStm"))
		if i < 0 {
			return span{}, false
		}
		at := o.pos + i + len("/ObjStm")
		o.pos = at
		j := bytes.Index(o.b[at:min(len(o.b), at+dictWindow)], []byte("stream"))
		if j < 0 {
			continue
		}
		kw := at + j
		if bytes.HasSuffix(o.b[:kw], []byte("end")) {
			continue // "endstream": the name was not in a stream's dictionary
		}
		dict := streamDict(o.b, kw)
		if dict == nil || !isObjStm(dict) {
			continue
		}
		start := streamDataStart(o.b, kw+len("stream"))
		if end := streamDataEnd(o.b, start, dict); end > start {
			o.pos = end
			return span{start, end}, true
		}
	}
	return span{}, false
}

// streamDict returns the dictionary just before the keyword "stream" at
// kw ("<< ... >>" then white space), or nil.
func streamDict(b []byte, kw int) []byte {
	j := kw
	for j > 0 && (b[j-1] == ' ' || b[j-1] == '\r' || b[j-1] == '\n' || b[j-1] == '\t') {
		j--
	}
	if j < 2 || b[j-1] != '>' || b[j-2] != '>' {
		return nil
	}
	from := max(0, j-dictWindow)
	open := bytes.LastIndex(b[from:j], []byte("obj"))
	if open < 0 {
		return nil
	}
	return b[from+open : j]
}

// isObjStm: the dictionary is an object stream's, with FlateDecode as its
// only filter.
func isObjStm(dict []byte) bool {
	return hasName(dict, "/Type", "/ObjStm") && flateOnly(dict)
}

// hasName reports whether key is followed (after white space) by name.
func hasName(dict []byte, key, name string) bool {
	for pos := 0; ; {
		i := bytes.Index(dict[pos:], []byte(key))
		if i < 0 {
			return false
		}
		at := skipPDFSpace(dict, pos+i+len(key))
		if bytes.HasPrefix(dict[at:], []byte(name)) && (at+len(name) == len(dict) || pdfDelimiter(dict[at+len(name)])) {
			return true
		}
		pos += i + len(key)
	}
}

func flateOnly(dict []byte) bool {
	i := bytes.Index(dict, []byte("/Filter"))
	if i < 0 {
		return false
	}
	v := dict[skipPDFSpace(dict, i+len("/Filter")):]
	array := bytes.HasPrefix(v, []byte("["))
	if array {
		v = v[skipPDFSpace(v, 1):]
	}
	const fl = "/FlateDecode"
	if !bytes.HasPrefix(v, []byte(fl)) {
		return false
	}
	rest := v[len(fl):]
	if array {
		return bytes.HasPrefix(rest[skipPDFSpace(rest, 0):], []byte("]"))
	}
	return len(rest) == 0 || pdfDelimiter(rest[0])
}

// streamDataStart: the data starts after the end of line that follows
// the keyword "stream" (CRLF or LF; a lone CR is tolerated).
func streamDataStart(b []byte, i int) int {
	switch {
	case bytes.HasPrefix(b[i:], []byte("\r\n")):
		return i + 2
	case i < len(b) && (b[i] == '\n' || b[i] == '\r'):
		return i + 1
	}
	return i
}

// streamDataEnd uses a direct /Length when it fits and "endstream" is where
// it says, else the next "endstream".
func streamDataEnd(b []byte, start int, dict []byte) int {
	if n, ok := directLength(dict); ok && start+n <= len(b) {
		rest := b[start+n:]
		rest = rest[skipPDFSpace(rest, 0):]
		if bytes.HasPrefix(rest, []byte("endstream")) {
			return start + n
		}
	}
	i := bytes.Index(b[start:], []byte("endstream"))
	if i < 0 {
		return len(b)
	}
	return start + i
}

// directLength reads "/Length 123" (not an indirect "/Length 12 0 R").
func directLength(dict []byte) (int, bool) {
	i := bytes.Index(dict, []byte("/Length"))
	if i < 0 {
		return 0, false
	}
	f := bytes.Fields(dict[i+len("/Length"):])
	if len(f) == 0 {
		return 0, false
	}
	num := bytes.TrimRight(f[0], "/>")
	if len(f) >= 3 && bytes.HasPrefix(f[2], []byte("R")) {
		return 0, false
	}
	n, err := strconv.Atoi(string(num))
	return n, err == nil && n >= 0
}

// inflate decompresses zlib data, reading at most budget bytes of output;
// it returns what it read (a broken stream keeps its readable start).
func inflate(b []byte, budget int64) ([]byte, int64) {
	r, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, 0
	}
	defer r.Close()
	return readAtMost(r, budget)
}

// readAtMost reads r up to max bytes; a read error keeps what came before.
func readAtMost(r io.Reader, max int64) ([]byte, int64) {
	var buf bytes.Buffer
	n, _ := io.Copy(&buf, io.LimitReader(r, max))
	return buf.Bytes(), n
}
