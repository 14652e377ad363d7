package milterguard

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"sync"
	"time"
)

// MaxPacket is the largest milter packet the MTA may send: far above a
// 64 KiB body chunk or Postfix's 100 KiB header_size_limit.
const MaxPacket = 1 << 20

const (
	codeOptNeg = 'O'
	optMDS     = 1<<28 | 1<<29 // SMFIP_MDS_256K | SMFIP_MDS_1M
)

// ErrPacket is the error for a packet length the guard refuses.
var ErrPacket = errors.New("milterguard: bad packet length")

// Guard relays MTA connections from a listener to the milter server.
type Guard struct {
	ln   net.Listener
	dial func() (net.Conn, error)
	idle Timeouts
	log  *slog.Logger
	wg   sync.WaitGroup
}

// Timeouts bound how long the MTA may send nothing on a connection before
// the guard closes it; 0 is no bound. A live MTA is silent for long only
// while it waits for its SMTP client, so the bound depends on where the
// connection is.
type Timeouts struct {
	// Message applies before the connect event (an MTA sends it right
	// after the option negotiation), inside a packet, and inside a
	// message's content, from its first header to its end or to the
	// filter's answer that ends it (accept, discard, reject, tempfail,
	// a reply code): the MTA sends the content of a message it has
	// received whole (Postfix's cleanup and Sendmail do), so a silence
	// there is an MTA gone wrong.
	Message time.Duration
	// Session applies at any other time but one: between SMTP commands,
	// between the messages of one SMTP session, and while the MTA waits
	// for the verdict. Each such wait is the SMTP client's (Postfix's
	// smtpd_timeout, 300s a command by default, more with NOOPs;
	// Sendmail's Timeout.command, 1h), so this bound is generous. While
	// the SMTP client sends DATA (from the DATA event to the first header)
	// no bound applies: the MTAs bound each read of it (smtpd_timeout,
	// Timeout.datablock), not the transfer, and a large message from a
	// slow client takes hours; cut, it would be tempfailed at its end and
	// sent again, as slowly, for ever.
	Session time.Duration
}

// New returns a guard that accepts on ln and relays each connection to a
// new connection from dial, closing it when the MTA stays silent longer
// than idle allows. Serve starts it.
func New(ln net.Listener, dial func() (net.Conn, error), idle Timeouts, log *slog.Logger) *Guard {
	return &Guard{ln: ln, dial: dial, idle: idle, log: log}
}

// Addr is the listener's address.
func (g *Guard) Addr() net.Addr { return g.ln.Addr() }

// Serve accepts connections until the listener is closed, then returns
// nil. Relays already running continue until their ends close. Other
// accept errors (too many open files) are logged and retried after a
// pause growing to a second, as net/http does: the daemon must not stop
// taking mail over a passing shortage.
func (g *Guard) Serve() error {
	pause := time.Duration(0)
	for {
		c, err := g.ln.Accept()
		if errors.Is(err, net.ErrClosed) {
			return nil
		}
		if err != nil {
			pause = min(max(2*pause, 5*time.Millisecond), time.Second)
			g.log.Error("milter socket: accept failed; retrying", "err", err, "retry_in", pause)
			time.Sleep(pause)
			continue
		}
		pause = 0
		g.wg.Go(func() { g.relay(c) })
	}
}

// Close stops accepting; Wait waits for the running relays to end.
func (g *Guard) Close() error { return g.ln.Close() }

// Wait waits for every relay to end.
func (g *Guard) Wait() { g.wg.Wait() }

