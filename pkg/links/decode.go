package links

import (
	"bytes"
	"encoding/base64"
	"errors"
	"strings"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

var errBadBase64 = errors.New("bad base64")

// decodeCTE undoes a Content-Transfer-Encoding. Identity encodings return b itself.
func decodeCTE(cte string, b []byte) ([]byte, error) {
	switch cte {
	case "quoted-printable":
		return qpDecode(b), nil
	case "base64":
		return b64Decode(b)
	}
	if uuCTE(cte) {
		return uuDecode(b)
	}
	if cte == yEncCTE {
		return yDecode(b)
	}
	return b, nil
}

// yEncCTE is the Content-Transfer-Encoding naming yEnc, which Thunderbird
// decodes. As with uuencode, milterd cannot write it back: such a part is
// read but never rewritten (readOnlyCTE).
const yEncCTE = "x-yencode"

// readOnlyCTE: a part in this transfer encoding is decoded for reading but
// cannot be rewritten.
func readOnlyCTE(cte string) bool { return uuCTE(cte) || cte == yEncCTE }

var errBadYEnc = errors.New("bad yEnc")

// yDecode decodes a yEnc body ("=ybegin ..." lines, then data up to
// "=yend"), as Thunderbird's decoder does: each byte is written 42 more,
// "=" escapes the next (written 64 more again), line breaks are not data
// and "=ypart" lines are skipped.
func yDecode(b []byte) ([]byte, error) {
	pos := 0
	for {
		if pos >= len(b) {
			return b, errBadYEnc
		}
		line, next := headerLine(b, pos)
		pos = next
		if bytes.HasPrefix(line, []byte("=ybegin ")) {
			break
		}
	}
	out := make([]byte, 0, len(b)-pos)
	for pos < len(b) {
		line, next := headerLine(b, pos)
		pos = next
		if bytes.HasPrefix(line, []byte("=yend")) {
			break
		}
		if bytes.HasPrefix(line, []byte("=ypart ")) {
			continue
		}
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c == '=' && i+1 < len(line) {
				i++
				c = line[i] - 64
			}
			out = append(out, c-42)
		}
	}
	return out, nil
}

// uuCTE: a Content-Transfer-Encoding naming uuencode, which Thunderbird
// decodes (x-uuencode, x-uue, uuencode, uue). milterd cannot write it
// back, so such a part is read but never rewritten.
func uuCTE(cte string) bool {
	switch cte {
	case "x-uuencode", "x-uue", "uuencode", "uue":
		return true
	}
	return false
}

var errBadUU = errors.New("bad uuencode")

// uuDecode decodes a uuencoded body ("begin 644 name" ... "end"), leniently:
// lines before "begin" are skipped, a line's length character says how
// many bytes it carries, and characters outside the alphabet end the line.
func uuDecode(b []byte) ([]byte, error) {
	for pos := 0; pos < len(b); {
		line, next := headerLine(b, pos)
		pos = next
		if bytes.HasPrefix(line, []byte("begin ")) {
			out, _ := uuBody(b[pos:])
			return out, nil
		}
	}
	return b, errBadUU
}

// uuBody decodes the lines of a uuencoded file that follow its "begin"
// line, up to its "end" line (or the end of b), and returns the bytes and
// how much of b it read.
func uuBody(b []byte) ([]byte, int) {
	out := make([]byte, 0, len(b)*3/4)
	for pos := 0; pos < len(b); {
		line, next := headerLine(b, pos)
		pos = next
		line = bytes.TrimRight(line, "\r")
		if bytes.Equal(bytes.TrimSpace(line), []byte("end")) {
			return out, pos
		}
		if len(line) == 0 {
			continue
		}
		out = uuLine(out, line)
	}
	return out, len(b)
}

