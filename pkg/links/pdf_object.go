package links

import "bytes"

// PDF objects read as values (ISO 32000-1, 7.3): a plain object's body, the
// top-level entries of a dictionary and the elements of an array, each
// value kept as the bytes that spell it. The page text reader
// (pdf_text.go) walks pages, fonts and content streams with them.

// maxPDFObjectScan bounds the bytes of one object's body read as a value.
const maxPDFObjectScan = 16 << 10

// objectBody is the body of plain object num (after "N G obj", before its
// "endobj", at most maxPDFObjectScan bytes), or nil.
func (r *pdfRefs) objectBody(num int) []byte {
	if r.at == nil {
		r.index()
	}
	off, ok := r.at[num]
	if !ok {
		return nil
	}
	w := r.b[off:min(len(r.b), off+maxPDFObjectScan)]
	if end := bytes.Index(w, []byte("endobj")); end >= 0 {
		w = w[:end]
	}
	return w[skipPDFSpace(w, 0):]
}

// resolve returns v, or the body of the object v refers to ("12 0 R").
func (r *pdfRefs) resolve(v []byte) []byte {
	if num, _, ok := pdfRef(v, 0); ok {
		return r.objectBody(num)
	}
	return v
}

// dictEntries calls fn with each top-level key of the dictionary at the
// start of d (its name with the slash) and the bytes of its value, until
// fn returns false. It reads d once.
func dictEntries(d []byte, fn func(key string, val []byte) bool) {
	if !bytes.HasPrefix(d, []byte("<<")) {
		return
	}
	for i := skipPDFSpace(d, 2); i < len(d) && d[i] == '/'; {
		k := nameEnd(d, i+1)
		key := string(d[i:k])
		v := skipPDFSpace(d, k)
		end := valueEnd(d, v)
		if end <= v || !fn(key, d[v:end]) {
			return
		}
		i = skipPDFSpace(d, end)
	}
}

// dictValue is the value of key among the top-level entries of the
// dictionary d, or nil.
func dictValue(d []byte, key string) []byte {
	var out []byte
	dictEntries(d, func(k string, v []byte) bool {
		if k == key {
			out = v
		}
		return out == nil
	})
	return out
}

// arrayElems calls fn with the bytes of each element of the array at the
// start of a (or with a alone when it is no array), until fn returns
// false.
func arrayElems(a []byte, fn func(v []byte) bool) {
	if !bytes.HasPrefix(a, []byte("[")) {
		if len(a) > 0 {
			fn(a)
		}
		return
	}
	for i := skipPDFSpace(a, 1); i < len(a) && a[i] != ']'; {
		end := valueEnd(a, i)
		if end <= i || !fn(a[i:end]) {
			return
		}
		i = skipPDFSpace(a, end)
	}
}

// nameEnd is the offset after the name whose characters start at b[i].
func nameEnd(b []byte, i int) int {
	for i < len(b) && !pdfDelimiter(b[i]) {
		i++
	}
	return i
}

// valueEnd is the offset after the value that starts at b[i]: a
// reference, a name, a string, a dictionary, an array or a bare word (a
// number, true, null); i itself when there is none.
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	if _, next, ok := pdfRef(b, i); ok {
		return next
	}
	switch c := b[i]; {
	case c == '/':
		return nameEnd(b, i+1)
	case c == '(' || c == '<' && !bytes.HasPrefix(b[i:], []byte("<<")):
		_, next, ok := pdfString(b, i)
		if !ok {
			return i
		}
		return next
	case c == '<' || c == '[':
		return compositeEnd(b, i)
	case pdfDelimiter(c):
		return i
	}
	return nameEnd(b, i)
}

// compositeEnd is the offset after the dictionary or array at b[i]
// (nested ones, strings and comments inside skipped), or len(b) when it
// is not closed.
func compositeEnd(b []byte, i int) int {
	depth := 0
	for i < len(b) {
		switch c := b[i]; {
		case bytes.HasPrefix(b[i:], []byte("<<")):
			depth, i = depth+1, i+2
		case bytes.HasPrefix(b[i:], []byte(">>")):
			depth, i = depth-1, i+2
		case c == '[':
			depth, i = depth+1, i+1
		case c == ']':
			depth, i = depth-1, i+1
		case c == '(' || c == '<':
			_, next, _ := pdfString(b, i)
			i = max(next, i+1)
		case c == '%':
			i = skipPDFSpace(b, i)
		default:
			i++
		}
		if depth <= 0 {
			return i
		}
	}
	return len(b)
}
