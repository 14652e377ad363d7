package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
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
	lineartest.Check(t, "Score with a host of 300,000 labels", score(75_000), score(300_000))
}