// uuLine appends the bytes one uuencoded line carries: as many as its
// length character says, at most what its characters hold.
func uuLine(out, line []byte) []byte {
	n := int((line[0] - ' ') & 63)
	var got int
	for i := 1; i < len(line) && got < n; i += 4 {
		var q [4]byte
		for k := range 4 {
			if i+k < len(line) {
				q[k] = (line[i+k] - ' ') & 63
			}
		}
		v := [3]byte{q[0]<<2 | q[1]>>4, q[1]<<4 | q[2]>>2, q[2]<<6 | q[3]}
		take := min(3, n-got)
		out = append(out, v[:take]...)
		got += take
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// qpDecode decodes quoted-printable leniently: malformed escapes stay literal
// and lines of any length are accepted.
func qpDecode(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			j := bytes.IndexByte(b[i:], '=') // copy the run up to the next '='
			if j < 0 {
				return append(out, b[i:]...)
			}
			out = append(out, b[i:i+j]...)
			i += j - 1
			continue
		}
		if i+2 < len(b) {
			if h, ok := unhex(b[i+1]); ok {
				if l, ok := unhex(b[i+2]); ok {
					out = append(out, h<<4|l)
					i += 2
					continue
				}
			}
		}
		if j, ok := softBreak(b, i+1); ok {
			i = j - 1
			continue
		}
		out = append(out, c)
	}
	return out
}

// softBreak reports whether b[i:] is optional whitespace and a line break
// (or the end of input) and returns the offset after it.
func softBreak(b []byte, i int) (int, bool) {
	for ; i < len(b); i++ {
		switch b[i] {
		case ' ', '\t', '\r':
		case '\n':
			return i + 1, true
		default:
			return 0, false
		}
	}
	return i, true
}

// b64Decode ignores characters outside the base64 alphabet and missing padding.
func b64Decode(b []byte) ([]byte, error) {
	// Fast path: well-formed, padded base64 with line breaks, which the
	// standard decoder accepts as is (it skips CR and LF). b64Lenient gives
	// the same bytes for such input (FuzzB64Decode checks it).
	out := make([]byte, base64.StdEncoding.DecodedLen(len(b)))
	if n, err := base64.StdEncoding.Decode(out, b); err == nil {
		return out[:n], nil
	}
	return b64Lenient(b)
}

// b64Lenient decodes the base64 alphabet characters of b, in order. Padding
// ends a chunk, and decoding starts afresh after it: a body made of
// separately encoded, padded pieces reads as the pieces do in mail
// clients, not as garbage after the first.
func b64Lenient(b []byte) ([]byte, error) {
	out := make([]byte, 0, len(b)*3/4)
	clean := make([]byte, 0, len(b))
	var bad error
	flush := func() {
		if len(clean)%4 == 1 {
			clean = clean[:len(clean)-1]
		}
		buf := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
		n, err := base64.RawStdEncoding.Decode(buf, clean)
		if err != nil {
			bad = errBadBase64
		}
		out, clean = append(out, buf[:n]...), clean[:0]
	}
	for _, c := range b {
		switch {
		case ('A' <= c && c <= 'Z') || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c == '+' || c == '/':
			clean = append(clean, c)
		case c == '=' && len(clean) > 0:
			flush()
		}
	}
	flush()
	return out, bad
}

// identityCharset reports whether text in cs needs no conversion to UTF-8.
func identityCharset(cs string) bool {
	switch cs {
	case "", "us-ascii", "ascii", "utf-8", "utf8", "unknown-8bit", "x-unknown", "default":
		return true
	}
	return false
}

// decodeCharset converts b to UTF-8. On an unknown charset b is returned as is.
func decodeCharset(cs string, b []byte) ([]byte, bool) {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		// A UTF-16 byte order mark wins over the label, as in every
		// browser engine (WHATWG "decode"): text that starts so is no
		// text in any ASCII-compatible charset.
		cs = "utf-16"
	}
	if identityCharset(cs) {
		return b, true
	}
	if isUTF7(cs) {
		return utf7Decode(b), true
	}
	if replacementCharset(cs) {
		// ISO-2022-KR, ISO-2022-CN, HZ: the web's "replacement" encoding
		// turns the whole text into one U+FFFD. They keep ASCII as is, so
		// the raw bytes still show their URLs, and are spliced as bytes.
		return b, false
	}
	r, err := charset.Reader(cs, bytes.NewReader(b))
	if err != nil {
		return b, false
	}
	var out bytes.Buffer // sized for the common case: no growth before EOF
	out.Grow(len(b) + 1024)
	if _, err := out.ReadFrom(r); err != nil {
		return b, false
	}
	return out.Bytes(), true
}

