package links

import (
	"bytes"
	"compress/zlib"
	"io"
	"strconv"
)

// Streams of a PDF (ISO 32000-1, 7.3.8): compressed object streams
// (7.5.7) and image XObjects (8.9.5), found and inflated with bounds.

// span is a byte range of the document.
type span struct{ start, end int }

// dictWindow bounds how far a stream's dictionary is looked for around the
// name that marks it.
const dictWindow = 4096

// pdfStreams walks the data of a document's streams whose dictionary holds
// name and satisfies want, in file order. It looks at most at maxNames
// occurrences of the name, so that a document stuffed with it costs little.
type pdfStreams struct {
	b          []byte
	name       string
	want       func(dict []byte) bool
	maxNames   int
	pos, names int
	dict       []byte // the dictionary of the stream next returned
}

// objStms walks a document's Flate-compressed object streams.
func objStms(b []byte) *pdfStreams {
	return &pdfStreams{b: b, name: "/ObjStm", want: isObjStm, maxNames: 4 * maxObjStms}
}

func (o *pdfStreams) next() (span, bool) {
	for ; o.names < o.maxNames; o.names++ {
		i := bytes.Index(o.b[o.pos:], []byte(o.name))
		if i < 0 {
			return span{}, false
		}
		at := o.pos + i + len(o.name)
		o.pos = at
		if at < len(o.b) && !pdfDelimiter(o.b[at]) {
			continue // a longer name (/ImageMask for /Image)
		}
		j := bytes.Index(o.b[at:min(len(o.b), at+dictWindow)], []byte("stream"))
		if j < 0 {
			continue
		}
		kw := at + j
		if bytes.HasSuffix(o.b[:kw], []byte("end")) {
			continue // "endstream": the name was not in a stream's dictionary
		}
		dict := streamDict(o.b, kw)
		if dict == nil || !o.want(dict) {
			continue
		}
		start := streamDataStart(o.b, kw+len("stream"))
		if end := streamDataEnd(o.b, start, dict); end > start {
			o.pos, o.dict = end, dict
			o.names++
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
	return hasName(dict, "/Type", "/ObjStm") && filterIs(dict, "/FlateDecode")
}

// keyAt is the offset of the first occurrence of the name key in dict
// that is not the start of a longer name (/Length, not /Length1), or -1.
func keyAt(dict []byte, key string) int {
	for pos := 0; ; {
		i := bytes.Index(dict[pos:], []byte(key))
		if i < 0 {
			return -1
		}
		end := pos + i + len(key)
		if end == len(dict) || pdfDelimiter(dict[end]) {
			return pos + i
		}
		pos = end
	}
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

// filterIs: name is the stream's only filter.
func filterIs(dict []byte, name string) bool {
	i := keyAt(dict, "/Filter")
	if i < 0 {
		return false
	}
	v := dict[skipPDFSpace(dict, i+len("/Filter")):]
	if bytes.HasPrefix(v, []byte("[")) {
		v = v[skipPDFSpace(v, 1):]
		return bytes.HasPrefix(v, []byte(name)) && bytes.HasPrefix(v[skipPDFSpace(v, len(name)):], []byte("]"))
	}
	return bytes.HasPrefix(v, []byte(name)) && (len(v) == len(name) || pdfDelimiter(v[len(name)]))
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
// it says, else the next "endstream". The length is compared with what is
// left, never added to start first: a /Length near the largest int would
// wrap the sum negative and pass.
func streamDataEnd(b []byte, start int, dict []byte) int {
	if n, ok := directLength(dict); ok && n <= len(b)-start {
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
	return directInt(dict, "/Length")
}

// directInt reads a non-negative integer value of key ("/Width 120"), not
// an indirect reference ("/Width 12 0 R").
func directInt(dict []byte, key string) (int, bool) {
	i := keyAt(dict, key)
	if i < 0 {
		return 0, false
	}
	f := bytes.Fields(dict[i+len(key):])
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
