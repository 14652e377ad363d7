package links

import (
	"encoding/base64"
	"golang.org/x/net/publicsuffix"
	"html"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Unwrapping bounds.
const (
	maxUnwrapDepth = 5
	maxUnwrapLen   = 16 << 10
)

// redirectParams are query parameters whose value, when it is plainly an
// absolute http(s) URL, is taken as the destination of a click tracker or
// open redirect, in this order; a plain or percent-encoded http(s) URL in
// a parameter of any other name counts after them (genericRedirect).
var redirectParams = []string{"url", "u", "q", "dest", "destination", "redirect", "redirect_url",
	"redirect_uri", "redirecturl", "target", "link", "goto", "to", "out", "next", "continue",
	"rurl", "return", "returnurl", "return_url", "r", "href", "uri", "location", "l", "adurl", "uddg", "redir", "redirect_to"}

// Unwrap decodes other vendors' rewritten links offline: Microsoft Safe
// Links, Proofpoint v1/v2/v3, Barracuda, Cisco, Trend Micro, Sophos, FireEye,
// Trustwave, Check Point Avanan, Google /url, AMP and Translate's website
// proxy, and click trackers or open
// redirects whose target is a URL parameter (plain, percent-encoded, or in
// base64 as Bing's /ck/a carries it), the whole query (an ad server's
// "/clk;1;2?http://...") or a path segment. It
// recurses at most 5 levels on inputs of at most 16 KiB. A layer's target
// without a fragment inherits the layer's, as a browser's redirect does
// (inheritFragment). chain lists the
// wrappers, outermost first; dest is raw itself when nothing was unwrapped.
// Mimecast links are opaque: they get FlagOpaqueWrapper and stay as they
// are (a domain= hint in them is not trusted: anyone can write it).
func Unwrap(raw string) (dest string, chain []string, flags Flag) {
	cur := raw
	for depth := 0; ; depth++ {
		if len(cur) > maxUnwrapLen {
			return cur, chain, flags | FlagTruncatedChain
		}
		next, f, ok := unwrapOnce(cur)
		flags |= f
		if !ok || next == cur {
			return cur, chain, flags
		}
		if depth == maxUnwrapDepth {
			return cur, chain, flags | FlagTruncatedChain
		}
		chain = append(chain, cur)
		cur = inheritFragment(next, cur)
	}
}

// inheritFragment is a redirect's target as the browser opens it: a target
// without a fragment of its own takes the fragment of the URL that led to
// it (RFC 9110, section 10.2.2: a Location without a fragment inherits the
// request's). Kits put the reader's address there, after the open
// redirect's "#" (bing.com/ck/a?...&u=a1...#dmljdGlt...), where no
// redirector's parameter shows it, and their page reads it.
func inheritFragment(next, cur string) string {
	if strings.IndexByte(next, '#') >= 0 {
		return next
	}
	i := strings.IndexByte(cur, '#')
	if i < 0 || i == len(cur)-1 {
		return next
	}
	return next + cur[i:]
}

// unwrapOnce decodes one wrapper layer.
func unwrapOnce(s string) (string, Flag, bool) {
	if !mayWrap(s) {
		return "", 0, false
	}
	scheme, rest, _ := splitScheme(s)
	if scheme != "" && scheme != "http" && scheme != "https" {
		return "", 0, false // javascript:open('...?url=...') is the script's doing, not a redirect's
	}
	host := strings.ToLower(looseHost(rest))
	if d, ok := translateProxy(host, rest); ok {
		return d, FlagOpenRedirect, true
	}
	if !vendorHost(host) {
		path, query := pathQuery(rest)
		d, f, ok := genericRedirect(path, query)
		if !ok && opaqueRedirect(host, path) {
			f |= FlagOpaqueRedirect
		}
		return d, f | searchRedirect(host, path, ok), ok
	}
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return "", 0, false
	}
	host = strings.ToLower(u.Hostname())
	if dec, ok := vendorDecode(host, u, s); ok {
		d, f, ok := plainURL(dec)
		if !ok && opaqueRedirect(host, u.EscapedPath()) {
			f |= FlagOpaqueRedirect
		}
		return d, f | searchRedirect(host, u.EscapedPath(), ok), ok
	}
	if isMimecast(host, u.Path) {
		// The target hides behind the token. A domain= hint is written by
		// whoever wrote the URL, so it is no destination: the link is
		// judged as the wrapper.
		return "", FlagOpaqueWrapper, false
	}
	return genericRedirect(u.EscapedPath(), u.RawQuery)
}

