package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/internal/config"
)

// TestEngineOptionsQR: limits.max_qr_pixels reaches the link reader; 0
// turns QR reading off rather than taking the reader's default.
func TestEngineOptionsQR(t *testing.T) {
	for _, tc := range []struct {
		pixels int
		noQR   bool
	}{{4 << 20, false}, {1 << 20, false}, {0, true}} {
		c := config.Default()
		c.Limits.MaxQRPixels = tc.pixels
		o := engineOptions(c).Links
		if o.NoQR != tc.noQR || !tc.noQR && o.MaxQRPixels != tc.pixels {
			t.Errorf("max_qr_pixels %d: links options %+v, want NoQR %v", tc.pixels, o, tc.noQR)
		}
	}
}

// TestStaleSocket: a socket nobody answers on is removed; one a running
// process listens on is refused, not stolen.
func TestStaleSocket(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.sock")
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	if err := removeStaleSocket(path); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("live socket: %v, want refused as in use", err)
	}
	ln.Close()
	if err := removeStaleSocket(path); err != nil {
		t.Errorf("stale socket: %v", err)
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale socket still there: %v", err)
	}
}

// TestOpenDamagedDB: a truncated database file gives an error naming it
// and what to do, not bbolt's panic.
func TestOpenDamagedDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fs.db")
	db, err := openDB(path, false)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, _ := os.ReadFile(path)
	os.WriteFile(path, b[:len(b)/2], 0o600)
	if _, err := openDB(path, false); err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "backup") {
		t.Errorf("truncated DB: %v, want an error naming the file and the backup", err)
	}
}

// TestCheckDB: a database that opens but has a damaged page is reported
// at start with what to do, and a sound one is not.
func TestCheckDB(t *testing.T) {
	path, db := filledDB(t)
	var out bytes.Buffer
	checkDB(db, path, slog.New(slog.NewTextHandler(&out, nil)), nopErrors{})
	db.Close()
	if out.Len() != 0 {
		t.Fatalf("sound database reported: %s", out.String())
	}
	f, _ := os.OpenFile(path, os.O_RDWR, 0)
	f.WriteAt([]byte{0xff, 0xff}, 6*4096+8) // a data page's type
	f.Close()
	db, err := openDB(path, false)
	if err != nil {
		t.Fatalf("damaged data page: open failed (%v); this test needs one that opens", err)
	}
	defer db.Close()
	checkDB(db, path, slog.New(slog.NewTextHandler(&out, nil)), nopErrors{})
	if !strings.Contains(out.String(), "database is damaged") || !strings.Contains(out.String(), "backup") {
		t.Errorf("damaged page not reported: %q", out.String())
	}
}

// filledDB is an open database of several pages: one bucket of 2,000
// keys with 100-byte values.
func filledDB(t *testing.T) (string, *bolt.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "fs.db")
	db, err := openDB(path, false)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b, _ := tx.CreateBucketIfNotExists([]byte("b"))
		for i := range 2000 {
			b.Put(fmt.Appendf(nil, "key-%05d", i), bytes.Repeat([]byte("v"), 100))
		}
		return nil
	})
	return path, db
}

type nopErrors struct{}

func (nopErrors) Error(string) {}

// TestCheckDBFault: a leaf element whose key offset points far outside
// its page is reported, not a fatal fault (bbolt's own Check read it in a
// goroutine of its own, where a fault cannot be recovered).
func TestCheckDBFault(t *testing.T) {
	path, db := filledDB(t)
	db.Close()
	raw, _ := os.ReadFile(path)
	done := false
	for off := 4096 * 2; off+4096 <= len(raw) && !done; off += 4096 {
		flags := binary.LittleEndian.Uint16(raw[off+8:])
		count := binary.LittleEndian.Uint16(raw[off+10:])
		if flags == 0x02 && count > 10 {
			binary.LittleEndian.PutUint32(raw[off+16+4:], 0x7ffffff0) // first element's pos
			done = true
		}
	}
	if !done {
		t.Skip("no leaf page")
	}
	os.WriteFile(path, raw, 0o600)
	db, err := openDB(path, false)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer db.Close()
	var out bytes.Buffer
	checkDB(db, path, slog.New(slog.NewTextHandler(&out, nil)), nopErrors{})
	if !strings.Contains(out.String(), "database is damaged") {
		t.Errorf("a key offset outside its page was not reported: %q", out.String())
	}
}
