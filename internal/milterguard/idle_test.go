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
	milter *lockedBuf    // what the milter received
	filter chan net.Conn // the milter's end: what is written there reaches the MTA
	logs   *lockedBuf
}

func startGuard(t *testing.T, idle Timeouts) *fakeMTA {
	t.Helper()
	ln, err := net.Listen("unix", filepath.Join(t.TempDir(), "m.sock"))
	if err != nil {
		t.Fatal(err)
	}
	m := &fakeMTA{t: t, milter: &lockedBuf{}, filter: make(chan net.Conn, 1), logs: &lockedBuf{}}
	dial := func() (net.Conn, error) {
		up, milterSide := net.Pipe()
		m.filter <- milterSide
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
		{"no verdict past the session bound", Timeouts{Message: time.Hour, Session: tick}, [][]byte{optneg(0x3ff), connect, mail, rcpt, data, header, eoh, chunk, eom}, "awaiting the verdict"},
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
				!strings.Contains(l, "remote=") || !strings.Contains(l, "where=\""+tt.where+"\"") || !strings.Contains(l, "idle=") ||
				!strings.Contains(l, "no F= flag passes it unfiltered") {
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

// answer writes the filter's reply packet and waits for the MTA to read
// it whole.
func (m *fakeMTA) answer(filter net.Conn, reply []byte) {
	m.t.Helper()
	if _, err := filter.Write(reply); err != nil {
		m.t.Fatalf("filter write: %v", err)
	}
	m.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	got := make([]byte, len(reply))
	if _, err := io.ReadFull(m.conn, got); err != nil || !bytes.Equal(got, reply) {
		m.t.Fatalf("the MTA read %q, %v; want the reply %q", got, err, reply)
	}
}

// A filter that answers inside a message's content (Sendmail then sends
// neither the rest nor EOM or abort, and waits for its SMTP client)
// makes the next wait a session wait, whether the rest of the content
// the MTA had sent before the answer reached it comes after the guard
// saw the answer or before; the next message's content is bounded again.
// Before, the guard kept counting against Timeouts.Message and cut the
// live session when the client paused longer than that.
func TestIdleAfterFilterAnswer(t *testing.T) {
	reject := pkt('r', nil)
	for _, tt := range []struct {
		name         string
		before, rest [][]byte // the content before the answer, and the rest after it
		reply        []byte
	}{
		{"reject, then the rest in flight", [][]byte{header}, [][]byte{header, eoh, chunk}, reject},
		{"the whole content, then reject", [][]byte{header, header, eoh, chunk}, nil, reject},
		{"tempfail inside the body", [][]byte{header, eoh, chunk}, [][]byte{chunk}, pkt('t', nil)},
		{"reply code after the headers", [][]byte{header, eoh}, nil, pkt('y', []byte("550 5.7.1 no\x00"))},
		{"accept after a header", [][]byte{header}, [][]byte{eoh, chunk}, pkt('a', nil)},
		{"discard inside the body", [][]byte{header, eoh, chunk}, nil, pkt('d', nil)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := startGuard(t, Timeouts{Message: tick, Session: time.Hour})
			first := cat(append([][]byte{optneg(0x3ff), connect, mail, rcpt, data}, tt.before...)...)
			m.send(first)
			if !m.received(first) {
				t.Fatalf("the milter received %d bytes of %d", len(m.milter.String()), len(first))
			}
			m.answer(<-m.filter, tt.reply)
			m.send(tt.rest...)
			time.Sleep(3 * tick) // the SMTP client thinks
			next := cat(mail, rcpt, data, header)
			m.send(next)
			if !m.received(cat(first, cat(tt.rest...), next)) {
				t.Errorf("the milter received %d bytes; log %q", len(m.milter.String()), m.logs.String())
			}
			start := time.Now()
			if !m.closed(10 * time.Second) {
				t.Fatalf("the next message's content is not bounded; log %q", m.logs.String())
			}
			if d := time.Since(start); d > tick+tick/2 {
				t.Errorf("the next message's content was cut after %v, want about %v", d, tick)
			}
			for end := time.Now().Add(2 * time.Second); !strings.Contains(m.logs.String(), "sent nothing") && time.Now().Before(end); {
				time.Sleep(10 * time.Millisecond) // the line follows the close
			}
			if l := m.logs.String(); strings.Count(l, "sent nothing") != 1 || !strings.Contains(l, `where="inside a message"`) {
				t.Errorf("log %q; want one cut inside the next message", l)
			}
		})
	}
}

// recordDeadline is a deadliner that keeps the deadlines set.
type recordDeadline struct{ set []time.Time }

func (r *recordDeadline) SetReadDeadline(t time.Time) error { r.set = append(r.set, t); return nil }

// The pace's state machine over scripted events: "L" is a packet from
// the MTA by its code, "r" (lower case) the filter's reply by its code.
// A reply that ends a message inside its content leaves the next wait to
// the session bound in either order with the rest of the content the MTA
// had sent: noted before it ("L r L N B") or after it ("L L N B r").
func TestPaceFilterAnswer(t *testing.T) {
	const session, inside, dataWait = "between commands or messages", "inside a message", "while the client sends DATA"
	const verdict = "awaiting the verdict"
	for _, tt := range []struct {
		events string
		where  string
	}{
		{"OCMRTLrLNB", session},
		{"OCMRTLLNBr", session},
		{"OCMRTLNBt", session},
		{"OCMRTLNBBBBtBB", session},
		{"OCMRTLa", session},
		{"OCMRTLNBd", session},
		{"OCMRTLy", session},
		{"OCMRTLrLNBE", verdict}, // an end the MTA sent anyway awaits a reply
		{"OCMRTLrLMRTL", inside}, // the next message is bounded again
		{"OCMRTLNBrBMRTLNB", inside},
		{"OCMRTLrT", dataWait},
		{"OCMRTr", session}, // refused at DATA: the client sends no message
		{"OCMRTt", session},
		{"OCMRTy", session},
		{"OCMRTrMRT", dataWait},
		{"OCMRTa", dataWait}, // accepted or discarded at DATA: the transfer follows
		{"OCMRTd", dataWait},
		{"OCMRTc", dataWait},
		{"OCMRTLrAMRTL", inside},
		{"OCMRTLc", inside}, // continue, progress, skip and modifications end nothing
		{"OCMRTLNBp", inside},
		{"OCMRTLNBs", inside},
		{"OCMRTLNBhimbq", inside},
		{"OCMrRTL", inside}, // a reply outside content (a recipient refused) ends no message
		{"OCMRrTL", inside},
		{"OCMRTLNBEa", session},
		{"OCMRTLNBEaML", inside},
		{"OCMRTLNBE", verdict}, // the MTA awaits the verdict
		{"OCMRTLNBDE", verdict},
		{"OCMRTLNBEp", verdict}, // progress and modifications come before the verdict
		{"OCMRTLNBEhibmq", verdict},
		{"OCMRTLNBEpc", session}, // each final reply ends the wait
		{"OCMRTLNBEhd", session},
		{"OCMRTLNBEr", session},
		{"OCMRTLNBEt", session},
		{"OCMRTLNBEy", session},
		{"OCMRTLNBEA", session}, // and any other event from the MTA
		{"OCMRTLNBEM", session},
		{"OCMRTLNBEQ", session},
		{"OCMRTLNBED", verdict}, // macros are no event
		{"OCMRTLNBEMRTL", inside},
		{"OCMRTLNBEaD", session},
	} {
		t.Run(tt.events, func(t *testing.T) {
			dl := &recordDeadline{}
			p := &pace{idle: Timeouts{Message: time.Minute, Session: time.Hour}, conn: dl}
			for i := 0; i < len(tt.events); i++ {
				if c := tt.events[i]; c >= 'a' && c <= 'z' {
					p.reply(c)
				} else {
					p.startPacket()
					p.packet(c)
				}
			}
			if _, where := p.limit(); where != tt.where {
				t.Errorf("after %s: %q, want %q", tt.events, where, tt.where)
			}
		})
	}
}

// A reply that ends the message re-arms the wait already running (the
// MTA's side is blocked in a read bounded by Timeouts.Message), unless a
// packet is being read: its rest keeps the packet's bound.
func TestPaceReplyRearms(t *testing.T) {
	dl := &recordDeadline{}
	p := &pace{idle: Timeouts{Message: time.Minute, Session: time.Hour}, conn: dl}
	for _, c := range []byte("OCMRTL") {
		p.packet(c)
	}
	p.arm()
	p.reply('p')
	if len(dl.set) != 1 || time.Until(dl.set[0]) > time.Minute {
		t.Fatalf("deadlines %v; want one, a minute away", dl.set)
	}
	p.reply('r')
	if len(dl.set) != 2 || time.Until(dl.set[1]) < 59*time.Minute {
		t.Fatalf("deadlines %v; want the wait re-armed an hour away", dl.set)
	}
	if d, where := p.armed(); d != time.Hour || where != "between commands or messages" {
		t.Errorf("armed %v %q", d, where)
	}
	q := &pace{idle: p.idle, conn: dl}
	for _, c := range []byte("OCMRTL") {
		q.packet(c)
	}
	q.startPacket()
	q.reply('r')
	if len(dl.set) != 2 {
		t.Errorf("re-armed inside a packet: %v", dl.set)
	}
	if _, where := q.limit(); where != "inside a packet" {
		t.Errorf("inside a packet: %q", where)
	}
}

// The final reply to an end of message re-arms the wait already running,
// armed while the MTA awaited the verdict: the MTA now waits for its SMTP
// client, and a cut must say so, with the bound counted from the reply.
func TestPaceVerdictRearms(t *testing.T) {
	dl := &recordDeadline{}
	p := &pace{idle: Timeouts{Message: time.Minute, Session: time.Hour}, conn: dl}
	for _, c := range []byte("OCMRTLNBE") {
		p.packet(c)
	}
	p.arm()
	if d, where := p.armed(); d != time.Hour || where != "awaiting the verdict" {
		t.Fatalf("armed %v %q after the end of message", d, where)
	}
	p.reply('p')
	p.reply('h')
	if len(dl.set) != 1 {
		t.Fatalf("deadlines %v; progress and a modification re-armed", dl.set)
	}
	p.reply('c')
	if len(dl.set) != 2 || time.Until(dl.set[1]) < 59*time.Minute {
		t.Fatalf("deadlines %v; want the wait re-armed an hour away", dl.set)
	}
	if d, where := p.armed(); d != time.Hour || where != "between commands or messages" {
		t.Errorf("armed %v %q after the verdict", d, where)
	}
}

// replyWatch finds each reply's code however the stream is cut into
// writes, notes it before writing, and writes the bytes unchanged.
func TestReplyWatch(t *testing.T) {
	stream := cat(pkt('p', nil), pkt('h', []byte("X-Seen\x00yes\x00")), pkt('c', nil), pkt('b', bytes.Repeat([]byte{'r'}, 300)), pkt('r', nil))
	for cut := 0; cut <= len(stream); cut++ {
		for _, step := range []int{1, 3, len(stream)} {
			p := &pace{content: true, started: true}
			var out bytes.Buffer
			w := &replyWatch{w: &out, p: p}
			parts := [][]byte{stream[:cut]}
			for rest := stream[cut:]; len(rest) > 0; rest = rest[min(step, len(rest)):] {
				parts = append(parts, rest[:min(step, len(rest))])
			}
			for i, part := range parts {
				last := i == len(parts)-1
				if _, err := w.Write(part); err != nil {
					t.Fatal(err)
				}
				if p.answered && !last && out.Len() < len(stream)-5 {
					t.Fatalf("cut %d step %d: answered before the reject was written", cut, step)
				}
			}
			if !bytes.Equal(out.Bytes(), stream) || !p.answered || p.content {
				t.Fatalf("cut %d step %d: wrote %d bytes, answered %v, content %v", cut, step, out.Len(), p.answered, p.content)
			}
		}
	}
}

// Whatever the filter sends, however cut into writes, replyWatch never
// panics and writes it unchanged.
func FuzzReplyWatch(f *testing.F) {
	f.Add(cat(pkt('p', nil), pkt('r', nil)), uint8(3))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 1, 'a'}, uint8(1))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 'r'}, uint8(0))
	f.Fuzz(func(t *testing.T, in []byte, step uint8) {
		p := &pace{content: true, started: true}
		var out bytes.Buffer
		w := &replyWatch{w: &out, p: p}
		n := max(int(step), 1)
		for rest := in; len(rest) > 0; rest = rest[min(n, len(rest)):] {
			w.Write(rest[:min(n, len(rest))])
		}
		if !bytes.Equal(out.Bytes(), in) {
			t.Fatalf("wrote %q, want %q", out.Bytes(), in)
		}
	})
}

