package links

import (
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// hostCache memoises setHost within one message; nil disables it.
type hostCache map[string]target

const maxHostCache = 4096

// target is a normalised destination and its host facts.
type target struct {
	url, scheme, host, uhost, domain string
	flags                            Flag
}

const maxScriptURL = 256 // javascript:/data: URLs are cut to this length

// specialScheme reports whether the scheme uses an authority that browsers
// parse leniently (any number of slashes or backslashes).
func specialScheme(s string) bool {
	switch s {
	case "http", "https", "ftp", "ws", "wss":
		return true
	}
	return false
}

// cleanRaw strips what browsers strip from an href: leading and trailing
// spaces and controls, and tabs and line breaks anywhere. In text mode
// (a URL wrapped across lines) inner spaces are removed too, without a
// flag, but for a share path's spaces beside no line break: the text scan
// reads a share path with spaces only between quotes or angle brackets
// (delimitedUNC), where a space is part of a folder's or file's name.
func cleanRaw(raw string, text bool) (string, Flag) {
	// Byte-wise: every byte to strip is ASCII, and UTF-8 never uses ASCII
	// bytes inside a multi-byte rune.
	lo, hi := 0, len(raw)
	for lo < hi && (raw[lo] <= ' ' || raw[lo] == 0x7f) {
		lo++
	}
	for hi > lo && (raw[hi-1] <= ' ' || raw[hi-1] == 0x7f) {
		hi--
	}
	s := raw[lo:hi]
	var f Flag
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || (text && c == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s, 0
	}
	share := text && textSharePath(s)
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && share && !besideBreak(s, i) {
			sb.WriteByte(c)
			continue
		}
		if c < ' ' || c == 0x7f || (text && c == ' ') {
			if !text {
				f |= FlagWhitespace
			}
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String(), f
}

// textSharePath: s, a URL read in text, is a share path (\\host\share or
// file:\\host\share, as uncStart reads them).
func textSharePath(s string) bool {
	return strings.HasPrefix(s, `\\`) || len(s) > 7 && strings.EqualFold(s[:7], `file:\\`)
}

// besideBreak: the byte before or after s[i] is a line break's (a fold's
// or a flowed soft break's space).
func besideBreak(s string, i int) bool {
	return i > 0 && (s[i-1] == '\r' || s[i-1] == '\n') || i+1 < len(s) && (s[i+1] == '\r' || s[i+1] == '\n')
}

// splitScheme returns the lowercased scheme of s and the rest after the colon.
func splitScheme(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case c == ':' && i > 0:
			return strings.ToLower(s[:i]), s[i+1:], true
		default:
			return "", s, false
		}
	}
	return "", s, false
}

