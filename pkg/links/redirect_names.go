package links

import (
	"bytes"
	"strconv"
)

// The whole script's names, read by hiddenRedirect (redirect.go) beside
// the window redirect_flow.go reads around a navigation: one pass over
// the script records which names it assigns a decoded value (or a name
// holding one, or a function returning one) and where a later assignment
// of something else replaces it, so that a decoded address assigned far
// before the navigation still reaches it, and so that a call that runs
// or writes a decoded name (var s = atob(x); eval(s); document.write(h);
// el.innerHTML = h; new Function(s)()) is read as one that runs or writes
// the decoder's value. Minified libraries reuse one-letter names in
// every function: a name assigned more than navWindow before its use
// counts only when assigned at the script's top level (brace depth 0) or
// when it is three bytes or more.

// maxFlowEvents bounds the assignments one script's pass keeps (the
// pass reads the whole script, flowLog.evict making room), and
// maxNameCalls the calls of one executor or writer read for a decoded
// name.
const (
	maxFlowEvents = 64
	maxNameCalls  = 32
)

// flowEvent is one assignment of a name the pass follows: from a decoded
// value (decoded) or, after one, from something else (not decoded).
type flowEvent struct {
	name    []byte
	at      int  // where, in s, the assigning statement ends
	decoded bool // the name holds a decoded value from here on
	fn      bool // a function returning a decoded value
	far     bool // may be read beyond navWindow (top level, or 3 bytes or more)
	top     bool // assigned at the script's top level
	rhs     int  // where, in s, the value assigned starts (-1: none)
	rhsEnd  int
}

// scriptFlow reads lower-case script s once, statement by statement (a
// statement ends at ; or a line break or a brace outside quotes), and
// returns the assignments of decoded values and of the names holding
// them, in order, at most maxFlowEvents; nil when s calls no decoder.
func scriptFlow(s []byte) []flowEvent {
	if !hasDecoder(s) {
		return nil
	}
	var log flowLog
	var live [][]byte // names decoded at the statement read
	var fn, prevSt []byte
	prev := byte(0)
	depth := 0
	set := func(name []byte, decoded, isFn bool, at, d, rhs, rhsEnd int) {
		k := -1
		for i, l := range live {
			if bytes.Equal(l, name) {
				k = i
			}
		}
		switch {
		case decoded && k < 0:
			live = append(live, name)
		case !decoded && k >= 0:
			live = append(live[:k], live[k+1:]...)
		case !decoded:
			return // a name never decoded: nothing to follow
		}
		if len(live) > maxFlowEvents {
			live = live[1:]
		}
		log.add(flowEvent{name: name, at: at, decoded: decoded, fn: isFn, far: d == 0 || len(name) >= 3, top: d == 0, rhs: rhs, rhsEnd: rhsEnd})
	}
	quote := byte(0)
	noRegex := 0 // a regular expression literal is looked for from here on
	for start, i := 0, 0; i <= len(s); i++ {
		if quote == 0 { // what the switch below passes over, passed at once
			for i < len(s) && !flowStops[s[i]] {
				i++
			}
		} else {
			for i < len(s) && s[i] != '\\' && s[i] != quote && s[i] != '\n' {
				i++
			}
		}
		if i < len(s) {
			c := s[i]
			switch {
			case quote != 0:
				if c == '\\' {
					i++
				} else if c == quote || c == '\n' && quote != '`' {
					quote = 0
				}
				continue
			case c == '\'' || c == '"' || c == '`':
				quote = c
				continue
			case c == '/':
				i, noRegex = skipSlash(s, i, noRegex)
				continue
			case !statementEnd(c):
				continue
			}
		}
		st := s[start:i]
		lhs, rhs, ok := assignment(st)
		if f := declaredFunctionOf(st, lhs, rhs, ok); f != nil {
			fn = f
		}
		rhsAt := start + len(st) - len(rhs)
		if ok && i < len(s) && s[i] == '{' && len(bytes.TrimSpace(rhs)) == 0 {
			rhs, rhsAt = valueExpr(s[i:min(len(s), i+maxValue)]), i
		}
		isFn := false
		if t := trimLeftCut(st, " \t\r"); bytes.HasPrefix(t, []byte("return")) && !identByte(t, len("return")) && fn != nil {
			lhs, rhs, ok, isFn = fn, t[len("return"):], true, true
			rhsAt = start + len(st) - len(rhs)
		}
		switch {
		case ok:
			if !isFn && functionValue(rhs) {
				break // a function's declaration: its return is read
			}
			set(lhs, taints(rhs, live), isFn, i, depth, rhsAt, rhsAt+len(rhs))
		case prev == '}' && destructured(st):
			d := taints(st, live)
			for _, l := range identifiers(prevSt) {
				set(l, d, false, i, depth, -1, -1)
			}
		default:
			if l, r, ok := arrayPattern(st); ok {
				d := taints(r, live)
				for _, n := range identifiers(l) {
					set(n, d, false, i, depth, -1, -1)
				}
			}
		}
		prevSt, start = st, i+1
		if i < len(s) {
			prev = s[i]
			switch prev {
			case '{':
				depth++
			case '}':
				depth = max(0, depth-1)
			}
		}
	}
	return log.ev
}

