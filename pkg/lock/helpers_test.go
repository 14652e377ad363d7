package lock

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// fakeClock is a settable clock for tests.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *fakeClock { return &fakeClock{t: time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// openTestDB opens a temporary bbolt DB closed at the end of the test.
func openTestDB(t testing.TB) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "test.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// newTestStore returns a store on a temp DB with a fake clock.
func newTestStore(t testing.TB, opts StoreOptions) (*Store, *fakeClock) {
	t.Helper()
	clk := newClock()
	if opts.Now == nil {
		opts.Now = clk.Now
	}
	s, err := NewStore(openTestDB(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return s, clk
}

func testRecord(level Level, url string) Record {
	return Record{
		URL: url, Level: level, Score: 7.5,
		Chain:     []string{"https://wrap.example/?u=" + url},
		Reasons:   []Reason{{Code: "new-domain", Text: "First time anyone in your organisation received a link to this domain."}},
		MessageID: "<m1@sender.example>", QueueID: "4XyZ1abc", Sender: "alice@sender.example", Recipient: "bob@corp.example",
	}
}

func createOne(t testing.TB, s *Store, r Record) string {
	t.Helper()
	ids, err := s.CreateLocks(t.Context(), []Record{r})
	if err != nil {
		t.Fatal(err)
	}
	return ids[0]
}
