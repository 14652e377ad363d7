package baseline

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A panic while one observation is staged (the glue recovers it and goes
// on with the next message) must not leave the store locked: later
// lookups, observations and the final flush go on.
func TestPanicWhileStagingReleasesLock(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "b.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	o := Observation{Time: now, Sender: "a@partner.example", Recipients: []string{"b@corp.example"}, LinkDomains: []string{"partner.example"}}
	good := s.pending
	s.pending = &batch{} // no maps: staging panics
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("staging into a batch without maps did not panic; the test no longer tests anything")
			}
		}()
		s.Observe(o)
	}()
	s.pending = good
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Observe(o)
		if _, err := s.Lookup(Query{Now: now, Sender: o.Sender, Recipients: o.Recipients, LinkDomains: o.LinkDomains}); err != nil {
			t.Error(err)
		}
		if err := s.Flush(); err != nil {
			t.Error(err)
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the store stayed locked after a panic while staging")
	}
}
