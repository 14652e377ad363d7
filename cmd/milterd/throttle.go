package main

import (
	"log/slog"
	"sync"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
)

// errorThrottle logs a recurring background error at most once per period,
// with the number of failures in between, so a full disk writes one clear
// line a minute instead of five a second.
type errorThrottle struct {
	log    *slog.Logger
	msg    string
	period time.Duration
	now    func() time.Time

	mu         sync.Mutex
	last       time.Time
	suppressed int
}

func (t *errorThrottle) report(err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if !t.last.IsZero() && now.Sub(t.last) < t.period {
		t.suppressed++
		return
	}
	t.log.Error(t.msg, "err", err, "repeats_since_last_line", t.suppressed)
	t.last, t.suppressed = now, 0
}

// loggedFlush passes each lock-store flush to metrics and reports a failed
// one through a throttle: the write-behind verdict log otherwise fails
// silently (on a full disk, one line a minute).
type loggedFlush struct {
	next lock.FlushObserver
	th   *errorThrottle
}

func (f loggedFlush) ObserveFlush(d time.Duration, err error) {
	f.next.ObserveFlush(d, err)
	if err != nil {
		f.th.report(err)
	}
}
