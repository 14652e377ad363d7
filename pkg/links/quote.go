package links

import "bytes"

// markQuoted flags the links of one part that lie at or after the start of
// its quoted or forwarded text (quoteStart).
func markQuoted(ls []Link, text []byte, html bool) {
	q := quoteStart(text, html)
	if q < 0 {
		return
	}
	for i := range ls {
		if ls[i].Start >= q {
			ls[i].Flags |= FlagQuoted
		}
	}
}

// quoteStart is the offset where a part's quoted or forwarded text begins,
// or -1: the first line that is a mail client's quote or forward marker.
// In plain text that is the first of two lines in a row starting with '>'
// (one alone may be an arrow drawn in text), a dashed "Original Message",
// "Forwarded message" or "Forwarded by" separator (Outlook, Gmail,
// Thunderbird, Lotus Notes), "Begin forwarded message:" (Apple Mail), or a
// line ending in "wrote:" ("On Monday, Ann wrote:"). In HTML, where a line
// may start with a tag's '>', it is a mail client's quote markup
// (htmlQuoteMarks), or one of the separators or "wrote:" as text. A bare
// <blockquote> is not: editors and templates indent with it.
func quoteStart(text []byte, html bool) int {
	q := -1
	if html {
		q = firstOf(text, htmlQuoteMarks...)
	}
	angle := -1 // offset of the previous line when it started with '>'
	for off := 0; off < len(text) && (q < 0 || off < q); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := bytes.TrimSpace(text[off : off+end])
		switch {
		case !html && len(line) > 0 && line[0] == '>':
			if angle >= 0 {
				return angle
			}
			angle = off
		case markerLine(line, html):
			return off
		default:
			angle = -1
		}
		off += end + 1
	}
	return q
}

// htmlQuoteMarks are what mail clients write around a quoted message:
// <blockquote type="cite"> (Apple Mail, Thunderbird), Thunderbird's
// moz-cite-prefix, Gmail's gmail_quote, Yahoo's yahoo_quoted and
// Outlook's divRplyFwdMsg.
var htmlQuoteMarks = []string{`type="cite"`, "type=cite", "moz-cite-prefix", "gmail_quote", "yahoo_quoted", "divrplyfwdmsg"}

// markerLine: one trimmed line is a forward separator or a reply's
// attribution line.
func markerLine(t []byte, html bool) bool {
	if len(t) < 6 {
		return false
	}
	if html {
		if !bytes.Contains(t, []byte("--")) && firstOf(t, "wrote:", "forwarded message") < 0 {
			return false
		}
		t = bytes.TrimSpace(stripTags(t))
		if len(t) < 6 {
			return false
		}
	}
	if t[0] == '-' && t[1] == '-' {
		return firstOf(t, "original message", "forwarded message", "forwarded by") >= 0
	}
	return hasPrefixFold(t, "begin forwarded message:") || hasSuffixFold(t, "wrote:")
}

// stripTags drops <...> runs from an HTML line, for the marker tests.
func stripTags(b []byte) []byte {
	if bytes.IndexByte(b, '<') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	in := false
	for _, c := range b {
		switch {
		case c == '<':
			in = true
		case c == '>' && in:
			in = false
		case !in:
			out = append(out, c)
		}
	}
	return out
}

// firstOf is the offset of the first ASCII-case-insensitive match of any
// of the lowercase needles in b, or -1.
func firstOf(b []byte, needles ...string) int {
	best := -1
	for _, n := range needles {
		for i := 0; i+len(n) <= len(b); i++ {
			if best >= 0 && i >= best {
				break
			}
			if lower(b[i]) == n[0] && asciiEqualFold(b[i:i+len(n)], n) {
				best = i
				break
			}
		}
	}
	return best
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && asciiEqualFold(b[:len(p)], p)
}

func hasSuffixFold(b []byte, s string) bool {
	return len(b) >= len(s) && asciiEqualFold(b[len(b)-len(s):], s)
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
