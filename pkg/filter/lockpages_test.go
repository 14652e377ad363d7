package filter

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// TestLockPagesSharedPlace: two locked links at one place (a form judged
// both with and without a field in doubt) rewrite it to the riskier one's
// lock page, whatever their order; places of their own keep their page.
func TestLockPagesSharedPlace(t *testing.T) {
	shared, own := links.Ref{Part: "1", Start: 161}, links.Ref{Part: "1", Start: 300}
	decoy := Locked{Decision: scoring.LinkDecision{Lock: true, Score: 1.2}, Refs: []links.Ref{shared}}
	lure := Locked{Decision: scoring.LinkDecision{Lock: true, Score: 2.4}, Refs: []links.Ref{shared}}
	other := Locked{Decision: scoring.LinkDecision{Lock: true, Score: 1.1}, Refs: []links.Ref{own}}
	for _, tc := range []struct {
		name   string
		locked []Locked
		want   string
	}{
		{"riskier last", []Locked{decoy, lure, other}, "b/l/2"},
		{"riskier first", []Locked{lure, decoy, other}, "b/l/1"},
	} {
		repl := lockPages(tc.locked, []string{"1", "2", "3"}, "b")
		if repl[shared] != tc.want || repl[own] != "b/l/3" {
			t.Errorf("%s: %v, want %s at the shared place and b/l/3 at the other", tc.name, repl, tc.want)
		}
	}
}
