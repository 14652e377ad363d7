package baseline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/baseline/baselinetest"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func inbound(at time.Time, from string, to []string, domains ...string) baseline.Observation {
	return baseline.Observation{Time: at, Sender: from, Recipients: to, LinkDomains: domains, LinkHosts: domains}
}

func query(at time.Time, from string, to []string, domains ...string) baseline.Query {
	return baseline.Query{Now: at, Sender: from, Recipients: to, LinkDomains: domains, LinkHosts: domains}
}

func TestObserveLookupPendingAndFlushed(t *testing.T) {
	for _, flush := range []bool{false, true} {
		s := baselinetest.Store(t, baseline.Options{})
		s.Observe(inbound(t0, "Alice@Example.COM", []string{"bob@corp.test", "carol@corp.test"}, "Links.Example", "links.example"))
		s.Observe(inbound(t0.Add(time.Hour), "alice@example.com", []string{"bob@corp.test"}, "links.example"))
		if flush {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		f, err := s.Lookup(query(t0.Add(2*time.Hour), "ALICE@example.com", []string{"Bob@corp.test", "dave@corp.test"}, "links.example", "new.example"))
		if err != nil {
			t.Fatal(err)
		}
		checks := []struct {
			name      string
			got, want int
		}{
			{"sender messages", f.Sender.Messages, 2},
			{"sender recipients", f.Sender.Recipients, 2},
			{"sender days", f.Sender.Days, 1},
			{"sender domain senders", f.SenderDomain.Senders, 1},
			{"domain messages", f.Domains["links.example"].Messages, 2},
			{"domain senders", f.Domains["links.example"].Senders, 1},
			{"domain recipients", f.Domains["links.example"].Recipients, 2},
			{"host messages", f.Hosts["links.example"].Messages, 2},
			{"new domain", f.Domains["new.example"].Messages, 0},
			{"sender link", f.SenderLinks["links.example"].Messages, 2},
			{"sender domain link", f.SenderDomainLinks["links.example"].Messages, 2},
			{"bob received", f.Recipients["bob@corp.test"].Recipient.Messages, 2},
			{"bob senders", f.Recipients["bob@corp.test"].Recipient.Senders, 1},
			{"pair", f.Recipients["bob@corp.test"].Pair.Messages, 2},
			{"bob link", f.Recipients["bob@corp.test"].Links["links.example"].Messages, 2},
			{"dave unseen", f.Recipients["dave@corp.test"].Recipient.Messages, 0},
			{"bob known", len(f.Recipients["bob@corp.test"].Known), 2},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("flush=%v: %s = %d, want %d", flush, c.name, c.got, c.want)
			}
		}
		if !f.Sender.FirstSeen.Equal(t0) || !f.Sender.LastSeen.Equal(t0.Add(time.Hour)) {
			t.Errorf("flush=%v: sender first/last = %v/%v", flush, f.Sender.FirstSeen, f.Sender.LastSeen)
		}
	}
}

