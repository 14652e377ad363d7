package links

import (
	"bufio"
	"bytes"
	"mime"
	"slices"
	"strings"

	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/textproto"
)

// leaf is a text part whose links are scanned. Offsets refer to src.
type leaf struct {
	path       string
	mtype      string // lowercased media type, e.g. "text/html"
	charset    string // lowercased charset parameter
	cte        string // lowercased Content-Transfer-Encoding
	src        []byte // buffer holding the part (the message itself unless inside an encoded attachment)
	bodyStart  int
	bodyEnd    int
	rewritable bool // src is the message itself, so the part can be spliced
	signed     bool // inside a signed/encrypted structure or carrying inline PGP
	delsp      bool // text/plain; format=flowed; delsp=yes (RFC 3676)
	// base is an HTML part's Content-Base field (else its
	// Content-Location), which Thunderbird writes as a <BASE HREF> before
	// the part's own markup; "" when there is none.
	base     string
	file     bool // an HTML file attached (a file name, or Content-Disposition: attachment), not the message's body
	attached bool // any text part attached as a file (a file name, or Content-Disposition: attachment)
	// shortcut: a text part (any type) named as a shortcut file (Open.url),
	// read as text and then for the targets a text scan misses, its
	// links KindShortcut as an attached shortcut's, never rewritten
	// (shortcut.go: readShortcutText).
	shortcut bool
	// body is the part without its transfer encoding, when pgp decoded it
	// (decoded), for the scan to reuse; decodeErr says the encoding was broken.
	body               []byte
	decoded, decodeErr bool
	// alt is the innermost multipart/alternative the part is inside, an
	// index of walker.alts plus one (0: none), and altAt the number of
	// that multipart's alternative holding it: collector.settleLead
	// reads the lead from the alternative a reader sees.
	alt, altAt int
}

// altGroup is a multipart/alternative of the message: the group it is
// inside (its parent's alt and altAt, as a leaf's), and first, the index
// in walker.leaves of its first text part, if it has one.
type altGroup struct {
	parent, at, first int
}

// walker collects the text leaves of a MIME tree with their byte offsets.
type walker struct {
	opts      Options
	stop      *stopper // nil: never stops
	parts     int
	leaves    []leaf
	attached  []leaf // attachments of an attachedType, read for links but never rewritten
	partial   bool   // a limit was hit (and nothing else sets it)
	malformed bool
	// ambiguous: a part's type can be read two ways (two Content-Type
	// fields, two boundary parameters), and mail clients differ in which
	// they take, so what one reader sees was not read.
	ambiguous bool
	signed    bool
	// sealed: part of the message is encrypted (multipart/encrypted,
	// S/MIME enveloped data, an inline PGP message): the reader's program
	// decrypts and shows it, milterd cannot read it.
	sealed  bool
	deepest int // largest depth of a multipart or message entity seen
	// bidiNames: file names of parts that hold a direction control
	// (noteFileNames), at most maxBidiNames.
	bidiNames []string
	// programNames: file names of attached parts that run or mount when
	// opened (ProgramFile), at most maxProgramNames.
	programNames []string
	// page: the entity walked is inside a saved web page (an .mht or
	// .mhtml file), whose HTML opens in the browser as a file does.
	page bool
	// decodeLeft: bytes that decoding messages attached in base64 or
	// quoted-printable may still make (decodeBudget).
	decodeLeft int64
	// alts are the multipart/alternative parts walked, in order; alt and
	// altAt place the entity walked in the innermost one (leaf.alt).
	alts       []altGroup
	alt, altAt int
}

// newWalker is a walker of a message of n bytes.
func newWalker(opts Options, stop *stopper, n int) walker {
	return walker{opts: opts, stop: stop, decodeLeft: decodeBudget(n)}
}

// decodeBudget is what decoding the messages attached in base64 or
// quoted-printable inside a message of n bytes may make in all: as much
// as its archives may inflate (zipBudget). Each such message is a copy of
// its encoded bytes, and quoted-printable of text without "=" is as long
// as the text, so a message of 60 MB nested 19 times in quoted-printable
// made 19 copies of itself (856 MB max RSS); base64 shrinks each level by
// a quarter, so even three forwards nested in base64, each the whole
// message, make less than twice it (0.75 + 0.56 + 0.42).
// Past it the message is not walked, as past MaxDepth: the scan is
// partial and overflows (scan_limit).
func decodeBudget(n int) int64 { return zipBudget(n) }

// withinDefaults reports whether a walk that hit no limit would also have
// hit none with the default limits, and so visited the very same entities.
func (w *walker) withinDefaults() bool {
	return !w.partial && w.parts <= DefaultMaxParts && w.deepest < DefaultMaxDepth
}

