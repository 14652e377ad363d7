package links

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// edit replaces text[start:end] with s.
type edit struct {
	start, end int
	s          string
}

// Rewrite replaces the chosen links of msg with the given URLs and returns
// the whole new message. Only the decoded text of the parts holding chosen
// links changes; those parts are re-encoded with their original
// transfer encoding and charset and CRLF line breaks, and spliced back, so
// the top-level header block, the other parts, preambles and epilogues stay
// byte-identical. In HTML the attribute value is replaced (entity-escaped)
// and URL- or host-looking anchor text is defanged (hxxps://evil[.]example);
// in text the URL is replaced by the lock URL followed by
// " [locked: evil[.]example]". An empty repl returns msg itself.
//
// Refs that name no clickable link give ErrUnknownRef, links in signed or
// encrypted parts ErrSigned, links in encoded attachments ErrNotRewritable;
// the returned message then holds the other changes. Callers wanting
// all-or-nothing should discard it when err != nil.
func Rewrite(msg []byte, repl map[Ref]string, opts Options) ([]byte, error) {
	if len(repl) == 0 {
		return msg, nil
	}
	s, err := rewrite(msg, repl, opts)
	if s == nil {
		return msg, err
	}
	return s.Bytes(), err
}

// RewriteBody is Rewrite without the copy: the new message's body (what
// follows the top-level header, which Rewrite never changes) as runs of
// msg and the rewritten parts, so a lock in a 50 MB message costs the
// parts it changes, not another 50 MB. The pieces share msg's memory: keep
// msg unchanged while they are read. Errors are Rewrite's. The body starts
// after the first empty line even when the first line is no header field
// to the scan ("X Foo: bar", which it then reads as text): the MTA holds
// everything before that line as the header, and a body starting at the
// message's first byte put the whole header again at the top of the body
// it replaced. Locks before that line then fall with the header, which no
// lock changes. Without an empty line the whole message is the body, as
// an MTA reads a first line that is no header field as the body's start
// ("http://x" alone), so a lock there is kept, never dropped with a
// header that is not there.
func RewriteBody(msg []byte, repl map[Ref]string, opts Options) (Spliced, error) {
	s := Spliced{msg}
	var err error
	if len(repl) > 0 {
		if s, err = rewrite(msg, repl, opts); s == nil {
			s = Spliced{msg}
		}
	}
	if looksLikeHeader(msg) {
		return s.from(headerEnd(msg)), err
	}
	if n := s.afterBlankLine(); n >= 0 {
		return s.from(n), err
	}
	return s, err
}

// rewrite is Rewrite as pieces; nil when nothing could be spliced.
func rewrite(msg []byte, repl map[Ref]string, opts Options) (Spliced, error) {
	// Only text parts can change: the attachments, often most of the
	// work, are read only when a ref names no link of the text, to tell
	// an attachment's link (ErrNotRewritable) from none (ErrUnknownRef).
	sc := scanMessage(msg, opts, nil, true)
	edits, errs := sc.plan(repl)
	if slices.ContainsFunc(errs, func(err error) bool { return errors.Is(err, ErrUnknownRef) }) {
		sc = scanMessage(msg, opts, nil, false)
		edits, errs = sc.plan(repl)
	}
	if sc.internal {
		return nil, fmt.Errorf("links: rewrite: %w", errInternal)
	}
	out, err := sc.splice(msg, edits)
	if err != nil {
		return nil, fmt.Errorf("links: rewrite: %w", err)
	}
	if len(errs) > 0 {
		return out, fmt.Errorf("links: rewrite: %w", errors.Join(errs...))
	}
	return out, nil
}

