package lock

import (
	"context"
	"embed"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Learner is told about released locks and released messages so the
// baseline can learn from them (the feedback loop).
type Learner interface {
	Learn(ctx context.Context, ev LearnEvent) error
}

// LearnEvent describes what an admin released.
type LearnEvent struct {
	Kind       string    `json:"kind"` // "lock" or "quarantine"
	Time       time.Time `json:"time"`
	Sender     string    `json:"sender,omitempty"`
	Recipients []string  `json:"recipients,omitempty"`
	URLs       []string  `json:"urls,omitempty"`
	// ReplyTo is the released message's Reply-To address when the admin
	// chose to trust it with this release (trust_reply_to) and no
	// release trusted it before (Record.ReplyTrustedAt,
	// QuarantineRecord.ReplyTrustedAt): the learner counts it as an
	// address the recipients wrote to, as the reply they would
	// otherwise have had to write. Empty: nothing to teach about it (a
	// release alone, a record that keeps none, or trusted before).
	ReplyTo string `json:"reply_to,omitempty"`
	// ReplyOnly: the record taught its sender and links at an earlier
	// release, so only ReplyTo is new (a later release that trusts it).
	ReplyOnly bool `json:"reply_only,omitempty"`
}

// InspectQuery asks the baseline about a sender, a recipient, a link domain
// or a pair (sender and recipient).
type InspectQuery struct {
	Sender    string `json:"sender,omitempty"`
	Recipient string `json:"recipient,omitempty"`
	Domain    string `json:"domain,omitempty"`
	// MessageID: was the message with this Message-ID learned (so that a
	// reply naming it gets thread_reply)?
	MessageID string `json:"message_id,omitempty"`
	// List: a To or Cc address of learned mail; is it a mailing list's
	// (so that a post written to it gets known_list)?
	List string `json:"list,omitempty"`
}

// Inspector answers baseline questions with a JSON-encodable value.
type Inspector interface {
	Inspect(ctx context.Context, q InspectQuery) (any, error)
}

// Explainer scores an uploaded message without learning from it and returns
// a JSON-encodable explanation.
type Explainer interface {
	Explain(ctx context.Context, msg io.Reader) (any, error)
}

// Events counts reader actions on lock pages: "clicked", "continued",
// "requested".
type Events interface {
	LockEvent(event string)
}

// QueueReleaser releases a held message from the MTA's queue
// (see PostfixReleaser).
type QueueReleaser interface {
	ReleaseQueued(ctx context.Context, queueID string) error
}

// Deps are the optional collaborators of the handlers. Nil fields disable
// the matching feature (the API answers 501).
type Deps struct {
	Learn   Learner
	Inspect Inspector
	Explain Explainer
	Events  Events
	Queue   QueueReleaser
}

// HandlerOptions tunes NewHandler. The zero value works, with the admin API
// and dashboard disabled (no token).
type HandlerOptions struct {
	AdminToken     string           // bearer token for /api/ and the dashboard login; empty disables both
	Contact        string           // whom readers contact (hard locks, requests); default "your IT team"
	Organization   string           // shown in page titles; default "your organisation"
	TrustForwarded bool             // take the client IP from X-Forwarded-For's last entry (behind a proxy)
	LookupRate     float64          // lock-page lookups per second per client IP; default 1
	LookupBurst    int              // default 20
	SessionTTL     time.Duration    // dashboard session lifetime; default 12h
	MaxUpload      int64            // explain upload limit; default 25 MiB
	Location       *time.Location   // dashboard day boundaries; default UTC
	Now            func() time.Time // default the store's clock
}

func (o HandlerOptions) withDefaults() HandlerOptions {
	if o.Contact == "" {
		o.Contact = "your IT team"
	}
	if o.Organization == "" {
		o.Organization = "your organisation"
	}
	if o.LookupRate <= 0 {
		o.LookupRate = 1
	}
	if o.LookupBurst <= 0 {
		o.LookupBurst = 20
	}
	if o.SessionTTL <= 0 {
		o.SessionTTL = 12 * time.Hour
	}
	if o.MaxUpload <= 0 {
		o.MaxUpload = 25 << 20
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	return o
}

//go:embed templates/*.html static/*
var assets embed.FS

// Handler serves the lock page, the admin API and the dashboard.
type Handler struct {
	store       *Store
	opts        HandlerOptions
	deps        Deps
	log         *slog.Logger
	tmpl        *template.Template
	limiter     *limiter // lock-page lookups
	authLimiter *limiter // failed admin logins and bearer tokens
	sessions    *sessions
	public      http.Handler
	admin       http.Handler
}

// NewHandler builds the handlers. Serve Public on the public listener and
// Admin on the loopback (or unix socket) admin listener; the Handler itself
// serves both, for single-listener setups and tests.
func NewHandler(store *Store, opts HandlerOptions, deps Deps, log *slog.Logger) *Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts = opts.withDefaults()
	if opts.Now == nil {
		opts.Now = store.now
	}
	h := &Handler{store: store, opts: opts, deps: deps, log: log}
	h.tmpl = template.Must(template.New("").Funcs(funcs).ParseFS(assets, "templates/*.html"))
	h.limiter = newLimiter(opts.LookupRate, opts.LookupBurst, opts.Now)
	h.authLimiter = newLimiter(0.1, 10, opts.Now)
	h.sessions = newSessions(opts.SessionTTL, opts.Now)
	h.public = secured(h.publicMux())
	h.admin = secured(h.adminMux())
	return h
}

// Public returns the handler for the public listener: /l/<id> and /static/.
func (h *Handler) Public() http.Handler { return h.public }

// Admin returns the handler for the admin listener: /api/, /admin/ and /static/.
func (h *Handler) Admin() http.Handler { return h.admin }

// ServeHTTP serves everything.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if strings.HasPrefix(p, "/api/") || p == "/admin" || strings.HasPrefix(p, "/admin/") {
		h.admin.ServeHTTP(w, r)
		return
	}
	h.public.ServeHTTP(w, r)
}

// secured sets the security headers (setSecurityHeaders) before next
// answers, so every answer carries them: the mux's own 404 and 405, a
// method refused on a lock page, an API error, a redirect. Handlers may
// still change one (the warn page's form-action, static files' caching).
// Only answers net/http writes before any handler runs (400 for a
// request it cannot parse) go out without them.
func secured(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSecurityHeaders(w, "")
		next.ServeHTTP(w, r)
	})
}

func (h *Handler) publicMux() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("/l/", h.serveLock)
	mux.HandleFunc("/", h.notFound)
	return mux
}

func (h *Handler) event(name string) {
	if h.deps.Events != nil {
		h.deps.Events.LockEvent(name)
	}
}

func staticHandler() http.Handler {
	sub, _ := fs.Sub(assets, "static")
	files := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(r.URL.Path, "/static/")
		if fi, err := fs.Stat(sub, p); err != nil || fi.IsDir() || strings.Contains(p, "..") {
			http.NotFound(w, r) // no directory listings, nothing outside static/; not cached
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600") // the files only
		files.ServeHTTP(w, r)
	})
}

// lockURL is the path of a lock page for id.
func lockURL(id, action string) string {
	p := "/l/" + url.PathEscape(id)
	if action != "" {
		p += "/" + action
	}
	return p
}