// replacementCharset: a charset the WHATWG encoding table maps to its
// "replacement" encoding, which decodes any text to one U+FFFD.
func replacementCharset(cs string) bool {
	switch strings.ToLower(strings.TrimSpace(cs)) {
	case "iso-2022-kr", "csiso2022kr", "iso-2022-cn", "iso-2022-cn-ext", "hz-gb-2312", "replacement":
		return true
	}
	return false
}

// lookupEncoding finds the encoding go-message/charset would use for cs.
func lookupEncoding(cs string) encoding.Encoding {
	for _, name := range []string{cs, "cs" + cs} {
		if e, err := ianaindex.MIME.Encoding(name); err == nil && e != nil {
			return e
		}
	}
	if e, err := htmlindex.Get(cs); err == nil {
		return e
	}
	return nil
}

// encodeCharset converts UTF-8 text back to cs; unknown charsets pass through.
func encodeCharset(cs string, b []byte) []byte {
	if identityCharset(cs) {
		return b
	}
	if isUTF7(cs) {
		return utf7Encode(b)
	}
	e := lookupEncoding(cs)
	if e == nil {
		return b
	}
	out, err := encoding.ReplaceUnsupported(e.NewEncoder()).Bytes(b)
	if err != nil {
		return b
	}
	return out
}

// toCRLF converts bare LF line breaks to CRLF.
func toCRLF(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/32)
	for i, c := range b {
		if c == '\n' && (i == 0 || b[i-1] != '\r') {
			out = append(out, '\r')
		}
		out = append(out, c)
	}
	return out
}

// encodeCTE applies a Content-Transfer-Encoding to CRLF text. endsEOL says
// whether the original encoded body ended with a line break.
func encodeCTE(cte string, b []byte, endsEOL bool) []byte {
	switch cte {
	case "quoted-printable":
		out := qpEncode(b)
		if endsEOL && len(out) > 0 && out[len(out)-1] != '\n' {
			// The text ended in a soft line break: keep it one, or the
			// MTA ends the last line and the text gains a line break.
			out = append(out, '=', '\r', '\n')
		}
		return out
	case "base64":
		return b64Encode(b, endsEOL)
	}
	return b
}

func b64Encode(b []byte, endsEOL bool) []byte {
	enc := base64.StdEncoding.EncodeToString(b)
	var sb strings.Builder
	for len(enc) > 76 {
		sb.WriteString(enc[:76])
		sb.WriteString("\r\n")
		enc = enc[76:]
	}
	sb.WriteString(enc)
	if endsEOL {
		sb.WriteString("\r\n")
	}
	return []byte(sb.String())
}

const hexDigits = "0123456789ABCDEF"

// qpEncode encodes CRLF text as quoted-printable with lines of at most 76
// characters, '=' escaped and trailing whitespace protected.
func qpEncode(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for len(b) > 0 {
		line := b
		next := []byte(nil)
		eol := false
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, next, eol = b[:i], b[i+1:], true
			line = bytes.TrimSuffix(line, []byte("\r"))
		}
		out = qpLine(out, line)
		if eol {
			out = append(out, '\r', '\n')
		}
		b = next
	}
	return out
}

func qpLine(out, line []byte) []byte {
	n := 0
	for i, c := range line {
		last := i == len(line)-1
		esc := c == '=' || c < ' ' && c != '\t' || c > '~' || (last && (c == ' ' || c == '\t'))
		tl, limit := 1, 75
		if esc {
			tl = 3
		}
		if last {
			limit = 76
		}
		if n+tl > limit {
			out = append(out, '=', '\r', '\n')
			n = 0
		}
		if esc {
			out = append(out, '=', hexDigits[c>>4], hexDigits[c&15])
		} else {
			out = append(out, c)
		}
		n += tl
	}
	return out
}