// trustedLayer: an unwrapped layer whose host only forwards to the target
// it names (a security vendor's rewriter, Google's redirects, a search
// engine's result redirect, Google Translate's proxy), so where the
// reader lands is the target's doing, not the layer's.
func trustedLayer(s string) bool {
	_, rest, _ := splitScheme(s)
	host := strings.ToLower(looseHost(rest))
	if vendorHost(host) || strings.HasSuffix(host, ".translate.goog") {
		return true
	}
	path, _ := pathQuery(rest)
	return searchRedirect(host, path, true) != 0 || isMimecast(host, path)
}

// translateProxy decodes a link through Google Translate's website proxy
// (https://www-shop--site-example.translate.goog/login?_x_tr_sl=auto&...):
// the page is www.shop-site.example's, shown under a Google host, which
// phishing uses as it uses a search engine's open redirect. The host's
// first label spells the site's name with "-" for "." and "--" for "-";
// the proxy's own _x_tr_ parameters are dropped.
func translateProxy(host, rest string) (string, bool) {
	label, ok := strings.CutSuffix(host, ".translate.goog")
	if !ok || label == "" || strings.ContainsAny(label, ".\x00") {
		return "", false
	}
	site := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(label, "--", "\x00"), "-", "."), "\x00", "-")
	if !strings.Contains(site, ".") || strings.HasPrefix(site, ".") || strings.HasSuffix(site, ".") {
		return "", false
	}
	path, query := pathQuery(rest)
	var keep []string
	for kv := range strings.SplitSeq(query, "&") {
		if kv != "" && !strings.HasPrefix(kv, "_x_tr_") {
			keep = append(keep, kv)
		}
	}
	dest := "https://" + site + path
	if len(keep) > 0 {
		dest += "?" + strings.Join(keep, "&")
	}
	return dest, true
}

// opaqueRedirects are big sites' public redirect endpoints, by host (or
// a host under it) and path: LinkedIn's /slink?code= (a token only
// LinkedIn reads), Baidu's /link?url= (the same), and the redirects of
// YouTube, Facebook, Instagram, VK, Google, Bing and DuckDuckGo, whose
// target is readable unless the parameter is a token. Phishing sends them
// because the reader and every filter see only the trusted host.
var opaqueRedirects = []struct{ host, path string }{
	{"linkedin.com", "/slink"}, {"linkedin.com", "/redir/redirect"}, {"baidu.com", "/link"}, {"youtube.com", "/redirect"},
	{"facebook.com", "/l.php"}, {"l.instagram.com", "/"}, {"vk.com", "/away.php"},
	{"bing.com", "/ck/a"}, {"duckduckgo.com", "/l/"},
}

// opaqueRedirect: host and path are one of opaqueRedirects, or Google's
// /url, and the redirect's target could not be read from the link, so
// where it leads is not the site's own page: the flag tells the scorer
// to judge it as it judges a shortener.
func opaqueRedirect(host, path string) bool {
	return isGoogle(host) && path == "/url" || bigSiteRedirect(host, path)
}

// bigSiteRedirect: host (or a host under it) and path are one of
// opaqueRedirects.
func bigSiteRedirect(host, path string) bool {
	for _, r := range opaqueRedirects {
		if path == r.path && (host == r.host || strings.HasSuffix(host, "."+r.host)) {
			return true
		}
	}
	return false
}

