package links

import (
	"bytes"
	"slices"
	"strconv"

	xhtml "golang.org/x/net/html"
)

// Forms of hiding hiddenRedirect (redirect.go) reads beside decoders:
//
//   - a written string reversed ("moc.elpmaxe//:sptth".split("")
//     .reverse().join(""), also Array.from(s) or [...s] reversed, s a
//     string or a name whose last assignment is one): foldReversals
//     folds it, at the same offsets, into unescape of the string
//     reversed, a decoder whose value the reading already follows
//     (names, navigations, eval);
//   - an iframe's or a frame's src set (f.src = ..., f.setAttribute('src',
//     ...), jQuery's $(f).attr('src', ...), .prop('src', ...) or
//     .attr({src: ...})) where f is built by createElement('iframe') or
//     read from the page where it is one of the page's frames, any of
//     them: by its id (getElementById, querySelector('#f'), $('#f'), the
//     window's name for it: f, window.f), by its id or name in
//     document.all (document.all.f, document.all('f'), its item and
//     namedItem), by its name (getElementsByName('n')[0]) or as any item
//     of a list of frames (getElementsByTagName('iframe')[1]) (readFrames,
//     frameSet, frameCollection; an image of the page so read is none):
//     the frame loads
//     the address, a navigation of its own (frameSources); so does a
//     script the page builds (createElement('script')), which fetches
//     and runs code from it, when the src is decoded where it is set
//     (scriptDecoded: not a loader's configuration, but JSON the script
//     writes and decodes whose field read is an address:
//     redirect_json.go); an image's src, a
//     tracking pixel, does not;
//   - a navigation to what the browser's store holds (localStorage,
//     sessionStorage, document.cookie) when the script itself writes the
//     store a piece of an address (storeAssembled): a file opened from
//     the disk finds an empty store, so what it reads back is what it
//     wrote.
//
//   - eval or Function called by Reflect.apply: foldReflects reads it
//     as called directly; a navigation called through call or apply
//     (location.assign.call(location, u)), bound and called at once
//     (location.assign.bind(location)(u)), or a location set by
//     Reflect.set(location, 'href', u): foldNavCalls reads it as the
//     direct call or assignment; a frame's or a built script's src set
//     by Object.assign(f, {src: u}), of any of its first maxSources
//     sources (frameSources).
//
// Each is bounded: maxFolds reversals and Reflect.apply calls, maxNavigations frames,
// maxFrameIDs frame tags read of maxFrameTag bytes each, and the
// searches back of redirect_runtime.go's lastAssignment.

// foldReflects rewrites, in n and s alike, each Reflect.apply(f, t,
// [args]) as f(args), padded with spaces at the same offsets, so that
// eval or Function (or a name holding one) called so is read as called
// (Reflect.apply(eval, window, [atob(k)])); at most maxFolds.
func foldReflects(n, s []byte) {
	reflectCalls(s, "reflect.apply(", func(p, fLo, fHi int, t []byte) int {
		rest := t[1:]
		this := valueExpr(rest[:min(len(rest), maxValue)])
		c := bytes.IndexByte(this, ',')
		if c < 0 {
			return -1
		}
		u := trimLeftCut(rest[c+1:], " \t\r\n")
		if len(u) == 0 || u[0] != '[' {
			return -1
		}
		open := len(s) - len(u) // the array's [
		args := valueExpr(s[open+1 : min(len(s), open+1+maxValue)])
		close := open + 1 + len(args)
		if close >= len(s) || s[close] != ']' {
			return -1
		}
		for _, b := range [][]byte{n, s} {
			spaces(b[p:fLo])
			spaces(b[fHi : open+1])
			b[fHi] = '('
			b[close] = ' '
		}
		return close
	})
}

// reflectCalls calls fold for the calls of Reflect's method call
// ("reflect.apply(", "reflect.set(", lower case) in s, not a longer
// name's, at most maxFolds of them, whose first argument is a name
// (dotted: location.assign) and a comma follows: p is the call's offset,
// [lo, hi) the name's, t s from that comma on. fold returns the offset
// the search goes on from (after what it rewrote), -1 when it rewrote
// nothing (then it goes on after the call's parenthesis).
func reflectCalls(s []byte, call string, fold func(p, lo, hi int, t []byte) int) {
	for off, k := 0, 0; k < maxFolds; k++ {
		i := bytes.Index(s[off:], []byte(call))
		if i < 0 {
			return
		}
		p := off + i
		off = p + len(call)
		if identByte(s, p-1) {
			continue
		}
		lo := skipSpace(s, off)
		hi := lo
		for identByte(s, hi) || hi < len(s) && s[hi] == '.' {
			hi++
		}
		t := trimLeftCut(s[hi:], " \t\r\n")
		if hi == lo || len(t) == 0 || t[0] != ',' {
			continue
		}
		if next := fold(p, lo, hi, t); next >= 0 {
			off = next
		}
	}
}

// spaces writes spaces over b.
func spaces(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}

// maxFolds bounds the reversals one script's folding reads.
const maxFolds = 16

// reverseCall is what reverses an array of a string's characters.
var reverseCall = []byte("reverse()")

