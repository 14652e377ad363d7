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
// time, quadratic in the host's length.
func TestScoreLongHostLinear(t *testing.T) {
	host := strings.Repeat("ab.", 300_000) + "example"
	in := knownInput()
	in.Links = []links.Link{web("https://"+host+"/", host, "ab.example")}
	t0 := time.Now()
	Score(testPolicy(), in)
	if d := time.Since(t0); d > 2*time.Second {
		t.Errorf("Score with a %d-byte host took %v", len(host), d)
	}
}