// relay copies the milter's answers back as they are, noting their codes
// (replyWatch), and the MTA's packets forward through Forward; when
// either side ends, both close.
func (g *Guard) relay(mta net.Conn) {
	up, err := g.dial()
	if err != nil {
		g.log.Error("milter connection refused: milter server unreachable", "err", err)
		mta.Close()
		return
	}
	var once sync.Once
	filterFirst := false // the filter's side ended first
	closeBoth := func(byFilter bool) {
		once.Do(func() { filterFirst = byFilter; mta.Close(); up.Close() })
	}
	defer func() { // one connection's bug must not take the daemon down
		if p := recover(); p != nil {
			g.log.Error("milter connection dropped: panic in the relay", "panic", fmt.Sprint(p))
			closeBoth(false)
		}
	}()
	p := &pace{idle: g.idle, conn: mta}
	back := make(chan struct{})
	go func() {
		rw := &replyWatch{w: mta, p: p}
		io.Copy(rw, up)
		closeBoth(rw.werr == nil) // not a write to an MTA gone
		close(back)
	}()
	err = forwardConn(up, mta, p)
	closeBoth(false)
	<-back
	var idle *IdleError
	switch {
	case errors.As(err, &idle):
		g.log.Warn("milter connection closed: the MTA sent nothing for too long", "remote", remote(mta),
			"idle", idle.After.String(), "where", idle.Where, "then", afterCut)
	case errors.Is(err, ErrPacket):
		g.log.Warn("milter connection dropped: not a milter packet stream", "remote", remote(mta), "err", err)
	case filterFirst && !p.quit():
		// go-milter hangs up on an error inside a message without an
		// answer (milterd negotiates no replies to its content), and on
		// a drain that outlasts its deadline.
		g.log.Warn("milter connection closed by the filter inside an SMTP session", "remote", remote(mta),
			"where", p.where(), "then", afterCut)
	}
}

// afterCut says, in the log line of a closed connection, what the MTA does
// with the rest of that SMTP session: the admin's cue to check F=.
const afterCut = "the MTA applies its milter default action to the rest of this SMTP session " +
	"(Postfix default_action; Sendmail F=T tempfails, F=R rejects, no F= flag passes it unfiltered)"

// remote names the MTA's end of c ("@" for an unnamed unix socket peer).
func remote(c net.Conn) string {
	if a := c.RemoteAddr(); a != nil && a.String() != "" {
		return a.String()
	}
	return "@"
}

// ErrIdle is the error for an MTA silent longer than Timeouts allow.
var ErrIdle = errors.New("milterguard: the MTA sent nothing")

// IdleError says where in the session the MTA fell silent, and for how
// long it was waited for.
type IdleError struct {
	Where string
	After time.Duration
}

func (e *IdleError) Error() string {
	return fmt.Sprintf("%v for %v %s", ErrIdle, e.After, e.Where)
}

func (e *IdleError) Unwrap() error { return ErrIdle }

// pace follows the session from the MTA's packets and the filter's
// replies, to tell which of the Timeouts applies to the next wait. The
// MTA's side (forward) and the filter's (replyWatch) run on two
// goroutines, so every field is read and written under mu.
type pace struct {
	mu       sync.Mutex
	idle     Timeouts
	conn     deadliner // the MTA's connection, re-armed on a reply; nil: none
	started  bool      // an event past the negotiation (and its macros) was seen
	content  bool      // inside a message's content: from a header to EOM or abort
	data     bool      // the SMTP client sends DATA: from the DATA event to content
	answered bool      // the filter ended the message inside its content
	verdict  bool      // the MTA sent end of message and awaits the filter's final reply
	inPacket bool
	quitted  bool          // the MTA sent quit, or quit-new-connection and no event since
	armedFor time.Duration // the last bound set on conn, and where
	armedAt  string
}

// deadliner is the part of net.Conn the pace re-arms.
type deadliner interface{ SetReadDeadline(time.Time) error }

// limit is the silence allowed now, and where the session is; p.mu held.
func (p *pace) limit() (time.Duration, string) {
	if p.inPacket {
		return p.idle.Message, "inside a packet"
	}
	return p.stage()
}

// stage is limit apart from a packet being relayed; p.mu held.
func (p *pace) stage() (time.Duration, string) {
	switch {
	case !p.started:
		return p.idle.Message, "before the connect event"
	case p.content:
		return p.idle.Message, "inside a message"
	case p.data:
		return 0, "while the client sends DATA"
	case p.verdict:
		return p.idle.Session, "awaiting the verdict"
	}
	return p.idle.Session, whereBetween
}

// whereBetween: no message is affected.
const whereBetween = "between commands or messages"

// arm sets the read deadline of the next wait from the limit now.
func (p *pace) arm() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.armLocked()
}

func (p *pace) armLocked() error {
	d, where := p.limit()
	p.armedFor, p.armedAt = d, where
	if p.conn == nil {
		return nil
	}
	var at time.Time
	if d > 0 {
		at = time.Now().Add(d)
	}
	return p.conn.SetReadDeadline(at)
}