var pgpMarkers = [][]byte{[]byte("-----BEGIN PGP SIGNED MESSAGE-----"), []byte("-----BEGIN PGP MESSAGE-----")}

// Body returns the bytes after the header/body separator (the first empty
// line, CRLF CRLF or LF LF). A message without a separator has no body.
func Body(msg []byte) []byte {
	return msg[headerEnd(msg):]
}

// Signed reports whether msg is, or contains, an S/MIME or PGP signed or
// encrypted structure: multipart/signed, multipart/encrypted,
// application/(x-)pkcs7-mime, or an inline "-----BEGIN PGP" block in a text part.
func Signed(msg []byte) bool {
	w := newWalker(Options{}.withDefaults(), nil, len(msg))
	w.entity(msg, 0, len(msg), "", 0, false, true, "text/plain")
	return w.signed
}

// headerEnd returns the offset of the body in b: just after the first empty
// line, or len(b) if there is none. A block whose first line is not a header
// field has an empty header.
func headerEnd(b []byte) int {
	if !looksLikeHeader(b) {
		return 0
	}
	return blankLineEnd(b)
}

// blankLineEnd returns the offset after the first empty line of b (a line
// that is empty or only CR, ended by LF), or len(b).
func blankLineEnd(b []byte) int {
	switch {
	case bytes.HasPrefix(b, []byte("\n")):
		return 1
	case bytes.HasPrefix(b, []byte("\r\n")):
		return 2
	}
	// Search 4 KiB windows, which overlap by 2 bytes, so that a long body
	// is not searched for a pattern that ends the header early.
	for lo := 0; ; {
		hi := min(len(b), lo+4096)
		w := b[lo:hi]
		end := -1
		if i := bytes.Index(w, []byte("\n\r\n")); i >= 0 {
			end = lo + i + 3
		}
		if i := bytes.Index(w, []byte("\n\n")); i >= 0 && (end < 0 || lo+i+2 < end) {
			end = lo + i + 2
		}
		if end >= 0 {
			return end
		}
		if hi == len(b) {
			return len(b)
		}
		lo = hi - 2
	}
}

// looksLikeHeader reports whether b starts with a header field or an empty
// line. Blanks may stand between the field's name and its colon (RFC 5322
// 4.5.3, obs-optional; Postfix passes "Subject : x" on as a field): a first
// field written so made the whole message one text body, its multipart
// structure and every link in a base64 part unread.
func looksLikeHeader(b []byte) bool {
	for i, c := range b {
		switch {
		case c == ':':
			return i > 0 && !bytes.HasPrefix(b[i+1:], []byte("//"))
		case c == '\r' || c == '\n':
			return i == 0
		case (c == ' ' || c == '\t') && i > 0:
			return colonAfterBlanks(b[i:])
		case c <= ' ' || c >= 0x7f:
			return false
		}
	}
	return len(b) == 0
}

// colonAfterBlanks: b is blanks, then a colon.
func colonAfterBlanks(b []byte) bool {
	b = bytes.TrimLeft(b, " \t")
	return len(b) > 0 && b[0] == ':'
}

func parseHeader(b []byte) textproto.Header {
	h, _ := textproto.ReadHeader(bufio.NewReaderSize(bytes.NewReader(b), 1024))
	return h
}

// mimeFields returns the Content-Type and Content-Transfer-Encoding values
// of the header block b, as parseHeader(b).Get gives them.
func mimeFields(b []byte) (ctype, cte string) {
	if ctype, cte, ok := quickMIMEFields(b); ok {
		return ctype, cte
	}
	h := parseHeader(b)
	return h.Get("Content-Type"), h.Get("Content-Transfer-Encoding")
}

