package links

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// hiddenRedirect: an HTML document's script sends the browser to another
// address (location = ..., location.href = ..., location.replace(...),
// location.assign(...), window.open(...) (open(...) alone, self.open(...)),
// an anchor it builds and clicks,
// a <meta http-equiv=refresh> it writes), or offers a file it builds
// (URL.createObjectURL, a data: URL of a long base64 payload), from an
// address or data that it decodes or assembles instead of writing it:
// atob, String.fromCharCode, unescape or decodeURIComponent whose value
// reaches the navigation's (redirect_flow.go; the whole script's names,
// read once, in redirect_names.go), an address split into quoted pieces joined with +, .join(”)
// or .concat(...) ('ht'+'tps://' + 'evil' + '.example'), or spelled with
// escapes ('\x68\x74\x74\x70', '\u0068'), so that no reader of the file
// sees where it leads. Escapes and bracket access (location['href'],
// window["location"]) are read as the plain names they stand for. Script
// that the page decodes from a written string (eval(atob("...")),
// Function(atob(..))(), setTimeout(atob(..)), document.write(atob(..)))
// hides any navigation in it; a call that runs script (eval, also
// indirect or held in a name) on a decoded value the page does not write
// out hides what it runs, while document.write of one counts only when
// the string it decodes is known (written, assigned to the name it is
// given, or the text of the element it reads by id) and navigates or
// holds a form or a password field (a sign-in page smuggled whole, also
// written from a literal); an object URL a worker
// runs is no navigation (redirect_flow.go). A <meta http-equiv=refresh> to
// a data: or javascript: URL runs or shows a page named nowhere. This is
// HTML smuggling's redirect: the attached "remittance" opens in the
// browser and forwards the reader at once to a page named nowhere. A
// saved web page's script reads its location (document.location.protocol
// == "https:") and writes its analytics addresses in clear; it has no
// need to hide a destination it navigates to, and what it decodes of the
// browser's own state (its ReturnUrl parameter, a cookie) the file never
// wrote (redirect_runtime.go) (Extracted.HiddenRedirect). A reversed
// written string, a frame's or a built script's src, an address assembled from the store
// the script fills, Reflect.apply(eval, ...), and a navigation called
// through call, apply or Reflect.set are read too (redirect_fold.go).
// The document of a frame (an iframe's srcdoc, a data: URL of HTML in an
// iframe, frame, embed or object) is read as the page's own, up to
// maxRedirectFrames deep: a srcdoc frame is of the page's origin and
// sends its top window where it likes.
func hiddenRedirect(doc []byte) bool {
	r := redirectReader{budget: maxDecodedScript}
	return r.document(doc, 0)
}

// maxRedirectFrames bounds how deep frames in frames hiddenRedirect
// reads (each frame's document is no longer than the attribute holding
// it, so each level costs at most the page's length).
const maxRedirectFrames = 4

// document is hiddenRedirect of doc, a frame frames deep.
func (r *redirectReader) document(doc []byte, frames int) bool {
	outer, outerFrames := r.doc, r.frames
	r.doc, r.frames = doc, readFrames(doc)
	defer func() { r.doc, r.frames = outer, outerFrames }()
	z := xhtml.NewTokenizer(bytes.NewReader(doc))
	inScript := false
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return false
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, more := z.TagName()
			inScript = string(name) == "script"
			meta := string(name) == "meta"
			var equiv, content string
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if bytes.HasPrefix(k, []byte("on")) && r.hides(v, 0) {
					return true
				}
				if frames < maxRedirectFrames {
					if sub := frameDocument(string(name), string(k), v); sub != nil && r.document(sub, frames+1) {
						return true
					}
				}
				switch {
				case !meta:
				case string(k) == "http-equiv" && equiv == "":
					equiv = string(v)
				case string(k) == "content" && content == "":
					content = string(v)
				}
			}
			if meta && refreshesToScript(equiv, content) {
				return true
			}
		case xhtml.EndTagToken:
			inScript = false
		case xhtml.TextToken:
			if inScript && r.hides(z.Text(), 0) {
				return true
			}
		}
	}
}

