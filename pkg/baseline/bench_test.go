package baseline

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/metrics"
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
func benchLearn(b *testing.B, s *Store, db *bolt.DB, next func() Observation) {
	sizeBefore := fileSize(db)
	txBefore := db.Stats().TxStats
	ioBefore, cpuBefore := procWritten(), cpuTime()
	s.opts.OnError = func(err error) { b.Error(err) }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	heap := sampleHeap()
	b.ResetTimer()
	start := time.Now()
	go func() { done <- s.Run(ctx) }()
	for i := 0; i < b.N; i++ {
		s.Observe(next())
	}
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	peak, gcs := heap()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "msg/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-live-MiB")
	b.ReportMetric(float64(gcs), "GCs")
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

// sampleHeap watches the live heap (as of each GC) until the returned
// function is called, which gives its peak and the number of GCs.
func sampleHeap() func() (peak uint64, gcs uint64) {
	read := func() (live, cycles uint64) {
		ms := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
		metrics.Read(ms)
		return ms[0].Value.Uint64(), ms[1].Value.Uint64()
	}
	_, cycles0 := read()
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			live, cycles := read()
			if cycles > cycles0 {
				peak = max(peak, live)
			}
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		peak := <-done
		_, cycles := read()
		return peak, cycles - cycles0
	}
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

// learnInto opens (or creates) the DB at path and runs benchLearn on it
// with the worst-case stream (nearly every message brings new keys).
func learnInto(b *testing.B, path string) {
	s, db := openStore(b, path)
	defer db.Close()
	benchLearn(b, s, db, newLearnStream(2000000, 400000, 100000).next)
}

func openStore(tb testing.TB, path string) (*Store, *bolt.DB) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		tb.Fatal(err)
	}
	s, err := New(db, Options{})
	if err != nil {
		db.Close()
		tb.Fatal(err)
	}
	return s, db
}

// BenchmarkLearnBig learns the worst-case stream into a copy of the big
// synthetic DB.
func BenchmarkLearnBig(b *testing.B) {
	if os.Getenv("BASELINE_BIG") == "" {
		b.Skip("set BASELINE_BIG=1 for the 1M-sender DB")
	}
	learnInto(b, copySynth(b, bigOrg))
}

