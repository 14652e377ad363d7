package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestCheckBoltFile: checkBoltFile takes every file bbolt opens (any page
// size, the output of milterd backup, a file whose first meta page is
// damaged, which bbolt reads from its second) and refuses files bbolt
// cannot open. A damaged first page was refused at start as "not a bbolt
// database ... a new path for a fresh one", where bbolt would have
// opened the database from its second meta page.
func TestCheckBoltFile(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name string
		make func(t *testing.T, path string)
		ok   bool
	}{
		{"default page size", func(t *testing.T, p string) { newBolt(t, p, nil) }, true},
		{"16 KiB pages", func(t *testing.T, p string) { newBolt(t, p, &bolt.Options{PageSize: 16384}) }, true},
		{"1 KiB pages", func(t *testing.T, p string) { newBolt(t, p, &bolt.Options{PageSize: 1024}) }, true},
		{"a backup (tx.WriteTo, as milterd backup writes)", backupBolt, true},
		{"first meta page zeroed", func(t *testing.T, p string) { newBolt(t, p, nil); zero(t, p, 0, 4096) }, true},
		{"first meta page zeroed, 16 KiB pages", func(t *testing.T, p string) {
			newBolt(t, p, &bolt.Options{PageSize: 16384})
			zero(t, p, 0, 16384)
		}, true},
		{"both meta pages zeroed", func(t *testing.T, p string) { newBolt(t, p, nil); zero(t, p, 0, 8192) }, false},
		{"a config file", func(t *testing.T, p string) { write(t, p, strings.Repeat("listen = \"inet:127.0.0.1:8890\"\n", 400)) }, false},
		{"shorter than a header", func(t *testing.T, p string) { write(t, p, "x") }, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".db")
			tt.make(t, p)
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			err = checkBoltFile(p, fi.Size())
			if (err == nil) != tt.ok {
				t.Errorf("checkBoltFile = %v, want ok %v", err, tt.ok)
			}
			db, openErr := bolt.Open(p, 0o600, &bolt.Options{ReadOnly: true})
			if openErr == nil {
				db.Close()
			}
			if (openErr == nil) != tt.ok {
				t.Errorf("bbolt.Open = %v, want ok %v: the case does not test what it says", openErr, tt.ok)
			}
		})
	}
}

func newBolt(t *testing.T, path string, opts *bolt.Options) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range 3 { // a few transactions, so both meta pages were written
		if err := db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("b"))
			if err != nil {
				return err
			}
			return b.Put([]byte{byte(i)}, []byte("v"))
		}); err != nil {
			t.Fatal(err)
		}
	}
}

func backupBolt(t *testing.T, path string) {
	t.Helper()
	src := path + ".src"
	newBolt(t, src, nil)
	db, err := bolt.Open(src, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := db.View(func(tx *bolt.Tx) error { _, err := tx.WriteTo(f); return err }); err != nil {
		t.Fatal(err)
	}
}

func zero(t *testing.T, path string, from, to int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	clear(b[from:to])
	write(t, path, string(b))
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}
