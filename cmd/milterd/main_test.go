package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/freeport"
)

func TestRunExitCodes(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[limits]\nmax_links = 3\nnonsense = true\n"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		out  string // substring of stdout+stderr
	}{
		{"version", []string{"-version"}, 0, "milterd "},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"bad flag", []string{"serve", "-nope"}, 2, "flag provided but not defined"},
		{"check good config", []string{"-check-config", "-config", "../../deploy/milterd.toml"}, 0, "configuration ok"},
		{"check bad config names key and line", []string{"-check-config", "-config", bad}, 2, `bad.toml:3: unknown key "limits.nonsense"`},
		{"missing config file", []string{"-config", "/nonexistent/x.toml"}, 2, "no such file"},
		{"bad listen flag", []string{"-check-config", "-listen", "10025"}, 2, "listen"},
		{"replay needs a path", []string{"replay"}, 2, "usage"},
		// A command after serve's flags exited 2 without a word.
		{"serve with an argument", []string{"-check-config", "-config", "../../deploy/milterd.toml", "explain"}, 2, `serve: unexpected argument "explain"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			code := run(context.Background(), tt.args, &out, &out)
			if code != tt.code || !strings.Contains(out.String(), tt.out) {
				t.Errorf("run(%q) = %d, output %q; want %d and %q", tt.args, code, out.String(), tt.code, tt.out)
			}
		})
	}
}

// syncBuf is a goroutine-safe log sink.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// freeAddr returns a loopback address to listen on (freeport).
func freeAddr(t *testing.T) string { return freeport.Addr(t) }

// startDaemon runs serve in-process until the returned cancel is called.
func startDaemon(t *testing.T, db string, extra ...string) (logs *syncBuf, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs = &syncBuf{}
	done := make(chan int, 1)
	args := append([]string{"-listen", "inet:" + freeAddr(t), "-http", freeAddr(t), "-db", db}, extra...)
	go func() { done <- run(ctx, args, io.Discard, logs) }()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), "milterd ready") {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("daemon did not start: %s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return logs, func() int { cancel(); return <-done }
}

func TestSecondInstanceFailsFast(t *testing.T) {
	db := filepath.Join(t.TempDir(), "state", "fs.db")
	logs, stop := startDaemon(t, db)
	if !strings.Contains(logs.String(), `msg="milter listening" addr=127.0.0.1:`) {
		t.Errorf("bound address not logged: %s", logs.String())
	}
	var out bytes.Buffer
	start := time.Now()
	code := run(context.Background(), []string{"-listen", "inet:" + freeAddr(t), "-http", freeAddr(t), "-db", db}, io.Discard, &out)
	if code != 1 || !strings.Contains(out.String(), fmt.Sprintf("is locked by the running milterd (pid %d)", os.Getpid())) || time.Since(start) > 5*time.Second {
		t.Errorf("second instance: code %d after %v, output %q", code, time.Since(start), out.String())
	}
	if code := stop(); code != 0 {
		t.Errorf("first instance exit code %d on cancel; logs %s", code, logs.String())
	}
	if !strings.Contains(logs.String(), "stopped cleanly") {
		t.Errorf("no clean stop logged: %s", logs.String())
	}
}

// A DB written by a build with another baseline schema: the daemon refuses
// it with the way out, reset-baseline asks for -yes, then clears the
// history, and the daemon starts again on the same file.
func TestResetBaselineAfterSchemaChange(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fs.db")
	_, stop := startDaemon(t, db)
	if code := stop(); code != 0 {
		t.Fatalf("first start: exit %d", code)
	}
	b, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("baseline/meta")).Put([]byte("schema"), []byte{0, 0, 0, 1})
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := run(context.Background(), []string{"-listen", "inet:" + freeAddr(t), "-http", freeAddr(t), "-db", db}, io.Discard, &out)
	if code == 0 || !strings.Contains(out.String(), "milterd reset-baseline -yes") {
		t.Fatalf("start on an old schema: exit %d, output %q; want a failure naming reset-baseline", code, out.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"reset-baseline", "-db", db}, &out, &out); code != 2 || !strings.Contains(out.String(), "-yes") {
		t.Errorf("reset-baseline without -yes: exit %d, output %q", code, out.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"reset-baseline", "-yes", "-db", db}, &out, &out); code != 0 || !strings.Contains(out.String(), "lock records kept") {
		t.Fatalf("reset-baseline -yes: exit %d, output %q", code, out.String())
	}
	_, stop = startDaemon(t, db)
	if code := stop(); code != 0 {
		t.Errorf("start after reset: exit %d", code)
	}
}

func TestReplayWritesDecisionsForTestWindow(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "stream.json"), []byte(`{"first_test_file":"000003.eml"}`), 0o644)
	msgs := []string{
		"Return-Path: <bob@partner.example>\nDelivered-To: alice@corp.example\nFrom: bob@partner.example\nDate: Mon, 2 Apr 2001 10:00:00 +0000\nSubject: hi\n\nsee https://www.partner.example/a\n",
		"Return-Path: <bob@partner.example>\nDelivered-To: alice@corp.example\nFrom: bob@partner.example\nDate: Tue, 3 Apr 2001 10:00:00 +0000\nSubject: hi\n\nsee https://www.partner.example/b\n",
		"Return-Path: <bob@partner.example>\nDelivered-To: alice@corp.example\nFrom: bob@partner.example\nDate: Wed, 4 Apr 2001 10:00:00 +0000\nSubject: hi\n\nsee https://www.partner.example/c\n",
		"Return-Path: <x@paypa1-secure.top>\nDelivered-To: alice@corp.example\nFrom: PayPal <x@paypa1-secure.top>\nDate: Wed, 4 Apr 2001 11:00:00 +0000\nSubject: verify your account\nContent-Type: text/html\n\n<a href=\"http://203.0.113.9/paypal/login\">https://www.paypal.com/</a> verify your password\n",
	}
	for i, m := range msgs {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.eml", i+1)), []byte(m), 0o644)
	}
	out := filepath.Join(t.TempDir(), "d.jsonl")
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"replay", "-q", "-o", out, dir}, io.Discard, &errb); code != 0 {
		t.Fatalf("replay exit %d: %s", code, errb.String())
	}
	lines := readDecisions(t, out)
	if len(lines) != 2 || lines[0].File != "000003.eml" || lines[1].File != "000004.eml" {
		t.Fatalf("decisions = %+v, want the two test-window files", lines)
	}
	if lines[1].Action == "accept" || lines[1].Score <= lines[0].Score {
		t.Errorf("phish %+v not riskier than the familiar %+v", lines[1], lines[0])
	}
	if !strings.Contains(errb.String(), "replay summary: 2 messages learned from, 2 decided") {
		t.Errorf("summary missing: %s", errb.String())
	}
}

func TestAdminOnlyOnLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{{"127.0.0.1:8025", true}, {"[::1]:8025", true}, {"localhost:8025", true}, {"0.0.0.0:8025", false}, {"192.0.2.1:80", false}, {":8025", false}}
	for _, tt := range tests {
		if got := loopback(tt.addr); got != tt.want {
			t.Errorf("loopback(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestDaemonHTTPRoutes(t *testing.T) {
	logs, stop := startDaemon(t, filepath.Join(t.TempDir(), "fs.db"))
	defer stop()
	m := regexp.MustCompile(`msg="http listening" addr=(\S+)`).FindStringSubmatch(logs.String())
	if m == nil {
		t.Fatalf("no http address logged: %s", logs.String())
	}
	tests := []struct {
		path string
		code int
		body string
	}{
		{"/metrics", 200, "firstsight_"},
		{"/api/verdicts", 403, ""},             // no token configured: admin API disabled
		{"/l/AAAAAAAAAAAAAAAAAAAAAA", 404, ""}, // unknown lock ID
	}
	for _, tt := range tests {
		resp, err := http.Get("http://" + m[1] + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code || !strings.Contains(string(b), tt.body) {
			t.Errorf("GET %s = %d %.80q, want %d containing %q", tt.path, resp.StatusCode, b, tt.code, tt.body)
		}
	}
}

func TestErrorThrottle(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(0, 0)
	th := &errorThrottle{log: slog.New(slog.NewTextHandler(&buf, nil)), msg: "disk", period: time.Minute, now: func() time.Time { return now }}
	for i := 0; i < 300; i++ { // five a second for a minute
		th.report(fmt.Errorf("no space left on device"))
		now = now.Add(200 * time.Millisecond)
	}
	th.report(fmt.Errorf("no space left on device"))
	lines := strings.Count(buf.String(), "msg=disk")
	if lines != 2 || !strings.Contains(buf.String(), "repeats_since_last_line=299") {
		t.Errorf("throttled log = %d lines:\n%s", lines, buf.String())
	}
}

type sendersStub struct {
	n   int
	err error
}

func (s sendersStub) Senders(limit int) (int, error) { return min(s.n, limit), s.err }

// milterd says at start when internal_domains is empty, and only then.
func TestWarnIfNoInternal(t *testing.T) {
	for _, tc := range []struct {
		domains []string
		warn    bool
	}{{nil, true}, {[]string{}, true}, {[]string{"corp.example"}, false}} {
		var b bytes.Buffer
		warnIfNoInternal(tc.domains, slog.New(slog.NewTextHandler(&b, nil)))
		if got := strings.Contains(b.String(), "internal_domains is empty"); got != tc.warn {
			t.Errorf("%v: logged %q, want a warning %v", tc.domains, b.String(), tc.warn)
		}
	}
}

// milterd says at start when its history needs a warm-up, and only then.
func TestWarnIfCold(t *testing.T) {
	for _, tc := range []struct {
		name string
		h    sendersStub
		want string // "" when nothing is logged
	}{
		{"empty history", sendersStub{n: 0}, "history is nearly empty"},
		{"a few senders", sendersStub{n: coldHistory - 1}, "replay -learn-only"},
		{"warm", sendersStub{n: 5000}, ""},
		{"unreadable", sendersStub{err: errors.New("boom")}, "cannot tell how much history"},
	} {
		var b bytes.Buffer
		warnIfCold(tc.h, slog.New(slog.NewTextHandler(&b, nil)))
		if got := b.String(); tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: logged %q, want %q", tc.name, got, tc.want)
		}
	}
}

// Lock links that point at loopback while the lock page listens beyond it
// would lead readers nowhere: milterd says so at start.
func TestWarnIfLocalLockURL(t *testing.T) {
	for _, tc := range []struct {
		http, base string
		warn       bool
	}{
		{"127.0.0.1:8025", "http://127.0.0.1:8025", false},
		{"0.0.0.0:8025", "http://127.0.0.1:8025", true},
		{"0.0.0.0:8025", "http://localhost:8025", true},
		{"[::]:8025", "http://[::1]:8025", true},
		{"0.0.0.0:8025", "https://lock.corp.example", false},
		{"unix:/run/fs/http.sock", "http://127.0.0.1:8025", true},
		{"127.0.0.1:9025", "http://127.0.0.1:8025", true}, // http moved, lock_base_url left at its default
		{"127.0.0.1:9025", "http://localhost:9025/", false},
		{"127.0.0.1:80", "http://127.0.0.1", false},
		{"127.0.0.1:8025", "https://127.0.0.1", true},
		{"127.0.0.1:9025", "https://lock.corp.example", false}, // a proxy in front
	} {
		c := config.Default()
		c.HTTP, c.LockBaseURL = tc.http, tc.base
		var b bytes.Buffer
		warnIfLocalLockURL(c, slog.New(slog.NewTextHandler(&b, nil)))
		if got := strings.Contains(b.String(), "lock_base_url points at"); got != tc.warn {
			t.Errorf("http %s, lock_base_url %s: logged %q, want a warning %v", tc.http, tc.base, b.String(), tc.warn)
		}
	}
}

type flushCount struct{ n, errs int }

func (f *flushCount) ObserveFlush(_ time.Duration, err error) {
	f.n++
	if err != nil {
		f.errs++
	}
}

// A failed verdict-log flush reaches the metrics and, throttled, the log.
func TestLoggedFlush(t *testing.T) {
	var buf bytes.Buffer
	met := &flushCount{}
	f := loggedFlush{met, &errorThrottle{log: slog.New(slog.NewTextHandler(&buf, nil)), msg: "verdict log write failed", period: time.Minute, now: time.Now}}
	f.ObserveFlush(time.Millisecond, nil)
	for range 5 {
		f.ObserveFlush(time.Millisecond, errors.New("no space left on device"))
	}
	if met.n != 6 || met.errs != 5 || strings.Count(buf.String(), "verdict log write failed") != 1 {
		t.Errorf("metrics %d flushes %d errors; log %q", met.n, met.errs, buf.String())
	}
}