// frameDocument is the document attribute k of element name holds: an
// iframe's srcdoc, or a data: URL of HTML as an iframe's, frame's or
// embed's src or an object's data (dataHTML); nil for any other.
func frameDocument(name, k string, v []byte) []byte {
	switch {
	case name == "iframe" && k == "srcdoc":
		return bytes.Clone(v)
	case (name == "iframe" || name == "frame" || name == "embed") && k == "src", name == "object" && k == "data":
		return dataHTML(string(v))
	}
	return nil
}

// refreshesToScript: a <meta http-equiv=refresh> whose content goes to a
// data: or javascript: URL (browsers drop tabs and newlines in a URL, and
// read its scheme in any case).
func refreshesToScript(equiv, content string) bool {
	if !asciiEqualFold(bytes.TrimSpace([]byte(equiv)), "refresh") {
		return false
	}
	v := []byte(content)
	i := 0
	for i < len(v) && (isHTMLSpace(v[i]) || v[i] >= '0' && v[i] <= '9' || v[i] == '.' || v[i] == ';' || v[i] == ',') {
		i++
	}
	if i+3 <= len(v) && asciiEqualFold(v[i:i+3], "url") {
		i += 3
		for i < len(v) && (isHTMLSpace(v[i]) || v[i] == '=') {
			i++
		}
	}
	t := trimLeftCut(v[i:], "'\" \t\r\n\f")
	t = lowerBytes(bytes.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, t[:min(len(t), 32)]))
	return bytes.HasPrefix(t, []byte("data:")) || bytes.HasPrefix(t, []byte("javascript:"))
}

// openers are the calls that open an address or a file the script made:
// a window, the Navigation API's navigate (the location's assign by
// another name), or a download built in the page (HTML smuggling's
// file, URL.createObjectURL of a Blob).
var openers = [][]byte{[]byte("window.open("), []byte("createobjecturl("), []byte("navigation.navigate(")}

// decoders are the calls that turn a written string into an address.
var decoders = [][]byte{[]byte("atob("), []byte("fromcharcode("), []byte("unescape("), []byte("decodeuricomponent(")}

// executors are the functions that run a string as script: what a
// decoder returns straight into them is script the page hides; writers
// the ones that write it as markup, counted when the decoded string is
// known and navigates (redirect_flow.go).
var (
	executors = [][]byte{[]byte("eval"), []byte("function"), []byte("settimeout"), []byte("setinterval")}
	writers   = [][]byte{[]byte("write"), []byte("writeln")}
)

// navWindow is how far before and after a navigation hidesNavigation
// looks for the address being decoded or assembled: a kit decodes the
// address next to where it goes there, while a bundled library's
// decodeURIComponent and its location code lie far apart.
const navWindow = 400

// maxNavigations bounds the navigations one script is searched around,
// and maxDecodes the decoder calls whose written argument is decoded,
// which keeps the reading linear: a kit navigates or decodes once or
// twice.
const (
	maxNavigations = 16
	maxDecodes     = 16
)

// maxDecodedScript bounds the bytes of decoded script one document's
// reading looks into, at every depth together; maxDecodeDepth bounds how
// deep decoded script inside decoded script is read.
const (
	maxDecodedScript = 256 << 10
	maxDecodeDepth   = 2
)

// redirectReader holds one document's budget of decoded script, and
// the document (or frame) whose script it reads (nil: a script alone).
type redirectReader struct {
	budget int
	doc    []byte
	frames frameSet // doc's iframe and frame elements
}

// hidesNavigation: script navigates and, near where it does, hides where
// (hiddenRedirect).
func hidesNavigation(script []byte) bool {
	r := redirectReader{budget: maxDecodedScript}
	return r.hides(script, 0)
}