// foldReversals rewrites, in n (as written) and s (in lower case) alike,
// each reversed written string (above) as unescape of the string
// reversed, padded with spaces to the expression's length.
func foldReversals(n, s []byte) {
	var reversed []int // where the names' strings reversed in place start
	for off, k := 0, 0; k < maxFolds; k++ {
		i := bytes.Index(s[off:], reverseCall)
		if i < 0 {
			return
		}
		off += i + len(reverseCall)
		pre := trimRightCut(s[:off-len(reverseCall)], " \t\r\n")
		end := joinedWithNothing(s, off)
		if end < 0 || len(pre) == 0 || pre[len(pre)-1] != '.' {
			continue
		}
		p := len(pre) - 1
		lo, litLo, litHi := reversedSource(n, s, p)
		switch {
		case lo < 0:
			continue
		case litHi <= lo: // a name's string: reversed where written
			at := nameStart(s, lo, p)
			name := argName(s[at:p])
			if !slices.Contains(reversed, litLo) { // a name reversed twice: its string once
				reversed = append(reversed, litLo)
				reverseBytes(n[litLo:litHi])
				reverseBytes(s[litLo:litHi])
			}
			writeFold(n, lo, end, "unescape(", n[at:at+len(name)], ")")
			writeFold(s, lo, end, "unescape(", s[at:at+len(name)], ")")
		default:
			reverseBytes(n[litLo:litHi])
			reverseBytes(s[litLo:litHi])
			writeFold(n, lo, end, "unescape('", n[litLo:litHi], "')")
			writeFold(s, lo, end, "unescape('", s[litLo:litHi], "')")
		}
		off = end
	}
}

// nameStart is where, in s, the name reversed by the expression at
// s[lo:p] starts: after Array.from( or [... and white space.
func nameStart(s []byte, lo, p int) int {
	for _, pre := range []string{"array.from(", "[..."} {
		if bytes.HasPrefix(s[lo:p], []byte(pre)) {
			lo += len(pre)
		}
	}
	return p - len(trimLeftCut(s[lo:p], " \t\r\n"))
}

// joinedWithNothing is where, in s, the .join(”) (or .join“) at s[off],
// white space before it, ends; -1 when none is there.
func joinedWithNothing(s []byte, off int) int {
	t := trimLeftCut(s[off:], " \t\r\n")
	if !bytes.HasPrefix(t, []byte(".join")) {
		return -1
	}
	t = trimLeftCut(t[len(".join"):], " \t")
	if bytes.HasPrefix(t, []byte("``")) {
		return len(s) - len(t) + 2
	}
	if len(t) == 0 || t[0] != '(' {
		return -1
	}
	return emptyStringCall(s, len(s)-len(t)+1)
}

// emptyStringCall is where, in s, the call at s[off] ends when its
// argument is an empty written string (”) or nothing: after its ); -1
// when it is no such call.
func emptyStringCall(s []byte, off int) int {
	t := trimLeftCut(s[off:], " \t")
	if len(t) >= 2 && (t[0] == '\'' || t[0] == '"' || t[0] == '`') && t[1] == t[0] {
		t = t[2:]
	}
	t = trimLeftCut(t, " \t")
	if len(t) == 0 || t[0] != ')' {
		return -1
	}
	return len(s) - len(t) + 1
}

// reversedSource reads what the .reverse() at s[p] reverses: a written
// string split into characters (s.split(”), Array.from(s) or [...s]), s
// written or a name whose last assignment before p is a written string.
// It returns where the expression starts and where, in n, the string's
// text is (its quotes aside); lo is -1 when it is none of these.
func reversedSource(n, s []byte, p int) (lo, litLo, litHi int) {
	base := max(0, p-maxValue)
	head := trimRightCut(s[base:p], " \t\r\n")
	if split := splitStart(s, base, base+len(head)); split >= 0 {
		lo = operandStart(s, base, split)
		return literalAt(n, s, lo, lo, split)
	}
	var argLo, argHi int
	closer := base + len(head) - 1 // the ) or ], white space after it aside
	switch {
	case bytes.HasSuffix(head, []byte(")")) && bytes.LastIndex(head, []byte("array.from(")) >= 0:
		k := bytes.LastIndex(head, []byte("array.from("))
		lo, argLo, argHi = base+k, base+k+len("array.from("), closer
	case bytes.HasSuffix(head, []byte("]")) && bytes.LastIndex(head, []byte("[...")) >= 0:
		k := bytes.LastIndex(head, []byte("[..."))
		lo, argLo, argHi = base+k, base+k+len("[..."), closer
	default:
		return -1, 0, 0
	}
	if argLo < 0 {
		return -1, 0, 0
	}
	return literalAt(n, s, lo, argLo, argHi)
}

// splitStart is where, in s, the .split(”) (or .split“) ending at
// s[hi] starts (white space before it aside), -1 when none ends there.
func splitStart(s []byte, base, hi int) int {
	head := s[base:hi]
	if bytes.HasSuffix(head, []byte("``")) {
		t := trimRightCut(head[:len(head)-2], " \t")
		if bytes.HasSuffix(t, []byte(".split")) {
			return base + len(t) - len(".split")
		}
		return -1
	}
	j := bytes.LastIndex(head, []byte(".split("))
	if j < 0 || emptyStringCall(s, base+j+len(".split(")) != hi {
		return -1
	}
	return base + j
}

// operandStart is where, in s[base:hi], the written string or the name
// that ends at hi starts, or -1.
func operandStart(s []byte, base, hi int) int {
	hi = base + len(trimRightCut(s[base:hi], " \t\r\n"))
	if hi <= base {
		return -1
	}
	if q := s[hi-1]; q == '\'' || q == '"' || q == '`' {
		return base + bytes.LastIndexByte(s[base:hi-1], q)
	}
	j := hi
	for j > base && identByte(s, j-1) {
		j--
	}
	if j == hi {
		return -1
	}
	return j
}