// When the filter hangs up inside an SMTP session (go-milter does on an
// error inside a message, answering nothing, and on a drain past its
// deadline), the MTA applies its milter default action to the rest of
// the session: the guard says so at WARN, naming the peer. A filter that
// closes after the MTA's quit, or an MTA that hangs up, is no news.
func TestFilterHangsUp(t *testing.T) {
	const line = "milter connection closed by the filter inside an SMTP session"
	msg := [][]byte{optneg(0x3ff), connect, mail, rcpt, data, header, eoh, chunk, eom}
	for _, tt := range []struct {
		name    string
		sent    [][]byte
		replies [][]byte // the filter's, before it hangs up
		mtaEnd  bool     // the MTA closes, not the filter
		where   string
	}{
		{"inside a message", [][]byte{optneg(0x3ff), connect, mail, rcpt, data, header, eoh, chunk}, nil, false, "inside a message"},
		// A message was affected: the MTA applies its default action to it.
		{"awaiting the verdict", msg, nil, false, "awaiting the verdict"},
		{"after progress and a header added", msg, [][]byte{pkt('p', nil), pkt('h', []byte("X-Seen\x00yes\x00"))}, false, "awaiting the verdict"},
		{"after accept", msg, [][]byte{pkt('a', nil)}, false, "between commands or messages"},
		{"after continue", msg, [][]byte{pkt('h', []byte("X-Seen\x00yes\x00")), pkt('c', nil)}, false, "between commands or messages"},
		{"after discard", msg, [][]byte{pkt('d', nil)}, false, "between commands or messages"},
		{"after reject", msg, [][]byte{pkt('r', nil)}, false, "between commands or messages"},
		{"after tempfail", msg, [][]byte{pkt('t', nil)}, false, "between commands or messages"},
		{"after a reply code", msg, [][]byte{pkt('y', []byte("550 5.7.1 no\x00"))}, false, "between commands or messages"},
		{"between messages, after an abort", append(msg[:len(msg):len(msg)], pkt('A', nil)), nil, false, "between commands or messages"},
		{"after quit", [][]byte{optneg(0x3ff), connect, pkt('Q', nil)}, nil, false, ""},
		{"after quit for a new connection", [][]byte{optneg(0x3ff), connect, pkt('K', nil)}, nil, false, ""},
		// After quit for a new connection, the MTA reuses the connection
		// for its next SMTP session, which a hang-up cuts as any other.
		{"in the session after a quit for a new connection", [][]byte{optneg(0x3ff), connect, pkt('K', nil), connect, mail}, nil, false, "between commands or messages"},
		{"the MTA hangs up", [][]byte{optneg(0x3ff), connect, mail}, nil, true, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := startGuard(t, Timeouts{Message: time.Hour, Session: time.Hour})
			m.send(tt.sent...)
			if !m.received(cat(tt.sent...)) {
				t.Fatalf("the milter received %d bytes", len(m.milter.String()))
			}
			filter := <-m.filter
			for _, r := range tt.replies {
				m.answer(filter, r)
			}
			if tt.mtaEnd {
				m.conn.Close()
				for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
					if _, err := filter.Write([]byte{0}); err != nil {
						break // the guard closed the filter's side
					}
				}
			} else {
				filter.Close()
				if !m.closed(5 * time.Second) {
					t.Fatal("the MTA's connection stayed open")
				}
			}
			if tt.where == "" {
				time.Sleep(100 * time.Millisecond)
				if strings.Contains(m.logs.String(), line) {
					t.Errorf("log %q", m.logs.String())
				}
				return
			}
			for end := time.Now().Add(2 * time.Second); !strings.Contains(m.logs.String(), line) && time.Now().Before(end); {
				time.Sleep(10 * time.Millisecond)
			}
			if l := m.logs.String(); !strings.Contains(l, "level=WARN msg=\""+line+"\"") || !strings.Contains(l, "remote=") ||
				!strings.Contains(l, `where="`+tt.where+`"`) || !strings.Contains(l, "no F= flag passes it unfiltered") {
				t.Errorf("log %q; want the WARN line naming the peer and %q", l, tt.where)
			}
		})
	}
}