// hides is hidesNavigation for script found depth decodings deep.
func (r *redirectReader) hides(script []byte, depth int) bool {
	n, esc := jsPlain(script)
	s := lowerBytes(n)
	foldReversals(n, s)
	foldReflects(n, s)
	foldNavCalls(n, s)
	g := readBigrams(s)
	quietRuntimeDecoders(n, s, g)
	ev := scriptFlow(s)
	if r.runsDecoded(n, s, ev, depth, g) {
		return true
	}
	for _, nv := range frameSources(n, s, &r.frames, navigations(s, g), g) {
		lo, hi := max(0, nv.at-navWindow), min(len(s), nv.at+navWindow)
		w := s[lo:hi]
		if nv.payload || escapedName(s, esc, lo, hi) || storeAssembled(s, nv, g) {
			return true
		}
		if decodedTarget(s, nv, lo, w, ev) {
			return true
		}
		joined := joinPieces(w, bytes.Contains(w, []byte(".join(")) || bytes.Contains(w, []byte(".concat(")))
		if bytes.Count(joined, []byte("://")) > bytes.Count(w, []byte("://")) ||
			bytes.Count(joined, []byte("http")) > bytes.Count(w, []byte("http")) {
			return true
		}
	}
	return false
}

// runsDecoded: script n (s in lower case) decodes a written string
// (atob, unescape, decodeURIComponent) into script that navigates, or
// runs what a decoder returns (executors) without writing its argument.
func (r *redirectReader) runsDecoded(n, s []byte, ev []flowEvent, depth int, g *bigrams) bool {
	hidden, computed := computedEvals(n, s, ev, g)
	if hidden {
		return true
	}
	var aliases [][]byte
	read := false
	held := func() [][]byte { // evalAliases of s and computedEvals', read once
		if !read {
			aliases, read = append(evalAliases(s, g), computed...), true
		}
		return aliases
	}
	if r.runsDecodedName(n, s, ev, depth, held(), g) {
		return true
	}
	for _, d := range decoders {
		for at := range occurrences(g, s, d, maxDecodes) {
			off := at + len(d)
			limit := 0
			if depth < maxDecodeDepth {
				limit = r.budget
			}
			lit, ok := joinedArg(n[off:], limit)
			switch {
			case ok && depth < maxDecodeDepth && r.budget >= len(lit):
				r.budget -= len(lit)
				if dec := decodeWritten(d, lit); dec != nil && (r.navigatesIn(dec, depth+1) || credentialMarkup(dec) && writesMarkup(s[:at])) {
					return true
				}
			case !ok && !wrapsDecoder(s[off:]):
				if r.runsUnwritten(n, s, at, off, d, depth, held) {
					return true
				}
			}
		}
	}
	return false
}

// navigatesIn: decoded script or markup navigates anywhere (a navigation
// written out inside a decoded string is hidden by it).
func (r *redirectReader) navigatesIn(dec []byte, depth int) bool {
	n, _ := jsPlain(dec)
	return len(navigations(lowerBytes(n), nil)) > 0 || r.hides(dec, depth)
}

// identByte: b[i] exists and may stand in a JavaScript name.
func identByte(b []byte, i int) bool {
	return i >= 0 && i < len(b) && (isAlnum(b[i]) || b[i] == '_' || b[i] == '$')
}

// maxArgPieces bounds the quoted pieces joinedArg joins.
const maxArgPieces = 64