// literalAt reads the operand s[argLo:argHi]: a written string (no
// quote of its own inside) or a name whose last assignment before it is
// one; it returns lo and where, in n, the string's text is.
func literalAt(n, s []byte, lo, argLo, argHi int) (int, int, int) {
	if argLo < 0 || argLo >= argHi {
		return -1, 0, 0
	}
	arg := bytes.TrimSpace(s[argLo:argHi])
	at := argLo + bytes.Index(s[argLo:argHi], arg)
	if len(arg) >= 2 && (arg[0] == '\'' || arg[0] == '"' || arg[0] == '`') && arg[len(arg)-1] == arg[0] && bytes.IndexByte(arg[1:len(arg)-1], arg[0]) < 0 {
		return lo, at + 1, at + len(arg) - 1
	}
	if name := argName(arg); name == nil || len(name) != len(arg) {
		return -1, 0, 0
	}
	budget := maxKeySearch
	v := lastAssignment(s, at, arg, &budget)
	if v < 0 {
		return -1, 0, 0
	}
	lit, ok := quotedArg(n[v:])
	if !ok {
		return -1, 0, 0
	}
	start := v + len(n[v:]) - len(trimLeftCut(n[v:], " \t\r\n")) + 1
	return lo, start, start + len(lit)
}

// writeFold writes over b[lo:end] open, arg (quotes and backslashes
// made spaces) and close, then spaces; what it writes fits (a folded
// expression is longer than the call written for it).
func writeFold(b []byte, lo, end int, open string, arg []byte, close string) {
	if len(open)+len(arg)+len(close) > end-lo {
		return
	}
	arg = append([]byte(nil), arg...)
	k := lo + copy(b[lo:end], open)
	for _, c := range arg {
		if c == '\'' || c == '"' || c == '`' || c == '\\' || c == '\n' {
			c = ' '
		}
		b[k] = c
		k++
	}
	k += copy(b[k:end], close)
	for ; k < end; k++ {
		b[k] = ' '
	}
}

// reverseBytes reverses b in place.
func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// frameSources adds to at where the script sets the src of a frame
// (frameSources above): the receiver of .src = or .setAttribute('src',
// is a name whose last assignment, or an expression that, names iframe
// or frame (createElement('iframe'), querySelector('iframe')), or an
// element read by id that is one of the page's frames (frames.byID), or
// a name whose last assignment builds a script (createsScript).
func frameSources(n, s []byte, frames *frameSet, at []navigation, g *bigrams) []navigation {
	budget := 2*len(s) + 2*maxJSONLiteral // of scriptDecoded's decoded JSON
	for _, w := range [][]byte{[]byte(".src"), []byte(".setattribute("), []byte(".attr("), []byte(".prop(")} {
		for p := range occurrences(g, s, w, maxNameCalls) {
			if len(at) >= maxNavigations {
				return at
			}
			off := p + len(w)
			var arg []byte
			if w[len(w)-1] == '(' { // setAttribute('src', v), jQuery's attr('src', v), prop and attr({src: v})
				t := trimLeftCut(s[off:], " \t")
				v, ok := objectKey(t, "src")
				if !ok || w[1] == 's' {
					if !bytes.HasPrefix(t, []byte("'src'")) && !bytes.HasPrefix(t, []byte(`"src"`)) {
						continue
					}
					if t = trimLeftCut(t[5:], " \t"); len(t) == 0 || t[0] != ',' {
						continue
					}
					v = t[1:]
				}
				arg = v
			} else {
				v, ok := assigned(s[off:])
				if !ok || identByte(s, off) {
					continue
				}
				arg = v
			}
			if relativeTarget(arg) {
				continue
			}
			if k := frameReceiver(s, p, frames); k == receiverFrame || k == receiverScript && scriptDecoded(n, s, len(s)-len(arg), &budget) {
				at = append(at, navigation{p, false, len(s) - len(arg)})
			}
		}
	}
	for p := range occurrences(g, s, []byte("object.assign("), maxNameCalls) { // Object.assign(f, {src: u})
		if len(at) >= maxNavigations {
			return at
		}
		off := p + len("object.assign(")
		c := topComma(s[off:min(len(s), off+maxValue)])
		if c < 0 {
			continue
		}
		arg, ok := assignedSrc(s[off+c+1 : min(len(s), off+maxValue)])
		if !ok || relativeTarget(arg) {
			continue
		}
		target := bytes.TrimSpace(s[off : off+c])
		k := receiverNone
		switch name := argName(target); {
		case bytes.Contains(target, []byte("frame")) || frames.byID(target) || frames.inAll(target):
			k = receiverFrame
		case createsScript(target):
			k = receiverScript
		case name != nil && len(name) == len(target):
			k = nameReceiver(s, off, name, frames)
		}
		if k == receiverFrame || k == receiverScript && scriptDecoded(n, s, len(s)-len(arg), &budget) {
			at = append(at, navigation{p, false, len(s) - len(arg)})
		}
	}
	return at
}

// frameReceiver: the element whose property is set at s[p] is a frame.
// The receivers of a src frameReceiver tells apart.
const (
	receiverNone = iota
	receiverFrame
	receiverScript // a script the page builds
)