// quit tells whether the MTA ended the milter session (quit, or quit
// to open a new connection): the filter may close it then.
func (p *pace) quit() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.quitted
}

// where is where the session is now, for the filter's hang-up: the
// message a packet being relayed belongs to is what the cut affects (the
// MTA sends a message's content without waiting, so go-milter's hang-up
// on its body often finds the next packet half relayed), and "inside a
// packet" only between commands or messages.
func (p *pace) where() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, w := p.stage()
	if p.inPacket && w == whereBetween {
		return "inside a packet"
	}
	return w
}

// armed is the bound of the wait that ran out, and where.
func (p *pace) armed() (time.Duration, string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.armedFor, p.armedAt
}

// startPacket notes that a packet's length was read: its rest is due at once.
func (p *pace) startPacket() {
	p.mu.Lock()
	p.inPacket = true
	p.mu.Unlock()
}

// endPacket notes that a packet already noted by its code was read whole.
func (p *pace) endPacket() {
	p.mu.Lock()
	p.inPacket = false
	p.mu.Unlock()
}

// packet notes a whole packet from the MTA by its command code. It is
// noted before the packet can reach the filter, so a reply always finds
// the state of the packet it answers.
func (p *pace) packet(code byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inPacket = false
	if code != 'O' && code != 'D' {
		p.verdict = code == 'E' // any other event ends the wait for the verdict
	}
	switch code {
	case 'O', 'D': // option negotiation, macros: state unchanged
	case 'L', 'N', 'B': // header, end of headers, body chunk
		// After the filter's answer inside the content, these are the
		// rest the MTA sent before the answer reached it: the message is
		// over, and the MTA waits for its SMTP client.
		p.started, p.data = true, false
		p.content = !p.answered
	case 'Q', 'K': // quit, quit and open a new connection
		p.started, p.content, p.data, p.answered, p.quitted = true, false, false, false, true
	case 'T': // DATA: the client sends the message, then the MTA its content
		p.started, p.content, p.data, p.answered = true, false, true, false
	default:
		// End of message, abort, and the envelope commands (connect,
		// HELO, MAIL, RCPT, unknown): outside content, even when the MTA
		// ended one without EOM or abort (Sendmail, to a filter that
		// answered inside it). After quit for a new connection, the next
		// SMTP session's first event ends the quit: a hang-up cuts it.
		p.started, p.content, p.data, p.answered, p.quitted = true, false, false, false, false
	}
}

// endsMessage tells the filter's replies that end a message: accept,
// discard, reject, tempfail and a reply code. The MTA sends no more of
// that message's content (Sendmail not even an EOM or abort) and waits
// for its SMTP client; continue, progress, skip and modifications do not.
func endsMessage(code byte) bool {
	switch code {
	case 'a', 'd', 'r', 't', 'y':
		return true
	}
	return false
}

// refuses tells the filter's replies that refuse a message: reject,
// tempfail and a reply code. At DATA the MTA then answers its SMTP client
// at once, and no transfer follows; accept and discard let it follow.
func refuses(code byte) bool {
	return code == 'r' || code == 't' || code == 'y'
}

// endsVerdict tells the filter's final replies to an end of message:
// accept, continue, discard, reject, tempfail and a reply code. Progress
// and modifications (add a header, replace the body, quarantine) come
// before one of them, and the MTA still awaits the verdict.
func endsVerdict(code byte) bool {
	return code == 'c' || endsMessage(code)
}

// reply notes the filter's reply by its code, before the MTA can see it.
// One that ends a message inside its content makes the next wait a
// session wait, and the final reply to an end of message ends the wait
// for the verdict (the MTA then waits for its SMTP client); either
// re-arms the wait already running, which was armed for where the
// session was before the reply.
func (p *pace) reply(code byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.verdict && endsVerdict(code):
		p.verdict = false
	case p.content && endsMessage(code):
		p.content, p.answered = false, true
	case p.data && refuses(code):
		p.data = false // the MTA refuses DATA: its client sends nothing
	default:
		return nil
	}
	if p.inPacket {
		return nil // the read inside the packet keeps its bound
	}
	return p.armLocked()
}

