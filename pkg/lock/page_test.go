package lock

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

type countEvents map[string]int

func (c countEvents) LockEvent(e string) { c[e]++ }

func newTestHandler(t *testing.T, hopts HandlerOptions) (*Handler, *Store, *fakeClock, countEvents) {
	t.Helper()
	s, clk := newTestStore(t, StoreOptions{LockTTL: 24 * time.Hour})
	ev := countEvents{}
	return NewHandler(s, hopts, Deps{Events: ev}, nil), s, clk, ev
}

func do(h http.Handler, method, target string, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, target, body)
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestLockPageShow(t *testing.T) {
	h, s, _, ev := newTestHandler(t, HandlerOptions{Contact: "helpdesk@corp.example"})
	tests := []struct {
		name  string
		level Level
		want  []string
		not   []string
	}{
		{"warn", LevelWarn, []string{"hxxps://login-micros0ft[.]example/x", "alice@sender.example", "First time anyone", `action="/l/`, "/continue", `name="confirm"`}, []string{`href="https://login`, "/request"}},
		{"lock", LevelLock, []string{"This link is locked", "/request", "Ask for access"}, []string{"/continue"}},
		{"hard", LevelHard, []string{"This link is blocked", "helpdesk@corp.example"}, []string{"<form", "/continue", "/request"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := createOne(t, s, testRecord(tt.level, "https://login-micros0ft.example/x"))
			w := do(h, "GET", "/l/"+id, nil, nil)
			if w.Code != 200 {
				t.Fatalf("GET = %d", w.Code)
			}
			body := w.Body.String()
			for _, want := range tt.want {
				if !strings.Contains(body, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(body, not) {
					t.Errorf("page contains %q", not)
				}
			}
			if strings.Contains(body, "https://login-micros0ft.example") {
				t.Error("page shows the destination un-defanged")
			}
			checkSecurityHeaders(t, w)
		})
	}
	if ev["clicked"] != 3 {
		t.Errorf("clicked events = %d, want 3", ev["clicked"])
	}
}

// Evidence that lowered the risk is shown apart from why the link was
// stopped, never as a reason to stop it.
func TestLockPageMitigations(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{})
	rec := testRecord(LevelWarn, "https://shop-new.example/x")
	rec.Reasons = append(rec.Reasons, Reason{Code: "named_site", Text: "the message's own words name shopnew", Lowers: true})
	body := do(h, "GET", "/l/"+createOne(t, s, rec), nil, nil).Body.String()
	risks, rest, ok := strings.Cut(body, `id="mitigations"`)
	if !ok || !strings.Contains(risks, "First time anyone") || strings.Contains(risks, "own words") || !strings.Contains(rest, "own words") {
		t.Errorf("reasons not split into risks and mitigations:\n%s", body)
	}
	old := testRecord(LevelWarn, "https://shop-new.example/y") // a record without Lowers
	if body := do(h, "GET", "/l/"+createOne(t, s, old), nil, nil).Body.String(); strings.Contains(body, `id="mitigations"`) || !strings.Contains(body, "First time anyone") {
		t.Error("a record without mitigations shows the section, or not its reasons")
	}
}

