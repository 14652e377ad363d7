package lock

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// destination is the local test server that stands for the real site.
type destination struct {
	srv      *httptest.Server
	mu       sync.Mutex
	hits     []string
	referers []string
}

func newDestination(t *testing.T) *destination {
	d := &destination{}
	d.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/favicon.ico" {
			http.NotFound(w, r)
			return
		}
		d.mu.Lock()
		d.hits = append(d.hits, r.URL.RequestURI())
		d.referers = append(d.referers, r.Header.Get("Referer"))
		d.mu.Unlock()
		fmt.Fprintf(w, "<!doctype html><title>dest</title><h1>Destination reached: %s</h1>", r.URL.Path)
	}))
	t.Cleanup(d.srv.Close)
	return d
}

func TestBrowserLockPages(t *testing.T) {
	bin := needChromium(t)
	dir := artifactDir(t)
	s, err := NewStore(openTestDB(t), StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	h := NewHandler(s, HandlerOptions{Contact: "helpdesk@corp.example", Organization: "Corp"}, Deps{}, nil)
	srv := httptest.NewServer(h.Public())
	defer srv.Close()
	dest := newDestination(t)
	stored := dest.srv.URL + "/landing/page?x=1"
	warn := testRecord(LevelWarn, stored)
	warn.Reasons = []Reason{{Code: "new-domain", Text: "First time anyone in your organisation received a link to this domain."},
		{Code: "lookalike", Text: `The domain looks like "microsoft.com" but is not.`}}
	warnID := createOne(t, s, warn)
	hardID := createOne(t, s, testRecord(LevelHard, dest.srv.URL+"/never"))

	b := startBrowser(t, bin)

	b.navigate(srv.URL + "/l/" + warnID)
	b.screenshot(dir, "lock-warn.png")
	mustContain(t, "warn page", b.text(), "Careful: this link looks unusual", "hxxp://127[.]0[.]0[.]1", "microsoft.com", "alice@sender.example")
	if n := b.eval("document.querySelectorAll('a').length"); n != 0.0 {
		t.Errorf("warn page has %v links, want none", n)
	}
	// No scripts (the CSP forbids them anyway) and nothing loaded from elsewhere.
	if n := b.eval("document.scripts.length"); n != 0.0 {
		t.Errorf("warn page has %v scripts", n)
	}
	if ext := b.eval("performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin)).join(' ')"); ext != "" {
		t.Errorf("warn page loaded external resources: %v", ext)
	}
	if css := b.eval("getComputedStyle(document.querySelector('main')).borderTopStyle"); css != "solid" {
		t.Errorf("embedded stylesheet not applied (border-top-style %v)", css)
	}
	// Without the confirmation the form does not submit (HTML required), and
	// the server refuses it too (see TestContinue).
	b.click("#continue")
	time.Sleep(300 * time.Millisecond)
	if !strings.HasPrefix(b.href(), srv.URL) {
		t.Fatalf("went through without confirming: %s", b.href())
	}
	b.loads(func() {
		b.click("#confirm")
		b.click("#continue")
	})
	if got := b.href(); got != stored {
		t.Errorf("after continue at %s, want the stored URL %s", got, stored)
	}
	mustContain(t, "destination", b.text(), "Destination reached: /landing/page")
	b.screenshot(dir, "lock-warn-continued.png")
	dest.mu.Lock()
	if len(dest.hits) != 1 || dest.hits[0] != "/landing/page?x=1" || dest.referers[0] != "" {
		t.Errorf("destination saw %v with referers %q", dest.hits, dest.referers)
	}
	dest.mu.Unlock()

	b.navigate(srv.URL + "/l/" + hardID)
	b.screenshot(dir, "lock-hard.png")
	mustContain(t, "hard page", b.text(), "This link is blocked", "helpdesk@corp.example")
	if n := b.eval("document.forms.length + document.querySelectorAll('a,button,input').length"); n != 0.0 {
		t.Errorf("hard page offers %v forms/links/buttons, want none", n)
	}

	lockID := createOne(t, s, testRecord(LevelLock, dest.srv.URL+"/locked"))
	b.navigate(srv.URL + "/l/" + lockID)
	mustContain(t, "lock page", b.text(), "This link is locked", "Ask for access")
	b.eval("document.querySelector('#note').value = 'I need the invoice'")
	b.loads(func() { b.click("#request") })
	mustContain(t, "after request", b.text(), "Your request has been sent")
	b.screenshot(dir, "lock-requested.png")
	if r, _ := s.Get(lockID); len(r.Requests) != 1 || r.Requests[0].Note != "I need the invoice" {
		t.Errorf("lock record requests = %+v", r.Requests)
	}

	unknown, _ := NewID()
	b.navigate(srv.URL + "/l/" + unknown)
	mustContain(t, "unknown id", b.text(), "may have expired")
	mustContain(t, "unknown id names the contact", b.text(), "helpdesk@corp.example")
	if r, _ := s.Get(warnID); r.Clicks != 1 || r.Continues != 1 {
		t.Errorf("warn record clicks=%d continues=%d, want 1, 1", r.Clicks, r.Continues)
	}
}

func TestBrowserDashboard(t *testing.T) {
	bin := needChromium(t)
	dir := artifactDir(t)
	s, err := NewStore(openTestDB(t), StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	learned := &fakeDeps{}
	h := NewHandler(s, HandlerOptions{AdminToken: testToken, Organization: "Corp"}, Deps{Learn: learned, Inspect: learned}, nil)
	srv := httptest.NewServer(h)
	defer srv.Close()
	dest := newDestination(t)

	// Seed 48 hours of traffic: 20 messages an hour with 3 links each, and
	// one locked link every third hour.
	now := time.Now()
	var wantLocked int64
	for i := range 48 {
		at := now.Add(-time.Duration(i) * time.Hour)
		for j := range 20 {
			v := VerdictRecord{Time: at, Action: "accept", Sender: "news@vendor.example", Recipients: []string{"bob@corp.example"}, LinkCount: 3}
			if j == 0 && i%3 == 0 {
				v.Action, v.LockedCount = "lock", 1
				if i < 24 {
					wantLocked++
				}
			}
			s.RecordVerdict(v)
		}
	}
	s.Flush()
	many := testRecord(LevelLock, "https://to-everyone.example/")
	many.Recipients = manyReaders(1000)
	manyID := createOne(t, s, many)
	hardID := createOne(t, s, testRecord(LevelHard, dest.srv.URL+"/released-now"))
	s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Sender: "x@evil.example", Recipients: []string{"bob@corp.example"},
		Score: 9.1, Reasons: []Reason{{Code: "lookalike", Text: `Looks like "paypal.com".`}}, ReplyTo: "corner.bakery@mail.example"})

	b := startBrowser(t, bin)
	b.navigate(srv.URL + "/admin/")
	mustContain(t, "login page", b.text(), "Admin token")
	b.eval(fmt.Sprintf("document.querySelector('#token').value = %q", "wrong"))
	b.loads(func() { b.click("#login") })
	mustContain(t, "failed login", b.text(), "Wrong token")
	b.eval(fmt.Sprintf("document.querySelector('#token').value = %q", testToken))
	b.loads(func() { b.click("#login") })
	if !strings.HasSuffix(b.href(), "/admin/") {
		t.Fatalf("after login at %s", b.href())
	}
	mustContain(t, "dashboard", b.text(), "Last 24 hours", "Recent locks", "Held messages", "Allowlist", "paypal.com")
	if got := b.eval("document.querySelector('#last24-locked').textContent"); got != fmt.Sprint(wantLocked) {
		t.Errorf("locked links in the last 24h = %v, want %d", got, wantLocked)
	}
	bars := b.eval("[...document.querySelectorAll('#chart-hourly rect.locked')].filter(r => r.getBBox().height > 0).length")
	if bars != float64(16) {
		t.Errorf("hourly chart shows %v non-empty locked bars, want 16", bars)
	}
	if seen := b.eval("[...document.querySelectorAll('#chart-hourly rect.seen')].filter(r => r.getBBox().height > 0).length"); seen.(float64) < 47 {
		t.Errorf("hourly chart shows %v non-empty links-seen bars, want >= 47", seen)
	}
	b.screenshot(dir, "dashboard.png")
	// A lock of a message to 1,000 readers names the first and folds out
	// 20; the fold-out opens without script.
	row := "#lock-" + manyID
	mustContain(t, "many recipients", b.eval(fmt.Sprintf("document.querySelector(%q).innerText", row)).(string), "reader0@corp.example (+999 more)")
	if open := b.eval(fmt.Sprintf("document.querySelector('%s details.rcpts').open", row)); open != false {
		t.Errorf("recipients fold-out open = %v before a click", open)
	}
	b.click(row + " details.rcpts summary")
	mustContain(t, "opened fold-out", b.eval(fmt.Sprintf("document.querySelector(%q).innerText", row)).(string), "reader19@corp.example", "and 980 more: milterd locks "+manyID)
	b.eval(fmt.Sprintf("document.querySelector(%q).scrollIntoView()", row))
	b.screenshot(dir, "dashboard-recipients.png")

	b.loads(func() { b.click("#release-" + hardID) })
	mustContain(t, "after release", b.text(), "Lock released")
	b.screenshot(dir, "dashboard-released.png")
	if r, _ := s.Get(hardID); !r.Released {
		t.Fatal("release did not reach the store")
	}
	if len(learned.learned) != 1 {
		t.Errorf("release taught the baseline %d times, want 1", len(learned.learned))
	}
	// The held message's second button releases it and trusts its Reply-To.
	mustContain(t, "held message with a Reply-To", b.text(), "Release and trust replies to corner.bakery@mail.example")
	b.loads(func() { b.click("#qtrust-4QaBc9") })
	mustContain(t, "after release and trust", b.text(), "is trusted now", "trusted by a release on")
	b.screenshot(dir, "dashboard-trusted.png")
	if len(learned.learned) != 2 || learned.learned[1].ReplyTo != "corner.bakery@mail.example" {
		t.Errorf("release and trust taught %+v, want the Reply-To", learned.learned)
	}
	// The release takes effect on the lock page: the reader can now go through.
	b.navigate(srv.URL + "/l/" + hardID)
	mustContain(t, "released lock page", b.text(), "This link was unlocked")
	b.loads(func() { b.click("#continue") })
	if got := b.href(); got != dest.srv.URL+"/released-now" {
		t.Errorf("after continue on released lock at %s", got)
	}
}
