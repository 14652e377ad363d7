package links

import (
	"net/netip"
	"net/url"
	"strings"
)

// appTarget finds the address a link that opens another program reaches:
// Office's ms-word:ofe|u|https://host/doc (and the other ms-* Office
// schemes), microsoft-edge:https://host/, Windows search's
// search-ms:...&crumb=location:\\host@SSL\DavWWWRoot, a file: share
// path (file:\\host\share or file:////host/share), and any other
// program's link without a host of its own that hands a web address in its
// query (iOS's itms-services://?action=download-manifest&url=https://...,
// which installs the app the manifest there names). Lures use them to open
// a document, a share or an installer outside the browser and its
// protections. ok is false for any other link.
func appTarget(s string) (string, bool) {
	scheme, rest, ok := splitScheme(s)
	if !ok {
		return "", false
	}
	switch {
	case officeScheme(scheme):
		return officeTarget(rest)
	case scheme == "microsoft-edge":
		if sc, r, ok := splitScheme(rest); ok && specialScheme(sc) && r != "" {
			return rest, true
		}
	case scheme == "search-ms":
		return searchMSTarget(rest)
	case scheme == "file":
		return shareURL(rest)
	case !specialScheme(scheme) && !messageScheme(scheme):
		return queryTarget(rest)
	}
	return "", false
}

// messageScheme: schemes that write a message or run script rather than
// open an address; a URL in their query is text (mailto:?body=https://...).
func messageScheme(s string) bool {
	switch s {
	case "mailto", "sms", "smsto", "mms", "tel", "callto", "javascript", "vbscript", "data", "cid", "mid", "about", "blob":
		return true
	}
	return false
}

// queryTarget is the first web address in the query of a program's link
// that has no host of its own ("//?url=https://..." or "?url=..."),
// percent-encoded or not.
func queryTarget(rest string) (string, bool) {
	auth := strings.TrimPrefix(rest, "//")
	if len(auth) < len(rest) && auth != "" && auth[0] != '?' && auth[0] != '/' {
		return "", false // it names a host: judged as that host
	}
	_, q, ok := strings.Cut(rest, "?")
	if !ok {
		return "", false
	}
	q, _, _ = strings.Cut(q, "#")
	for _, p := range strings.Split(q, "&") {
		_, v, _ := strings.Cut(p, "=")
		if d, err := url.QueryUnescape(v); err == nil {
			v = d
		}
		if sc, r, ok := splitScheme(v); ok && specialScheme(sc) && strings.HasPrefix(r, "//") && len(r) > 2 {
			return v, true
		}
	}
	return "", false
}

// officeScheme: the URI schemes of Office's applications (ms-word,
// ms-excel, ms-powerpoint, ms-visio, ms-access, ms-project, ms-publisher,
// ms-spd, ms-infopath).
func officeScheme(s string) bool {
	switch s {
	case "ms-word", "ms-excel", "ms-powerpoint", "ms-visio", "ms-access", "ms-project", "ms-publisher", "ms-spd", "ms-infopath":
		return true
	}
	return false
}

// officeTarget reads "ofe|u|URL", "ofv|u|URL" or "nft|u|URL|s|..." (or a
// bare URL): the document's address follows "|u|" up to the next "|".
func officeTarget(rest string) (string, bool) {
	if _, after, ok := strings.Cut(rest, "|u|"); ok {
		rest = after
	}
	rest, _, _ = strings.Cut(rest, "|")
	if sc, r, ok := splitScheme(rest); ok && specialScheme(sc) && r != "" {
		return rest, true
	}
	return "", false
}

// searchMSTarget reads the share in search-ms's crumb=location:...
// (percent-encoded or not).
func searchMSTarget(rest string) (string, bool) {
	if d, err := url.QueryUnescape(rest); err == nil {
		rest = d
	}
	i := indexFold([]byte(rest), "location:") // not ToLower: it can change the length
	if i < 0 {
		return "", false
	}
	loc := rest[i+len("location:"):]
	loc, _, _ = strings.Cut(loc, "&")
	if sc, r, ok := splitScheme(loc); ok && specialScheme(sc) && r != "" {
		return loc, true
	}
	return shareURL(loc)
}

// shareURL turns a UNC path (\\host\share, //host/share, with any number
// of leading slashes or backslashes, "@SSL" or "@port" after the host, or
// as a device path: \\?\UNC\host\share, \\.\UNC\host\share) into
// file://host/share, so the host is judged.
func shareURL(p string) (string, bool) {
	p = strings.ReplaceAll(p, `\`, "/")
	t := strings.TrimLeft(p, "/")
	if len(p)-len(t) < 2 || t == "" {
		return "", false
	}
	t = deviceUNC(t)
	host, path, _ := strings.Cut(t, "/")
	host, _, _ = strings.Cut(host, "@")
	if host == "" || host == "." || host == "?" || strings.EqualFold(host, "localhost") || strings.HasSuffix(host, ":") {
		return "", false // no host, this machine, or a drive letter (file:///C:/...)
	}
	return "file://" + literalIPv6(host) + "/" + path, true
}

// ipv6Literal is the name Windows reads as an IPv6 address in a share
// path, where a colon cannot stand: the address with '-' for each ':' and
// 's' before a zone index (fe80--1s4.ipv6-literal.net is fe80::1%4),
// resolved by Windows itself, never asked of DNS (Microsoft's IPv6
// documentation; a name under it in any case).
const ipv6Literal = ".ipv6-literal.net"

// literalIPv6 turns host, when it is an ipv6Literal name, into the
// address in brackets ([fe80::1], its zone left out: it names the reader's
// own network interface), so the share is judged as at an IP address, as
// an IPv4 host is; host as it is otherwise. A bracketed address in a
// share path (\\[fe80::1]\s) is none: Windows takes no colon there.
func literalIPv6(host string) string {
	n := len(host) - len(ipv6Literal)
	if n <= 0 || !strings.EqualFold(host[n:], ipv6Literal) {
		return host
	}
	a := strings.ReplaceAll(host[:n], "-", ":")
	if i := strings.IndexAny(a, "sS"); i >= 0 {
		if !allDigits(a[i+1:]) {
			return host
		}
		a = a[:i]
	}
	ip, err := netip.ParseAddr(a)
	if err != nil || !ip.Is6() || ip.Zone() != "" {
		return host
	}
	return "[" + ip.String() + "]"
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// deviceUNC drops the "?/UNC/" or "./UNC/" (any case) that starts t, a
// UNC path written as a Windows device path (\\?\UNC\host\share, the
// long-path form): Windows opens the share \\host\share as the plain
// path names it (.NET's "File path formats on Windows systems", DOS
// device paths).
func deviceUNC(t string) string {
	if len(t) > 6 && (t[0] == '?' || t[0] == '.') && t[1] == '/' && strings.EqualFold(t[2:6], "UNC/") {
		return t[6:]
	}
	return t
}
