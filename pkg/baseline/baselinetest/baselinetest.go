// Package baselinetest provides a temporary bbolt DB for tests of code that
// uses pkg/baseline.
package baselinetest

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// DB opens a fresh bbolt file in t.TempDir, closed at test end.
func DB(t testing.TB) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "baseline.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatalf("baselinetest: open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Store returns a Store on a fresh temp DB; it is closed (flushed) at test
// end, before the DB.
func Store(t testing.TB, opts baseline.Options) *baseline.Store {
	t.Helper()
	db := DB(t)
	s, err := baseline.New(db, opts)
	if err != nil {
		t.Fatalf("baselinetest: new: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
