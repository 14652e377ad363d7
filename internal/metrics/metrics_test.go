package metrics

import (
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	if w.Code != 200 {
		t.Fatalf("GET /metrics = %d", w.Code)
	}
	b, _ := io.ReadAll(w.Body)
	return string(b)
}

func TestMetrics(t *testing.T) {
	m := New(Options{DBSize: func() int64 { return 12345 }, NoRuntime: true})
	m.ObserveMessage("accept", 3*time.Millisecond)
	m.ObserveMessage("accept", 4*time.Millisecond)
	m.ObserveMessage("lock", 20*time.Millisecond)
	m.ObserveLinks("pass", 5)
	m.ObserveLinks("lock", 1)
	m.ObserveLinks("lock", 0)
	m.LockEvent("clicked")
	m.LockEvent("continued")
	m.LockEvent("requested")
	m.ObserveFlush(time.Millisecond, nil)
	m.ObserveFlush(time.Millisecond, errors.New("disk full"))
	m.FlushObserver("baseline").ObserveFlush(2*time.Millisecond, nil)
	m.Error("baseline")
	m.Error(`evil"label{with}junk`)
	body := scrape(t, m)
	for _, want := range []string{
		`firstsight_messages_total{action="accept"} 2`,
		`firstsight_messages_total{action="lock"} 1`,
		`firstsight_links_total{decision="pass"} 5`,
		`firstsight_links_total{decision="lock"} 1`,
		`firstsight_lock_events_total{event="clicked"} 1`,
		`firstsight_lock_events_total{event="continued"} 1`,
		`firstsight_lock_events_total{event="requested"} 1`,
		`firstsight_decision_seconds_count{action="accept"} 2`,
		`firstsight_flush_seconds_count{store="lock"} 2`,
		`firstsight_flush_seconds_count{store="baseline"} 1`,
		`firstsight_errors_total{kind="lock_flush"} 1`,
		`firstsight_errors_total{kind="baseline"} 1`,
		`firstsight_errors_total{kind="other"} 1`,
		`firstsight_db_size_bytes 12345`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(body, "evil") {
		t.Error("unsanitised label value exported")
	}
}

func TestRegistriesIndependent(t *testing.T) {
	a, b := New(Options{}), New(Options{})
	a.Error("x")
	if strings.Contains(scrape(t, b), `kind="x"`) {
		t.Error("metrics leak between instances")
	}
	if !strings.Contains(scrape(t, a), "go_goroutines") {
		t.Error("runtime collectors missing by default")
	}
}

func TestLabel(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "accept", "accept"},
		{"empty", "", "other"},
		{"upper", "Accept", "other"},
		{"long", strings.Repeat("a", 33), "other"},
		{"underscore", "lock_store", "lock_store"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := label(tt.in); got != tt.want {
				t.Errorf("label(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func ExampleMetrics() {
	m := New(Options{NoRuntime: true})
	m.ObserveMessage("accept", 2*time.Millisecond)
	m.ObserveLinks("pass", 3)
	// Serve m.Handler() on /metrics.
	_ = m.Handler()
	// Output:
}
