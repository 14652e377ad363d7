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

// The sentences are read by the people mail is sent to, on the lock page:
// they name the mail system, not the program (milterd), and no encoding
// (ASCII) a reader cannot be expected to know.
func TestReasonTextsSpeakToReaders(t *testing.T) {
	for c := range knownCodes {
		for _, a := range []string{"x.example", "held", "sealed", "cut", ""} {
			for _, b := range []string{"y.example", "QR", "message", "pdf", "dmarc", ""} {
				text := evid{code: c, a: a, b: b, n: [3]int32{2, 3, 4}}.text()
				for _, word := range []string{"milterd", "ASCII"} {
					if strings.Contains(text, word) {
						t.Errorf("%s (a=%q b=%q): %q names %s", c, a, b, text, word)
					}
				}
			}
		}
	}
}
