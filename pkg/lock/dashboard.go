package lock

import (
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const sessionCookie = "firstsight_session"

func (h *Handler) dashboardRoutes(mux *http.ServeMux) {
	mux.Handle("GET /admin", http.RedirectHandler("/admin/", http.StatusMovedPermanently))
	mux.HandleFunc("GET /admin/{$}", h.dashboard)
	mux.HandleFunc("POST /admin/login", h.login)
	mux.HandleFunc("POST /admin/logout", h.withSession(h.logout))
	mux.HandleFunc("POST /admin/locks/{id}/release", h.withSession(h.dashRelease))
	mux.HandleFunc("POST /admin/locks/{id}/relock", h.withSession(h.dashRelock))
	mux.HandleFunc("POST /admin/quarantine/{qid}/release", h.withSession(h.dashReleaseQuarantine))
	mux.HandleFunc("POST /admin/allow", h.withSession(h.dashAddAllow))
	mux.HandleFunc("POST /admin/allow/{id}/delete", h.withSession(h.dashRemoveAllow))
	mux.HandleFunc("/admin/", func(w http.ResponseWriter, r *http.Request) { h.notFound(w, r) })
}

// session returns the caller's session ID and CSRF token.
func (h *Handler) session(r *http.Request) (id, csrf string, ok bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return "", "", false
	}
	csrf, ok = h.sessions.get(c.Value)
	return c.Value, csrf, ok
}

// withSession guards dashboard POSTs: a live session, a same-site request and
// the session's CSRF token in the form.
func (h *Handler) withSession(next func(http.ResponseWriter, *http.Request, string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 16384)
		id, csrf, ok := h.session(r)
		if !ok || h.opts.AdminToken == "" {
			http.Error(w, "Not logged in.", http.StatusUnauthorized)
			return
		}
		if crossSite(r) || r.ParseForm() != nil || !constantEq(r.PostFormValue("csrf"), csrf) {
			http.Error(w, "This form has expired. Go back, reload the page and try again.", http.StatusForbidden)
			return
		}
		next(w, r, id)
	}
}

func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	key := clientKey(r, false)
	if h.opts.AdminToken == "" {
		h.renderLogin(w, r, "The dashboard is disabled: no admin token is configured.", http.StatusForbidden)
		return
	}
	if crossSite(r) {
		h.renderLogin(w, r, "Cross-site login refused.", http.StatusForbidden)
		return
	}
	r.ParseForm() // a form that does not parse has no token: wrong
	switch h.checkToken(key, r.PostFormValue("token")) {
	case tokenLimited:
		h.renderLogin(w, r, "Too many failed attempts. Wait a few minutes.", http.StatusTooManyRequests)
	case tokenWrong:
		h.log.Warn("lock: dashboard login failed", "client", key)
		h.renderLogin(w, r, "Wrong token.", http.StatusUnauthorized)
	default:
		http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: h.sessions.create(), Path: "/admin/",
			MaxAge: int(h.opts.SessionTTL / time.Second), HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
		h.log.Info("lock: dashboard login", "client", key)
		h.redirectDash(w, r, "")
	}
}

func (h *Handler) logout(w http.ResponseWriter, r *http.Request, sid string) {
	h.sessions.delete(sid)
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/admin/", MaxAge: -1, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	h.redirectDash(w, r, "")
}

func (h *Handler) renderLogin(w http.ResponseWriter, r *http.Request, msg string, status int) {
	data := map[string]string{"Org": h.opts.Organization, "Error": msg}
	if !secureContext(r) {
		data["Insecure"] = "This page is neither HTTPS nor localhost, so browsers refuse the secure session cookie. Use an SSH tunnel to the loopback admin listener, or an HTTPS reverse proxy."
	}
	h.render(w, "login.html", data, status)
}

