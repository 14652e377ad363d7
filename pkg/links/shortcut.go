package links

import (
	"bytes"
	"html"
	"strings"
)

// Shortcut files hold the address they open: an Internet shortcut (.url,
// .website) on its URL= line, in the INI form Windows writes, a Windows
// library or search connector (.library-ms, .searchconnector-ms) in the
// <url> of its XML (Explorer opens it as a folder, a WebDAV share of
// programs in lures), an Excel web query (.iqy) on its own line and a Mac
// shortcut (.webloc) in its property list. Their text is read as a text
// file's (UTF-16 converted first, with its byte order mark or without),
// so every web address and share path
// (\\host\share, which Windows opens over SMB or WebDAV and answers with
// the reader's credentials) in them is judged; shortcutTargets adds what
// a text scan misses, a program's address written with backslashes
// (search-ms:...location:\\host) and an address without its scheme
// (URL=host.example/page), and marks an icon on a share (IconFile=,
// <iconReference>), which Explorer loads by itself to show the file, no
// click needed.

// maxShortcutTargets bounds the addresses read from one shortcut file's
// keys and elements; maxShortcutValue bounds one value's bytes.
const (
	maxShortcutTargets = 8
	maxShortcutValue   = 4096
)

// shortcutTarget is an address a shortcut file opens: url as c.add reads
// it, start:end the value's place in the file's text, auto an icon that
// Explorer loads by itself.
type shortcutTarget struct {
	url        string
	start, end int
	auto       bool
}

// shortcutText is a shortcut file's text as UTF-8: XML in UTF-16 with
// its byte order mark (which Windows writes for libraries) converted, or
// without one (shortcutUTF16), a UTF-8 byte order mark dropped.
func shortcutText(doc []byte) []byte {
	if len(doc) >= 2 && (doc[0] == 0xff && doc[1] == 0xfe || doc[0] == 0xfe && doc[1] == 0xff) {
		doc, _ = decodeCharset("utf-16", doc)
		return doc
	}
	if cs := shortcutUTF16(doc); cs != "" {
		doc, _ = decodeCharset(cs, doc)
		return doc
	}
	return bytes.TrimPrefix(doc, []byte("\xef\xbb\xbf"))
}

// utf16Sniff is how many bytes of a shortcut file shortcutUTF16 reads.
const utf16Sniff = 64

// shortcutUTF16 is "utf-16le" or "utf-16be" for a shortcut file written
// in UTF-16 without a byte order mark (whether Windows opens one is not
// checked; a file that hides its address from us is worth reading
// whatever it opens): its first utf16Sniff bytes
// (eight at least) are ASCII text, printable or white space, each with a
// NUL after it (little-endian) or before it (big-endian). No text in an
// ASCII-compatible charset has a NUL in every other byte, and a shortcut's
// text starts with ASCII ("[InternetShortcut]", "<?xml", "WEB"); "" for
// any other file, which is read as it is.
func shortcutUTF16(doc []byte) string {
	n := min(len(doc), utf16Sniff) &^ 1
	if n < 8 {
		return ""
	}
	le, be := true, true
	for i := 0; i < n; i += 2 {
		le = le && doc[i+1] == 0 && asciiTextByte(doc[i])
		be = be && doc[i] == 0 && asciiTextByte(doc[i+1])
	}
	switch {
	case le:
		return "utf-16le"
	case be:
		return "utf-16be"
	}
	return ""
}

// asciiTextByte: c is a printable ASCII character, a tab or a line break.
func asciiTextByte(c byte) bool {
	return c >= ' ' && c < 0x7f || c == '\t' || c == '\r' || c == '\n'
}

// shortcutTargets finds the addresses of a shortcut file's text: the
// values of its URL=, BASEURL= and IconFile= keys (in any section, those
// of [InternetShortcut] and [InternetShortcut.W] first; the latter's in
// UTF-7, as Windows writes a Unicode address there) and the contents of its <url> and <iconReference> elements, at
// most maxShortcutTargets, each as shortcutAddress reads it.
func shortcutTargets(doc []byte) []shortcutTarget {
	ts := iniTargets(doc, nil)
	return xmlTargets(doc, ts)
}

