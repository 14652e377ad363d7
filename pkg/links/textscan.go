package links

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textURL is one URL found in plain text.
type textURL struct {
	start, end int  // the URL (inside angle brackets if any)
	markerEnd  int  // where a marker goes after the URL (after a closing '>')
	noScheme   bool // www. form
}

// scanMode tunes the text scanner.
type scanMode struct {
	fold  bool // iCalendar: CRLF + space continues a line
	html  bool // HTML text: entities like &nbsp; end a URL
	delsp bool // format=flowed; delsp=yes: space + CRLF is a soft break inside a word
}

var knownSchemes = map[string]bool{"http": true, "https": true, "ftp": true, "ftps": true,
	"sftp": true, "ws": true, "wss": true, "file": true, "smb": true, "ssh": true, "telnet": true,
	"git": true, "svn": true, "irc": true, "ircs": true, "news": true, "nntp": true, "rtsp": true,
	"webcal": true, "feed": true}

var sepScheme = []byte("://")

// sepUNC starts a Windows share path (\\host\share\file), which Outlook
// and Windows' own programs link in text.
var sepUNC = []byte(`\\`)

// scanText calls fn for each URL in b, in order, until fn returns false.
func scanText(b []byte, m scanMode, fn func(textURL) bool) {
	u := newURLScan(b, m)
	nextScheme, nextWWW, nextUNC := -1, -1, -1
	for pos := 0; pos < len(b); {
		if nextScheme < pos {
			nextScheme = indexFrom(b, sepScheme, pos)
		}
		if nextUNC < pos {
			nextUNC = indexFrom(b, sepUNC, pos)
		}
		if nextWWW < pos {
			// Any case: clients link "WWW.EXAMPLE.COM" as they link "www.".
			if i := indexFold(b[pos:], "www."); i >= 0 {
				nextWWW = pos + i
			} else {
				nextWWW = len(b) + 1
			}
		}
		var t textURL
		var ok bool
		switch {
		case nextUNC < nextScheme && nextUNC < nextWWW:
			t, ok = u.uncURL(pos, nextUNC)
			pos = nextUNC + 2
		case nextScheme < 0 && nextWWW < 0:
			return
		case nextWWW < 0 || (nextScheme >= 0 && nextScheme < nextWWW):
			t, ok = u.schemeURL(pos, nextScheme)
			pos = nextScheme + 3
		default:
			t, ok = u.wwwURL(nextWWW)
			pos = nextWWW + 4
		}
		if !ok {
			continue
		}
		if !fn(t) {
			return
		}
		pos = max(pos, t.markerEnd)
	}
}

func indexFrom(b, sep []byte, from int) int {
	i := bytes.Index(b[from:], sep)
	if i < 0 {
		return len(b) + 1
	}
	return from + i
}

func isSchemeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// schemeURL examines the "://" at p.
func (u *urlScan) schemeURL(lo, p int) (textURL, bool) {
	b := u.b
	if p >= len(b) {
		return textURL{}, false
	}
	s := p
	for s > lo && isSchemeChar(b[s-1]) {
		s--
	}
	if s == p {
		return textURL{}, false
	}
	if !knownSchemes[strings.ToLower(string(b[s:p]))] {
		s = gluedScheme(b, s, p)
		if s < 0 {
			return textURL{}, false
		}
	}
	if u, ok := bracketed(b, s, p); ok {
		return u, true
	}
	end := u.trimURL(s, u.authorityEnd(p+3, u.urlEnd(p+3)))
	if end <= p+3 {
		return textURL{}, false
	}
	return textURL{start: s, end: end, markerEnd: end}, true
}

// uncURL examines the "\\" at p (uncStart).
func (u *urlScan) uncURL(lo, p int) (textURL, bool) {
	s, share, ok := uncStart(u.b, lo, p)
	if !ok {
		return textURL{}, false
	}
	if end, markerEnd, ok := delimitedUNC(u.b, s, share, u.m.html); ok {
		return textURL{start: s, end: end, markerEnd: markerEnd}, true
	}
	end := u.trimURL(s, u.urlEnd(share))
	if e := emphasisClose(u.b, s, share, end); e < end {
		end = u.trimURL(s, e)
	}
	if end <= share {
		return textURL{}, false
	}
	return textURL{start: s, end: end, markerEnd: end}, true
}

// maxDelimitedPath bounds the share path with spaces delimitedUNC
// reads: Windows' MAX_PATH, 260 characters.
const maxDelimitedPath = 260

// delimiters open and close a share path with spaces: quotes and angle
// brackets, and in HTML text (html) their character references too.
var delimiters = [...]struct {
	open, close string
	html        bool
}{{`"`, `"`, false}, {"<", ">", false}, {"&quot;", "&quot;", true}, {"&lt;", "&gt;", true}}

