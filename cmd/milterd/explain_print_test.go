package main

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// The explain table's columns are as wide as the links' own cells: a
// link's reasons, printed under it, do not widen the HOST column.
func TestPrintExplanationColumns(t *testing.T) {
	long := scoring.Reason{Code: "org_first_seen", Text: strings.Repeat("no message to anyone here has linked to it before ", 4)}
	x := filter.Explanation{Action: "lock", Score: 1.25, Links: []filter.LinkExplained{
		{Decision: "lock", Score: 1.25, Kind: "href", Host: "a.example", Unwrapped: "https://a.example/x", Reasons: []scoring.Reason{long}},
		{Decision: "keep", Score: 0, Kind: "href", Host: "bb.example", Unwrapped: "https://bb.example/"},
	}}
	var b strings.Builder
	printExplanation(&b, x)
	out := b.String()
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "DECISION") {
			if i := strings.Index(l, "UNWRAPPED"); i < 0 || i > 40 {
				t.Fatalf("header %q: UNWRAPPED at %d, want the HOST column as wide as its hosts", l, i)
			}
		}
	}
	if !strings.Contains(out, long.Text) || !strings.Contains(out, "https://bb.example/") {
		t.Errorf("output lacks a reason or a link:\n%s", out)
	}
}