// joinedArg is quotedArg of a call's argument written as quoted pieces
// joined with + (atob('bG9j' + 'YXRpb24=')): the pieces it starts with,
// joined, up to the first that is no quoted piece (a variable's value,
// unknown, ends it), or the first piece alone when the joined pieces
// pass limit bytes (what is left of the decoding budget).
func joinedArg(b []byte, limit int) ([]byte, bool) {
	lit, ok := quotedArg(b)
	if !ok {
		return nil, false
	}
	first := lit
	var out []byte
	for range maxArgPieces {
		b = trimLeftCut(b, " \t\r\n")
		end := 1 + len(lit) + 1 // the piece and its quotes
		rest := trimLeftCut(b[end:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '+' {
			break
		}
		next, more := quotedArg(rest[1:])
		if !more {
			break
		}
		if max(len(out), len(lit))+len(next) > limit {
			return first, true
		}
		if out == nil {
			out = append([]byte(nil), lit...)
		}
		out = append(out, next...)
		b, lit = trimLeftCut(rest[1:], " \t\r\n"), next
	}
	if out == nil {
		return lit, true
	}
	return out, true
}

// quotedArg returns the string literal a call's argument starts with,
// white space allowed, up to its closing quote (no escapes inside: a
// written base64 or percent string has none), or false.
func quotedArg(b []byte) ([]byte, bool) {
	b = trimLeftCut(b, " \t\r\n")
	if len(b) < 2 || (b[0] != '\'' && b[0] != '"' && b[0] != '`') {
		return nil, false
	}
	j := bytes.IndexByte(b[1:], b[0])
	if j < 0 {
		return nil, false
	}
	lit := b[1 : 1+j]
	if bytes.IndexByte(lit, '\\') >= 0 {
		return nil, false
	}
	return lit, true
}

// decodeWritten decodes the literal of decoder d: base64 for atob
// (padding optional, white space ignored, as browsers read it), %XX for
// the others; nil when it decodes to nothing.
func decodeWritten(d, lit []byte) []byte {
	var buf decodeBuf
	return buf.decode(d, lit)
}

// decodeBuf holds the storage decodeWritten's decoding reuses: a reader
// that decodes many written strings (every atob of a bundled report's
// images) allocates once, not per string.
type decodeBuf struct {
	clean, out []byte
}

// decode is decodeWritten of d and lit, in b's storage: the result holds
// until the next call.
func (b *decodeBuf) decode(d, lit []byte) []byte {
	if string(d) == "atob(" {
		b.clean = b.clean[:0]
		for _, c := range lit { // bytes removed are ASCII: as a rune-wise filter would
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '=' {
				b.clean = append(b.clean, c)
			}
		}
		n := base64.RawStdEncoding.DecodedLen(len(b.clean))
		if cap(b.out) < n {
			b.out = make([]byte, n)
		}
		k, err := base64.RawStdEncoding.Decode(b.out[:n], b.clean)
		if err != nil {
			return nil
		}
		if b.out == nil {
			return []byte{}
		}
		return b.out[:k]
	}
	if string(d) == "fromcharcode(" {
		return nil
	}
	b.out = appendPercentDecoded(b.out[:0], lit)
	if b.out == nil {
		return []byte{}
	}
	return b.out
}

// percentDecode decodes each %XX of b (and %uXXXX of unescape), keeping
// any other byte.
func percentDecode(b []byte) []byte {
	return appendPercentDecoded(make([]byte, 0, len(b)), b)
}

// appendPercentDecoded appends percentDecode of b to out.
func appendPercentDecoded(out, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		if b[i] == '%' {
			if v, ok := hexVal(b[i+1:], 2); ok {
				out = append(out, byte(v))
				i += 2
				continue
			}
			if i+1 < len(b) && (b[i+1] == 'u' || b[i+1] == 'U') {
				if v, ok := hexVal(b[i+2:], 4); ok {
					out = utf8.AppendRune(out, rune(v))
					i += 5
					continue
				}
			}
		}
		out = append(out, b[i])
	}
	return out
}

// hexVal reads n hex digits at the start of b.
func hexVal(b []byte, n int) (int, bool) {
	if len(b) < n {
		return 0, false
	}
	v := 0
	for _, c := range b[:n] {
		d, ok := unhex(c)
		if !ok {
			return 0, false
		}
		v = v<<4 | int(d)
	}
	return v, true
}

// lowerBytes is b with ASCII letters in lower case, at the same offsets
// (bytes.ToLower may change the length of broken UTF-8): eight bytes at
// a time, each byte's 0x20 bit set where it is one of A to Z.
func lowerBytes(b []byte) []byte {
	out := make([]byte, len(b))
	lowerInto(out, b)
	return out
}

// lowerInto is lowerBytes' loop, writing into out (len(b) bytes): apart,
// so that lowerBytes is inlined and a short result it makes can stay on
// the stack.
func lowerInto(out, b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		t := x & 0x7f7f7f7f7f7f7f7f                 // each byte below 0x80: no carry between them
		ge := t + 0x3f3f3f3f3f3f3f3f                // 0x80 bit: the byte is 'A' (0x41) or above
		gt := t + 0x2525252525252525                // 0x80 bit: the byte is above 'Z' (0x5a)
		upper := ge &^ gt &^ x & 0x8080808080808080 // and no byte of 0x80 or above
		binary.LittleEndian.PutUint64(out[i:], x|upper>>2)
	}
	for ; i < len(b); i++ {
		out[i] = lower(b[i])
	}
}