// searchRedirect is FlagOpenRedirect for a decoded layer that is a search
// engine's result redirect (Bing's /ck/a, Google's AMP viewer,
// DuckDuckGo's /l/) or another big site's public redirect whose target it
// shows (opaqueRedirects: LinkedIn's /redir/redirect?url=, Facebook's and
// Instagram's l.php and l.instagram.com?u=, YouTube's /redirect?q=, VK's
// away.php?to=). Those are public open redirects that phishing uses to
// show a trusted host; a sender linking its own site, or its mailing
// service's click tracker, never needs one. Google's /url is not counted:
// Google's own products (Calendar, Groups, Docs) wrap the links of
// ordinary mail in it.
func searchRedirect(host, path string, decoded bool) Flag {
	if !decoded {
		return 0
	}
	bing := (host == "bing.com" || host == "www.bing.com") && path == "/ck/a"
	ddg := (host == "duckduckgo.com" || host == "html.duckduckgo.com") && path == "/l/"
	if bing || ddg || isGoogle(host) && strings.HasPrefix(path, "/amp/") || bigSiteRedirect(host, path) {
		return FlagOpenRedirect
	}
	return 0
}

// vendorHosts are host suffixes handled by vendorDecode or isMimecast.
var vendorHosts = []string{".safelinks.protection.outlook.com", "urldefense.proofpoint.com", "urldefense.com",
	"urldefense.us", "linkprotect.cudasvc.com", "secure-web.cisco.com", "ctp.trendmicro.com",
	".protection.sophos.com", ".fireeye.com", "scanmail.trustwave.com", "url.avanan.click",
	".mimecast.com", ".mimecastprotect.com"}

// vendorHost: host is a vendor's host (an entry itself, unless the entry
// starts with "."), or a name under one. "xurldefense.com" is not.
func vendorHost(host string) bool {
	for _, v := range vendorHosts {
		if strings.HasPrefix(v, ".") && strings.HasSuffix(host, v) || dotSuffix(host, v) {
			return true
		}
	}
	return isGoogle(host)
}

// pathQuery splits "//host/path?query#frag" into the path and raw query.
func pathQuery(rest string) (string, string) {
	rest = strings.TrimPrefix(rest, "//")
	rest, _, _ = strings.Cut(rest, "#")
	i := strings.IndexAny(rest, "/?")
	if i < 0 {
		return "", ""
	}
	path, query, _ := strings.Cut(rest[i:], "?")
	return path, query
}

// wrapperHosts are vendor hosts whose targets may sit in the path.
var wrapperHosts = []string{"secure-web.cisco.com", "url.avanan.click", "urldefense.com", "urldefense.us",
	"mimecast.com", "mimecastprotect.com", ".translate.goog"}

// mayWrap is a cheap filter: only URLs with a query, an embedded "http"
// after a '/', '*', '-' or '=' (pathTargetShape), an AMP path or a
// path-based wrapper host can be unwrapped.
func mayWrap(s string) bool {
	_, rest, _ := splitScheme(s)
	if strings.IndexByte(rest, '?') >= 0 || strings.Contains(rest, "/amp/") || pathTargetShape(rest) {
		return true
	}
	h := strings.ToLower(looseHost(rest))
	for _, w := range wrapperHosts {
		if strings.HasSuffix(h, w) {
			return true
		}
	}
	return false
}

// pathTargetShape is mayWrap's filter for pathRedirect's shapes: "http"
// after a '/', a '*', a '-' or a '='.
func pathTargetShape(rest string) bool {
	for off := 0; ; {
		i := indexFoldHTTP(rest[off:])
		if i < 0 {
			return false
		}
		i += off
		if i > 0 && strings.IndexByte("/*-=", rest[i-1]) >= 0 {
			return true
		}
		off = i + 4
	}
}

// indexFoldHTTP is the index of "http" in s in any case, or -1.
func indexFoldHTTP(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == 'h' || s[i] == 'H') && strings.EqualFold(s[i:i+4], "http") {
			return i
		}
	}
	return -1
}

