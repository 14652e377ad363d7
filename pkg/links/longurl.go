package links

import "unicode/utf8"

// MaxURLBytes bounds the URL a Link keeps. A longer one keeps its start
// (boundURL) and FlagTruncatedChain: it is judged on its host, and on the
// host of any link wrapped at its start, but not on what lies past the
// bound. Browsers accept URLs of megabytes, servers do not: Apache
// refuses a request line over 8190 bytes (LimitRequestLine), nginx a
// header line over 8 KiB (large_client_header_buffers), IIS (http.sys)
// a URL over 16 KiB, and RFC 9110 asks for 8000 octets at least. A page
// served by default configurations has a shorter address, so a longer
// one adds nothing to read but megabytes to copy through normalising,
// unwrapping, scoring and the lock record (one 8 MB message peaked at 181
// MB). It is also the length Unwrap reads (maxUnwrapLen): a URL past it
// was given FlagTruncatedChain before it was bounded. Rewrite still
// replaces the whole occurrence in the text (Start:End span all of it).
const MaxURLBytes = maxUnwrapLen

// Parts of a long URL's authority boundURL keeps whole up to these bounds.
const (
	maxAuthorityKept = 1024 // a whole authority, or the host and port after a userinfo
	maxUserinfoKept  = 256
)

// boundURL returns raw whole when it is at most MaxURLBytes long (long
// false), else its start: scheme, authority and as much of the rest as
// fits in MaxURLBytes, cut where no rune or %XX escape is split. An
// authority longer than maxAuthorityKept (a userinfo of megabytes before
// the real host, https://bank.example.aaaa...@evil.example/) keeps at
// most maxUserinfoKept bytes of its userinfo and then its host, so the
// host judged is the one a browser opens.
func boundURL[T ~string | ~[]byte](raw T) (s string, long bool) {
	if len(raw) <= MaxURLBytes {
		return string(raw), false
	}
	start := authorityStart(raw)
	if start < 0 {
		return string(raw[:urlCut(raw, MaxURLBytes)]), true
	}
	end := start
	for end < len(raw) && !endsAuthority(raw[end]) {
		end++
	}
	at := -1
	if end-start > maxAuthorityKept {
		for i := end - 1; i >= start; i-- {
			if raw[i] == '@' {
				at = i
				break
			}
		}
	}
	if at < 0 { // a short authority, or a host of megabytes (no host name is over 253 bytes)
		return string(raw[:urlCut(raw, MaxURLBytes)]), true
	}
	b := make([]byte, 0, MaxURLBytes)
	b = append(b, raw[:start]...)
	user := raw[start:at]
	b = append(b, user[:urlCut(user, maxUserinfoKept)]...)
	b = append(b, '@')
	host := raw[at+1 : end]
	b = append(b, host[:urlCut(host, maxAuthorityKept)]...)
	rest := raw[end:]
	b = append(b, rest[:urlCut(rest, max(0, MaxURLBytes-len(b)))]...)
	return string(b), true
}

// authorityStart is where raw's authority begins: after "scheme://" or a
// leading "//", or 0 for a host written without a scheme ("www."); -1 for
// a URL without one (mailto:, data:, a path).
func authorityStart[T ~string | ~[]byte](raw T) int {
	i := 0
	for i < len(raw) && i < 16 && raw[i] <= ' ' { // an attribute's value may start with white space
		i++
	}
	if len(raw) >= i+4 && raw[i]|0x20 == 'w' && raw[i+1]|0x20 == 'w' && raw[i+2]|0x20 == 'w' && raw[i+3] == '.' {
		return i
	}
	for s := i; i < len(raw) && i < s+40; i++ {
		switch c := raw[i]; {
		case c == '/':
			if i+1 < len(raw) && raw[i+1] == '/' && (i == s || raw[i-1] == ':') {
				return i + 2
			}
			return -1
		case c == ':':
			if i+1 >= len(raw) || raw[i+1] != '/' {
				return -1
			}
		case !isSchemeChar(c):
			return -1
		}
	}
	return -1
}

// endsAuthority: c ends an authority (a path, query or fragment begins, or
// a backslash browsers read as a slash, or white space).
func endsAuthority(c byte) bool {
	return c == '/' || c == '?' || c == '#' || c == '\\' || c <= ' '
}

// urlCut is the length of the longest start of s at most n bytes long
// that splits no UTF-8 sequence and no %XX escape.
func urlCut[T ~string | ~[]byte](s T, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	if n > 0 && s[n-1] == '%' {
		n--
	} else if n > 1 && s[n-2] == '%' {
		n -= 2
	}
	return n
}
