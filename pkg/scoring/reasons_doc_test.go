package scoring

import (
	"os"
	"strings"
	"testing"
)

// docs/reasons.md, the administrators' reference, names every reason code
// and every weight key.
func TestReasonsDocComplete(t *testing.T) {
	b, err := os.ReadFile("../../docs/reasons.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	for c := range knownCodes {
		if !strings.Contains(doc, "`"+c+"`") {
			t.Errorf("docs/reasons.md does not name the reason code %s", c)
		}
	}
	for _, key := range weightKeys() {
		if !strings.Contains(doc, "`"+key+"`") {
			t.Errorf("docs/reasons.md does not name the weight key %s", key)
		}
	}
}

// The codes docs/reasons.md lists under "Context that lowers risk" are
// the ones Reason.Lowers counts on the reader's side at any weight.
func TestContextCodesMatchTheDoc(t *testing.T) {
	b, err := os.ReadFile("../../docs/reasons.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, _ := strings.Cut(string(b), "## Context that lowers risk")
	sec, _, _ = strings.Cut(sec, "\n## ")
	doc := map[string]bool{}
	for _, line := range strings.Split(sec, "\n") {
		if code, ok := strings.CutPrefix(line, "| `"); ok {
			code, _, _ = strings.Cut(code, "`")
			doc[code] = true
		}
	}
	if len(doc) == 0 {
		t.Fatal("no context codes found in docs/reasons.md")
	}
	for c := range doc {
		if !contextCodes[c] {
			t.Errorf("%s is context in docs/reasons.md but not in contextCodes", c)
		}
	}
	for c := range contextCodes {
		if !doc[c] {
			t.Errorf("%s is in contextCodes but not under context in docs/reasons.md", c)
		}
	}
}

func TestReasonLowers(t *testing.T) {
	for _, tc := range []struct {
		r    Reason
		want bool
	}{
		{Reason{Code: CodeSolicited, Weight: -0.3}, true},
		{Reason{Code: CodeSolicited, Weight: 0}, true}, // a credit with no risk to offset still says who wrote
		{Reason{Code: CodeOrgFirstSeen, Weight: 0.3}, false},
		{Reason{Code: CodeNotClickable, Weight: 0}, false},
		{Reason{Code: CodeQuarantine, Weight: 0}, false},
	} {
		if got := tc.r.Lowers(); got != tc.want {
			t.Errorf("%s at %v: Lowers %v, want %v", tc.r.Code, tc.r.Weight, got, tc.want)
		}
	}
}
