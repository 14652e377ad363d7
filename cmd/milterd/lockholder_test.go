package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

func TestLockPID(t *testing.T) {
	locks := `1: FLOCK  ADVISORY  WRITE 10357 fe:00:9978241 0 EOF
2: -> FLOCK  ADVISORY  WRITE 999 08:11:42 0 EOF
3: FLOCK  ADVISORY  READ 4242 08:11:42 0 EOF
4: POSIX  ADVISORY  WRITE 77 fe:01:42 0 EOF
5: FLOCK  ADVISORY  WRITE 0 08:11:44 0 EOF
6: OFDLCK ADVISORY  WRITE -1 08:11:45 0 EOF
junk line
`
	tests := []struct {
		name  string
		f     fileID
		pid   int
		found bool
	}{
		{"holder, not the waiter before it", fileID{8, 0x11, 42}, 4242, true},
		{"hex device numbers", fileID{0xfe, 0, 9978241}, 10357, true},
		{"same inode, other device", fileID{0xfe, 2, 42}, 0, false},
		{"no lock", fileID{8, 0x11, 43}, 0, false},
		{"a holder in another pid namespace", fileID{8, 0x11, 44}, 0, false},
		{"an open file description lock", fileID{8, 0x11, 45}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pid, ok := lockPID(strings.NewReader(locks), tc.f)
			if pid != tc.pid || ok != tc.found {
				t.Errorf("lockPID = %d, %v; want %d, %v", pid, ok, tc.pid, tc.found)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		cmdline string
		ours    bool
		want    string
		daemon  bool
		command bool
	}{
		{"/usr/local/bin/milterd\x00-config\x00/etc/firstsight/milterd.toml\x00", true, "milterd", true, false},
		{"milterd\x00serve\x00", true, "milterd", true, false},
		{"milterd\x00", true, "milterd", true, false},
		{"./milterd\x00replay\x00-db\x00x.db\x00stream\x00", true, "milterd replay", false, true},
		{"/opt/fs/firstsight\x00compact\x00", true, "firstsight compact", false, true},
		// Another build of milterd may be a daemon: not called a command.
		{"/usr/sbin/milterd\x00replay\x00", false, "milterd", false, false},
		{"/usr/bin/flock\x00-x\x00db\x00", false, "flock", false, false},
		{"evil\x1b[31m\x00", false, "evil?[31m", false, false},
	}
	for _, tc := range tests {
		h := describe(7, []byte(tc.cmdline), tc.ours)
		if h.name != tc.want || h.daemon != tc.daemon || h.command() != tc.command || h.pid != 7 {
			t.Errorf("describe(%q, %v) = %+v; want %q daemon=%v command=%v", tc.cmdline, tc.ours, h, tc.want, tc.daemon, tc.command)
		}
	}
}

// TestLockHolderFindsThisProcess locks a file as bbolt does and expects
// lockHolder to name this test binary.
func TestLockHolderFindsThisProcess(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/locks is Linux's")
	}
	path := filepath.Join(t.TempDir(), "x.db")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, ok := lockHolder(path); ok {
		t.Fatal("lockHolder found a holder of an unlocked file")
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	// This test binary, run with flags only, stands for the daemon (as
	// the tests that run serve in this process rely on).
	h, ok := lockHolder(path)
	if !ok || h.pid != os.Getpid() || !h.ours || !h.daemon {
		t.Fatalf("lockHolder = %+v, %v; want this process (%d), ours, as a daemon", h, ok, os.Getpid())
	}
	if want := filepath.Base(os.Args[0]); h.name != want {
		t.Errorf("holder name %q, want %q", h.name, want)
	}
	want := fmt.Sprintf("the running milterd (pid %d); admin commands talk to its API", os.Getpid())
	if got := lockedBy(lockHolder(path)); !strings.Contains(got, want) {
		t.Errorf("lockedBy = %q, want %q", got, want)
	}
}

// holdLock starts this test binary, named argv[0] with arguments argv[1:]
// (as /proc shows them), holding path's lock as bbolt does until the test
// ends; it returns the process's pid.
func holdLock(t *testing.T, path string, argv ...string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Args = argv
	cmd.Env = append(os.Environ(), "FIRSTSIGHT_HOLD_LOCK="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if line != "locked\n" {
		t.Fatalf("lock holder said %q (%v)", line, err)
	}
	return cmd.Process.Pid
}

// holdLockMain is the holder's side: lock, say so, wait for stdin to close.
func holdLockMain(path string) int {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return 1
	}
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX) != nil {
		return 1
	}
	os.Stdout.WriteString("locked\n")
	io.Copy(io.Discard, os.Stdin)
	return 0
}

// explain on a file another milterd command holds names that command and
// does not ask a daemon's API, which has nothing to do with it.
func TestExplainHeldByReplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/locks is Linux's")
	}
	dir, path, msg := dbAndMessage(t)
	pid := holdLock(t, path, "milterd", "replay", "-db", path, "stream")
	for _, args := range [][]string{{"-db", path}, {"-config", writeConfig(t, dir, path)}} {
		var out, errb bytes.Buffer
		code := run(context.Background(), append(append([]string{"explain"}, args...), msg), &out, &errb)
		want := fmt.Sprintf("%s is in use by milterd replay (pid %d)", path, pid)
		if e := errb.String(); code != 1 || !strings.Contains(e, want) || strings.Contains(e, "admin API") {
			t.Errorf("explain %v: exit %d, stderr %q; want exit 1 saying %q", args, code, e, want)
		}
	}
	_, err := openDB(path, false)
	if want := fmt.Sprintf("locked by milterd replay (pid %d), until it ends", pid); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("openDB: %v; want %q", err, want)
	}
	var errb bytes.Buffer
	code := run(context.Background(), []string{"compact", "-db", path, "-o", filepath.Join(dir, "new.db")}, io.Discard, &errb)
	if want := fmt.Sprintf("locked by milterd replay (pid %d): wait for it to end", pid); code != 1 || !strings.Contains(errb.String(), want) {
		t.Errorf("compact: exit %d, %q; want %q", code, errb.String(), want)
	}
}

