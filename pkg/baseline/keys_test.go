package baseline

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/internal/lineartest"
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

// uniq keeps the first of each normalised value in order, and takes time
// in proportion to its input: a message to 20,000 recipients compared
// each address with all before it.
func TestUniq(t *testing.T) {
	many := make([]string, 0, 40)
	for i := range 40 {
		many = append(many, fmt.Sprintf("U%d@Corp.Example", i%20))
	}
	for _, tc := range []struct{ in, want []string }{
		{nil, []string{}},
		{[]string{"a@x.example", "", "<A@X.example>", "b@x.example"}, []string{"a@x.example", "b@x.example"}},
		{many, func() []string {
			var w []string
			for i := range 20 {
				w = append(w, fmt.Sprintf("u%d@corp.example", i))
			}
			return w
		}()},
	} {
		if got := uniq(tc.in, normAddr); !slices.Equal(got, tc.want) {
			t.Errorf("uniq(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	addrs := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("user%d@corp.example", i)
		}
		return out
	}
	small, big := addrs(5000), addrs(20000)
	lineartest.Check(t, "uniq of 20,000 addresses", func() { uniq(small, normAddr) }, func() { uniq(big, normAddr) })
}
