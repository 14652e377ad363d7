package lock

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }

// hostMatches reports whether host is domain or a subdomain of it.
func hostMatches(host, domain string) bool {
	host, domain = strings.ToLower(host), strings.ToLower(strings.TrimPrefix(domain, "."))
	return host == domain || strings.HasSuffix(host, "."+domain)
}

// senderMatches matches an address against an address or a bare domain.
func senderMatches(addr, want string) bool {
	if strings.Contains(want, "@") {
		return equalFold(addr, want)
	}
	_, dom, ok := strings.Cut(addr, "@")
	return ok && hostMatches(dom, want)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if equalFold(x, s) {
			return true
		}
	}
	return false
}

// foldKey maps s to a key that two strings share exactly when
// strings.EqualFold calls them equal: each rune becomes the smallest of
// its simple case-folding orbit, lowered when that is an ASCII letter
// (the Kelvin sign K and k give "k", the long s and S give "s"). A set
// of foldKeys answers containsFold with a lookup.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	low := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		low = min(low, f)
	}
	if low < utf8.RuneSelf {
		return unicode.ToLower(low)
	}
	return low
}

func formatFloat(f float64, prec int) string { return strconv.FormatFloat(f, 'f', prec, 64) }