// metaCharset is the charset an HTML text declares in a <meta> element in
// its first 1024 bytes (charset="x", or http-equiv's content="text/html;
// charset=x"), as a browser's prescan reads it (skipping comments and
// other tags, quoted attribute values included), or "" when it declares
// none this package can decode. A UTF-16 declaration reads as UTF-8, as
// in the prescan: bytes that declare it so are ASCII-compatible. Mail
// clients render an HTML part without a charset parameter so; read as
// ASCII, its accented words ("Zollgebühr" in ISO-8859-1) were cut apart.
func metaCharset(text []byte) string {
	head := text[:min(len(text), 1024)]
	low := make([]byte, len(head))
	for i, c := range head {
		low[i] = lower(c)
	}
	for i := 0; i < len(low); {
		j := bytes.IndexByte(low[i:], '<')
		if j < 0 {
			return ""
		}
		i += j
		if bytes.HasPrefix(low[i:], []byte("<!--")) { // the prescan skips comments
			// up to the first "-->", whose "--" may be the opener's: "<!-->" is a whole comment
			k := bytes.Index(low[i+2:], []byte("-->"))
			if k < 0 {
				return ""
			}
			i += 2 + k + 3
			continue
		}
		if !bytes.HasPrefix(low[i:], []byte("<meta")) {
			i = skipTag(low, i)
			continue
		}
		end := bytes.IndexByte(low[i+len("<meta"):], '>')
		if end < 0 {
			end = len(low) - i - len("<meta")
		}
		if cs := charsetAttr(low[i+len("<meta") : i+len("<meta")+end]); cs != "" {
			return cs
		}
		i = skipTag(low, i)
	}
	return ""
}

// skipTag returns the index after the tag at low[i] ("<"), as the
// prescan skips it: a start or end tag up to its first ">" outside a
// quoted attribute value (a "<!--" or "<meta" in the value of
// title="..." is no comment nor element), any other "<!", "</" or "<?"
// up to its first ">", and a "<" that opens no tag by itself.
func skipTag(low []byte, i int) int {
	n := len(low)
	tag := i+1 < n && isLetter(low[i+1]) || i+2 < n && low[i+1] == '/' && isLetter(low[i+2])
	if !tag {
		if i+1 < n && (low[i+1] == '!' || low[i+1] == '/' || low[i+1] == '?') {
			if k := bytes.IndexByte(low[i+1:], '>'); k >= 0 {
				return i + 1 + k + 1
			}
			return n
		}
		return i + 1
	}
	var quote byte
	afterEq := false
	for j := i + 1; j < n; j++ {
		c := low[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '>':
			return j + 1
		case afterEq && (c == '"' || c == '\''):
			quote, afterEq = c, false
		case c == '=':
			afterEq = true
		case c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			afterEq = false
		}
	}
	return n
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// charsetAttr reads "charset=x" (quoted or not) in a lowercased <meta> tag.
func charsetAttr(tag []byte) string {
	k := bytes.Index(tag, []byte("charset"))
	if k < 0 {
		return ""
	}
	rest := bytes.TrimLeft(tag[k+len("charset"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
	n := 0
	for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= '0' && rest[n] <= '9' || strings.IndexByte("-_.:", rest[n]) >= 0) {
		n++
	}
	cs := string(rest[:n])
	switch {
	case cs == "" || lookupEncoding(cs) == nil:
		return ""
	case strings.HasPrefix(cs, "utf-16"):
		return "utf-8"
	}
	return cs
}

// asciiLabel: a text part labelled US-ASCII or not labelled at all. When
// such a part holds bytes that are not UTF-8, mail
// clients show them in their fallback charset, as browsers read the label
// "us-ascii" as windows-1252; this package reads them as ISO-8859-1,
// which agrees with windows-1252 on every letter and converts back byte
// for byte, so a lock rewrites the part losslessly. Read as ASCII, a
// German or French word was cut at each accented letter ("Geb\xfchr").
func asciiLabel(cs string) bool {
	return cs == "" || cs == "us-ascii" || cs == "ascii"
}
