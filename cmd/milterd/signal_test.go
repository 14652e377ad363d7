package main

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/d--j/go-milter"

	"github.com/firstsight/firstsight/internal/milterclient"
)

// TestMain runs milterd's main instead of the tests when asked to, so a
// test can start the daemon as a real process and signal it, or holds a
// database file's lock as another process would (holdLock).
func TestMain(m *testing.M) {
	if path := os.Getenv("FIRSTSIGHT_HOLD_LOCK"); path != "" {
		os.Exit(holdLockMain(path))
	}
	if os.Getenv("FIRSTSIGHT_RUN_MAIN") == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
		defer stop()
		os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestFirstSignalDrainsSecondForces: with an MTA session still open, the
// first SIGTERM drains (the process waits for it), the second exits at once.
func TestFirstSignalDrainsSecondForces(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-listen", "inet:"+freeAddr(t), "-http", freeAddr(t), "-db", filepath.Join(t.TempDir(), "fs.db"))
	cmd.Env = append(os.Environ(), "FIRSTSIGHT_RUN_MAIN=1")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := make(chan string, 100)
	go func() {
		for sc := bufio.NewScanner(stderr); sc.Scan(); {
			lines <- sc.Text()
		}
		close(lines)
	}()
	addr := waitLine(t, lines, regexp.MustCompile(`msg="milter listening" addr=(\S+)`))
	waitLine(t, lines, regexp.MustCompile(`msg="milterd ready"`))
	sess, err := milterclient.Dial(milter.NewClient("tcp", addr))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()

	cmd.Process.Signal(syscall.SIGTERM)
	waitLine(t, lines, regexp.MustCompile(`draining`))
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("exited while a session was open: %v", err)
	case <-time.After(time.Second):
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("second SIGTERM: exit %v, want status 1", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("second SIGTERM did not force an exit")
	}
}

// startProcess starts milterd as a process on loopback ports and a
// temporary DB, and returns it with its stderr lines once it is ready.
func startProcess(t *testing.T) (*exec.Cmd, <-chan string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-listen", "inet:"+freeAddr(t), "-http", freeAddr(t), "-db", filepath.Join(t.TempDir(), "fs.db"))
	cmd.Env = append(os.Environ(), "FIRSTSIGHT_RUN_MAIN=1")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	lines := make(chan string, 100)
	go func() {
		for sc := bufio.NewScanner(stderr); sc.Scan(); {
			lines <- sc.Text()
		}
		close(lines)
	}()
	waitLine(t, lines, regexp.MustCompile(`msg="milterd ready"`))
	return cmd, lines
}

// TestHangupIgnored: SIGHUP, which logrotate and configuration tools send,
// does not kill the daemon (Go's default, without a log line or a drain);
// it says milterd does not reload and keeps running.
func TestHangupIgnored(t *testing.T) {
	cmd, lines := startProcess(t)
	cmd.Process.Signal(syscall.SIGHUP)
	waitLine(t, lines, regexp.MustCompile(`SIGHUP ignored`))
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("exited after SIGHUP: %v", err)
	case <-time.After(500 * time.Millisecond):
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("SIGTERM after SIGHUP: %v, want a clean exit", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no exit after SIGTERM")
	}
}

// waitLine returns the first submatch of the first line matching re.
func waitLine(t *testing.T, lines <-chan string, re *regexp.Regexp) string {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("daemon output ended before %s", re)
			}
			if m := re.FindStringSubmatch(l); m != nil {
				return strings.Join(m[1:], "")
			}
		case <-deadline:
			t.Fatalf("no line matching %s", re)
		}
	}
}

// TestFailedStartNotClean: a daemon that cannot start (its HTTP port is
// taken) exits 1 with the cause, and does not also say it stopped cleanly.
func TestFailedStartNotClean(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var out, errOut strings.Builder
	code := run(context.Background(), []string{"-listen", "inet:" + freeAddr(t), "-http", ln.Addr().String(), "-db", filepath.Join(t.TempDir(), "fs.db")}, &out, &errOut)
	if code != 1 || strings.Contains(errOut.String(), "stopped cleanly") || !strings.Contains(errOut.String(), "address already in use") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 naming the port in use, without \"stopped cleanly\"", code, errOut.String())
	}
}
