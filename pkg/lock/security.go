package lock

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"unicode"
)

const baseCSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'"

// setSecurityHeaders sets the headers every answer carries; secured sets
// them for every request before its handler runs, and the warn page sets
// them again with its form-action. extraFormAction is an origin (scheme://host[:port]) forms may also lead to,
// for the warn page whose continue button ends in a redirect there.
func setSecurityHeaders(w http.ResponseWriter, extraFormAction string) {
	hd := w.Header()
	fa := "form-action 'self'"
	if extraFormAction != "" {
		fa += " " + extraFormAction
	}
	hd.Set("Content-Security-Policy", baseCSP+"; "+fa)
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	hd.Set("Cross-Origin-Resource-Policy", "same-origin")
	hd.Set("Permissions-Policy", "interest-cohort=()")
	hd.Set("X-Robots-Tag", "noindex, nofollow")
}

// redirectTarget returns the Location for a stored URL, or false when the
// URL must not be redirected to (not absolute http(s)).
func redirectTarget(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	return escapeOdd(raw), true
}

// escapeOdd percent-encodes control, space and non-ASCII bytes, as browsers
// do, so the Location header carries exactly the stored URL.
func escapeOdd(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c <= ' ' || c >= 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(raw[i])
	}
	return b.String()
}

// originOf returns scheme://host for a redirectable URL, for form-action.
func originOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !safeCSPHost(u.Host) {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

func safeCSPHost(h string) bool {
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(".-:[]", c) >= 0) {
			return false
		}
	}
	return true
}

// formToken is the CSRF token for a lock-page form: an HMAC of the action
// and the ID under the store's secret. Only a page served for this ID
// carries it; it is useless for any other ID or action.
func (s *Store) formToken(action, id string) string {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte("lock-form\x00" + action + "\x00" + id))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (s *Store) checkFormToken(action, id, got string) bool {
	want := s.formToken(action, id)
	return subtle.ConstantTimeCompare([]byte(want), []byte(got)) == 1
}

// crossSite reports whether the browser says the request came from another
// site (Fetch Metadata). Browsers without it are judged by the token alone.
func crossSite(r *http.Request) bool {
	return r.Header.Get("Sec-Fetch-Site") == "cross-site"
}

// defang makes a URL readable but not clickable or auto-linkable:
// "https://a.example/x" -> "hxxps://a[.]example/x". Schemes embedded later
// in the URL (redirect parameters) are defanged too.
func defang(raw string) string {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return embeddedScheme.ReplaceAllStringFunc(strings.ReplaceAll(raw, ".", "[.]"), defangScheme)
	}
	host, path, hasPath := strings.Cut(rest, "/")
	out := defangScheme(scheme) + "://" + strings.ReplaceAll(host, ".", "[.]")
	if hasPath {
		out += "/" + path
	}
	return embeddedScheme.ReplaceAllStringFunc(out, defangScheme)
}

var embeddedScheme = regexp.MustCompile(`(?i)(https?|ftp)(:|%3a)`)

func defangScheme(s string) string {
	l := strings.ToLower(s)
	l = strings.ReplaceAll(l, "http", "hxxp")
	return strings.ReplaceAll(l, "ftp", "fxp")
}

// defangHost defangs a bare host name.
func defangHost(h string) string { return strings.ReplaceAll(h, ".", "[.]") }

func subtleEq(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// visibleBidi replaces Unicode bidirectional controls, which would make
// "\u202emoc.lapyap@evil.example" read as "elpmaxe.live@paypal.com", with a
// visible marker, so attacker-supplied text (sender addresses, reasons
// quoting names, URLs, access-request notes) reads in its logical order.
func visibleBidi(s string) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isBidiControl: r is one of Unicode's Bidi_Control characters (ALM, LRM,
// RLM, the embeddings, overrides and isolates).
func isBidiControl(r rune) bool { return unicode.Is(unicode.Bidi_Control, r) }
