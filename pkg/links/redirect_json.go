package links

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A built script's src read from decoded JSON (scriptDecoded):
// s.src = JSON.parse(atob('eyJ1Ijoi...')).u, or var c = JSON.parse(atob(k));
// s.src = c.u with k a written string. A loader reads its scripts' addresses
// from a configuration it decodes too, but from the page (a data
// attribute, an element's text), not from a string of its own; a kit
// writes the string, so the reader can decode it. Such a src counts only
// when the string is written (directly, or as the last value of the name
// the decoder is given), decodes to JSON, and the value the src reads of
// it (its property path; any string in it when the path is computed) is
// an address: http(s)://, // or data:. What the JSON holds else (a
// theme, a count) is no hidden address. A string the reader cannot
// resolve (written in pieces, through a second name, decoded twice, past
// maxJSONLiteral or the budget) counts, as any decoded src did before
// JSON was read, unless the decoder reads the page (decodesPageData).

// maxJSONLiteral bounds the written string decoded for JSON, maxJSONPath
// the properties of a path read.
const (
	maxJSONLiteral = 2048
	maxJSONPath    = 8
)

// jsonSrc: the expression at s[at] (n as written) is JSON.parse of a
// decoder (atob, unescape, decodeURIComponent), its own property path
// and then path after it (keys as written; exact false when a key is
// computed): ok when it is; url when the argument is a written string,
// or a name whose last value is one, decoding to JSON whose value at the
// path is an address (trimmed: its start trimmed as JavaScript's trim
// does, by the path given or by its own). budget bounds the bytes decoded.
func jsonSrc(n, s []byte, at int, path []string, exact, trimmed bool, budget *int) (url, ok bool) {
	i := skipSpace(s, at)
	if !bytes.HasPrefix(s[i:], []byte("json.parse(")) {
		return false, false
	}
	i = skipSpace(s, i+len("json.parse("))
	var d []byte
	for _, c := range decoders {
		if string(c) != "fromcharcode(" && bytes.HasPrefix(s[i:], c) {
			d = c
		}
	}
	if d == nil {
		return false, false
	}
	arg := i + len(d)
	lit, end, found := jsonLiteral(n, s, arg)
	if !found { // a configuration the page holds is a loader's; else unread
		return !decodesPageData(s[arg:min(len(s), arg+maxValue)]), true
	}
	for range 2 { // the decoder's and JSON.parse's parentheses
		if end = skipSpace(s, end); end >= len(s) || s[end] != ')' {
			return true, true // a string in pieces or decoded again: unread
		}
		end++
	}
	own, ownExact, read, ownTrimmed := jsonPath(n[end:min(len(n), end+maxValue)])
	if !read {
		return true, true // a method turns the value into what is unread
	}
	if *budget < len(lit) {
		return true, true // past the budget: unread
	}
	*budget -= len(lit)
	var buf decodeBuf
	var v any
	dec := buf.decode(d, lit)
	if string(d) == "atob(" {
		dec = latin1String(dec) // atob's string holds a character per byte
	}
	if json.Unmarshal(dec, &v) != nil {
		return false, true
	}
	return jsonAddress(v, append(own, path...), exact && ownExact, trimmed || ownTrimmed), true
}

// decodesPageData: a decoder's argument e (lower-cased) reads what the page
// holds (a data attribute, an element's text), a loader's configuration.
func decodesPageData(e []byte) bool {
	for _, w := range pageDataReads {
		if bytes.Contains(e, w) {
			return true
		}
	}
	return false
}

var pageDataReads = [][]byte{[]byte("dataset"), []byte("getattribute("), []byte("textcontent"), []byte("innertext"),
	[]byte("innerhtml"), []byte("queryselector"), []byte("getelementby")}

// jsonLiteral is the written string a decoder's argument at s[at] is (n
// as written): a quoted string, or a name whose last assignment before
// at is one, and the offset in s after the argument.
func jsonLiteral(n, s []byte, at int) (lit []byte, end int, ok bool) {
	at = skipSpace(s, at)
	if lit, ok := quotedArg(n[at:min(len(n), at+maxJSONLiteral+2)]); ok {
		return lit, at + len(lit) + 2, true
	}
	name := argName(s[at:min(len(s), at+maxValue)])
	if name == nil {
		return nil, 0, false
	}
	budget := maxKeySearch
	v := lastAssignment(s, at, name, &budget)
	if v < 0 {
		return nil, 0, false
	}
	v = skipSpace(s, v)
	lit, ok = quotedArg(n[v:min(len(n), v+maxJSONLiteral+2)])
	if ok && !valueEnds(s, v+len(lit)+2) {
		return nil, 0, false // a string in pieces ('...'+'...'): unread
	}
	return lit, at + len(name), ok
}

// valueEnds: an assigned value ends at s[i] (after white space): the
// statement's or the declaration's end, or the script's.
func valueEnds(s []byte, i int) bool {
	i = skipSpace(s, i)
	return i >= len(s) || s[i] == ';' || s[i] == ',' || s[i] == '}' || s[i] == '<'
}

// skipSpace is the offset of the first byte of s from i on that is no
// white space (len(s): none).
func skipSpace(s []byte, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
		i++
	}
	return i
}

