package links

import (
	"bytes"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Password fields. Legitimate mail sends the reader to a site's own
// sign-in page; it almost never asks them to type a password into a form
// inside the message or an attachment (an encrypted-mail envelope, such
// as Cisco's securedoc.html, is the known exception). Credential-harvesting kits do: an HTML
// attachment ("Remittance.html"), a page zipped, a form drawn in an SVG
// with <foreignObject>, or the message's own HTML. pwForms follows the
// forms of one document: the targets of a form that holds an
// <input type=password> (its action, a button's formaction) carry
// FlagPassword. A password field whose form sends it nowhere the scan
// reads (no form, no action, an action that resolves to nothing) marks
// the message instead (collector.password, Extracted.PasswordField), when
// the document runs script: the kit's script posts it (fetch,
// XMLHttpRequest). Without script such a field sends nothing anywhere: a
// web designer's zipped sign-in template (action="/login") is inert. A
// password field that names its form (form="ID", which browsers follow
// to a form anywhere in the document, or to none) marks the targets of
// every form of its document, as the scan does not follow ids.

// pwForms is the state of the open form of one document.
type pwForms struct {
	open  bool // inside a <form>; a nested <form>, which browsers ignore, is ignored
	first int  // index in the collector's links where the open form's targets start
	field bool // the open form holds a password field
	loose bool // the document holds a password field no target carries away
	named bool // the document holds a password field that names its form (form="ID")
}

// start opens a form whose targets are added from link index first on.
func (p *pwForms) start(first int) {
	if !p.open {
		p.open, p.first, p.field = true, first, false
	}
}

// input notes an <input> whose type attribute, entities decoded, is typ
// ("" when it has none); named: it has a form attribute, which gives it
// the form of that id whether it stands in another form or in none.
func (p *pwForms) input(typ string, named bool) {
	if !passwordType(typ) {
		return
	}
	if named {
		p.named = true
		return
	}
	if !p.open {
		p.loose = true
		return
	}
	p.field = true
}

// end closes the open form (at </form> or the document's end): its
// targets, the links from p.first on that target reports true for, carry
// FlagPassword when it held a password field; with none, the field is
// loose.
func (p *pwForms) end(c *collector, target func(*Link) bool) {
	if !p.open {
		return
	}
	if p.field {
		marked := false
		for i := p.first; i < len(c.links); i++ {
			if target(&c.links[i]) {
				c.links[i].Flags |= FlagPassword
				marked = true
			}
		}
		p.loose = p.loose || !marked
	}
	p.open, p.field = false, false
}

// done ends the document, whose links start at index first: its open
// form closes, a field that names its form marks every target of the
// document, and a loose password field marks the message when the
// document runs script (scripted, asked only then).
func (p *pwForms) done(c *collector, first int, target func(*Link) bool, scripted func() bool) {
	p.end(c, target)
	if p.named {
		p.open, p.first, p.field = true, first, true
		p.end(c, target)
	}
	c.password = c.password || p.loose && scripted()
}

// passwordType: an input's type attribute says password, in any case and
// with white space around it, as browsers read it.
func passwordType(typ string) bool {
	return len(typ) >= 8 && strings.EqualFold(strings.Trim(typ, " \t\n\r\f"), "password")
}

// htmlFormTarget: a link the HTML scanner found as a form's target.
func htmlFormTarget(l *Link) bool { return l.Kind == KindForm }

// svgFormTarget: a link the SVG scanner found as a form's target.
func svgFormTarget(l *Link) bool { return l.Flags.Has(FlagSubmits) }

// A text field masked as a password: browsers draw a text input whose
// CSS says -webkit-text-security: disc (or circle, square) as dots, as
// they draw a password field, and kits so disguise theirs from readers
// that look for type=password. masks holds what a document's <style>
// rules mask; a field masked by its own style attribute or by such a rule
// on its class, its id or every input counts as a password field.
type masks struct {
	all          bool // a rule on input (input, input[type=text]) masks every text field
	classes, ids map[string]bool
}

// maxMaskRules bounds the text-security declarations a document's rules
// are read for, and maskLookBack how far back from one its rule's
// selector is looked for.
const (
	maxMaskRules = 32
	maskLookBack = 512
)

// maskRules reads the rules of doc that mask text fields: each
// declaration text-security: disc|circle|square within a { } block gives
// the class names and ids of the last compound of each of its selectors
// (".pw", "form #p", "input.k, .m"), or every input for a selector of
// input with neither. Nil when doc names no text-security.
func maskRules(doc []byte) *masks {
	if indexFold(doc, "text-security") < 0 {
		return nil
	}
	m := &masks{classes: map[string]bool{}, ids: map[string]bool{}}
	for off, n := 0, 0; n < maxMaskRules; n++ {
		i := indexFold(doc[off:], "text-security")
		if i < 0 {
			break
		}
		at := off + i
		off = at + len("text-security")
		if !maskingValue(doc[off:]) {
			continue
		}
		from := max(0, at-maskLookBack)
		open := bytes.LastIndexByte(doc[from:at], '{')
		if open < 0 || bytes.ContainsAny(doc[from+open:at], "}<>\"") {
			continue
		}
		sel := doc[from : from+open]
		if k := bytes.LastIndexAny(sel, "{}>;"); k >= 0 {
			sel = sel[k+1:]
		}
		m.selectors(sel)
	}
	return m
}

// maskingValue: after "text-security", the declaration's value masks
// (": disc", ":circle", ": square").
func maskingValue(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || b[0] != ':' {
		return false
	}
	b = bytes.TrimLeft(b[1:], " \t\r\n\"'")
	for _, v := range []string{"disc", "circle", "square"} {
		if len(b) >= len(v) && asciiEqualFold(b[:len(v)], v) {
			return true
		}
	}
	return false
}

// selectors notes the class names and ids of the last compound of each
// selector in sel, separated by commas, but of one whose [type=...]
// names no text field (input[type=password], a saved page's rule for
// its real password fields, masks no text field).
func (m *masks) selectors(sel []byte) {
	for one := range bytes.SplitSeq(sel, []byte(",")) {
		f := bytes.Fields(attrSelectorsTight(one))
		if len(f) == 0 {
			continue
		}
		last := string(lowerBytes(f[len(f)-1]))
		if typ, ok := selectorType(last); ok && !textField(typ) {
			continue
		}
		named := false
		for i := 0; i < len(last); i++ {
			if last[i] != '.' && last[i] != '#' {
				continue
			}
			j := i + 1
			for j < len(last) && (last[j] == '-' || last[j] == '_' || '0' <= last[j] && last[j] <= '9' || 'a' <= last[j] && last[j] <= 'z') {
				j++
			}
			if j > i+1 {
				named = true
				if last[i] == '.' {
					m.classes[last[i+1:j]] = true
				} else {
					m.ids[last[i+1:j]] = true
				}
			}
			i = j - 1
		}
		if !named && strings.HasPrefix(last, "input") && !pseudoClass(last) {
			m.all = true
		}
	}
}

// pseudoClass: the compound c has a pseudo-class or pseudo-element
// (input:focus, input:not(...), input::placeholder), outside its
// brackets: a rule that masks a generic input only in a state (a
// designer's focus style) masks no field as a password; one on a class
// or an id still masks that field.
func pseudoClass(c string) bool {
	depth := 0
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case '[':
			depth++
		case ']':
			depth = max(0, depth-1)
		case ':':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// pdfJSViewer: doc is a PDF.js viewer page (it loads pdf.js, pdf.mjs or
// pdf.min.js, or configures pdfjsLib, and holds the viewer's password
// dialog: an element whose id is passwordOverlay or passwordDialog),
// whose script asks for the password of the PDF it shows, in the page,
// and posts it nowhere: its password field alone is no phishing form (a
// form whose target carries it still is). The viewer's script is its
// files: a page is not taken for it when any script of its own could post
// the field: an event handler or javascript: URL, a script from a place
// other than the viewer's (relative, and no <base>) or a PDF.js CDN's, a frame's
// document written in the page, or inline script that does more than set
// pdfjsLib's or PDFViewerApplication's options (viewerConfig). Words in a
// comment or a string make no viewer.
func pdfJSViewer(doc []byte) bool {
	if indexFold(doc, "passwordoverlay") < 0 && indexFold(doc, "passworddialog") < 0 {
		return false
	}
	z := xhtml.NewTokenizer(bytes.NewReader(doc))
	dialog, lib, inScript := false, false, false
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return dialog && lib
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, more := z.TagName()
			inScript = string(name) == "script"
			if string(name) == "base" { // relative files from elsewhere
				return false
			}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				v = bytes.TrimSpace(v)
				key, val := string(k), string(v)
				switch {
				case scriptAttr(key, val), key == "srcdoc", hasPrefixFold(v, "data:"):
					return false
				case key == "id" && (strings.EqualFold(val, "passwordoverlay") || strings.EqualFold(val, "passworddialog")):
					dialog = true
				case inScript && key == "src":
					if !viewerScript(val) {
						return false
					}
					lib = lib || pdfJSFile(val)
				}
			}
		case xhtml.EndTagToken:
			inScript = false
		case xhtml.TextToken:
			if inScript {
				t := z.Text()
				if !viewerConfig(t) {
					return false
				}
				lib = lib || indexFold(t, "pdfjslib") >= 0
			}
		}
	}
}

