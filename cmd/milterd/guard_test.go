package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/d--j/go-milter"

	"github.com/firstsight/firstsight/internal/milterclient"
)

// milterAddr is the milter address the daemon logged.
func milterAddr(t *testing.T, logs *syncBuf) string {
	t.Helper()
	m := regexp.MustCompile(`msg="milter listening" addr=(\S+)`).FindStringSubmatch(logs.String())
	if m == nil {
		t.Fatalf("no milter address in the log: %s", logs.String())
	}
	return m[1]
}

// bigLockable is a stranger's message over 64 KiB with one link, which an
// empty history locks (warn).
func bigLockable(extraFields int) []byte {
	var b strings.Builder
	b.WriteString("From: Sam <sam@stranger.example>\r\nTo: dana@corp.example\r\nSubject: report\r\n")
	for i := range extraFields {
		fmt.Fprintf(&b, "X-Pad-%d: v\r\n", i)
	}
	b.WriteString("\r\nThe report: https://files.stranger-reports.example/r/1\r\n")
	for b.Len() < 90<<10 {
		b.WriteString("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\r\n")
	}
	return []byte(b.String())
}

// Junk on the milter socket drops only its own connection: a zero-length
// packet used to panic go-milter and take the daemon down. A locked
// message over 64 KiB is rewritten when the MTA offers 256 KiB packets
// (go-milter could not send the new body and the links went out live),
// and a message with more header fields than the milter keeps is refused.
func TestMilterSocketGuard(t *testing.T) {
	logs, stop := startDaemon(t, filepath.Join(t.TempDir(), "fs.db"))
	defer stop()
	addr := milterAddr(t, logs)
	for _, junk := range [][]byte{{0, 0, 0, 0}, {0x7f, 0xff, 0xff, 0xff, 'O'}, []byte("GET / HTTP/1.0\r\n\r\n")} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.Write(junk)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		var ne net.Error
		if _, err := io.Copy(io.Discard, c); errors.As(err, &ne) && ne.Timeout() {
			t.Errorf("junk %q: connection not closed: %v", junk, err)
		}
		c.Close()
	}
	if !strings.Contains(logs.String(), "milter connection dropped") {
		t.Errorf("no log line for the junk: %s", logs.String())
	}
	sess, err := milterclient.Dial(milter.NewClient("tcp", addr, milter.WithOfferedMaxData(milter.DataSize256K), milter.WithUsedMaxData(milter.DataSize64K)))
	if err != nil {
		t.Fatalf("after junk: %v", err)
	}
	defer sess.Close()
	env := milterclient.Envelope{MailFrom: "sam@stranger.example", Recipients: []string{"dana@corp.example"}, QueueID: "4XyZ1"}
	o, err := sess.Send(env, bigLockable(0))
	if err != nil {
		t.Fatal(err)
	}
	if o.Body == nil || !bytes.Contains(o.Body, []byte("/l/")) || len(o.Body) < 90<<10 {
		t.Errorf("big locked message: replacement body of %d bytes (lock link: %v), actions %v; want the whole body with the link locked", len(o.Body), bytes.Contains(o.Body, []byte("/l/")), o.Added)
	}
	env.QueueID = "4XyZ2"
	o, err = sess.Send(env, bigLockable(2100))
	if err != nil || o.SMTPCode != 552 {
		t.Errorf("2,100 header fields: %+v, %v; want refused with 552", o, err)
	}
	if !strings.Contains(logs.String(), "too many header fields") {
		t.Errorf("no log line for the refused message")
	}
}

// limits.mta_idle_timeout reaches the guard: an MTA that negotiates and
// then sends nothing is cut, with a warning naming it, instead of being
// held until the MTA's own timeout.
func TestMilterIdleTimeout(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	os.WriteFile(cfg, []byte("[limits]\nmta_idle_timeout = \"300ms\"\n"), 0o644)
	logs, stop := startDaemon(t, filepath.Join(dir, "fs.db"), "-config", cfg)
	defer stop()
	c, err := net.Dial("tcp", milterAddr(t, logs))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// Option negotiation: version 6, all actions, all protocol steps.
	c.Write([]byte{0, 0, 0, 13, 'O', 0, 0, 0, 6, 0, 0, 0x01, 0xff, 0, 0x1f, 0xff, 0xff})
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	n, err := io.Copy(io.Discard, c) // go-milter's answer, then the close
	if err != nil {
		t.Fatalf("after %d bytes: %v; want the connection closed", n, err)
	}
	for end := time.Now().Add(2 * time.Second); !strings.Contains(logs.String(), "sent nothing") && time.Now().Before(end); {
		time.Sleep(20 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), `msg="milter connection closed: the MTA sent nothing for too long" remote=127.0.0.1:`) {
		t.Errorf("no warning naming the peer: %s", logs.String())
	}
}

// On an error inside a message's content, go-milter answers nothing (the
// daemon negotiates no replies to headers and body) and hangs up; the MTA
// then applies its milter default action to the rest of the SMTP session
// (Sendmail with no F= flag: unfiltered), whatever on_error says. The
// guard says so at WARN. Here the error is a body past max_mem_bytes that
// cannot spill to TMPDIR.
func TestFilterHangUpLogged(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir) // the private socket's directory goes there at start
	cfg := filepath.Join(dir, "c.toml")
	os.WriteFile(cfg, []byte("[limits]\nmax_mem_bytes = 1024\n"), 0o644)
	logs, stop := startDaemon(t, filepath.Join(dir, "fs.db"), "-config", cfg)
	defer stop()
	os.Setenv("TMPDIR", filepath.Join(dir, "missing")) // a body's spill file cannot be made
	sess, err := milterclient.Dial(milter.NewClient("tcp", milterAddr(t, logs)))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	env := milterclient.Envelope{MailFrom: "sam@stranger.example", Recipients: []string{"dana@corp.example"}, QueueID: "4XyZ2"}
	o, err := sess.Send(env, bigLockable(0))
	if err == nil {
		t.Fatalf("the message got %+v; want the connection closed", o)
	}
	const line = `level=WARN msg="milter connection closed by the filter inside an SMTP session"`
	for end := time.Now().Add(5 * time.Second); !strings.Contains(logs.String(), line) && time.Now().Before(end); {
		time.Sleep(20 * time.Millisecond)
	}
	// where= names the message cut: "inside a message", or "awaiting the
	// verdict" when the client's EOM, which it sends without waiting (no
	// replies to the body), was relayed before the hang-up; never
	// "between commands or messages", as if no message were affected.
	l := logs.String()
	if !strings.Contains(l, line) || !strings.Contains(l, "remote=127.0.0.1:") {
		t.Fatalf("send: %v; log:\n%s", err, l)
	}
	where := regexp.MustCompile(regexp.QuoteMeta(line) + `.* where="([^"]*)"`).FindStringSubmatch(l)
	if where == nil || (where[1] != "inside a message" && where[1] != "awaiting the verdict") {
		t.Errorf("where= %q; want the message named. Log:\n%s", where, l)
	}
}
