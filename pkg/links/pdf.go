package links

import (
	"bytes"
	"compress/zlib"
	"io"
	"strconv"
	"unicode/utf16"
)

// PDF attachments: the web links a reader can click in a PDF are URI
// actions of link annotations (ISO 32000-1, 12.6.4.7):
//
//	<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://...) >> >>
//
// They sit in plain objects, or, since PDF 1.5, inside compressed object
// streams (/Type /ObjStm, /FlateDecode). pdfURIs reads both, and the
// targets of SubmitForm actions (where a PDF form sends what the reader
// typed). It does not render pages, run scripts, follow /Launch actions or
// decrypt: the strings of an encrypted PDF (/Encrypt) are unreadable and
// yield nothing.

// maxPDFURI bounds one URI string; longer ones are cut (and then usually
// fail to parse as a URL, which drops them).
const maxPDFURI = 4096

// maxPDFStringScan bounds the bytes one string may span in the document
// (escapes and white space that decode to nothing included).
const maxPDFStringScan = 4 * maxPDFURI

// maxObjStms bounds the object streams inflated per document (each costs a
// decompressor); real documents hold a few dozen.
const maxObjStms = 1024

// pdfURI is one URI action or SubmitForm target: its decoded string and
// the offset in the decoded attachment (or of the object stream that held
// it).
type pdfURI struct {
	uri     string
	off     int
	submits bool // the target of a SubmitForm action, not a link
}

// pdfURIs returns at most limit URI actions and SubmitForm targets of the
// PDF document b: those in plain objects, then those in object streams, inflating at
// most budget bytes of them in all. A document is one whose first 1024
// bytes hold the "%PDF-" header, as readers accept it. It is lenient: a
// broken object or stream is skipped, never fatal.
func pdfURIs(b []byte, budget int64, limit int) []pdfURI {
	if !bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-")) {
		return nil
	}
	out := uriActions(b, -1, nil, limit)
	out = submitActions(b, -1, out, limit)
	streams := objStms{b: b}
	for n := 0; budget > 0 && n < maxObjStms && len(out) < limit; n++ {
		s, ok := streams.next()
		if !ok {
			break
		}
		inner, used := inflate(b[s.start:s.end], budget)
		budget -= used
		out = uriActions(inner, s.start, out, limit)
		out = submitActions(inner, s.start, out, limit)
	}
	return out
}

// submitWindow bounds how far after /SubmitForm its target is looked for.
const submitWindow = 1024

// submitActions appends the targets of SubmitForm actions, where a PDF
// form sends the fields the reader filled in (ISO 32000-1, 12.7.5.2):
//
//	<< /S /SubmitForm /F << /FS /URL /F (https://...) >> >>  or  /F (https://...)
//
// The target is the first string after a /F key within submitWindow bytes.
// Offsets as in uriActions.
func submitActions(b []byte, streamAt int, out []pdfURI, limit int) []pdfURI {
	for pos := 0; len(out) < limit; {
		i := bytes.Index(b[pos:], []byte("/SubmitForm"))
		if i < 0 {
			return out
		}
		at := pos + i
		pos = at + len("/SubmitForm")
		s, n, ok := fileSpecURL(b[pos:min(len(b), pos+submitWindow)])
		pos += n // what was read for this action is not read again: the reading stays linear
		if !ok {
			continue
		}
		off := at
		if streamAt >= 0 {
			off = streamAt
		}
		out = append(out, pdfURI{uri: s, off: off, submits: true})
	}
	return out
}

// fileSpecURL returns the first string that follows a /F key in w, and
// how much of w it read.
func fileSpecURL(w []byte) (string, int, bool) {
	for pos := 0; ; {
		i := bytes.Index(w[pos:], []byte("/F"))
		if i < 0 {
			return "", len(w), false
		}
		at := pos + i + len("/F")
		pos = at
		if at < len(w) && !pdfDelimiter(w[at]) {
			continue // /FS, /Flags, /Fields
		}
		s, next, ok := pdfString(w, skipPDFSpace(w, at))
		if ok && s != "" {
			return s, next, true
		}
		pos = min(len(w), max(pos, next))
	}
}