// iniTargets adds the URL=, BASEURL= and IconFile= values of doc's lines:
// first those of the sections Windows opens ([InternetShortcut] and
// [InternetShortcut.W]), then every other line's, so that keys in other
// sections ([Decoy] URL=https://www.microsoft.com/ eight times) cannot
// use up maxShortcutTargets before the address the file opens.
func iniTargets(doc []byte, ts []shortcutTarget) []shortcutTarget {
	ts = iniPass(doc, ts, true)
	return iniPass(doc, ts, false)
}

// iniPass adds the values of the keys in the shell's sections (shell) or
// in any other place of doc (!shell: other sections, lines before any).
func iniPass(doc []byte, ts []shortcutTarget, shell bool) []shortcutTarget {
	wide, inShell := false, false
	for at := 0; at < len(doc) && len(ts) < maxShortcutTargets; {
		end := bytes.IndexByte(doc[at:], '\n')
		if end < 0 {
			end = len(doc)
		} else {
			end += at
		}
		line := doc[at:end]
		lead := len(line) - len(bytes.TrimLeft(line, " \t"))
		line = bytes.TrimSpace(line)
		if len(line) > 0 && line[0] == '[' {
			wide = bytes.HasSuffix(bytes.ToLower(line), []byte(".w]"))
			inShell = shellSection(line)
		} else if k, v, ok := bytes.Cut(line, []byte("=")); ok && inShell == shell {
			icon := asciiEqualFold(bytes.TrimSpace(k), "iconfile")
			if icon || asciiEqualFold(bytes.TrimSpace(k), "url") || asciiEqualFold(bytes.TrimSpace(k), "baseurl") {
				start := at + lead + len(k) + 1
				ts = addTarget(ts, v, start, icon, wide)
			}
		}
		at = end + 1
	}
	return ts
}

// shellSection: the section header line names [InternetShortcut] or
// [InternetShortcut.W] (case aside, spaces inside the brackets aside),
// whose keys Windows reads to open and draw the shortcut.
func shellSection(line []byte) bool {
	name, ok := bytes.CutPrefix(line, []byte("["))
	if !ok {
		return false
	}
	name, _, _ = bytes.Cut(name, []byte("]"))
	name = bytes.TrimSpace(name)
	return asciiEqualFold(name, "internetshortcut") || asciiEqualFold(name, "internetshortcut.w")
}

// xmlTargets adds the contents of doc's <url> and <iconReference>
// elements (any namespace prefix aside), entities decoded.
func xmlTargets(doc []byte, ts []shortcutTarget) []shortcutTarget {
	for at := 0; at < len(doc) && len(ts) < maxShortcutTargets; {
		i := bytes.IndexByte(doc[at:], '<')
		if i < 0 {
			break
		}
		at += i + 1
		name, icon, ok := shortcutElement(doc[at:])
		if !ok {
			continue
		}
		gt := bytes.IndexByte(doc[at+len(name):], '>')
		if gt < 0 {
			break
		}
		from := at + len(name) + gt + 1
		to := bytes.IndexByte(doc[from:], '<')
		if to < 0 {
			to = len(doc) - from
		}
		v := []byte(html.UnescapeString(string(doc[from : from+min(to, maxShortcutValue)])))
		ts = addTarget(ts, v, from, icon, false)
		at = from + to
	}
	return ts
}

// shortcutElement reads the name of the element whose start tag begins
// at b: url or iconReference (case aside, after a namespace prefix), the
// name as written; ok is false for any other tag.
func shortcutElement(b []byte) (name []byte, icon, ok bool) {
	n := 0
	for n < len(b) && n < 64 && (isAlnum(b[n]) || b[n] == ':' || b[n] == '-' || b[n] == '_') {
		n++
	}
	if n == len(b) || n == 64 || b[n] != '>' && b[n] != ' ' && b[n] != '\t' && b[n] != '\r' && b[n] != '\n' && b[n] != '/' {
		return nil, false, false
	}
	local := b[:n]
	if c := bytes.LastIndexByte(local, ':'); c >= 0 {
		local = local[c+1:]
	}
	switch {
	case asciiEqualFold(local, "url"):
		return b[:n], false, true
	case asciiEqualFold(local, "iconreference"):
		return b[:n], true, true
	}
	return nil, false, false
}

