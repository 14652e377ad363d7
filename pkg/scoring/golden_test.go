package scoring

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current verdicts")

// goldenCase is a synthetic message: an optional policy override and the input.
type goldenCase struct {
	Policy *Policy `json:"policy,omitempty"`
	Input  Input   `json:"input"`
}

// TestGolden scores every testdata/*.json and compares the verdict with
// testdata/<case>.golden. Refresh with: go test ./pkg/scoring -run Golden -update
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			got := scoreFile(t, f)
			gf := strings.TrimSuffix(f, ".json") + ".golden"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Score(%s) =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
}

func scoreFile(t *testing.T, f string) []byte {
	t.Helper()
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	var c goldenCase
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	p := DefaultPolicy()
	p.InternalDomains = []string{"corp.example"}
	if c.Policy != nil {
		p = *c.Policy
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	out, err := json.MarshalIndent(Score(p, c.Input), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}
