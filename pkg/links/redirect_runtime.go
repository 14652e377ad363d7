package links

import (
	"bytes"
	"encoding/json"
)

// Decoders of what the reader's browser holds, read by hiddenRedirect
// (redirect.go): an attached page is opened from the disk, so what it
// reads of its own address (location.search, location.hash,
// document.URL), of the page that sent the browser there
// (document.referrer) or of the browser's store (document.cookie,
// localStorage, sessionStorage) comes from no string the file writes. A
// saved bank or shop page decodes its ReturnUrl parameter, a language
// cookie or its fragment and navigates there; a report decodes its
// search parameters; none of them hides an address in the file. Such a
// decoder is taken out of the reading (its name's first letter put in
// upper case, at the same offsets) when its argument reads one of these,
// directly or through the names it is given (a regular expression's
// match of the address, a URLSearchParams of it), up to runtimeHops
// assignments back, with no written string of runtimeLiteral bytes or
// more beside it (location.hash.slice(1) || 'aHR0cHM6...' hides the
// fallback) and no other fallback than a short written one; the store
// counts only when the script writes none of it (localStorage.setItem,
// document.cookie = ...): a kit could write its address there first.

// runtimeHops bounds the assignments a decoder's argument is followed
// back through, runtimeNames the names of each followed, and
// runtimeLiteral the written string that keeps a decoder counted.
const (
	runtimeHops    = 2
	runtimeNames   = 4
	runtimeLiteral = 16
)

// quietRuntimeDecoders takes out of lower-case script s (n as written) the decoder
// calls whose argument reads the browser's own state (above). Each
// decoder call costs at most a bounded search back, and all of them
// together at most a few times the script's length.
func quietRuntimeDecoders(n, s []byte, g *bigrams) {
	if !hasDecoder(s) {
		return
	}
	budget := 4*len(s) + 1<<16
	stores := storeWritten(s, &budget, g)
	var buf decodeBuf
	for _, d := range decoders[:] {
		if string(d) == "fromcharcode(" {
			continue
		}
		for off := 0; budget > 0; {
			i := indexIn(g, s, off, d)
			if i < 0 {
				break
			}
			at := off + i
			off = at + len(d)
			if identByte(s, at-1) {
				continue
			}
			if readsRuntime(s, off, runtimeHops, !stores, &budget) || writtenState(d, n, s, off, &budget, &buf) {
				s[at] -= 'a' - 'A'
			}
		}
	}
}

// storeWritten: script s writes the browser's store a string that could
// hide an address (localStorage.setItem('u', 'aHR0...'), document.cookie
// = 'u=' + k after k = 'aHR0...'): a written string of runtimeLiteral
// bytes or more in the value, or in the last assignment of a name it
// reads. A consent banner's document.cookie = n + '=' + v + ';path=/'
// writes none.
func storeWritten(s []byte, budget *int, g *bigrams) bool {
	for _, w := range []string{"setitem(", "cookie"} {
		for off := 0; *budget > 0; {
			i := indexIn(g, s, off, []byte(w))
			if i < 0 {
				break
			}
			off += i + len(w)
			v := s[off:]
			if w == "cookie" {
				a, ok := assigned(v)
				if !ok {
					continue
				}
				v = a
			}
			e := valueExpr(v[:min(len(v), maxValue)])
			*budget -= len(e)
			if longLiteral(e) {
				return true
			}
			var ids [runtimeNames][]byte
			for _, id := range appendOwnNames(ids[:0], e) {
				if at := lastAssignment(s, off, id, budget); at >= 0 && longLiteral(valueExpr(s[at:min(len(s), at+maxValue)])) {
					return true
				}
			}
		}
	}
	return false
}