// plainURL accepts a decoded target only if it is an absolute http(s) URL,
// read as a browser follows a redirect to it: the spaces and controls
// browsers strip first removed, any mix of slashes and backslashes after
// the scheme, or none at all before a scheme-relative "//host" (which takes
// the redirector's scheme; https is assumed). An open redirect passes the
// value on as it is, so "%20https:\\evil.example" or "//evil.example" lead
// there as surely as "https://evil.example" does.
func plainURL(s string) (string, Flag, bool) {
	s, _ = cleanRaw(s, false)
	low := asciiLower(s)
	if strings.HasPrefix(low, "http%3a") || strings.HasPrefix(low, "https%3a") {
		if d, err := url.QueryUnescape(s); err == nil {
			s, _ = cleanRaw(d, false)
			low = asciiLower(s)
		}
	}
	if strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") {
		if strings.IndexByte(s, '\\') < 0 {
			return s, 0, true
		}
	}
	scheme, rest := "", ""
	switch {
	case strings.HasPrefix(low, "https:"):
		scheme, rest = s[:5], s[6:]
	case strings.HasPrefix(low, "http:"):
		scheme, rest = s[:4], s[5:]
	case len(s) > 2 && (s[0] == '/' || s[0] == '\\') && (s[1] == '/' || s[1] == '\\'):
		scheme, rest = "https", s
	default:
		return "", 0, false
	}
	if rest == "" || rest[0] != '/' && rest[0] != '\\' {
		return "", 0, false // "https:host" is a path on the redirector's own host
	}
	rest = strings.TrimLeft(rest, "/\\")
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = strings.ReplaceAll(rest[:i], "\\", "/") + rest[i:]
	} else {
		rest = strings.ReplaceAll(rest, "\\", "/")
	}
	if rest == "" {
		return "", 0, false
	}
	return scheme + "://" + rest, 0, true
}

func vendorDecode(host string, u *url.URL, raw string) (string, bool) {
	q := func(k string) string { return u.Query().Get(k) }
	switch {
	case strings.HasSuffix(host, ".safelinks.protection.outlook.com"):
		return q("url"), true
	case host == "urldefense.proofpoint.com" && strings.HasPrefix(u.Path, "/v1/"):
		return html.UnescapeString(q("u")), true
	case host == "urldefense.proofpoint.com" && strings.HasPrefix(u.Path, "/v2/"):
		return proofpointV2(rawParam(u.RawQuery, "u")), true
	case (host == "urldefense.com" || host == "urldefense.us") && strings.HasPrefix(u.EscapedPath(), "/v3/__"):
		return proofpointV3(raw)
	case host == "linkprotect.cudasvc.com":
		return q("a"), true
	case host == "secure-web.cisco.com":
		return ciscoTarget(raw), true
	case strings.HasSuffix(host, "ctp.trendmicro.com"):
		return q("url"), true
	case strings.HasSuffix(host, ".protection.sophos.com"):
		return b64Param(q("u")), true
	case strings.HasSuffix(host, ".fireeye.com") && strings.HasPrefix(u.Path, "/v1/url"):
		return q("u"), true
	case host == "scanmail.trustwave.com":
		return q("u"), true
	case host == "url.avanan.click":
		return avanan(raw)
	case isGoogle(host) && strings.HasPrefix(u.EscapedPath(), "/amp/"):
		return googleAMP(u), true
	case isGoogle(host) && u.Path == "/url": // the browser goes to q when it is a URL, else to url
		if v := q("q"); v != "" {
			if _, _, ok := plainURL(v); ok {
				return v, true
			}
		}
		return q("url"), true
	}
	return "", false
}