// jsPlain returns script with its escapes in strings decoded (\xHH,
// \uHHHH, \u{H...}) and a quoted name in brackets read as a property
// (location['href'] as location.href, window["location"] as
// window.location), and, when an escape was decoded, which of its bytes
// came from one of a letter, digit or colon (jsUnescape; nil otherwise). One pass each; script itself when it
// has neither.
func jsPlain(script []byte) ([]byte, []bool) {
	var esc []bool
	if bytes.IndexByte(script, '\\') >= 0 {
		script, esc = jsUnescape(script)
	}
	if bytes.Contains(script, []byte("['")) || bytes.Contains(script, []byte(`["`)) {
		script, esc = bracketNames(script, esc)
	}
	return script, esc
}

// jsUnescape decodes \xHH, \uHHHH and \u{H...} escapes, marking the
// bytes that an escape of a letter, a digit or a colon made (hiding
// escapes: a serializer escapes '/', '<', '=' or '&' in the addresses it
// writes, \u002F, \x3d, never those); other escapes stay as written.
func jsUnescape(b []byte) ([]byte, []bool) {
	var out []byte
	var esc []bool
	done := 0 // b[:done] is in out
	for i := 0; i < len(b); {
		k := bytes.IndexByte(b[i:], '\\')
		if k < 0 {
			break
		}
		i += k
		v, n := scriptEscape(b[i:])
		if n == 0 {
			i++
			continue
		}
		if out == nil { // an escape decodes to no more bytes than it is written in
			out, esc = make([]byte, 0, len(b)), make([]bool, 0, len(b))
		}
		out = append(out, b[done:i]...)
		esc = esc[:len(out)] // false: fresh storage, never written past its length
		k = len(out)
		out = utf8.AppendRune(out, rune(v))
		hiding := v < utf8.RuneSelf && (v == ':' || isAlnum(byte(v)))
		for range len(out) - k {
			esc = append(esc, hiding)
		}
		i += n
		done = i
	}
	if out == nil {
		return b, nil
	}
	out = append(out, b[done:]...)
	return out, esc[:len(out)]
}

// scriptEscape reads one escape at the start of b: its value and length, or
// 0 length when b starts with none that jsUnescape decodes.
func scriptEscape(b []byte) (int, int) {
	if len(b) < 4 || b[0] != '\\' {
		return 0, 0
	}
	switch b[1] {
	case 'x', 'X':
		if v, ok := hexVal(b[2:], 2); ok {
			return v, 4
		}
	case 'u', 'U':
		if v, ok := hexVal(b[2:], 4); ok {
			return v, 6
		}
		if b[2] == '{' {
			if e := bytes.IndexByte(b[3:min(len(b), 10)], '}'); e > 0 {
				if v, ok := hexVal(b[3:3+e], e); ok && v <= utf8.MaxRune {
					return v, 4 + e
				}
			}
		}
	}
	return 0, 0
}

// bracketNames rewrites ['name'] and ["name"] (a JavaScript name of up
// to 32 bytes) as .name, carrying esc (when not nil) along.
func bracketNames(b []byte, esc []bool) ([]byte, []bool) {
	out := make([]byte, 0, len(b))
	var oesc []bool
	if esc != nil {
		oesc = make([]bool, 0, len(b))
	}
	for i := 0; i < len(b); i++ {
		if n := bracketName(b[i:]); n > 0 {
			out = append(out, '.')
			out = append(out, b[i+2:i+n-2]...)
			if esc != nil {
				oesc = append(oesc, false)
				oesc = append(oesc, esc[i+2:i+n-2]...)
			}
			i += n - 1
			continue
		}
		out = append(out, b[i])
		if esc != nil {
			oesc = append(oesc, esc[i])
		}
	}
	return out, oesc
}

