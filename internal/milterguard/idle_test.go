package milterguard

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuf is a goroutine-safe buffer (the milter's reads, the log).
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuf) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// fakeMTA is an MTA's connection to a guard on a unix socket, whose
// milter only reads.
type fakeMTA struct {
	t      *testing.T
	conn   net.Conn
	milter *lockedBuf // what the milter received
	logs   *lockedBuf
}

func startGuard(t *testing.T, idle Timeouts) *fakeMTA {
	t.Helper()
	ln, err := net.Listen("unix", filepath.Join(t.TempDir(), "m.sock"))
	if err != nil {
		t.Fatal(err)
	}
	m := &fakeMTA{t: t, milter: &lockedBuf{}, logs: &lockedBuf{}}
	dial := func() (net.Conn, error) {
		up, milterSide := net.Pipe()
		go io.Copy(m.milter, milterSide)
		return up, nil
	}
	g := New(ln, dial, idle, slog.New(slog.NewTextHandler(m.logs, nil)))
	go g.Serve()
	t.Cleanup(func() { g.Close(); g.Wait() })
	if m.conn, err = net.Dial("unix", ln.Addr().String()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.conn.Close() })
	return m
}

func (m *fakeMTA) send(b ...[]byte) {
	m.t.Helper()
	if _, err := m.conn.Write(cat(b...)); err != nil {
		m.t.Fatalf("MTA write: %v", err)
	}
}

// closed waits up to wait for the guard to close the connection.
func (m *fakeMTA) closed(wait time.Duration) bool {
	m.conn.SetReadDeadline(time.Now().Add(wait))
	_, err := m.conn.Read(make([]byte, 1))
	return errors.Is(err, io.EOF)
}

// received waits for the milter to have received want, in all.
func (m *fakeMTA) received(want []byte) bool {
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if m.milter.String() == string(want) {
			return true
		}
	}
	return false
}

var (
	connect = pkt('C', []byte("mx\x004\x0025\x00192.0.2.1\x00"))
	helo    = pkt('H', []byte("client.example\x00"))
	mail    = pkt('M', []byte("<a@x.example>\x00"))
	rcpt    = pkt('R', []byte("<b@corp.example>\x00"))
	data    = pkt('T', nil)
	header  = pkt('L', []byte("Subject\x00 hi\x00"))
	eoh     = pkt('N', nil)
	chunk   = pkt('B', bytes.Repeat([]byte("body line\r\n"), 10))
	eom     = pkt('E', nil)
)

const tick = 300 * time.Millisecond // Timeouts.Message in these tests

// An MTA silent where a live one never is (after the negotiation, inside
// a message's content or a packet) is cut after Timeouts.Message, with a
// log line naming the peer and where; go-milter has no read timeout, so
// such a connection was held until the MTA's own timeout, or forever.
func TestIdleMTACut(t *testing.T) {
	for _, tt := range []struct {
		name  string
		idle  Timeouts
		sent  [][]byte
		where string
	}{
		{"negotiates, then nothing", Timeouts{Message: tick}, [][]byte{optneg(0x3ff)}, "before the connect event"},
		{"silent inside a message", Timeouts{Message: tick}, [][]byte{optneg(0x3ff), connect, helo, mail, rcpt, data, header}, "inside a message"},
		{"silent inside the body", Timeouts{Message: tick, Session: time.Hour}, [][]byte{optneg(0x3ff), connect, mail, rcpt, data, header, eoh, chunk}, "inside a message"},
		{"silent inside a packet", Timeouts{Message: tick, Session: time.Hour}, [][]byte{optneg(0x3ff), connect, {0, 0, 0, 10, 'M', '<'}}, "inside a packet"},
		{"silent between commands past the session bound", Timeouts{Message: time.Hour, Session: tick}, [][]byte{optneg(0x3ff), connect, helo}, "between commands or messages"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := startGuard(t, tt.idle)
			start := time.Now()
			m.send(tt.sent...)
			if !m.closed(10 * time.Second) {
				t.Fatalf("connection still open after %v; log %q", time.Since(start), m.logs.String())
			}
			if d := time.Since(start); d < tick {
				t.Errorf("closed after %v, before the %v bound", d, tick)
			}
			for end := time.Now().Add(2 * time.Second); !strings.Contains(m.logs.String(), "sent nothing") && time.Now().Before(end); {
				time.Sleep(10 * time.Millisecond)
			}
			if l := m.logs.String(); !strings.Contains(l, "milter connection closed: the MTA sent nothing for too long") ||
				!strings.Contains(l, "remote=") || !strings.Contains(l, "where=\""+tt.where+"\"") || !strings.Contains(l, "idle=") {
				t.Errorf("log %q; want the line naming the peer and %q", l, tt.where)
			}
		})
	}
}

