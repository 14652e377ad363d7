package lock

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// Every answer of the lock page, the admin API and the dashboard carries
// the security headers, whatever its status: the 405 of a lock page and
// of the API, and the admin mux's redirects, carried only nosniff.
func TestSecurityHeadersOnEveryStatus(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{AdminToken: testToken})
	id := createOne(t, s, testRecord(LevelWarn, "https://new.example/x"))
	noToken, _, _, _ := newTestHandler(t, HandlerOptions{})
	auth := map[string]string{"Authorization": "Bearer " + testToken}
	for _, tt := range []struct {
		name         string
		h            http.Handler
		method, path string
		hdr          map[string]string
		status       int
	}{
		{"lock page", h, "GET", "/l/" + id, nil, http.StatusOK},
		{"lock page POST", h, "POST", "/l/" + id, nil, http.StatusMethodNotAllowed},
		{"lock page action GET", h, "GET", "/l/" + id + "/continue", nil, http.StatusMethodNotAllowed},
		{"lock page action with a bad form token", h, "POST", "/l/" + id + "/continue", nil, http.StatusForbidden},
		{"unknown lock", h, "GET", "/l/AAAAAAAAAAAAAAAAAAAAAA", nil, http.StatusNotFound},
		{"public unknown path", h.Public(), "GET", "/nothing", nil, http.StatusNotFound},
		{"static POST", h.Public(), "POST", "/static/style.css", nil, http.StatusNotFound},
		{"static missing file", h.Public(), "GET", "/static/nothing.css", nil, http.StatusNotFound},
		{"static directory", h.Admin(), "GET", "/static/", nil, http.StatusNotFound},
		{"api without token", h, "GET", "/api/locks", nil, http.StatusUnauthorized},
		{"api disabled", noToken, "GET", "/api/locks", nil, http.StatusForbidden},
		{"api method", h, "PUT", "/api/allow", auth, http.StatusMethodNotAllowed},
		{"api unknown call", h, "GET", "/api/nothing", auth, http.StatusNotFound},
		{"api lock", h, "GET", "/api/locks/" + id, auth, http.StatusOK},
		{"admin root redirect", h.Admin(), "GET", "/", nil, http.StatusFound},
		{"admin unknown path", h.Admin(), "GET", "/nothing", nil, http.StatusNotFound},
		{"admin root POST", h.Admin(), "POST", "/", nil, http.StatusNotFound},
		{"dashboard", h.Admin(), "GET", "/admin/", nil, http.StatusOK},
		{"dashboard redirect", h.Admin(), "GET", "/admin", nil, http.StatusMovedPermanently},
		{"dashboard logout without a session", h.Admin(), "POST", "/admin/logout", nil, http.StatusUnauthorized},
		{"dashboard unknown page", h.Admin(), "GET", "/admin/nothing", nil, http.StatusNotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var form url.Values
			if tt.method == "POST" {
				form = url.Values{"token": {"wrong"}}
			}
			w := do(tt.h, tt.method, tt.path, form, tt.hdr)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, strings.TrimSpace(w.Body.String()))
			}
			checkSecurityHeaders(t, w)
		})
	}
}