// pdfJSCDNs are the hosts a viewer page may load PDF.js from besides its
// own files.
var pdfJSCDNs = []string{"cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "mozilla.github.io"}

// viewerScript: a script's src is the viewer's: a relative file, or a
// PDF.js CDN's file whose path names pdf.
func viewerScript(src string) bool {
	l := strings.ToLower(src)
	rest, abs := strings.CutPrefix(l, "//")
	if i := strings.Index(l, "://"); i >= 0 {
		rest, abs = l[i+3:], true
	}
	if !abs {
		return !strings.Contains(l, ":")
	}
	host, path, _ := strings.Cut(rest, "/")
	for _, cdn := range pdfJSCDNs {
		if host == cdn {
			return strings.Contains(path, "pdf")
		}
	}
	return false
}

// pdfJSFile: a script's src is PDF.js's library (pdf.js, pdf.mjs,
// pdf.min.js, pdf.min.mjs).
func pdfJSFile(src string) bool {
	l := strings.ToLower(src)
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	l = l[strings.LastIndexByte(l, '/')+1:]
	return l == "pdf.js" || l == "pdf.mjs" || l == "pdf.min.js" || l == "pdf.min.mjs"
}

// viewerOwners are the names a viewer's inline configuration sets
// options of.
var viewerOwners = []string{"pdfjslib.", "window.pdfjslib.", "pdfviewerapplication", "window.pdfviewerapplication"}

// notConfig are the words of script that does more than set options:
// calls that post, load or build script or markup, functions (a handler
// reading the field), names read in pieces or escapes.
var notConfig = []string{"fetch", "xmlhttprequest", "sendbeacon", "websocket", "eventsource", "image", "submit", "eval", "function", "=>", "import", "createelement", "appendchild", "innerhtml", "outerhtml", "insertadjacent", "write", "location", "settimeout", "setinterval", "postmessage", "atob", "[", "\\"}

// viewerConfig: inline script t only sets the viewer's options: each
// statement names pdfjsLib or PDFViewerApplication first (comments
// aside), and t holds none of notConfig.
func viewerConfig(t []byte) bool {
	l := strings.ToLower(string(t))
	for _, w := range notConfig {
		if strings.Contains(l, w) {
			return false
		}
	}
	for _, st := range strings.FieldsFunc(l, func(r rune) bool { return r == ';' || r == '\n' }) {
		st = strings.TrimSpace(st)
		if st == "" || strings.HasPrefix(st, "//") {
			continue
		}
		owned := false
		for _, o := range viewerOwners {
			owned = owned || strings.HasPrefix(st, o)
		}
		if !owned {
			return false
		}
	}
	return true
}

// attrSelectorsTight is sel without the white space inside its
// brackets (input[ type = text ] as input[type=text]), so that a compound
// stays one field.
func attrSelectorsTight(sel []byte) []byte {
	out, depth := make([]byte, 0, len(sel)), 0
	for _, c := range sel {
		switch {
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case depth > 0 && isHTMLSpace(c):
			continue
		}
		out = append(out, c)
	}
	return out
}

// selectorType is the value of a [type=...] of the compound c (lower
// case, brackets tight), quotes and an i or s flag dropped, or false.
func selectorType(c string) (string, bool) {
	i := strings.Index(c, "[type=")
	if i < 0 {
		return "", false
	}
	v, _, _ := strings.Cut(c[i+len("[type="):], "]")
	v = strings.Trim(v, `"'`)
	if len(v) > 1 && (strings.HasSuffix(v, `"i`) || strings.HasSuffix(v, `'i`) || strings.HasSuffix(v, `"s`) || strings.HasSuffix(v, `'s`)) {
		v = strings.Trim(v[:len(v)-1], `"'`)
	}
	return v, true
}

// masked: a text field with this class attribute value and id is masked
// by the rules m (nil: none).
func (m *masks) masked(class, id string) bool {
	if m == nil {
		return false
	}
	if m.all || m.ids[asciiLower(strings.TrimSpace(id))] {
		return true
	}
	for c := range strings.FieldsSeq(class) {
		if m.classes[asciiLower(c)] {
			return true
		}
	}
	return false
}

// maskedStyle: a style attribute masks its field (text-security: disc).
func maskedStyle(style string) bool {
	i := indexFold([]byte(style), "text-security")
	return i >= 0 && maskingValue([]byte(style[i+len("text-security"):]))
}

// textField: an input type attribute value browsers draw as a text field
// that CSS can mask ("" for none).
func textField(typ string) bool {
	switch asciiLower(strings.TrimSpace(typ)) {
	case "", "text", "tel", "number", "email", "search", "url":
		return true
	}
	return false
}

// xhtmlNS is the XHTML namespace's name.
const xhtmlNS = "http://www.w3.org/1999/xhtml"

// maxPrefixes bounds the xmlns: declarations xhtmlPrefixes reads.
const maxPrefixes = 64

// xhtmlPrefixes returns the prefixes doc binds to the XHTML namespace
// (xmlns:h="http://www.w3.org/1999/xhtml", lower case), wherever it
// binds them: in an SVG (or an XHTML file) read as XML, <h:form> and
// <h:input type="password"> are HTML's form and field. Nil when none.
func xhtmlPrefixes(doc []byte) map[string]bool {
	var m map[string]bool
	for off, n := 0, 0; n < maxPrefixes; n++ {
		i := indexFold(doc[off:], "xmlns:")
		if i < 0 {
			break
		}
		off += i + len("xmlns:")
		rest := doc[off:min(len(doc), off+96)]
		eq := bytes.IndexByte(rest, '=')
		if eq <= 0 {
			continue
		}
		prefix := bytes.TrimSpace(rest[:eq])
		val := bytes.TrimLeft(rest[eq+1:], " \t\r\n")
		if len(val) == 0 || (val[0] != '"' && val[0] != '\'') {
			continue
		}
		if end := bytes.IndexByte(val[1:], val[0]); end >= 0 && string(bytes.TrimSpace(val[1:1+end])) == xhtmlNS && len(prefix) > 0 {
			if m == nil {
				m = map[string]bool{}
			}
			m[string(lowerBytes(prefix))] = true
		}
	}
	return m
}