func frameReceiver(s []byte, p int, frames *frameSet) int {
	head := s[max(0, p-maxValue):p]
	if bytes.HasSuffix(head, []byte("]")) { // getElementsByTagName('iframe')[1].src
		if j := bytes.LastIndexByte(head, '['); j >= 0 && frameCollection(s, p-len(head)+j, frames) {
			return receiverFrame
		}
		return receiverNone
	}
	head = jqueryPicked(head)
	if bytes.HasSuffix(head, []byte(")")) { // getElementById('f').src
		j := bytes.LastIndexByte(head, '(')
		if j < 0 {
			return receiverNone
		}
		// the call whose parenthesis is j, and its argument: cut after
		// its longest name read (of an id, getElementById; of document.all,
		// document.all.namedItem)
		call := head[max(0, j+1-len("getelementbyid(")):]
		all := head[max(0, j+1-len("document.all.nameditem(")):]
		if bytes.Contains(head[j:], []byte("frame")) || frames.byID(call) || frames.inAll(all) {
			return receiverFrame
		}
		if jqueryCall(head[:j+1]) { // $(f): the element a name holds
			if name := argName(head[j+1:]); name != nil && len(name) == len(head)-j-2 {
				return nameReceiver(s, p-len(head)+j+1, name, frames)
			}
		}
		return receiverNone
	}
	k := len(head)
	for k > 0 && identByte(head, k-1) {
		k--
	}
	if k == len(head) {
		return receiverNone
	}
	if k > 0 && head[k-1] == '.' { // window.f.src: the element of id f
		if windowOwned(head[:k]) && frames.hasID(head[k:]) {
			return receiverFrame
		}
		if allOwned(head[:k]) && (frames.hasID(head[k:]) || frames.hasName(head[k:])) { // document.all.f: of id or name f
			return receiverFrame
		}
		return receiverNone
	}
	return nameReceiver(s, p-len(head)+k, head[k:], frames)
}

// nameReceiver is frameReceiver of the element name, at s[at], holds:
// what its last assignment reads or builds; with no assignment, the
// window's name for the element of id name.
func nameReceiver(s []byte, at int, name []byte, frames *frameSet) int {
	budget := maxKeySearch
	v := lastAssignment(s, at, name, &budget)
	if v < 0 { // f.src, no f assigned: the window's name for the element of id f
		if frames.hasID(name) {
			return receiverFrame
		}
		return receiverNone
	}
	e := valueExpr(s[v:min(len(s), v+maxValue)])
	switch {
	case bytes.Contains(e, []byte("frame")) || frames.byID(e) || frames.byName(e) || frames.inAll(e):
		return receiverFrame
	case createsScript(e):
		return receiverScript
	}
	return receiverNone
}

// jqueryPicked is head without the jQuery methods that pick elements of
// what it reads (.first(), .last(), .eq(1)) at its end: $('iframe')
// .first() is $('iframe')'s; at most four.
func jqueryPicked(head []byte) []byte {
	for range 4 {
		t := head
		switch {
		case bytes.HasSuffix(t, []byte(".first()")):
			t = t[:len(t)-len(".first()")]
		case bytes.HasSuffix(t, []byte(".last()")):
			t = t[:len(t)-len(".last()")]
		case bytes.HasSuffix(t, []byte(")")):
			j := bytes.LastIndex(t, []byte(".eq("))
			if j < 0 || len(t)-j > 12 {
				return head
			}
			if _, err := strconv.Atoi(string(bytes.TrimSpace(t[j+len(".eq(") : len(t)-1]))); err != nil {
				return head
			}
			t = t[:j]
		default:
			return head
		}
		head = t
	}
	return head
}

// jqueryCall: head, lower case, ends with a call of jQuery ($( or
// jquery(), which reads elements by a selector or wraps the element it
// is given.
func jqueryCall(head []byte) bool {
	for _, w := range []string{"$(", "jquery("} {
		if k := len(head) - len(w); bytes.HasSuffix(head, []byte(w)) && !identByte(head, k-1) && (k == 0 || head[k-1] != '.') {
			return true
		}
	}
	return false
}

// allOwned: pre, the text before a name, is document.all. (the legacy
// collection of the page's elements, read by id or name).
func allOwned(pre []byte) bool {
	k := len(pre) - len("document.all.")
	return bytes.HasSuffix(pre, []byte("document.all.")) && !identByte(pre, k-1) && (k == 0 || pre[k-1] != '.')
}

// maxSources bounds the source objects of an Object.assign read
// (assignedSrc).
const maxSources = 4

// assignedSrc is the value of the src key of Object.assign's sources,
// b its arguments after the target's comma (Object.assign(f, {width:
// 0}, {src: u})): of the first of its first maxSources object literals
// to have one (a later source's src would win, but any is a src set).
func assignedSrc(b []byte) ([]byte, bool) {
	for range maxSources {
		t := trimLeftCut(b, " \t\r\n")
		if v, ok := objectKey(t, "src"); ok {
			return v, true
		}
		c := topComma(t)
		if c < 0 {
			break
		}
		b = t[c+1:]
	}
	return nil, false
}

// objectKey: t, lower case, starts with an object literal that has the
// key (key: v, 'key': v, "key": v) at its own level: the value, what
// follows the key's colon; read within maxValue bytes.
func objectKey(t []byte, key string) ([]byte, bool) {
	if len(t) == 0 || t[0] != '{' {
		return nil, false
	}
	end, blind := blindLevel(t[1:min(len(t), maxValue)], "")
	b := t[:1+end]
	for i := 1; i < len(b); { // each key at the object's own level: the first, and after each comma
		k := trimLeftCut(b[i:], " \t\r\n")
		if len(k) > 0 && (k[0] == '\'' || k[0] == '"') && len(k) >= len(key)+2 && string(k[1:1+len(key)]) == key && k[1+len(key)] == k[0] {
			k = k[len(key)+2:]
		} else if bytes.HasPrefix(k, []byte(key)) && !identByte(k, len(key)) {
			k = k[len(key):]
		} else {
			k = nil
		}
		if k = trimLeftCut(k, " \t\r\n"); len(k) > 0 && k[0] == ':' {
			return t[len(b)-len(k)+1:], true
		}
		c, _ := scanLevel(b[i:], ",", !blind) // as the object's end was read: a key after each comma callArgs saw
		if i+c >= len(b) || b[i+c] != ',' {
			break
		}
		i += c + 1
	}
	return nil, false
}

