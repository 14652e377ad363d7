package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// access(2) modes: syscall has the call but not the names.
const (
	accessW = 0x2 // W_OK
	accessX = 0x1 // X_OK
)

// checkDBPath tells, without creating or changing anything, whether the
// daemon can open path as its database: an existing file must be a
// regular file it may write (bbolt opens it read-write and takes its
// lock there); a missing one is created, with its missing directories
// (openDB), so the nearest existing directory must let it create
// entries; a symbolic link to a missing file creates it where the link
// points, in a directory that must exist. access(2) asks the kernel, so modes, ACLs and a read-only
// mount all count; it answers for the user running the check (as root,
// every mode passes: run -check-config as the daemon's user; run as root,
// it says so, checkWarnings).
func checkDBPath(path string) error {
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("db: %s is a directory; name the database file in it, such as %s", path, filepath.Join(path, "firstsight.db"))
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("db: %s is not a regular file (%s)", path, fi.Mode().Type())
	case err == nil:
		if err := syscall.Access(path, accessW); err != nil {
			return fmt.Errorf("db: %s cannot be opened for writing: %w; %s", path, err, fixWrite)
		}
		return checkBoltFile(path, fi.Size())
	case !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("db: %w", err)
	}
	if target, ok := danglingLink(path); ok {
		return checkLinkTarget(path, target)
	}
	dir, err := existingDir(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("db: cannot create %s: %w", path, err)
	}
	if err := syscall.Access(dir, accessW|accessX); err != nil {
		return fmt.Errorf("db: cannot create %s: directory %s is not writable: %w; %s", path, dir, err, fixWrite)
	}
	return nil
}

// fixWrite says what to do about a database path the daemon may not write.
const fixWrite = "give the daemon's user write access (chown), or name a path it may write (the systemd unit's StateDirectory, /var/lib/firstsight)"

// danglingLink: path is a symbolic link (or a chain of them) to a file
// that does not exist; target is the last link's target.
func danglingLink(path string) (target string, ok bool) {
	for range 40 { // the kernel's limit on links followed
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, target != ""
		}
		t, err := os.Readlink(path)
		if err != nil {
			return "", false
		}
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(path), t)
		}
		path, target = t, t
	}
	return "", false
}

// checkLinkTarget: opening link creates target through it, in target's
// directory, which openDB does not create (it creates the link's own).
func checkLinkTarget(link, target string) error {
	dir := filepath.Dir(target)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("db: cannot create %s, the target of the link %s: directory %s does not exist; create it, or point the link elsewhere", target, link, dir)
	case err != nil:
		return fmt.Errorf("db: cannot create %s, the target of the link %s: %w", target, link, err)
	case !fi.IsDir():
		return fmt.Errorf("db: cannot create %s, the target of the link %s: %s is not a directory", target, link, dir)
	}
	if err := syscall.Access(dir, accessW|accessX); err != nil {
		return fmt.Errorf("db: cannot create %s, the target of the link %s: directory %s is not writable: %w; %s", target, link, dir, err, fixWrite)
	}
	return nil
}

// existingDir is dir or its nearest ancestor that exists, which must be a
// directory.
func existingDir(dir string) (string, error) {
	for {
		fi, err := os.Stat(dir)
		if err == nil && fi.IsDir() {
			return dir, nil
		}
		if err == nil {
			return "", fmt.Errorf("%s is not a directory", dir)
		}
		parent := filepath.Dir(dir)
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) || parent == dir {
			return "", err
		}
		dir = parent
	}
}

// boltMagic opens each of bbolt's two meta pages, after the page's
// 16-byte header, in the machine's byte order (go.etcd.io/bbolt's magic).
const boltMagic = 0xED0CDAED

// checkBoltFile: an existing, non-empty file at the database path must
// be a bbolt file; anything else (a config file or /etc/passwd named by
// mistake, which root may write) passed the check and failed at start
// with "invalid database". An empty file is one bbolt initialises; a file
// the check cannot read is left to the start. Like bbolt, it takes the
// second meta page when the first is damaged (hasBoltMagic).
func checkBoltFile(path string, size int64) error {
	if size == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	if hasBoltMagic(f, size) {
		return nil
	}
	return fmt.Errorf("db: %s is not a bbolt database (no bbolt header in either meta page); name milterd's database file, or a new path for a fresh one", path)
}

// hasBoltMagic: the first meta page (at 0) or the second (one page in,
// the page size unknown when the first is damaged: bbolt's Open tries
// 1 KiB to 16 MiB, short of the file's last KiB) carries boltMagic.
func hasBoltMagic(f io.ReaderAt, size int64) bool {
	at := func(pos int64) bool {
		var h [20]byte
		_, err := f.ReadAt(h[:], pos)
		return err == nil && binary.NativeEndian.Uint32(h[16:]) == boltMagic
	}
	if at(0) {
		return true
	}
	for i := range 15 {
		pos := int64(1024) << i
		if pos >= size-1024 {
			break
		}
		if at(pos) {
			return true
		}
	}
	return false
}