// quickMIMEFields is mimeFields without parsing every field: it follows
// textproto.ReadHeader line by line and gives up (ok false) wherever
// ReadHeader would stop at an error. FuzzMIMEFields checks it.
func quickMIMEFields(b []byte) (ctype, cte string, ok bool) {
	if len(b) > 0 && isSP(b[0]) {
		return "", "", false // malformed initial line
	}
	if n := len(b) - 1 - bytes.LastIndexByte(b, '\n'); n >= 1000 {
		// A long last line without LF can end exactly at the edge of
		// ReadHeader's 1 KiB buffer, and then it is dropped with an EOF.
		return "", "", false
	}
	haveCT, haveCTE := false, false
	for pos := 0; pos < len(b); {
		line, end := headerLine(b, pos)
		if len(line) == 0 {
			break // the blank line ending the header
		}
		for end < len(b) && isSP(b[end]) { // continuation lines
			_, end = headerLine(b, end)
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 0 {
			return "", "", false
		}
		key := trimSP(line[:colon])
		for _, c := range key {
			if c < 33 || c > 126 {
				return "", "", false
			}
		}
		switch {
		case !haveCT && asciiEqualFold(key, "content-type"):
			ctype, haveCT = fieldValue(b[pos:end], colon), true
		case !haveCTE && asciiEqualFold(key, "content-transfer-encoding"):
			cte, haveCTE = fieldValue(b[pos:end], colon), true
		}
		pos = end
	}
	return ctype, cte, true
}

func isSP(c byte) bool { return c == ' ' || c == '\t' }

// headerLine returns the line at pos as bufio.Reader.ReadLine gives it
// (without its LF or CRLF; a last line without LF is kept as is) and the
// offset after it.
func headerLine(b []byte, pos int) ([]byte, int) {
	i := bytes.IndexByte(b[pos:], '\n')
	if i < 0 {
		return b[pos:], len(b)
	}
	line := b[pos : pos+i]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, pos + i + 1
}

func trimSP(s []byte) []byte {
	for len(s) > 0 && isSP(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSP(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// fieldValue is the value of the (possibly continued) field f whose first
// line has its colon at colon: each line trimmed of spaces and tabs, empty
// ones dropped, joined by single spaces (textproto's trimAroundNewlines).
func fieldValue(f []byte, colon int) string {
	var sb strings.Builder
	for pos, first := 0, true; pos < len(f); first = false {
		line, next := headerLine(f, pos)
		if first {
			line = line[colon+1:]
		}
		if line = trimSP(line); len(line) > 0 {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.Write(line)
		}
		pos = next
	}
	return sb.String()
}

// contentType parses a Content-Type value leniently.
func contentType(v, def string) (string, map[string]string) {
	if strings.TrimSpace(v) == "" {
		return def, nil
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		mt = looseMediaType(v)
		params = looseParams(v)
	}
	if !strings.Contains(mt, "/") {
		return def, params
	}
	return mt, params
}

// looseMediaType returns the leading type/subtype token of a broken
// Content-Type such as "text/html charset=x". Of a token holding "?" only
// what follows the last one counts, as Thunderbird reads it (its fix for
// encoded words written into the field, "=?windows-1252?q?application/pdf"),
// so "=?utf-8?q?text/html" is text/html.
func looseMediaType(v string) string {
	v = strings.TrimSpace(v)
	end := strings.IndexFunc(v, func(r rune) bool { return r == ';' || r == ' ' || r == '\t' || r == ',' })
	if end >= 0 {
		v = v[:end]
	}
	if i := strings.LastIndexByte(v, '?'); i >= 0 {
		v = v[i+1:]
	}
	return strings.ToLower(v)
}

// looseParams extracts boundary and charset from a Content-Type that
// mime.ParseMediaType rejected.
func looseParams(v string) map[string]string {
	p := map[string]string{}
	low := asciiLower(v)
	for _, k := range []string{"boundary", "charset"} {
		i := strings.Index(low, k+"=")
		if i < 0 {
			continue
		}
		val := strings.TrimSpace(v[i+len(k)+1:])
		if strings.HasPrefix(val, `"`) {
			val, _, _ = strings.Cut(val[1:], `"`)
		} else if end := strings.IndexAny(val, "; \t"); end >= 0 {
			val = val[:end]
		}
		p[k] = val
	}
	return p
}

// ambiguousType: the header has a second Content-Type field that says
// something else, or its Content-Type names two different boundaries;
// readers differ in which they take. Identical copies (some scripts write
// the field twice) are one reading.
func ambiguousType(header []byte, ctype string) bool {
	if bs := paramValues(ctype, "boundary"); len(bs) > 1 && slices.ContainsFunc(bs[1:], func(b string) bool { return b != bs[0] }) {
		return true
	}
	vs := fieldValues(header, "content-type:")
	return len(vs) > 1 && slices.ContainsFunc(vs[1:], func(v string) bool { return !sameType(v, vs[0]) })
}

// ambiguousEncoding: the header has two Content-Transfer-Encoding fields
// that name different encodings ("7bit" and "base64"). Readers differ in
// which they take, so a body read as one may show a link to readers of the
// other. Identical copies are one reading.
func ambiguousEncoding(header []byte) bool {
	if indexFold(header, "content-transfer-encoding:") < 0 {
		return false
	}
	vs := fieldValues(header, "content-transfer-encoding:")
	return len(vs) > 1 && slices.ContainsFunc(vs[1:], func(v string) bool {
		return transferEncoding(v) != transferEncoding(vs[0])
	})
}

// sameType: two Content-Type values name the same type and boundary.
func sameType(a, b string) bool {
	ta, pa := contentType(a, "")
	tb, pb := contentType(b, "")
	return ta == tb && pa["boundary"] == pb["boundary"]
}

// paramValues are the values of the parameters named name in a header
// value's ";"-separated list (quotes removed), in order.
func paramValues(v, name string) []string {
	var out []string
	for _, p := range strings.Split(v, ";")[1:] {
		k, val, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			out = append(out, strings.Trim(strings.TrimSpace(val), `"`))
		}
	}
	return out
}

// fieldValues are the values of the header fields named so (with the
// colon) at the start of a line, unfolded enough to compare.
func fieldValues(header []byte, name string) []string {
	var out []string
	for i := 0; i < len(header); {
		j := indexFold(header[i:], name)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(name)
		if at != 0 && header[at-1] != '\n' {
			continue
		}
		_, end := headerLine(header, at)
		for end < len(header) && isSP(header[end]) {
			_, end = headerLine(header, end)
		}
		out = append(out, strings.Join(strings.Fields(string(header[i:end])), " "))
	}
	return out
}

// entity walks the entity in src[start:end].
func (w *walker) entity(src []byte, start, end int, path string, depth int, signed, rewritable bool, def string) {
	if w.parts >= w.opts.MaxParts || w.stop.stopped() {
		w.partial = true
		return
	}
	w.parts++
	b := src[start:end]
	hEnd := headerEnd(b)
	ctype, rawCTE := mimeFields(b[:hEnd])
	w.ambiguous = w.ambiguous || ambiguousType(b[:hEnd], ctype) || ambiguousEncoding(b[:hEnd])
	mt, params := contentType(ctype, def)
	cte := transferEncoding(rawCTE)
	bodyStart := start + hEnd
	mt = fileType(mediaAlias(mt), params, b[:hEnd])
	if strings.HasPrefix(mt, "message/") && mt != "message/rfc822" && mt != "message/global" &&
		mt != "message/partial" && mt != "message/external-body" {
		// Thunderbird shows any other message subtype as text/plain
		// (a delivery report, message/x-anything), its URLs as links.
		mt = "text/plain"
	}
	w.noteFileNames(params, b[:hEnd])
	att := attachedType(mt)
	switch {
	case strings.HasPrefix(mt, "multipart/"):
		w.multipart(src, bodyStart, end, path, depth, signed, rewritable, mt, params["boundary"])
	case mt == "message/rfc822" || mt == "message/global":
		outer := w.page
		w.page = outer || savedPage(params, b[:hEnd])
		w.message(src, bodyStart, end, path, depth, signed, rewritable, cte)
		w.page = outer
	case mt == "application/pkcs7-mime" || mt == "application/x-pkcs7-mime":
		w.signedData(src, bodyStart, end, path, depth, cte)
	case att != "":
		w.attached = append(w.attached, leaf{path: path, mtype: att, cte: cte, src: src,
			bodyStart: bodyStart, bodyEnd: end, signed: signed})
	case strings.HasPrefix(mt, "text/"):
		if mt != "text/html" && mt != "text/calendar" && !vCardType(mt) {
			// RFC 2046 4.1.4: an unrecognised text subtype is shown
			// as text/plain, and mail clients do so (Thunderbird shows
			// text/enriched, text/x-anything inline and links its URLs).
			mt = "text/plain"
		}
		l := leaf{path: path, mtype: mt, charset: strings.ToLower(params["charset"]), cte: cte,
			src: src, bodyStart: bodyStart, bodyEnd: end, rewritable: rewritable && !readOnlyCTE(cte), signed: signed,
			delsp:    strings.EqualFold(params["format"], "flowed") && strings.EqualFold(params["delsp"], "yes"),
			attached: attachedFile(params, b[:hEnd]),
			shortcut: typeByFileName("", params, b[:hEnd]) == attShortcut,
			alt:      w.alt, altAt: w.altAt}
		l.file = mt == "text/html" && !l.shortcut && (l.attached || w.page)
		if mt == "text/html" {
			l.base = contentBase(b[:hEnd])
		}
		if !l.signed {
			l.signed = l.pgp()
			w.sealed = w.sealed || l.signed && pgpSealed(l.raw())
		}
		w.signed = w.signed || l.signed
		w.leaves = append(w.leaves, l)
		if mt == "text/plain" {
			w.inlineFiles(l, depth)
		}
	}
}

// transferEncoding is the lowercased Content-Transfer-Encoding a mail
// program applies: the field's first token, up to white space, ";" or ","
// (Thunderbird's MimeHeaders_get with strip_p), so "base64; x" or
// "base64 (utf-8)" is base64. Read as the whole value, such a body stayed
// encoded and its links unread.
func transferEncoding(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, " \t\r\n;,"); i >= 0 {
		v = v[:i]
	}
	return strings.ToLower(v)
}

// contentBase is the base URL an HTML part's header gives its relative
// links: its Content-Base field, else its Content-Location (RFC 2110,
// RFC 2557). Thunderbird writes it as a <BASE HREF> ahead of the part's
// markup, with every space and quote removed (a long URL is folded over
// lines), so <a href="view?id=1"> opens a page on that site. "" when the
// header has neither.
func contentBase(header []byte) string {
	for _, name := range []string{"content-base:", "content-location:"} {
		if indexFold(header, name) < 0 {
			continue
		}
		if vs := fieldValues(header, name); len(vs) > 0 {
			return strings.Map(func(r rune) rune {
				if r == '"' || r == ' ' || r == '\t' || r == '\r' || r == '\n' {
					return -1
				}
				return r
			}, vs[0])
		}
	}
	return ""
}

// Attachments read for links: what attachedType returns.
const (
	attPDF    = "application/pdf"
	attSVG    = "image/svg+xml"
	attOffice = "application/x-ooxml" // any OOXML or OpenDocument document
	attZip    = "application/zip"
	attGzip   = "application/gzip"
	attTar    = "application/x-tar"
	attTNEF   = "application/ms-tnef"
	attRTF    = "application/rtf"
	attRar    = "application/vnd.rar"         // only its file names are read (rar.go)
	att7z     = "application/x-7z-compressed" // only its file names are read (sevenzip.go)
	// attShortcut is a shortcut file (.url, .website, .webloc, .iqy,
	// .library-ms, .searchconnector-ms), read for the address it opens
	// (shortcut.go).
	attShortcut = "application/internet-shortcut"
)

// attachedType says whether the media type mt is a PDF, SVG, OOXML (Word,
// Excel, PowerPoint) or RTF document, read for links, a PNG, JPEG or GIF image,
// read for a QR code, or a zip archive, whose such files are read; else "".
func attachedType(mt string) string {
	switch {
	case mt == attPDF || mt == "application/x-pdf" || mt == "application/acrobat":
		return attPDF
	case mt == attSVG:
		return attSVG
	case mt == attRTF || mt == "text/rtf" || mt == "application/x-rtf" || mt == "application/msword":
		return attRTF // Word opens RTF named .doc as RTF; a binary .doc yields nothing
	case mt == attZip || mt == "application/x-zip-compressed" || mt == "application/x-zip":
		return attZip
	case mt == attGzip || mt == "application/x-gzip" || mt == "application/x-compressed-tar" || mt == "application/x-tgz":
		return attGzip
	case mt == attTar || mt == "application/x-gtar":
		return attTar
	case mt == attTNEF || mt == "application/vnd.ms-tnef":
		return attTNEF
	case mt == attRar || mt == "application/x-rar-compressed" || mt == "application/x-rar":
		return attRar
	case mt == att7z:
		return att7z
	case mt == attShortcut || mt == "application/x-mswinurl" || mt == "application/x-url":
		return attShortcut
	case mt == attImage || mt == "image/png" || mt == "image/jpeg" || mt == "image/jpg" || mt == "image/pjpeg" || mt == "image/gif":
		return attImage
	case mt == attOffice || strings.HasPrefix(mt, "application/vnd.openxmlformats-officedocument.") ||
		strings.HasPrefix(mt, "application/vnd.ms-") && strings.Contains(mt, "macroenabled") ||
		strings.HasPrefix(mt, "application/vnd.oasis.opendocument."):
		return attOffice // OpenDocument (.odt, .ods, .odp) is a zip of XML parts too
	}
	return ""
}

// typeByFileName is the media type that the file name of an
// application/octet-stream part (its name parameter or its
// Content-Disposition filename) says, for the types read here, else mt:
// many mailers label every attachment so, and the reader's programs open
// it by its name (an HTML file as a page).
func typeByFileName(mt string, params map[string]string, header []byte) string {
	if t := typeByName(fileName(params["name"])); t != "" {
		return t
	}
	if _, dp := disposition(header); dp != nil {
		if t := typeByName(fileName(dp["filename"])); t != "" {
			return t
		}
	}
	return mt
}

// nameDecoder decodes RFC 2047 encoded words in any charset go-message knows.
var nameDecoder = mime.WordDecoder{CharsetReader: charset.Reader}

// fileName is a name or filename parameter as mail programs show it: its
// RFC 2047 encoded words decoded. RFC 2047 forbids them inside a
// parameter, but Outlook, Gmail and Thunderbird write and read them
// there ("=?UTF-8?B?SW52b2ljZS5odG1s?=" is Invoice.html), so a file name
// hidden in one still opens by its extension.
func fileName(v string) string {
	if !strings.Contains(v, "=?") {
		return v
	}
	if d, err := nameDecoder.DecodeHeader(v); err == nil {
		return d
	}
	return v
}

// fileType is the type a part is read as: the one its file name says when
// that is a type read here and the declared one is not already HTML. The
// reader's programs open a file by its name, so "invoice.html" declared as
// a PDF, plain text or Word opens as a page, and "logo.svg" declared as a
// PNG runs as SVG; a lure picks the declared type milterd would not read.
// A structure (multipart, message) is never re-typed, and a text part
// only into a page: a name must not make milterd read less of a part than
// the declared type does, or a lure would name its body "scan.pdf".
func fileType(mt string, params map[string]string, header []byte) string {
	if mt == "text/html" || strings.HasPrefix(mt, "multipart/") || strings.HasPrefix(mt, "message/") {
		return mt
	}
	ft := typeByFileName("", params, header)
	switch {
	case ft == "" || sameKind(ft, mt):
		return mt
	case strings.HasPrefix(mt, "text/") && ft != "text/html":
		return mt
	case (ft == attRTF || ft == attRar || ft == att7z) && attachedType(mt) != "":
		// Word opens a .doc or .rtf file by what it holds (an OOXML
		// document, a PDF), and the RTF reader reads only RTF: the
		// declared reading is kept. A RAR or 7z archive gives only
		// its file names, never links: a PDF named .rar is read as
		// declared.
		return mt
	}
	return ft
}

// sameKind: the file name's type ft agrees with the declared type mt (an
// image named .png declared as image/jpeg is still an image).
func sameKind(ft, mt string) bool {
	return ft == mt || ft == attImage && attachedType(mt) == attImage
}

// mediaAlias maps other names of the types read here to theirs.
func mediaAlias(mt string) string {
	switch mt {
	case "application/xhtml+xml", "text/x-html", "application/x-html", "text/x-amp-html":
		return "text/html"
	case "application/ics", "text/x-vcalendar":
		return "text/calendar"
	case "message/news", "application/x-mimearchive":
		// A news article, which Thunderbird reads as a message, and a
		// saved web page (MHTML), which is a message holding the page.
		return "message/rfc822"
	}
	return mt
}

// typeByName maps a file name's extension to a media type read here; dots
// and spaces at the end, which Windows drops, are dropped first.
func typeByName(name string) string {
	name = strings.TrimRight(name, ". ")
	if strings.EqualFold(name, "winmail.dat") {
		return attTNEF // Outlook's TNEF, sent under this name
	}
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return ""
	}
	if rarVolume(name[i:]) {
		return attRar
	}
	switch strings.ToLower(name[i:]) {
	case ".pdf":
		return attPDF
	case ".svg":
		return attSVG
	case ".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".pptm", ".odt", ".ods", ".odp":
		return attOffice
	case ".png", ".jpg", ".jpeg", ".gif":
		return attImage
	case ".zip":
		return attZip
	case ".gz", ".tgz":
		return attGzip
	case ".tar":
		return attTar
	case ".rar":
		return attRar
	case ".7z":
		return att7z
	case ".rtf", ".doc":
		return attRTF
	case ".htm", ".html", ".xhtml", ".xht", ".shtml", ".hta":
		return "text/html"
	case ".eml", ".mht", ".mhtml":
		// An .mht or .mhtml file is a saved web page in MIME form,
		// which opens in the browser (Edge) as the page it holds.
		return "message/rfc822"
	case ".ics":
		return "text/calendar"
	case ".url", ".website", ".webloc", ".iqy", ".library-ms", ".searchconnector-ms":
		// A shortcut, an Excel web query (Excel fetches the address
		// on its second line when the file opens) or a Windows library
		// or search connector (Explorer opens its <url> as a folder):
		// its text holds the address it opens (shortcut.go).
		return attShortcut
	}
	return ""
}

// rarVolume: ext (".r00" to ".r99", case aside) names a volume after the
// first of a RAR archive split in the old way (Invoice.rar, Invoice.r00,
// Invoice.r01): each volume opens with RAR's signature and lists the
// files it holds, 7-Zip opens one by that signature, and a filter that
// knows only .rar passes it.
func rarVolume(ext string) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return len(ext) == 4 && (ext[1] == 'r' || ext[1] == 'R') && digit(ext[2]) && digit(ext[3])
}

