package scoring

import (
	"fmt"
	"maps"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// benchInput: one message with 20 links and 5 recipients against a warm
// baseline: most links established, a few new, one lookalike.
func benchInput() Input {
	in := knownInput()
	in.FromAddr = "digest@newsletter.example"
	in.Recipients = nil
	in.Links = nil
	h := &in.History
	h.Sender, h.SenderDomain = est(), est()
	for i := range 20 {
		dom := fmt.Sprintf("site%02d.example", i%8)
		switch i {
		case 17:
			dom = "paypa1.com"
		case 18, 19:
			dom = fmt.Sprintf("fresh%d.top", i)
		}
		host := "www." + dom
		l := web("https://"+host+"/article/"+fmt.Sprint(i)+"?utm_source=news", host, dom)
		l.Display = "Read the full story"
		l.Context = "This week: markets moved, our team shipped a new release, and the annual meeting was scheduled. Read the full story and sign in to comment."
		in.Links = append(in.Links, l)
		if i < 17 {
			h.Domains[dom], h.Hosts[host], h.SenderLinks[dom] = est(), est(), est()
		}
	}
	for i := range 5 {
		rc := fmt.Sprintf("user%d@corp.example", i)
		in.Recipients = append(in.Recipients, rc)
		rh := RecipientHistory{Recipient: est(), Pair: est(), Links: map[string]Stat{},
			Known: []string{"partner.example", "corp.example", "site01.example", "bank.example", "travel.example"}}
		for j := range 8 {
			rh.Links[fmt.Sprintf("site%02d.example", j)] = est()
		}
		h.Recipients[rc] = rh
	}
	return in
}

func BenchmarkScore20Links5Rcpts(b *testing.B) {
	p := testPolicy()
	in := benchInput()
	Score(p, in) // parse the embedded data once
	b.ReportAllocs()
	for b.Loop() {
		Score(p, in)
	}
}

// What BenchmarkScore20Links5Rcpts may allocate per message: about a
// fifth more than it did when TestScoreAllocCeiling was written (33
// allocations, 6,168 bytes: the verdict's reasons and links and its
// sentences; the working storage comes from scratches). Working storage
// allocated again per message (41 allocations, 22,648 bytes before
// scratch.go) or per link or recipient fails the test.
const (
	maxBenchAllocs = 40
	maxBenchBytes  = 8 << 10
)

// TestScoreAllocCeiling holds the benchmark message's allocations under
// maxBenchAllocs and maxBenchBytes. Not under the race detector, which
// allocates on its own and makes sync.Pool drop what it is given.
func TestScoreAllocCeiling(t *testing.T) {
	if raceDetector {
		t.Skip("allocations are not counted under the race detector")
	}
	p, in := testPolicy(), benchInput()
	Score(p, in) // parse the embedded data once
	if n := testing.AllocsPerRun(200, func() { Score(p, in) }); n > maxBenchAllocs {
		t.Errorf("Score allocates %.0f times per message, want at most %d", n, maxBenchAllocs)
	}
	if b := bytesPerRun(200, func() { Score(p, in) }); b > maxBenchBytes {
		t.Errorf("Score allocates %d bytes per message, want at most %d", b, maxBenchBytes)
	}
}

// bytesPerRun is the bytes f allocates per call, averaged over runs calls
// (testing.AllocsPerRun for bytes; the test must not run in parallel).
func bytesPerRun(runs int, f func()) uint64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f() // warm up, as AllocsPerRun does
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.TotalAlloc - before.TotalAlloc) / uint64(runs)
}

func TestBenchInputShape(t *testing.T) {
	v := Score(testPolicy(), benchInput())
	if len(v.Links) != 20 || v.Recipient == "" {
		t.Fatalf("bench input: %d links, recipient %q", len(v.Links), v.Recipient)
	}
	locked := 0
	for _, d := range v.Links {
		if d.Lock {
			locked++
		}
	}
	if locked == 0 || locked > 3 {
		t.Errorf("bench input locks %d links, want 1-3 (the new ones)", locked)
	}
	_ = links.KindHref
}

// newsletterInput: a first-contact newsletter with 60 links, 40 of them to
// 30 pages of its new site and 20 to 10 advertisers' new domains.
func newsletterInput() Input {
	in := newInput()
	in.Links = nil
	for i := range 40 {
		u := fmt.Sprintf("https://www.trade-weekly.example/story/%d?utm=mail", i%30)
		in.Links = append(in.Links, web(u, "www.trade-weekly.example", "trade-weekly.example"))
	}
	for i := range 20 {
		d := fmt.Sprintf("advertiser%d.example", i%10)
		in.Links = append(in.Links, web("https://www."+d+"/offer", "www."+d, d))
	}
	return in
}

// BenchmarkScoreNewsletter is the cost of counting a site's pages
// (site_pages) on top of a large message's other signals.
func BenchmarkScoreNewsletter(b *testing.B) {
	p := testPolicy()
	in := newsletterInput()
	if v := Score(p, in); !hasReason(v.Links[0].Reasons, CodeSitePages) {
		b.Fatal("newsletter input: no site_pages")
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(p, in)
	}
}

// BenchmarkUnmaskedRussian: the intent cues' unmasking of ordinary text in
// another script, which has nothing to unmask, must not allocate.
func BenchmarkUnmaskedRussian(b *testing.B) {
	t := data()
	s := strings.Repeat("Пожалуйста, подтвердите вашу учётную запись, чтобы продолжить работу. ", 30)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = t.unmasked(s)
	}
}

// TestScratchCarriesNothing: a message judged after others gets the
// verdict it gets first (its scratch carries nothing over), and a scratch
// given back to the pool is all zero.
func TestScratchCarriesNothing(t *testing.T) {
	p := testPolicy()
	ins := goldenInputs(t)
	ins["bench"] = benchInput()
	names := slices.Sorted(maps.Keys(ins))
	first := map[string]Verdict{}
	for _, name := range names {
		first[name] = Score(p, ins[name])
	}
	for _, name := range slices.Backward(names) {
		if got := Score(p, ins[name]); !reflect.DeepEqual(got, first[name]) {
			t.Errorf("%s: verdict differs after other messages", name)
		}
	}
	s := scratches.Get().(*scratch)
	defer scratches.Put(s)
	if cap(s.links.s) == 0 {
		t.Skip("the pool dropped the scratch")
	}
	for name, b := range map[string]any{"links": s.links.s, "chunk": s.chunk.s, "les": s.les.s, "evs": s.evs.s, "hist": s.hist.s, "reasons": s.reasons.s} {
		v := reflect.ValueOf(b)
		for i := range v.Cap() {
			if !v.Slice(0, v.Cap()).Index(i).IsZero() {
				t.Errorf("scratch %s[%d] not cleared", name, i)
				break
			}
		}
	}
}
