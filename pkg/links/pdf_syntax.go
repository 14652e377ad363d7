package links

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
)

// PDF syntax (ISO 32000-1, 7.2 and 7.3): white space, comments and the
// two kinds of string.

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
		return utf16Text(raw[2:], binary.BigEndian), next, true
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

// utf16Text decodes UTF-16 code units in the given byte order (a PDF's
// text strings are big-endian, TNEF's MAPI strings little-endian); an odd
// last byte is dropped.
func utf16Text(b []byte, order binary.ByteOrder) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, order.Uint16(b[i:]))
	}
	return string(utf16.Decode(u))
}

// pdfNames returns b with the "#xx" escapes of its names decoded outside
// strings, comments and stream data, which are kept byte for byte (so a
// stream's /Length still holds): a name may spell any of its characters
// so (ISO 32000-1, 7.3.5), and readers decode it, so /U#52I is /URI and
// /Obj#53tm is /ObjStm. Every name this package looks for is then found
// however it was written. b itself is returned when it holds no '#'.
func pdfNames(b []byte) []byte {
	if !nameEscape(b) {
		return b
	}
	if _, found := lexNames(b, false); !found {
		return b // the escapes were in strings or stream data
	}
	out, _ := lexNames(b, true)
	return out
}

// lexNames walks b as pdfNames describes and reports whether a name holds
// an escape; with copying, it returns b with those escapes decoded.
func lexNames(b []byte, copying bool) ([]byte, bool) {
	var out []byte
	if copying {
		out = make([]byte, 0, len(b))
	}
	found := false
	emit := func(p ...byte) {
		if copying {
			out = append(out, p...)
		}
	}
	for i := 0; i < len(b); {
		j := bytes.IndexAny(b[i:], "/(<%s")
		if j < 0 {
			emit(b[i:]...)
			return out, found
		}
		emit(b[i : i+j]...)
		i += j
		switch c := b[i]; {
		case c == '/':
			emit('/')
			i++
			for i < len(b) && !pdfDelimiter(b[i]) {
				if b[i] == '#' && i+2 < len(b) {
					if h, ok := unhex(b[i+1]); ok {
						if l, ok := unhex(b[i+2]); ok {
							if !copying {
								return nil, true
							}
							found = true
							emit(h<<4 | l)
							i += 3
							continue
						}
					}
				}
				emit(b[i])
				i++
			}
		case c == '(':
			_, next, _ := literalString(b, i+1)
			next = max(next, i+1)
			emit(b[i:next]...)
			i = next
		case c == '<' && i+1 < len(b) && b[i+1] == '<':
			emit('<', '<') // a dictionary
			i += 2
		case c == '<':
			k := bytes.IndexByte(b[i:], '>')
			if k < 0 {
				emit(b[i:]...)
				return out, found
			}
			emit(b[i : i+k+1]...)
			i += k + 1
		case c == '%':
			k := bytes.IndexAny(b[i:], "\r\n")
			if k < 0 {
				emit(b[i:]...)
				return out, found
			}
			emit(b[i : i+k]...)
			i += k
		case c == 's' && bytes.HasPrefix(b[i:], []byte("stream")) && (i == 0 || pdfDelimiter(b[i-1])) &&
			i+6 < len(b) && (b[i+6] == '\r' || b[i+6] == '\n'):
			k := bytes.Index(b[i+6:], []byte("endstream"))
			if k < 0 {
				emit(b[i:]...)
				return out, found
			}
			emit(b[i : i+6+k]...)
			i += 6 + k
		default:
			emit(c)
			i++
		}
	}
	return out, found
}

// nameEscape reports whether b may hold a name with a "#xx" escape: a '#'
// followed by two hex digits, in a run of name characters that starts
// with '/'. Binary stream data holds many a '#', so pdfNames copies the
// document only when this finds one. Each '#' looks back at most to the
// one before it (a run holding both has one start), so the search stays
// linear.
func nameEscape(b []byte) bool {
	prev := 0
	for pos := 0; ; {
		i := bytes.IndexByte(b[pos:], '#')
		if i < 0 {
			return false
		}
		at := pos + i
		pos = at + 1
		if at+2 >= len(b) {
			return false
		}
		if _, ok := unhex(b[at+1]); !ok {
			continue
		}
		if _, ok := unhex(b[at+2]); !ok {
			continue
		}
		j := at
		for j > prev && !pdfDelimiter(b[j-1]) {
			j--
		}
		if j > 0 && j > prev-1 && b[j-1] == '/' {
			return true
		}
		prev = at
	}
}