func checkSecurityHeaders(t *testing.T, w *httptest.ResponseRecorder) {
	t.Helper()
	want := map[string]string{"X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
	for k, v := range want {
		if got := w.Header().Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	csp := w.Header().Get("Content-Security-Policy")
	for _, d := range []string{"default-src 'none'", "frame-ancestors 'none'", "form-action 'self'"} {
		if !strings.Contains(csp, d) {
			t.Errorf("CSP %q lacks %q", csp, d)
		}
	}
}

func TestLockPageNotFoundRevealsNothing(t *testing.T) {
	h, s, clk, _ := newTestHandler(t, HandlerOptions{})
	expired := createOne(t, s, testRecord(LevelWarn, "https://a.example"))
	clk.Add(25 * time.Hour)
	unknown, _ := NewID()
	var bodies []string
	for _, p := range []string{"/l/" + unknown, "/l/" + expired, "/l/short", "/l/" + unknown + "/zzz", "/nothing", "/l/" + expired + "/continue"} {
		w := do(h, "GET", p, nil, nil)
		if p == "/l/"+expired+"/continue" {
			if w.Code != http.StatusMethodNotAllowed {
				t.Errorf("GET %s = %d, want 405", p, w.Code)
			}
			continue
		}
		if w.Code != 404 {
			t.Errorf("GET %s = %d, want 404", p, w.Code)
		}
		checkSecurityHeaders(t, w)
		bodies = append(bodies, w.Body.String())
	}
	for _, b := range bodies[1:] {
		if b != bodies[0] {
			t.Errorf("404 bodies differ:\n%s\n---\n%s", bodies[0], b)
		}
	}
	tok := s.formToken("continue", expired)
	if w := do(h, "POST", "/l/"+expired+"/continue", url.Values{"token": {tok}, "confirm": {"yes"}}, nil); w.Code != 404 {
		t.Errorf("POST continue on expired = %d, want 404", w.Code)
	}
}

func TestContinue(t *testing.T) {
	h, s, _, ev := newTestHandler(t, HandlerOptions{})
	const dest = "https://files.partner.example/doc?id=1&x=%2F"
	warn := createOne(t, s, testRecord(LevelWarn, dest))
	other := createOne(t, s, testRecord(LevelWarn, "https://other.example/"))
	hard := createOne(t, s, testRecord(LevelHard, "https://bad.example/"))
	lock := createOne(t, s, testRecord(LevelLock, "https://locked.example/"))
	js := createOne(t, s, testRecord(LevelWarn, "javascript:alert(1)"))
	tok := func(id string) string { return s.formToken("continue", id) }
	tests := []struct {
		name     string
		target   string
		form     url.Values
		hdr      map[string]string
		code     int
		location string
	}{
		{"ok", "/l/" + warn + "/continue", url.Values{"token": {tok(warn)}, "confirm": {"yes"}}, nil, 303, dest},
		{"extra params ignored", "/l/" + warn + "/continue?url=https://evil.example&next=//evil.example", url.Values{"token": {tok(warn)}, "confirm": {"yes"}, "url": {"https://evil.example"}}, nil, 303, dest},
		{"no token", "/l/" + warn + "/continue", url.Values{"confirm": {"yes"}}, nil, 403, ""},
		{"token of other id", "/l/" + warn + "/continue", url.Values{"token": {tok(other)}, "confirm": {"yes"}}, nil, 403, ""},
		{"token of other action", "/l/" + warn + "/continue", url.Values{"token": {s.formToken("request", warn)}, "confirm": {"yes"}}, nil, 403, ""},
		{"cross-site", "/l/" + warn + "/continue", url.Values{"token": {tok(warn)}, "confirm": {"yes"}}, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403, ""},
		{"no confirmation", "/l/" + warn + "/continue", url.Values{"token": {tok(warn)}}, nil, 400, ""},
		{"hard with forged token", "/l/" + hard + "/continue", url.Values{"token": {tok(hard)}, "confirm": {"yes"}}, nil, 403, ""},
		{"lock level", "/l/" + lock + "/continue", url.Values{"token": {tok(lock)}, "confirm": {"yes"}}, nil, 403, ""},
		{"stored javascript url", "/l/" + js + "/continue", url.Values{"token": {tok(js)}, "confirm": {"yes"}}, nil, 403, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(h, "POST", tt.target, tt.form, tt.hdr)
			if w.Code != tt.code || w.Header().Get("Location") != tt.location {
				t.Errorf("POST %s = %d Location %q, want %d %q", tt.target, w.Code, w.Header().Get("Location"), tt.code, tt.location)
			}
		})
	}
	if r, _ := s.Get(warn); r.Continues != 2 || ev["continued"] != 2 {
		t.Errorf("continues = %d, events = %d, want 2", r.Continues, ev["continued"])
	}
	// Released locks let readers through, whatever the level.
	s.Release(hard, "admin")
	w := do(h, "POST", "/l/"+hard+"/continue", url.Values{"token": {tok(hard)}}, nil)
	if w.Code != 303 || w.Header().Get("Location") != "https://bad.example/" {
		t.Errorf("continue after release = %d %q", w.Code, w.Header().Get("Location"))
	}
}

func TestWarnPageFormActionAllowsDestination(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{})
	id := createOne(t, s, testRecord(LevelWarn, "http://127.0.0.1:8080/x"))
	w := do(h, "GET", "/l/"+id, nil, nil)
	if csp := w.Header().Get("Content-Security-Policy"); !strings.HasSuffix(csp, "form-action 'self' http: https:") {
		t.Errorf("CSP = %q", csp)
	}
	id = createOne(t, s, testRecord(LevelWarn, "https://a.example;script-src *@x/"))
	w = do(h, "GET", "/l/"+id, nil, nil)
	if csp := w.Header().Get("Content-Security-Policy"); strings.Contains(csp, "script-src") {
		t.Errorf("CSP injectable: %q", csp)
	}
}

