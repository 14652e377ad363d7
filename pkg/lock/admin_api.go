package lock

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ReleaseInstructions tells an admin how to release a held message by
// hand, with Postfix or with Sendmail. Both exit 0 whether or not the
// message was held; postsuper counts what it released, and Sendmail says
// which when verbose (ReleaseQueued checks the same).
func ReleaseInstructions(queueID string) string {
	return fmt.Sprintf("postsuper -H %[1]s, which must say \"Released from hold: 1 message\" (0: not held), then postqueue -i %[1]s (Postfix); sendmail -v -qQ -Q -qI%[1]s, which must say \"%[1]s: Removed quarantine\" (\"No changes\": not held), then sendmail -q (Sendmail)", queueID)
}

func (h *Handler) adminMux() http.Handler {
	api := http.NewServeMux()
	api.HandleFunc("GET /api/verdicts", h.apiVerdicts)
	api.HandleFunc("GET /api/stats", h.apiStats)
	api.HandleFunc("GET /api/locks", h.apiLocks)
	api.HandleFunc("GET /api/locks/{id}", h.apiLock)
	api.HandleFunc("POST /api/locks/{id}/release", h.apiRelease)
	api.HandleFunc("POST /api/locks/{id}/relock", h.apiRelock)
	api.HandleFunc("GET /api/allow", h.apiAllows)
	api.HandleFunc("POST /api/allow", h.apiAddAllow)
	api.HandleFunc("DELETE /api/allow/{id}", h.apiRemoveAllow)
	api.HandleFunc("GET /api/quarantine", h.apiQuarantine)
	api.HandleFunc("GET /api/quarantine/{qid}", h.apiQuarantined)
	api.HandleFunc("POST /api/quarantine/{qid}/release", h.apiReleaseQuarantine)
	api.HandleFunc("GET /api/inspect", h.apiInspect)
	api.HandleFunc("POST /api/explain", h.apiExplain)
	api.HandleFunc("GET /api/backup", h.apiBackup)
	api.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) { apiUnknown(api, w, r) })

	mux := http.NewServeMux()
	mux.Handle("GET /static/", staticHandler())
	mux.Handle("/api/", h.requireToken(api))
	h.dashboardRoutes(mux)
	mux.Handle("GET /{$}", http.RedirectHandler("/admin/", http.StatusFound))
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "Nothing here. The dashboard is at /admin/, the JSON API under /api/.", http.StatusNotFound)
	})
	return mux
}

// apiUnknown answers a call no API route takes, in JSON: 405 with Allow
// when the path exists for other methods, else 404.
func apiUnknown(api *http.ServeMux, w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{"GET", "POST", "DELETE"} {
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pattern := api.Handler(r2); pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		apiError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed on "+r.URL.Path+"; use "+strings.Join(allow, " or "))
		return
	}
	apiError(w, http.StatusNotFound, "no such API call: "+r.Method+" "+r.URL.Path+" (the calls are listed in the lock package's documentation)")
}

// requireToken checks "Authorization: Bearer <token>" in constant time.
func (h *Handler) requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.opts.AdminToken == "" {
			apiError(w, http.StatusForbidden, "admin API disabled: no admin token is configured")
			return
		}
		got, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		switch h.checkToken(clientKey(r, false), got) {
		case tokenLimited:
			apiError(w, http.StatusTooManyRequests, "too many failed attempts")
		case tokenWrong:
			w.Header().Set("WWW-Authenticate", `Bearer realm="firstsight"`)
			apiError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		default:
			next.ServeHTTP(w, r)
		}
	})
}

type tokenCheck int

const (
	tokenGood tokenCheck = iota
	tokenWrong
	tokenLimited
)

// StrongTokenLen is the length from which an admin token counts as too
// long to guess: 32 characters of a random hex or base64 token hold 128
// bits or more.
const StrongTokenLen = 32

// checkToken checks a presented admin token. Wrong tokens are rate limited
// per client (authLimiter). A strong configured token is still accepted
// from a limited client: guessing it is hopeless anyway, and a local user
// sending wrong tokens to the loopback listener, where every client shares
// one address, must not lock the administrator out. A weak token is not
// even compared while its client is limited.
func (h *Handler) checkToken(key, got string) tokenCheck {
	strong := len(h.opts.AdminToken) >= StrongTokenLen
	if !strong && !h.authLimiter.ok(key) {
		return tokenLimited
	}
	if got != "" && h.tokenOK(got) {
		return tokenGood
	}
	if !h.authLimiter.allow(key) {
		return tokenLimited
	}
	return tokenWrong
}

// tokenOK compares hashes so the comparison time does not depend on length.
func (h *Handler) tokenOK(got string) bool {
	a, b := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(h.opts.AdminToken))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func apiError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// storeError maps store errors to API answers.
