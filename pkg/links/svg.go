package links

import (
	"bytes"
	"strings"

	xhtml "golang.org/x/net/html"
)

// SVG attachments: an SVG file sent as an "image" opens in the browser,
// where its <a> links are clickable and its scripts run. Lures use both: a
// drawn "Open document" button linking a login page, or a script that
// sends the browser there at once. scanSVG reads the links of <a href> and
// <a xlink:href> (also as a <set> or <animate> element sets them), forms
// and frames of HTML embedded with <foreignObject>,
// and the URLs written out in its scripts (a script that
// hides its URL is still "scripted"); none of them can be rewritten
// (KindSVG). An image has no need of script, so an SVG with a script, an
// event handler attribute (onload=...) or a javascript: URL marks the
// message (Extracted.Scripted).

// svgScanner walks one SVG document.
type svgScanner struct {
	c        *collector
	doc      []byte
	scripted bool
	inScript bool
	inText   int             // <text> elements the tokenizer is inside
	words    docWords        // the drawing's words: what its <text> elements show
	pw       pwForms         // the open form of its HTML, for its password fields (pwform.go)
	masks    *masks          // what its <style> rules mask as a password (nil: nothing)
	xhtml    map[string]bool // the prefixes it binds to the XHTML namespace (h:form)
}

// scanSVG adds the links of an SVG attachment, at most MaxPartBytes of it
// decoded. Start and End are the offset of the tag (or of the URL in a
// script) in the decoded attachment; Context is the message's lead and
// the words the drawing's <text> elements show around the link.
func (sc *scan) scanSVG(l leaf, c *collector, opts Options) {
	doc, _ := sc.attachment(l, c, opts)
	sc.readSVG(doc, c)
}

// readSVG adds the links of the SVG document doc (an attachment, or a file
// in an archive) and notes whether it runs script.
func (sc *scan) readSVG(doc []byte, c *collector) {
	if len(doc) >= 2 && (doc[0] == 0xff && doc[1] == 0xfe || doc[0] == 0xfe && doc[1] == 0xff) {
		// XML in UTF-16 with its byte order mark, which browsers open as
		// any SVG: read as UTF-8, or its tags would pass unseen.
		doc, _ = decodeCharset("utf-16", doc)
	}
	s := svgScanner{c: c, doc: doc}
	s.run()
	c.svgGrid(doc)
	sc.scripted = sc.scripted || s.scripted
	sc.pasteFile = sc.pasteFile || pasteCommand(doc)
}

// run reads the document, then gives each link its context.
func (s *svgScanner) run() {
	first := len(s.c.links)
	s.masks, s.xhtml = maskRules(s.doc), xhtmlPrefixes(s.doc)
	s.tokens()
	s.pw.done(s.c, first, svgFormTarget, func() bool { return s.scripted })
	for _, l := range s.words.close() {
		s.c.links[l.link].Context = withLead(s.c.lead, l.words)
	}
}

// add adds a link at doc[start:end] and marks it in the drawing's words.
func (s *svgScanner) add(raw string, text bool, start, end int, f Flag) {
	n := len(s.c.links)
	s.c.addAttached(raw, KindSVG, text, start, end, f)
	if len(s.c.links) > n {
		s.words.mark(docLink{link: n})
	}
}

func (s *svgScanner) tokens() {
	z := xhtml.NewTokenizer(bytes.NewReader(s.doc))
	for off := 0; !s.c.full(); {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return
		}
		n := len(z.Raw())
		switch tt {
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			s.startTag(z, off, tt == xhtml.StartTagToken)
		case xhtml.EndTagToken:
			s.endTag(z)
		case xhtml.TextToken:
			if s.inScript {
				s.scriptURLs(off, off+n)
			} else if s.inText > 0 {
				s.words.add(z.Text())
			}
		}
		off += n
	}
}

// endTag ends a script or a <text> element.
func (s *svgScanner) endTag(z *xhtml.Tokenizer) {
	name, _ := z.TagName()
	switch string(unprefixed(name, s.xhtml)) {
	case "script":
		s.inScript = false
	case "text":
		s.inText = max(0, s.inText-1)
		s.words.space()
	case "form":
		s.pw.end(s.c, svgFormTarget)
	}
}

