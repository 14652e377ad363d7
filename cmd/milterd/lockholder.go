package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// holder is the process that holds a database file's lock.
type holder struct {
	pid    int
	name   string // "milterd replay", "milterd" or another program's name
	daemon bool   // a milterd serving mail, whose admin API can answer
}

func (h holder) String() string { return fmt.Sprintf("%s (pid %d)", h.name, h.pid) }

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
		if pid, err := strconv.Atoi(fields[4]); err == nil && sameFile(fields[5], f) {
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

// describe names a process from its NUL-separated command line: a milterd
// with its subcommand, or the program's base name.
func describe(pid int, cmdline []byte) holder {
	args := strings.Split(string(bytes.TrimRight(cmdline, "\x00")), "\x00")
	prog := printable(filepath.Base(args[0]))
	if prog == "" || prog == "." {
		prog = "a process"
	}
	h := holder{pid: pid, name: prog}
	if prog != "milterd" {
		return h
	}
	sub := ""
	if len(args) > 1 && args[1] != "" && args[1][0] != '-' {
		sub = args[1]
	}
	h.daemon = sub == "" || sub == "serve"
	if !h.daemon {
		h.name = "milterd " + printable(sub)
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

// lockedBy says who holds path's lock, for an error message: the running
// daemon, another milterd command, or (when this system cannot tell)
// "another process".
func lockedBy(path string) string {
	h, ok := lockHolder(path)
	switch {
	case !ok:
		return "another process (is milterd already running? admin commands talk to its API instead)"
	case h.daemon:
		return fmt.Sprintf("the running milterd (pid %d); admin commands talk to its API instead", h.pid)
	default:
		return h.String() + ", until it ends"
	}
}
