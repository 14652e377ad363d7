package links

import (
	"bytes"
	"iter"
	"strings"
)

// Data flow of hiddenRedirect (redirect.go), read cheaply: a decoder near a
// navigation counts only when what it decodes reaches the navigation's
// value (written in it, or through names the script assigns it to before
// the navigation, within the window: plain names, an object literal's
// fields, destructuring, properties, functions returning it, a
// function's parameter given it, a callback of a call on it), and a
// decoder inside a call that writes markup (document.write) counts only
// when the string it decodes, written in the call, assigned to the name
// it is given or held by the element it reads by id, holds a navigation,
// a form or a password field. A genuine page decodes a token it reads (JSON.parse(atob(t)))
// beside a navigation to an address of its configuration, writes a
// message it decrypts, or runs a worker from decoded code (new
// Worker(URL.createObjectURL(blob))): none of them sends the reader where
// it decodes.

// maxTainted bounds the names one window's assignments carry a decoded
// value through, and maxValue how far a navigation's value is read.
const (
	maxTainted = 8
	maxValue   = navWindow
)

// decodedTarget: the value of navigation nv in s (w = s[lo:...] its
// window) holds a decoder call or a name assigned from one in w before
// the navigation; a navigation of unknown value (a written refresh)
// counts any decoder of its window.
func decodedTarget(s []byte, nv navigation, lo int, w []byte, ev []flowEvent) bool {
	far := flowNames(ev, nv.at, true)
	if nv.val < 0 || nv.val > len(s) {
		return hasDecoder(w) || taints(s[nv.at:lo+len(w)], far)
	}
	v := valueExpr(s[nv.val:min(len(s), nv.val+maxValue)])
	if hasDecoder(v) {
		return true
	}
	names := append(taintedNames(s[lo:max(lo, nv.at)]), far...)
	return taints(v, names) || paramFlow(s, lo, nv.at, min(len(s), nv.at+navWindow), v, names)
}

// paramFlow: the navigation's value v names a parameter of the function
// written last before the navigation at s[at] (function name(p) {...},
// name = (p) => ..., p => ...), and that function is given a decoded
// value (what a decoder returns, or a name of names): it is a callback of
// a call on one (fetch(atob(u)).then(r => r.json()).then(d => {
// location.href = d.url })), or is called by its name, within s[lo:hi],
// with one (go(atob(k))).
func paramFlow(s []byte, lo, at, hi int, v []byte, names [][]byte) bool {
	fn, params, start := lastFunction(s[lo:at])
	if start < 0 {
		return false
	}
	taken := false
	for _, p := range identifiers(params) {
		taken = taken || namesWhole(v, p)
	}
	if !taken {
		return false
	}
	if head := calledOn(s[lo : lo+start]); taints(head, names) {
		return true
	}
	if fn == nil {
		return false
	}
	w := s[lo:hi]
	for p := range occurrences(nil, w, fn, maxCalls) {
		off := p + len(fn)
		rest := trimLeftCut(w[off:], " \t")
		if identByte(w, p-1) || identByte(w, off) || len(rest) == 0 || rest[0] != '(' || bytes.HasSuffix(trimRightCut(w[:p], " \t"), []byte("function")) {
			continue
		}
		if taints(valueExpr(rest[1:min(len(rest), maxValue)]), names) {
			return true
		}
	}
	return false
}

// maxCalls bounds the calls of a function paramFlow reads.
const maxCalls = 8

