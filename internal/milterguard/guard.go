package milterguard

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
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
	log  *slog.Logger
	wg   sync.WaitGroup
}

// New returns a guard that accepts on ln and relays each connection to a
// new connection from dial. Serve starts it.
func New(ln net.Listener, dial func() (net.Conn, error), log *slog.Logger) *Guard {
	return &Guard{ln: ln, dial: dial, log: log}
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

// relay copies the milter's answers back as they are and the MTA's
// packets forward through Forward; when either side ends, both close.
func (g *Guard) relay(mta net.Conn) {
	up, err := g.dial()
	if err != nil {
		g.log.Error("milter connection refused: milter server unreachable", "err", err)
		mta.Close()
		return
	}
	var once sync.Once
	closeBoth := func() { once.Do(func() { mta.Close(); up.Close() }) }
	defer func() { // one connection's bug must not take the daemon down
		if p := recover(); p != nil {
			g.log.Error("milter connection dropped: panic in the relay", "panic", fmt.Sprint(p))
			closeBoth()
		}
	}()
	back := make(chan struct{})
	go func() {
		io.Copy(mta, up)
		closeBoth()
		close(back)
	}()
	err = Forward(up, mta)
	closeBoth()
	<-back
	if errors.Is(err, ErrPacket) {
		g.log.Warn("milter connection dropped: not a milter packet stream", "remote", mta.RemoteAddr().String(), "err", err)
	}
}

// Forward copies milter packets from src (the MTA) to dst until src ends
// or a packet length is 0 or over MaxPacket (ErrPacket). In the option
// negotiation it clears the larger packet sizes the MTA offers. Reads and
// writes are buffered; what was forwarded is flushed before any read that
// could wait for the MTA, which may be waiting for an answer.
func Forward(dst io.Writer, src io.Reader) error {
	br := bufio.NewReaderSize(src, 16<<10)
	bw := bufio.NewWriterSize(dst, 16<<10)
	err := forward(bw, br)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

func forward(bw *bufio.Writer, br *bufio.Reader) error {
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
		if err := ready(int(n)); err != nil {
			return err
		}
		if n > 64 {
			if _, err := bw.Write(hdr[:]); err != nil {
				return err
			}
			if _, err := io.CopyN(bw, br, int64(n)); err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF // the packet was cut off
				}
				return err
			}
			continue
		}
		p := small[:4+n]
		copy(p, hdr[:])
		if _, err := io.ReadFull(br, p[4:]); err != nil {
			return err
		}
		limitOptNeg(p[4:])
		if _, err := bw.Write(p); err != nil {
			return err
		}
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