// absolute turns a cleaned href into an absolute URL string, resolving it
// against base when it is relative. ok is false for links that lead nowhere
// (fragments, cid:, relative links without a base).
func absolute(s string, base *url.URL) (string, Flag, bool) {
	var f Flag
	if strings.HasPrefix(s, `\\`) {
		u, ok := shareURL(s) // a share (UNC) path, as Outlook and Windows open it
		return u, f, ok
	}
	if strings.IndexByte(s, '\\') >= 0 {
		if sc, _, ok := splitScheme(s); !ok || specialScheme(sc) {
			s = strings.ReplaceAll(s, `\`, "/")
			f |= FlagBackslash
		}
	}
	scheme, rest, ok := splitScheme(s)
	switch {
	case ok && specialScheme(scheme):
		trimmed := strings.TrimLeft(rest, "/")
		if len(rest)-len(trimmed) != 2 {
			f |= FlagBackslash
		} else if strings.HasPrefix(s, scheme) {
			return s, f, trimmed != "" // already scheme://, lowercase
		}
		return scheme + "://" + trimmed, f, trimmed != ""
	case ok && (scheme == "cid" || scheme == "about"):
		return "", f, false
	case ok:
		return s, f, true
	case strings.HasPrefix(s, "//"):
		f |= FlagProtocolRelative
		if base != nil && base.Scheme != "" {
			return base.Scheme + ":" + s, f, true
		}
		return "https:" + s, f, len(s) > 2
	case len(s) > 4 && strings.EqualFold(s[:4], "www."):
		return "http://" + s, f | FlagNoScheme, true
	case base != nil && s != "" && s[0] != '#':
		if r, err := base.Parse(s); err == nil {
			if longBase(base) {
				f |= FlagTruncatedChain
			}
			return r.String(), f, true
		}
	}
	return "", f, false
}

// longBase: base may be as long as baseURL keeps a base (MaxURLBytes),
// so it may have been cut, and a link resolved against it is not the one
// a browser opens past its start. A decoded path counts three times (its
// escaped form, when RawPath does not hold it); no real base comes near.
func longBase(base *url.URL) bool {
	n := len(base.Scheme) + len(base.Opaque) + len(base.Host) + max(3*len(base.Path), len(base.RawPath)) + len(base.RawQuery)
	if base.User != nil {
		n += len(base.User.String())
	}
	return n >= MaxURLBytes-maxAuthorityKept
}

// analyze parses an absolute URL and fills in its host facts.
func analyze(s string, cache hostCache) target {
	if t, ok := analyzeSimple(s, cache); ok {
		return t
	}
	return analyzeURL(s, cache)
}

// analyzeSimple is analyze without url.Parse for the common case that
// analyzeURL would return unchanged: a printable-ASCII http(s) URL with a
// lowercase scheme, a lowercase name-or-IPv4 authority that setHost keeps
// as is, and no percent escape in the path or fragment (which url.Parse
// would validate). ok is false when analyzeURL must decide (FuzzAnalyze
// checks that both agree).
func analyzeSimple(s string, cache hostCache) (target, bool) {
	var scheme string
	switch {
	case strings.HasPrefix(s, "https://"):
		scheme = "https"
	case strings.HasPrefix(s, "http://"):
		scheme = "http"
	default:
		return target{}, false
	}
	rest := s[len(scheme)+3:]
	n := 0
	for n < len(rest) && hostByte[rest[n]] {
		n++
	}
	if n == 0 || rest[n-1] == '.' || n < len(rest) && rest[n] != '/' && rest[n] != '?' && rest[n] != '#' {
		return target{}, false
	}
	main, frag, _ := strings.Cut(rest[n:], "#")
	path, _, _ := strings.Cut(main, "?")
	if strings.IndexByte(path, '%') >= 0 || strings.IndexByte(frag, '%') >= 0 || !plainASCII(s) {
		return target{}, false
	}
	t := target{url: s, scheme: scheme}
	t.setHost(rest[:n], cache)
	if t.host != rest[:n] {
		return target{}, false
	}
	return t, true
}

// hostByte marks the bytes analyzeSimple accepts in an authority.
var hostByte = func() (t [256]bool) {
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyz0123456789.-") {
		t[c] = true
	}
	return t
}()

// analyzeURL is analyze for any absolute URL, with url.Parse.
func analyzeURL(s string, cache hostCache) target {
	t := target{url: s}
	scheme, rest, _ := splitScheme(s)
	t.scheme = scheme
	switch scheme {
	case "javascript", "data", "vbscript":
		t.flags |= FlagScriptScheme
		if len(s) > maxScriptURL {
			t.url = s[:maxScriptURL]
		}
		return t
	case "mailto":
		addr, _, _ := strings.Cut(rest, "?")
		if at := strings.LastIndexByte(addr, '@'); at >= 0 {
			host, _ := url.PathUnescape(addr[at+1:])
			t.setHost(host, cache)
		}
		return t
	}
	u, err := url.Parse(s)
	if err != nil {
		raw := looseHost(rest)
		t.setHost(raw, cache)
		if t.host != "" && raw != t.host && !strings.HasPrefix(t.host, "[") {
			t.url = scheme + ":" + strings.Replace(rest, raw, t.host, 1)
		}
		return t
	}
	if u.User != nil {
		t.flags |= FlagUserinfo
	}
	u.Scheme = scheme
	t.setHost(u.Hostname(), cache)
	if t.host != "" && !strings.HasPrefix(u.Host, "[") {
		host := t.host
		if p := u.Port(); p != "" {
			host += ":" + p
		}
		if strings.HasPrefix(rest, "//"+host) && strings.HasPrefix(s, scheme) && plainASCII(s) {
			return t // already normal: skip re-serialising
		}
		u.Host = host
		t.url = u.String()
	}
	return t
}

// plainASCII reports whether s has only ASCII characters that url.String
// would write unchanged.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if !urlPlain[s[i]] {
			return false
		}
	}
	return true
}

// urlPlain marks the bytes plainASCII accepts: printable ASCII other than
// space and "<>\^`{|}.
var urlPlain = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = strings.IndexByte("\"<>\\^`{|}", byte(c)) < 0
	}
	return t
}()

// looseHost finds the host in "//userinfo@host:port/..." when url.Parse fails.
func looseHost(rest string) string {
	if !strings.HasPrefix(rest, "//") {
		return ""
	}
	auth := rest[2:]
	if i := strings.IndexAny(auth, "/?#"); i >= 0 {
		auth = auth[:i]
	}
	if i := strings.LastIndexByte(auth, '@'); i >= 0 {
		auth = auth[i+1:]
	}
	if i := strings.LastIndexByte(auth, ':'); i >= 0 && !strings.HasSuffix(auth, "]") {
		auth = auth[:i]
	}
	return strings.Trim(auth, "[]")
}

// setHost records the ASCII and Unicode forms of h, IP facts and the
// registrable domain.
func (t *target) setHost(h string, cache hostCache) {
	if strings.IndexByte(h, '%') >= 0 {
		if d, err := url.PathUnescape(h); err == nil {
			h = d
		}
	}
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if h == "" {
		return
	}
	if c, ok := cache[h]; ok {
		t.host, t.uhost, t.domain, t.flags = c.host, c.uhost, c.domain, t.flags|c.flags
		return
	}
	before := t.flags
	defer func() {
		if cache != nil && len(cache) < maxHostCache {
			cache[h] = target{host: t.host, uhost: t.uhost, domain: t.domain, flags: t.flags &^ before}
		}
	}()
	if a, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil {
		t.host, t.uhost, t.domain = a.String(), a.String(), a.String()
		t.flags |= FlagIPLiteral
		return
	}
	if ip, obf, ok := parseIPv4Loose(h); ok {
		t.host, t.uhost, t.domain = ip, ip, ip
		t.flags |= FlagIPLiteral
		if obf {
			t.flags |= FlagObfuscatedIP
		}
		return
	}
	if forbiddenHostName(h) {
		return // no browser opens it: a link without a host
	}
	t.host, t.uhost = h, h
	if !isASCII(h) || strings.Contains(h, "xn--") {
		t.flags |= FlagPunycode
		if a, err := idna.Lookup.ToASCII(h); err == nil && a != "" {
			t.host = a
		} else if a, err := idna.Punycode.ToASCII(h); err == nil {
			t.host = a
		}
		if u, err := idna.Punycode.ToUnicode(t.host); err == nil {
			t.uhost = u
		}
		if mixedScript(t.uhost) {
			t.flags |= FlagMixedScript
		}
		if strings.ContainsFunc(t.uhost, fakeSeparator) {
			t.flags |= FlagFakeSeparator
		}
	}
	t.domain = registrable(t.host)
}

// fakeSeparator: r looks like a dot, a slash or a backslash but stays a
// letter of the label it is in (IDNA maps the ideographic and fullwidth
// full stops, U+3002, U+FF0E and U+FF61, to a dot, so those are real
// dots): the host reads as another ("microsoft.com\u2215login.evil.top"
// as a path on microsoft.com, "microsoft\u2024com.evil.top" as a host of
// microsoft.com in the label xn--microsoftcom-379f). Host names have no
// use for them.
func fakeSeparator(r rune) bool {
	return r == 0x2025 || readSeparator(r) != 0 && r != 0x3002 && r != 0xFF0E && r != 0xFF61 // two dot leader: ".."
}

// readSeparator is the dot ('.'), slash ('/') or backslash r reads as, or
// 0: the full stops IDNA maps to a dot, and the look-alikes of all three.
func readSeparator(r rune) rune {
	switch r {
	case 0x3002, 0xFF0E, 0xFF61, 0x2024, 0xFE52: // ideographic, fullwidth, halfwidth ideographic, one dot leader, small
		return '.'
	case 0x2215, 0x2044, 0x29F8, 0xFF0F, 0x2571: // division, fraction, big, fullwidth solidus, box diagonal
		return '/'
	case 0x2216, 0x29F5, 0x29F9, 0xFE68, 0xFF3C: // set minus, reverse solidus operator, big, small, fullwidth reverse solidus
		return '\\'
	}
	return 0
}

// asRead is r, or the separator it reads as (readSeparator).
func asRead(r rune) rune {
	if s := readSeparator(r); s != 0 {
		return s
	}
	return r
}

// forbiddenHostName reports whether h holds a character a host name may
// not contain, even percent-encoded (the WHATWG URL standard's forbidden
// domain code points: controls, space, DEL and #%/:<>?@[\]^|): browsers
// refuse such a URL, so it leads nowhere
// ("http://www.shop.example%3eClick%20here%3c/a%3e", an anchor's text run
// into its href).
func forbiddenHostName(h string) bool {
	for i := 0; i < len(h); i++ {
		if c := h[i]; c <= ' ' || c == 0x7f || strings.IndexByte("#%/:<>?@[\\]^|", c) >= 0 {
			return true
		}
	}
	return false
}

// registrable returns the eTLD+1 of host (private suffixes included), or host.
func registrable(host string) string {
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// parseIPv4Loose parses the inet_aton forms browsers accept: 1 to 4 parts,
// each decimal, 0x-hex or 0-octal. obf is true unless the form is plain
// dotted decimal.
func parseIPv4Loose(h string) (ip string, obf bool, ok bool) {
	parts := strings.Split(h, ".")
	if len(parts) > 4 {
		return "", false, false
	}
	var vals [4]uint64
	for i, p := range parts {
		v, o, ok := parseIPPart(p)
		if !ok {
			return "", false, false
		}
		vals[i], obf = v, obf || o
	}
	n := len(parts)
	for i := 0; i < n-1; i++ {
		if vals[i] > 255 {
			return "", false, false
		}
	}
	if vals[n-1] >= 1<<(8*(5-n)) {
		return "", false, false
	}
	var v uint32
	for i := 0; i < n-1; i++ {
		v |= uint32(vals[i]) << (24 - 8*i)
	}
	v |= uint32(vals[n-1])
	a := netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
	return a.String(), obf || n != 4, true
}

func parseIPPart(p string) (uint64, bool, bool) {
	base, digits := 10, p
	switch {
	case len(p) > 1 && (p[:2] == "0x" || p[:2] == "0X"):
		base, digits = 16, p[2:]
		if digits == "" {
			return 0, true, true
		}
	case len(p) > 1 && p[0] == '0':
		base, digits = 8, p[1:]
	}
	if digits == "" || len(digits) > 12 {
		return 0, false, false
	}
	v, err := strconv.ParseUint(digits, base, 64)
	return v, base != 10, err == nil
}

// script groups used for mixed-script detection. Latin may combine with
// the CJK group (as in UTS #39's highly restrictive profile).
const (
	scriptNone = iota
	scriptLatin
	scriptCJK
	scriptOther
)

var scriptTables = []*unicode.RangeTable{unicode.Cyrillic, unicode.Greek, unicode.Armenian,
	unicode.Hebrew, unicode.Arabic, unicode.Thai, unicode.Devanagari, unicode.Georgian, unicode.Cherokee}

// mixedScript reports whether any label of host mixes letters of scripts
// that do not belong together.
func mixedScript(host string) bool {
	for _, label := range strings.Split(host, ".") {
		if labelMixed(label) {
			return true
		}
	}
	return false
}

func labelMixed(label string) bool {
	seen := map[int]bool{}
	var other *unicode.RangeTable
	for _, r := range label {
		if !unicode.IsLetter(r) {
			continue
		}
		switch {
		case r < 0x250 || unicode.Is(unicode.Latin, r):
			seen[scriptLatin] = true
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo):
			seen[scriptCJK] = true
		default:
			tab := scriptOf(r)
			if other != nil && tab != other {
				return true
			}
			other = tab
			seen[scriptOther] = true
		}
	}
	return seen[scriptOther] && (seen[scriptLatin] || seen[scriptCJK])
}

func scriptOf(r rune) *unicode.RangeTable {
	for _, t := range scriptTables {
		if unicode.Is(t, r) {
			return t
		}
	}
	return unicode.Other_Alphabetic
}
