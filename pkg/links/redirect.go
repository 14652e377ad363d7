package links

import (
	"bytes"

	xhtml "golang.org/x/net/html"
)

// hiddenRedirect: an HTML document's script sends the browser to another
// address (location = ..., location.href = ..., location.replace(...),
// location.assign(...), window.open(...)), or offers a file it builds
// (URL.createObjectURL), from an address or data that it decodes or assembles
// instead of writing it: atob, String.fromCharCode, unescape or
// decodeURIComponent in the same script, or an address split into
// quoted pieces joined with + ('ht'+'tps://' + 'evil' + '.example'), so
// that no reader of the file sees where it leads. This is HTML
// smuggling's redirect: the attached "remittance" opens in the browser
// and forwards the reader at once to a page named nowhere. A saved web
// page's script reads its location (document.location.protocol ==
// "https:") and writes its analytics addresses in clear; it has no need
// to hide a destination it navigates to (Extracted.HiddenRedirect).
func hiddenRedirect(doc []byte) bool {
	z := xhtml.NewTokenizer(bytes.NewReader(doc))
	inScript := false
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return false
		case xhtml.StartTagToken:
			name, more := z.TagName()
			inScript = string(name) == "script"
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if bytes.HasPrefix(k, []byte("on")) && hidesNavigation(v) {
					return true
				}
			}
		case xhtml.EndTagToken:
			inScript = false
		case xhtml.TextToken:
			if inScript && hidesNavigation(z.Text()) {
				return true
			}
		}
	}
}

// openers are the calls that open an address or a file the script made:
// a window, or a download built in the page (HTML smuggling's file,
// URL.createObjectURL of a Blob).
var openers = [][]byte{[]byte("window.open("), []byte("createobjecturl(")}

// decoders are the calls that turn a written string into an address.
var decoders = [][]byte{[]byte("atob("), []byte("fromcharcode("), []byte("unescape("), []byte("decodeuricomponent(")}

// navWindow is how far before and after a navigation hidesNavigation
// looks for the address being decoded or assembled: a kit decodes the
// address next to where it goes there, while a bundled library's
// decodeURIComponent and its location code lie far apart.
const navWindow = 400

// maxNavigations bounds the navigations one script is searched around,
// which keeps the reading linear: a kit navigates once or twice.
const maxNavigations = 16

// hidesNavigation: script navigates and, near where it does, hides where
// (hiddenRedirect).
func hidesNavigation(script []byte) bool {
	s := bytes.ToLower(script)
	for _, p := range navigations(s) {
		w := s[max(0, p-navWindow):min(len(s), p+navWindow)]
		for _, d := range decoders {
			if bytes.Contains(w, d) {
				return true
			}
		}
		joined := joinPieces(w)
		if bytes.Count(joined, []byte("://")) > bytes.Count(w, []byte("://")) ||
			bytes.Count(joined, []byte("http")) > bytes.Count(w, []byte("http")) {
			return true
		}
	}
	return false
}

// navigations returns where, in lower-case script s, the script assigns
// the page's location (not a comparison, ==), calls its replace or
// assign, or calls an opener: at most maxNavigations of them, each found
// in one pass over s.
func navigations(s []byte) []int {
	var at []int
	for _, call := range openers {
		for off := 0; len(at) < maxNavigations; {
			k := bytes.Index(s[off:], call)
			if k < 0 {
				break
			}
			if !relativeTarget(s[off+k+len(call):]) {
				at = append(at, off+k)
			}
			off += k + len(call)
		}
	}
	for off := 0; len(at) < maxNavigations; {
		k := bytes.Index(s[off:], []byte("location"))
		if k < 0 {
			break
		}
		p := off + k
		off = p + len("location")
		rest := s[off:]
		switch {
		case bytes.HasPrefix(rest, []byte(".replace(")), bytes.HasPrefix(rest, []byte(".assign(")):
			if _, arg, _ := bytes.Cut(rest, []byte("(")); !relativeTarget(arg) {
				at = append(at, p)
			}
			continue
		case bytes.HasPrefix(rest, []byte(".href")):
			rest = rest[len(".href"):]
		}
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if len(rest) > 0 && rest[0] == '=' && (len(rest) == 1 || rest[1] != '=') && !relativeTarget(rest[1:]) {
			at = append(at, p)
		}
	}
	return at
}

// relativeTarget: the value a navigation is given starts with a quoted
// path on the page's own site ("/search?q=" + q, "./next", "#top",
// "?page=2"), where a page goes with what it decoded (a search box's
// query) without hiding another site; "//host" is another site.
func relativeTarget(v []byte) bool {
	v = bytes.TrimLeft(v, " \t\r\n")
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
// "a"+"b", `a`+`b`) taken out, so that "'ht'+'tps:'" reads "'https:'".
func joinPieces(s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\'' || c == '"' || c == '`' {
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j < len(s) && s[j] == '+' {
				j++
				for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n') {
					j++
				}
				if j < len(s) && (s[j] == '\'' || s[j] == '"' || s[j] == '`') {
					i = j
					continue
				}
			}
		}
		out = append(out, s[i])
	}
	return out
}