// uriActions appends the URI action strings of b. Every occurrence
// of the name /URI followed by a string counts; /S /URI (the action
// type, followed by a name) does not. Each gets its offset in b, or, for
// the inflated data of an object stream, streamAt: the stream's offset.
// It stops when out holds limit.
func uriActions(b []byte, streamAt int, out []pdfURI, limit int) []pdfURI {
	for pos := 0; len(out) < limit; {
		i := bytes.Index(b[pos:], []byte("/URI"))
		if i < 0 {
			return out
		}
		at := pos + i + len("/URI")
		pos = at
		if at < len(b) && !pdfDelimiter(b[at]) {
			continue // a longer name, such as /URIs
		}
		// What white space, comments and a string span is read once, even
		// when the string is broken: the reading stays linear.
		j := skipPDFSpace(b, at)
		s, next, ok := pdfString(b, j)
		pos = min(len(b), max(pos, j, next)) // an escape at the very end reads one past it
		if !ok || s == "" {
			continue
		}
		off := at - len("/URI")
		if streamAt >= 0 {
			off = streamAt
		}
		out = append(out, pdfURI{uri: s, off: off})
	}
	return out
}

// pdfDelimiter: white space or a delimiter character ends a PDF name.
func pdfDelimiter(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipPDFSpace returns the offset of the first byte at or after i that is
// not white space and not inside a comment.
func skipPDFSpace(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case 0, '\t', '\n', '\f', '\r', ' ':
			i++
		case '%':
			j := bytes.IndexAny(b[i:], "\r\n")
			if j < 0 {
				return len(b)
			}
			i += j
		default:
			return i
		}
	}
	return i
}

// pdfString decodes the literal "(...)" or hex "<...>" string at b[i],
// and returns the offset after it (or where reading it stopped)
// (not a dictionary "<<"). UTF-16BE text strings (with their byte order
// mark) become UTF-8.
func pdfString(b []byte, i int) (s string, next int, ok bool) {
	if i >= len(b) {
		return "", i, false
	}
	var raw []byte
	switch {
	case b[i] == '(':
		raw, next, ok = literalString(b, i+1)
	case b[i] == '<' && (i+1 >= len(b) || b[i+1] != '<'):
		raw, next, ok = hexString(b, i+1)
	default:
		return "", i, false
	}
	if !ok {
		return "", next, false
	}
	if len(raw) >= 2 && raw[0] == 0xfe && raw[1] == 0xff {
		return utf16BE(raw[2:]), next, true
	}
	return string(raw), next, true
}

// literalString decodes a literal string whose "(" precedes b[i] (and
// returns the offset after its ")", or where it stopped):
// balanced parentheses, backslash escapes, octal codes and line
// continuations (ISO 32000-1, 7.3.4.2). An unclosed string is not a string.
func literalString(b []byte, i int) ([]byte, int, bool) {
	var out []byte
	end := min(len(b), i+maxPDFStringScan)
	for depth := 0; i < end && len(out) < maxPDFURI; i++ {
		c := b[i]
		switch c {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return out, i + 1, true
			}
			depth--
		case '\\':
			var e []byte
			e, i = pdfEscape(b, i+1)
			out = append(out, e...)
			continue
		case '\r':
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			c = '\n' // any end of line in a string reads as LF
		}
		out = append(out, c)
	}
	return out, i, len(out) >= maxPDFURI
}

// pdfEscape decodes the escape after a backslash at b[i-1]; it returns the
// bytes it stands for and the offset of its last byte.
func pdfEscape(b []byte, i int) ([]byte, int) {
	if i >= len(b) {
		return nil, i
	}
	switch c := b[i]; c {
	case 'n':
		return []byte{'\n'}, i
	case 'r':
		return []byte{'\r'}, i
	case 't':
		return []byte{'\t'}, i
	case 'b':
		return []byte{'\b'}, i
	case 'f':
		return []byte{'\f'}, i
	case '\r': // line continuation
		if i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
		return nil, i
	case '\n':
		return nil, i
	default:
		if c < '0' || c > '7' {
			return []byte{c}, i // \( \) \\ and unknown escapes: the character itself
		}
		v, j := 0, i
		for j < len(b) && j < i+3 && b[j] >= '0' && b[j] <= '7' {
			v = v*8 + int(b[j]-'0')
			j++
		}
		return []byte{byte(v)}, j - 1
	}
}

// hexString decodes a hex string whose "<" precedes b[i] (and returns the
// offset after its ">", or where it stopped); white space is
// ignored and an odd last digit is followed by 0 (7.3.4.3).
func hexString(b []byte, i int) ([]byte, int, bool) {
	var out []byte
	var hi byte
	half := false
	for end := min(len(b), i+maxPDFStringScan); i < end && len(out) < maxPDFURI; i++ {
		c := b[i]
		if c == '>' {
			if half {
				out = append(out, hi<<4)
			}
			return out, i + 1, true
		}
		v, ok := unhex(c)
		if !ok {
			if pdfDelimiter(c) && c != '<' && c != '(' && c != ')' {
				continue // white space
			}
			return nil, i, false
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return out, i, len(out) >= maxPDFURI
}

func utf16BE(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

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
