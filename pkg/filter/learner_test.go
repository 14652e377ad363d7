package filter

import (
	"context"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// countingHistory counts observations; lookups see nothing.
type countingHistory struct{ n chan struct{} }

func (c countingHistory) Lookup(baseline.Query) (baseline.Facts, error) { return baseline.Facts{}, nil }
func (c countingHistory) Observe(baseline.Observation)                  { c.n <- struct{}{} }

func TestLearnerDrainsOnClose(t *testing.T) {
	h := countingHistory{n: make(chan struct{}, 10000)}
	e := New(Options{LockBaseURL: "https://l.example"}, h, nil)
	l := newLearner(e, false)
	const n = 5000 // more than the queue holds: the rest finish inline
	for i := 0; i < n; i++ {
		r, err := e.Judge(context.Background(), []byte("From: a@x.example\r\n\r\nhi\r\n"), Envelope{MailFrom: "a@x.example", Recipients: []string{"b@y.example"}, Now: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		l.finish(r)
	}
	l.close()
	if got := len(h.n); got != n {
		t.Errorf("learned %d of %d accepted messages after close", got, n)
	}
}

// panicHistory panics on every observation.
type panicHistory struct{ countingHistory }

func (panicHistory) Observe(baseline.Observation) { panic("boom") }

func TestLearnerSurvivesPanic(t *testing.T) {
	e := New(Options{LockBaseURL: "https://l.example"}, panicHistory{}, nil)
	l := newLearner(e, false)
	panics := make(chan any, 10)
	l.onPanic = func(p any) { panics <- p }
	for i := 0; i < 3; i++ {
		r, err := e.Judge(context.Background(), []byte("From: a@x.example\r\n\r\nhi\r\n"), Envelope{MailFrom: "a@x.example", Recipients: []string{"b@y.example"}, Now: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		l.finish(r)
	}
	l.close()
	if len(panics) != 3 {
		t.Errorf("learner reported %d panics, want 3 (and kept going)", len(panics))
	}
}