// dbAndMessage makes, in a new directory, a database (closed, for a
// holdLock to hold) and a message with one link to explain against it.
func dbAndMessage(t *testing.T) (dir, db, msg string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "held.db")
	b, err := openDB(db, false)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	msg = filepath.Join(dir, "m.eml")
	if err := os.WriteFile(msg, []byte("From: a@x.example\r\nTo: b@corp.example\r\nSubject: x\r\n\r\nhttps://x.example/\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, db, msg
}

func writeConfig(t *testing.T, dir, db string) string {
	t.Helper()
	p := filepath.Join(dir, "c.toml")
	if err := os.WriteFile(p, []byte(fmt.Sprintf("db = %q\n", db)), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Whatever /proc/locks and a process's command line hold, lockPID and
// describe never panic, and the name they give prints no control
// character.
func FuzzLockHolder(f *testing.F) {
	f.Add("1: FLOCK  ADVISORY  WRITE 10357 fe:00:9978241 0 EOF\n", []byte("/usr/local/bin/milterd\x00replay\x00"), true)
	f.Add("1: -> FLOCK ADVISORY WRITE 9 08:11:42 0 EOF\n2: POSIX ADVISORY READ -1 08:11:42 0 EOF\n", []byte("\x00\x00"), false)
	f.Add("x: a b c 1 ffffffffff:0:1\n", []byte("m\x00\x1b[2Jsub\x00"), true)
	f.Fuzz(func(t *testing.T, locks string, cmdline []byte, ours bool) {
		lockPID(strings.NewReader(locks), fileID{8, 0x11, 42})
		h := describe(1, cmdline, ours)
		if s := h.String(); strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
			t.Errorf("name %q prints a control character", s)
		}
		if h.command() && h.daemon {
			t.Errorf("%+v: both a command and the daemon", h)
		}
	})
}