// delimitedUNC reads a share path with spaces (\\srv\My Share\a b.docx) whose
// share name starts at share and path at s, when it stands between
// double quotes or angle brackets (or, in HTML text, &quot; or &lt; and
// &gt;), as Windows and Outlook write one: it ends at the closing
// delimiter, on the same line and within maxDelimitedPath bytes, with no
// quote, bracket or control character before it (a path cannot hold
// them); the marker goes after the delimiter. ok is false for a path
// without a space there, which ends where any share path does.
func delimitedUNC(b []byte, s, share int, html bool) (end, markerEnd int, ok bool) {
	for _, d := range delimiters {
		if d.html && !html || s < len(d.open) || !asciiEqualFold(b[s-len(d.open):s], d.open) {
			continue
		}
		lim := min(len(b), s+maxDelimitedPath)
		if share > lim { // a host name past MAX_PATH: no path with spaces
			return 0, 0, false
		}
		g := indexFold(b[share:lim], d.close)
		if g < 0 {
			return 0, 0, false
		}
		g += share
		inner := b[share:g]
		if bytes.IndexByte(inner, ' ') < 0 || bytes.ContainsAny(inner, "\"<>") || bytes.ContainsFunc(inner, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return 0, 0, false
		}
		end = g
		for end > share && b[end-1] == ' ' {
			end--
		}
		return end, g + len(d.close), end > share
	}
	return 0, 0, false
}

// emphasisRun is the length of the Markdown emphasis that opens just
// before s (one to three '*' or '_', as in *\\host\share* or
// __\\host\share__): a run of one marker at the start of the text or after
// white space or an opening bracket or quote, not after a word or other
// punctuation (a regular expression's ".*\\", a name's "path_\\"); 0
// if none.
func emphasisRun(b []byte, s int) int {
	if s == 0 || b[s-1] != '*' && b[s-1] != '_' {
		return 0
	}
	q := s - 1
	for q > 0 && s-q < 3 && b[q-1] == b[s-1] {
		q--
	}
	if q > 0 && strings.IndexByte(" \t\r\n([{\"'", b[q-1]) < 0 {
		return 0
	}
	return s - q
}

// emphasisClose is end with the emphasis that opened before s closed:
// the markers of emphasisRun's kind, as many as opened it or fewer, that
// end the path b[share:end] dropped (a file name ends with '_' as rarely
// as Markdown's closing marker is a name's); end itself when no emphasis
// opened.
func emphasisClose(b []byte, s, share, end int) int {
	n := emphasisRun(b, s)
	k := 0
	for k < n && end-k-1 > share && b[end-k-1] == b[s-1] {
		k++
	}
	return end - k
}

