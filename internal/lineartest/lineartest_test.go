package lineartest

import (
	"testing"
	"time"
)

// recorder is a testing.TB that records whether Check failed it.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }

func TestCheck(t *testing.T) {
	sleep := func(d time.Duration) func() { return func() { time.Sleep(d) } }
	for _, tc := range []struct {
		name       string
		small, big func()
		fail       bool
	}{
		{"linear", sleep(20 * time.Millisecond), sleep(80 * time.Millisecond), false},
		{"quadratic", sleep(5 * time.Millisecond), sleep(250 * time.Millisecond), true},
		{"fast either way", sleep(0), sleep(50 * time.Millisecond), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Check(r, tc.name, tc.small, tc.big)
			if r.failed != tc.fail {
				t.Errorf("failed = %v, want %v", r.failed, tc.fail)
			}
		})
	}
}

func TestCheckForgivesOnePause(t *testing.T) {
	n := 0
	big := func() {
		n++
		if n <= 3 { // the first measurement's three runs are all slow
			time.Sleep(250 * time.Millisecond)
		}
	}
	r := &recorder{TB: t}
	Check(r, "one pause", func() { time.Sleep(time.Millisecond) }, big)
	if r.failed {
		t.Error("one slow measurement failed Check; a second one was fast")
	}
}
