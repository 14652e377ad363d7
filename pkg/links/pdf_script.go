package links

import "strings"

// PDF JavaScript actions: Acrobat runs a document's OpenAction or a
// link's JavaScript action (<< /S /JavaScript /JS (app.launchURL("...")) >>),
// and the calls app.launchURL, this.getURL, app.openDoc and
// this.submitForm open a web page (or send the form there). Lures split
// the address into string pieces joined with "+" so that no URL is
// written out. jsActions reads the script of each /JS string (its first
// maxPDFURI bytes), or of the string or stream a /JS reference names
// (pdf_refs.go: a script in a stream object, its first maxPDFScript
// bytes), for those calls'
// first argument, joining its literal pieces, and for the URLs written
// out in it (but a URL that is only the first piece of a longer string). Nothing is run: a piece that is not a string literal ends
// the reading of that argument, which is then dropped.

// jsCalls are the calls whose first argument is an address to open.
var jsCalls = []string{"launchURL", "getURL", "openDoc", "submitForm"}

// Bounds of reading one argument: pieces joined, and the bytes an object
// literal's key may take before its value ({cURL: "..."}).
const (
	maxJSPieces = 64
	maxJSKey    = 32
)

// jsActions appends the addresses the JavaScript actions of b open.
// Offsets as in uriActions.
func jsActions(b []byte, streamAt int, out []pdfURI, limit int, refs *pdfRefs) []pdfURI {
	if len(out) >= limit {
		return out
	}
	nameStrings(b, "/JS", streamAt, refs, func(s string, off int) bool {
		for _, u := range jsURLs(s, limit-len(out)) {
			out = append(out, pdfURI{uri: u.uri, off: off, submits: u.submits})
		}
		return len(out) < limit
	})
	return out
}

// jsURLs returns at most limit addresses a script opens: the joined first
// arguments of jsCalls, then the URLs written out in it that are no such
// argument.
func jsURLs(js string, limit int) []pdfURI {
	var out []pdfURI
	seen := map[string]bool{}
	for _, name := range jsCalls {
		for pos := 0; len(out) < limit; {
			i := strings.Index(js[pos:], name)
			if i < 0 {
				break
			}
			pos += i + len(name)
			arg, ok := jsArgument(js[pos:])
			if !ok || seen[arg] {
				continue
			}
			seen[arg] = true
			out = append(out, pdfURI{uri: arg, submits: name == "submitForm"})
		}
	}
	scanText([]byte(js), scanMode{}, func(u textURL) bool {
		if raw := js[u.start:u.end]; !seen[raw] && !jsPiece(raw, js[u.end:]) {
			seen[raw] = true
			out = append(out, pdfURI{uri: raw})
		}
		return len(out) < limit
	})
	return out[:min(len(out), limit)]
}

// jsPiece: what follows a URL written in a script (rest) says it is only
// the first piece of a longer string: a template's substitution follows
// ("${"), or its string ends within the same word (the text scan stops a
// URL before a trailing "-" or ".") and "+" follows.
func jsPiece(raw, rest string) bool {
	if strings.HasSuffix(raw, "$") && strings.HasPrefix(rest, "{") {
		return true
	}
	rest = rest[:min(len(rest), 64)]
	i := strings.IndexAny(rest, "\"'`")
	if i < 0 || strings.ContainsAny(rest[:i], " \t\r\n") {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(rest[i+1:], " \t\r\n"), "+")
}

// jsArgument reads the first argument of a call whose name ends s:
// "(", then string literals joined by "+" (in an object literal, the
// first key's value: {cURL: "..."}), up to the next "," or ")".
func jsArgument(s string) (string, bool) {
	s = strings.TrimLeft(s, " \t\r\n")
	if !strings.HasPrefix(s, "(") {
		return "", false
	}
	s = strings.TrimLeft(s[1:], " \t\r\n")
	if strings.HasPrefix(s, "{") {
		k := strings.IndexByte(s[:min(len(s), maxJSKey)], ':')
		if k < 0 {
			return "", false
		}
		s = s[k+1:]
	}
	var sb strings.Builder
	for n := 0; n < maxJSPieces; n++ {
		s = strings.TrimLeft(s, " \t\r\n")
		piece, rest, ok := jsString(s)
		if !ok || sb.Len()+len(piece) > maxPDFURI {
			return "", false
		}
		sb.WriteString(piece)
		rest = strings.TrimLeft(rest, " \t\r\n")
		if !strings.HasPrefix(rest, "+") {
			end := rest == "" || strings.ContainsAny(rest[:1], ",)}")
			return sb.String(), end && sb.Len() > 0
		}
		s = rest[1:]
	}
	return "", false
}

// jsString reads the string literal at the start of s ('...', "..." or
// `...` without substitutions) with its simple escapes, and what follows.
func jsString(s string) (string, string, bool) {
	if s == "" || (s[0] != '"' && s[0] != '\'' && s[0] != '`') {
		return "", s, false
	}
	q := s[0]
	var sb strings.Builder
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == q:
			return sb.String(), s[i+1:], true
		case c == '$' && q == '`' && i+1 < len(s) && s[i+1] == '{':
			return "", s, false // a substitution is no literal
		case c == '\\' && i+1 < len(s):
			r, n := jsEscape(s[i+1:])
			sb.WriteString(r)
			i += n
		case c == '\n' && q != '`':
			return "", s, false
		default:
			sb.WriteByte(c)
		}
	}
	return "", s, false
}

// jsEscape decodes the escape after a backslash (\xHH, \uHHHH, or the
// character itself) and returns it and how many bytes it took.
func jsEscape(s string) (string, int) {
	width := 0
	switch s[0] {
	case 'x':
		width = 2
	case 'u':
		width = 4
	}
	if width > 0 && len(s) > width {
		v := 0
		for _, c := range []byte(s[1 : 1+width]) {
			h, ok := unhex(c)
			if !ok {
				return s[:1], 1
			}
			v = v<<4 | int(h)
		}
		return string(rune(v)), 1 + width
	}
	switch s[0] {
	case 'n', 'r', 't':
		return " ", 1
	}
	return s[:1], 1
}