func TestRequestAccess(t *testing.T) {
	h, s, _, ev := newTestHandler(t, HandlerOptions{})
	lock := createOne(t, s, testRecord(LevelLock, "https://locked.example/"))
	warn := createOne(t, s, testRecord(LevelWarn, "https://warn.example/"))
	tok := s.formToken("request", lock)
	if w := do(h, "POST", "/l/"+lock+"/request", url.Values{"note": {"invoice"}}, nil); w.Code != 403 {
		t.Errorf("request without token = %d", w.Code)
	}
	w := do(h, "POST", "/l/"+lock+"/request", url.Values{"token": {tok}, "note": {"invoice"}}, nil)
	if w.Code != 303 || w.Header().Get("Location") != "/l/"+lock+"?requested=1" {
		t.Fatalf("request = %d %q", w.Code, w.Header().Get("Location"))
	}
	r, _ := s.Get(lock)
	if len(r.Requests) != 1 || r.Requests[0].Note != "invoice" || ev["requested"] != 1 {
		t.Errorf("record requests = %+v, events %d", r.Requests, ev["requested"])
	}
	if !strings.Contains(do(h, "GET", "/l/"+lock+"?requested=1", nil, nil).Body.String(), "Your request has been sent") {
		t.Error("page after request lacks confirmation")
	}
	// Another reader (no ?requested) is told that someone asked, not that
	// their own request went out, and may still add one.
	if b := do(h, "GET", "/l/"+lock, nil, nil).Body.String(); strings.Contains(b, "Your request has been sent") ||
		!strings.Contains(b, "has already been asked for") || !strings.Contains(b, `id="request"`) {
		t.Error("a later visitor's page does not say that access was already asked for, with the form")
	}
	if w := do(h, "POST", "/l/"+warn+"/request", url.Values{"token": {s.formToken("request", warn)}}, nil); w.Code != 403 {
		t.Errorf("request on warn = %d, want 403", w.Code)
	}
}

func TestLockPageRateLimit(t *testing.T) {
	h, _, clk, _ := newTestHandler(t, HandlerOptions{LookupRate: 1, LookupBurst: 3})
	id, _ := NewID()
	get := func(ip string) int {
		r := httptest.NewRequest("GET", "/l/"+id, nil)
		r.RemoteAddr = ip + ":1234"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for i := range 3 {
		if c := get("192.0.2.1"); c != 404 {
			t.Fatalf("lookup %d = %d, want 404", i, c)
		}
	}
	if c := get("192.0.2.1"); c != 429 {
		t.Errorf("4th lookup = %d, want 429", c)
	}
	if c := get("192.0.2.2"); c != 404 {
		t.Errorf("other client = %d, want 404", c)
	}
	clk.Add(time.Second)
	if c := get("192.0.2.1"); c != 404 {
		t.Errorf("after refill = %d, want 404", c)
	}
}

func TestClientKey(t *testing.T) {
	tests := []struct {
		name, remote, xff string
		trust             bool
		want              string
	}{
		{"v4", "192.0.2.1:5", "", false, "192.0.2.1"},
		{"v6 /64", "[2001:db8:1:2:3::4]:5", "", false, "2001:db8:1:2::/64"},
		{"xff ignored", "192.0.2.1:5", "198.51.100.7", false, "192.0.2.1"},
		{"xff trusted, last hop", "192.0.2.1:5", "10.0.0.1, 198.51.100.7", true, "198.51.100.7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tt.remote
			if tt.xff != "" {
				r.Header.Set("X-Forwarded-For", tt.xff)
			}
			if got := clientKey(r, tt.trust); got != tt.want {
				t.Errorf("clientKey(%s, %q) = %q, want %q", tt.remote, tt.xff, got, tt.want)
			}
		})
	}
}

