package links

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// lockEvil chooses every rewritable link whose domain contains "evil".
func lockEvil(ls []Link) map[Ref]string {
	m := map[Ref]string{}
	for i, l := range ls {
		if l.Rewritable() && strings.Contains(l.Domain, "evil") {
			m[l.Ref()] = fmt.Sprintf("https://lock.example/l/%d?a=1&b=2", i)
		}
	}
	return m
}

func describe(ls []Link) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "part=%q %d:%d kind=%s clickable=%v\n  raw=%q\n  url=%q host=%q uhost=%q domain=%q flags=%s\n",
			l.Part, l.Start, l.End, l.Kind, l.Clickable, l.Raw, l.URL, l.Host, l.UnicodeHost, l.Domain, l.Flags)
		if len(l.Chain) > 0 {
			fmt.Fprintf(&b, "  chain=%q\n", l.Chain)
		}
		if l.Display != "" || l.DisplayHost != "" {
			fmt.Fprintf(&b, "  display=%q displayhost=%q\n", l.Display, l.DisplayHost)
		}
		fmt.Fprintf(&b, "  context=%q\n", l.Context)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.eml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		t.Run(name, func(t *testing.T) {
			msg, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenRun(t, name, msg)
			gf := strings.TrimSuffix(f, ".eml") + ".golden"
			if *update {
				if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("golden %s differs:\n%s", name, firstDiff(got, string(want)))
			}
		})
	}
}

// goldenRun extracts, rewrites the evil links and checks the invariants.
func goldenRun(t *testing.T, name string, msg []byte) string {
	ls, err := Extract(msg, Options{})
	var b strings.Builder
	fmt.Fprintf(&b, "# extract: %d links, err=%v\n%s", len(ls), err, describe(ls))
	repl := lockEvil(ls)
	out, err := Rewrite(msg, repl, Options{})
	fmt.Fprintf(&b, "# rewrite %d links, err=%v, signed=%v\n", len(repl), err, Signed(msg))
	if errors.Is(err, ErrSigned) {
		if !bytes.Equal(out, msg) {
			t.Errorf("Rewrite(%s) changed a signed message", name)
		}
		return b.String()
	}
	if err != nil {
		t.Errorf("Rewrite(%s) error %v", name, err)
	}
	checkRewrite(t, name, msg, out, repl)
	checkQPLines(t, name, msg, out)
	b.Write(out)
	after, _ := Extract(out, Options{})
	fmt.Fprintf(&b, "\n# re-extract: %d links\n", len(after))
	for _, l := range after {
		fmt.Fprintf(&b, "%s %s %s\n", l.Part, l.Kind, l.URL)
	}
	return b.String()
}

// checkRewrite asserts the rewrite invariants: same top-level header, the
// lock URLs present, no clickable evil link left.
func checkRewrite(t *testing.T, name string, msg, out []byte, repl map[Ref]string) {
	t.Helper()
	hdr := msg[:len(msg)-len(Body(msg))]
	if !bytes.HasPrefix(out, hdr) {
		t.Errorf("Rewrite(%s) changed the top-level header", name)
	}
	if len(repl) == 0 {
		return
	}
	after, err := Extract(out, Options{})
	if err != nil && !errors.Is(err, ErrMalformed) {
		t.Errorf("Extract(rewritten %s) error %v", name, err)
	}
	found := map[string]bool{}
	for _, l := range after {
		found[l.URL] = true
		if l.Rewritable() && strings.Contains(l.Domain, "evil") {
			t.Errorf("Extract(rewritten %s) still finds %s (%s)", name, l.URL, l.Kind)
		}
	}
	for _, r := range repl {
		if !found[r] {
			t.Errorf("Extract(rewritten %s) does not find lock URL %s", name, r)
		}
	}
}

func firstDiff(got, want string) string {
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, g, w)
		}
	}
	return "(equal?)"
}

// checkQPLines asserts that lines introduced by a rewrite of a
// quoted-printable part (the qp fixture) stay within 76 characters.
func checkQPLines(t *testing.T, name string, msg, out []byte) {
	t.Helper()
	if name != "qp" {
		return
	}
	old := map[string]bool{}
	for _, l := range strings.Split(string(msg), "\r\n") {
		old[l] = true
	}
	for _, l := range strings.Split(string(out), "\r\n") {
		if !old[l] && len(l) > 76 {
			t.Errorf("Rewrite(%s) wrote a %d-character line: %q", name, len(l), l)
		}
	}
}
