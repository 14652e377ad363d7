package scoring

import (
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// Device-code phishing: the OAuth device authorization grant (RFC 8628)
// lets a television or a command-line tool sign in by showing a short
// code that its owner types at the provider's verification page. An
// attacker starts such a sign-in and mails the code with a link to that
// page ("join the Teams meeting: enter code QX7-F2KD"): the reader signs
// in at the real provider, on a domain every history knows, and the
// attacker's session receives the tokens. A verification page is reached
// from the device's own screen; mail has no reason to link one.

// deviceLoginPages are the verification pages of common providers, as
// host (without "www.") and path prefix, lowercase. Written from the
// providers' documentation, not from any corpus.
var deviceLoginPages = []deviceLoginPage{
	{"microsoft.com", "/devicelogin"},
	{"login.microsoftonline.com", "/common/oauth2/deviceauth"},
	{"login.microsoft.com", "/device"},
	{"aka.ms", "/devicelogin"},
	{"login.live.com", "/oauth20_remoteconnect.srf"},
	{"google.com", "/device"},
	{"accounts.google.com", "/o/oauth2/device"},
	{"github.com", "/login/device"},
	{"amazon.com", "/code"},
	{"login.salesforce.com", "/setup/connect"},
}

type deviceLoginPage struct{ host, path string }

// deviceLogin: the link opens a provider's device sign-in page.
func deviceLogin(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if !isDeviceLoginPage(l.Host, l.URL) {
		return evid{}, false
	}
	return evid{code: CodeDeviceLogin, w: w.DeviceLogin, cls: classForm, a: l.Host}, true
}

// isDeviceLoginPage reports whether the URL u on host is one of
// deviceLoginPages (any tenant path after login.microsoftonline.com too).
// Most hosts are none of the providers', which is asked first: only
// theirs have the path lowercased.
func isDeviceLoginPage(host, u string) bool {
	host = strings.TrimPrefix(host, "www.")
	tenants := host == "login.microsoftonline.com"
	if !tenants && !slices.ContainsFunc(deviceLoginPages, func(p deviceLoginPage) bool { return p.host == host }) {
		return false
	}
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return false
	}
	path := "/"
	if i := strings.IndexAny(rest, "/?#"); i >= 0 && rest[i] == '/' {
		path = strings.ToLower(rest[i:])
	}
	if tenants {
		if i := strings.Index(path, "/oauth2/deviceauth"); i >= 0 && segmentPrefix(path[i:], "/oauth2/deviceauth") {
			return true
		}
	}
	for _, p := range deviceLoginPages {
		if host == p.host && segmentPrefix(path, p.path) {
			return true
		}
	}
	return false
}

// segmentPrefix: path starts with the whole segments of prefix
// ("/device", "/device/x", "/device?code=1", not "/devices").
func segmentPrefix(path, prefix string) bool {
	return strings.HasPrefix(path, prefix) && (len(path) == len(prefix) || strings.IndexByte("/?#", path[len(prefix)]) >= 0)
}