// lastFunction finds the function written last in w (function name(p),
// (p) =>, p =>): its name (the one declared, or the name it is assigned
// to; nil when none), its parameters' text, and where it starts in w
// (-1: none).
func lastFunction(w []byte) (name, params []byte, start int) {
	f := bytes.LastIndex(w, []byte("function"))
	a := bytes.LastIndex(w, []byte("=>"))
	switch {
	case f >= 0 && f > a && !identByte(w, f-1) && !identByte(w, f+len("function")):
		rest := w[f+len("function"):]
		open, end := bytes.IndexByte(rest, '('), bytes.IndexByte(rest, ')')
		if open < 0 || end < open || open > 64 {
			return nil, nil, -1
		}
		name, params, start = argName(rest[:open]), rest[open+1:end], f
	case a > 0:
		b := trimRightCut(w[:a], " \t\r\n")
		start = len(b)
		for start > 0 && identByte(b, start-1) {
			start--
		}
		if start == len(b) && b[len(b)-1] == ')' {
			start = bytes.LastIndexByte(b, '(')
			if start < 0 || len(b)-start > 64 {
				return nil, nil, -1
			}
			params = b[start+1 : len(b)-1]
		} else {
			params = b[start:]
		}
		before := trimRightCut(w[:start], " \t")
		before = bytes.TrimSuffix(before, []byte("async"))
		if l, _, ok := assignment(before); ok {
			name = l
		}
	default:
		return nil, nil, -1
	}
	if name != nil && bytes.HasPrefix(name, []byte("function")) {
		name = nil
	}
	return name, params, start
}

// calledOn: head is the text before a function given as a call's
// argument (fetch(atob(u)).then(r => ...)): the statement that call
// stands in, up to the function, read back to a ; or line break outside
// brackets or to the opening of the block holding it; nil when the
// function is no call's argument.
func calledOn(head []byte) []byte {
	t := trimRightCut(head, " \t\r\n")
	if len(t) == 0 || t[len(t)-1] != '(' && t[len(t)-1] != ',' {
		return nil
	}
	depth := 0
	for i := len(t) - 1; i >= 0; i-- {
		switch c := t[i]; {
		case c == ')' || c == ']' || c == '}':
			depth++
		case c == '(' || c == '[' || c == '{':
			if depth == 0 && c == '{' {
				return t[i+1:]
			}
			depth = max(0, depth-1)
		case (c == ';' || c == '\n') && depth == 0:
			return t[i+1:]
		}
	}
	return t
}

// hasDecoder: b calls one of decoders.
func hasDecoder(b []byte) bool {
	if bytes.IndexByte(b, '(') < 0 { // every decoder is a call
		return false
	}
	for _, d := range decoders {
		if bytes.Contains(b, d) {
			return true
		}
	}
	return false
}

// valueExpr is the expression b starts with: up to a ';' or line break
// outside quotes and brackets, or the ')' that closes the call it is an
// argument of.
func valueExpr(b []byte) []byte {
	return b[:topLevel(b, ";\n")]
}

// topLevel is the offset in b of its first byte outside quotes and
// brackets that is one of stops, or of the first closing bracket that
// closes none opened in b; len(b) when there is neither. Brackets ((, [,
// {) are counted and a quoted string ('...', "...", `...`, up to the
// next like quote not escaped by a backslash) is skipped whole. The one
// bracket scanner of the reading (valueExpr, callArgs, topComma,
// objectKey); callArgs and objectKey count again quote-blind when a
// quote is still open at the end (blindLevel: a regex literal, a
// comment or a template's ${...} holding a quote).
func topLevel(b []byte, stops string) int {
	i, _ := scanLevel(b, stops, true)
	return i
}

// blindLevel is topLevel's offset read as callArgs and objectKey read
// it: quoted strings skipped, unless that leaves a quote open at the
// end of b; then brackets counted in quotes too (quote-blind, as they
// read before quotes were skipped), so a quote the scanner cannot pair
// (/'/, // don't, `${'`'}`) hides no bracket after it. blind says the
// quote-blind count was used.
func blindLevel(b []byte, stops string) (i int, blind bool) {
	if i, open := scanLevel(b, stops, true); !open {
		return i, false
	}
	i, _ = scanLevel(b, stops, false)
	return i, true
}

// scanLevel is topLevel's scan, quoted strings skipped when quotes
// holds; open: it read to the end of b inside a quoted string.
func scanLevel(b []byte, stops string, quotes bool) (int, bool) {
	depth, quote := 0, byte(0)
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case quote != 0:
			if c == '\\' {
				i++ // the escaped byte: \' does not end '...'
			} else if c == quote {
				quote = 0
			}
		case quotes && (c == '\'' || c == '"' || c == '`'):
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				return i, false
			}
			depth--
		case depth == 0 && strings.IndexByte(stops, c) >= 0:
			return i, false
		}
	}
	return len(b), quote != 0
}