// bracketName is the length of ['name'] or ["name"] at the start of b, or 0.
func bracketName(b []byte) int {
	if len(b) < 5 || b[0] != '[' || (b[1] != '\'' && b[1] != '"') {
		return 0
	}
	for j := 2; j < len(b) && j < 36; j++ {
		c := b[j]
		if c == b[1] {
			if j > 2 && j+1 < len(b) && b[j+1] == ']' {
				return j + 2
			}
			return 0
		}
		if !(c == '_' || c == '$' || '0' <= c && c <= '9' || 'a' <= lower(c) && lower(c) <= 'z') {
			return 0
		}
	}
	return 0
}

// hiddenNames are what a navigation's neighbourhood spells with escapes
// to hide it: an address, or the navigation's own name.
var hiddenNames = [][]byte{[]byte("http"), []byte("://"), []byte("data:"), []byte("javascript:"), []byte("location"), []byte("href")}

// escapedName: s[lo:hi] spells one of hiddenNames with a byte an escape
// made (esc, nil when none did).
func escapedName(s []byte, esc []bool, lo, hi int) bool {
	if esc == nil {
		return false
	}
	for _, name := range hiddenNames {
		for off := lo; off < hi; {
			i := bytes.Index(s[off:hi], name)
			if i < 0 {
				break
			}
			for j := off + i; j < off+i+len(name); j++ {
				if esc[j] {
					return true
				}
			}
			off += i + 1
		}
	}
	return false
}

// navigation is where a script navigates (at), and whether its target is
// a written data: URL of a long base64 payload (a file the page carries).
type navigation struct {
	at      int
	payload bool
	val     int // where, in s, the value it goes to starts; -1 when unknown (a written refresh)
}

// navigations returns where, in lower-case script s, the script assigns
// the page's location (not a comparison, ==), calls its replace or
// assign, calls an opener, sets the href of an element it clicks or
// downloads (a.href = ...; a.click()) or writes a refresh (http-equiv
// followed by refresh): at most maxNavigations of them, each kind found
// in one pass over s.
func navigations(s []byte, g *bigrams) []navigation {
	var at []navigation
	add := func(p int, arg []byte) {
		if !relativeTarget(arg) {
			at = append(at, navigation{p, base64Payload(arg), len(s) - len(arg)})
		}
	}
	for _, call := range openers {
		for off := 0; len(at) < maxNavigations; {
			k := indexIn(g, s, off, call)
			if k < 0 {
				break
			}
			if !workerURL(s, off+k) {
				add(off+k, s[off+k+len(call):])
			}
			off += k + len(call)
		}
	}
	for p := range occurrences(g, s, []byte("open("), maxNameCalls) { // open(u), self.open(u): the window's
		if len(at) >= maxNavigations {
			break
		}
		if windowOpen(s, p) {
			add(p, s[p+len("open("):])
		}
	}
	for off := 0; len(at) < maxNavigations; {
		k := indexIn(g, s, off, []byte("location"))
		if k < 0 {
			break
		}
		p := off + k
		off = p + len("location")
		rest := s[off:]
		switch {
		case bytes.HasPrefix(rest, []byte(".replace(")), bytes.HasPrefix(rest, []byte(".assign(")):
			_, arg, _ := bytes.Cut(rest, []byte("("))
			add(p, arg)
			continue
		case bytes.HasPrefix(rest, []byte(".href")):
			rest = rest[len(".href"):]
		case objectAssigned(s[:p]): // Object.assign(location, {href: u})
			if c := bytes.IndexByte(rest[:min(len(rest), 8)], ','); c >= 0 {
				add(p, rest[c+1:])
			}
			continue
		}
		if arg, ok := assigned(rest); ok {
			add(p, arg)
		}
	}
	at = formActions(s, at, g)
	at = clickedHrefs(s, at, g)
	return writtenRefreshes(s, at, g)
}

