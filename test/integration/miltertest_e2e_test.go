//go:build integration

package integration

import (
	"os/exec"
	"strings"
	"testing"
)

// TestMiltertestConformance runs testdata/conformance.lua with OpenDKIM's
// miltertest, a C libmilter client, against milterd.
func TestMiltertestConformance(t *testing.T) {
	bin := requireTool(t, "miltertest")
	f := startFilter(t, filterOptions{Config: milterdConfig("http://127.0.0.1:8025", false, "")})
	out, err := exec.Command(bin, "-D", "sock=inet:"+f.Port()+"@127.0.0.1", "-s", "testdata/conformance.lua").CombinedOutput()
	t.Logf("miltertest output:\n%s", out)
	if err != nil {
		t.Fatalf("miltertest: %v", err)
	}
	if n := strings.Count(string(out), "ok "); n != 4 {
		t.Errorf("miltertest reported %d ok lines, want 4", n)
	}
}