// plan turns the replacements into edits per leaf index.
func (sc *scan) plan(repl map[Ref]string) (map[int][]edit, []error) {
	byRef := make(map[Ref]int, len(sc.links))
	for i := range sc.links {
		byRef[sc.links[i].Ref()] = i
	}
	refs := make([]Ref, 0, len(repl))
	for r := range repl {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		return refs[i].Part < refs[j].Part || refs[i].Part == refs[j].Part && refs[i].Start < refs[j].Start
	})
	edits := map[int][]edit{}
	lossy := map[int]bool{}
	var errs []error
	for _, r := range refs {
		i, ok := byRef[r]
		if !ok || !sc.links[i].Clickable {
			errs = append(errs, fmt.Errorf("part %q offset %d: %w", r.Part, r.Start, ErrUnknownRef))
			continue
		}
		if !sc.links[i].Rewritable() {
			errs = append(errs, fmt.Errorf("part %q offset %d: %w", r.Part, r.Start, ErrNotRewritable))
			continue
		}
		li := sc.leafOf(i)
		if _, ok := lossy[li]; !ok {
			lossy[li] = !sc.leaves[li].roundTrips()
		}
		if lossy[li] {
			errs = append(errs, fmt.Errorf("part %q offset %d: charset %q does not round-trip: %w", r.Part, r.Start, sc.leaves[li].charset, ErrNotRewritable))
			continue
		}
		if err := sc.leaves[li].rewriteErr(repl[r]); err != nil {
			errs = append(errs, fmt.Errorf("part %q offset %d: %w", r.Part, r.Start, err))
			continue
		}
		edits[li] = append(edits[li], hit{&sc.links[i], &sc.meta[i]}.edits(sc.leaves[li], repl[r])...)
	}
	return edits, errs
}

func (sc *scan) leafOf(hit int) int {
	for i, l := range sc.leaves {
		if hit >= l.first && hit < l.last {
			return i
		}
	}
	return -1
}

