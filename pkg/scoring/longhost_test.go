package scoring

import (
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestScoreLongHostLinear: a text URL can carry a host of many thousand
// labels ("www.awww.awww.a..." is one host to the text scan); looking
// up each of its suffixes in the host lists hashed the whole suffix each
// time, quadratic in the host's length. Four times the host may cost at
// most ten times the time (best of three, both sizes timed at the same
// moment, so a busy machine slows both alike).
func TestScoreLongHostLinear(t *testing.T) {
	score := func(labels int) func() {
		host := strings.Repeat("ab.", labels) + "example"
		in := knownInput()
		in.Links = []links.Link{web("https://"+host+"/", host, "ab.example")}
		return func() { Score(testPolicy(), in) }
	}
	ts, tb := bestOf3(score(75_000)), bestOf3(score(300_000))
	if tb > 10*ts && tb > 200*time.Millisecond {
		t.Errorf("Score with a host of 300,000 labels took %v, of 75,000 %v: not linear", tb, ts)
	}
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
