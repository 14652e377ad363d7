package lock

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

const testToken = "s3cret-token-for-tests"

type fakeDeps struct {
	learned  []LearnEvent
	released []string
	queueErr error
}

func (f *fakeDeps) Learn(_ context.Context, ev LearnEvent) error {
	f.learned = append(f.learned, ev)
	return nil
}
func (f *fakeDeps) ReleaseQueued(_ context.Context, qid string) error {
	f.released = append(f.released, qid)
	return f.queueErr
}
func (f *fakeDeps) Inspect(_ context.Context, q InspectQuery) (any, error) {
	return map[string]any{"query": q, "first_seen": "2026-01-01", "messages": 42}, nil
}
func (f *fakeDeps) Explain(_ context.Context, r io.Reader) (any, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return map[string]any{"bytes": len(b), "action": "accept"}, nil
}

func newAdminHandler(t testing.TB) (*Handler, *Store, *fakeClock, *fakeDeps) {
	t.Helper()
	s, clk := newTestStore(t, StoreOptions{})
	f := &fakeDeps{}
	h := NewHandler(s, HandlerOptions{AdminToken: testToken}, Deps{Learn: f, Queue: f, Inspect: f, Explain: f}, nil)
	return h, s, clk, f
}

func api(t *testing.T, h http.Handler, method, target, body string) (int, map[string]any) {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Header.Set("Authorization", "Bearer "+testToken)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	var out map[string]any
	if strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatalf("%s %s: bad JSON %q", method, target, w.Body.String())
		}
	}
	return w.Code, out
}

func TestAPIAuth(t *testing.T) {
	h, _, _, _ := newAdminHandler(t)
	disabled := NewHandler(h.store, HandlerOptions{}, Deps{}, nil)
	tests := []struct {
		name   string
		h      http.Handler
		header string
		code   int
	}{
		{"disabled", disabled, "Bearer anything", 403},
		{"missing", h, "", 401},
		{"wrong scheme", h, "Basic " + testToken, 401},
		{"wrong token", h, "Bearer nope", 401},
		{"prefix of token", h, "Bearer " + testToken[:5], 401},
		{"ok", h, "Bearer " + testToken, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/api/locks", nil)
			if tt.header != "" {
				r.Header.Set("Authorization", tt.header)
			}
			w := httptest.NewRecorder()
			tt.h.ServeHTTP(w, r)
			if w.Code != tt.code {
				t.Errorf("GET /api/locks with %q = %d, want %d", tt.header, w.Code, tt.code)
			}
			if tt.code == 403 && !strings.Contains(w.Body.String(), "no admin token") {
				t.Errorf("disabled answer lacks a clear message: %s", w.Body)
			}
		})
	}
	// Repeated failures are rate limited, even with the right token afterwards.
	for range 20 {
		r := httptest.NewRequest("GET", "/api/locks", nil)
		r.Header.Set("Authorization", "Bearer wrong")
		h.ServeHTTP(httptest.NewRecorder(), r)
	}
	if code, _ := api(t, h, "GET", "/api/locks", ""); code != 429 {
		t.Errorf("after 20 failures = %d, want 429", code)
	}
}

// TestAuthLockout: after a burst of wrong tokens from one client, a weak
// token is refused even when right, while a strong one still gets in (a
// local user must not lock the administrator out of the loopback listener),
// and wrong tokens stay refused either way.
func TestAuthLockout(t *testing.T) {
	strong := strings.Repeat("k", StrongTokenLen)
	tests := []struct {
		name      string
		token     string
		wantRight int // API answer to the right token after the failures
	}{
		{"weak token", testToken, 429},
		{"strong token", strong, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestStore(t, StoreOptions{})
			h := NewHandler(s, HandlerOptions{AdminToken: tt.token}, Deps{}, nil)
			bearer := func(tok string) int {
				r := httptest.NewRequest("GET", "/api/locks", nil)
				r.Header.Set("Authorization", "Bearer "+tok)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				return w.Code
			}
			for range 20 {
				bearer("wrong")
			}
			if got := bearer("wrong"); got != 429 {
				t.Errorf("wrong token after 20 failures = %d, want 429", got)
			}
			if got := bearer(tt.token); got != tt.wantRight {
				t.Errorf("right token after 20 failures = %d, want %d", got, tt.wantRight)
			}
			c, code := dashLogin(t, h, tt.token)
			if (c != nil) != (tt.wantRight == 200) {
				t.Errorf("dashboard login with the right token after 20 failures = %d, cookie %v", code, c != nil)
			}
		})
	}
}