func TestDefang(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"https", "https://a.b.example/p.html?x=1", "hxxps://a[.]b[.]example/p.html?x=1"},
		{"http no path", "http://a.example", "hxxp://a[.]example"},
		{"no scheme", "a.example", "a[.]example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := defang(tt.in); got != tt.want {
				t.Errorf("defang(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStatic(t *testing.T) {
	h, _, _, _ := newTestHandler(t, HandlerOptions{})
	w := do(h.Public(), "GET", "/static/style.css", nil, nil)
	if w.Code != 200 || !strings.Contains(w.Header().Get("Content-Type"), "text/css") {
		t.Errorf("style.css = %d %q", w.Code, w.Header().Get("Content-Type"))
	}
	if w := do(h.Public(), "GET", "/api/locks", nil, nil); w.Code != 404 {
		t.Errorf("public handler serves /api/: %d", w.Code)
	}
}

func TestSecureContext(t *testing.T) {
	tests := []struct {
		name, host, proto string
		want              bool
	}{
		{"loopback v4", "127.0.0.1:8025", "", true},
		{"loopback v6", "[::1]:8025", "", true},
		{"localhost", "localhost:8025", "", true},
		{"remote http", "mail.corp.example:8025", "", false},
		{"behind https proxy", "mail.corp.example", "https", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/admin/", nil)
			r.Host = tt.host
			if tt.proto != "" {
				r.Header.Set("X-Forwarded-Proto", tt.proto)
			}
			if got := secureContext(r); got != tt.want {
				t.Errorf("secureContext(%s) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}

func TestLockPageNeutralisesBidiControls(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{})
	r := testRecord(LevelWarn, "https://a.example/\u202etxt.exe")
	r.Sender = "\u202emoc.lapyap@evil.example"
	r.Reasons = []Reason{{Code: "x", Text: "first message from \u202emoc.lapyap@evil.example"}}
	id := createOne(t, s, r)
	body := do(h, "GET", "/l/"+id, nil, nil).Body.String()
	if strings.Contains(body, "\u202e") || !strings.Contains(body, "[U&#43;202E]moc.lapyap@evil.example") {
		t.Errorf("bidi control reaches the page:\n%s", body)
	}
}

func TestStaticServesOnlyStatic(t *testing.T) {
	h, _, _, _ := newTestHandler(t, HandlerOptions{})
	if w := do(h, "GET", "/static/style.css", nil, nil); w.Code != 200 {
		t.Errorf("style.css = %d", w.Code)
	}
	for _, p := range []string{"/static/", "/static/%2e%2e/templates/lock.html", "/static/%2e%2e/"} {
		req := httptest.NewRequest("GET", "http://x"+p, nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 404 {
			t.Errorf("%s = %d, want 404", p, w.Code)
		}
	}
}

// TestLockPageFoldsReasons: the page shows the first four reasons (the
// heaviest: the glue stores them so) and folds the rest.
func TestLockPageFoldsReasons(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{})
	r := testRecord(LevelWarn, "https://a.example/")
	r.Reasons = nil
	for i := range 6 {
		r.Reasons = append(r.Reasons, Reason{Code: fmt.Sprintf("c%d", i), Text: fmt.Sprintf("reason number %d", i)})
	}
	body := do(h, "GET", "/l/"+createOne(t, s, r), nil, nil).Body.String()
	shown, folded, _ := strings.Cut(body, `<details id="more-reasons">`)
	if !strings.Contains(shown, "reason number 3") || strings.Contains(shown, "reason number 4") ||
		!strings.Contains(folded, "<summary>2 more</summary>") || !strings.Contains(folded, "reason number 5") {
		t.Errorf("reasons not shown four, then folded:\n%s", body)
	}
}

// An internationalised destination is shown in both forms: as DNS spells
// it and as the message and browsers show it, with a word on why; other
// hosts only once.
func TestLockPageShowsIDNInBothForms(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{})
	tests := []struct {
		name, url string
		site      string // the Site line
		looks     string // the Looks like line; "" for none
	}{
		{"homograph", "https://xn--pypal-4ve.com/signin", "xn--pypal-4ve[.]com", "p\u0430ypal[.]com"},
		{"homograph subdomain", "https://login.xn--pypal-4ve.com/", "login[.]xn--pypal-4ve[.]com", "login[.]p\u0430ypal[.]com"},
		{"right-to-left", "https://xn--mgbh0fb.xn--kgbechtv/", "xn--mgbh0fb[.]xn--kgbechtv", "\u0645\u062b\u0627\u0644[.]\u0625\u062e\u062a\u0628\u0627\u0631"},
		{"unicode stored", "https://b\u00fccher.example/", "xn--bcher-kva[.]example", "b\u00fccher[.]example"},
		{"ascii", "https://login-micros0ft.example/x", "login-micros0ft[.]example", ""},
		{"xn-- that is no punycode", "https://xn--.example/", "xn--[.]example", ""},
		{"ip", "http://198.51.100.7/", "198[.]51[.]100[.]7", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := do(h, "GET", "/l/"+createOne(t, s, testRecord(LevelHard, tt.url)), nil, nil).Body.String()
			if want := `<code id="dest-host">` + tt.site + `</code>`; !strings.Contains(body, want) {
				t.Errorf("page lacks %s", want)
			}
			looks := `<code id="dest-looks">` + tt.looks + `</code>`
			switch {
			case tt.looks == "" && strings.Contains(body, "dest-looks"):
				t.Errorf("page shows a second form of an ASCII host")
			case tt.looks != "" && (!strings.Contains(body, looks) || !strings.Contains(body, `id="looks-hint"`)):
				t.Errorf("page lacks %s and its hint", looks)
			}
		})
	}
}
