package lock

import (
	"errors"
	"html/template"
	"net/http"
	"strings"
	"time"

	"golang.org/x/net/idna"
)

var funcs = template.FuncMap{
	"defang":     func(s string) string { return visibleBidi(defang(s)) },
	"defangHost": func(s string) string { return visibleBidi(defangHost(s)) },
	"bidi":       visibleBidi,
	"lockRow":    lockRow,
	"rcpts":      rcpts,
	"first":      func(n int, rs []Reason) []Reason { return rs[:min(n, len(rs))] },
	"after":      func(n int, rs []Reason) []Reason { return rs[min(n, len(rs)):] },
	"host":       urlHost,
	"fmtTime": func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	},
	"pct":   func(f float64) string { return formatFloat(f, 1) + "%" },
	"score": func(f float64) string { return formatFloat(f, 2) },
	"join":  strings.Join,
}

// lockPage is what templates/lock.html renders.
type lockPage struct {
	Org, Contact string
	Rec          *Record
	Host         string // the destination's host as DNS spells it (an IDN's ASCII form)
	LooksLike    string // an IDN host as the message and browsers show it; "" for others
	State        string // "warn", "lock", "hard", "released"
	Requested    bool   // the reader just asked for access
	Token        string
	Notice       string
}

func (h *Handler) serveLock(w http.ResponseWriter, r *http.Request) {
	id, action, ok := ParsePath(r.URL.Path)
	if !ok {
		h.notFound(w, r)
		return
	}
	if !h.limiter.allow(clientKey(r, h.opts.TrustForwarded)) {
		w.Header().Set("Retry-After", "60")
		http.Error(w, "Too many requests. Please wait a minute and try again.", http.StatusTooManyRequests)
		return
	}
	switch {
	case action == "" && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		h.showLock(w, r, id)
	case action == "continue" && r.Method == http.MethodPost:
		h.continueLock(w, r, id)
	case action == "request" && r.Method == http.MethodPost:
		h.requestAccess(w, r, id)
	case action == "":
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "Method not allowed.", http.StatusMethodNotAllowed)
	default:
		w.Header().Set("Allow", "POST")
		http.Error(w, "Method not allowed.", http.StatusMethodNotAllowed)
	}
}

func (h *Handler) showLock(w http.ResponseWriter, r *http.Request, id string) {
	var rec *Record
	var err error
	if r.Method == http.MethodHead {
		rec, err = h.lookup(id)
	} else if rec, err = h.lookup(id); err == nil {
		// Only live IDs get a write transaction; probes for unknown IDs
		// never take bbolt's writer lock away from the SMTP path.
		rec, err = h.store.Click(id)
		h.event("clicked")
	}
	if err != nil {
		h.lockError(w, r, err)
		return
	}
	h.renderLock(w, rec, r.URL.Query().Get("requested") == "1", "", http.StatusOK)
}

// lookup returns a live record or ErrNotFound/ErrExpired without writing.
func (h *Handler) lookup(id string) (*Record, error) {
	rec, err := h.store.Get(id)
	if err == nil && rec.Expired(h.opts.Now()) {
		return nil, ErrExpired
	}
	return rec, err
}

func (h *Handler) renderLock(w http.ResponseWriter, rec *Record, requested bool, notice string, status int) {
	p := lockPage{Org: h.opts.Organization, Contact: h.opts.Contact, Rec: rec,
		State: string(rec.Level), Requested: requested, Notice: notice}
	p.Host, p.LooksLike = hostForms(urlHost(rec.URL))
	if rec.Released {
		p.State = "released"
	}
	extra := ""
	switch p.State {
	case "warn", "released":
		p.Token = h.store.formToken("continue", rec.ID)
		// form-action also governs every redirect that follows the POST,
		// including the destination's own (tracker -> site, example.com ->
		// www.example.com), and cannot name hosts with "_" or IPv6
		// literals: allow any http(s) target. The page has no other form
		// and runs no script; continueLock only ever redirects to rec.URL.
		if _, ok := redirectTarget(rec.URL); ok {
			extra = "http: https:"
		}
	case "lock":
		p.Token = h.store.formToken("request", rec.ID)
	}
	setSecurityHeaders(w, extra)
	h.render(w, "lock.html", p, status)
}

