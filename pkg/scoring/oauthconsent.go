package scoring

import (
	"net/url"
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// Consent phishing (illicit consent grant): the attacker registers an
// application with an identity provider and mails a link to the
// provider's own authorisation page with the application's client_id
// ("open the shared document": login.microsoftonline.com/common/oauth2/
// v2.0/authorize?client_id=...&scope=Mail.ReadWrite offline_access). The
// reader signs in at the real provider, on a domain every history knows,
// and by clicking Accept grants the stranger's application lasting access
// to the mailbox or files; no password is typed on the attacker's site,
// and multi-factor sign-in does not stop it. The page then sends the
// reader to the application's redirect_uri, which milterd judges as the
// link's destination: often the sender's own new domain, or localhost.
// Services start such a sign-in from their own site ("Sign in with
// Microsoft"), after the reader chose them; mail has little reason to
// link the authorisation page itself.

// oauthConsentPages are the authorisation endpoints of common identity
// providers, as host (without "www.") and path, lowercase. Written from
// the providers' OAuth 2.0 documentation (Microsoft identity platform,
// Google Identity, GitHub, Slack, Dropbox, Sign in with Apple,
// Salesforce, Zoom, Atlassian, Yahoo), not from any corpus.
var oauthConsentPages = []deviceLoginPage{
	{"login.live.com", "/oauth20_authorize.srf"},
	{"accounts.google.com", "/o/oauth2/auth"},
	{"accounts.google.com", "/o/oauth2/v2/auth"},
	{"accounts.google.com", "/signin/oauth"},
	{"github.com", "/login/oauth/authorize"},
	{"slack.com", "/oauth/authorize"},
	{"slack.com", "/oauth/v2/authorize"},
	{"dropbox.com", "/oauth2/authorize"},
	{"appleid.apple.com", "/auth/authorize"},
	{"login.salesforce.com", "/services/oauth2/authorize"},
	{"zoom.us", "/oauth/authorize"},
	{"auth.atlassian.com", "/authorize"},
	{"api.login.yahoo.com", "/oauth2/request_auth"},
}

// oauthTenantHosts are the Microsoft identity platform's hosts, whose
// authorisation paths follow a tenant segment (common, organizations,
// a tenant's domain or ID): /TENANT/oauth2/authorize,
// /TENANT/oauth2/v2.0/authorize, /TENANT/adminconsent and
// /TENANT/v2.0/adminconsent.
var oauthTenantHosts = []string{"login.microsoftonline.com", "login.microsoft.com", "login.windows.net"}

// oauthConsent: the link, or an address it passes through (links.Link.Chain:
// the authorisation page unwrapped to its redirect_uri), opens an
// identity provider's authorisation page for an application named by
// client_id.
func oauthConsent(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if h, ok := oauthConsentHost(l); ok {
		return evid{code: CodeOAuthConsent, w: w.OAuthConsent, cls: classForm, a: h}, true
	}
	return evid{}, false
}

// oauthConsentHost returns the provider's host of the first address of l
// (its wrappers, outermost first, then its destination) that is an
// authorisation page with a client_id.
func oauthConsentHost(l *links.Link) (string, bool) {
	for _, u := range l.Chain {
		if h, ok := isOAuthConsentURL(u); ok {
			return h, true
		}
	}
	return isOAuthConsentURL(l.URL)
}

// isOAuthConsentURL reports whether u is an authorisation page of
// oauthConsentPages or oauthTenantHosts whose query names a client_id,
// and returns its host. Most addresses hold no "client_id", which is
// asked first.
func isOAuthConsentURL(u string) (string, bool) {
	if !containsFoldASCII(u, "client_id") {
		return "", false
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return "", false
	}
	host := strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
	path := strings.ToLower(p.EscapedPath())
	if !oauthPage(host, path) {
		return "", false
	}
	q := p.Query()
	for k, v := range q {
		if strings.EqualFold(k, "client_id") && len(v) > 0 && strings.TrimSpace(v[0]) != "" {
			return host, true
		}
	}
	return "", false
}

// containsFoldASCII: s holds sub (lowercase ASCII) in any case, without
// lowercasing s (most addresses are read for nothing). Only the places
// of sub's first byte without case ('_' of "client_id") are tried, found
// by strings.IndexByte (vectorised), not every byte of s.
func containsFoldASCII(s, sub string) bool {
	k := 0
	for k < len(sub) && 'a' <= sub[k] && sub[k] <= 'z' {
		k++
	}
	if k == len(sub) { // letters only: every byte is a place
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i]|0x20 == sub[0] && foldEqualASCII(s[i:i+len(sub)], sub) {
				return true
			}
		}
		return false
	}
	for from := k; from < len(s); {
		j := strings.IndexByte(s[from:], sub[k])
		if j < 0 {
			return false
		}
		if i := from + j - k; i+len(sub) <= len(s) && foldEqualASCII(s[i:i+len(sub)], sub) {
			return true
		}
		from += j + 1
	}
	return false
}

// foldEqualASCII: s (of sub's length) is sub (lowercase ASCII) in any
// ASCII case. strings.EqualFold also folds the Kelvin sign and the long
// s, which take more bytes than the letters they fold to and so never
// match a window of sub's length.
func foldEqualASCII(s, sub string) bool {
	for i := 0; i < len(sub); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[i] {
			return false
		}
	}
	return true
}

// oauthPage: path on host is one of the authorisation pages.
func oauthPage(host, path string) bool {
	if slices.Contains(oauthTenantHosts, host) {
		// /TENANT/... : the rest after the first segment.
		rest := strings.TrimPrefix(path, "/")
		i := strings.IndexByte(rest, '/')
		if i <= 0 {
			return false
		}
		rest = strings.TrimSuffix(rest[i:], "/")
		switch rest {
		case "/oauth2/authorize", "/oauth2/v2.0/authorize", "/adminconsent", "/v2.0/adminconsent":
			return true
		}
		return false
	}
	path = strings.TrimSuffix(path, "/")
	for _, p := range oauthConsentPages {
		if host == p.host && path == p.path {
			return true
		}
	}
	return false
}
