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