func (h *Handler) storeError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, ErrNotFound), errors.Is(err, ErrExpired):
		apiError(w, http.StatusNotFound, "not found: no record with that ID (mistyped, or pruned after its [lock] ttl or the allowlist entry's ttl)")
	case errors.Is(err, ErrBadID):
		apiError(w, http.StatusBadRequest, "malformed id")
	case errors.Is(err, ErrBadRecord):
		apiError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, ErrNotAllowed):
		apiError(w, http.StatusConflict, err.Error())
	default:
		h.log.Error("lock: admin api", "err", err)
		apiError(w, http.StatusInternalServerError, "internal error")
	}
}

func queryInt(r *http.Request, name string, def, max int) int {
	n, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil || n <= 0 {
		return def
	}
	return min(n, max)
}

func (h *Handler) apiVerdicts(w http.ResponseWriter, r *http.Request) {
	n, ok := listNamer(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	vs, err := verdictsAs(h.store, VerdictFilter{Action: q.Get("action"), Sender: q.Get("sender"), Recipient: q.Get("recipient"),
		QueueID: q.Get("queue_id"), MessageID: q.Get("message_id"), Limit: queryInt(r, "limit", 100, 10000)}, n.verdict)
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"verdicts": nonNil(vs)})
}

func (h *Handler) apiStats(w http.ResponseWriter, r *http.Request) {
	now := h.opts.Now()
	hourly, err := h.store.Hourly(now.Add(-time.Duration(queryInt(r, "hours", 48, 24*90)-1)*time.Hour), now)
	if err != nil {
		h.storeError(w, err)
		return
	}
	daily, err := h.store.Daily(now.AddDate(0, 0, 1-queryInt(r, "days", 30, 400)), now, h.opts.Location)
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"hourly": withRate(hourly), "daily": withRate(daily)})
}

type rateBucket struct {
	Bucket
	LockRate float64 `json:"lock_rate_percent"`
}

func withRate(bs []Bucket) []rateBucket {
	out := make([]rateBucket, len(bs))
	for i, b := range bs {
		out[i] = rateBucket{b, b.LockRate()}
	}
	return out
}

// listNamer is the rcptNamer of a list answer: RecipientsParam, and
// the recipient its filter names. ok false: it answered 400.
func listNamer(w http.ResponseWriter, r *http.Request) (n *rcptNamer, ok bool) {
	max, err := recipientsCap(r.URL.Query().Get(RecipientsParam))
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return nil, false
	}
	return newRcptNamer(max, r.URL.Query().Get("recipient")), true
}

func (h *Handler) apiLocks(w http.ResponseWriter, r *http.Request) {
	n, ok := listNamer(w, r)
	if !ok {
		return
	}
	q := r.URL.Query()
	recs, err := h.store.ListLocks(LockFilter{Sender: q.Get("sender"), Recipient: q.Get("recipient"), Domain: q.Get("domain"),
		Requested: q.Get("requested") == "1" || q.Get("requested") == "true", Limit: queryInt(r, "limit", 100, 10000)})
	if err != nil {
		h.storeError(w, err)
		return
	}
	out := make([]LockView, len(recs))
	for i, rec := range recs {
		out[i] = n.lock(rec)
	}
	writeJSON(w, http.StatusOK, map[string]any{"locks": out})
}

func (h *Handler) apiLock(w http.ResponseWriter, r *http.Request) {
	rec, err := h.store.Get(r.PathValue("id"))
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"lock": unbounded(-1).lock(*rec)})
}

func (h *Handler) apiRelease(w http.ResponseWriter, r *http.Request) {
	trust, err := parseTrust(r.URL.Query().Get(TrustReplyParam))
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	rec, res, err := h.releaseLock(r, r.PathValue("id"), "api", trust)
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"lock": unbounded(-1).lock(*rec), "learned": res.learned, "reply_to": res.reply})
}

func (h *Handler) apiRelock(w http.ResponseWriter, r *http.Request) {
	rec, err := h.store.Relock(r.PathValue("id"))
	if err != nil {
		h.storeError(w, err)
		return
	}
	h.log.Info("lock: relocked", "lock_id", rec.ID)
	writeJSON(w, http.StatusOK, map[string]any{"lock": unbounded(-1).lock(*rec)})
}

func (h *Handler) apiAllows(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"allow": nonNil(h.store.Allows())})
}

// AllowRequest is the body of POST /api/allow. TTL ("720h") or Expires
// (RFC 3339) set an expiry; neither means none.
type AllowRequest struct {
	Domain    string    `json:"domain,omitempty"`
	Sender    string    `json:"sender,omitempty"`
	Recipient string    `json:"recipient,omitempty"`
	TTL       string    `json:"ttl,omitempty"`
	Expires   time.Time `json:"expires,omitzero"`
	Note      string    `json:"note,omitempty"`
}

func (h *Handler) apiAddAllow(w http.ResponseWriter, r *http.Request) {
	var req AllowRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8192))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		apiError(w, http.StatusBadRequest, "bad JSON body: "+err.Error())
		return
	}
	a, err := h.addAllow(req)
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"allow": a})
}