// frameCollection: the expression that ends at s[at] ('[' follows: an
// item of it) is a list of frames: a call that names frame
// (getElementsByTagName('iframe'), querySelectorAll('iframe')) or reads
// elements by a name one of the page's frames has (getElementsByName), or
// a name whose last assignment is one; any item of the list, not only
// the first.
func frameCollection(s []byte, at int, frames *frameSet) bool {
	coll := s[max(0, at-maxValue):at]
	if bytes.HasSuffix(coll, []byte(")")) {
		j := bytes.LastIndexByte(coll, '(')
		if j < 0 {
			return false
		}
		return bytes.Contains(coll[j:], []byte("frame")) || frames.byName(coll[max(0, j+1-len("getelementsbyname(")):])
	}
	k := len(coll)
	for k > 0 && identByte(coll, k-1) {
		k--
	}
	if k == len(coll) || k > 0 && coll[k-1] == '.' {
		return false
	}
	budget := maxKeySearch
	v := lastAssignment(s, at-len(coll)+k, coll[k:], &budget)
	if v < 0 {
		return false
	}
	e := valueExpr(s[v:min(len(s), v+maxValue)])
	return bytes.Contains(e, []byte("frame")) || frames.byName(e)
}

// frameSet is what hiddenRedirect knows of a document's iframe and frame
// elements: whether it holds one (any), and the ids and names of each,
// lower-cased as the script is read (ids, names), all of them when all
// is set (no more than maxFrameIDs frames, each tag read whole within
// maxFrameTag bytes).
type frameSet struct {
	any, all   bool
	ids, names [][]byte
}

// maxFrameIDs bounds the frames whose ids readFrames reads, maxFrameTag
// the bytes of each tag.
const (
	maxFrameIDs = 32
	maxFrameTag = 2048
)

// readFrames reads the iframe and frame elements of doc (any markup that
// starts one, in a script's string too: a frame the script writes).
func readFrames(doc []byte) frameSet {
	f, n := frameSet{all: true}, 0
	for _, t := range []string{"<iframe", "<frame"} {
		for off := 0; off < len(doc); {
			i := indexFold(doc[off:], t)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(t)
			if off < len(doc) && !isHTMLSpace(doc[off]) && doc[off] != '/' && doc[off] != '>' {
				continue // <frameset>, <iframes>: no frame
			}
			f.any = true
			if n++; n > maxFrameIDs {
				f.all = false
				break
			}
			id, name, ok := frameTag(doc[at:min(len(doc), at+maxFrameTag)])
			f.all = f.all && ok
			if id != nil {
				f.ids = append(f.ids, id)
			}
			if name != nil {
				f.names = append(f.names, name)
			}
		}
	}
	if f.any && setsID(doc) {
		f.all = false // an element's id set by script: the ids written are not all
	}
	return f
}

// setsID: doc's script sets an element's id (x.id = 'b', x['id'] = 'b',
// setAttribute('id', 'b') or setAttributeNS(null, 'id', 'b'), an
// attribute's name in any case, as HTML reads it: 'ID'; jQuery's
// .attr('id', 'b') or .prop('id', 'b'); an object of an id key given to
// Object.assign(x, {id: 'b'}) or to .attr({id: 'b'})): a frame may then
// have an id no markup writes, a frame the script builds or one of the
// page's. Each call's object is read within maxValue bytes, all of them
// within twice doc's length.
func setsID(doc []byte) bool {
	budget := 2 * len(doc)
	for _, w := range []string{"setAttribute(", "setAttributeNS(", ".attr(", ".prop(", "Object.assign("} {
		for off := 0; off < len(doc); {
			i := bytes.Index(doc[off:], []byte(w))
			if i < 0 {
				break
			}
			off += i + len(w)
			arg := doc[off:min(len(doc), off+maxValue)]
			switch w {
			case "Object.assign(": // the object after the target
				arg = callArgs(arg)
				if budget -= len(arg); budget >= 0 && objectSetsID(arg) {
					return true
				}
				continue
			case "setAttributeNS(": // the attribute's name after the namespace
				c := bytes.IndexByte(arg[:min(len(arg), 64)], ',')
				if c < 0 {
					continue
				}
				arg = arg[c+1:]
			}
			if lit, ok := quotedArg(arg); ok && asciiEqualFold(lit, "id") {
				return true
			}
			if t := trimLeftCut(arg, " \t\r\n"); w[0] == '.' && len(t) > 0 && t[0] == '{' {
				t = callArgs(t)
				if budget -= len(t); budget >= 0 && objectSetsID(t) {
					return true
				}
			}
		}
	}
	for _, w := range []string{".id", "['id']", `["id"]`} {
		for off := 0; off < len(doc); {
			i := bytes.Index(doc[off:], []byte(w))
			if i < 0 {
				break
			}
			off += i + len(w)
			if identByte(doc, off) {
				continue // .idx
			}
			r := trimLeftCut(doc[off:], " \t\r\n")
			if len(r) > 0 && r[0] == '=' && (len(r) == 1 || r[1] != '=') {
				return true
			}
		}
	}
	return false
}