// copySynth copies the synthetic DB of o into a temporary directory.
func copySynth(tb testing.TB, o synthOrg) string {
	src := buildSynth(tb, o)
	dst := filepath.Join(tb.TempDir(), "learn-"+o.name+".db")
	// Streamed, not read whole: a 1 GiB []byte would set the GC's goal
	// (GOGC=400) at 5 GiB, so no GC would run during the benchmark.
	in, err := os.Open(src)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// BenchmarkLearnBigSteady learns ordinary traffic (steadyStream: keys the
// big DB holds, new ones at the rates of the dev replay) into a copy of
// the big synthetic DB. Before the clock starts it adds the known keys the
// generator's independent families cannot provide (see prepareSteady) and
// measures the stream's novelty against the DB without writing.
func BenchmarkLearnBigSteady(b *testing.B) {
	if os.Getenv("BASELINE_BIG") == "" {
		b.Skip("set BASELINE_BIG=1 for the 1M-sender DB")
	}
	s, db := openStore(b, copySynth(b, bigOrg))
	defer db.Close()
	added := prepareSteady(b, s, db, bigOrg, b.N)
	nv := measureNovelty(b, s, db, newSteadyStream(bigOrg).next, b.N)
	benchLearn(b, s, db, newSteadyStream(bigOrg).next)
	b.ReportMetric(float64(added), "added-keys")
	nv.report(b)
}

// Shares of messages with a first-contact key in the dev replay of real
// mail (test window of legitimate mail), which steadyStream reproduces.
const (
	steadyNewSender     = 0.167 // sender address never seen
	steadyNewPair       = 0.307 // sender->recipient pair never seen
	steadyNewSDom       = 0.053 // sender domain never seen
	steadyNewDomain     = 0.053 // link domain new to the organisation
	steadyNewRcptLink   = 0.086 // link domain new to a recipient
	steadyNewSenderLink = 0.142 // link domain new for the sender
	steadyLinks         = 0.8   // messages with links (3-8 link domains); the others have none
)

// steadyStream is ordinary inbound mail into a synthetic org: keys the DB
// holds, Zipf-skewed like learnStream, with first contacts at the steady*
// rates. Message shape:
//
//   - 83.3 %: a known sender s (Zipf over the senders with links, every
//     10th, see slinkOf) to 1 or 2 of its 2 pair recipients, with 3-8 of
//     its 10 sender links; with probability pNewPair one more recipient
//     (uniform) it never wrote to; with pNewSLink one link is new for it
//     (half of those a domain new to the org, half a known one);
//   - 16.7 %: a new sender (new display name) in a known sender domain
//     (Zipf) or, with pNewSDom, a new one, to 1-3 Zipf recipients, with
//     3-8 Zipf link domains of the org; with pNewDomain one is new to it;
//   - a message with links, a first-contact pair and no new link domain
//     has, with pNewRLink, one link new to one of its new pair's
//     recipients (a uniform known domain for a new sender).
//
// The synthetic families are independent (a sender's links are not its
// sender domain's nor its recipients'), so the display names, sender-domain
// links, recipient links and link names the stream takes as known are
// reported to note, and prepareSteady adds the missing ones to the DB.
type steadyStream struct {
	o                           synthOrg
	rng                         *rand.Rand
	senders, sdoms, doms, rcpts *rand.Zipf
	t                           time.Time
	fresh                       int // counter for new keys
	note                        func(slot int, a, b string, novel bool)

	pNewSDom, pNewPair, pNewSLink, pNewDomain, pNewRLink float64
}

func newSteadyStream(o synthOrg) *steadyStream {
	rng := rand.New(rand.NewPCG(7, 8))
	const n, l = steadyNewSender, steadyLinks
	ss := &steadyStream{
		o:        o,
		rng:      rng,
		senders:  rand.NewZipf(rng, 1.1, 1, uint64(o.senders/10-1)),
		sdoms:    rand.NewZipf(rng, 1.1, 1, uint64(o.sdoms-1)),
		doms:     rand.NewZipf(rng, 1.1, 1, uint64(o.domains-1)),
		rcpts:    rand.NewZipf(rng, 1.05, 1, uint64(o.rcpts-1)),
		t:        time.Unix(int64(benchT0), 0),
		pNewSDom: steadyNewSDom / n,
		pNewPair: (steadyNewPair - n) / (1 - n),
		// every new sender's links are new for it
		pNewSLink: (steadyNewSenderLink - n*l) / ((1 - n) * l),
	}
	ss.pNewDomain = (steadyNewDomain - (1-n)*l*ss.pNewSLink/2) / (n * l)
	ss.pNewRLink = (steadyNewRcptLink - steadyNewDomain) /
		(n*l*(1-ss.pNewDomain) + (1-n)*ss.pNewPair*l*(1-ss.pNewSLink/2))
	return ss
}

func (ss *steadyStream) newKey(format string) string {
	ss.fresh++
	return fmt.Sprintf(format, ss.fresh)
}

func (ss *steadyStream) next() Observation {
	o, rng := ss.o, ss.rng
	ss.t = ss.t.Add(50 * time.Millisecond)
	m := Observation{Time: ss.t}
	links := rng.Float64() < steadyLinks
	var sdom, newPairRcpt string
	newSDom, newDomain := false, -1 // index of a link domain new to the org
	novelRLink, novelSDLink := -1, -1
	if rng.Float64() < steadyNewSender {
		sdom = o.sdom(int(ss.sdoms.Uint64()))
		if newSDom = rng.Float64() < ss.pNewSDom; newSDom {
			sdom = ss.newKey("nsd%07d.example")
		}
		m.Sender = ss.newKey("n%07d@") + sdom
		m.SenderName = ss.newKey("New %d")
		for i := 0; i < 1+rng.IntN(3); i++ {
			m.Recipients = append(m.Recipients, o.rcpt(int(ss.rcpts.Uint64())))
		}
		newPairRcpt = m.Recipients[0]
		if links {
			for i := 0; i < 3+rng.IntN(6); i++ {
				m.LinkDomains = append(m.LinkDomains, o.domain(int(ss.doms.Uint64())))
			}
			if rng.Float64() < ss.pNewDomain {
				newDomain = len(m.LinkDomains) - 1
				m.LinkDomains[newDomain] = ss.newKey("nl%07d.example")
			} else if rng.Float64() < ss.pNewRLink {
				m.LinkDomains[0], novelRLink = o.domain(rng.IntN(o.domains)), 0
			}
		}
	} else {
		k := int(ss.senders.Uint64())
		s := k * 10
		sdom = o.sdom(s % o.sdoms)
		m.Sender, m.SenderName = o.sender(s), fmt.Sprintf("Name %d", s)
		_, r0 := o.pairOf(s)
		_, r1 := o.pairOf(s + o.senders)
		switch rng.IntN(3) {
		case 0:
			m.Recipients = []string{o.rcpt(r0)}
		case 1:
			m.Recipients = []string{o.rcpt(r1)}
		default:
			m.Recipients = []string{o.rcpt(r0), o.rcpt(r1)}
		}
		if rng.Float64() < ss.pNewPair {
			r := rng.IntN(o.rcpts)
			for r == r0 || r == r1 {
				r = rng.IntN(o.rcpts)
			}
			newPairRcpt = o.rcpt(r)
			m.Recipients = append(m.Recipients, newPairRcpt)
		}
		if links {
			var own [10]int // its sender links' domains
			for i := range own {
				_, own[i] = o.slinkOf(k + i*(o.senders/10))
			}
			perm := rng.Perm(len(own))
			for _, i := range perm[:3+rng.IntN(6)] {
				m.LinkDomains = append(m.LinkDomains, o.domain(own[i]))
			}
			last := len(m.LinkDomains) - 1
			if rng.Float64() < ss.pNewSLink {
				if rng.IntN(2) == 0 {
					newDomain = last
					m.LinkDomains[last] = ss.newKey("nl%07d.example")
				} else {
					d := rng.IntN(o.domains)
					for slices.Contains(own[:], d) {
						d = rng.IntN(o.domains)
					}
					m.LinkDomains[last], novelSDLink = o.domain(d), last
				}
			}
			if newDomain < 0 && newPairRcpt != "" && rng.Float64() < ss.pNewRLink {
				novelRLink = 0
			}
		}
		if ss.note != nil {
			ss.note(kName, m.SenderName, "", false)
		}
	}
	for _, d := range m.LinkDomains {
		m.LinkHosts = append(m.LinkHosts, "h0."+d)
	}
	if ss.note == nil {
		return m
	}
	for i, d := range m.LinkDomains {
		if i == newDomain {
			continue // new everywhere
		}
		ss.note(slotLinkNames, d, "", false)
		if !newSDom {
			ss.note(kSDLink, sdom, d, i == novelSDLink)
		}
		for _, r := range m.Recipients {
			ss.note(kRLink, r, d, i == novelRLink && r == newPairRcpt)
		}
	}
	return m
}

// prepareSteady adds to db what the first n messages of steadyStream(o)
// take as known and the synthetic DB lacks: display names, sender-domain
// and recipient links, link names. A key whose first use in the stream is
// as a new one is left out. It returns the number of keys added.
func prepareSteady(tb testing.TB, s *Store, db *bolt.DB, o synthOrg, n int) int {
	type note struct {
		slot int
		a, b string
	}
	first := map[note]bool{} // novel at first use
	ss := newSteadyStream(o)
	ss.note = func(slot int, a, b string, novel bool) {
		k := note{slot, a, b}
		if _, ok := first[k]; !ok {
			first[k] = novel
		}
	}
	for i := 0; i < n; i++ {
		ss.next()
	}
	addr := func(a string) string { return string(s.keys.appendAddr(nil, normAddr(a))) }
	var keys [numSlots][]string
	vals := map[string]string{} // link names
	for k, novel := range first {
		if novel {
			continue
		}
		var key string
		switch k.slot {
		case kName:
			key = string(s.keys.appendAddr(nil, normName(k.a)))
		case kSDLink:
			key = compound(s.keys.id(normHost(k.a)), s.keys.id(normHost(k.b)))
		case kRLink:
			key = compound(s.keys.id(addr(k.a)), s.keys.id(normHost(k.b)))
		case slotLinkNames:
			key = s.keys.id(normHost(k.a))
			vals[key] = normHost(k.a)
		}
		keys[k.slot] = append(keys[k.slot], key)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	added := 0
	for slot := range keys {
		var missing []string
		err := db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(slotBucket(slot)).Cursor()
			for _, key := range keys[slot] {
				if k, _ := c.Seek([]byte(key)); string(k) != key {
					missing = append(missing, key)
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
		sort.Strings(missing)
		i := 0
		bulkPut(tb, db, slotBucket(slot), missing, func() []byte {
			i++
			if slot == slotLinkNames {
				return []byte(vals[missing[i-1]])
			}
			return synthRec(rng, &kinds[slot])
		})
		added += len(missing)
	}
	return added
}

// novelty is what a stream brings that the DB (or an earlier message of
// the stream) does not hold.
type novelty struct {
	msgs                                     int
	sender, sdom, pair, domain, rlink, slink int // messages with a new one
	keys, newKeys                            int // records a flush writes, of which new keys
	byKind                                   [numSlots]int
}

// measureNovelty runs the first n messages of a stream past the DB
// without writing: a key is new when neither the DB nor an earlier message
// holds it. Keys counts the records the messages update (each message's
// own keys, one known list per recipient, new link names).
func measureNovelty(tb testing.TB, s *Store, db *bolt.DB, next func() Observation, n int) (nv novelty) {
	tx, err := db.Begin(false)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	var curs [numSlots]*bolt.Cursor
	for slot := range curs {
		curs[slot] = tx.Bucket(slotBucket(slot)).Cursor()
	}
	seen := map[string]bool{}
	isNew := func(slot int, key string) bool {
		if slot != slotLinkNames {
			nv.keys++
		}
		if k, _ := curs[slot].Seek([]byte(key)); string(k) == key {
			return false
		}
		sk := string(rune('a'+slot)) + key
		if seen[sk] {
			return false
		}
		seen[sk] = true
		if slot == slotLinkNames {
			nv.keys++
		}
		nv.newKeys++
		nv.byKind[slot]++
		return true
	}
	pair := func(a, b string) string { return compound(a, b) }
	flag := func(count *int, any bool) {
		if any {
			*count++
		}
	}
	for i := 0; i < n; i++ {
		m := next()
		k := s.keysFor(m, m.Recipients)
		nv.msgs++
		flag(&nv.sender, isNew(kSender, k.sender))
		flag(&nv.sdom, isNew(kSenderDomain, k.sdom))
		if k.name != "" {
			isNew(kName, k.name)
		}
		newDom, newSLink := false, false
		for j, d := range k.domains {
			newDom = isNew(kDomain, d) || newDom
			newSLink = isNew(kSLink, pair(k.sid, k.dids[j])) || newSLink
			isNew(kSDLink, pair(k.sdid, k.dids[j]))
			isNew(slotLinkNames, k.dids[j])
		}
		flag(&nv.domain, newDom)
		flag(&nv.slink, newSLink)
		for _, h := range k.hosts {
			isNew(kHost, h)
		}
		newPair, newRLink := false, false
		for j, r := range k.rcpts {
			isNew(kRcpt, r)
			isNew(slotKnown, r)
			newPair = isNew(kPair, pair(k.sid, k.rids[j])) || newPair
			for _, did := range k.dids {
				newRLink = isNew(kRLink, pair(k.rids[j], did)) || newRLink
			}
		}
		flag(&nv.pair, newPair)
		flag(&nv.rlink, newRLink)
	}
	return nv
}

func (nv novelty) share(n int) float64 { return 100 * float64(n) / float64(nv.msgs) }

func (nv novelty) report(b *testing.B) {
	b.ReportMetric(float64(nv.keys)/float64(nv.msgs), "keys/msg")
	b.ReportMetric(float64(nv.newKeys)/float64(nv.msgs), "new-keys/msg")
	for _, m := range []struct {
		n    int
		unit string
	}{
		{nv.sender, "%new-sender"}, {nv.pair, "%new-pair"}, {nv.sdom, "%new-sdom"},
		{nv.domain, "%new-domain"}, {nv.rlink, "%new-rcpt-link"}, {nv.slink, "%new-sender-link"},
	} {
		b.ReportMetric(nv.share(m.n), m.unit)
	}
}

func (nv novelty) String() string {
	var kinds []string
	for slot, c := range nv.byKind {
		kinds = append(kinds, fmt.Sprintf("%s %.2f", slotBucket(slot)[len("baseline/"):], float64(c)/float64(nv.msgs)))
	}
	return fmt.Sprintf("%d messages, %.1f records and %.2f new keys a message (%s); messages with a new sender %.1f %%, pair %.1f %%, sender domain %.1f %%, link domain %.1f %%, link new to a recipient %.1f %%, link new for the sender %.1f %%",
		nv.msgs, float64(nv.keys)/float64(nv.msgs), float64(nv.newKeys)/float64(nv.msgs), strings.Join(kinds, ", "),
		nv.share(nv.sender), nv.share(nv.pair), nv.share(nv.sdom), nv.share(nv.domain), nv.share(nv.rlink), nv.share(nv.slink))
}

// TestSteadyStream checks that steadyStream, after prepareSteady, brings
// new keys at the rates it promises and otherwise hits keys the small
// synthetic DB holds. With BASELINE_BIG=1 it also logs both learning
// streams' novelty against the big DB.
func TestSteadyStream(t *testing.T) {
	const n = 5000
	s, db := openStore(t, copySynth(t, smallOrg))
	defer db.Close()
	prepareSteady(t, s, db, smallOrg, n)
	nv := measureNovelty(t, s, db, newSteadyStream(smallOrg).next, n)
	t.Logf("small, steady: %v", nv)
	for _, c := range []struct {
		name string
		got  int
		want float64
	}{
		{"sender", nv.sender, steadyNewSender}, {"pair", nv.pair, steadyNewPair},
		{"sender domain", nv.sdom, steadyNewSDom}, {"link domain", nv.domain, steadyNewDomain},
		{"recipient link", nv.rlink, steadyNewRcptLink}, {"sender link", nv.slink, steadyNewSenderLink},
	} {
		if got := nv.share(c.got); math.Abs(got-100*c.want) > 2 {
			t.Errorf("messages with a new %s: %.1f %%, want %.1f %%", c.name, got, 100*c.want)
		}
	}
	// Everything else a message touches is in the DB: the new keys are
	// those of the first contacts.
	if kn := nv.byKind[slotKnown]; kn != 0 {
		t.Errorf("%d recipients without a known list", kn)
	}
	if os.Getenv("BASELINE_BIG") == "" {
		return
	}
	const nBig = 100000
	s, db = openStore(t, copySynth(t, bigOrg))
	defer db.Close()
	t.Logf("big, worst case: %v", measureNovelty(t, s, db, newLearnStream(2000000, 400000, 100000).next, nBig))
	prepareSteady(t, s, db, bigOrg, nBig)
	t.Logf("big, steady: %v", measureNovelty(t, s, db, newSteadyStream(bigOrg).next, nBig))
}
