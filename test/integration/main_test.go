//go:build integration

package integration

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Paths of the binaries TestMain builds. An empty path means the build failed;
// buildErr says why, and tests that need the binary fail with it.
var (
	milterdBin, nullmilterBin string
	buildErr                  = map[string]error{}
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "firstsight-integration-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "integration:", err)
		os.Exit(1)
	}
	milterdBin = build(dir, "milterd", "github.com/firstsight/firstsight/cmd/milterd")
	nullmilterBin = build(dir, "nullmilter", "github.com/firstsight/firstsight/test/integration/internal/nullmilter")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func build(dir, name, pkg string) string {
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", out, pkg)
	if msg, err := cmd.CombinedOutput(); err != nil {
		buildErr[name] = fmt.Errorf("go build %s: %v\n%s", pkg, err, msg)
		return ""
	}
	return out
}

// inCI reports whether missing prerequisites are failures rather than skips.
func inCI() bool { return os.Getenv("CI") == "true" }

// require stops the test when a prerequisite is missing: a skip locally, a
// failure in CI.
func require(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if ok {
		return
	}
	msg := fmt.Sprintf("missing prerequisite: "+format+" (run `make deps` as root)", args...)
	if inCI() {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// requireRoot: Postfix's master and the private Sendmail must run as root.
func requireRoot(t *testing.T) {
	t.Helper()
	require(t, os.Geteuid() == 0, "root privileges")
}

// requireTool looks a program up in PATH and the sbin directories.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	path := lookTool(name)
	require(t, path != "", "%s not installed", name)
	return path
}

func lookTool(name string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, dir := range []string{"/usr/sbin", "/sbin", "/usr/local/sbin"} {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// requireBinary returns a built binary or fails the test with the build error.
// A binary that does not build is never a skip: it is the thing under test.
func requireBinary(t *testing.T, name string) string {
	t.Helper()
	path := map[string]string{"milterd": milterdBin, "nullmilter": nullmilterBin}[name]
	if path == "" {
		t.Fatalf("%s is not available: %v", name, buildErr[name])
	}
	return path
}