// TestAdminUnknownPaths: the admin listener's root leads to the dashboard,
// an unknown API call answers JSON, and other paths say where to go.
func TestAdminUnknownPaths(t *testing.T) {
	h, _, _, _ := newAdminHandler(t)
	tests := []struct {
		method, path string
		code         int
		want         string // in the body, or the Location for a redirect
	}{
		{"GET", "/", 302, "/admin/"},
		{"GET", "/nothing", 404, "dashboard is at /admin/"},
		{"GET", "/api/nothing", 404, "no such API call: GET /api/nothing"},
		{"PUT", "/api/locks", 405, "PUT is not allowed on /api/locks; use GET"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(tt.method, tt.path, nil)
		r.Header.Set("Authorization", "Bearer "+testToken)
		w := httptest.NewRecorder()
		h.Admin().ServeHTTP(w, r)
		got := w.Body.String()
		if tt.code == 302 {
			got = w.Header().Get("Location")
		}
		if w.Code != tt.code || !strings.Contains(got, tt.want) {
			t.Errorf("%s %s = %d %q, want %d with %q", tt.method, tt.path, w.Code, got, tt.code, tt.want)
		}
	}
}

func TestAPILocks(t *testing.T) {
	h, s, _, f := newAdminHandler(t)
	id := createOne(t, s, testRecord(LevelLock, "https://locked.example/a"))
	createOne(t, s, testRecord(LevelWarn, "https://other.example/"))
	if code, out := api(t, h, "GET", "/api/locks?domain=locked.example", ""); code != 200 || len(out["locks"].([]any)) != 1 {
		t.Errorf("list by domain = %d %v", code, out)
	}
	if code, out := api(t, h, "GET", "/api/locks/"+id, ""); code != 200 || out["lock"].(map[string]any)["url"] != "https://locked.example/a" {
		t.Errorf("show = %d %v", code, out)
	}
	unknown, _ := NewID()
	for _, p := range []string{"/api/locks/" + unknown, "/api/locks/bad"} {
		if code, _ := api(t, h, "GET", p, ""); code != 404 && code != 400 {
			t.Errorf("GET %s = %d", p, code)
		}
	}
	// A well-formed ID with no lock says what is missing and why it may
	// be: "milterd release ID" printed "404 Not Found: not found".
	for _, c := range []struct{ method, path string }{
		{"GET", "/api/locks/" + unknown}, {"POST", "/api/locks/" + unknown + "/release"}, {"POST", "/api/locks/" + unknown + "/relock"},
	} {
		code, out := api(t, h, c.method, c.path, "")
		if msg, _ := out["error"].(string); code != 404 || !strings.Contains(msg, "no record with that ID") || !strings.Contains(msg, "ttl") {
			t.Errorf("%s %s = %d %q; want 404 saying no record with that ID, and the ttl", c.method, c.path, code, msg)
		}
	}
	if code, out := api(t, h, "POST", "/api/locks/"+id+"/release", ""); code != 200 || out["learned"] != true {
		t.Fatalf("release = %d %v", code, out)
	}
	if len(f.learned) != 1 || f.learned[0].Kind != "lock" || f.learned[0].URLs[0] != "https://locked.example/a" || f.learned[0].Recipients[0] != "bob@corp.example" {
		t.Errorf("learned = %+v", f.learned)
	}
	if r, _ := s.Get(id); !r.Released {
		t.Error("release did not stick")
	}
	if code, _ := api(t, h, "POST", "/api/locks/"+id+"/relock", ""); code != 200 {
		t.Errorf("relock = %d", code)
	}
	if r, _ := s.Get(id); r.Released {
		t.Error("relock did not stick")
	}
	if code, _ := api(t, h, "GET", "/api/locks/"+id+"/release", ""); code != 405 {
		t.Errorf("GET release = %d, want 405", code)
	}
	// Released again after the relock: the lock opens, the baseline does
	// not learn the same thing twice.
	if code, out := api(t, h, "POST", "/api/locks/"+id+"/release", ""); code != 200 || out["learned"] != false || len(f.learned) != 1 {
		t.Errorf("second release = %d %v, learned %d times; want released, learned once", code, out, len(f.learned))
	}
	// A lock whose destination was cut cannot be released: nobody can be
	// sent to half an address.
	cut := createOne(t, s, testRecord(LevelLock, "https://long.example/"+strings.Repeat("a", maxURLLen)))
	if code, out := api(t, h, "POST", "/api/locks/"+cut+"/release", ""); code != 409 || len(f.learned) != 1 {
		t.Errorf("release of a truncated lock = %d %v, want 409 and nothing learned", code, out)
	}
}

func TestAPIVerdictsAndStats(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	s.RecordVerdict(VerdictRecord{Action: "lock", Sender: "a@x.example", Recipients: []string{"b@corp.example"}, LinkCount: 4, LockedCount: 1})
	s.RecordVerdict(VerdictRecord{Action: "accept", Sender: "c@y.example", LinkCount: 4})
	if _, out := api(t, h, "GET", "/api/verdicts?action=lock", ""); len(out["verdicts"].([]any)) != 1 {
		t.Errorf("verdicts?action=lock = %v", out)
	}
	if _, out := api(t, h, "GET", "/api/verdicts?sender=y.example", ""); len(out["verdicts"].([]any)) != 1 {
		t.Errorf("verdicts?sender = %v", out)
	}
	if _, out := api(t, h, "GET", "/api/verdicts?recipient=b@corp.example", ""); len(out["verdicts"].([]any)) != 1 {
		t.Errorf("verdicts?recipient = %v", out)
	}
	code, out := api(t, h, "GET", "/api/stats?hours=2&days=1", "")
	hourly := out["hourly"].([]any)
	last := hourly[len(hourly)-1].(map[string]any)
	if code != 200 || len(hourly) != 2 || last["links"] != 8.0 || last["lock_rate_percent"] != 12.5 {
		t.Errorf("stats = %d %v", code, out)
	}
}

func TestAPIAllow(t *testing.T) {
	h, s, clk, _ := newAdminHandler(t)
	code, out := api(t, h, "POST", "/api/allow", `{"domain":"partner.example","recipient":"bob@corp.example","ttl":"24h","note":"vendor"}`)
	if code != 201 {
		t.Fatalf("add = %d %v", code, out)
	}
	a := out["allow"].(map[string]any)
	if exp, _ := time.Parse(time.RFC3339, a["expires"].(string)); !exp.Equal(clk.Now().Add(24 * time.Hour)) {
		t.Errorf("expires = %v", a["expires"])
	}
	for _, bad := range []string{`{}`, `{"domain":"a","sender":"b@c"}`, `{"domain":"a","ttl":"soon"}`, `{"domain":"a","extra":1}`, `not json`} {
		if code, _ := api(t, h, "POST", "/api/allow", bad); code != 400 {
			t.Errorf("add %s = %d, want 400", bad, code)
		}
	}
	if _, out := api(t, h, "GET", "/api/allow", ""); len(out["allow"].([]any)) != 1 {
		t.Errorf("list = %v", out)
	}
	if len(s.ActiveAllows(clk.Now())) != 1 {
		t.Error("ActiveAllows does not see the API's entry")
	}
	if code, _ := api(t, h, "DELETE", "/api/allow/"+a["id"].(string), ""); code != 200 {
		t.Errorf("delete = %d", code)
	}
	if code, _ := api(t, h, "DELETE", "/api/allow/"+a["id"].(string), ""); code != 404 {
		t.Errorf("delete twice = %d", code)
	}
}

func TestAPIQuarantine(t *testing.T) {
	h, s, _, f := newAdminHandler(t)
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Sender: "x@y.example", Recipients: []string{"b@corp.example"}, Score: 9, URLs: []string{"https://bad.example"}})
	code, out := api(t, h, "GET", "/api/quarantine/4QaBc9", "")
	how, _ := out["quarantine"].(map[string]any)["release_instructions"].(string)
	if code != 200 || !strings.Contains(how, "postsuper -H 4QaBc9,") || !strings.Contains(how, "postqueue -i 4QaBc9") || !strings.Contains(how, "sendmail -v -qQ -Q -qI4QaBc9") {
		t.Errorf("show = %d %v, want the Postfix and Sendmail release commands", code, out)
	}
	if code, _ := api(t, h, "GET", "/api/quarantine/..%2F", ""); code != 400 && code != 404 {
		t.Errorf("bad qid = %d", code)
	}
	// A message held without a record (its reason could not be stored on a
	// full disk) is released by hand: the 404 says how.
	for _, method := range []string{"GET /api/quarantine/5ZzZz1", "POST /api/quarantine/5ZzZz1/release"} {
		m, target, _ := strings.Cut(method, " ")
		code, out := api(t, h, m, target, "")
		if msg := fmt.Sprint(out["error"]); code != 404 || !strings.Contains(msg, "no quarantine record for queue ID 5ZzZz1") || !strings.Contains(msg, "postsuper -H 5ZzZz1") {
			t.Errorf("%s = %d %q, want 404 saying how to release it by hand", method, code, msg)
		}
	}
	f.queueErr = errors.New("postsuper: permission denied")
	if code, _ := api(t, h, "POST", "/api/quarantine/4QaBc9/release", ""); code != 502 {
		t.Errorf("release with failing command = %d, want 502", code)
	}
	if q, _ := s.Quarantined("4QaBc9"); q.Released || len(f.learned) != 0 {
		t.Error("failed release marked released or learned")
	}
	f.queueErr = fmt.Errorf("lock: release queued: sendmail: queue ID 4QaBc9: %w (sendmail: No changes)", ErrNotQueued)
	if code, out := api(t, h, "POST", "/api/quarantine/4QaBc9/release", ""); code != 409 || !strings.Contains(fmt.Sprint(out["error"]), "no such message held") {
		t.Errorf("release of a message the MTA does not hold = %d %v, want 409 saying so", code, out)
	}
	if q, _ := s.Quarantined("4QaBc9"); q.Released || len(f.learned) != 0 {
		t.Error("release of a message not held marked released or learned")
	}
	f.queueErr = nil
	code, out = api(t, h, "POST", "/api/quarantine/4QaBc9/release", "")
	if code != 200 || out["released_from_queue"] != true || len(f.learned) != 1 || f.learned[0].Kind != "quarantine" {
		t.Errorf("release = %d %v learned %v", code, out, f.learned)
	}
	if _, out := api(t, h, "GET", "/api/quarantine", ""); len(out["quarantine"].([]any)) != 1 {
		t.Errorf("list = %v", out)
	}
	if code, _ := api(t, h, "POST", "/api/quarantine/4QaBc9/release", ""); code != 200 || len(f.learned) != 1 {
		t.Errorf("second release = %d, learned %d times; want learned once", code, len(f.learned))
	}
}