// startTag reads a tag's attributes: links of <a>, and script.
func (s *svgScanner) startTag(z *xhtml.Tokenizer, off int, open bool) {
	name, more := z.TagName()
	// The tokenizer lowercases tag names; svg:a keeps its prefix, h:form
	// loses one bound to the XHTML namespace.
	tag := string(unprefixed(name, s.xhtml))
	if tag == "script" || tag == "svg:script" {
		s.scripted = true
		s.inScript = open
	}
	if tag == "text" && open {
		s.inText++
	}
	if tag == "form" && open {
		s.pw.start(len(s.c.links))
	}
	typ, named, style, class, id := "", false, "", "", ""
	var anim animation
	for more {
		var k, v []byte
		k, v, more = z.TagAttr() // keys lowercased, values unescaped
		key, val := string(k), strings.TrimSpace(string(v))
		anim.attr(tag, key, val)
		if tag == "input" && key == "type" && typ == "" {
			typ = val
		}
		named = named || tag == "input" && key == "form"
		if tag == "input" {
			switch key {
			case "style":
				style = val
			case "class":
				class = val
			case "id":
				id = val
			}
		}

		if svgImageAttr(tag, key) {
			s.c.addInline(val) // a picture carried in a data: URL is read for a QR code
		}
		if scriptAttr(key, val) {
			s.scripted = true
			if !strings.HasPrefix(key, "on") {
				continue // a javascript: URL is no link
			}
		}
		if svgLinkAttr(tag, key) {
			var f Flag
			if tag == "form" || key == "formaction" {
				f = FlagSubmits
			}
			s.add(val, false, off, off, f)
		}
	}
	if tag == "input" {
		s.pw.input(typ, named)
		if textField(typ) && (maskedStyle(style) || s.masks.masked(class, id)) {
			s.pw.input("password", named) // a text field CSS masks (pwform.go)
		}
	}
	for _, u := range anim.targets() {
		if scriptAttr("", u) {
			s.scripted = true
			continue
		}
		s.add(u, false, off, off, 0)
	}
}

// animation collects the attributes of an SVG <set> or <animate> element.
// One that animates its link's href (attributeName="href") sets where the
// link goes once the drawing is shown, so its to, from and values are
// links: <a><set attributeName="href" to="https://..."/><rect/></a> is a
// drawn button with no href of its own.
type animation struct {
	href bool
	vals []string
}

// attr notes one attribute of tag.
func (a *animation) attr(tag, key, val string) {
	switch tag {
	case "set", "animate", "svg:set", "svg:animate":
	default:
		return
	}
	switch key {
	case "attributename":
		a.href = val == "href" || val == "xlink:href"
	case "to", "from":
		a.vals = append(a.vals, val)
	case "values": // a list separated by ";"
		for v := range strings.SplitSeq(val, ";") {
			if v = strings.TrimSpace(v); v != "" {
				a.vals = append(a.vals, v)
			}
		}
	}
}

// targets are the URLs the element gives its link's href, if it animates it.
func (a *animation) targets() []string {
	if !a.href {
		return nil
	}
	return a.vals
}

// scriptAttr: an attribute runs script: an event handler (onload=...) or a
// javascript: URL.
func scriptAttr(key, val string) bool {
	return strings.HasPrefix(key, "on") || len(val) >= 11 && strings.EqualFold(val[:11], "javascript:")
}

// scriptedHTML: an HTML document runs script when a browser opens it: a
// <script> element, an event handler attribute or a javascript: URL.
// Mail clients never run a message body's script; an attached HTML file
// opens in the browser, where lures build or send the reader to their
// login page with it.
func scriptedHTML(doc []byte) bool {
	z := xhtml.NewTokenizer(bytes.NewReader(doc))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return false
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) == "script" {
				return true
			}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if scriptAttr(string(k), strings.TrimSpace(string(v))) {
					return true
				}
			}
		}
	}
}

// svgLinkAttr: the attribute holds a URL the browser follows when the SVG
// is opened or clicked: a link, or, in HTML embedded with <foreignObject>,
// a form's target or a frame's page (a login form drawn inside the "image").
func svgLinkAttr(tag, key string) bool {
	switch tag {
	case "a", "svg:a":
		return key == "href" || key == "xlink:href"
	case "form":
		return key == "action"
	case "button", "input":
		return key == "formaction"
	case "iframe", "frame":
		return key == "src"
	}
	return false
}

// svgImageAttr: the attribute is a picture's source: <image href> (SVG),
// or <img src> in HTML embedded with <foreignObject>. A data: URL there
// carries the picture itself, where lures put their QR code.
func svgImageAttr(tag, key string) bool {
	switch tag {
	case "image", "svg:image":
		return key == "href" || key == "xlink:href"
	case "img":
		return key == "src"
	}
	return false
}

// scriptURLs adds the URLs written out in script text doc[from:to],
// except XML namespace names, which scripts that draw SVG must spell out
// and no browser opens.
func (s *svgScanner) scriptURLs(from, to int) {
	text := s.doc[from:to]
	scanText(text, scanMode{}, func(u textURL) bool {
		if raw := string(text[u.start:u.end]); !xmlNamespace[raw] {
			s.add(raw, true, from+u.start, from+u.end, 0)
		}
		return !s.c.full()
	})
}

var xmlNamespace = map[string]bool{
	"http://www.w3.org/2000/svg":   true,
	"http://www.w3.org/1999/xlink": true,
	"http://www.w3.org/1999/xhtml": true,
}