// flowStops are the bytes outside quotes scriptFlow stops at: a quote,
// a slash, and what ends a statement (statementEnd).
var flowStops = [256]bool{'\'': true, '"': true, '`': true, '/': true, ';': true, '\n': true, '{': true, '}': true}

// flowLog is scriptFlow's events, in order, at most maxFlowEvents: ev,
// a window of buf that moves on as the oldest is dropped and is copied
// back to buf's start when it reaches its end, so that making room costs
// no copy of all the events each time; near and inner count the events
// of ev that are no far ones and no top-level ones.
type flowLog struct {
	ev, buf     []flowEvent
	near, inner int
}

// add appends e to the log, evicting an event first when it is full.
func (l *flowLog) add(e flowEvent) {
	if len(l.ev) == maxFlowEvents {
		l.evict()
	}
	if l.buf == nil {
		l.buf = make([]flowEvent, 2*maxFlowEvents)
		l.ev = l.buf[:0]
	}
	if len(l.ev) == cap(l.ev) {
		l.ev = l.buf[:copy(l.buf, l.ev)]
	}
	l.ev = append(l.ev, e)
	l.count(e, 1)
}

// count adds d to the counts of the kinds e is of.
func (l *flowLog) count(e flowEvent, d int) {
	if !e.far {
		l.near += d
	}
	if !e.top {
		l.inner += d
	}
}

// evict makes room in the log, full, for one more event: it drops the
// oldest that matters least (one read only near where it is assigned,
// else one inside a function, else the oldest of all), with the earlier
// events of its name, which it replaced (dropping a name's later
// assignment in clear alone would leave its decoded value live). A
// bundled library's own decoded names thus never push out a kit's
// top-level one written after it.
func (l *flowLog) evict() {
	ev := l.ev
	k := 0
	switch {
	case l.near > 0:
		for k < len(ev) && ev[k].far {
			k++
		}
	case l.inner > 0:
		for k < len(ev) && ev[k].top {
			k++
		}
	}
	if k == 0 { // the oldest: no earlier events of its name
		l.count(ev[0], -1)
		l.ev = ev[1:]
		return
	}
	name := ev[k].name
	out := ev[:0]
	for i, e := range ev {
		if i == k || i < k && bytes.Equal(e.name, name) {
			l.count(e, -1)
			continue
		}
		out = append(out, e)
	}
	l.ev = out
}

// skipSlash reads the / at s[i] outside quotes: a comment (// to the
// line's end, /* to */) or a regular expression literal (after an
// operator, a bracket or a keyword that starts an expression, up to its
// closing / on the line, within maxRegexBytes) is skipped whole, so that
// a quote or brace inside one (/['"]/g, /\{/) is not read as the script's.
// It returns where reading goes on (its last byte) and, when no regular
// expression closed, noRegex moved past what was searched, so that no
// byte is searched twice for one.
func skipSlash(s []byte, i, noRegex int) (int, int) {
	if i+1 < len(s) && s[i+1] == '/' {
		if j := bytes.IndexByte(s[i:], '\n'); j >= 0 {
			return i + j - 1, noRegex // the line break ends the statement
		}
		return len(s) - 1, noRegex
	}
	if i+1 < len(s) && s[i+1] == '*' {
		if j := bytes.Index(s[i+2:], []byte("*/")); j >= 0 {
			return i + 2 + j + 1, noRegex
		}
		return len(s) - 1, noRegex
	}
	if i < noRegex || !regexStart(s[max(0, i-16):i]) {
		return i, noRegex
	}
	class := false
	end := min(len(s), i+1+maxRegexBytes)
	for j := i + 1; j < end; j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			class = true
		case ']':
			class = false
		case '/':
			if !class {
				return j, noRegex
			}
		case '\n':
			return i, j
		}
	}
	return i, end
}

