package links

import "bytes"

// markQuoted flags the links of one part that lie at or after the start of
// its quoted or forwarded text (quoteStart).
func markQuoted(ls []Link, q int) {
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
// Thunderbird, Lotus Notes), "Begin forwarded message:" (Apple Mail), a
// reply's attribution line ("On Monday, Ann wrote:", or between dashes as
// Zoho Mail writes it: "---- On Monday Ann wrote ----"), or the header block
// Outlook writes above a quoted message (a "From:" line, then "Sent:" or
// "Date:" and "Subject:" within a few lines); German, French, Spanish,
// Portuguese and Italian clients' forms count too. In HTML it is a mail
// client's quote markup (quoteMarkup) or one of the text markers in the
// text between tags, from the run of text that holds it, since one HTML
// line may hold a whole message (a line may start with a tag's '>', so '>'
// quoting is not read there). A bare <blockquote> is not a quote: editors and
// templates indent with it.
func quoteStart(text []byte, html bool) int {
	if html {
		return htmlQuoteStart(text)
	}
	angle := -1 // offset of the previous line when it started with '>'
	hb := headerBlock{window: maxHeaderLines}
	for off := 0; off < len(text); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := bytes.TrimSpace(text[off : off+end])
		if hb.field(line, off) {
			return hb.from
		}
		switch {
		case len(line) > 0 && line[0] == '>':
			if angle >= 0 {
				return angle
			}
			angle = off
		case markerText(line, line):
			return off
		default:
			angle = -1
		}
		off += end + 1
	}
	return -1
}

// htmlQuoteStart is quoteStart for HTML: the quote markup, or the first
// line whose text between tags holds a marker. Each run of text between
// tags counts as a line of its own, so colons inside tags (styles, URLs)
// are never read.
func htmlQuoteStart(text []byte) int {
	q := quoteMarkup(text)
	hb := headerBlock{window: 2 * maxHeaderLines} // field names and values are separate runs
	for off := 0; off < len(text) && (q < 0 || off < q); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		if hb.left <= 0 && bytes.IndexByte(line, ':') < 0 && !bytes.Contains(line, dashes) {
			off += end + 1 // no marker can start on this line
			continue
		}
		if p := htmlLineMarks(line, off, &hb); p >= 0 {
			if q >= 0 && q < p {
				return q
			}
			return p
		}
		off += end + 1
	}
	return q
}

// htmlLineMarks is the offset of the first run of text between the tags
// of one HTML line (at offset off) that is a marker, or of the "From:" run
// of a header block that the run completes (hb.done()), or -1. An HTML
// line can hold a whole message, so the quote starts at the run, not at
// the line.
func htmlLineMarks(line []byte, off int, hb *headerBlock) int {
	for i := 0; i < len(line); {
		if line[i] == '<' {
			j := bytes.IndexByte(line[i:], '>')
			if j < 0 {
				return -1
			}
			i += j + 1
			continue
		}
		k := bytes.IndexByte(line[i:], '<')
		if k < 0 {
			k = len(line) - i
		}
		at, run := off+i, bytes.TrimSpace(line[i:i+k])
		i += k
		switch {
		case len(run) == 0:
		case hb.field(run, at):
			return hb.from
		case markerText(run, line):
			return at
		}
	}
	return -1
}

// headerBlock follows the lines of a part for the header block a mail
// client writes above a quoted message: "From:", then "Sent:" or "Date:"
// and "Subject:" within the next window lines, with the field names of
// German, French, Spanish, Portuguese and Italian clients too
// (headerNames). from is the offset of the line holding "From:".
type headerBlock struct {
	from, left, window int
	sent, subj         bool
}

const maxHeaderLines = 8

// field takes one logical line at offset off and reports whether it
// completes a header block.
func (h *headerBlock) field(t []byte, off int) bool {
	kind := fieldKind(t)
	if kind == fieldFrom {
		h.from, h.left, h.sent, h.subj = off, h.window, false, false
		return false
	}
	if h.left <= 0 {
		return false
	}
	h.left--
	h.sent = h.sent || kind == fieldSent
	h.subj = h.subj || kind == fieldSubject
	return h.done()
}

func (h *headerBlock) done() bool { return h.sent && h.subj }

// Header field kinds a quoted message's header block names.
const (
	fieldOther = iota
	fieldFrom
	fieldSent
	fieldSubject
)

// headerNames are the field names of quoted header blocks, lowercase, by
// kind: English, German, French, Spanish, Portuguese, Italian.
var headerNames = map[string]int{
	"from": fieldFrom, "von": fieldFrom, "de": fieldFrom, "da": fieldFrom,
	"sent": fieldSent, "date": fieldSent, "gesendet": fieldSent, "datum": fieldSent,
	"envoyé": fieldSent, "enviado": fieldSent, "enviado el": fieldSent, "fecha": fieldSent,
	"data": fieldSent, "inviato": fieldSent,
	"subject": fieldSubject, "betreff": fieldSubject, "objet": fieldSubject,
	"asunto": fieldSubject, "assunto": fieldSubject, "oggetto": fieldSubject,
}

// fieldKind is the kind of the header field a logical line starts with
// ("From: Ann", "De : Ann"), or fieldOther.
func fieldKind(t []byte) int {
	var buf [12]byte
	i := bytes.IndexByte(t[:min(len(t), len(buf)+1)], ':')
	name := trimBeforeColon(t[:max(i, 0)])
	if len(name) == 0 || len(name) > len(buf) {
		return fieldOther
	}
	for k, c := range name {
		buf[k] = lower(c)
	}
	return headerNames[string(buf[:len(name)])]
}