// rawParam returns the still-encoded value of key in a raw query.
func rawParam(rawQuery, key string) string {
	for _, kv := range strings.Split(rawQuery, "&") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// proofpointV2: '-' stands for '%' and '_' for '/', then percent-decoding.
func proofpointV2(v string) string {
	v = strings.NewReplacer("-", "%", "_", "/").Replace(v)
	d, err := url.PathUnescape(v)
	if err != nil {
		return ""
	}
	return html.UnescapeString(d)
}

const b64URLAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// proofpointV3 decodes urldefense.com/v3/__<url>__;<b64>!...: each '*' in
// <url> takes one character from the decoded <b64>, each "**X" takes a run
// of 2+index(X) characters.
func proofpointV3(raw string) (string, bool) {
	i := strings.Index(raw, "/v3/__")
	if i < 0 {
		return "", false
	}
	body := raw[i+len("/v3/__"):]
	end := strings.Index(body, "__;")
	if end < 0 {
		return "", false
	}
	target, rest := body[:end], body[end+3:]
	enc, _, _ := strings.Cut(rest, "!")
	repl := []rune(decodeB64Loose(enc))
	var sb strings.Builder
	for j := 0; j < len(target); j++ {
		if target[j] != '*' {
			sb.WriteByte(target[j])
			continue
		}
		n := 1
		if j+2 < len(target) && target[j+1] == '*' {
			k := strings.IndexByte(b64URLAlphabet, target[j+2])
			if k < 0 {
				return "", false
			}
			n, j = 2+k, j+2
		}
		if n > len(repl) {
			return "", false
		}
		sb.WriteString(string(repl[:n]))
		repl = repl[n:]
	}
	return sb.String(), true
}

// decodeB64Loose decodes standard or URL-safe base64 with or without padding.
func decodeB64Loose(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), "=")
	for _, e := range []*base64.Encoding{base64.RawURLEncoding, base64.RawStdEncoding} {
		if b, err := e.DecodeString(s); err == nil && utf8.Valid(b) {
			return string(b)
		}
	}
	return ""
}

func b64Param(v string) string {
	if d := decodeB64Loose(v); d != "" {
		return d
	}
	return v
}

// ciscoTarget: secure-web.cisco.com/<token>/<percent-encoded target>.
func ciscoTarget(raw string) string {
	i := strings.Index(asciiLower(raw), "secure-web.cisco.com/")
	if i < 0 {
		return ""
	}
	p := raw[i+len("secure-web.cisco.com/"):]
	_, target, ok := strings.Cut(p, "/")
	if !ok {
		return ""
	}
	d, err := url.PathUnescape(target)
	if err != nil {
		return ""
	}
	return d
}

// avanan: url.avanan.click/v2/___<url>___.<signature>.
func avanan(raw string) (string, bool) {
	i := strings.Index(raw, "/v2/___")
	if i < 0 {
		return "", false
	}
	body := raw[i+len("/v2/___"):]
	end := strings.LastIndex(body, "___")
	if end < 0 {
		return "", false
	}
	t := body[:end]
	if d, err := url.PathUnescape(t); err == nil && !strings.Contains(t, "://") {
		t = d
	}
	return t, true
}

