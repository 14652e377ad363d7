package baseline_test

import (
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/baseline/baselinetest"
)

// Back-pressure flushes in the background while observers go on: with
// several observers, lookups beside them and a tiny MaxPending (a flush
// every few messages), nothing is lost or counted twice.
func TestBackPressureKeepsEverything(t *testing.T) {
	db := baselinetest.DB(t)
	s, err := baseline.New(db, baseline.Options{MaxPending: 50, OnError: func(err error) { t.Error(err) }})
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 4, 150
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				s.Observe(inbound(t0, "a@x.test", []string{fmt.Sprintf("r%d@corp.test", w)}, fmt.Sprintf("l%d-%d.test", w, i)))
				if i%10 == 0 {
					lookup(t, s, query(t0, "a@x.test", []string{"r0@corp.test"}, "l0-0.test"))
				}
			}
		}()
	}
	wg.Wait()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	stored, err := baseline.New(db, baseline.Options{}) // sees only flushed data
	if err != nil {
		t.Fatal(err)
	}
	f := lookup(t, stored, query(t0, "a@x.test", []string{"r0@corp.test", "r3@corp.test"}, "l0-0.test", "l3-149.test"))
	if f.Sender.Messages != workers*each || f.Sender.Recipients != workers {
		t.Errorf("sender: %d messages to %d recipients, want %d to %d", f.Sender.Messages, f.Sender.Recipients, workers*each, workers)
	}
	for _, r := range []string{"r0@corp.test", "r3@corp.test"} {
		if got := f.Recipients[r].Pair.Messages; got != each {
			t.Errorf("pair a -> %s: %d messages, want %d", r, got, each)
		}
	}
	for _, d := range []string{"l0-0.test", "l3-149.test"} {
		if got := f.Domains[d].Messages; got != 1 {
			t.Errorf("domain %s: %d messages, want 1", d, got)
		}
	}
}

// When every flush fails (a full disk), back-pressure neither deadlocks
// nor drops anything: the errors go to OnError and every observation
// stays pending, visible to lookups.
func TestBackPressureFailingFlushes(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "full.db"), 0o600, &bolt.Options{Timeout: time.Second, MaxSize: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var failures atomic.Int64
	s, err := baseline.New(db, baseline.Options{MaxPending: 2000, OnError: func(error) { failures.Add(1) }})
	if err != nil {
		t.Fatal(err)
	}
	const n = 600 // ~5 records each, far more than 256 KiB once past MaxPending
	for i := 0; i < n; i++ {
		s.Observe(inbound(t0, fmt.Sprintf("s%d@x.test", i), []string{"b@corp.test"}, fmt.Sprintf("l%d-%s.test", i, longLabel)))
	}
	if err := s.Flush(); err == nil {
		t.Fatal("Flush into a full DB succeeded")
	}
	if failures.Load() == 0 {
		t.Error("no back-pressure flush failed: the test did not reach MaxPending")
	}
	f := lookup(t, s, query(t0, "s0@x.test", []string{"b@corp.test"}))
	if f.Sender.Messages != 1 || f.Recipients["b@corp.test"].Recipient.Messages != n {
		t.Errorf("pending after failed flushes: sender %d, recipient %d messages, want 1 and %d",
			f.Sender.Messages, f.Recipients["b@corp.test"].Recipient.Messages, n)
	}
}

// longLabel makes link domains big enough to fill a 256 KiB DB quickly.
const longLabel = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij"

// A display name is also kept with the registrable domain of the address
// that used it (SenderNameOrg): another address of the same organisation
// finds it, an address elsewhere does not, whether the name's sender was
// alerts@email.bank.test or the organisation's own domain. Hashed keys too.
func TestSenderNameOrg(t *testing.T) {
	for _, hashed := range []bool{false, true} {
		opts := baseline.Options{}
		if hashed {
			opts.HashKey = []byte("0123456789abcdef0123456789abcdef")
		}
		s, err := baseline.New(baselinetest.DB(t), opts)
		if err != nil {
			t.Fatal(err)
		}
		o := inbound(t0, "alerts@email.bank.test", []string{"r@corp.test"}, "bank.test")
		o.SenderName = "Harbour Bank"
		s.Observe(o)
		for _, tc := range []struct {
			sender, name string
			want         bool
		}{
			{"statements@bank.test", "Harbour  bank", true},
			{"alerts@email.bank.test", "Harbour Bank", true},
			{"statements@bank-online.test", "Harbour Bank", false},
			{"statements@bank.test", "Harbour Bank Online", false},
		} {
			q := query(t0.Add(time.Hour), tc.sender, []string{"r@corp.test"})
			q.SenderName = tc.name
			if got := lookup(t, s, q).SenderNameOrg.Seen(); got != tc.want {
				t.Errorf("hashed %v, %q <%s>: name seen in the organisation %v, want %v", hashed, tc.name, tc.sender, got, tc.want)
			}
		}
		s.Close()
	}
}