// savedPage: the part's file name says it is a saved web page (.mht,
// .mhtml): the browser (Edge) opens it and runs its pages' script, where a
// forwarded message (.eml) opens in the mail program, which runs none.
func savedPage(params map[string]string, header []byte) bool {
	for _, n := range fileNames(params, header) {
		n = strings.ToLower(strings.TrimRight(n, ". "))
		if strings.HasSuffix(n, ".mht") || strings.HasSuffix(n, ".mhtml") {
			return true
		}
	}
	return false
}

// fileNames are a part's file names: its name parameter and its
// Content-Disposition filename, as mail programs show them (fileName).
func fileNames(params map[string]string, header []byte) []string {
	names := []string{fileName(params["name"])}
	if _, dp := disposition(header); dp != nil {
		names = append(names, fileName(dp["filename"]))
	}
	return names
}

// maxBidiNames bounds the file names noteFileNames keeps for bidiNames.
const maxBidiNames = 4

// noteFileNames reads the part's file names once, for what the walker
// notes of them, and only from a header that may hold what is noted:
//   - bidiNames, those holding a direction control (bidiControl):
//     "invoice\u202efdp.exe" shows as "invoiceexe.pdf", so the reader
//     opens a program for a document. Whether the control reorders what
//     is shown is scoring's to judge (disguised_text). The header must
//     hold the controls' UTF-8 lead byte, raw or percent-encoded as an
//     RFC 2231 value encodes it (with a language tag or without:
//     utf-8'en'invoice%E2%80%AEfdp.exe), or an RFC 2047 encoded word.
//   - programNames, those of programs (ProgramFile). The header must name
//     a file; parameter names are case-insensitive ("fileName=" names the
//     file as "filename=" does).
func (w *walker) noteFileNames(params map[string]string, header []byte) {
	bidi := len(w.bidiNames) < maxBidiNames && mayHoldBidi(header)
	prog := len(w.programNames) < maxProgramNames && (params["name"] != "" || indexFold(header, "filename") >= 0)
	if !bidi && !prog {
		return
	}
	for _, n := range fileNames(params, header) {
		if bidi && len(w.bidiNames) < maxBidiNames && strings.ContainsFunc(n, bidiControl) {
			w.bidiNames = append(w.bidiNames, n)
		}
		if prog {
			w.programNames = noteProgramName(w.programNames, n, true)
		}
	}
}