// replyWatch relays the filter's replies to the MTA, noting each reply's
// code in the pace before writing the bytes that carry it.
type replyWatch struct {
	w    io.Writer
	p    *pace
	hdr  [4]byte
	hn   int    // length bytes read of the next packet
	left uint32 // bytes of the current packet still to come
	code bool   // the next byte is the current packet's code
	werr error  // the MTA's side failed
}

func (r *replyWatch) Write(b []byte) (int, error) {
	for i := 0; i < len(b); {
		if r.left == 0 {
			r.hdr[r.hn] = b[i]
			r.hn, i = r.hn+1, i+1
			if r.hn == 4 {
				r.hn, r.left = 0, binary.BigEndian.Uint32(r.hdr[:])
				r.code = r.left > 0
			}
			continue
		}
		if r.code {
			r.code = false
			if err := r.p.reply(b[i]); err != nil {
				r.werr = err
				return 0, err
			}
		}
		k := min(r.left, uint32(len(b)-i))
		r.left, i = r.left-k, i+int(k)
	}
	n, err := r.w.Write(b)
	if err != nil {
		r.werr = err
	}
	return n, err
}

// idleReader reads the MTA's connection with a read deadline set, before
// each read, from the pace.
type idleReader struct {
	c net.Conn
	p *pace
}

func (r idleReader) Read(b []byte) (int, error) {
	if err := r.p.arm(); err != nil {
		return 0, err
	}
	n, err := r.c.Read(b)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		d, where := r.p.armed()
		err = &IdleError{Where: where, After: d}
	}
	return n, err
}

// forwardConn is Forward from the MTA's connection, closing it when the
// MTA stays silent longer than p allows (IdleError).
func forwardConn(dst io.Writer, mta net.Conn, p *pace) error {
	return forwardPaced(dst, idleReader{mta, p}, p)
}

// Forward copies milter packets from src (the MTA) to dst until src ends
// or a packet length is 0 or over MaxPacket (ErrPacket). In the option
// negotiation it clears the larger packet sizes the MTA offers. Reads and
// writes are buffered; what was forwarded is flushed before any read that
// could wait for the MTA, which may be waiting for an answer.
func Forward(dst io.Writer, src io.Reader) error {
	return forwardPaced(dst, src, &pace{})
}

func forwardPaced(dst io.Writer, src io.Reader, p *pace) error {
	br := bufio.NewReaderSize(src, 16<<10)
	bw := bufio.NewWriterSize(dst, 16<<10)
	err := forward(bw, br, p)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

func forward(bw *bufio.Writer, br *bufio.Reader, p *pace) error {
	var hdr [4]byte
	small := make([]byte, 4+64)
	ready := func(n int) error { // flush unless n bytes are already here
		if br.Buffered() < n {
			return bw.Flush()
		}
		return nil
	}
	for {
		if err := ready(4); err != nil {
			return err
		}
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		n := binary.BigEndian.Uint32(hdr[:])
		if n == 0 || n > MaxPacket {
			return fmt.Errorf("%w: %d", ErrPacket, n)
		}
		p.startPacket()
		if err := ready(int(n)); err != nil {
			return err
		}
		if n > 64 {
			if _, err := bw.Write(hdr[:]); err != nil {
				return err
			}
			code, err := br.Peek(1)
			if err == nil {
				p.packet(code[0]) // noted before the copy ends: no read waits between
				p.startPacket()
				_, err = io.CopyN(bw, br, int64(n))
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF // the packet was cut off
				}
				return err
			}
			p.endPacket()
			continue
		}
		pk := small[:4+n]
		copy(pk, hdr[:])
		if _, err := io.ReadFull(br, pk[4:]); err != nil {
			return err
		}
		limitOptNeg(pk[4:])
		if _, err := bw.Write(pk); err != nil {
			return err
		}
		p.packet(pk[4])
	}
}

// limitOptNeg clears SMFIP_MDS_256K and SMFIP_MDS_1M in an option
// negotiation packet (code, version, actions, protocol: 13 bytes).
func limitOptNeg(p []byte) {
	if len(p) < 13 || p[0] != codeOptNeg {
		return
	}
	proto := binary.BigEndian.Uint32(p[9:13])
	binary.BigEndian.PutUint32(p[9:13], proto&^optMDS)
}