// taintedNames are the names the statements of w assign (name = ...,
// var name = ..., obj.name = ..., destructured: const {a, b} = ..., [a,
// b] = ...) from a decoder call or from a name already so assigned
// (an object literal's fields too: var c = {u: atob(k)}; a name assigned
// again from something else no longer counts), and the names
// of functions that return one (function name() { return atob(k) },
// const name = () => { return ... }: the last function named before the
// return), in order, at most maxTainted.
func taintedNames(w []byte) [][]byte {
	var names [][]byte
	var fn, prevSt []byte
	prev := byte(0) // the byte that ended the statement before
	add := func(rhs []byte, lhs ...[]byte) {
		if !taints(rhs, names) {
			return
		}
		for _, l := range lhs {
			if len(names) < maxTainted {
				names = append(names, l)
			}
		}
	}
	for start, i := 0, 0; i <= len(w) && len(names) < maxTainted; i++ {
		if i < len(w) && !statementEnd(w[i]) {
			continue
		}
		st := w[start:i]
		if f := declaredFunction(st); f != nil {
			fn = f
		}
		lhs, rhs, ok := assignment(st)
		if ok && i < len(w) && w[i] == '{' && len(bytes.TrimSpace(rhs)) == 0 { // var c = {u: atob(k)}
			rhs = valueExpr(w[i:min(len(w), i+maxValue)])
		}
		ret := false
		if t := trimLeftCut(st, " \t\r"); bytes.HasPrefix(t, []byte("return")) && !identByte(t, len("return")) && fn != nil {
			lhs, rhs, ok, ret = fn, t[len("return"):], true, true
		}
		switch {
		case ok && !ret && !taints(rhs, names):
			names = dropName(names, lhs) // assigned again from something else (let t = new URL(...))
		case ok:
			add(rhs, lhs)
		case prev == '}' && destructured(st):
			add(trimLeftCut(st, " \t\r=")[0:], identifiers(prevSt)...)
		default:
			if l, r, ok := arrayPattern(st); ok {
				add(r, identifiers(l)...)
			}
		}
		prevSt, start = st, i+1
		if i < len(w) {
			prev = w[i]
		}
	}
	return names
}

// dropName is names without name.
func dropName(names [][]byte, name []byte) [][]byte {
	out := names[:0]
	for _, n := range names {
		if !bytes.Equal(n, name) {
			out = append(out, n)
		}
	}
	return out
}

// statementEnd: c ends a statement as taintedNames reads them.
func statementEnd(c byte) bool { return c == ';' || c == '\n' || c == '{' || c == '}' }

// taints: rhs calls a decoder or names one of names.
func taints(rhs []byte, names [][]byte) bool {
	if hasDecoder(rhs) {
		return true
	}
	for _, n := range names {
		if namesWhole(rhs, n) {
			return true
		}
	}
	return false
}

// destructured: statement st, read after the } that closes an object
// pattern (const {url, next} = ...), is the pattern's = value.
func destructured(st []byte) bool {
	t := trimLeftCut(st, " \t\r")
	return len(t) > 1 && t[0] == '=' && t[1] != '=' && t[1] != '>'
}

// arrayPattern splits a destructuring statement [a, b] = value (var, let
// or const before) at its =: the pattern's inside and the value.
func arrayPattern(st []byte) (pattern, rhs []byte, ok bool) {
	i := bytes.IndexByte(st, '=')
	if i < 0 || i+1 < len(st) && (st[i+1] == '=' || st[i+1] == '>') {
		return nil, nil, false
	}
	l := trimRightCut(st[:i], " \t\r")
	if len(l) == 0 || l[len(l)-1] != ']' {
		return nil, nil, false
	}
	k := bytes.LastIndexByte(l, '[')
	if k < 0 || k > 0 && (identByte(l, k-1) || l[k-1] == ')' || l[k-1] == ']') { // a[i] = ... is no pattern
		return nil, nil, false
	}
	return l[k+1 : len(l)-1], st[i+1:], true
}