// hostForms returns a host as DNS spells it and, for an internationalised
// name, as the message and browsers show it ("" for any other). A
// homograph (xn--pypal-4ve.com, shown as "pаypal.com" with a Cyrillic
// "а") needs both: the ASCII form alone is a name the reader has never
// seen, the other alone looks like the real one.
func hostForms(host string) (ascii, looks string) {
	ascii = strings.ToLower(host)
	if !isASCII(ascii) {
		a, err := idna.Punycode.ToASCII(ascii)
		if err != nil {
			return host, ""
		}
		ascii = a
	}
	// Only a name that decodes and encodes back to itself has another
	// form ("xn--.example" decodes to ".example").
	u, err := idna.Punycode.ToUnicode(ascii)
	if err != nil || u == ascii {
		return ascii, ""
	}
	if back, err := idna.Punycode.ToASCII(u); err != nil || back != ascii {
		return ascii, ""
	}
	return ascii, u
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (h *Handler) continueLock(w http.ResponseWriter, r *http.Request, id string) {
	if !h.checkLockForm(w, r, "continue", id) {
		return
	}
	rec, err := h.lookup(id)
	if err != nil {
		h.lockError(w, r, err)
		return
	}
	if rec.Level == LevelWarn && !rec.Released && r.PostFormValue("confirm") != "yes" {
		h.renderLock(w, rec, false, "Please tick the box to confirm that you understand the risk.", http.StatusBadRequest)
		return
	}
	target, ok := redirectTarget(rec.URL)
	if !ok {
		h.renderLock(w, rec, false, "This link cannot be opened from here. Contact "+h.opts.Contact+".", http.StatusForbidden)
		return
	}
	if _, err := h.store.Continue(id); err != nil {
		h.lockError(w, r, err)
		return
	}
	h.event("continued")
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusSeeOther)
}

func (h *Handler) requestAccess(w http.ResponseWriter, r *http.Request, id string) {
	if !h.checkLockForm(w, r, "request", id) {
		return
	}
	if _, err := h.store.Request(id, strings.TrimSpace(r.PostFormValue("note"))); err != nil {
		h.lockError(w, r, err)
		return
	}
	h.event("requested")
	h.log.Info("lock: access requested", "lock_id", id)
	http.Redirect(w, r, lockURL(id, "")+"?requested=1", http.StatusSeeOther)
}

// checkLockForm enforces the body limit, Fetch Metadata and the form token.
func (h *Handler) checkLockForm(w http.ResponseWriter, r *http.Request, action, id string) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	if crossSite(r) || r.ParseForm() != nil || !h.store.checkFormToken(action, id, r.PostFormValue("token")) {
		http.Error(w, "This form has expired. Go back, reload the page and try again.", http.StatusForbidden)
		return false
	}
	return true
}

func (h *Handler) lockError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, ErrNotFound), errors.Is(err, ErrExpired), errors.Is(err, ErrBadID):
		h.notFound(w, r)
	case errors.Is(err, ErrNotAllowed):
		http.Error(w, "This link cannot be opened from here.", http.StatusForbidden)
	default:
		h.log.Error("lock: page", "err", err)
		http.Error(w, "Something went wrong. Please try again later.", http.StatusInternalServerError)
	}
}

// notFound is the same plain page for unknown, malformed and expired IDs.
func (h *Handler) notFound(w http.ResponseWriter, _ *http.Request) {
	h.render(w, "notfound.html", h.opts.Contact, http.StatusNotFound)
}

func (h *Handler) render(w http.ResponseWriter, name string, data any, status int) {
	var b strings.Builder
	if err := h.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		h.log.Error("lock: render", "template", name, "err", err)
		http.Error(w, "Something went wrong.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(b.String()))
}