// The per-domain maps hold only the domains with a record, pending or
// flushed: a message to 10,000 recipients with 2,000 unknown link domains
// once made an empty entry for each pair (20 million, 9 GB).
func TestLookupMapsHoldOnlyRecords(t *testing.T) {
	for _, flush := range []bool{false, true} {
		s := baselinetest.Store(t, baseline.Options{})
		s.Observe(inbound(t0, "alice@example.com", []string{"bob@corp.test"}, "links.example"))
		if flush {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		var rcpts, doms []string
		for i := range 50 {
			rcpts = append(rcpts, fmt.Sprintf("r%d@corp.test", i))
			doms = append(doms, fmt.Sprintf("d%d.example", i))
		}
		f, err := s.Lookup(query(t0.Add(time.Hour), "alice@example.com", append(rcpts, "bob@corp.test"), append(doms, "links.example")...))
		if err != nil {
			t.Fatal(err)
		}
		for name, m := range map[string]map[string]baseline.Stat{
			"domains": f.Domains, "hosts": f.Hosts, "sender links": f.SenderLinks,
			"sender domain links": f.SenderDomainLinks, "bob's links": f.Recipients["bob@corp.test"].Links,
		} {
			if len(m) != 1 || m["links.example"].Messages != 1 {
				t.Errorf("flush=%v: %s = %v, want only links.example, seen once", flush, name, m)
			}
		}
		for _, r := range rcpts {
			if m := f.Recipients[r].Links; m != nil {
				t.Errorf("flush=%v: %s's links hold %d entries, want nil (no record)", flush, r, len(m))
			}
		}
	}
}

// Query.FamilyDomains are looked up as link domains org-wide and for each
// recipient, pending or flushed, and only there.
func TestLookupFamilyDomains(t *testing.T) {
	for _, flush := range []bool{false, true} {
		s := baselinetest.Store(t, baseline.Options{})
		s.Observe(inbound(t0, "alice@example.com", []string{"bob@corp.test"}, "family.example"))
		if flush {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		q := query(t0.Add(time.Hour), "eve@other.test", []string{"bob@corp.test", "dave@corp.test"}, "sister.example")
		q.FamilyDomains = []string{"Family.example", "unseen.example"}
		f, err := s.Lookup(q)
		if err != nil {
			t.Fatal(err)
		}
		if f.FamilyDomains["family.example"].Messages != 1 || f.FamilyDomains["unseen.example"].Seen() ||
			f.Recipients["bob@corp.test"].FamilyLinks["family.example"].Messages != 1 ||
			f.Recipients["dave@corp.test"].FamilyLinks["family.example"].Seen() ||
			f.Domains["family.example"].Seen() || f.Recipients["bob@corp.test"].Links["family.example"].Seen() {
			t.Errorf("flush=%v: %+v", flush, f)
		}
	}
}

func TestFlushIsAdditive(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	for i := 0; i < 3; i++ {
		s.Observe(inbound(t0.Add(time.Duration(i)*24*time.Hour), "a@x.test", []string{"b@corp.test"}, "l.test"))
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	s.Observe(inbound(t0.Add(72*time.Hour), "a@x.test", []string{"b@corp.test"}, "l.test")) // pending
	f, err := s.Lookup(query(t0.Add(73*time.Hour), "a@x.test", []string{"b@corp.test"}, "l.test"))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Domains["l.test"]; got.Messages != 4 || got.Days != 4 {
		t.Errorf("domain = %+v, want 4 messages on 4 days", got)
	}
	if got := f.Recipients["b@corp.test"].Pair; got.Messages != 4 || got.Days != 4 {
		t.Errorf("pair = %+v, want 4 messages on 4 days", got)
	}
}

func TestRunFlushesAndStops(t *testing.T) {
	db := baselinetest.DB(t)
	s, err := baseline.New(db, baseline.Options{FlushInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	var runErr error
	go func() { defer wg.Done(); runErr = s.Run(ctx) }()
	s.Observe(inbound(t0, "a@x.test", []string{"b@corp.test"}, "l.test"))
	time.Sleep(50 * time.Millisecond)
	cancel()
	wg.Wait()
	if runErr != nil {
		t.Fatalf("Run = %v", runErr)
	}
	// A second store on the same DB sees only flushed data.
	s2, err := baseline.New(db, baseline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := s2.Lookup(query(t0, "a@x.test", nil, "l.test"))
	if f.Domains["l.test"].Messages != 1 {
		t.Errorf("after Run: domain = %+v, want flushed", f.Domains["l.test"])
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close = %v", err)
	}
}

func TestMaxPendingFlushes(t *testing.T) {
	db := baselinetest.DB(t)
	s, err := baseline.New(db, baseline.Options{MaxPending: 50})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ { // ~10 records each: must flush without Run
		s.Observe(inbound(t0, "a@x.test", []string{"b@corp.test"}, "l"+string(rune('a'+i))+".test"))
	}
	s2, err := baseline.New(db, baseline.Options{}) // sees only flushed data
	if err != nil {
		t.Fatal(err)
	}
	if f := lookup(t, s2, query(t0, "a@x.test", nil)); f.Sender.Messages < 10 {
		t.Errorf("with MaxPending 50, flushed sender messages = %d, want >= 10", f.Sender.Messages)
	}
}

// A flush that fails part-way writes nothing and keeps every observation
// pending (and visible to lookups).
// A flush that fails (here: the disk is full, bbolt's MaxSize) writes
// nothing and keeps everything pending, still visible to lookups.
func TestFailedFlushKeepsPending(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "full.db"), 0o600, &bolt.Options{Timeout: time.Second, MaxSize: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := baseline.New(db, baseline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 3000 // far more than 256 KiB of records
	for i := 0; i < n; i++ {
		s.Observe(inbound(t0, fmt.Sprintf("s%d@x.test", i), []string{"b@corp.test"}, fmt.Sprintf("l%d.test", i)))
	}
	s.Observe(inbound(t0, "s0@x.test", []string{"b@corp.test"}, "l0.test"))
	if err := s.Flush(); err == nil {
		t.Fatal("Flush into a full DB succeeded")
	}
	stored, err := baseline.New(db, baseline.Options{}) // sees only flushed data
	if err != nil {
		t.Fatal(err)
	}
	if f := lookup(t, stored, query(t0, "s1@x.test", nil, "l1.test")); f.Sender.Seen() || f.Domains["l1.test"].Seen() {
		t.Errorf("failed flush left records behind: sender %+v, domain %+v", f.Sender, f.Domains["l1.test"])
	}
	f := lookup(t, s, query(t0, "s0@x.test", []string{"b@corp.test"}, "l0.test"))
	checks := []struct {
		name      string
		got, want int
	}{
		{"sender messages", f.Sender.Messages, 2},
		{"recipient messages", f.Recipients["b@corp.test"].Recipient.Messages, n + 1},
		{"sender link messages", f.SenderLinks["l0.test"].Messages, 2},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
}

// Key parts longer than any valid address, host or sensible display name
// are not learned, so they can never exceed bbolt's key limit and stop
// every flush; the rest of the observation is learned.
func TestOversizedKeysNotLearned(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	long := strings.Repeat("n", 40000)
	o := inbound(t0, "a@x.test", []string{"b@corp.test", long + "@corp.test"}, "l.test", long+".test")
	o.SenderName = long
	s.Observe(o)
	s.Observe(inbound(t0, long+"@x.test", []string{"b@corp.test"}, "l.test"))
	if err := s.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	f := lookup(t, s, query(t0, "a@x.test", []string{"b@corp.test"}, "l.test"))
	if f.Sender.Messages != 1 || f.Domains["l.test"].Messages != 2 || f.Recipients["b@corp.test"].Recipient.Messages != 2 {
		t.Errorf("ordinary keys not learned: sender %+v, domain %+v, recipient %+v",
			f.Sender, f.Domains["l.test"], f.Recipients["b@corp.test"].Recipient)
	}
	q := query(t0, "a@x.test", nil, long+".test")
	q.SenderName = long
	if f := lookup(t, s, q); f.SenderName.Seen() || f.Domains[long+".test"].Seen() {
		t.Errorf("oversized keys learned: name %+v, domain %+v", f.SenderName, f.Domains[long+".test"])
	}
}

// Senders counts stored sender addresses up to its limit: none on a fresh
// store, flushed senders once, never more than the limit.
func TestSendersCountsUpToLimit(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	if n, err := s.Senders(10); err != nil || n != 0 {
		t.Fatalf("fresh store: %d, %v; want 0", n, err)
	}
	for i := range 5 {
		s.Observe(inbound(t0, fmt.Sprintf("s%d@example.com", i), []string{"bob@corp.test"}))
		s.Observe(inbound(t0, fmt.Sprintf("S%d@Example.com", i), []string{"bob@corp.test"})) // the same address
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ limit, want int }{{3, 3}, {5, 5}, {100, 5}} {
		if n, err := s.Senders(tc.limit); err != nil || n != tc.want {
			t.Errorf("Senders(%d) = %d, %v; want %d", tc.limit, n, err, tc.want)
		}
	}
}

// TestRunPrunesSoonAfterStart: a daemon restarted more often than
// PruneInterval still prunes (FirstPrune); before, the first prune came
// one whole interval after start.
func TestRunPrunesSoonAfterStart(t *testing.T) {
	db := baselinetest.DB(t)
	opts := baseline.Options{FlushInterval: time.Hour, Retention: 24 * time.Hour, PruneInterval: time.Hour, FirstPrune: 10 * time.Millisecond}
	s, err := baseline.New(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-48 * time.Hour)
	s.Observe(inbound(old, "a@x.test", []string{"b@corp.test"}, "l.test"))
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	time.Sleep(300 * time.Millisecond)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run = %v", err)
	}
	f, _ := s.Lookup(query(time.Now(), "a@x.test", nil, "l.test"))
	if f.Sender.Seen() || f.Domains["l.test"].Seen() {
		t.Errorf("entries past retention survived the first prune: %+v", f.Sender)
	}
}

// A display name is one name however its spaces are written: a no-break
// or ideographic space, an invisible character beside a space, or its
// letters in fullwidth or mathematical bold form show the reader the same
// name, so it finds the same history (shadow_identity
// reads it).
func TestSenderNameSpacesAndInvisibles(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	o := inbound(t0, "kevin@partner.test", []string{"dana@corp.test"}, "partner.test")
	o.SenderName = "Kevin Marsh"
	s.Observe(o)
	if err := s.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	for _, name := range []string{"Kevin\u00a0Marsh", "kevin\u3000marsh", "Kevin\u202fMarsh", "Kevin\u200b Marsh", "Ke\u00advin Marsh", "\u200eKevin Marsh", "Kevin\vMarsh", "Kevin\fMarsh", "Kevin \v Marsh", "Ｋｅｖｉｎ Ｍａｒｓｈ", "\U0001d40a\U0001d41e\U0001d42f\U0001d422\U0001d427 Marsh", "Kevin\u00a0\uff2d\uff41\uff52\uff53\uff48"} {
		q := query(t0, "kevin.marsh@free.test", []string{"dana@corp.test"})
		q.SenderName = name
		if f := lookup(t, s, q); f.SenderName.Senders != 1 {
			t.Errorf("%q: name stat %+v, want the name seen from one address", name, f.SenderName)
		}
	}
	q := query(t0, "kevin.marsh@free.test", []string{"dana@corp.test"})
	for _, name := range []string{"Kevin Marshall", "Kévin Marsh", "Kevin Marsh\xff"} {
		q.SenderName = name
		if f := lookup(t, s, q); f.SenderName.Seen() {
			t.Errorf("%q: another name found %+v", name, f.SenderName)
		}
	}
}

// A map of per-domain records is sized by the records it holds, not by
// the domains asked: when each of many recipients knows only the first of
// many link domains, a map made room for all of them for each recipient.
func TestLookupMapsSizedByRecords(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	var rcpts []string
	for i := range 200 {
		rcpts = append(rcpts, fmt.Sprintf("r%d@corp.test", i))
	}
	s.Observe(inbound(t0, "alice@example.com", rcpts, "known.example"))
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	doms := []string{"known.example"}
	for i := range 2000 {
		doms = append(doms, fmt.Sprintf("d%d.example", i))
	}
	q := query(t0.Add(time.Hour), "bob@other.test", rcpts, doms...)
	lookup := func() {
		if _, err := s.Lookup(q); err != nil {
			t.Fatal(err)
		}
	}
	lookup()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	lookup()
	runtime.ReadMemStats(&after)
	// Each recipient holds one record; 40 KB each is far above what one
	// record costs and far below room for 2,001.
	if got, limit := after.TotalAlloc-before.TotalAlloc, uint64(len(rcpts))*40<<10; got > limit {
		t.Errorf("lookup allocated %d KB for %d recipients with one record each, want at most %d KB", got>>10, len(rcpts), limit>>10)
	}
}