// Each kind of inspection reaches Deps.Inspect as its own field of the
// query, with the admin token only.
func TestAPIInspectKinds(t *testing.T) {
	h, _, _, _ := newAdminHandler(t)
	for _, tc := range []struct {
		query string
		want  InspectQuery
	}{
		{"sender=a@x.example", InspectQuery{Sender: "a@x.example"}},
		{"sender=a@x.example&recipient=b@corp.example", InspectQuery{Sender: "a@x.example", Recipient: "b@corp.example"}},
		{"recipient=b@corp.example", InspectQuery{Recipient: "b@corp.example"}},
		{"domain=l.example", InspectQuery{Domain: "l.example"}},
		{"message_id=%3Cid-1%40x.example%3E", InspectQuery{MessageID: "<id-1@x.example>"}},
		{"list=dev%40lists.proj.example", InspectQuery{List: "dev@lists.proj.example"}},
	} {
		code, out := api(t, h, "GET", "/api/inspect?"+tc.query, "")
		if code != 200 {
			t.Errorf("%s: %d %v", tc.query, code, out)
			continue
		}
		b, _ := json.Marshal(out["facts"].(map[string]any)["query"])
		var got InspectQuery
		if err := json.Unmarshal(b, &got); err != nil || got != tc.want {
			t.Errorf("%s: Deps.Inspect asked %+v, want %+v", tc.query, got, tc.want)
		}
	}
	// A list address with another kind is no question Deps.Inspect
	// answers (it would answer the other and drop the list silently).
	for _, q := range []string{"list=dev%40lists.proj.example&sender=a@x.example", "domain=l.example&list=dev%40lists.proj.example"} {
		if code, out := api(t, h, "GET", "/api/inspect?"+q, ""); code != 400 {
			t.Errorf("%s: %d %v, want 400", q, code, out)
		}
	}
	for _, header := range []string{"", "Bearer nope"} {
		r := httptest.NewRequest("GET", "/api/inspect?list=dev%40lists.proj.example", nil)
		if header != "" {
			r.Header.Set("Authorization", header)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 401 {
			t.Errorf("inspect list with %q = %d, want 401", header, w.Code)
		}
	}
}

func TestAPIInspectExplain(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	if code, out := api(t, h, "GET", "/api/inspect?sender=a@x.example&recipient=b@corp.example", ""); code != 200 || out["facts"].(map[string]any)["messages"] != 42.0 {
		t.Errorf("inspect = %d %v", code, out)
	}
	if code, out := api(t, h, "GET", "/api/inspect?message_id=%3Cid-1%40x.example%3E", ""); code != 200 ||
		out["query"].(map[string]any)["message_id"] != "<id-1@x.example>" {
		t.Errorf("inspect by Message-ID = %d %v", code, out)
	}
	if code, _ := api(t, h, "GET", "/api/inspect", ""); code != 400 {
		t.Errorf("inspect without query = %d", code)
	}
	if code, out := api(t, h, "POST", "/api/explain", "From: a@x.example\r\n\r\nhi\r\n"); code != 200 || out["explain"].(map[string]any)["bytes"] != 25.0 {
		t.Errorf("explain = %d %v", code, out)
	}
	bare := NewHandler(s, HandlerOptions{AdminToken: testToken}, Deps{}, nil)
	if code, _ := api(t, bare, "GET", "/api/inspect?sender=a@x.example", ""); code != 501 {
		t.Errorf("inspect without Deps = %d, want 501", code)
	}
	small := NewHandler(s, HandlerOptions{AdminToken: testToken, MaxUpload: 10}, Deps{Explain: &fakeDeps{}}, nil)
	if code, _ := api(t, small, "POST", "/api/explain", strings.Repeat("x", 100)); code != 413 {
		t.Errorf("explain too large = %d, want 413", code)
	}
}

func TestAPIBackup(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	id := createOne(t, s, testRecord(LevelWarn, "https://a.example"))
	r := httptest.NewRequest("GET", "/api/backup", nil)
	r.Header.Set("Authorization", "Bearer "+testToken)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != 200 {
		t.Fatalf("backup = %d", w.Code)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	os.WriteFile(path, w.Body.Bytes(), 0o600)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatalf("backup does not open: %v", err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketRecords).Get([]byte(id)) == nil {
			return errors.New("record missing from backup")
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

// dashClient logs in through the form and returns the session cookie.
func dashLogin(t *testing.T, h http.Handler, token string) (*http.Cookie, int) {
	t.Helper()
	w := do(h, "POST", "/admin/login", url.Values{"token": {token}}, nil)
	for _, c := range w.Result().Cookies() {
		if c.Name == sessionCookie {
			return c, w.Code
		}
	}
	return nil, w.Code
}

func dashDo(h http.Handler, method, target string, form url.Values, c *http.Cookie) *httptest.ResponseRecorder {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, target, body)
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if c != nil {
		r.AddCookie(c)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestDashboardLogin(t *testing.T) {
	h, _, clk, _ := newAdminHandler(t)
	if c, code := dashLogin(t, h, "wrong"); c != nil || code != 401 {
		t.Errorf("bad login = %v %d", c, code)
	}
	c, code := dashLogin(t, h, testToken)
	if c == nil || code != 303 {
		t.Fatalf("login = %v %d", c, code)
	}
	if !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteStrictMode || c.Path != "/admin/" {
		t.Errorf("cookie flags = %+v", c)
	}
	w := dashDo(h, "GET", "/admin/", nil, c)
	if !strings.Contains(w.Body.String(), `id="chart-hourly"`) {
		t.Errorf("dashboard after login lacks the chart: %d", w.Code)
	}
	checkSecurityHeaders(t, w)
	if w := dashDo(h, "GET", "/admin/", nil, &http.Cookie{Name: sessionCookie, Value: "forged"}); !strings.Contains(w.Body.String(), `name="token"`) {
		t.Error("forged session cookie not sent to login")
	}
	clk.Add(13 * time.Hour)
	if w := dashDo(h, "GET", "/admin/", nil, c); !strings.Contains(w.Body.String(), `name="token"`) {
		t.Error("expired session still logged in")
	}
	disabled := NewHandler(h.store, HandlerOptions{}, Deps{}, nil)
	if c, code := dashLogin(t, disabled, ""); c != nil || code != 403 {
		t.Errorf("login with no token configured = %v %d", c, code)
	}
}

func csrfOf(t *testing.T, h http.Handler, c *http.Cookie) string {
	t.Helper()
	body := dashDo(h, "GET", "/admin/", nil, c).Body.String()
	_, rest, ok := strings.Cut(body, `name="csrf" value="`)
	if !ok {
		t.Fatal("no csrf field in dashboard")
	}
	tok, _, _ := strings.Cut(rest, `"`)
	return tok
}

func TestDashboardActions(t *testing.T) {
	h, s, _, f := newAdminHandler(t)
	id := createOne(t, s, testRecord(LevelHard, "https://bad.example/x"))
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Sender: "x@y.example", Reasons: []Reason{{Code: "lookalike", Text: "Looks like microsoft.com"}}})
	c, _ := dashLogin(t, h, testToken)
	csrf := csrfOf(t, h, c)
	release := "/admin/locks/" + id + "/release"
	tests := []struct {
		name   string
		cookie *http.Cookie
		form   url.Values
		code   int
	}{
		{"no session", nil, url.Values{"csrf": {csrf}}, 401},
		{"no csrf", c, url.Values{}, 403},
		{"wrong csrf", c, url.Values{"csrf": {otherFirst(csrf)}}, 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if w := dashDo(h, "POST", release, tt.form, tt.cookie); w.Code != tt.code {
				t.Errorf("POST release = %d, want %d", w.Code, tt.code)
			}
			if r, _ := s.Get(id); r.Released {
				t.Fatal("released without a valid session and token")
			}
		})
	}
	w := dashDo(h, "POST", release, url.Values{"csrf": {csrf}}, c)
	if w.Code != 303 || w.Header().Get("Location") != "/admin/?done=released" {
		t.Fatalf("release = %d %q", w.Code, w.Header().Get("Location"))
	}
	if r, _ := s.Get(id); !r.Released || len(f.learned) != 1 {
		t.Error("dashboard release did not stick or did not learn")
	}
	page := dashDo(h, "GET", "/admin/?done=released", nil, c).Body.String()
	for _, want := range []string{"Lock released", "Looks like microsoft.com", "4QaBc9", "postsuper -H 4QaBc9"} {
		if !strings.Contains(page, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
	if w := dashDo(h, "POST", "/admin/allow", url.Values{"csrf": {csrf}, "kind": {"domain"}, "value": {"partner.example"}, "ttl": {"24h"}}, c); w.Header().Get("Location") != "/admin/?done=allowed" {
		t.Errorf("allow add = %q", w.Header().Get("Location"))
	}
	allows := s.Allows()
	if len(allows) != 1 || allows[0].Domain != "partner.example" {
		t.Fatalf("allows = %+v", allows)
	}
	dashDo(h, "POST", "/admin/allow/"+allows[0].ID+"/delete", url.Values{"csrf": {csrf}}, c)
	if len(s.Allows()) != 0 {
		t.Error("allow remove did not stick")
	}
	dashDo(h, "POST", "/admin/quarantine/4QaBc9/release", url.Values{"csrf": {csrf}}, c)
	if q, _ := s.Quarantined("4QaBc9"); !q.Released || len(f.released) != 1 {
		t.Error("quarantine release did not stick")
	}
	search := dashDo(h, "GET", "/admin/?kind=sender&q=alice@sender.example", nil, c).Body.String()
	if !strings.Contains(search, `id="facts"`) || !strings.Contains(search, "first_seen") {
		t.Error("search lacks baseline facts")
	}
	dashDo(h, "POST", "/admin/logout", url.Values{"csrf": {csrf}}, c)
	if w := dashDo(h, "POST", release, url.Values{"csrf": {csrf}}, c); w.Code != 401 {
		t.Errorf("after logout = %d, want 401", w.Code)
	}
}

func TestDashboardShowsRequestsAndSearchKind(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	id := createOne(t, s, testRecord(LevelLock, "https://locked.example/"))
	s.Request(id, "need the invoice")
	for i := range 40 { // newer locks push the requested one out of "Recent locks"
		createOne(t, s, testRecord(LevelWarn, fmt.Sprintf("https://n%d.example/", i)))
	}
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Subject: "Your invoice", URLs: []string{"https://bad.example/pay"}})
	c, _ := dashLogin(t, h, testToken)
	page := dashDo(h, "GET", "/admin/?kind=domain&q=locked.example", nil, c).Body.String()
	for _, want := range []string{"access requested", "need the invoice", "Your invoice", "hxxps://bad[.]example/pay", `<option value="domain" selected>`} {
		if !strings.Contains(page, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
	if strings.Contains(page, "https://bad.example") {
		t.Error("dashboard shows a held message's URL un-defanged")
	}
	if !strings.Contains(page, `id="req-release-`+id+`"`) {
		t.Error("an old lock with an access request is not among the requests waiting")
	}
}

// The dashboard's search asks about a list address (kind list) and shows
// no locks for it: locks and verdicts name senders and recipients, and an
// empty filter would list every lock.
func TestDashboardSearchList(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	createOne(t, s, testRecord(LevelLock, "https://locked.example/"))
	c, _ := dashLogin(t, h, testToken)
	for _, tc := range []struct {
		kind        string
		want, avoid []string
	}{
		{"list", []string{`<option value="list" selected>`, `id="facts"`, `&#34;list&#34;: &#34;dev@lists.proj.example&#34;`}, []string{"<h3>Locks</h3>"}},
		{"sender", []string{`id="facts"`, `&#34;sender&#34;: &#34;dev@lists.proj.example&#34;`, "<h3>Locks</h3>"}, []string{`<option value="list" selected>`}},
	} {
		page := dashDo(h, "GET", "/admin/?kind="+tc.kind+"&q=dev@lists.proj.example", nil, c).Body.String()
		for _, want := range tc.want {
			if !strings.Contains(page, want) {
				t.Errorf("kind %s: search lacks %q", tc.kind, want)
			}
		}
		for _, avoid := range tc.avoid {
			if strings.Contains(page, avoid) {
				t.Errorf("kind %s: search shows %q", tc.kind, avoid)
			}
		}
	}
}

// A lock of a message to several recipients names them all: the list
// filter finds it by any of them, and a release teaches every pair. An
// older record with only Recipient still works.
func TestAPILocksSeveralRecipients(t *testing.T) {
	h, s, _, f := newAdminHandler(t)
	r := testRecord(LevelWarn, "https://locked.example/b")
	r.Recipients = []string{"bob@corp.example", "carol@corp.example"}
	id := createOne(t, s, r)
	old := createOne(t, s, testRecord(LevelWarn, "https://old.example/"))
	for _, tc := range []struct {
		rcpt string
		want int
	}{{"carol@corp.example", 1}, {"BOB@corp.example", 2}, {"dave@corp.example", 0}} {
		if code, out := api(t, h, "GET", "/api/locks?recipient="+tc.rcpt, ""); code != 200 || len(out["locks"].([]any)) != tc.want {
			t.Errorf("list by %s = %d %v, want %d locks", tc.rcpt, code, out, tc.want)
		}
	}
	for _, x := range []struct {
		id   string
		want []string
	}{{id, r.Recipients}, {old, []string{"bob@corp.example"}}} {
		f.learned = nil
		if code, out := api(t, h, "POST", "/api/locks/"+x.id+"/release", ""); code != 200 || out["learned"] != true {
			t.Fatalf("release = %d %v", code, out)
		}
		if len(f.learned) != 1 || !slices.Equal(f.learned[0].Recipients, x.want) {
			t.Errorf("learned = %+v, want recipients %v", f.learned, x.want)
		}
	}
}

// otherFirst returns tok with its first character changed, so it can never
// equal tok (a fixed replacement equals tok whenever tok starts with it).
func otherFirst(tok string) string {
	if strings.HasPrefix(tok, "x") {
		return "y" + tok[1:]
	}
	return "x" + tok[1:]
}

// Without release_commands a held message released from the dashboard is
// only marked: the page says so and keeps the commands to run beside it.
func TestDashboardReleaseByHand(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{})
	f := &fakeDeps{}
	h := NewHandler(s, HandlerOptions{AdminToken: testToken}, Deps{Learn: f}, nil)
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Sender: "x@y.example"})
	c, _ := dashLogin(t, h, testToken)
	w := dashDo(h, "POST", "/admin/quarantine/4QaBc9/release", url.Values{"csrf": {csrfOf(t, h, c)}}, c)
	if loc := w.Header().Get("Location"); w.Code != 303 || !strings.Contains(loc, "done=qmarked") {
		t.Fatalf("release = %d to %q, want a redirect saying it is only marked", w.Code, loc)
	}
	body := dashDo(h, "GET", "/admin/?done=qmarked", nil, c).Body.String()
	if !strings.Contains(body, "if not done yet, run") || !strings.Contains(body, "postsuper -H 4QaBc9") {
		t.Errorf("dashboard after a release by hand lacks the commands to run")
	}
}

// In monitor mode the dashboard counts what enforce would have done (a
// quarantine that was not, the links it would have locked) and says so.
func TestDashboardMonitorMode(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	c, _ := dashLogin(t, h, testToken)
	s.RecordVerdict(VerdictRecord{Action: "lock", LinkCount: 2, LockedCount: 1})
	if body := dashDo(h, "GET", "/admin/", nil, c).Body.String(); strings.Contains(body, `id="monitored"`) {
		t.Error("monitor notice without monitored messages")
	}
	s.RecordVerdict(VerdictRecord{Action: "accept", Monitor: true, Would: "lock", LinkCount: 3, LockedCount: 2})
	s.RecordVerdict(VerdictRecord{Action: "accept", Monitor: true, Would: "quarantine", LinkCount: 1})
	s.RecordVerdict(VerdictRecord{Action: "accept", Monitor: true, LinkCount: 1})
	body := dashDo(h, "GET", "/admin/", nil, c).Body.String()
	for _, want := range []string{`id="last24-locked">3<`, `id="monitored">3 of these messages were judged in monitor mode`, `<td class="num">1</td></tr></table>`} {
		if !strings.Contains(body, want) {
			t.Errorf("dashboard lacks %q", want)
		}
	}
}

// TestDashboardShowsReplyTo: a held message's and a lock's kept Reply-To
// address is shown beside its reasons, with what each release button
// does with it (Release teaches nothing about it; the second button also
// trusts it as an address the recipients wrote to), so the admin sees
// whose replies the trusting release would vouch for.
func TestDashboardShowsReplyTo(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	rec := testRecord(LevelLock, "https://pay.example/invoice")
	rec.ReplyTo = "bakery.billing@mail.example"
	createOne(t, s, rec)
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBd1", Subject: "Invoice 7", ReplyTo: "corner.bakery@mail.example"})
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBd2", Subject: "No Reply-To kept"})
	c, _ := dashLogin(t, h, testToken)
	page := dashDo(h, "GET", "/admin/", nil, c).Body.String()
	for _, want := range []string{"bakery.billing@mail.example", "corner.bakery@mail.example"} {
		if !strings.Contains(page, want) {
			t.Errorf("dashboard lacks the kept Reply-To %q", want)
		}
	}
	if n := strings.Count(page, "Replies go to"); n != 2 {
		t.Errorf("dashboard names %d Reply-To addresses, want 2 (a record without one names none)", n)
	}
}