// maxPatternNames bounds the names identifiers returns.
const maxPatternNames = 8

// identifiers are the names b holds (a destructuring pattern's), at most
// maxPatternNames.
func identifiers(b []byte) [][]byte {
	var out [][]byte
	for i := 0; i < len(b) && len(out) < maxPatternNames; {
		if !identByte(b, i) {
			i++
			continue
		}
		j := i
		for identByte(b, j) {
			j++
		}
		if b[i] < '0' || b[i] > '9' {
			out = append(out, b[i:j])
		}
		i = j
	}
	return out
}

// declaredFunction is the name statement st declares a function of
// (function name(, name = function, name = (...) =>), or nil.
func declaredFunction(st []byte) []byte {
	lhs, rhs, ok := assignment(st)
	return declaredFunctionOf(st, lhs, rhs, ok)
}

// declaredFunctionOf is declaredFunction of st, whose assignment (lhs,
// rhs, ok) its caller has read.
func declaredFunctionOf(st, lhs, rhs []byte, ok bool) []byte {
	if i := bytes.Index(st, []byte("function ")); i >= 0 {
		if n := argName(st[i+len("function "):]); n != nil {
			return n
		}
	}
	if ok && (bytes.Contains(rhs, []byte("function")) || bytes.Contains(rhs, []byte("=>"))) {
		return lhs
	}
	return nil
}

// assignment splits a statement name = value (var, let or const before;
// a property: a.b = ... assigns a.b, window.b = ... b) at its first =,
// not ==, !=, <=, >= or =>.
func assignment(st []byte) (lhs, rhs []byte, ok bool) {
	for i := 0; i < len(st); i++ {
		if st[i] != '=' {
			continue
		}
		if i+1 < len(st) && (st[i+1] == '=' || st[i+1] == '>') || i > 0 && bytes.IndexByte([]byte("=!<>"), st[i-1]) >= 0 {
			return nil, nil, false
		}
		l := trimRightCut(st[:i], " \t\r+-*/|&")
		j := len(l)
		for j > 0 && (identByte(l, j-1) || l[j-1] == '.' && j < len(l) && identByte(l, j-2)) {
			j--
		}
		if j == len(l) || l[j] == '.' {
			return nil, nil, false
		}
		return globalName(l[j:]), st[i+1:], true
	}
	return nil, nil, false
}

// namesWhole: b names name as a whole name of its own (not another
// object's property: .name, but the window's: window.name, and not part of
// a longer name).
func namesWhole(b, name []byte) bool {
	for off := 0; ; {
		i := bytes.Index(b[off:], name)
		if i < 0 {
			return false
		}
		at := off + i
		end := at + len(name)
		if !identByte(b, at-1) && (at == 0 || b[at-1] != '.' || windowOwned(b[:at])) && !identByte(b, end) {
			return true
		}
		off = at + 1
	}
}

// globalOwners are the names of the window a global name may be read as
// a property of.
var globalOwners = [][]byte{[]byte("window."), []byte("self."), []byte("globalthis."), []byte("this."), []byte("top.")}

// globalName is name without the window it is a property of
// (window.dest is dest).
func globalName(name []byte) []byte {
	for _, o := range globalOwners {
		if bytes.HasPrefix(name, o) && len(name) > len(o) {
			return name[len(o):]
		}
	}
	return name
}

// windowOwned: pre, the text before a name, ends with the window's name
// and a dot (window., self.): the name is a global one.
func windowOwned(pre []byte) bool {
	for _, o := range globalOwners {
		if k := len(pre) - len(o); bytes.HasSuffix(pre, o) && !identByte(pre, k-1) && (k == 0 || pre[k-1] != '.') {
			return true
		}
	}
	return false
}

