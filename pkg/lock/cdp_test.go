package lock

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// This file drives headless Chromium over the DevTools protocol with the
// standard library only: --remote-debugging-pipe reads commands on fd 3 and
// writes replies and events on fd 4, each JSON message ending in a NUL byte.

// needChromium returns the browser binary, or skips the test when there is
// none, unless CI=true, where a missing browser is a failure.
func needChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("FIRSTSIGHT_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found and CI=true: install it (scripts/install-test-deps.sh)")
	}
	t.Skip("chromium not found; set CI=true to make this a failure")
	return ""
}

// artifactDir is where screenshots go: $FIRSTSIGHT_ARTIFACTS, or
// testdata/artifacts (not committed).
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("FIRSTSIGHT_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

type cdpMsg struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    any             `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     json.RawMessage `json:"error,omitempty"`
}

type browser struct {
	t       *testing.T
	cmd     *exec.Cmd
	in      *os.File
	mu      sync.Mutex
	nextID  int
	waiting map[int]chan cdpMsg
	events  chan cdpMsg
	session string
}

const cdpTimeout = 15 * time.Second

// startBrowser launches Chromium and opens one page; it is closed when the
// test ends.
func startBrowser(t *testing.T, bin string) *browser {
	t.Helper()
	toChrome, chromeIn, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	chromeOut, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--no-sandbox", "--remote-debugging-pipe", "--user-data-dir=" + t.TempDir(),
		"--window-size=1200,900", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
		"--disable-background-networking", "--disable-sync", "--disable-component-update", "about:blank"}
	cmd := exec.Command(bin, args...)
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	toChrome.Close()
	fromChrome.Close()
	b := &browser{t: t, cmd: cmd, in: chromeIn, waiting: map[int]chan cdpMsg{}, events: make(chan cdpMsg, 512)}
	go b.read(bufio.NewReader(chromeOut))
	t.Cleanup(b.close)
	b.openPage()
	return b
}

func (b *browser) read(r *bufio.Reader) {
	for {
		raw, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMsg
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.waiting[m.ID]
			delete(b.waiting, m.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		select {
		case b.events <- m:
		default:
		}
	}
}

func (b *browser) close() {
	done := make(chan struct{})
	go func() {
		b.callSession("", "Browser.close", nil)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
	}
	b.in.Close()
	exited := make(chan error, 1)
	go func() { exited <- b.cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		b.cmd.Process.Kill()
		<-exited
	}
}

// callSession sends a command and waits for its reply.
func (b *browser) callSession(session, method string, params any) (json.RawMessage, error) {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpMsg, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	raw, err := json.Marshal(cdpMsg{ID: id, Method: method, Params: params, SessionID: session})
	if err != nil {
		return nil, err
	}
	if _, err := b.in.Write(append(raw, 0)); err != nil {
		return nil, fmt.Errorf("cdp write %s: %w", method, err)
	}
	select {
	case m := <-ch:
		if len(m.Error) > 0 {
			return nil, fmt.Errorf("cdp %s: %s", method, m.Error)
		}
		return m.Result, nil
	case <-time.After(cdpTimeout):
		return nil, fmt.Errorf("cdp %s: no reply in %v", method, cdpTimeout)
	}
}

func (b *browser) call(method string, params any, out any) {
	b.t.Helper()
	res, err := b.callSession(b.session, method, params)
	if err != nil {
		b.t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(res, out); err != nil {
			b.t.Fatalf("cdp %s: decode: %v", method, err)
		}
	}
}

func (b *browser) openPage() {
	b.t.Helper()
	var target struct{ TargetID string }
	res, err := b.callSession("", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		b.t.Fatal(err)
	}
	json.Unmarshal(res, &target)
	var att struct{ SessionID string }
	res, err = b.callSession("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true})
	if err != nil {
		b.t.Fatal(err)
	}
	json.Unmarshal(res, &att)
	b.session = att.SessionID
	b.call("Page.enable", nil, nil)
}

// loads runs action and waits until a page load completes.
func (b *browser) loads(action func()) {
	b.t.Helper()
	for drained := false; !drained; {
		select {
		case <-b.events:
		default:
			drained = true
		}
	}
	action()
	deadline := time.After(cdpTimeout)
	for {
		select {
		case m := <-b.events:
			if m.Method == "Page.loadEventFired" && m.SessionID == b.session {
				return
			}
		case <-deadline:
			b.t.Fatalf("page did not load within %v", cdpTimeout)
		}
	}
}

func (b *browser) navigate(url string) {
	b.t.Helper()
	b.loads(func() { b.call("Page.navigate", map[string]any{"url": url}, nil) })
}

// eval evaluates a JavaScript expression in the page and returns its value.
// (The pages need no JavaScript; the test uses it to look and to click.)
func (b *browser) eval(expr string) any {
	b.t.Helper()
	var res struct {
		Result           struct{ Value any }
		ExceptionDetails json.RawMessage
	}
	b.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res)
	if len(res.ExceptionDetails) > 0 {
		b.t.Fatalf("eval %q: %s", expr, res.ExceptionDetails)
	}
	return res.Result.Value
}

func (b *browser) text() string {
	b.t.Helper()
	s, _ := b.eval("document.body ? document.body.innerText : ''").(string)
	return s
}

func (b *browser) href() string {
	b.t.Helper()
	s, _ := b.eval("location.href").(string)
	return s
}

func (b *browser) click(selector string) {
	b.t.Helper()
	if ok, _ := b.eval(fmt.Sprintf("(() => { const e = document.querySelector(%q); if (!e) return false; e.click(); return true })()", selector)).(bool); !ok {
		b.t.Fatalf("no element %s on %s", selector, b.href())
	}
}

// screenshot saves a full-page PNG into the artifact directory.
func (b *browser) screenshot(dir, name string) {
	b.t.Helper()
	var res struct{ Data string }
	b.call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true}, &res)
	png, err := base64.StdEncoding.DecodeString(res.Data)
	if err != nil || len(png) < 1000 {
		b.t.Fatalf("screenshot %s: %d bytes, %v", name, len(png), err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot: %s (%d bytes)", path, len(png))
}

func mustContain(t *testing.T, where, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q; got:\n%s", where, w, got)
		}
	}
}