// callArgs is b, a call's arguments and what follows them, up to the
// call's closing parenthesis (brackets counted, quoted strings skipped
// unless one is left open: blindLevel): all of b when it does not close
// there.
func callArgs(b []byte) []byte {
	i, _ := blindLevel(b, "")
	return b[:i]
}

// objectSetsID: b holds an object literal's key id (id: 'b', 'id': 'b',
// "id": 'b', or the shorthand {id}), a key after { or a comma; read
// whole, not only the first object: what else b holds is a guess on the
// safe side (ids then incomplete).
func objectSetsID(b []byte) bool {
	for off := 0; off < len(b); {
		i := bytes.Index(b[off:], []byte("id"))
		if i < 0 {
			return false
		}
		at := off + i
		off = at + 2
		lo, hi := at, off
		if lo > 0 && hi < len(b) && (b[lo-1] == '\'' || b[lo-1] == '"') && b[hi] == b[lo-1] {
			lo, hi = lo-1, hi+1 // 'id'
		} else if identByte(b, lo-1) || identByte(b, hi) {
			continue // idle, uid
		}
		pre := trimRightCut(b[:lo], " \t\r\n")
		post := trimLeftCut(b[hi:], " \t\r\n")
		if len(pre) == 0 || pre[len(pre)-1] != '{' && pre[len(pre)-1] != ',' || len(post) == 0 {
			continue
		}
		if post[0] == ':' || post[0] == '}' || post[0] == ',' && b[lo] != '\'' && b[lo] != '"' {
			return true
		}
	}
	return false
}

// frameTag is the id and the name, lower-cased, of the frame's start tag
// tag begins with (nil: none, or empty); ok is false when the tag does
// not end within tag.
func frameTag(tag []byte) (id, name []byte, ok bool) {
	z := xhtml.NewTokenizer(bytes.NewReader(tag))
	if tt := z.Next(); tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
		return nil, nil, false
	}
	seenID, seenName := false, false // the first of duplicates counts
	for _, more := z.TagName(); more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch {
		case string(k) == "id" && !seenID:
			seenID = true
			if len(v) > 0 {
				id = lowerBytes(v)
			}
		case string(k) == "name" && !seenName:
			seenName = true
			if len(v) > 0 {
				name = lowerBytes(v)
			}
		}
	}
	return id, name, true
}

// wholeLiteral is the written string that is the whole argument b
// starts with (its closing parenthesis after it): not one in pieces
// (x+'f'), nor a template literal with a substitution (`f${x}`).
func wholeLiteral(b []byte) ([]byte, bool) {
	b = trimLeftCut(b, " \t\r\n")
	lit, ok := quotedArg(b)
	if !ok || b[0] == '`' && bytes.Contains(lit, []byte("${")) {
		return nil, false
	}
	rest := trimLeftCut(b[len(lit)+2:], " \t\r\n")
	return lit, len(rest) > 0 && rest[0] == ')'
}

// hasID: one of the page's frames has id name, or may have (its ids not
// all read).
func (f *frameSet) hasID(name []byte) bool {
	return f != nil && f.any && (!f.all || slices.ContainsFunc(f.ids, func(id []byte) bool { return bytes.Equal(id, name) }))
}

// hasName: one of the page's frames has name n, or may have (its tags
// not all read).
func (f *frameSet) hasName(n []byte) bool {
	return f != nil && f.any && (!f.all || slices.ContainsFunc(f.names, func(m []byte) bool { return bytes.Equal(m, n) }))
}

// inAll: expression e (lower case) reads an element of document.all by
// id or name (document.all('f'), document.all.item('f'),
// document.all.namedItem('f')) that one of the page's frames may be: one
// of its ids or names, or any other argument when the page holds a
// frame.
func (f *frameSet) inAll(e []byte) bool {
	if f == nil || !f.any {
		return false
	}
	for _, w := range []string{"document.all(", "document.all.item(", "document.all.nameditem("} {
		i := bytes.Index(e, []byte(w))
		if i < 0 {
			continue
		}
		lit, ok := wholeLiteral(e[i+len(w):])
		return !ok || f.hasID(lit) || f.hasName(lit)
	}
	return false
}

// byName: expression e (lower case) reads elements by a name
// (getElementsByName) that one of the page's frames has, or of an
// argument no written string when the page holds a frame.
func (f *frameSet) byName(e []byte) bool {
	if f == nil || !f.any {
		return false
	}
	i := bytes.Index(e, []byte("getelementsbyname("))
	if i < 0 {
		return false
	}
	lit, ok := quotedArg(e[i+len("getelementsbyname("):])
	return !ok || !f.all || slices.ContainsFunc(f.names, func(n []byte) bool { return bytes.Equal(n, lit) })
}

