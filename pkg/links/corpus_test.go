package links

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCorpus compares link counts with the dev corpus manifest. It is
// opt-in: FIRSTSIGHT_CORPUS=/work/shared/corpus-dev go test -run TestCorpus -v.
// It only reads files; it never resolves or fetches a URL.
func TestCorpus(t *testing.T) {
	dir := os.Getenv("FIRSTSIGHT_CORPUS")
	if dir == "" {
		t.Skip("set FIRSTSIGHT_CORPUS to the dev corpus directory")
	}
	rows := readManifest(t, filepath.Join(dir, "MANIFEST.tsv"))
	var st corpusStats
	for _, r := range rows {
		msg, err := os.ReadFile(filepath.Join(dir, r.path))
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Now()
		ls, err := Extract(msg, Options{})
		st.add(r, ls, err, len(msg), time.Since(t0))
	}
	st.report(t)
}

type manifestRow struct {
	path, kind string
	nLinks     int
}

func readManifest(t *testing.T, p string) []manifestRow {
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []manifestRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 14 || c[0] == "path" {
			continue
		}
		n, _ := strconv.Atoi(c[13])
		rows = append(rows, manifestRow{path: c[0], kind: c[1], nLinks: n})
	}
	return rows
}

type corpusDiff struct {
	path        string
	want, got   int
	kinds, errs string
}

type corpusStats struct {
	msgs, bytes, want, got, partial, malformed, internal int
	exact, within, more, fewer                           int
	elapsed                                              time.Duration
	times                                                []time.Duration
	diffs                                                []corpusDiff
}

// comparable counts what the manifest counts: anchor/area hrefs and
// http(s)/www URLs in visible text.
func comparable(ls []Link, distinct bool) (int, string) {
	n, kinds, seen := 0, map[Kind]int{}, map[string]bool{}
	for _, l := range ls {
		kinds[l.Kind]++
		if l.Kind == KindHref || (l.Kind == KindText && (l.Scheme == "http" || l.Scheme == "https")) {
			if distinct && seen[l.Part+" "+l.Raw] {
				continue
			}
			seen[l.Part+" "+l.Raw] = true
			n++
		}
	}
	return n, fmt.Sprint(kinds)
}

func (s *corpusStats) add(r manifestRow, ls []Link, err error, size int, d time.Duration) {
	s.msgs++
	s.bytes += size
	s.elapsed += d
	s.times = append(s.times, d)
	got, kinds := comparable(ls, os.Getenv("FIRSTSIGHT_CORPUS_DISTINCT") != "")
	s.want += r.nLinks
	s.got += got
	if errors.Is(err, ErrPartial) {
		s.partial++
	}
	if errors.Is(err, ErrMalformed) {
		s.malformed++
	}
	if errors.Is(err, errInternal) {
		s.internal++
	}
	diff := got - r.nLinks
	switch {
	case diff == 0:
		s.exact++
	case abs(diff) <= 2 || abs(diff)*5 <= r.nLinks:
		s.within++
	case diff > 0:
		s.more++
	default:
		s.fewer++
	}
	if abs(diff) > 2 && abs(diff)*5 > r.nLinks {
		s.diffs = append(s.diffs, corpusDiff{r.path, r.nLinks, got, kinds, fmt.Sprint(err)})
	}
}

func (s *corpusStats) report(t *testing.T) {
	sort.Slice(s.times, func(i, j int) bool { return s.times[i] < s.times[j] })
	t.Logf("messages %d, %.1f MB, %.1f MB/s, p99 %v, max %v", s.msgs, float64(s.bytes)/1e6,
		float64(s.bytes)/1e6/s.elapsed.Seconds(), s.times[len(s.times)*99/100], s.times[len(s.times)-1])
	t.Logf("links: manifest %d, extracted (comparable) %d", s.want, s.got)
	t.Logf("per message: exact %d, within 20%% or 2: %d, more %d, fewer %d", s.exact, s.within, s.more, s.fewer)
	t.Logf("errors: partial %d, malformed %d, internal %d", s.partial, s.malformed, s.internal)
	sort.Slice(s.diffs, func(i, j int) bool {
		return abs(s.diffs[i].got-s.diffs[i].want) > abs(s.diffs[j].got-s.diffs[j].want)
	})
	for i, d := range s.diffs {
		if i == 40 {
			break
		}
		t.Logf("%s manifest %d got %d kinds %s err %s", d.path, d.want, d.got, d.kinds, d.errs)
	}
	if s.internal > 0 {
		t.Errorf("%d messages hit an internal error", s.internal)
	}
}

// TestCorpusRewrite locks every clickable link of every corpus message and
// checks the rewrite invariants. Opt-in like TestCorpus; it prints paths
// and counts only.
func TestCorpusRewrite(t *testing.T) {
	dir := os.Getenv("FIRSTSIGHT_CORPUS")
	if dir == "" {
		t.Skip("set FIRSTSIGHT_CORPUS to the dev corpus directory")
	}
	rows := readManifest(t, filepath.Join(dir, "MANIFEST.tsv"))
	errs := map[string]int{}
	var rewritten, bad int
	for _, r := range rows {
		msg, err := os.ReadFile(filepath.Join(dir, r.path))
		if err != nil {
			t.Fatal(err)
		}
		ls, _ := Extract(msg, Options{})
		repl := map[Ref]string{}
		for i, l := range ls {
			if l.Clickable {
				repl[l.Ref()] = fmt.Sprintf("https://lock.example/l/%d", i)
			}
		}
		if len(repl) == 0 {
			continue
		}
		out, err := Rewrite(msg, repl, Options{})
		if err != nil {
			errs[errKind(err)]++
			continue
		}
		rewritten++
		if msg := corpusRewriteProblem(msg, out, repl); msg != "" {
			bad++
			if bad <= 20 {
				t.Logf("%s: %s", r.path, msg)
			}
		}
	}
	t.Logf("rewritten %d messages, %d with problems, refused: %v", rewritten, bad, errs)
	if bad > 0 {
		t.Errorf("%d rewritten messages broke an invariant", bad)
	}
}

func errKind(err error) string {
	for _, e := range []error{ErrSigned, ErrNotRewritable, ErrUnknownRef, ErrBadReplacement, errInternal} {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	return "other"
}

// corpusRewriteProblem returns "" when out keeps the header and every lock
// URL is found again with no original clickable link left in changed parts.
func corpusRewriteProblem(msg, out []byte, repl map[Ref]string) string {
	if !strings.HasPrefix(string(out), string(msg[:len(msg)-len(Body(msg))])) {
		return "header changed"
	}
	if in, o := maxLine(msg), maxLine(out); o > max(in, 998) {
		return fmt.Sprintf("longest line grew from %d to %d bytes", in, o)
	}
	after, err := Extract(out, Options{})
	if errors.Is(err, errInternal) {
		return "internal error on re-extract"
	}
	locks := 0
	for _, l := range after {
		if strings.HasPrefix(l.URL, "https://lock.example/l/") {
			locks++
		} else if l.Clickable {
			return fmt.Sprintf("clickable %s link left in part %q", l.Kind, l.Part)
		}
	}
	if locks != len(repl) {
		return fmt.Sprintf("found %d lock URLs, want %d", locks, len(repl))
	}
	return ""
}

func maxLine(b []byte) int {
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		n = max(n, len(strings.TrimSuffix(l, "\r")))
	}
	return n
}