// windowOpen: the open( at s[p] calls the window's open other than as
// window.open( (an opener of its own): alone, open(u), or a property of
// another name of the window (self.open, top.open, globalThis.open); not
// another object's (xhr.open), nor a function or method declared
// (function open(u) {, open(u) { in a class).
func windowOpen(s []byte, p int) bool {
	if identByte(s, p-1) {
		return false
	}
	if p > 0 && s[p-1] == '.' {
		return windowOwned(s[:p]) && !bytes.HasSuffix(s[:p], []byte("window."))
	}
	if bytes.HasSuffix(trimRightCut(s[:p], " \t\r\n"), []byte("function")) {
		return false
	}
	args := s[p+len("open(") : min(len(s), p+len("open(")+maxValue)]
	end, blind := blindLevel(args, "")
	if end == len(args) || blind {
		return true // no end read (or only by a count blind to quotes, which a quoted ")=>" ends): a call
	}
	t := trimLeftCut(args[end+1:], " \t\r\n")
	return len(t) == 0 || t[0] != '{' && !bytes.HasPrefix(t, []byte("=>"))
}

// objectAssigned: pre, the text before "location", ends with
// Object.assign( and the location's owner (window., document.).
func objectAssigned(pre []byte) bool {
	j := len(pre)
	for j > 0 && len(pre)-j < 32 && (identByte(pre, j-1) || pre[j-1] == '.') {
		j--
	}
	return bytes.HasSuffix(trimRightCut(pre[:j], " \t"), []byte("object.assign("))
}

// formActions adds to at where the script sets a form's action (f.action
// = ..., f.setAttribute('action', ...)): where a sign-in form it builds
// or fills posts the reader's password, a navigation of its own; and
// where it sets an element's href by setAttribute('href', ...) and then
// clicks it (clickedHrefs' anchor, built the other way).
func formActions(s []byte, at []navigation, g *bigrams) []navigation {
	add := func(p int, arg []byte) {
		if !relativeTarget(arg) {
			at = append(at, navigation{p, base64Payload(arg), len(s) - len(arg)})
		}
	}
	for off := 0; len(at) < maxNavigations; {
		k := indexIn(g, s, off, []byte(".action"))
		if k < 0 {
			break
		}
		p := off + k
		off = p + len(".action")
		if arg, ok := assigned(s[off:]); ok && !identByte(s, off) {
			add(p, arg)
		}
	}
	for off := 0; len(at) < maxNavigations; {
		k := indexIn(g, s, off, []byte("setattribute("))
		if k < 0 {
			break
		}
		p := off + k
		off = p + len("setattribute(")
		name, ok := quotedArg(s[off:])
		if !ok || string(name) != "action" && (string(name) != "href" || !clickedAfter(s, p)) {
			continue
		}
		rest := trimLeftCut(s[off:], " \t")[len(name)+2:]
		if rest = trimLeftCut(rest, " \t"); len(rest) > 0 && rest[0] == ',' {
			add(p, rest[1:])
		}
	}
	return at
}

// writesMarkup: before, the text before a decoder's call, gives its value
// to a call that writes markup (document.write(...)), or assigns it to an
// element's innerHTML or outerHTML.
func writesMarkup(before []byte) bool {
	if calls(callee(before), writers) {
		return true
	}
	t := trimRightCut(before, " \t\r\n")
	if !bytes.HasSuffix(t, []byte("=")) || bytes.HasSuffix(t, []byte("==")) {
		return false
	}
	t = trimRightCut(t[:len(t)-1], " \t")
	return bytes.HasSuffix(t, []byte(".innerhtml")) || bytes.HasSuffix(t, []byte(".outerhtml"))
}

// assigned: rest, after a name, assigns it (=, not ==): the value.
func assigned(rest []byte) ([]byte, bool) {
	rest = trimLeftCut(rest, " \t\r\n")
	if len(rest) > 0 && rest[0] == '=' && (len(rest) == 1 || rest[1] != '=') {
		return rest[1:], true
	}
	return nil, false
}