// mayHoldBidi: the header may hold a direction control in a file name
// (noteFileNames).
func mayHoldBidi(header []byte) bool {
	return bytes.IndexByte(header, 0xE2) >= 0 || bytes.Contains(header, []byte("=?")) ||
		bytes.Contains(header, []byte("%E2")) || bytes.Contains(header, []byte("%e2"))
}

// noteBidiName keeps the name of a file in an archive when it holds a
// direction control, as noteFileNames keeps an attached file's: zipped
// "invoice\u202efdp.exe" shows as "invoiceexe.pdf" once unpacked.
func (sc *scan) noteBidiName(name string) {
	if len(sc.bidiNames) < maxBidiNames && strings.ContainsFunc(name, bidiControl) {
		sc.bidiNames = append(sc.bidiNames, name)
	}
}

// bidiControl: the Unicode controls that embed, override or isolate the
// direction of a run of text (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
func bidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// attachedFile: the part is a file attached to the message (it has a file
// name, or Content-Disposition: attachment), not a body the mail client
// shows.
func attachedFile(params map[string]string, header []byte) bool {
	if params["name"] != "" {
		return true
	}
	d, dp := disposition(header)
	return d == "attachment" || dp["filename"] != ""
}

// disposition parses a part's Content-Disposition field: its type and
// parameters, or "" and nil when there is none or it is broken. The header
// is parsed only when it names the field.
func disposition(header []byte) (string, map[string]string) {
	if indexFold(header, "content-disposition") < 0 {
		return "", nil
	}
	h := parseHeader(header)
	d, dp, err := mime.ParseMediaType(h.Get("Content-Disposition"))
	if err != nil {
		return "", nil
	}
	return d, dp
}