// byID: expression e (lower case) reads an element by id that may be one
// of the page's frames: getElementById or querySelector of a written id
// (querySelector('#f')) that one of them has, or of any other argument
// when the page holds a frame (a name's value, a selector of classes,
// which any frame could match; an id computed, x+'f' or `f${x}`: only a
// whole single literal is compared), as browsers find it.
func (f *frameSet) byID(e []byte) bool {
	if f == nil || !f.any {
		return false
	}
	for _, w := range []string{"getelementbyid(", "queryselector(", "$(", "jquery("} {
		i := bytes.Index(e, []byte(w))
		if i < 0 {
			continue
		}
		lit, ok := wholeLiteral(e[i+len(w):])
		if w[0] != 'g' && w[0] != 'q' && (!ok || bytes.HasPrefix(bytes.TrimSpace(lit), []byte("<"))) {
			continue // jQuery of no written selector (an element it wraps: frameReceiver), or markup it builds (of a frame: "frame" in it)
		}
		if !ok || !f.all {
			return true
		}
		if w[0] != 'g' { // a selector
			id, sel := bytes.CutPrefix(bytes.TrimSpace(lit), []byte("#"))
			if !sel || bytes.ContainsAny(id, " \t>+~.[:,#") {
				return true // a selector of another kind
			}
			lit = id
		}
		for _, id := range f.ids {
			if bytes.Equal(id, lit) {
				return true
			}
		}
		return false
	}
	return false
}

// scriptDecoded: the value at s[at:] set as a built script's src is
// decoded where it is set: a decoder call (s.src = atob(...)), or a name
// whose last assignment is one (var u = atob(k); s.src = u). A loader
// reads its scripts' addresses from a configuration it decoded (a JSON
// data attribute through decodeURIComponent or atob: s.src = cfg.src, a
// loop's u), which is no hidden address of the file's own, so the wider
// flow a frame's or a location's value is followed through
// (redirect_flow.go) is not read for a script.
//
// A src read from JSON the script decodes (JSON.parse(atob(...)).u, or a
// name so assigned and its property) counts only when the decoded string
// is written in the script and the value read of it is an address
// (redirect_json.go): a loader's configuration comes from the page.
// budget bounds the bytes so decoded (n is s as written).
func scriptDecoded(n, s []byte, at int, budget *int) bool {
	at = skipSpace(s, at)
	e := bytes.TrimSpace(valueExpr(s[at:min(len(s), at+maxValue)]))
	if url, ok := jsonSrc(n, s, at, nil, true, false, budget); ok {
		return url
	}
	if hasDecoder(e) {
		return true
	}
	name := argName(e)
	if name == nil {
		return false
	}
	search := maxKeySearch
	v := lastAssignment(s, at, name, &search)
	if v < 0 {
		return false
	}
	if len(name) < len(e) { // a property of the name's value: of decoded JSON only
		path, exact, read, trimmed := jsonPath(n[at+len(name) : at+len(e)])
		url, ok := jsonSrc(n, s, v, path, exact, trimmed, budget)
		return url || ok && !read // a method turns decoded JSON's value into what is unread
	}
	if url, ok := jsonSrc(n, s, v, nil, true, false, budget); ok {
		return url
	}
	return hasDecoder(valueExpr(s[v:min(len(s), v+maxValue)]))
}

// createsScript: expression e (lower-cased) builds a script element,
// createElement('script'): set a src and put in the page, it fetches
// the address and runs what it holds, as a frame loads its page. An
// image's src (a tracking pixel) runs nothing and is no navigation.
func createsScript(e []byte) bool {
	i := bytes.Index(e, []byte("createelement("))
	if i < 0 {
		return false
	}
	t := trimLeftCut(e[i+len("createelement("):], " \t\r\n")
	if len(t) < len("'script'") || t[0] != '\'' && t[0] != '"' && t[0] != '`' {
		return false
	}
	return bytes.HasPrefix(t[1:], []byte("script")) && t[len("'script'")-1] == t[0]
}

// storeAssembled: the navigation nv's value (or the last value of the
// name it is) reads the browser's store
// and the script writes the store a written piece of an address (a
// string holding // or http, or a host name: two labels or more of
// letters, digits and hyphens joined with dots).
func storeAssembled(s []byte, nv navigation, g *bigrams) bool {
	if nv.val < 0 || nv.val > len(s) {
		return false
	}
	v := valueExpr(s[nv.val:min(len(s), nv.val+maxValue)])
	if name := argName(v); name != nil && len(name) == len(bytes.TrimSpace(v)) { // a name: its last value
		budget := maxKeySearch
		if a := lastAssignment(s, nv.at, name, &budget); a >= 0 {
			v = valueExpr(s[a:min(len(s), a+maxValue)])
		}
	}
	if !readsPage(v, true) || readsPage(v, false) {
		return false
	}
	for _, w := range [][]byte{[]byte("setitem("), []byte("cookie")} {
		for p := range occurrences(g, s, w, maxNameCalls) {
			e := s[p+len(w):]
			if w[0] == 'c' {
				a, ok := assigned(e)
				if !ok {
					continue
				}
				e = a
			}
			if addressPiece(valueExpr(e[:min(len(e), maxValue)])) {
				return true
			}
		}
	}
	return false
}

// addressPiece: expression e writes a string holding //, http or a host
// name (storeAssembled).
func addressPiece(e []byte) bool {
	for i := 0; i < len(e); i++ {
		c := e[i]
		if c != '\'' && c != '"' && c != '`' {
			continue
		}
		j := bytes.IndexByte(e[i+1:], c)
		if j < 0 {
			return false
		}
		lit := e[i+1 : i+1+j]
		if bytes.Contains(lit, []byte("//")) || bytes.Contains(lit, []byte("http")) || hostPiece(lit) {
			return true
		}
		i += j + 1
	}
	return false
}

