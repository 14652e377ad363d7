//go:build integration

package integration

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
	"syscall"
	"testing"
	"time"
)

// filterOptions configures one filter process.
type filterOptions struct {
	Binary string // "milterd" (default) or "nullmilter"
	Config string // TOML written to a file and passed with -config; empty = none
	Listen string // -listen; default a free loopback port (milterd refuses port 0)
	DB     string // -db; default a file in the test's scratch dir (milterd only)
	HTTP   string // -http; default a free loopback port (milterd only)
}

// filterProc is a running milterd (or the null filter) with its stderr captured.
type filterProc struct {
	t        *testing.T
	opts     filterOptions
	cmd      *exec.Cmd
	log      *syncBuffer
	logFrom  int // offset in log where the current process's output starts
	done     chan struct{}
	Addr     string // 127.0.0.1:PORT of the milter socket
	HTTPAddr string // lock page / admin listener, when logged
}

var (
	milterListenRe = regexp.MustCompile(`msg="milter listening".*?\baddr=(\S+)`)
	httpListenRe   = regexp.MustCompile(`msg="http listening".*?\baddr=(\S+)`)
)

func startFilter(t *testing.T, o filterOptions) *filterProc {
	t.Helper()
	if o.Binary == "" {
		o.Binary = "milterd"
	}
	if o.Listen == "" {
		o.Listen = fmt.Sprintf("inet:127.0.0.1:%d", freePort(t))
	}
	if o.Binary == "milterd" && o.HTTP == "" {
		o.HTTP = fmt.Sprintf("127.0.0.1:%d", freePort(t))
	}
	dir := t.TempDir()
	if o.Binary == "milterd" && o.DB == "" {
		o.DB = filepath.Join(dir, "firstsight.db")
	}
	if o.Config != "" {
		path := filepath.Join(dir, "milterd.toml")
		if err := os.WriteFile(path, []byte(o.Config), 0o644); err != nil {
			t.Fatal(err)
		}
		o.Config = path
	}
	f := &filterProc{t: t, opts: o}
	f.start()
	t.Cleanup(func() {
		f.Stop()
		if t.Failed() {
			t.Logf("%s log:\n%s", o.Binary, f.log.String())
		}
	})
	return f
}

func (f *filterProc) args() []string {
	o := f.opts
	var args []string
	if o.Binary == "milterd" {
		args = append(args, "serve", "-http", o.HTTP, "-db", o.DB)
		if o.Config != "" {
			args = append(args, "-config", o.Config)
		}
	}
	return append(args, "-listen", o.Listen)
}

func (f *filterProc) start() {
	f.t.Helper()
	f.cmd = exec.Command(requireBinary(f.t, f.opts.Binary), f.args()...)
	f.cmd.Env = append(os.Environ(), "TMPDIR="+f.t.TempDir())
	f.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if f.log == nil {
		f.log = &syncBuffer{}
	}
	f.logFrom = len(f.log.String())
	f.cmd.Stdout, f.cmd.Stderr = f.log, f.log
	if err := f.cmd.Start(); err != nil {
		f.t.Fatalf("start %s: %v", f.opts.Binary, err)
	}
	f.done = make(chan struct{})
	go func() { f.cmd.Wait(); close(f.done) }()
	f.Addr = f.waitLog(milterListenRe)
	if f.opts.Binary == "milterd" {
		f.HTTPAddr = f.waitLog(httpListenRe)
	}
}

// waitLog waits for a log line of the current process matching re and returns
// its first group.
func (f *filterProc) waitLog(re *regexp.Regexp) string {
	f.t.Helper()
	deadline := time.After(15 * time.Second)
	for {
		if m := re.FindStringSubmatch(f.log.String()[f.logFrom:]); m != nil {
			return m[1]
		}
		select {
		case <-f.done:
			f.t.Fatalf("%s exited early (%v):\n%s", f.opts.Binary, f.cmd.ProcessState, f.log.String())
		case <-deadline:
			f.t.Fatalf("%s did not log %q:\n%s", f.opts.Binary, re, f.log.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Milter is the address in Postfix notation.
func (f *filterProc) Milter() string { return "inet:" + f.Addr }

// Port is the milter port.
func (f *filterProc) Port() string {
	_, port, _ := cutLast(f.Addr, ":")
	return port
}

// Stop sends SIGTERM and waits; after 10 s it kills.
func (f *filterProc) Stop() {
	if f.cmd == nil || f.cmd.Process == nil {
		return
	}
	select {
	case <-f.done:
		return
	default:
	}
	f.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-f.done:
	case <-time.After(10 * time.Second):
		f.t.Errorf("%s did not stop within 10s of SIGTERM", f.opts.Binary)
		f.cmd.Process.Kill()
		<-f.done
	}
}

// Restart stops the process and starts it again on the same milter address.
func (f *filterProc) Restart() {
	f.t.Helper()
	f.Stop()
	f.opts.Listen = "inet:" + f.Addr
	fmt.Fprintf(f.log, "---- restart ----\n")
	f.start()
}

// Alive reports whether the process is still running.
func (f *filterProc) Alive() bool {
	select {
	case <-f.done:
		return false
	default:
		return true
	}
}

func cutLast(s, sep string) (before, after string, found bool) {
	i := bytes.LastIndex([]byte(s), []byte(sep))
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// syncBuffer is a bytes.Buffer safe for a writing process and a reading test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
