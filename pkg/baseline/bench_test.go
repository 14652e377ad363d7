package baseline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Synthetic organisation for benchmarks. The full size (1,000,000 senders,
// 100,000 recipients, 4,500,000 pair and link keys, 6.3 M keys in all) is
// opt-in:
//
//	BASELINE_BIG=1 go test -run '^$' -bench . ./pkg/baseline/
//
// The DB file is built once and cached in os.TempDir() (g2: the generator
// that makes every key distinct; g1 repeated keys, holding 4.2 M).
type synthOrg struct {
	name                           string
	senders, sdoms, rcpts, domains int
	pairs, slinks, sdlinks, rlinks int
}

var (
	smallOrg = synthOrg{"small", 10000, 1000, 1000, 2000, 20000, 10000, 5000, 10000}
	bigOrg   = synthOrg{"big", 1000000, 100000, 100000, 200000, 2000000, 1000000, 500000, 1000000}
)

var benchT0 = uint32(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix())

func (o synthOrg) sender(i int) string { return fmt.Sprintf("s%07d@sd%06d.example", i, i%o.sdoms) }
func (o synthOrg) sdom(i int) string   { return fmt.Sprintf("sd%06d.example", i) }
func (o synthOrg) rcpt(i int) string   { return fmt.Sprintf("r%06d@corp.example", i) }
func (o synthOrg) domain(i int) string { return fmt.Sprintf("l%06d.example", i) }

// The k-th two-part key of each kind. An owner's m-th partner is offset by
// m × 7919 (prime), so no key repeats: the DB holds o.pairs pairs, o.slinks
// sender links and so on. Sender links go to every 10th sender, 10 each,
// so a query can ask for 10 links its sender really sent.
func (o synthOrg) pairOf(k int) (s, r int) {
	s, m := k%o.senders, k/o.senders
	return s, (s*17 + m*7919) % o.rcpts
}

func (o synthOrg) slinkOf(k int) (s, d int) {
	n := o.senders / 10
	s, m := (k%n)*10, k/n
	return s, (s*7 + m*7919) % o.domains
}

func (o synthOrg) sdlinkOf(k int) (sd, d int) {
	sd, m := k%o.sdoms, k/o.sdoms
	return sd, (sd*13 + m*7919) % o.domains
}

func (o synthOrg) rlinkOf(k int) (r, d int) {
	r, m := k%o.rcpts, k/o.rcpts
	return r, (r*31 + m*7919) % o.domains
}

// synthRec makes a plausible record; the rng decides its shape.
func synthRec(rng *rand.Rand, k *kind) []byte {
	var r rec
	r.first = benchT0 - uint32(rng.IntN(300*secondsPerDay))
	r.last = r.first + uint32(rng.IntN(60*secondsPerDay))
	r.total = uint32(1 + rng.IntN(50))
	r.decayed = float32(r.total) / 2
	r.days = uint16(1 + rng.IntN(20))
	r.dayBits = rng.Uint64()
	fill := func(s *sketch) {
		n := 1 + rng.IntN(6)
		if rng.IntN(20) == 0 {
			n = 40
		}
		for i := 0; i < n; i++ {
			s.add(rng.Uint32())
		}
	}
	fill(sketchOf(&r.senders))
	fill(sketchOf(&r.recipients))
	return r.appendTo(nil, k)
}

func buildSynth(tb testing.TB, o synthOrg) string {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("firstsight-baseline-bench-v%d-g2-%s.db", SchemaVersion, o.name))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tb.Logf("building synthetic %s DB at %s", o.name, path)
	start := time.Now()
	tmp := path + ".tmp"
	os.Remove(tmp)
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	st, err := New(db, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	two := func(a, b string) string { return compound(st.keys.id(a), st.keys.id(b)) }
	rng := rand.New(rand.NewPCG(1, 2))
	put := func(kd int, n int, key func(i int) string) {
		keys := make([]string, 0, n)
		for i := 0; i < n; i++ {
			keys = append(keys, key(i))
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		bulkPut(tb, db, kinds[kd].bucket, keys, func() []byte { return synthRec(rng, &kinds[kd]) })
	}
	put(kSender, o.senders, o.sender)
	put(kSenderDomain, o.sdoms, o.sdom)
	put(kRcpt, o.rcpts, o.rcpt)
	put(kDomain, o.domains, o.domain)
	put(kHost, o.domains*3/2, func(i int) string { return fmt.Sprintf("h%d.%s", i/o.domains, o.domain(i%o.domains)) })
	put(kPair, o.pairs, func(k int) string { s, r := o.pairOf(k); return two(o.sender(s), o.rcpt(r)) })
	put(kSLink, o.slinks, func(k int) string { s, d := o.slinkOf(k); return two(o.sender(s), o.domain(d)) })
	put(kSDLink, o.sdlinks, func(k int) string { sd, d := o.sdlinkOf(k); return two(o.sdom(sd), o.domain(d)) })
	put(kRLink, o.rlinks, func(k int) string { r, d := o.rlinkOf(k); return two(o.rcpt(r), o.domain(d)) })
	rkeys := make([]string, o.rcpts)
	for i := range rkeys {
		rkeys[i] = o.rcpt(i)
	}
	sort.Strings(rkeys)
	bulkPut(tb, db, bucketKnown, rkeys, func() []byte {
		items := make([]knownItem, 2*50)
		for i := range items {
			items[i] = knownItem{name: o.domain(rng.IntN(o.domains)), knownEntry: knownEntry{count: uint32(100 - i), day: dayOf(benchT0)}}
		}
		return encodeKnown(nil, items)
	})
	if err := db.Sync(); err != nil {
		tb.Fatal(err)
	}
	db.Close()
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built in %v", time.Since(start))
	return path
}

func bulkPut(tb testing.TB, db *bolt.DB, bucket []byte, keys []string, val func() []byte) {
	for len(keys) > 0 {
		n := min(len(keys), 100000)
		err := db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucket)
			for _, k := range keys[:n] {
				if err := b.Put([]byte(k), val()); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
		keys = keys[n:]
	}
}

func openSynth(b *testing.B, o synthOrg) (*Store, *bolt.DB) {
	if o.name == "big" && os.Getenv("BASELINE_BIG") == "" {
		b.Skip("set BASELINE_BIG=1 for the 1M-sender DB")
	}
	path := buildSynth(b, o)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(db, Options{})
	if err != nil {
		b.Fatal(err)
	}
	return s, db
}

// synthQuery: a known sender, 5 recipients (2 with a pair), 20 link domains
// (10 known to the sender, 8 known org-wide, 2 new), 20 hosts.
func (o synthOrg) query(rng *rand.Rand) Query {
	s := rng.IntN(o.senders/10) * 10 // a sender with links (see slinkOf)
	q := Query{Now: time.Unix(int64(benchT0), 0), Sender: o.sender(s), SenderName: fmt.Sprintf("Name %d", s)}
	for m := 0; m < 2; m++ {
		_, r := o.pairOf(s + m*o.senders)
		q.Recipients = append(q.Recipients, o.rcpt(r))
	}
	for len(q.Recipients) < 5 {
		q.Recipients = append(q.Recipients, o.rcpt(rng.IntN(o.rcpts)))
	}
	for m := 0; m < 10; m++ {
		_, d := o.slinkOf(s/10 + m*(o.senders/10))
		q.LinkDomains = append(q.LinkDomains, o.domain(d))
	}
	for m := 0; m < 8; m++ {
		q.LinkDomains = append(q.LinkDomains, o.domain(rng.IntN(o.domains)))
	}
	q.LinkDomains = append(q.LinkDomains, fmt.Sprintf("new%d.example", rng.IntN(1e9)), fmt.Sprintf("new%d.test", rng.IntN(1e9)))
	for _, d := range q.LinkDomains {
		q.LinkHosts = append(q.LinkHosts, "h0."+d)
	}
	return q
}

func benchLookup(b *testing.B, o synthOrg) {
	s, db := openSynth(b, o)
	defer db.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	qs := make([]Query, 4096)
	for i := range qs {
		qs[i] = o.query(rng)
	}
	for _, q := range qs[:1024] { // warm the page cache
		s.Lookup(q)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	hits, rcpts, links := 0, 0, 0
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		start := time.Now()
		f, err := s.Lookup(q)
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		r := f.Recipients[q.Recipients[0]]
		if f.Sender.Seen() && r.Pair.Seen() && f.Recipients[q.Recipients[1]].Pair.Seen() &&
			f.SenderLinks[q.LinkDomains[0]].Seen() && f.SenderLinks[q.LinkDomains[9]].Seen() {
			hits++
		}
		rcpts += len(f.Recipients)
		links += len(f.Domains)
	}
	b.StopTimer()
	if hits != b.N {
		b.Fatalf("only %d of %d lookups found their sender, pairs and sender links", hits, b.N)
	}
	b.ReportMetric(float64(rcpts)/float64(b.N), "rcpts/op")
	b.ReportMetric(float64(links)/float64(b.N), "links/op")
	slices.Sort(lat)
	b.ReportMetric(float64(fileSize(db))/(1<<20), "dbMiB")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

func BenchmarkLookupSmall(b *testing.B) { benchLookup(b, smallOrg) }
func BenchmarkLookupBig(b *testing.B)   { benchLookup(b, bigOrg) }

// learnStream is a Zipf-skewed stream of inbound mail: 1-3 recipients and
// 3-8 link domains per message.
type learnStream struct {
	rng                  *rand.Rand
	senders, doms, rcpts *rand.Zipf
	t                    time.Time
}

func newLearnStream(nSenders, nDomains, nRcpts uint64) *learnStream {
	rng := rand.New(rand.NewPCG(5, 6))
	return &learnStream{
		rng:     rng,
		senders: rand.NewZipf(rng, 1.1, 1, nSenders-1),
		doms:    rand.NewZipf(rng, 1.1, 1, nDomains-1),
		rcpts:   rand.NewZipf(rng, 1.05, 1, nRcpts-1),
		t:       time.Unix(int64(benchT0), 0),
	}
}

func (ls *learnStream) next() Observation {
	ls.t = ls.t.Add(50 * time.Millisecond)
	s := int(ls.senders.Uint64())
	o := Observation{Time: ls.t, Sender: bigOrg.sender(s), SenderName: fmt.Sprintf("Name %d", s)}
	for i := 0; i < 1+ls.rng.IntN(3); i++ {
		o.Recipients = append(o.Recipients, bigOrg.rcpt(int(ls.rcpts.Uint64())))
	}
	for i := 0; i < 3+ls.rng.IntN(6); i++ {
		d := bigOrg.domain(int(ls.doms.Uint64()))
		o.LinkDomains = append(o.LinkDomains, d)
		o.LinkHosts = append(o.LinkHosts, "h0."+d)
	}
	return o
}

// benchLearn measures the write-behind path: one goroutine Observes as
// fast as it can while Run flushes every 200 ms; the clock stops after the
// final flush. Messages are generated inside the timed loop (never
// recycled, so DB growth is real); the generator's cost is included.
func benchLearn(b *testing.B, s *Store, db *bolt.DB) {
	ls := newLearnStream(2000000, 400000, 100000)
	sizeBefore := fileSize(db)
	txBefore := db.Stats().TxStats
	ioBefore, cpuBefore := procWritten(), cpuTime()
	s.opts.OnError = func(err error) { b.Error(err) }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	b.ResetTimer()
	start := time.Now()
	go func() { done <- s.Run(ctx) }()
	for i := 0; i < b.N; i++ {
		s.Observe(ls.next())
	}
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msg/s")
	b.ReportMetric(float64(cpuTime()-cpuBefore)/float64(time.Microsecond)/float64(b.N), "cpu-µs/msg")
	if ioBefore >= 0 {
		b.ReportMetric(float64(procWritten()-ioBefore)/(1<<20)/float64(b.N)*1e6, "MiB-pwritten/Mmsg")
	}
	b.ReportMetric(float64(fileSize(db))/(1<<20), "dbMiB")
	b.ReportMetric(float64(fileSize(db)-sizeBefore)/(1<<20)/float64(b.N)*1e6, "MiB-growth/Mmsg")
	txAfter := db.Stats().TxStats
	tx := txAfter.Sub(&txBefore)
	b.ReportMetric(float64(tx.GetWrite())*float64(db.Info().PageSize)/(1<<20)/float64(b.N)*1e6, "MiB-written/Mmsg")
	b.ReportMetric(tx.GetWriteTime().Seconds(), "write-s")
	b.ReportMetric(tx.GetSpillTime().Seconds(), "spill-s")
}

// procWritten is the bytes this process passed to write calls so far
// (Linux /proc/self/io wchar), or -1 when unknown. Unlike MiB-written, it
// counts each overflow page.
func procWritten() int64 {
	data, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "wchar: "); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return -1
			}
			return n
		}
	}
	return -1
}

// cpuTime is the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func fileSize(db *bolt.DB) int64 {
	st, err := os.Stat(db.Path())
	if err != nil {
		return 0
	}
	return st.Size()
}

func BenchmarkLearnFresh(b *testing.B) {
	learnInto(b, filepath.Join(b.TempDir(), "learn.db"))
}

// learnInto opens (or creates) the DB at path and runs benchLearn on it.
func learnInto(b *testing.B, path string) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, err := New(db, Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchLearn(b, s, db)
}

// BenchmarkLearnBig learns into a copy of the big synthetic DB.
func BenchmarkLearnBig(b *testing.B) {
	if os.Getenv("BASELINE_BIG") == "" {
		b.Skip("set BASELINE_BIG=1 for the 1M-sender DB")
	}
	src := buildSynth(b, bigOrg)
	dst := filepath.Join(b.TempDir(), "learn-big.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o600); err != nil {
		b.Fatal(err)
	}
	learnInto(b, dst)
}
