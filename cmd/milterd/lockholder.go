package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// holder is the process that holds a database file's lock.
type holder struct {
	pid  int
	name string // "milterd replay", "milterd" or another program's name
	// ours: it runs this very program, so its arguments say what it does.
	// Another program may still be a milterd (another build or path).
	ours   bool
	daemon bool // ours, serving mail: its admin API can answer
}

func (h holder) String() string { return fmt.Sprintf("%s (pid %d)", h.name, h.pid) }

// command: it runs this program as a command other than the daemon
// (replay, compact), which no admin API answers for.
func (h holder) command() bool { return h.ours && !h.daemon }

// fileID is a file's device (major, minor) and inode, as /proc/locks names it.
type fileID struct {
	major, minor uint32
	inode        uint64
}

// lockPID finds, in the text of /proc/locks, the process holding a lock on
// the file (not one waiting for it: "->" lines).
func lockPID(r io.Reader, f fileID) (int, bool) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[1] == "->" {
			continue
		}
		// A pid of 0 or less is a holder this system cannot name: one in
		// another pid namespace (0) or an open file description lock (-1).
		if pid, err := strconv.Atoi(fields[4]); err == nil && pid > 0 && sameFile(fields[5], f) {
			return pid, true
		}
	}
	return 0, false
}

// sameFile reads /proc/locks' "MAJOR:MINOR:INODE" (device numbers in hex).
func sameFile(s string, f fileID) bool {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return false
	}
	major, err1 := strconv.ParseUint(parts[0], 16, 32)
	minor, err2 := strconv.ParseUint(parts[1], 16, 32)
	inode, err3 := strconv.ParseUint(parts[2], 10, 64)
	return err1 == nil && err2 == nil && err3 == nil &&
		uint32(major) == f.major && uint32(minor) == f.minor && inode == f.inode
}

// describe names a process from its NUL-separated command line: the
// program's base name and, when it runs this program (ours), its
// subcommand.
func describe(pid int, cmdline []byte, ours bool) holder {
	args := strings.Split(string(bytes.TrimRight(cmdline, "\x00")), "\x00")
	prog := printable(filepath.Base(args[0]))
	if prog == "" || prog == "." {
		prog = "a process"
	}
	h := holder{pid: pid, name: prog, ours: ours}
	if !ours {
		return h
	}
	sub := ""
	if len(args) > 1 && args[1] != "" && args[1][0] != '-' {
		sub = args[1]
	}
	h.daemon = sub == "" || sub == "serve"
	if !h.daemon {
		h.name += " " + printable(sub)
	}
	return h
}

// printable keeps a name from a process's command line from writing
// control characters to the terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return '?'
	}, s)
}

// whoHolds names the holder h of a lock for a message (known false: this
// system cannot tell): the running daemon, a milterd command or another
// program with its pid, or "another process".
func whoHolds(h holder, known bool) string {
	switch {
	case !known:
		return "another process"
	case h.daemon:
		return fmt.Sprintf("the running milterd (pid %d)", h.pid)
	default:
		return h.String()
	}
}

// lockedBy says who holds a lock and what to do, for openDB's error.
func lockedBy(h holder, known bool) string {
	who := whoHolds(h, known)
	if known && h.command() {
		return who + ", until it ends"
	}
	if known && h.daemon {
		return who + "; admin commands talk to its API instead"
	}
	return who + " (is milterd already running? admin commands talk to its API instead)"
}

// heldByCommand: err says a file is locked by this program's replay or
// compact (not a daemon, whose API can answer instead).
func heldByCommand(err error) (holder, bool) {
	var le *lockedError
	if !errors.As(err, &le) {
		return holder{}, false
	}
	return le.holder, le.known && le.holder.command()
}