// pgp reports inline PGP in the part. An encoded body is read decoded (a
// clearsigned text sent in base64, or in quoted-printable that escapes its
// dashes, hides its marker from the raw bytes), and the decoded body is
// kept for the scan, so no part is decoded twice.
func (l *leaf) pgp() bool {
	body := l.src[l.bodyStart:l.bodyEnd]
	if hasPGP(body) {
		return true
	}
	if l.cte != "base64" && l.cte != "quoted-printable" {
		return false
	}
	var err error
	l.body, err = decodeCTE(l.cte, body)
	l.decoded, l.decodeErr = true, err != nil
	return hasPGP(l.body)
}

// raw is the part's body, decoded when pgp decoded it.
func (l *leaf) raw() []byte {
	if l.decoded {
		return l.body
	}
	return l.src[l.bodyStart:l.bodyEnd]
}

// hasPGP reports whether b contains one of pgpMarkers, which share a prefix.
// pgpSealed: the part is an inline PGP message, its text opening with the
// armor (after blank lines). An armored block further down is a post or a
// reply quoting one (a list discussing gpg): mail programs decrypt only
// a part that is the message, and since EFAIL none shows a block
// decrypted inside other text unasked.
func pgpSealed(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), pgpMarkers[1])
}

func hasPGP(b []byte) bool {
	prefix := []byte("-----BEGIN PGP ")
	for {
		i := bytes.Index(b, prefix)
		if i < 0 {
			return false
		}
		for _, m := range pgpMarkers {
			if bytes.HasPrefix(b[i:], m) {
				return true
			}
		}
		b = b[i+1:]
	}
}

