package bench

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/links"
)

// testMessages reads FIRSTSIGHT_BENCH_DIR/test; the benchmark is skipped
// without them.
func testMessages(b *testing.B) [][]byte {
	msgs := readDir(b, filepath.Join(benchDir(b), "test"))
	if len(msgs) == 0 {
		b.Skip("no test messages")
	}
	return msgs
}

// BenchmarkExtractSet is links.Extract alone over FIRSTSIGHT_BENCH_DIR/test.
func BenchmarkExtractSet(b *testing.B) {
	msgs := testMessages(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		links.Extract(msgs[i%len(msgs)], links.Options{})
		i++
	}
}

// BenchmarkSignedSet is links.Signed alone over FIRSTSIGHT_BENCH_DIR/test.
func BenchmarkSignedSet(b *testing.B) {
	msgs := testMessages(b)
	i := 0
	for b.Loop() {
		links.Signed(msgs[i%len(msgs)])
		i++
	}
}

// TestDigest prints a digest of everything the decision depends on, for
// every message of FIRSTSIGHT_DIGEST_DIR (a `milterload gen -learn` set):
// the links of each test message, and the verdicts of the engine after
// learning the learn set. Run it before and after a performance change:
// the digests must be equal. FIRSTSIGHT_DIGEST_OUT=file also writes the
// per-message lines, to find the first difference.
func TestDigest(t *testing.T) {
	dir := os.Getenv("FIRSTSIGHT_DIGEST_DIR")
	if dir == "" {
		t.Skip("FIRSTSIGHT_DIGEST_DIR not set")
	}
	t.Setenv("FIRSTSIGHT_BENCH_DIR", dir)
	r := newRig(t)
	var out *os.File
	if p := os.Getenv("FIRSTSIGHT_DIGEST_OUT"); p != "" {
		var err error
		if out, err = os.Create(p); err != nil {
			t.Fatal(err)
		}
		defer out.Close()
	}
	linksSum, verdictSum := sha256.New(), sha256.New()
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for i, m := range r.test {
		ls, err := links.Extract(m, links.Options{})
		j, _ := json.Marshal(struct {
			L   []links.Link
			Err string
			S   bool
		}{ls, fmt.Sprint(err), links.Signed(m)})
		linksSum.Write(j)
		res, derr := r.engine.Decide(context.Background(), m, filter.HeaderEnvelope(m, now))
		v, _ := json.Marshal(struct {
			Err string
			R   any
		}{fmt.Sprint(derr), digestResult(m, res)})
		verdictSum.Write(v)
		if out != nil {
			fmt.Fprintf(out, "%d %x %x\n", i, sha256.Sum256(j), sha256.Sum256(v))
			if os.Getenv("FIRSTSIGHT_DIGEST_FULL") != "" {
				fmt.Fprintf(out, "%s\n", v)
			}
		}
	}
	t.Logf("messages %d", len(r.test))
	t.Logf("links digest %x", linksSum.Sum(nil))
	t.Logf("verdict digest %x", verdictSum.Sum(nil))
}

// digestResult is the decision without lock IDs (random) and timings.
func digestResult(m []byte, r *filter.Result) any {
	if r == nil {
		return nil
	}
	return struct {
		Action  filter.Action
		Verdict any
		Notes   []string
		Body    any
		Locked  int
	}{r.Action, r.Verdict, r.Notes, maskBody(m, r), r.LockedCount()}
}

// lockPath matches lock paths; contextHead the start of a Context, which
// may begin inside a (random) lock ID.
var (
	lockPath    = regexp.MustCompile(`/l/[A-Za-z0-9_-]+`)
	contextHead = regexp.MustCompile(`"Context":"[A-Za-z0-9_/-]+`)
	idLike      = regexp.MustCompile(`[A-Za-z0-9_-]{16,}`)
)

// maskBody is the replacement body as links see it (it may be base64 or
// quoted-printable), with the random lock IDs masked.
func maskBody(m []byte, r *filter.Result) any {
	if r.Body == nil {
		return nil
	}
	full := append(m[:len(m)-len(links.Body(m)):len(m)-len(links.Body(m))], r.Body.Bytes()...)
	ls, err := links.Extract(full, links.Options{})
	j, _ := json.Marshal(ls)
	j = lockPath.ReplaceAll(j, []byte("/l/LOCKID"))
	j = contextHead.ReplaceAll(j, []byte(`"Context":"X`))
	j = idLike.ReplaceAll(j, []byte("ID"))
	return struct {
		N   int
		L   string
		Err string
	}{r.Body.Len(), string(j), fmt.Sprint(err)}
}
