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
// line ending in "wrote:" ("On Monday, Ann wrote:"), or the header block
// Outlook writes above a quoted message (a "From:" line, then "Sent:" or
// "Date:" and "Subject:" within a few lines). In HTML, where a line may
// start with a tag's '>', it is a mail client's quote markup
// (htmlQuoteMarks), or one of the separators, "wrote:" or the header block
// as text. A bare <blockquote> is not: editors and templates indent with it.
func quoteStart(text []byte, html bool) int {
	q := -1
	if html {
		q = firstOf(text, htmlQuoteMarks...)
	}
	angle := -1 // offset of the previous line when it started with '>'
	var hb headerBlock
	for off := 0; off < len(text) && (q < 0 || off < q); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := bytes.TrimSpace(text[off : off+end])
		if hb.feed(line, off, html) {
			return hb.from
		}
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

// headerBlock follows the lines of a part for the header block a mail
// client writes above a quoted message: "From:", then "Sent:" or "Date:"
// and "Subject:" within the next maxHeaderLines lines. from is the offset
// of the line holding "From:".
type headerBlock struct {
	from, left int
	sent, subj bool
}

const maxHeaderLines = 8

// feed takes one trimmed line at offset off and reports whether a header
// block is complete. In HTML the text between a line's tags counts as
// separate lines (Outlook writes "<b>From:</b> Ann<br><b>Sent:</b> ..." on
// one line); a line is read only inside a block or when it holds "from:".
func (h *headerBlock) feed(line []byte, off int, html bool) bool {
	if !html {
		return h.field(line, off)
	}
	if h.left <= 0 && !hasFromField(line) {
		return false
	}
	for i := 0; i < len(line); {
		if line[i] == '<' {
			j := bytes.IndexByte(line[i:], '>')
			if j < 0 {
				break
			}
			i += j + 1
			continue
		}
		k := bytes.IndexByte(line[i:], '<')
		if k < 0 {
			k = len(line) - i
		}
		if seg := bytes.TrimSpace(line[i : i+k]); len(seg) > 0 && h.field(seg, off) {
			return true
		}
		i += k
	}
	return false
}

// hasFromField: some ':' in line follows "from" (any case); colons are
// found with the fast IndexByte, as HTML lines hold many (styles, URLs).
func hasFromField(line []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(line[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		if i >= 4 && asciiEqualFold(line[i-4:i], "from") {
			return true
		}
		i++
	}
}

// field takes one logical line.
func (h *headerBlock) field(t []byte, off int) bool {
	if hasPrefixFold(t, "from:") {
		h.from, h.left, h.sent, h.subj = off, maxHeaderLines, false, false
		return false
	}
	if h.left <= 0 {
		return false
	}
	h.left--
	h.sent = h.sent || hasPrefixFold(t, "sent:") || hasPrefixFold(t, "date:")
	h.subj = h.subj || hasPrefixFold(t, "subject:")
	return h.sent && h.subj
}

// replaceTags replaces each <...> run of an HTML line with sep.
func replaceTags(b []byte, sep string) []byte {
	if bytes.IndexByte(b, '<') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	in := false
	for _, c := range b {
		switch {
		case c == '<':
			in = true
			out = append(out, sep...)
		case c == '>' && in:
			in = false
		case !in:
			out = append(out, c)
		}
	}
	return out
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
		t = bytes.TrimSpace(replaceTags(t, ""))
		if len(t) < 6 {
			return false
		}
	}
	if t[0] == '-' && t[1] == '-' {
		return firstOf(t, "original message", "forwarded message", "forwarded by") >= 0
	}
	return hasPrefixFold(t, "begin forwarded message:") || hasSuffixFold(t, "wrote:")
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