// maxRegexBytes bounds a regular expression literal skipSlash reads.
const maxRegexBytes = 256

// regexStart: pre, the text before a /, ends (white space aside) with
// what an expression follows (an operator, an opening bracket, a comma,
// a statement's end, return or typeof) or is empty: the / opens a
// regular expression, not a division.
func regexStart(pre []byte) bool {
	t := trimRightCut(pre, " \t\r\n")
	if len(t) == 0 {
		return len(pre) < 16
	}
	if c := t[len(t)-1]; bytes.IndexByte([]byte("(,=:[!&|?{};+-*%<>~^"), c) >= 0 {
		return true
	}
	for _, k := range []string{"return", "typeof", "case"} {
		if bytes.HasSuffix(t, []byte(k)) && !identByte(t, len(t)-len(k)-1) {
			return true
		}
	}
	return false
}

// flowNames are the names that hold a decoded value at s[p] by ev: the
// last assignment of each before p decoded, and within navWindow of p or
// far (flowEvent.far); functions only when fns.
func flowNames(ev []flowEvent, p int, fns bool) [][]byte {
	var out [][]byte
	for i, e := range ev {
		if e.at > p || !e.decoded || e.fn && !fns || !e.far && p-e.at > navWindow {
			continue
		}
		last := true
		for _, f := range ev[i+1:] {
			if f.at <= p && bytes.Equal(f.name, e.name) {
				last = false
				break
			}
		}
		if last {
			out = append(out, e.name)
		}
	}
	return out
}

// lastDecoded is the last event of ev before p assigning name a decoded
// value that is no function's, or false.
func lastDecoded(ev []flowEvent, name []byte, p int) (flowEvent, bool) {
	var got flowEvent
	ok := false
	for _, e := range ev {
		if e.at <= p && bytes.Equal(e.name, name) {
			got, ok = e, e.decoded && !e.fn
		}
	}
	return got, ok
}

// inNames: name is one of names.
func inNames(name []byte, names [][]byte) bool {
	for _, n := range names {
		if bytes.Equal(n, name) {
			return true
		}
	}
	return false
}

// nameExecutors are the calls that run a string they are given as script
// (Function only as the constructor, capitalized: function(s) { ... }
// declares one).
var nameExecutors = [][]byte{[]byte("eval"), []byte("function"), []byte("settimeout"), []byte("setinterval")}