func (h *Handler) addAllow(req AllowRequest) (Allow, error) {
	a := Allow{Domain: req.Domain, Sender: req.Sender, Recipient: req.Recipient, Expires: req.Expires, Note: req.Note}
	if req.TTL != "" {
		d, err := time.ParseDuration(req.TTL)
		if err != nil || d <= 0 {
			return Allow{}, fmt.Errorf("%w: ttl %q", ErrBadRecord, req.TTL)
		}
		a.Expires = h.opts.Now().Add(d)
	}
	a, err := h.store.AddAllow(a)
	if err == nil {
		h.log.Info("lock: allow added", "allow_id", a.ID, "domain", a.Domain, "sender", a.Sender, "recipient", a.Recipient)
	}
	return a, err
}

func (h *Handler) apiRemoveAllow(w http.ResponseWriter, r *http.Request) {
	if err := h.store.RemoveAllow(r.PathValue("id")); err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"removed": r.PathValue("id")})
}

func (h *Handler) apiQuarantine(w http.ResponseWriter, r *http.Request) {
	n, ok := listNamer(w, r)
	if !ok {
		return
	}
	qs, err := quarantineAs(h.store, QuarantineFilter{Recipient: r.URL.Query().Get("recipient"), Limit: queryInt(r, "limit", 100, 10000)}, n.quarantine)
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"quarantine": nonNil(qs)})
}

func (h *Handler) apiQuarantined(w http.ResponseWriter, r *http.Request) {
	q, err := h.store.Quarantined(r.PathValue("qid"))
	if errors.Is(err, ErrNotFound) {
		apiError(w, http.StatusNotFound, notQuarantined(r.PathValue("qid")))
		return
	}
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"quarantine": quarantineAll(*q)})
}

func (h *Handler) apiReleaseQuarantine(w http.ResponseWriter, r *http.Request) {
	trust, err := parseTrust(r.URL.Query().Get(TrustReplyParam))
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	q, res, err := h.releaseQuarantine(r, r.PathValue("qid"), trust)
	if errors.Is(err, ErrNotFound) {
		apiError(w, http.StatusNotFound, notQuarantined(r.PathValue("qid")))
		return
	}
	if errors.Is(err, ErrNotQueued) {
		apiError(w, http.StatusConflict, err.Error())
		return
	}
	if errors.Is(err, errQueueCommand) {
		apiError(w, http.StatusBadGateway, err.Error())
		return
	}
	if err != nil {
		h.storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"quarantine": quarantineAll(*q), "released_from_queue": res.ranQueue, "released_before": res.alreadyReleased, "learned": res.learned, "reply_to": res.reply})
}

var errQueueCommand = errors.New("lock: releasing from the MTA queue failed")

// notQuarantined is the 404 for a queue ID without a quarantine record:
// milterd did not hold that message, or held it without storing why (on a
// full disk, notes=lock_store_failed), or the record has aged out. A
// message held in the MTA's queue is still released by hand.
func notQuarantined(qid string) string {
	return fmt.Sprintf("no quarantine record for queue ID %s: milterd did not hold it, or could not store why it did (a full disk: notes=lock_store_failed in its header), or the record has aged out; if the MTA holds it, release it by hand: %s",
		qid, ReleaseInstructions(qid))
}

func (h *Handler) apiInspect(w http.ResponseWriter, r *http.Request) {
	if h.deps.Inspect == nil {
		apiError(w, http.StatusNotImplemented, "baseline inspection is not available")
		return
	}
	q := r.URL.Query()
	iq := InspectQuery{Sender: q.Get("sender"), Recipient: q.Get("recipient"), Domain: q.Get("domain"), MessageID: q.Get("message_id"), List: q.Get("list")}
	if iq == (InspectQuery{}) {
		apiError(w, http.StatusBadRequest, "give sender, recipient, domain, message_id or list")
		return
	}
	if iq.List != "" && iq != (InspectQuery{List: iq.List}) {
		apiError(w, http.StatusBadRequest, "list is asked alone")
		return
	}
	facts, err := h.deps.Inspect.Inspect(r.Context(), iq)
	if err != nil {
		h.log.Error("lock: inspect", "err", err)
		apiError(w, http.StatusInternalServerError, "inspect failed")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": iq, "facts": facts})
}

func (h *Handler) apiExplain(w http.ResponseWriter, r *http.Request) {
	if h.deps.Explain == nil {
		apiError(w, http.StatusNotImplemented, "explain is not available")
		return
	}
	out, err := h.deps.Explain.Explain(r.Context(), http.MaxBytesReader(w, r.Body, h.opts.MaxUpload))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		apiError(w, http.StatusRequestEntityTooLarge, "message too large")
		return
	}
	if err != nil {
		apiError(w, http.StatusUnprocessableEntity, "explain failed: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"explain": out})
}

// apiBackup streams a consistent copy of the whole DB from a read transaction.
func (h *Handler) apiBackup(w http.ResponseWriter, r *http.Request) {
	err := h.store.db.View(func(tx *bolt.Tx) error {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="firstsight-%s.db"`, h.opts.Now().UTC().Format("20060102T150405Z")))
		w.Header().Set("Content-Length", strconv.FormatInt(tx.Size(), 10))
		w.Header().Set("Cache-Control", "no-store")
		_, err := tx.WriteTo(w)
		return err
	})
	if err != nil {
		h.log.Error("lock: backup", "err", err)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