// secureContext reports whether browsers will keep a Secure cookie: HTTPS
// (directly or as told by a proxy) or a loopback host.
func secureContext(r *http.Request) bool {
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		return true
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// flash messages, chosen by code so nothing from the URL is echoed.
var flashes = map[string]string{
	"released":   "Lock released. The link now lets readers through (the baseline learns from a lock's first release only).",
	"relocked":   "Lock restored.",
	"qreleased":  "Message released from the mail queue.",
	"qmarked":    "Marked released, but no release_commands are configured: the message is still in the mail queue. Run the commands shown beside it.",
	"allowed":    "Allowlist entry added.",
	"unallowed":  "Allowlist entry removed.",
	"error":      "That did not work; see the daemon log.",
	"notfound":   "Not found (it may have expired).",
	"invalid":    "Invalid input.",
	"badallow":   "Not added: give a domain or host (partner.example, not a public suffix such as com or github.io), an IP address, or for a sender an address.",
	"notallowed": "Not possible for this lock (its destination was too long to keep, so nobody can be sent to it).",
}

// replyFlashes say what a release did with the kept Reply-To address,
// chosen by the release's ReplyOutcome.state beside the done flash.
var replyFlashes = map[string]string{
	"trusted":  "Its Reply-To address is trusted now: the baseline learned it as an address the recipients wrote to.",
	"kept":     "Its Reply-To address was not trusted: the release taught nothing about it.",
	"before":   "Its Reply-To address was trusted by an earlier release; nothing more was learned.",
	"none":     "Trusting replies was ignored: this record keeps no Reply-To address.",
	"untaught": "Its Reply-To address is marked trusted, but the baseline did not learn it; see the daemon log.",
}

func (h *Handler) redirectDash(w http.ResponseWriter, r *http.Request, done string) {
	h.redirectDashReply(w, r, done, "")
}

// redirectDashReply redirects to the dashboard with the done flash and,
// after a release, the replyFlashes code.
func (h *Handler) redirectDashReply(w http.ResponseWriter, r *http.Request, done, reply string) {
	q := url.Values{}
	if done != "" {
		q.Set("done", done)
	}
	if reply != "" {
		q.Set("reply", reply)
	}
	target := "/admin/"
	if len(q) > 0 {
		target += "?" + q.Encode()
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

func (h *Handler) doneCode(err error, ok string) string {
	switch {
	case err == nil:
		return ok
	case errors.Is(err, ErrNotFound), errors.Is(err, ErrExpired):
		return "notfound"
	case errors.Is(err, ErrNotAllowed):
		return "notallowed"
	case errors.Is(err, ErrBadRecord) && ok == "allowed":
		return "badallow"
	case errors.Is(err, ErrBadID), errors.Is(err, ErrBadRecord):
		return "invalid"
	}
	h.log.Error("lock: dashboard action", "err", err)
	return "error"
}

func (h *Handler) dashRelease(w http.ResponseWriter, r *http.Request, _ string) {
	trust, err := parseTrust(r.PostFormValue(TrustReplyParam))
	if err != nil {
		h.redirectDash(w, r, "invalid")
		return
	}
	_, res, err := h.releaseLock(r, r.PathValue("id"), "dashboard", trust)
	h.redirectDashReply(w, r, h.doneCode(err, "released"), releasedReply(err, res))
}

// releasedReply is the replyFlashes code after a release: none when the
// release failed.
func releasedReply(err error, res releaseResult) string {
	if err != nil {
		return ""
	}
	return res.reply.state
}

func (h *Handler) dashRelock(w http.ResponseWriter, r *http.Request, _ string) {
	_, err := h.store.Relock(r.PathValue("id"))
	h.redirectDash(w, r, h.doneCode(err, "relocked"))
}

func (h *Handler) dashReleaseQuarantine(w http.ResponseWriter, r *http.Request, _ string) {
	trust, err := parseTrust(r.PostFormValue(TrustReplyParam))
	if err != nil {
		h.redirectDash(w, r, "invalid")
		return
	}
	_, res, err := h.releaseQuarantine(r, r.PathValue("qid"), trust)
	done := "qreleased"
	switch {
	case res.alreadyReleased:
		done = "" // only the Reply-To flash: the message was released before
	case !res.ranQueue:
		done = "qmarked"
	}
	h.redirectDashReply(w, r, h.doneCode(err, done), releasedReply(err, res))
}

func (h *Handler) dashAddAllow(w http.ResponseWriter, r *http.Request, _ string) {
	req := AllowRequest{Recipient: r.PostFormValue("recipient"), TTL: r.PostFormValue("ttl"), Note: r.PostFormValue("note")}
	switch v := r.PostFormValue("value"); r.PostFormValue("kind") {
	case "domain":
		req.Domain = v
	case "sender":
		req.Sender = v
	}
	_, err := h.addAllow(req)
	h.redirectDash(w, r, h.doneCode(err, "allowed"))
}

func (h *Handler) dashRemoveAllow(w http.ResponseWriter, r *http.Request, _ string) {
	h.redirectDash(w, r, h.doneCode(h.store.RemoveAllow(r.PathValue("id")), "unallowed"))
}

func constantEq(a, b string) bool {
	return len(a) == len(b) && len(a) > 0 && subtleEq(a, b)
}

// dashPage is what templates/admin.html renders.
type dashPage struct {
	Org, CSRF, Flash string
	// ReplyFlash says what the release just done did with the kept
	// Reply-To address (replyFlashes).
	ReplyFlash    string
	Now           time.Time
	Last24        Counters
	Hourly, Daily chart
	Locks         []Record
	Requested     []Record // locks with access requests, not released, of any age
	Quarantine    []QuarantineView
	Allows        []Allow
	Search        *searchResult
	// ByHand: no release_commands are configured, so a released message
	// still waits in the mail queue for the admin's commands.
	ByHand bool
}

// lockRowData is one row of a lock table (the "lockrow" template): the
// record, the session's CSRF token, and a prefix keeping element IDs
// unique when a lock is in two tables.
type lockRowData struct {
	R            Record
	CSRF, Prefix string
}

func lockRow(r Record, csrf, prefix string) lockRowData { return lockRowData{r, csrf, prefix} }

// dashRecipients is how many recipients a lock or held message folds out
// in the dashboard's lists; the rest are counted and left to its own
// answer (milterd locks ID, milterd quarantine QUEUE_ID).
const dashRecipients = 20

// rcptList is how a row names a message's recipients: the first, how
// many more, and a fold-out of the first dashRecipients, so a message to
// 10,000 readers adds a line to each of its rows, not 250 KB.
type rcptList struct {
	First string
	Total int
	More  int      // recipients after the first
	Shown []string // the fold-out: the first dashRecipients, when More
	Rest  int      // recipients the fold-out leaves out
	All   string   // the command that names them all
}

// rcpts is the "rcpts" template's argument for as, the first of a
// message's total recipients, whose whole list the command all names
// (empty: none does).
func rcpts(as []string, total int, all string) rcptList {
	l := rcptList{All: all, Total: max(total, len(as))}
	if len(as) == 0 {
		return l
	}
	l.First, l.More = as[0], l.Total-1
	if l.More > 0 {
		l.Shown = as[:min(len(as), dashRecipients)]
		l.Rest = l.Total - len(l.Shown)
	}
	return l
}

type searchResult struct {
	Kind, Q  string
	Facts    string
	Err      string
	Locks    []LockView
	Verdicts []VerdictView
}

func (h *Handler) dashboard(w http.ResponseWriter, r *http.Request) {
	if h.opts.AdminToken == "" {
		h.renderLogin(w, r, "The dashboard is disabled: no admin token is configured.", http.StatusForbidden)
		return
	}
	_, csrf, ok := h.session(r)
	if !ok {
		h.renderLogin(w, r, "", http.StatusOK)
		return
	}
	p, err := h.dashData(r, csrf)
	if err != nil {
		h.log.Error("lock: dashboard", "err", err)
		http.Error(w, "Something went wrong; see the daemon log.", http.StatusInternalServerError)
		return
	}
	h.render(w, "admin.html", p, http.StatusOK)
}

func (h *Handler) dashData(r *http.Request, csrf string) (*dashPage, error) {
	now := h.opts.Now()
	p := &dashPage{Org: h.opts.Organization, CSRF: csrf, Flash: flashes[r.URL.Query().Get("done")], ReplyFlash: replyFlashes[r.URL.Query().Get("reply")], Now: now, Allows: h.store.Allows(), ByHand: h.deps.Queue == nil}
	hourly, err := h.store.Hourly(now.Add(-47*time.Hour), now)
	if err != nil {
		return nil, err
	}
	for _, b := range hourly[24:] {
		p.Last24.add(b.Counters)
	}
	loc := h.opts.Location
	p.Hourly = newChart("hourly", "Last 48 hours", hourly, func(b Bucket) string { return b.Start.In(loc).Format("15:04") }, 6)
	daily, err := h.store.Daily(now.AddDate(0, 0, -29), now, loc)
	if err != nil {
		return nil, err
	}
	p.Daily = newChart("daily", "Last 30 days", daily, func(b Bucket) string { return b.Start.Format("01-02") }, 5)
	if p.Locks, err = h.store.ListLocks(LockFilter{Limit: 30}); err != nil {
		return nil, err
	}
	if p.Requested, err = h.store.ListLocks(LockFilter{Requested: true, Limit: 50}); err != nil {
		return nil, err
	}
	if p.Quarantine, err = quarantineAs(h.store, QuarantineFilter{Limit: 30}, unbounded(dashRecipients).quarantine); err != nil {
		return nil, err
	}
	p.Search = h.search(r)
	return p, nil
}

// search answers the dashboard's search box: baseline facts plus matching
// locks and verdicts.
func (h *Handler) search(r *http.Request) *searchResult {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	kind := r.URL.Query().Get("kind")
	if q == "" || len(q) > 320 {
		return nil
	}
	res := &searchResult{Kind: kind, Q: q}
	var iq InspectQuery
	lf := LockFilter{Limit: 20}
	vf := VerdictFilter{Limit: 20}
	switch kind {
	case "recipient":
		iq.Recipient, lf.Recipient, vf.Recipient = q, q, q
	case "domain":
		iq.Domain, lf.Domain = q, q
	case "list": // a To or Cc address: no lock or verdict names it
		iq.List = q
		res.Facts, res.Err = h.inspectText(r, iq)
		return res
	default:
		res.Kind = "sender"
		iq.Sender, lf.Sender, vf.Sender = q, q, q
	}
	res.Facts, res.Err = h.inspectText(r, iq)
	// Each row names the searched recipient first (rcptNamer).
	n := &rcptNamer{max: dashRecipients, want: lf.Recipient, budget: -1}
	locks, _ := h.store.ListLocks(lf)
	for _, l := range locks {
		res.Locks = append(res.Locks, n.lock(l))
	}
	if kind != "domain" {
		res.Verdicts, _ = verdictsAs(h.store, vf, n.verdict)
	}
	return res
}

func (h *Handler) inspectText(r *http.Request, iq InspectQuery) (string, string) {
	if h.deps.Inspect == nil {
		return "", "Baseline inspection is not available."
	}
	facts, err := h.deps.Inspect.Inspect(r.Context(), iq)
	if err != nil {
		h.log.Error("lock: inspect", "err", err)
		return "", "Inspect failed; see the daemon log."
	}
	b, err := json.MarshalIndent(facts, "", "  ")
	if err != nil {
		return "", "Inspect answer could not be shown."
	}
	return string(b), ""
}