// jsonPath reads the property path b starts with (.a, ['a'], [0], and
// the optional ?.a, ?.['a']), as written: its keys, and exact false when
// a key is computed ([i]). A trim called on the value (.trim()) ends it,
// the method dropped (trimmed: one that trims the start, trim,
// trimStart or trimLeft, which removes JavaScript's white space, a
// no-break space too, where the URL parser strips only ASCII's); any
// other method (a reversal by split, reverse and join, .replace(...))
// makes of the value something the reader does not follow: read is
// false, and the value counts as an unread one does.
func jsonPath(b []byte) (keys []string, exact, read, trimmed bool) {
	for len(keys) < maxJSONPath {
		b = trimLeftCut(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("?.[")) || bytes.HasPrefix(b, []byte("?..")): // ?.['a'], as folded (foldReflects) ?..a
			b = b[2:]
			continue
		case bytes.HasPrefix(b, []byte("?.")):
			b = b[1:]
			continue
		case len(b) > 1 && b[0] == '.':
			k := 1
			for identByte(b, k) {
				k++
			}
			if k == 1 {
				return keys, true, true, false
			}
			if bytes.HasPrefix(trimLeftCut(b[k:], " \t\r\n"), []byte("(")) {
				m := string(b[1:k])
				return keys, true, trimMethod(b[1:k]), m == "trim" || m == "trimStart" || m == "trimLeft" // a method of the value
			}
			keys, b = append(keys, string(b[1:k])), b[k:]
		case len(b) > 1 && b[0] == '[':
			j := bytes.IndexByte(b, ']')
			if j < 0 {
				return keys, false, true, false
			}
			in := bytes.TrimSpace(b[1:j])
			if lit, ok := quotedArg(in); ok && len(lit)+2 == len(in) {
				keys = append(keys, string(lit))
			} else if _, err := strconv.Atoi(string(in)); err == nil {
				keys = append(keys, string(in))
			} else {
				return keys, false, true, false
			}
			b = b[j+1:]
		default:
			return keys, true, true, false
		}
	}
	return keys, false, true, false
}

// trimMethod: m is a method that trims a string (trim, trimStart,
// trimEnd and their old names), which leaves an address one.
func trimMethod(m []byte) bool {
	switch string(m) {
	case "trim", "trimStart", "trimEnd", "trimLeft", "trimRight":
		return true
	}
	return false
}

// jsonAddress: the JSON value v at path (exact), or any string in it
// when the path is computed, is an address (trimmed: its start trimmed
// first, jsWhite).
func jsonAddress(v any, path []string, exact, trimmed bool) bool {
	for _, k := range path {
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return false
			}
			v = x[i]
		default:
			return false
		}
		if v == nil {
			return false
		}
	}
	if exact {
		str, ok := v.(string)
		return ok && jsonURL(str, trimmed)
	}
	return anyJSONAddress(v, 0, trimmed)
}

// anyJSONAddress: v holds a string that is an address, depth levels
// down; past maxJSONPath levels, what is deeper is not read and counts
// as one.
func anyJSONAddress(v any, depth int, trimmed bool) bool {
	if depth > maxJSONPath {
		return true
	}
	switch x := v.(type) {
	case string:
		return jsonURL(x, trimmed)
	case map[string]any:
		for _, e := range x {
			if anyJSONAddress(e, depth+1, trimmed) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if anyJSONAddress(e, depth+1, trimmed) {
				return true
			}
		}
	}
	return false
}

// jsonURL: str is an address a script's src fetches, as the URL parser
// reads it (leading C0 controls and spaces stripped, tabs and newlines
// removed anywhere, a backslash a slash for the special schemes):
// http: or https: (with or without slashes: "https:evil.example/" is an
// https address), a scheme-relative //host or a data: URL. trimmed: the
// script trimmed its start first (String.prototype.trim), which removes
// JavaScript's white space and line terminators (jsWhite: a no-break
// space, U+FEFF, the Unicode spaces), which the URL parser alone would
// keep in a relative path.
func jsonURL(str string, trimmed bool) bool {
	if trimmed {
		str = strings.TrimLeftFunc(str, jsWhite)
	}
	str = strings.TrimLeftFunc(str, func(r rune) bool { return r <= ' ' })
	var head [len("https:")]byte
	n := 0
	for i := 0; i < len(str) && n < len(head); i++ {
		switch c := str[i]; c {
		case '\t', '\n', '\r':
		case '\\':
			head[n] = '/'
			n++
		default:
			head[n] = lower(c)
			n++
		}
	}
	h := string(head[:n])
	return strings.HasPrefix(h, "//") || strings.HasPrefix(h, "https:") || strings.HasPrefix(h, "http:") || strings.HasPrefix(h, "data:")
}

// jsWhite: r is white space or a line terminator to JavaScript (what
// String.prototype.trim removes): tab, vertical tab, form feed, space,
// U+00A0, U+FEFF, any other space separator (Zs), LF, CR, U+2028 and
// U+2029; not U+0085, which Go's unicode.IsSpace counts.
func jsWhite(r rune) bool {
	switch r {
	case '\t', '\v', '\f', ' ', '\n', '\r', 0xa0, 0xfeff, 0x2028, 0x2029:
		return true
	}
	return r > 0xff && unicode.Is(unicode.Zs, r)
}

// latin1String is b read as one character per byte (what atob returns: a byte
// 0xC2 then 0xA0 is "Â" and a no-break space, not one character), in
// UTF-8; b itself when it is ASCII.
func latin1String(b []byte) []byte {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			out := append(make([]byte, 0, 2*len(b)), b[:i]...)
			for _, c := range b[i:] {
				out = utf8.AppendRune(out, rune(c))
			}
			return out
		}
	}
	return b
}