// workerURL: the createObjectURL call at p in s makes the script of a
// worker (new Worker(URL.createObjectURL(b)), or a name so assigned and
// given to new Worker(name) within navWindow after), which runs beside
// the page and navigates nowhere.
func workerURL(s []byte, p int) bool {
	j := p
	for j > 0 && p-j < 32 && (identByte(s, j-1) || s[j-1] == '.') {
		j--
	}
	before := trimRightCut(s[max(0, j-128):j], " \t\r\n")
	if bytes.HasSuffix(before, []byte("worker(")) {
		return true
	}
	name := assignedTo(before, "=!<>")
	if name == nil {
		return false
	}
	after := s[p:min(len(s), p+navWindow)]
	for off := 0; ; {
		i := bytes.Index(after[off:], []byte("worker("))
		if i < 0 {
			return false
		}
		off += i + len("worker(")
		arg := trimLeftCut(after[off:], " \t")
		if bytes.HasPrefix(arg, name) && !identByte(arg, len(name)) {
			return true
		}
	}
}

// wrappers are the calls a decoder's value may pass through on its way
// to an executor (decodeURIComponent(escape(atob(x)))).
var wrappers = [][]byte{[]byte("atob("), []byte("fromcharcode("), []byte("unescape("), []byte("decodeuricomponent("), []byte("escape(")}

// maxWrappers bounds the wrapping calls stripped before a decoder.
const maxWrappers = 4