// addTarget adds the value v found at start, when it is an address
// (shortcutAddress); an icon counts only on a share, as the one Explorer
// fetches from another host.
func addTarget(ts []shortcutTarget, v []byte, start int, icon, wide bool) []shortcutTarget {
	if len(v) > maxShortcutValue {
		v = v[:maxShortcutValue]
	}
	lead := len(v) - len(bytes.TrimLeft(v, " \t\"'"))
	s := strings.Trim(string(v), " \t\r\n\"'")
	end := start + lead + len(s)
	if wide {
		s = string(utf7Decode([]byte(s)))
	}
	if icon {
		s = iconPath(s)
	}
	u, share := shortcutAddress(s)
	if u == "" || icon && !share {
		return ts
	}
	return append(ts, shortcutTarget{url: u, start: start + lead, end: end, auto: icon})
}

// iconPath drops an icon reference's ",index" ("\\host\icons.dll,-3").
func iconPath(s string) string {
	if i := strings.LastIndexByte(s, ','); i > 0 {
		return s[:i]
	}
	return s
}

// shortcutAddress is the address a shortcut's value s opens, as c.add
// reads it, or "": a share path (\\host\share, //host/share) as
// file://host/share (share true, as a file: share address), a web or
// file: address, another program's address that hands one on (appTarget:
// search-ms:...location:\\host), or a host and path without a scheme
// (host.example/page), which Windows opens over http. Local paths
// (C:\..., knownfolder:{...}, shell:...) are none.
func shortcutAddress(s string) (u string, share bool) {
	if strings.HasPrefix(s, `\\`) || strings.HasPrefix(s, "//") || strings.HasPrefix(s, `\/`) || strings.HasPrefix(s, `/\`) {
		return shareURL(s) // ("", false) when it names no share
	}
	scheme, rest, ok := splitScheme(s)
	switch {
	case ok && scheme == "file":
		return shareURL(rest)
	case ok && specialScheme(scheme):
		return s, false
	case ok:
		if _, ok := appTarget(s); ok {
			return s, false
		}
		return "", false
	}
	host, _, _ := strings.Cut(s, "/")
	if hostLike(host) {
		return "http://" + s, false
	}
	return "", false
}

// readShortcut adds the links of a shortcut file (an attachment, or a
// file in an archive) as kind: the web addresses in its text, as a text
// file's are read, then the targets of its keys and elements that the
// text scan did not find (shortcutTargets), an icon on a share marked
// FlagAutoLoad. The file's own text never becomes the message's lead.
func (sc *scan) readShortcut(doc []byte, c *collector, kind Kind) {
	doc = shortcutText(doc)
	first, leadOff := len(c.links), c.leadOff
	c.leadOff = true
	c.shortcutLinks(doc, kind, first, func(d []byte) { scanPlain(d, c, KindText, scanMode{}) })
	c.leadOff = leadOff
}

// readShortcutText adds the links of a shortcut file sent as a text part
// (Invoice.url as text/plain, text/html or any other text type: the
// saved file opens as a shortcut), read as that text part is (its text the
// lead, as HTML too when declared or starting as a page: scanSniffed), as
// readShortcut adds an attached one's: KindShortcut, never rewritten,
// whatever type the part declares. The file is what the reader saves and
// opens, and "URL=https://lock/l/ID [locked: host]" would open nothing.
func (c *collector) readShortcutText(text []byte, l scannedLeaf, quoteAt int) {
	read := func(d []byte) {
		c.setLead(text, text[:cut(quoteAt, len(text))])
		scanPlain(d, c, KindText, scanMode{delsp: l.delsp})
	}
	if l.html {
		read = func(d []byte) { scanSniffed(d, c, quoteAt) }
	}
	c.shortcutLinks(text, KindShortcut, l.first, read)
}

// shortcutLinks adds the links that read finds in a shortcut file's text
// doc with its XML's own names left out (markupNames), then its targets
// that no such link covers (addShortcutTargets), every clickable one as
// kind (a QR code drawn in it stays one).
func (c *collector) shortcutLinks(doc []byte, kind Kind, first int, read func([]byte)) {
	read(markupNames(doc))
	for i := first; i < len(c.links); i++ {
		if c.links[i].Clickable && c.links[i].Kind != KindQR {
			c.links[i].Kind = kind
		}
	}
	c.addShortcutTargets(doc, kind, first)
}

// markupNames is doc with the names its XML gives itself blanked, which no
// program opens: the value of each xmlns attribute (a library's
// "http://schemas.microsoft.com/windows/2009/library") and the
// <!DOCTYPE ...> declaration (a .webloc's Apple DTD). Spaces stand in for
// them, so offsets hold; doc itself when it has neither.
func markupNames(doc []byte) []byte {
	if bytes.Index(doc, []byte("xmlns")) < 0 && indexFold(doc, "<!doctype") < 0 {
		return doc
	}
	out := bytes.Clone(doc)
	for at := 0; ; {
		i := bytes.Index(out[at:], []byte("xmlns"))
		if i < 0 {
			break
		}
		at += i + len("xmlns")
		at = blankValue(out, at)
	}
	if i := indexFold(out, "<!doctype"); i >= 0 {
		end := bytes.IndexByte(out[i:], '>')
		if end < 0 {
			end = len(out) - i
		}
		blank(out[i : i+end])
	}
	return out
}

// blankValue blanks the quoted value of the attribute whose name ends at
// at (xmlns or xmlns:prefix, then "=" and a quote), and returns where it
// ends, or at when none follows.
func blankValue(b []byte, at int) int {
	j := at
	if j < len(b) && b[j] == ':' {
		for j++; j < len(b) && (isAlnum(b[j]) || b[j] == '-' || b[j] == '_' || b[j] == '.'); j++ {
		}
	}
	if j+1 >= len(b) || b[j] != '=' || b[j+1] != '"' && b[j+1] != '\'' {
		return at
	}
	q := b[j+1]
	end := bytes.IndexByte(b[j+2:], q)
	if end < 0 {
		return at
	}
	blank(b[j+2 : j+2+end])
	return j + 2 + end
}

// blank replaces b's bytes with spaces.
func blank(b []byte) {
	for i := range b {
		b[i] = ' '
	}
}

// addShortcutTargets adds the targets of a shortcut file's text that no
// link found in it from links[first:] already covers; an icon on a share
// the text scan read (\\host\icon.ico) is marked FlagAutoLoad there.
func (c *collector) addShortcutTargets(doc []byte, kind Kind, first int) {
	for _, t := range shortcutTargets(doc) {
		if c.full() {
			return
		}
		var f Flag
		if t.auto {
			f = FlagAutoLoad
		}
		if i := c.covering(first, t.start, t.end); i >= 0 {
			c.links[i].Flags |= f
			continue
		}
		c.addAttached(t.url, kind, false, t.start, t.end, f)
	}
}

// covering is the first link of links[first:] that starts inside
// start:end (the text scan read the value already), or -1.
func (c *collector) covering(first, start, end int) int {
	for i := first; i < len(c.links); i++ {
		if s := c.links[i].Start; s >= start && s < max(end, start+1) {
			return i
		}
	}
	return -1
}

// scanShortcut reads an attached shortcut file: its links are
// KindShortcut, never rewritten.
func (sc *scan) scanShortcut(l leaf, c *collector, opts Options) {
	doc, _ := sc.attachment(l, c, opts)
	sc.readShortcut(doc, c, KindShortcut)
}