func childPath(path string, i int) string {
	if path == "" {
		return itoa(i)
	}
	return path + "." + itoa(i)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func (w *walker) multipart(src []byte, start, end int, path string, depth int, signed, rewritable bool, mt, boundary string) {
	w.deepest = max(w.deepest, depth)
	if depth >= w.opts.MaxDepth {
		w.partial = true
		return
	}
	if boundary == "" {
		// Without a boundary there are no parts: mail clients show the
		// body as text, and its URLs as links.
		w.malformed = true
		w.leaves = append(w.leaves, leaf{path: childPath(path, 1), mtype: "text/plain", src: src,
			bodyStart: start, bodyEnd: end, rewritable: rewritable, signed: signed, alt: w.alt, altAt: w.altAt})
		return
	}
	if mt == "multipart/signed" || mt == "multipart/encrypted" {
		signed = true
		w.signed = true
		w.sealed = w.sealed || mt == "multipart/encrypted"
	}
	def := "text/plain"
	if mt == "multipart/digest" {
		def = "message/rfc822"
	}
	parts, closed := splitMultipart(src, start, end, boundary)
	if !closed {
		w.malformed = true
	}
	if mt != "multipart/alternative" {
		for i, p := range parts {
			w.entity(src, p[0], p[1], childPath(path, i+1), depth+1, signed, rewritable, def)
		}
		return
	}
	outer, outerAt := w.alt, w.altAt
	w.alts = append(w.alts, altGroup{parent: outer, at: outerAt, first: len(w.leaves)})
	w.alt = len(w.alts)
	for i, p := range parts {
		w.altAt = i + 1
		w.entity(src, p[0], p[1], childPath(path, i+1), depth+1, signed, rewritable, def)
	}
	w.alt, w.altAt = outer, outerAt
}

func (w *walker) message(src []byte, start, end int, path string, depth int, signed, rewritable bool, cte string) {
	w.deepest = max(w.deepest, depth)
	if depth >= w.opts.MaxDepth {
		w.partial = true
		return
	}
	if cte == "base64" || cte == "quoted-printable" {
		if int64(end-start) > w.decodeLeft { // decoding never makes more than it reads
			w.partial = true
			return
		}
		inner, err := decodeCTE(cte, src[start:end])
		if err != nil {
			w.malformed = true
		}
		w.decodeLeft -= int64(len(inner))
		w.entity(inner, 0, len(inner), path, depth+1, signed, false, "text/plain")
		return
	}
	w.entity(src, start, end, path, depth+1, signed, rewritable, "text/plain")
}

// splitMultipart returns the [start,end) ranges of the parts of the
// multipart body src[start:end] and whether the close delimiter was seen.
// The line break before a delimiter belongs to the delimiter (RFC 2046).
func splitMultipart(src []byte, start, end int, boundary string) ([][2]int, bool) {
	delim := []byte("--" + boundary)
	var parts [][2]int
	partStart := -1
	for pos := start; pos < end; {
		i := bytes.Index(src[pos:end], delim)
		if i < 0 {
			break
		}
		d := pos + i
		after := d + len(delim)
		if d > start && src[d-1] != '\n' {
			pos = after
			continue
		}
		isClose := after+1 < end && src[after] == '-' && src[after+1] == '-'
		rest := after
		if isClose {
			rest += 2
		}
		lineEnd, ok := softBreak(src[:end], rest) // only linear whitespace may follow a delimiter
		if !ok {
			pos = after
			continue
		}
		if partStart >= 0 {
			parts = append(parts, [2]int{partStart, trimEOL(src, partStart, d)})
		}
		if isClose {
			return parts, true
		}
		partStart = lineEnd
		pos = lineEnd
	}
	if partStart >= 0 {
		parts = append(parts, [2]int{partStart, end})
	}
	return parts, false
}

// trimEOL returns the end of a part that is followed by a delimiter at d:
// the CRLF or LF before d is not part of the content.
func trimEOL(src []byte, partStart, d int) int {
	if d > partStart && src[d-1] == '\n' {
		d--
		if d > partStart && src[d-1] == '\r' {
			d--
		}
	}
	return d
}

// asciiLower lowercases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
