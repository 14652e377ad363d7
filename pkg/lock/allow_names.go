package lock

import (
	"fmt"
	"net/netip"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// allowDomain normalises an allowlisted link or sender domain: lower case,
// no trailing dot, IDNs in their ASCII (punycode) form, as link hosts are
// compared. It refuses what is not a host name (a URL, an address, spaces)
// and a public suffix (com, co.uk, github.io): an entry for one would let
// every domain under it through. An IP address is kept as it is.
func allowDomain(s string) (string, error) {
	d := strings.TrimSpace(s)
	if ip, err := netip.ParseAddr(strings.Trim(d, "[]")); err == nil {
		return ip.String(), nil
	}
	a, ok := asciiHost(d)
	if !ok {
		return "", fmt.Errorf("%w: %q is not a domain name (give one like example.com, without scheme, path or address)", ErrBadRecord, s)
	}
	if suffix, _ := publicsuffix.PublicSuffix(a); suffix == a {
		return "", fmt.Errorf("%w: %q is a public suffix: an entry for it would let every domain under it through; give the registrable domain (example.%s) or a host", ErrBadRecord, s, a)
	}
	return a, nil
}

// allowSender normalises an allowlisted sender: an address (local@domain)
// or a domain, with the domain as allowDomain takes it.
func allowSender(s string) (string, error) {
	s = strings.TrimSpace(s)
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return allowDomain(s)
	}
	local := strings.ToLower(s[:at])
	if local == "" || strings.ContainsAny(local, " <>\"(),;:") {
		return "", fmt.Errorf("%w: %q is not an address (give local@domain, or a domain)", ErrBadRecord, s)
	}
	d, ok := asciiHost(s[at+1:])
	if !ok {
		return "", fmt.Errorf("%w: %q is not an address (give local@domain, or a domain)", ErrBadRecord, s)
	}
	return local + "@" + d, nil
}

// asciiHost is s as link hosts are compared: lower case, no trailing dot,
// an IDN in its ASCII (punycode) form; ok is false when that is no DNS
// name. An address's domain needs no more (root@com is one address, not a
// whole domain); a domain entry also refuses public suffixes (allowDomain).
func asciiHost(s string) (string, bool) {
	a, err := idna.Lookup.ToASCII(strings.TrimSuffix(strings.ToLower(s), "."))
	return a, err == nil && hostName(a)
}

// hostName: a DNS name in ASCII, as link hosts are: dot-separated labels
// of 1 to 63 letters, digits and hyphens, at most 253 bytes.
func hostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