// wrapsDecoder: a decoder's argument, rest, is another decoder's or
// escape's call, which is read on its own.
func wrapsDecoder(rest []byte) bool {
	rest = trimLeftCut(rest, " \t\r\n")
	for _, w := range wrappers {
		if bytes.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// runsUnwritten: the decoder d at s[at:off] (n the script as written) is
// given an argument it does not write (a name, an expression) and what it
// returns goes straight into an executor (eval(atob(k)), and the indirect
// forms (0,eval)(...), eval.call(null, ...), eval.apply(null, [...]),
// window.eval, self['eval'], an alias var e = eval: aliases, evalAliases
// of the script): hidden script runs;
// or into a writer (document.write(...)): counted when the argument is a
// name the script assigns a written string to that decodes to a
// navigation.
func (r *redirectReader) runsUnwritten(n, s []byte, at, off int, d []byte, depth int, aliases func() [][]byte) bool {
	before := callee(s[:at])
	if before != nil && (calls(before, executors) || calls(before, aliases())) {
		return true
	}
	if !writesMarkup(s[:at]) || depth >= maxDecodeDepth {
		return false
	}
	lit, ok := assignedLiteral(n[:at], argName(n[off:]), r.budget)
	if !ok { // assigned after, read when a function is called
		lit, ok = assignedLiteral(n, argName(n[off:]), r.budget)
	}
	if !ok {
		lit, ok = r.elementText(s[off:])
	}
	if !ok || r.budget < len(lit) {
		return false
	}
	r.budget -= len(lit)
	dec := decodeWritten(d, lit)
	return dec != nil && (r.navigatesIn(dec, depth+1) || credentialMarkup(dec))
}

// credentialMarkup: decoded markup a page writes holds a form or a
// password field: a sign-in page smuggled whole (a message an envelope
// viewer decrypts holds neither; a written script tag, the old analytics
// snippet's, is no sign of one).
func credentialMarkup(dec []byte) bool {
	if indexFold(dec, "<form") >= 0 {
		return true
	}
	for off, k := 0, 0; k < maxDecodes; k++ {
		i := indexFold(dec[off:], "password")
		if i < 0 {
			return false
		}
		at := off + i
		off = at + len("password")
		if indexFold(dec[max(0, at-12):at], "type") >= 0 {
			return true
		}
	}
	return false
}

// elementText is the text of the element of the reader's document that
// a decoder's argument, arg (lower case), reads by its id
// (document.getElementById('d').textContent, innerText, innerHTML): a
// kit's payload held in a hidden element; false when arg reads none or
// the document holds no such element. Each look costs the document's
// length of the budget.
func (r *redirectReader) elementText(arg []byte) ([]byte, bool) {
	arg = trimLeftCut(arg, " \t\r\n")
	const get = "document.getelementbyid("
	if !bytes.HasPrefix(arg, []byte(get)) || r.doc == nil || r.budget < len(r.doc) {
		return nil, false
	}
	id, ok := quotedArg(arg[len(get):])
	if !ok || len(id) == 0 {
		return nil, false
	}
	rest := trimLeftCut(arg[len(get):], " \t")
	rest = trimLeftCut(rest[len(id)+2:], " \t")
	if !bytes.HasPrefix(rest, []byte(").")) {
		return nil, false
	}
	prop := rest[2:]
	if !bytes.HasPrefix(prop, []byte("textcontent")) && !bytes.HasPrefix(prop, []byte("innertext")) && !bytes.HasPrefix(prop, []byte("innerhtml")) {
		return nil, false
	}
	r.budget -= len(r.doc)
	for _, q := range []string{`"`, "'", ""} {
		at := indexFold(r.doc, "id="+q+string(id)+q)
		if at < 0 {
			continue
		}
		end := at + len("id=") + 2*len(q) + len(id)
		if q == "" && end < len(r.doc) && r.doc[end] != '>' && !isHTMLSpace(r.doc[end]) {
			continue
		}
		gt := bytes.IndexByte(r.doc[end:], '>')
		if gt < 0 {
			return nil, false
		}
		text := r.doc[end+gt+1:]
		if lt := bytes.IndexByte(text, '<'); lt >= 0 {
			text = text[:lt]
		}
		return bytes.TrimSpace(text), true
	}
	return nil, false
}

// callee is the text before a decoder call up to the function that
// receives its value, the call's opening taken off: through wrapping
// calls (escape(atob(...))), an indirect call ((0,eval)(...)) and
// .call(this, ...) or .apply(this, [...]); nil when the value is no
// call's first argument.
func callee(before []byte) []byte {
	for range maxWrappers {
		t := trimRightCut(before, " \t\r\n")
		stripped := false
		for _, w := range wrappers {
			if bytes.HasSuffix(t, w) && !identByte(t, len(t)-len(w)-1) {
				before, stripped = t[:len(t)-len(w)], true
				break
			}
		}
		if !stripped {
			break
		}
	}
	b := trimRightCut(before, " \t\r\n")
	if bytes.HasSuffix(b, []byte(",[")) || bytes.HasSuffix(b, []byte(", [")) {
		b = trimRightCut(b[:bytes.LastIndexByte(b, ',')+1], " \t")
	}
	if bytes.HasSuffix(b, []byte(",")) { // f.call(this, value), f.apply(this, [value])
		k := len(b) - 1
		for k > 0 && len(b)-k < 24 && (identByte(b, k-1) || b[k-1] == '.' || b[k-1] == ' ') {
			k--
		}
		t := trimRightCut(b[:k], " \t")
		for _, m := range [][]byte{[]byte(".call("), []byte(".apply(")} {
			if bytes.HasSuffix(t, m) {
				return t[:len(t)-len(m)]
			}
		}
		return nil
	}
	if !bytes.HasSuffix(b, []byte("(")) {
		return nil
	}
	b = trimRightCut(b[:len(b)-1], " \t\r\n")
	if bytes.HasSuffix(b, []byte(")")) { // (0, eval)(value), (eval)(value)
		b = trimRightCut(b[:len(b)-1], " \t\r\n")
	}
	return b
}

// calls: the callee text b ends with one of names as a whole name
// (retrieval and overwrite are other functions).
func calls(b []byte, names [][]byte) bool {
	for _, e := range names {
		if bytes.HasSuffix(b, e) && !identByte(b, len(b)-len(e)-1) {
			return true
		}
	}
	return false
}

// maxAliases bounds the names evalAliases returns.
const maxAliases = 8

// evalAliases are the names script s (lower case) assigns eval or
// Function to (var e = eval; const f = window["ev"+"al"]; g =
// self.Function), read with quoted pieces joined and bracket names read
// as properties; nil when s names neither.
func evalAliases(s []byte, g *bigrams) [][]byte {
	if !g.mayHold([]byte("ev")) || !bytes.Contains(s, []byte("ev")) {
		if !g.mayHold([]byte("function")) || !bytes.Contains(s, []byte("function")) {
			return nil
		}
	}
	j := joinPieces(s, false)
	if len(j) != len(s) {
		g = nil // pieces joined: j may hold what s does not
	}
	if bytes.Contains(j, []byte("['")) || bytes.Contains(j, []byte(`["`)) {
		j, _ = bracketNames(j, nil)
		g = nil // names in brackets read: as well
	}
	var out [][]byte
	for _, target := range [][]byte{[]byte("eval"), []byte("function")} {
		for off := 0; len(out) < maxAliases; {
			i := indexIn(g, j, off, target)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(target)
			if name := aliasOf(j, at, off); name != nil {
				out = append(out, name)
			}
		}
	}
	return out
}

// aliasOf: the name j[at:end] (eval or function), standing as a value of
// its own (not called, not a property's owner, not a function's
// declaration), optionally a property of the window (window., self.,
// globalthis., this.), is assigned to a name: that name, or nil.
func aliasOf(j []byte, at, end int) []byte {
	if identByte(j, end) || identByte(j, at-1) {
		return nil
	}
	rest := trimLeftCut(j[end:min(len(j), end+16)], " \t\r\n")
	if len(rest) > 0 && (rest[0] == '(' || rest[0] == '.' || rest[0] == '[' || identByte(rest, 0)) {
		return nil
	}
	b := j[max(0, at-48):at]
	for _, owner := range [][]byte{[]byte("window."), []byte("self."), []byte("globalthis."), []byte("this."), []byte("top.")} {
		if bytes.HasSuffix(b, owner) {
			b = b[:len(b)-len(owner)]
			break
		}
	}
	return assignedTo(b, "=!<>+-*/")
}

// assignedTo: b, the text before a value, ends with "NAME =", where the
// character before "=" is none of notOps (==, !=, <=, >= and, as the
// caller says, compound assignments): NAME, or nil.
func assignedTo(b []byte, notOps string) []byte {
	b = trimRightCut(b, " \t\r\n")
	if len(b) < 2 || b[len(b)-1] != '=' || strings.IndexByte(notOps, b[len(b)-2]) >= 0 {
		return nil
	}
	l := trimRightCut(b[:len(b)-1], " \t")
	k := len(l)
	for k > 0 && identByte(l, k-1) {
		k--
	}
	if k == len(l) {
		return nil
	}
	return l[k:]
}

// argName is the name a call's argument b starts with, or nil.
func argName(b []byte) []byte {
	b = trimLeftCut(b, " \t\r\n")
	k := 0
	for identByte(b, k) {
		k++
	}
	if k == 0 || '0' <= b[0] && b[0] <= '9' {
		return nil
	}
	return b[:k]
}

// maxAssignSearch bounds the places a name is looked for as assigned.
const maxAssignSearch = 64

// assignedLiteral is the string the script n (the text before the name's
// use) last assigns to name (name = '...', var name = "..." + '...', an
// array of pieces joined), with what it appends to it after (name +=
// '...'), its quoted pieces joined within limit bytes, or false (also
// when its last assignment is no string: name = el.textContent).
func assignedLiteral(n, name []byte, limit int) ([]byte, bool) {
	if name == nil {
		return nil, false
	}
	var val []byte
	ok := false
	for at := range occurrences(nil, n, name, maxAssignSearch) {
		off := at + len(name)
		if identByte(n, at-1) || identByte(n, off) || at > 0 && n[at-1] == '.' {
			continue
		}
		rest := trimLeftCut(n[off:], " \t\r\n")
		if bytes.HasPrefix(rest, []byte("+=")) {
			lit, more := joinedArg(rest[2:], limit-len(val))
			if ok && more && len(val)+len(lit) <= limit {
				val = append(val, lit...)
			} else {
				val, ok = nil, false
			}
			continue
		}
		v, is := assigned(rest)
		if !is {
			continue
		}
		if lit, more := joinedArg(v, limit); more {
			val, ok = append([]byte(nil), lit...), true
		} else if lit, more := joinedArray(v, limit); more {
			val, ok = lit, true
		} else {
			val, ok = nil, false
		}
	}
	return val, ok
}

// joinedArray is the string an array of quoted pieces joined with
// nothing spells (['PGh0', 'bWw+'].join(”)), within limit bytes, or
// false.
func joinedArray(v []byte, limit int) ([]byte, bool) {
	v = trimLeftCut(v, " \t\r\n")
	if len(v) == 0 || v[0] != '[' {
		return nil, false
	}
	var out []byte
	b := v[1:]
	for range maxArgPieces {
		lit, ok := quotedArg(b)
		if !ok || len(out)+len(lit) > limit {
			return nil, false
		}
		out = append(out, lit...)
		b = trimLeftCut(b, " \t\r\n")
		b = trimLeftCut(b[len(lit)+2:], " \t\r\n")
		switch {
		case len(b) > 0 && b[0] == ',':
			b = b[1:]
			continue
		case len(b) > 0 && b[0] == ']':
			j := trimLeftCut(b[1:], " \t\r\n")
			for _, e := range []string{".join('')", `.join("")`, ".join(``)"} {
				if bytes.HasPrefix(j, []byte(e)) {
					return out, true
				}
			}
		}
		return nil, false
	}
	return nil, false
}

// trimLeftCut is bytes.TrimLeft for a cutset of ASCII bytes (nil when
// nothing is left, as it), read without the set bytes.TrimLeft builds at
// each call: hiddenRedirect trims at every statement of a long script.
func trimLeftCut(b []byte, cutset string) []byte {
	for len(b) > 0 && strings.IndexByte(cutset, b[0]) >= 0 {
		b = b[1:]
	}
	if len(b) == 0 {
		return nil
	}
	return b
}

// trimRightCut is bytes.TrimRight for a cutset of ASCII bytes, as
// trimLeftCut.
func trimRightCut(b []byte, cutset string) []byte {
	for len(b) > 0 && strings.IndexByte(cutset, b[len(b)-1]) >= 0 {
		b = b[:len(b)-1]
	}
	return b
}

// bigrams is the set of byte pairs a script holds, read in one pass: a
// word one of whose pairs it lacks is nowhere in it, and the many
// searches of a long script for a call it does not make (eval, window[,
// document.write() end without reading it. A nil set holds every pair.
type bigrams [1 << 16 / 64]uint64

// minBigramScript is the length from which a script's pairs are read:
// below it, a search costs less than the reading.
const minBigramScript = 4 << 10

// readBigrams is the set of byte pairs of s, nil when s is short.
func readBigrams(s []byte) *bigrams {
	if len(s) < minBigramScript {
		return nil
	}
	g := new(bigrams)
	for i := 0; i+1 < len(s); i++ {
		p := uint(s[i])<<8 | uint(s[i+1])
		g[p>>6] |= 1 << (p & 63)
	}
	return g
}

// mayHold: every byte pair of needle is in g (always, when g is nil or
// needle shorter than a pair).
func (g *bigrams) mayHold(needle []byte) bool {
	if g == nil {
		return true
	}
	for i := 0; i+1 < len(needle); i++ {
		p := uint(needle[i])<<8 | uint(needle[i+1])
		if g[p>>6]&(1<<(p&63)) == 0 {
			return false
		}
	}
	return true
}

// indexIn is bytes.Index(s[off:], needle), s's pairs being g (nil:
// unknown): -1 at once when g lacks one of needle's.
func indexIn(g *bigrams, s []byte, off int, needle []byte) int {
	if !g.mayHold(needle) {
		return -1
	}
	return bytes.Index(s[off:], needle)
}

// occurrences yields where word occurs in s (s's pairs g, nil: unknown),
// each search starting after the last occurrence's end, at most max of
// them: every occurrence counts, also one the caller passes over (a
// name's part, a property).
func occurrences(g *bigrams, s, word []byte, max int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if !g.mayHold(word) {
			return
		}
		for off, k := 0, 0; k < max; k++ {
			i := bytes.Index(s[off:], word)
			if i < 0 {
				return
			}
			at := off + i
			if !yield(at) {
				return
			}
			off = at + len(word)
		}
	}
}
