package links

import (
	"bytes"
	"cmp"
	"slices"
)

// Indirect references (ISO 32000-1, 7.3.10): a URI action or a script may
// name its value in another object, "/URI 12 0 R" or "/JS 12 0 R", a
// script most often a stream (Acrobat writes long scripts so). pdfRefs
// resolves such a reference among the document's plain objects: to a
// string, or to the data of a stream with no filter or FlateDecode alone,
// inflated within the document's budget. Objects inside object streams
// are not resolved.

// maxPDFObjects bounds the objects indexed per document.
const maxPDFObjects = 1 << 16

// maxPDFScript bounds the bytes of a script read from a stream.
const maxPDFScript = 64 << 10

// Bounds on the references resolved per document: objects read (a string
// costs up to maxPDFStringScan to read) and streams among them (finding a
// stream's end may cost a search to the end of the document).
const (
	maxPDFRefs       = 1024
	maxPDFRefStreams = 64
)

// pdfRefs resolves references to the plain objects of the document b. It
// indexes them on first use.
type pdfRefs struct {
	b       []byte
	at      map[int]int // object number -> offset after "N G obj" (the last definition wins, as updates append)
	starts  []objStart  // every definition, in file order
	seen    map[int]string
	budget  *int64 // bytes streams may still inflate
	streams int    // streams read
	spanned int    // bytes of stream data found, which finding its end may have searched
	cut     bool   // the budget cut a stream or left one unread
}

func newPDFRefs(b []byte, budget *int64) *pdfRefs { return &pdfRefs{b: b, budget: budget} }

func (r *pdfRefs) index() {
	r.at, r.seen = map[int]int{}, map[int]string{}
	b := r.b
	for pos := 0; len(r.at) < maxPDFObjects; {
		i := bytes.Index(b[pos:], []byte("obj"))
		if i < 0 {
			return
		}
		at := pos + i
		pos = at + len("obj")
		if pos < len(b) && !pdfDelimiter(b[pos]) || at >= 3 && string(b[at-3:at]) == "end" {
			continue // objx, endobj
		}
		j := at
		_, j, ok := pdfNumberBefore(b, j) // generation
		if !ok {
			continue
		}
		if n, _, ok := pdfNumberBefore(b, j); ok {
			r.at[n] = pos
			r.starts = append(r.starts, objStart{pos, n})
		}
	}
}

// objStart is where the body of object num starts.
type objStart struct{ off, num int }

// enclosing is the number of the object whose body the offset off is in:
// the last defined before it.
func (r *pdfRefs) enclosing(off int) (int, bool) {
	if r.at == nil {
		r.index()
	}
	k, _ := slices.BinarySearchFunc(r.starts, off, func(s objStart, off int) int { return cmp.Compare(s.off, off+1) })
	if k == 0 {
		return 0, false
	}
	return r.starts[k-1].num, true
}

// resolveArray returns v, or the array object v refers to.
func (r *pdfRefs) resolveArray(v []byte) []byte {
	if o := r.resolve(v); bytes.HasPrefix(o, []byte("[")) {
		return o
	}
	return v
}

// pdfNumberBefore reads the unsigned integer that ends, after white space,
// just before i, and returns it and its start.
func pdfNumberBefore(b []byte, i int) (int, int, bool) {
	j := i
	for j > 0 && (b[j-1] == ' ' || b[j-1] == '\r' || b[j-1] == '\n' || b[j-1] == '\t' || b[j-1] == '\f' || b[j-1] == 0) {
		j--
	}
	if j == i {
		return 0, i, false
	}
	end := j
	for j > 0 && end-j < 10 && b[j-1] >= '0' && b[j-1] <= '9' {
		j--
	}
	if j == end || j > 0 && !pdfDelimiter(b[j-1]) {
		return 0, i, false
	}
	n := 0
	for _, c := range b[j:end] {
		n = n*10 + int(c-'0')
	}
	return n, j, true
}

// pdfRef reads a reference "N G R" at b[i]: the object number and the
// offset after it. When there is none, the offset is how far it read:
// the numbers, white space and comments (to the end of a line) that
// may start one, which a caller searching on need not read again.
func pdfRef(b []byte, i int) (int, int, bool) {
	num, j, ok := pdfUint(b, i)
	if !ok || j >= len(b) || !pdfDelimiter(b[j]) {
		return 0, max(i, j), false
	}
	j = skipPDFSpace(b, j)
	if _, j, ok = pdfUint(b, j); !ok {
		return 0, j, false
	}
	j = skipPDFSpace(b, j)
	if j >= len(b) || b[j] != 'R' || j+1 < len(b) && !pdfDelimiter(b[j+1]) {
		return 0, j, false
	}
	return num, j + 1, true
}

// pdfUint reads up to 10 digits at b[i].
func pdfUint(b []byte, i int) (int, int, bool) {
	n, j := 0, i
	for j < len(b) && j-i < 10 && b[j] >= '0' && b[j] <= '9' {
		n = n*10 + int(b[j]-'0')
		j++
	}
	return n, j, j > i
}

// value is the string object number num holds, or its stream's text.
func (r *pdfRefs) value(num int) (string, bool) {
	if r.at == nil {
		r.index()
	}
	if s, ok := r.seen[num]; ok {
		return s, s != ""
	}
	if len(r.seen) >= maxPDFRefs {
		return "", false
	}
	s := r.read(num)
	r.seen[num] = s
	return s, s != ""
}

func (r *pdfRefs) read(num int) string {
	off, ok := r.at[num]
	if !ok {
		return ""
	}
	b := r.b
	k := skipPDFSpace(b, off)
	if s, _, ok := pdfString(b, k); ok {
		return s
	}
	if r.streams >= maxPDFRefStreams {
		return ""
	}
	r.streams++
	text, _ := r.streamData(k, maxPDFScript)
	return string(text)
}

// streamData returns the data of the stream object whose dictionary
// starts at b[k]: with no filter, its first most bytes; with FlateDecode
// alone, inflated to at most most bytes within the document's budget.
// ok is false for no stream, another filter, or an exhausted budget.
func (r *pdfRefs) streamData(k int, most int64) (data []byte, ok bool) {
	b := r.b
	if !bytes.HasPrefix(b[k:], []byte("<<")) {
		return nil, false
	}
	kw := bytes.Index(b[k:min(len(b), k+dictWindow)], []byte("stream"))
	if kw < 0 || bytes.Contains(b[k:k+kw], []byte("endobj")) {
		return nil, false
	}
	dict := b[k : k+kw]
	start := streamDataStart(b, k+kw+len("stream"))
	end := streamDataEnd(b, start, dict)
	data = b[start:max(start, end)]
	r.spanned += len(data)
	switch {
	case keyAt(dict, "/Filter") < 0:
		return data[:min(int64(len(data)), most)], true
	case filterIs(dict, "/FlateDecode") && *r.budget > 0:
		limit := min(*r.budget, most)
		text, used := inflate(data, limit)
		*r.budget -= used
		r.cut = r.cut || used == limit && limit < most
		return text, true
	case filterIs(dict, "/FlateDecode"):
		r.cut = true
	}
	return nil, false
}