// longLiteral: expression e writes a string of runtimeLiteral bytes or
// more.
func longLiteral(e []byte) bool {
	for i := 0; i < len(e); i++ {
		if c := e[i]; c == '\'' || c == '"' || c == '`' {
			j := bytes.IndexByte(e[i+1:], c)
			if j < 0 {
				return len(e)-i-1 >= runtimeLiteral
			}
			if j >= runtimeLiteral {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// writtenState: the decoder d whose argument starts at s[off] decodes a
// written string (whole: no pieces joined after it; n the script as
// written, s in lower case) into a JSON value
// that holds no address (no //, data: or javascript:, and no string that
// is one as the URL parser reads it, jsonURL: "https:evil.example",
// "ht\ttps://"): a page's serialized state
// (JSON.parse(decodeURIComponent('%7B%22user%22...'))), which navigates
// nowhere by itself. buf is the decoding's storage.
func writtenState(d, n, s []byte, off int, budget *int, buf *decodeBuf) bool {
	lit, ok := quotedArg(n[off:])
	if !ok || *budget < len(lit) {
		return false
	}
	rest := trimLeftCut(trimLeftCut(s[off:], " \t\r\n")[len(lit)+2:], " \t\r\n")
	if len(rest) == 0 || rest[0] != ')' {
		return false
	}
	*budget -= len(lit)
	dec := bytes.TrimSpace(buf.decode(d, lit))
	if len(dec) < 2 || dec[0] != '{' && dec[0] != '[' {
		return false
	}
	if bytes.Contains(dec, []byte("//")) || indexFold(dec, "data:") >= 0 || indexFold(dec, "javascript:") >= 0 {
		return false
	}
	var v any
	return json.Unmarshal(dec, &v) != nil || !anyJSONAddress(v, 0, true) // trimmed or not: any address
}

// pageReads are the browser's own state a script reads, with the owner
// it must have (empty: bare or the window's); storeReads the store's.
var (
	pageReads  = [][2]string{{"", "location"}, {"document.", "location"}, {"document.", "url"}, {"document.", "documenturi"}, {"document.", "referrer"}}
	storeReads = [][2]string{{"document.", "cookie"}, {"", "localstorage"}, {"", "sessionstorage"}}
)

// readsRuntime: the expression at s[at] (a decoder's argument, or a
// value assigned) reads the browser's state (readsPage), directly or
// through names assigned one, hops assignments back, and writes no
// string that could hide an address beside it.
func readsRuntime(s []byte, at, hops int, stores bool, budget *int) bool {
	arg := valueExpr(s[at:min(len(s), at+maxValue)])
	*budget -= len(arg)
	if writesFallback(arg) {
		return false
	}
	if readsPage(arg, stores) {
		return true
	}
	if hops == 0 {
		return false
	}
	var ids [runtimeNames][]byte
	for _, id := range appendOwnNames(ids[:0], arg) {
		if v := lastAssignment(s, at, id, budget); v >= 0 && readsRuntime(s, v, hops-1, stores, budget) {
			return true
		}
	}
	return false
}

// writesFallback: expression e writes a string of runtimeLiteral bytes
// or more, or falls back (||, ??) on anything but a written string.
func writesFallback(e []byte) bool {
	quote := byte(0)
	start := 0
	for i := 0; i < len(e); i++ {
		c := e[i]
		switch {
		case quote != 0:
			if c == quote {
				if i-start > runtimeLiteral {
					return true
				}
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote, start = c, i+1
		case (c == '|' || c == '?') && i+1 < len(e) && e[i+1] == c:
			t := trimLeftCut(e[i+2:], " \t")
			if len(t) == 0 || t[0] != '\'' && t[0] != '"' && t[0] != '`' {
				return true
			}
			i++
		}
	}
	return false
}

// readsPage: e names one of pageReads (or storeReads, when stores) as a
// whole name with its owner.
func readsPage(e []byte, stores bool) bool {
	check := func(list [][2]string) bool {
		for _, r := range list {
			name := []byte(r[1])
			for off := 0; ; {
				i := bytes.Index(e[off:], name)
				if i < 0 {
					break
				}
				p := off + i
				off = p + len(name)
				if identByte(e, p-1) || identByte(e, off) {
					continue
				}
				pre := e[:p]
				switch {
				case r[0] != "":
					if bytes.HasSuffix(pre, []byte(r[0])) && !identByte(pre, len(pre)-len(r[0])-1) && (len(pre) == len(r[0]) || pre[len(pre)-len(r[0])-1] != '.' || windowOwned(pre[:len(pre)-len(r[0])])) {
						return true
					}
					if r[1] != "location" {
						continue
					}
				}
				if p == 0 || pre[p-1] != '.' || windowOwned(pre) {
					return true
				}
			}
		}
		return false
	}
	return check(pageReads) || stores && check(storeReads)
}

// appendOwnNames is out (its caller's storage: one is read at each
// decoder call) holding the names expression e reads of its own (not
// another's property: .replace, nor a string's or a regular expression's
// text), at most runtimeNames.
func appendOwnNames(out [][]byte, e []byte) [][]byte {
	out = out[:0]
	for i := 0; i < len(e) && len(out) < runtimeNames; {
		if c := e[i]; c == '\'' || c == '"' || c == '`' || c == '/' && regexStart(e[max(0, i-16):i]) {
			if j := bytes.IndexByte(e[i+1:], c); j >= 0 { // a string's or a regular expression's text
				i += j + 2
				continue
			}
		}
		if !identByte(e, i) {
			i++
			continue
		}
		j := i
		for identByte(e, j) {
			j++
		}
		if (e[i] < '0' || e[i] > '9') && (i == 0 || e[i-1] != '.') {
			out = append(out, e[i:j])
		}
		i = j
	}
	return out
}

// lastAssignment is where, in s, the value of the last assignment of
// name before at starts (name = value, not ==, where a statement or a
// declaration starts: not inside a string, 'u=...'), within
// maxKeySearch before at, or -1.
func lastAssignment(s []byte, at int, name []byte, budget *int) int {
	lo := max(0, at-maxKeySearch)
	*budget -= at - lo
	last := -1
	for i := range occurrences(nil, s[lo:at], name, maxAssignSearch) {
		p := lo + i
		off := p + len(name)
		if identByte(s, p-1) || identByte(s, off) || !statementStart(s[max(0, p-16):p]) {
			continue
		}
		if v, ok := assigned(s[off:at]); ok {
			last = at - len(v)
		}
	}
	return last
}

// statementStart: pre, the text before a name, ends (white space aside)
// where a statement, a declaration or an argument starts (;, {, }, a
// comma, a parenthesis: if (!u) u = ..., a line break, var, let, const,
// else) or is the script's start.
func statementStart(pre []byte) bool {
	t := trimRightCut(pre, " \t\r")
	if len(t) == 0 {
		return len(pre) < 16
	}
	if bytes.IndexByte([]byte(";{},()\n"), t[len(t)-1]) >= 0 {
		return true
	}
	for _, k := range []string{"var", "let", "const", "else"} {
		if bytes.HasSuffix(t, []byte(k)) && len(t) < len(pre) && !identByte(t, len(t)-len(k)-1) {
			return true
		}
	}
	return false
}
