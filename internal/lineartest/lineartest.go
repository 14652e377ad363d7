// Package lineartest checks, for tests, that work grows in proportion to
// its input: it times the same work on an input and on one four times
// larger, at the same moment and best of three, so that a busy machine
// slows both alike and no wall-clock ceiling decides. Readers of hostile
// input in several packages share it.
package lineartest

import (
	"testing"
	"time"
)

// Check fails t when big, the work on four times the input of small,
// takes more than ten times as long as small (a quadratic reader takes
// sixteen) and more than 200 ms, in each of three measurements: one pause
// of a busy machine (another test package, the race detector's collector)
// must not fail it, a quadratic reader fails all three. what names the
// input in the message.
func Check(t testing.TB, what string, small, big func()) {
	t.Helper()
	var ts, tb time.Duration
	for range 3 {
		ts, tb = bestOf3(small), bestOf3(big)
		if !superlinear(ts, tb) {
			return
		}
	}
	t.Errorf("%s took %v, at a quarter of the size %v: not linear", what, tb, ts)
}

// superlinear: tb, for four times the input, is more than ten times ts
// and more than 200 ms.
func superlinear(ts, tb time.Duration) bool {
	return tb > 10*ts && tb > 200*time.Millisecond
}

// bestOf3 is the shortest of three runs of f.
func bestOf3(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		t0 := time.Now()
		f()
		best = min(best, time.Since(t0))
	}
	return best
}