// googleAMP decodes Google's AMP viewer path, an open redirect:
// /amp/s/HOST/PATH is https://HOST/PATH and /amp/HOST/PATH is http://.
func googleAMP(u *url.URL) string {
	p, scheme := strings.TrimPrefix(u.EscapedPath(), "/amp/"), "http://"
	if rest, ok := strings.CutPrefix(p, "s/"); ok {
		p, scheme = rest, "https://"
	}
	host, _, _ := strings.Cut(p, "/")
	if h, port, ok := strings.Cut(host, ":"); ok && port != "" && strings.Trim(port, "0123456789") == "" {
		host = h // the viewer passes a port on: "/amp/s/evil.example:443/"
	}
	if !strings.Contains(host, ".") || strings.ContainsAny(host, "@%:\\") {
		return ""
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return scheme + p
}

// isGoogle: Google's own search host in any country, with or without
// "www.": google.com, google.<country> (google.de), google.co.<country>
// and google.com.<country> (google.co.uk, google.com.br), the forms
// Google's country domains take. Not google.<anything>.<tld>, and not
// google.<other second-level suffix> (google.me.uk, google.blog.br),
// which anyone can register.
func isGoogle(host string) bool {
	host = strings.TrimPrefix(host, "www.")
	rest, ok := strings.CutPrefix(host, "google.")
	if !ok {
		return false
	}
	if cc, ok := strings.CutPrefix(rest, "co."); ok {
		rest = cc
	} else if cc, ok := strings.CutPrefix(rest, "com."); ok {
		rest = cc
	} else if rest == "com" {
		return true
	}
	if _, icann := publicsuffix.PublicSuffix(host); !icann {
		return false
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err != nil || d != host {
		return false // google.co.de is a name under co.de, not Google's
	}
	return len(rest) == 2 && rest[0] >= 'a' && rest[0] <= 'z' && rest[1] >= 'a' && rest[1] <= 'z'
}

func isMimecast(host, path string) bool {
	mc := strings.HasSuffix(host, ".mimecast.com") || strings.HasSuffix(host, ".mimecastprotect.com")
	return mc && (strings.HasPrefix(path, "/s/") || strings.HasPrefix(path, "/r/"))
}

// genericRedirect finds a plainly encoded http(s) URL in a redirect
// parameter, as the whole query (an ad server's "/clk;123;456?http://..."),
// or in a percent-encoded path segment.
func genericRedirect(path, rawQuery string) (string, Flag, bool) {
	if looksLikeURLValue(rawQuery) { // the target's own query follows unescaped
		if d, _, ok := plainURL(rawQuery); ok {
			return d, 0, true
		}
	}
	best, bestRank := "", len(redirectParams)+1 // any parameter with a URL, named ones first
	for kv := range strings.SplitSeq(rawQuery, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if !redirectValue(v) {
			continue
		}
		rank := paramRank(k)
		if rank >= bestRank || rank == len(redirectParams) && !looksLikeURLValue(v) {
			continue // another name's value counts only as a plain or percent-encoded http(s) URL
		}
		if d, ok := paramTarget(v); ok {
			best, bestRank = d, rank
		}
	}
	if best != "" {
		return best, 0, true
	}
	return pathRedirect(path, rawQuery)
}

// paramTarget decodes a redirect parameter's value: a percent-encoded
// http(s) URL, or one in base64 (looksLikeB64URL).
func paramTarget(v string) (string, bool) {
	d, err := url.QueryUnescape(v)
	if err != nil {
		if d, err = url.PathUnescape(v); err != nil {
			return "", false
		}
	}
	if looksLikeB64URL(d) {
		d = decodeB64Loose(strings.TrimPrefix(d, b64Tag))
	}
	d, _, ok := plainURL(d)
	return d, ok
}

// b64HTTP is "http" in base64, the start of every http(s) URL so encoded;
// b64Tag is the marker Bing's /ck/a open redirect puts before it
// (u=a1aHR0cHM6Ly9...), which phishing uses to pass a trusted host.
const (
	b64HTTP = "aHR0c"
	b64Tag  = "a1"
)

// looksLikeB64URL reports whether a query value is an http(s) URL in
// base64, possibly behind Bing's "a1" marker.
func looksLikeB64URL(v string) bool {
	return strings.HasPrefix(strings.TrimPrefix(v, b64Tag), b64HTTP)
}

// redirectRank maps each redirect parameter to its position in redirectParams.
var redirectRank = func() map[string]int {
	m := make(map[string]int, len(redirectParams))
	for i, p := range redirectParams {
		m[p] = i
	}
	return m
}()

// paramRank is the position of key in redirectParams, or len(redirectParams).
func paramRank(key string) int {
	if r, ok := redirectRank[key]; ok {
		return r
	}
	if r, ok := redirectRank[asciiLower(key)]; ok {
		return r
	}
	return len(redirectParams)
}

// redirectValue is the cheap filter before paramTarget: the raw value
// starts with http: or https: (looksLikeURLValue) or base64 of it, or it
// may once percent-decoded and stripped as browsers strip a Location
// ("%68ttps%3A...", "%20https:...", "//host", "%2F%2Fhost", "\\host"):
// it holds an escape or starts with a slash or backslash.
func redirectValue(v string) bool {
	if looksLikeURLValue(v) || looksLikeB64URL(v) {
		return true
	}
	return v != "" && (v[0] == '/' || v[0] == '\\' || strings.IndexByte(v, '%') >= 0 && len(v) >= 7)
}

// looksLikeURLValue reports whether a raw query value starts with http:
// or https:, possibly percent-encoded.
func looksLikeURLValue(v string) bool {
	if len(v) < 7 || !strings.EqualFold(v[:4], "http") {
		return false
	}
	v = v[4:]
	if v[0] == 's' || v[0] == 'S' {
		v = v[1:]
	}
	return strings.HasPrefix(v, ":") || len(v) >= 3 && strings.EqualFold(v[:3], "%3a")
}

// pathRedirect finds a target in a path segment: "/https://...",
// "/https:%2F%2F..." or "/http%3A%2F%2F...", also behind a run of "*"
// and "-" (Yahoo's rds.yahoo.com/_ylt=.../*http://..., /**http%3a//...,
// /*-http://...) or a "name=" (Yahoo search's /RU=http%3a%2f%2f.../RK=2).
// An encoded target ends at the next '/'.
func pathRedirect(p, rawQuery string) (string, Flag, bool) {
	low := asciiLower(p)
	for off := 0; ; {
		i := strings.Index(low[off:], "http")
		if i < 0 {
			return "", 0, false
		}
		i += off
		off = i + 4
		if !pathTargetStart(low, i) {
			continue
		}
		if d, f, ok := pathTarget(p, low, i, rawQuery); ok {
			return d, f, ok
		}
	}
}

// pathTarget reads the target starting at p[i] (low is p in lower case):
// "https://..." or "http%3a//..." with its path and the link's query
// after it, or an encoded "https%3A%2F%2F..." up to the next '/'.
func pathTarget(p, low string, i int, rawQuery string) (string, Flag, bool) {
	n := i + 4 // the end of the scheme
	if n < len(low) && low[n] == 's' {
		n++
	}
	seg, rest := p[i:], low[n:]
	switch {
	case strings.HasPrefix(rest, "://"), strings.HasPrefix(rest, "%3a//"):
		sep := len("://")
		if rest[0] == '%' {
			sep = len("%3a//")
		}
		seg = p[i:n] + "://" + p[n+sep:]
		if rawQuery != "" {
			seg += "?" + rawQuery
		}
		return plainURL(seg)
	case strings.HasPrefix(rest, ":%2f") || strings.HasPrefix(rest, "%3a"):
		seg, _, _ = strings.Cut(seg, "/")
		if d, err := url.PathUnescape(seg); err == nil {
			return plainURL(d)
		}
	}
	return "", 0, false
}

// pathTargetStart: the "http" at low[i] starts a path segment's target:
// the segment holds nothing before it, a run of "*" and "-" with a "*"
// in it, or a "name=" of letters, digits and "_". Read from low[i] back
// over only what may stand there, so a segment of many "http" costs
// linear time, not a scan back to its '/' for each.
func pathTargetStart(low string, i int) bool {
	if i == 0 {
		return false
	}
	j, ok := i, false
	switch low[i-1] {
	case '/':
		return true
	case '*', '-':
		for ; j > 0 && (low[j-1] == '*' || low[j-1] == '-'); j-- {
			ok = ok || low[j-1] == '*' // a run needs a '*'
		}
	case '=':
		for j--; j > 0 && pathNameByte(low[j-1]); j-- {
		}
		ok = j < i-1 // a name before the '='
	}
	return ok && j > 0 && low[j-1] == '/'
}

// pathNameByte: c may be in a "name=" segment's name.
func pathNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
}