// hostPiece: lit holds a host name whose last label is two letters or
// more (evil.example, mail.corp.test/login).
func hostPiece(lit []byte) bool {
	for _, f := range bytes.FieldsFunc(lit, func(r rune) bool { return r == '/' || r == '=' || r == ';' || r == ' ' || r == ':' }) {
		labels := bytes.Split(f, []byte("."))
		if len(labels) < 2 {
			continue
		}
		ok := true
		for _, l := range labels {
			if len(l) == 0 || len(l) > 63 || !hostLabel(l) {
				ok = false
			}
		}
		last := labels[len(labels)-1]
		if ok && len(last) >= 2 && last[0] >= 'a' && last[0] <= 'z' {
			return true
		}
	}
	return false
}

// hostLabel: l is letters, digits and hyphens.
func hostLabel(l []byte) bool {
	for _, c := range l {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// navCallees are the navigations foldNavCalls reads when called through
// their call or apply methods, or set by Reflect.set: the location's
// assign and replace, the window's open and the Navigation API's
// navigate.
var navCallees = [][]byte{[]byte("location.assign"), []byte("location.replace"), []byte("open"), []byte("navigation.navigate")}

// foldNavCalls rewrites, in n and s alike and at the same offsets, the
// indirect forms of a navigation as the direct ones navigations reads:
// f.call(t, u), f.apply(t, [u]) and f.bind(t)(u) as f(u) when f is one
// of navCallees (location.assign.call(location, u), window.open.apply(
// window, [u]), open.call(null, u), location.assign.bind(location)(u);
// white space before and after the method's dot and before its
// parenthesis too: window.open .call(window, u), window.open. call(
// window, u), location.assign.bind (location)(u)), and Reflect.set(o,
// 'k', v) as o.k = v (Reflect.set(
// location, 'href', u), Reflect.set(window, 'location', u)), padded with
// spaces; at most maxFolds of each.
func foldNavCalls(n, s []byte) {
	for _, w := range []string{"call", "apply", "bind"} {
		for off, k := 0, 0; k < maxFolds; {
			i := bytes.Index(s[off:], []byte(w))
			if i < 0 {
				break
			}
			q := off + i // the method's name
			off = q + len(w)
			if at := skipSpace(s, off); at < len(s) && s[at] == '(' {
				off = at + 1 // after the call's parenthesis: bind (location)
			} else {
				continue
			}
			dot := trimRightCut(s[max(0, q-32):q], " \t\r\n") // window.open. call(
			if len(dot) == 0 || dot[len(dot)-1] != '.' {
				continue
			}
			k++
			p := max(0, q-32) + len(dot) - 1                  // the dot
			pre := trimRightCut(s[max(0, p-32):p], " \t\r\n") // window.open .call(
			if !navCallee(pre) {
				continue
			}
			// [lo, hi) becomes "(" and spaces
			lo, hi, close := p-(min(p, 32)-len(pre)), -1, -1
			if w == "bind" { // f.bind(t)(u): the bound function called at once
				e := off + topLevel(s[off:min(len(s), off+maxValue)], "")
				if e >= len(s) || s[e] != ')' {
					continue
				}
				if hi = skipSpace(s, e+1) + 1; hi > len(s) || s[hi-1] != '(' {
					continue
				}
			} else {
				c := topComma(s[off:min(len(s), off+maxValue)])
				if c < 0 {
					continue
				}
				hi = off + c + 1
			}
			if w == "apply" {
				t := trimLeftCut(s[hi:], " \t\r\n")
				if len(t) == 0 || t[0] != '[' {
					continue
				}
				hi = len(s) - len(t) + 1
				args := valueExpr(s[hi:min(len(s), hi+maxValue)])
				if close = hi + len(args); close >= len(s) || s[close] != ']' {
					continue
				}
			}
			for _, b := range [][]byte{n, s} {
				b[lo] = '('
				spaces(b[lo+1 : hi])
				if close >= 0 {
					b[close] = ' '
				}
			}
			off = hi
		}
	}
	reflectCalls(s, "reflect.set(", func(p, oLo, oHi int, t []byte) int {
		key, ok := quotedArg(t[1:])
		kLo := len(s) - len(t) // the comma before the key
		if !ok || len(key) == 0 || argName(key) == nil || len(argName(key)) != len(key) {
			return -1
		}
		u := trimLeftCut(trimLeftCut(t[1:], " \t\r\n")[len(key)+2:], " \t\r\n")
		if len(u) == 0 || u[0] != ',' {
			return -1
		}
		vAt := len(s) - len(u) + 1 // after the comma before the value
		if vAt-kLo < len(key)+2 {
			return -1 // no room for .key =
		}
		q := len(s) - len(trimLeftCut(t[1:], " \t\r\n")) // the key's opening quote
		for _, b := range [][]byte{n, s} {
			keyText := append([]byte(nil), b[q+1:q+1+len(key)]...)
			spaces(b[p:oLo])
			spaces(b[oHi:vAt])
			b[oHi] = '.'
			copy(b[oHi+1:], keyText)
			b[vAt-1] = '='
		}
		return vAt
	})
}

// navCallee: pre, the text before .call( or .apply(, ends with one of
// navCallees, the name whole (not xhr.open: open alone, or a window's).
func navCallee(pre []byte) bool {
	for _, c := range navCallees {
		k := len(pre) - len(c)
		if !bytes.HasSuffix(pre, c) || identByte(pre, k-1) {
			continue
		}
		if string(c) != "open" || k == 0 || pre[k-1] != '.' || windowOwned(pre[:k]) {
			return true
		}
	}
	return false
}

// topComma is the offset in b of the first comma outside brackets and
// quotes, -1 when a bracket closes first or there is none.
func topComma(b []byte) int {
	if i := topLevel(b, ","); i < len(b) && b[i] == ',' {
		return i
	}
	return -1
}