// clickedHrefs adds to at the href assignments of another element than
// the location (an anchor the script built) that the script clicks or
// downloads within navWindow after, of the first 4*maxNavigations
// assignments and other hrefs it meets.
func clickedHrefs(s []byte, at []navigation, g *bigrams) []navigation {
	for off, tries := 0, 0; len(at) < maxNavigations && tries < 4*maxNavigations; tries++ {
		k := indexIn(g, s, off, []byte(".href"))
		if k < 0 {
			return at
		}
		p := off + k
		off = p + len(".href")
		if bytes.HasSuffix(s[:p], []byte("location")) {
			continue
		}
		arg, ok := assigned(s[off:])
		if !ok || relativeTarget(arg) {
			continue
		}
		if clickedAfter(s, p) {
			at = append(at, navigation{p, base64Payload(arg), len(s) - len(arg)})
		}
	}
	return at
}

// clickedAfter: within navWindow after s[p], the script clicks an
// element (.click(), or a click event it dispatches) or names a download
// (an anchor it built and follows).
func clickedAfter(s []byte, p int) bool {
	after := s[p:min(len(s), p+navWindow)]
	if bytes.Contains(after, []byte(".click(")) || bytes.Contains(after, []byte(".download")) {
		return true
	}
	i := bytes.Index(after, []byte(".dispatchevent("))
	return i >= 0 && bytes.Contains(after[i:min(len(after), i+64)], []byte("click"))
}

// writtenRefreshes adds to at where the script writes a <meta
// http-equiv=refresh> (refresh within 16 bytes after http-equiv).
func writtenRefreshes(s []byte, at []navigation, g *bigrams) []navigation {
	for off := 0; len(at) < maxNavigations; {
		k := indexIn(g, s, off, []byte("equiv"))
		if k < 0 {
			return at
		}
		p := off + k
		off = p + len("equiv")
		if !bytes.HasSuffix(s[:p], []byte("http-")) && !bytes.HasSuffix(s[:p], []byte("http")) { // m.httpEquiv = 'refresh'
			continue
		}
		if bytes.Contains(s[off:min(len(s), off+16)], []byte("refresh")) {
			at = append(at, navigation{at: p, val: -1})
		}
	}
	return at
}

// base64Payload: a navigation's value starts with a quoted data: URL
// whose base64 payload is written out at some length (64 bytes or more):
// a file the page carries, not a small export it builds
// ('data:text/csv;base64,' + btoa(csv)).
func base64Payload(v []byte) bool {
	lit, ok := quotedArg(v)
	if !ok || !bytes.HasPrefix(lit, []byte("data:")) {
		return false
	}
	_, p, ok := bytes.Cut(lit, []byte(";base64,"))
	return ok && len(p) >= 64
}

// relativeTarget: the value a navigation is given starts with a quoted
// path on the page's own site ("/search?q=" + q, "./next", "#top",
// "?page=2"), where a page goes with what it decoded (a search box's
// query) without hiding another site; "//host" is another site.
func relativeTarget(v []byte) bool {
	v = trimLeftCut(v, " \t\r\n")
	if len(v) < 2 || (v[0] != '\'' && v[0] != '"' && v[0] != '`') {
		return false
	}
	switch v[1] {
	case '/':
		return len(v) < 3 || v[2] != '/'
	case '.', '#', '?':
		return true
	}
	return false
}

// joinPieces returns s with every join of two quoted pieces ('a' + 'b',
// "a"+"b", `a`+`b`, 'a'.concat('b'), and with commas, where the script
// joins an array or concatenates a list, 'a', 'b') taken out, so that
// "'ht'+'tps:'" reads "'https:'".
func joinPieces(s []byte, commas bool) []byte {
	var out []byte
	done := 0 // s[:done] is read into out
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\'' || c == '"' || c == '`' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j < len(s) && (s[j] == '+' || commas && s[j] == ',' || bytes.HasPrefix(s[j:], []byte(".concat("))) {
				if s[j] == '.' {
					j += len(".concat(") - 1
				}
				j++
				for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n') {
					j++
				}
				if j < len(s) && (s[j] == '\'' || s[j] == '"' || s[j] == '`') {
					if out == nil {
						out = make([]byte, 0, len(s))
					}
					out = append(out, s[done:i]...)
					i, done = j, j+1
					continue
				}
			}
		}
	}
	if out == nil {
		return s // nothing joined: s itself, which no caller writes
	}
	return append(out, s[done:]...)
}