func (l scannedLeaf) rewriteErr(r string) error {
	switch {
	case l.signed:
		return ErrSigned
	case !l.rewritable:
		return ErrNotRewritable
	case r == "" || strings.ContainsFunc(r, func(c rune) bool { return c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' }):
		return ErrBadReplacement
	}
	return nil
}

// roundTrips reports whether the part's decoded text converts back to
// its charset without loss. Bytes the charset cannot decode (invalid
// sequences, JIS X 0212 in ISO-2022-JP, a line break inside a kanji run)
// would otherwise come back as the encoder's replacement byte (0x1A).
func (l scannedLeaf) roundTrips() bool {
	if !l.charsetOK || identityCharset(l.charset) {
		return true
	}
	if bytes.ContainsRune(l.text, utf8.RuneError) {
		return false
	}
	back, ok := decodeCharset(l.charset, encodeCharset(l.charset, l.text))
	return ok && bytes.Equal(back, l.text)
}

// marker names the original host, defanged, after a locked text URL.
func (h hit) marker() string {
	if h.Host == "" {
		return " [locked]"
	}
	return " [locked: " + defangHost(h.Host) + "]"
}

// edits returns the text edits that lock h with replacement r.
func (h hit) edits(l scannedLeaf, r string) []edit {
	if h.Kind == KindCalendar && h.Start > 0 && l.text[h.Start-1] == ':' {
		// A calendar property whose whole value is the URL (URL:,
		// LOCATION:) must stay a bare URI for the client to offer it:
		// no marker after it. In free text (DESCRIPTION) it gets one.
		return []edit{{h.Start, h.End, r}}
	}
	if !h.html {
		if h.markerEnd < 0 { // an attribute's value in HTML sent as text (scanSniffed)
			return []edit{{h.Start, h.End, r}}
		}
		return []edit{{h.Start, h.End, r}, {h.markerEnd, h.markerEnd, h.marker()}}
	}
	esc := html.EscapeString(r)
	switch {
	case h.attr && h.quote == 0:
		esc = `"` + esc + `"`
	case !h.attr && !h.inner:
		start := h.Start
		if start > 0 && l.text[start-1] == '<' {
			// A share path after a '<' that opens no tag (<\\host\s):
			// the lock URL there would (<https://...), hiding it; the
			// '<' is written as the reference that shows the same.
			start, esc = start-1, "&lt;"+esc
		}
		return []edit{{start, h.End, esc}, {h.markerEnd, h.markerEnd, html.EscapeString(h.marker())}}
	}
	es := []edit{{h.Start, h.End, esc}}
	if h.dispEnd > h.dispStart {
		es = append(es, defangEdits(l.text, h.dispStart, h.dispEnd)...)
	}
	return es
}

// splice applies the edits and re-encodes the changed leaves: the new
// message is the runs of msg between them and their new bodies.
func (sc *scan) splice(msg []byte, edits map[int][]edit) (Spliced, error) {
	idx := make([]int, 0, len(edits))
	for li := range edits {
		idx = append(idx, li)
	}
	sort.Ints(idx)
	out := make(Spliced, 0, 2*len(idx)+1)
	pos := 0
	for _, li := range idx {
		l := sc.leaves[li]
		text, err := applyEdits(l.text, edits[li])
		if err != nil {
			return nil, err
		}
		out = append(out, msg[pos:l.bodyStart], l.encode(text))
		pos = l.bodyEnd
	}
	return append(out, msg[pos:]), nil
}

func applyEdits(text []byte, es []edit) ([]byte, error) {
	sort.SliceStable(es, func(i, j int) bool { return es[i].start < es[j].start })
	var b bytes.Buffer
	b.Grow(len(text) + 256)
	pos := 0
	for _, e := range es {
		if e.start < pos || e.end < e.start || e.end > len(text) {
			return nil, fmt.Errorf("overlapping edit at %d: %w", e.start, ErrMalformed)
		}
		b.Write(text[pos:e.start])
		b.WriteString(e.s)
		pos = e.end
	}
	b.Write(text[pos:])
	return b.Bytes(), nil
}

// encode converts new decoded text back to the part's charset and transfer
// encoding, with CRLF line breaks unless base64 keeps the text's own.
func (l scannedLeaf) encode(text []byte) []byte {
	if l.cte != "base64" {
		// base64 carries the text's own line breaks (an attached
		// script or log with LF); elsewhere the line breaks are SMTP's.
		text = toCRLF(text)
	}
	if l.charsetOK {
		text = encodeCharset(l.charset, text)
	}
	raw := l.src[l.bodyStart:l.bodyEnd]
	if l.cte != "base64" && l.cte != "quoted-printable" {
		text = wrapLong(text)
	}
	return encodeCTE(l.cte, text, len(raw) > 0 && raw[len(raw)-1] == '\n')
}

// maxLineLen is the SMTP line limit without CRLF (RFC 5321 4.5.3.1.6).
const maxLineLen = 998

// wrapLong breaks CRLF lines longer than maxLineLen, turning the last space
// or tab before the limit into a line break, or else breaking before the
// last '<' or after the last '>' (an HTML line written without spaces,
// <a/href="..."> before its text). A line without any stays as it is.
func wrapLong(text []byte) []byte {
	var out []byte
	for len(text) > 0 {
		line, rest, found := bytes.Cut(text, []byte("\r\n"))
		for len(line) > maxLineLen {
			cut, skip := breakPoint(line[:maxLineLen+1])
			if cut <= 0 {
				break
			}
			out = append(append(out, line[:cut]...), '\r', '\n')
			line = line[cut+skip:]
		}
		out = append(out, line...)
		if found {
			out = append(out, '\r', '\n')
		}
		text = rest
	}
	return out
}

// breakPoint returns where to break b (maxLineLen+1 bytes of a longer
// line) and how many bytes the break replaces; a cut of 0 or less is none.
func breakPoint(b []byte) (int, int) {
	if i := bytes.LastIndexAny(b, " \t"); i > 0 {
		return i, 1
	}
	if i := bytes.LastIndexByte(b, '<'); i > 0 {
		return i, 0
	}
	return bytes.LastIndexByte(b[:maxLineLen], '>') + 1, 0
}