// runsDecodedName: script n (s in lower case, ev its scriptFlow) runs a
// name holding a decoded value as script (eval(s), new Function(s)(),
// setTimeout(s), an alias of eval: aliases), or writes one as markup
// (document.write(h), el.innerHTML = h, outerHTML,
// insertAdjacentHTML(where, h)) whose decoded string is known and
// navigates or holds a form or a password field (writtenMarkup).
func (r *redirectReader) runsDecodedName(n, s []byte, ev []flowEvent, depth int, aliases [][]byte, g *bigrams) bool {
	if ev == nil {
		return false
	}
	for _, e := range append(append([][]byte(nil), nameExecutors...), aliases...) {
		for p := range occurrences(g, s, e, maxNameCalls) {
			off := p + len(e)
			if identByte(s, p-1) || identByte(s, off) || p > 0 && s[p-1] == '.' && !windowOwned(s[:p]) {
				continue
			}
			if string(e) == "function" && n[p] != 'F' {
				continue
			}
			rest := trimLeftCut(s[off:], " \t")
			if len(rest) > 0 && rest[0] == ')' { // (0, eval)(s)
				rest = trimLeftCut(rest[1:], " \t")
			}
			if len(rest) == 0 || rest[0] != '(' {
				continue
			}
			if name := argName(rest[1:]); name != nil && inNames(name, flowNames(ev, p, false)) {
				return true
			}
		}
	}
	if depth >= maxDecodeDepth {
		return false
	}
	for _, w := range [][]byte{[]byte("document.write("), []byte("document.writeln("), []byte(".innerhtml"), []byte(".outerhtml"), []byte("insertadjacenthtml(")} {
		for p := range occurrences(g, s, w, maxNameCalls) {
			off := p + len(w)
			var arg []byte
			switch w[len(w)-1] {
			case '(':
				arg = s[off:]
				if w[0] == 'i' { // insertAdjacentHTML('beforeend', h)
					c := bytes.IndexByte(arg[:min(len(arg), 32)], ',')
					if c < 0 {
						continue
					}
					arg = arg[c+1:]
				}
			default:
				v, ok := assigned(s[off:])
				if !ok {
					continue
				}
				arg = v
			}
			name := argName(arg)
			if name == nil && w[0] == 'd' {
				continue // document.write(atob(...)): runsDecoded reads it
			}
			if name == nil {
				if d, ok := r.writtenDecoder(n, s, len(s)-len(arg), depth); ok && d {
					return true
				}
				continue
			}
			e, ok := lastDecoded(ev, name, p)
			if !ok || e.rhs < 0 {
				continue
			}
			if d, ok := r.writtenDecoder(n, s, e.rhs, depth); ok && d {
				return true
			}
		}
	}
	return false
}

// writtenDecoder reads the value at s[at] (n as written) when it starts
// with decoder calls (decodeURIComponent(escape(atob(p)))): the string
// the innermost decodes (written, the last string assigned to the name
// it is given before at, or the text of the element it reads by id),
// decoded; true when that navigates or holds a form or a password field
// (a sign-in page written whole). ok is false when the value is no known
// decoded string.
func (r *redirectReader) writtenDecoder(n, s []byte, at, depth int) (hides, ok bool) {
	p := at
	for range maxWrappers + 1 {
		t := trimLeftCut(s[p:], " \t\r\n")
		p = len(s) - len(t)
		if bytes.HasPrefix(t, []byte("string.")) {
			p += len("string.")
			t = t[len("string."):]
		}
		var d []byte
		for _, w := range wrappers {
			if bytes.HasPrefix(t, w) {
				d = w
			}
		}
		if d == nil {
			return false, false
		}
		p += len(d)
		if wrapsDecoder(s[p:]) {
			continue
		}
		if string(d) == "escape(" {
			return false, false
		}
		lit, ok := joinedArg(n[p:], r.budget)
		if !ok {
			lit, ok = assignedLiteral(n[:at], argName(n[p:]), r.budget)
		}
		if !ok {
			lit, ok = r.elementText(s[p:])
		}
		if !ok || r.budget < len(lit) {
			return false, false
		}
		r.budget -= len(lit)
		dec := decodeWritten(d, lit)
		return dec != nil && (r.navigatesIn(dec, depth+1) || credentialMarkup(dec)), true
	}
	return false, false
}

// maxKeyBytes bounds the computed key of a window's property read, and
// maxKeySearch how far before it the assignment of a name it is read.
const (
	maxKeyBytes  = 256
	maxKeySearch = 4096
)

// computedEvals reads the script's computed properties of the window
// (window[...], self[...], globalThis[...], this[...], top[...]) whose
// key spells eval or Function by pieces, a decoder or a name holding
// either (self['ev'+'al'], window[atob('ZXZhbA==')], globalThis[x] after
// x = 'ev' + 'al'): hidden is true when one is called on a decoded value
// (a decoder's, or a name of ev holding one) or its key is itself
// decoded; the names such a property is assigned to are aliases of eval.
func computedEvals(n, s []byte, ev []flowEvent, g *bigrams) (hidden bool, aliases [][]byte) {
	for _, owner := range globalIndexes {
		for p := range occurrences(g, s, owner, maxNameCalls) {
			off := p + len(owner)
			if identByte(s, p-1) || p > 0 && s[p-1] == '.' {
				continue
			}
			end := bytes.IndexByte(s[off:min(len(s), off+maxKeyBytes)], ']')
			if end < 0 {
				continue
			}
			key, decodedKey := keyValue(n, s, off, off+end, 1)
			if string(key) != "eval" && string(key) != "Function" {
				continue
			}
			rest := trimLeftCut(s[off+end+1:], " \t")
			if len(rest) > 0 && rest[0] == '(' {
				arg := rest[1:]
				if decodedKey || hasDecoder(valueExpr(arg[:min(len(arg), maxValue)])) || inNames(argName(arg), flowNames(ev, p, false)) {
					return true, aliases
				}
				continue
			}
			if name := assignedTo(s[:p], "=!<>+-*/"); name != nil && len(aliases) < maxAliases {
				aliases = append(aliases, name)
			}
		}
	}
	return false, aliases
}