// What a live MTA does is never cut: silence between commands and between
// the messages of one SMTP session (the SMTP client is thinking), while the
// client sends DATA, while the MTA waits for the verdict, and a message
// whose content comes slowly but keeps coming.
func TestIdleMTAKept(t *testing.T) {
	idle := Timeouts{Message: tick, Session: time.Hour}
	pause := func() { time.Sleep(3 * tick) }
	for _, tt := range []struct {
		name  string
		steps []func(m *fakeMTA) []byte // each sends, pauses, and returns what it sent
	}{
		{"silent after connect and between commands", []func(*fakeMTA) []byte{
			func(m *fakeMTA) []byte { m.send(optneg(0x3ff), connect); pause(); return cat(optneg(0x3ff), connect) },
			func(m *fakeMTA) []byte { m.send(helo); pause(); return helo },
			func(m *fakeMTA) []byte { m.send(mail); pause(); return mail },
			func(m *fakeMTA) []byte { m.send(rcpt); return rcpt },
		}},
		{"silent while the client sends DATA and while the verdict is made, then between messages", []func(*fakeMTA) []byte{
			func(m *fakeMTA) []byte {
				m.send(optneg(0x3ff), connect, mail, rcpt, data)
				pause()
				return cat(optneg(0x3ff), connect, mail, rcpt, data)
			},
			func(m *fakeMTA) []byte { m.send(header, eoh, chunk, eom); pause(); return cat(header, eoh, chunk, eom) },
			func(m *fakeMTA) []byte {
				m.send(mail, rcpt, data, header, eoh, chunk, eom)
				pause()
				return cat(mail, rcpt, data, header, eoh, chunk, eom)
			},
			func(m *fakeMTA) []byte { m.send(mail); return mail },
		}},
		{"a slow message that keeps coming", []func(*fakeMTA) []byte{
			func(m *fakeMTA) []byte {
				m.send(optneg(0x3ff), connect, mail, rcpt, data, header, eoh)
				return cat(optneg(0x3ff), connect, mail, rcpt, data, header, eoh)
			},
			func(m *fakeMTA) []byte { time.Sleep(tick / 3); m.send(chunk); return chunk },
			func(m *fakeMTA) []byte { time.Sleep(tick / 3); m.send(chunk); return chunk },
			func(m *fakeMTA) []byte { time.Sleep(tick / 3); m.send(chunk); return chunk },
			func(m *fakeMTA) []byte { time.Sleep(tick / 3); m.send(chunk); return chunk },
			func(m *fakeMTA) []byte { time.Sleep(tick / 3); m.send(chunk); return chunk },
			func(m *fakeMTA) []byte { time.Sleep(tick / 3); m.send(eom); return eom },
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := startGuard(t, idle)
			var sent []byte
			for _, step := range tt.steps {
				sent = append(sent, step(m)...)
			}
			if !m.received(sent) {
				t.Errorf("the milter received %d bytes of %d; log %q", len(m.milter.String()), len(sent), m.logs.String())
			}
			if m.closed(50 * time.Millisecond) {
				t.Errorf("connection closed; log %q", m.logs.String())
			}
		})
	}
}

// With no bounds (Timeouts{}), a silent MTA is left alone.
func TestIdleUnbounded(t *testing.T) {
	m := startGuard(t, Timeouts{})
	m.send(optneg(0x3ff))
	if m.closed(3 * tick) {
		t.Errorf("closed with no bound; log %q", m.logs.String())
	}
}

// Where the MTA waits for its SMTP client, the guard must not cut it by
// the content bound, whatever it saw before: while the client sends DATA
// (a large message from a slow client takes as long as the MTA's per-read
// timeouts allow, well over an hour: smtpd_timeout and Sendmail's
// Timeout.datablock bound each read, not the transfer), and on a new
// SMTP transaction that follows a message whose content stopped without
// an end or abort (Sendmail sends neither to a filter that answered
// accept or reject inside the content).
func TestIdleMTAWaitsForClient(t *testing.T) {
	for _, tt := range []struct {
		name  string
		idle  Timeouts
		first [][]byte // sent, then a pause past every bound
		then  [][]byte
	}{
		{"a DATA transfer longer than the session bound", Timeouts{Message: tick, Session: tick},
			[][]byte{optneg(0x3ff), connect, mail, rcpt, data}, [][]byte{header, eoh, chunk, eom}},
		{"a new transaction after content that stopped", Timeouts{Message: tick, Session: time.Hour},
			[][]byte{optneg(0x3ff), connect, mail, rcpt, data, header, mail}, [][]byte{rcpt}},
		{"between commands after content that stopped", Timeouts{Message: tick, Session: time.Hour},
			[][]byte{optneg(0x3ff), connect, mail, rcpt, data, header, eoh, helo}, [][]byte{mail}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := startGuard(t, tt.idle)
			m.send(tt.first...)
			time.Sleep(3 * tick)
			m.send(tt.then...)
			if !m.received(cat(append(tt.first, tt.then...)...)) {
				t.Errorf("the milter received %d bytes; log %q", len(m.milter.String()), m.logs.String())
			}
			if m.closed(50 * time.Millisecond) {
				t.Errorf("connection closed; log %q", m.logs.String())
			}
		})
	}
}
