package lock

import (
	"strconv"
	"strings"
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

func formatFloat(f float64, prec int) string { return strconv.FormatFloat(f, 'f', prec, 64) }