// markerText: one trimmed line (or, in HTML, one run of text between tags)
// is a forward separator or a reply's attribution line; line is the whole
// line, for the German attribution, whose verb comes before the name ("Am
// Montag schrieb <a>Ann</a>:").
func markerText(t, line []byte) bool {
	switch {
	case len(t) < 2:
		return false
	case t[0] == '-' && t[1] == '-':
		return containsAnyFold(t, separatorWords) || dashedAttribution(t)
	case t[len(t)-1] == ':':
		return hasPrefixFold(t, "begin forwarded message:") || attributionBefore(t, len(t)-1) || bytes.Contains(line, schrieb)
	}
	return false
}

// separatorWords name a dashed forward or "original message" separator,
// in English and as German, French, Spanish, Portuguese and Italian mail
// clients write it.
var separatorWords = []string{"original message", "forwarded message", "forwarded by",
	"ursprüngliche nachricht", "weitergeleitete nachricht", "message d'origine", "message transféré",
	"mensaje original", "mensaje reenviado", "mensagem original", "mensagem encaminhada",
	"messaggio originale", "messaggio inoltrato"}

// attributionVerbs end a reply's attribution line before its colon ("On
// Monday, Ann wrote:", "Le lundi, Ann a écrit :", "El lunes, Ann
// escribió:", "Em segunda, Ann escreveu:", "Il lunedì Ann ha scritto:").
// German puts its verb before the name ("Am Montag schrieb Ann:"), so a
// line ending in a colon with " schrieb " in it counts too.
var attributionVerbs = []string{"wrote", "a écrit", "escribió", "escreveu", "ha scritto"}

var schrieb, dashes = []byte(" schrieb "), []byte("--")

// attributionBefore: the text before the colon at t[colon] ends with an
// attribution verb (spaces between them allowed, as in French).
func attributionBefore(t []byte, colon int) bool {
	return endsWithVerb(trimBeforeColon(t[:colon]))
}

// dashedAttribution: an attribution line between dashes, as Zoho Mail
// writes it ("---- On Mon, 02 Mar 2026 Ann <ann@a.example> wrote ----").
func dashedAttribution(t []byte) bool {
	body := bytes.TrimRight(t, "- ")
	return len(body) < len(t) && endsWithVerb(body)
}

// endsWithVerb: b ends with one of the attributionVerbs, case aside.
func endsWithVerb(b []byte) bool {
	for _, v := range attributionVerbs {
		if hasSuffixFold(b, v) {
			return true
		}
	}
	return false
}

// trimBeforeColon drops the spaces French puts before a colon: plain,
// no-break (U+00A0) or, in HTML, "&nbsp;".
func trimBeforeColon(b []byte) []byte {
	for {
		switch {
		case bytes.HasSuffix(b, []byte(" ")):
			b = b[:len(b)-1]
		case bytes.HasSuffix(b, []byte("\u00a0")):
			b = b[:len(b)-2]
		case hasSuffixFold(b, "&nbsp;"):
			b = b[:len(b)-6]
		default:
			return b
		}
	}
}

// quoteMarkup is the offset of the first markup mail clients write around
// a quoted message, or -1, matched exactly as the clients write it (class
// and id values are case-sensitive): <blockquote type="cite"> (Apple Mail,
// Thunderbird), Thunderbird's moz-cite-prefix, Gmail's gmail_quote,
// Yahoo's yahoo_quoted and Outlook's divRplyFwdMsg. Each is found through
// an anchor ("_quote", "=cite", "RplyFwdMsg", ...) that bytes.Index finds
// fast on a whole part.
func quoteMarkup(text []byte) int {
	best := -1
	for _, m := range quoteMarks {
		for i := 0; ; {
			j := bytes.Index(text[i:], m.anchor)
			if j < 0 || best >= 0 && i+j >= best {
				break
			}
			p := i + j
			if start, ok := m.at(text, p); ok {
				best = start
				break
			}
			i = p + 1
		}
	}
	return best
}

// quoteMarks: each anchor and, at an anchor found at p, where the markup
// around it starts.
var quoteMarks = []struct {
	anchor []byte
	at     func(text []byte, p int) (int, bool)
}{
	{[]byte("_quote"), func(t []byte, p int) (int, bool) {
		return p - 5, bytes.HasSuffix(t[:p], []byte("gmail")) || bytes.HasSuffix(t[:p], []byte("yahoo"))
	}},
	{[]byte(`="cite"`), func(t []byte, p int) (int, bool) {
		return p - 4, bytes.HasSuffix(t[:p], []byte("type"))
	}},
	{[]byte("=cite"), func(t []byte, p int) (int, bool) {
		return p - 4, bytes.HasSuffix(t[:p], []byte("type"))
	}},
	{[]byte("-cite-prefix"), func(t []byte, p int) (int, bool) {
		return p - 3, bytes.HasSuffix(t[:p], []byte("moz"))
	}},
	{[]byte("RplyFwdMsg"), func(t []byte, p int) (int, bool) {
		return p - 3, bytes.HasSuffix(t[:p], []byte("div"))
	}},
}

// containsAnyFold reports whether b holds one of the lowercase needles,
// ASCII case aside (indexFold, so each needle starts with a letter).
func containsAnyFold(b []byte, needles []string) bool {
	for _, n := range needles {
		if indexFold(b, n) >= 0 {
			return true
		}
	}
	return false
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
