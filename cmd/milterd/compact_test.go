package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/lock"
)

// milterd compact copies every bucket: a lock record whose recipients are
// kept once in the message's record (lock/messages) has them all in the
// compacted file, not only its first.
func TestCompactKeepsSharedRecipients(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "fs.db"), filepath.Join(dir, "new.db")
	rcpts := []string{"a@corp.example", "b@corp.example", "c@corp.example"}
	db, err := openDB(src, false)
	if err != nil {
		t.Fatal(err)
	}
	s, err := lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ids, err := s.CreateLocks(context.Background(), []lock.Record{
		{URL: "https://x.example/1", Level: lock.LevelLock, Recipient: rcpts[0], Recipients: rcpts},
		{URL: "https://x.example/2", Level: lock.LevelLock, Recipient: rcpts[0], Recipients: rcpts},
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"compact", "-db", src, "-o", dst}, io.Discard, &errb); code != 0 {
		t.Fatalf("compact: exit %d, %q", code, errb.String())
	}
	db, err = openDB(dst, false)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err = lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		r, err := s.Get(id)
		if err != nil {
			t.Fatalf("after compact, lock %s: %v", id, err)
		}
		if got := r.AllRecipients(); !slices.Equal(got, rcpts) {
			t.Errorf("after compact, lock %s has recipients %v; want %v", id, got, rcpts)
		}
	}
}
