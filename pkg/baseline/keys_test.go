package baseline

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The link-name dictionary loses a name when its domain is pruned, and
// two-part keys are two ids of the parts.
func TestLinkNamesPrunedWithDomain(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "b.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(db, Options{Retention: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s.Observe(Observation{Time: t0, Sender: "a@x.test", Recipients: []string{"b@corp.test"}, LinkDomains: []string{"old.test"}})
	s.Observe(Observation{Time: t0.Add(48 * time.Hour), Sender: "a@x.test", Recipients: []string{"b@corp.test"}, LinkDomains: []string{"new.test"}})
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	names := func() map[string]string {
		m := map[string]string{}
		db.View(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketLinkNames).ForEach(func(k, v []byte) error { m[string(k)] = string(v); return nil })
		})
		return m
	}
	if got := names(); len(got) != 2 || got[s.keys.id("old.test")] != "old.test" {
		t.Fatalf("dictionary before prune = %q", got)
	}
	if _, err := s.Prune(t0.Add(49 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := names(); len(got) != 1 || got[s.keys.id("new.test")] != "new.test" {
		t.Errorf("dictionary after prune = %q, want only new.test", got)
	}
	key := compound(s.keys.id(string(s.keys.appendAddr(nil, "a@x.test"))), s.keys.id("new.test"))
	db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(kinds[kSLink].bucket).Get([]byte(key)); len(key) != 2*idLen || v == nil {
			t.Errorf("sender-link key %x (%d bytes) not found", key, len(key))
		}
		if n := tx.Bucket(kinds[kSLink].bucket).Stats().KeyN; n != 1 {
			t.Errorf("sender-link has %d keys after prune, want 1", n)
		}
		return nil
	})
}