// globalIndexes are globalOwners read by index (window[, self[).
var globalIndexes = [][]byte{[]byte("window["), []byte("self["), []byte("globalthis["), []byte("this["), []byte("top[")}

// keyValue is the string expression n[lo:hi] (s in lower case) spells:
// quoted pieces joined with +, a decoder's written string decoded
// (decoded is then true), String.fromCharCode of numbers, or a name whose
// last assignment before lo is one of these (hops names deep); nil when
// it spells none.
func keyValue(n, s []byte, lo, hi, hops int) (val []byte, decoded bool) {
	e := bytes.TrimSpace(n[lo:hi])
	le := bytes.TrimSpace(s[lo:hi])
	if lit, ok := joinedArg(e, maxKeyBytes); ok {
		return lit, false
	}
	for _, d := range decoders {
		at := bytes.Index(le, d)
		if at < 0 || at > len("string.") {
			continue
		}
		arg := e[at+len(d):]
		if string(d) == "fromcharcode(" {
			return charCodes(arg), true
		}
		if lit, ok := joinedArg(arg, maxKeyBytes); ok {
			return decodeWritten(d, lit), true
		}
		return nil, false
	}
	name := argName(e)
	if name == nil || len(name) != len(e) || hops == 0 {
		return nil, false
	}
	// the name's last assignment before lo, within maxKeySearch
	last := -1
	from := max(0, lo-maxKeySearch)
	for i := range occurrences(nil, n[from:lo], name, maxAssignSearch) {
		at := from + i
		off := at + len(name)
		if identByte(n, at-1) || identByte(n, off) || at > 0 && n[at-1] == '.' {
			continue
		}
		if _, ok := assigned(n[off:lo]); ok {
			last = off
		}
	}
	if last < 0 {
		return nil, false
	}
	v, _ := assigned(n[last:lo])
	vs := len(n[:lo]) - len(v)
	end := vs + len(valueExpr(n[vs:min(lo, vs+maxKeyBytes)]))
	return keyValue(n, s, vs, end, hops-1)
}

// charCodes is the string String.fromCharCode(...) of written numbers
// (decimal or 0x hex) spells, nil when its arguments are no such list.
func charCodes(arg []byte) []byte {
	end := bytes.IndexByte(arg, ')')
	if end < 0 {
		return nil
	}
	var out []byte
	for _, f := range bytes.Split(arg[:end], []byte(",")) {
		v, err := strconv.ParseInt(string(bytes.TrimSpace(f)), 0, 32)
		if err != nil || v < 0 || v > 0x7f {
			return nil
		}
		out = append(out, byte(v))
	}
	return out
}

// functionValue: an assigned value rhs is a function (function (...),
// async ..., (p) => ..., p => ...), not a call given one.
func functionValue(rhs []byte) bool {
	t := trimLeftCut(rhs, " \t\r\n")
	if bytes.HasPrefix(t, []byte("function")) && !identByte(t, len("function")) || bytes.HasPrefix(t, []byte("async")) && !identByte(t, len("async")) {
		return true
	}
	a := bytes.Index(t, []byte("=>"))
	if a < 0 {
		return false
	}
	pre := bytes.TrimSpace(t[:a])
	if len(pre) > 1 && pre[0] == '(' && pre[len(pre)-1] == ')' {
		return bytes.IndexByte(pre[1:], '(') < 0
	}
	return len(pre) > 0 && len(argName(pre)) == len(pre)
}