// A wait armed while the MTA awaited the verdict is re-armed by the
// verdict: an MTA silent after it waits for an idle SMTP client, and the
// cut says so, after the session bound counted from the verdict.
func TestIdleAfterVerdict(t *testing.T) {
	m := startGuard(t, Timeouts{Message: time.Hour, Session: tick})
	sent := cat(optneg(0x3ff), connect, mail, rcpt, data, header, eoh, chunk, eom)
	m.send(sent)
	if !m.received(sent) {
		t.Fatalf("the milter received %d bytes of %d", len(m.milter.String()), len(sent))
	}
	time.Sleep(tick / 2) // the filter judges; the MTA's read is already armed
	m.answer(<-m.filter, pkt('a', nil))
	start := time.Now()
	if !m.closed(10 * time.Second) {
		t.Fatalf("connection still open; log %q", m.logs.String())
	}
	if d := time.Since(start); d < tick*3/4 {
		t.Errorf("closed %v after the verdict, before the %v bound", d, tick)
	}
	for end := time.Now().Add(2 * time.Second); !strings.Contains(m.logs.String(), "sent nothing") && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	if l := m.logs.String(); !strings.Contains(l, `where="between commands or messages"`) {
		t.Errorf("log %q; want the cut between commands or messages", l)
	}
}

// TestPaceWhereHangUp: the filter's hang-up names the message a packet
// being relayed belongs to; "inside a packet" only where no message is.
func TestPaceWhereHangUp(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    *pace
		want string
	}{
		{"a body packet half relayed", &pace{started: true, content: true, inPacket: true}, "inside a message"},
		{"the end of message half relayed after the verdict was asked", &pace{started: true, verdict: true, inPacket: true}, "awaiting the verdict"},
		{"a command packet half relayed", &pace{started: true, inPacket: true}, "inside a packet"},
		{"between packets in a message", &pace{started: true, content: true}, "inside a message"},
		{"between commands", &pace{started: true}, "between commands or messages"},
		{"the negotiation", &pace{inPacket: true}, "before the connect event"},
	} {
		if got := tc.p.where(); got != tc.want {
			t.Errorf("%s: where() = %q, want %q", tc.name, got, tc.want)
		}
		if _, got := tc.p.limit(); tc.p.inPacket && got != "inside a packet" {
			t.Errorf("%s: limit() = %q; an idle MTA inside a packet is cut as that", tc.name, got)
		}
	}
}