// uncStart reads a Windows share path (UNC, \\host\share\...) at the
// "\\" at p: a host name or IPv4 address of at least two characters
// (letters, digits, '.', '-', '_'; one letter is an escape sequence, as in
// "\\n\t"), maybe "@SSL" or "@port" (WebDAV), then a backslash and a
// share's first character. Not after a letter, digit or one of
// "\\/.-_@%$&+*" (an escaped string's "\\\\server", a regular
// expression), but after Markdown's emphasis (*\\host\share*, _..._:
// emphasisRun), nor after a drive's colon ("C:\\Users"); after another
// colon it is a path ("Location:\\host\share"), and "file:\\host" starts
// at "file:". A device path's "\\?\UNC\" or "\\.\UNC\" may stand before
// the host (\\?\UNC\host\share). It returns where the path starts and where its share's
// name starts.
func uncStart(b []byte, lo, p int) (start, share int, ok bool) {
	start = p
	if p-5 >= lo && strings.EqualFold(string(b[p-5:p]), "file:") {
		start = p - 5
	} else if p > 0 && (isAlnum(b[p-1]) || strings.IndexByte(`\/.-_@%$&+*`, b[p-1]) >= 0 && emphasisRun(b, p) == 0 || driveColon(b, lo, p-1)) {
		return 0, 0, false
	}
	h := p + 2
	if h+6 < len(b) && (b[h] == '?' || b[h] == '.') && b[h+1] == '\\' && strings.EqualFold(string(b[h+2:h+6]), `UNC\`) {
		h += 6 // a device path's \\?\UNC\host\share (shareURL)
	}
	j := h
	for j < len(b) && (isAlnum(b[j]) || b[j] == '.' || b[j] == '-' || b[j] == '_' || b[j] == '@' && j > h) {
		j++
	}
	if j-h < 2 || !isAlnum(b[h]) || j+1 >= len(b) || b[j] != '\\' {
		return 0, 0, false
	}
	if c := b[j+1]; c <= ' ' || c == 0x7f || strings.IndexByte(`\"<>'`+"`", c) >= 0 {
		return 0, 0, false
	}
	return start, j + 1, true
}

// driveColon reports whether the ':' at i ends a drive letter ("C:"): a
// single letter after the start of the text or a character that is no
// letter or digit.
func driveColon(b []byte, lo, i int) bool {
	if b[i] != ':' || i-1 < lo || !isAlpha(b[i-1]) {
		return false
	}
	return i-2 < lo || !isAlnum(b[i-2])
}

// gluedScheme finds http, https or ftp glued to the preceding word, as in
// "Compaqhttp://www.compaq.com/" or "finish.http://...", which clients
// still auto-link. It returns the scheme start or -1.
func gluedScheme(b []byte, s, p int) int {
	for _, sc := range []string{"https", "http", "ftp"} {
		if p-s > len(sc) && strings.EqualFold(string(b[p-len(sc):p]), sc) {
			return p - len(sc)
		}
	}
	return -1
}

// bracketed handles <URL> and <URL:...>, which may be wrapped across lines.
func bracketed(b []byte, s, p int) (textURL, bool) {
	open := s - 1
	if open >= 4 && strings.EqualFold(string(b[open-4:s]), "<URL:") {
		open -= 4
	}
	if open < 0 || b[open] != '<' {
		return textURL{}, false
	}
	lim := min(len(b), s+4096)
	g := bytes.IndexByte(b[p:lim], '>')
	if g < 0 {
		return textURL{}, false
	}
	g += p
	if g <= p+3 || bytes.ContainsAny(b[p:g], "<\"") {
		return textURL{}, false
	}
	return textURL{start: s, end: g, markerEnd: g + 1}, true
}

// wwwURL examines the "www." at p.
func (u *urlScan) wwwURL(p int) (textURL, bool) {
	b := u.b
	if p+4 >= len(b) || !isAlnum(b[p+4]) {
		return textURL{}, false
	}
	if p > 0 && (isAlnum(b[p-1]) || strings.IndexByte(".-_/@%\\", b[p-1]) >= 0) {
		return textURL{}, false
	}
	end := u.trimURL(p, u.authorityEnd(p+4, u.urlEnd(p+4)))
	host := b[p+4 : end]
	if i := bytes.IndexAny(host, "/?#:"); i >= 0 {
		host = host[:i]
	}
	if dot := bytes.IndexByte(host, '.'); dot <= 0 || dot == len(host)-1 {
		return textURL{}, false
	}
	return textURL{start: p, end: end, markerEnd: end, noScheme: true}, true
}

var htmlStops = []string{"&nbsp;", "&lt;", "&gt;", "&quot;", "&#160;", "&#xa0;", "&#34;", "&#39;", "&apos;"}

// urlEnd returns the end of the URL characters starting at i.
func urlEnd(b []byte, i int, m scanMode) int {
	for i < len(b) {
		c := b[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(b[i:])
			if unicode.IsSpace(r) || unicode.In(r, unicode.Pi, unicode.Pf, unicode.Ps, unicode.Pe) || r == utf8.RuneError {
				return i
			}
			i += size
			continue
		}
		switch {
		case c == '\r' || c == '\n':
			if j := foldEnd(b, i); m.fold && j > i {
				i = j
				continue
			}
			return i
		case c == '\\' && m.fold && escapedNewline(b, i):
			return i
		case c == ' ' && m.delsp && flowedBreak(b, i) > i:
			i = flowedBreak(b, i)
			continue
		case c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' || c == '`':
			return i
		case c == '&' && m.html && htmlStop(b[i:]):
			return i
		}
		i++
	}
	return i
}

// foldEnd returns the offset after a folded line break ("\r\n " or "\n "), or i.
func foldEnd(b []byte, i int) int {
	j := i
	if b[j] == '\r' {
		j++
	}
	if j+1 < len(b) && b[j] == '\n' && (b[j+1] == ' ' || b[j+1] == '\t') {
		return j + 2
	}
	return i
}

// escapedNewline reports whether the backslash at i starts iCalendar's
// escaped line break (\n or \N in a TEXT value, RFC 5545 3.3.11), also
// when a folded line break falls between the two. Google Calendar writes
// "Join with Google Meet: https://meet.google.com/abc-defg-hij\n" in its
// DESCRIPTION: the line, and the URL, end there. Read on, the link became
// .../abc-defg-hij/nJoin (a backslash reads as a slash in a URL), and a
// lock's rewrite replaced the escape and the next line's first word too.
func escapedNewline(b []byte, i int) bool {
	j := i + 1
	if j < len(b) && (b[j] == '\r' || b[j] == '\n') {
		if j = foldEnd(b, j); j == i+1 {
			return false
		}
	}
	return j < len(b) && (b[j] == 'n' || b[j] == 'N')
}

// flowedBreak returns the offset after a flowed soft break (" \r\n" or
// " \n") at i that is followed by more URL text, or i.
func flowedBreak(b []byte, i int) int {
	j := i + 1
	if j < len(b) && b[j] == '\r' {
		j++
	}
	if j < len(b) && b[j] == '\n' && j+1 < len(b) && b[j+1] > ' ' {
		return j + 1
	}
	return i
}

func htmlStop(b []byte) bool {
	for _, s := range htmlStops {
		if len(b) >= len(s) && strings.EqualFold(string(b[:len(s)]), s) {
			return true
		}
	}
	return false
}

func trimHostEnd(b []byte, i, end int) int {
	for end > i && (b[end-1] == '-' || b[end-1] == '.') {
		end--
	}
	return end
}
