package milterguard

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
)

// pkt frames a milter packet: length, code, data.
func pkt(code byte, data []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(1+len(data)))
	return append(append(b, code), data...)
}

// optneg is the MTA's option negotiation: version 6, all actions, proto.
func optneg(proto uint32) []byte {
	d := binary.BigEndian.AppendUint32(nil, 6)
	d = binary.BigEndian.AppendUint32(d, 0x1ff)
	return pkt('O', binary.BigEndian.AppendUint32(d, proto))
}

func cat(bs ...[]byte) []byte { return bytes.Join(bs, nil) }

func TestForward(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 70000)
	for _, tc := range []struct {
		name    string
		in      []byte
		want    []byte // what go-milter receives
		wantErr error
	}{
		{"session passes unchanged", cat(optneg(0x1fffff), pkt('C', []byte("mx\x004\x0025\x00127.0.0.1\x00")), pkt('B', big), pkt('E', nil)),
			cat(optneg(0x1fffff), pkt('C', []byte("mx\x004\x0025\x00127.0.0.1\x00")), pkt('B', big), pkt('E', nil)), nil},
		{"256 KiB and 1 MiB offers cleared, other bits kept", optneg(1<<28 | 1<<29 | 0x1fffff), optneg(0x1fffff), nil},
		{"a body packet that looks like optneg is not changed", pkt('B', []byte("O\x00\x00\x00\x06\x00\x00\x01\xff\x30\x00\x00\x00")), pkt('B', []byte("O\x00\x00\x00\x06\x00\x00\x01\xff\x30\x00\x00\x00")), nil},
		{"zero length (go-milter panics on it)", cat(pkt('C', []byte("a")), []byte{0, 0, 0, 0}), pkt('C', []byte("a")), ErrPacket},
		{"length over MaxPacket", []byte{0, 0x10, 0, 1, 'B'}, nil, ErrPacket},
		{"length at MaxPacket, then the stream ends", []byte{0, 0x10, 0, 0, 'B'}, []byte{0, 0x10, 0, 0, 'B'}, io.ErrUnexpectedEOF},
		{"truncated length", []byte{0, 0}, nil, io.ErrUnexpectedEOF},
		{"empty stream", nil, nil, nil},
	} {
		var out bytes.Buffer
		err := Forward(&out, bytes.NewReader(tc.in))
		if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.wantErr)
		}
		if !bytes.Equal(out.Bytes(), tc.want) {
			t.Errorf("%s: forwarded %d bytes %.40q, want %d bytes %.40q", tc.name, out.Len(), out.Bytes(), len(tc.want), tc.want)
		}
	}
}

// Whatever arrives, Forward never panics, only passes whole packets of a
// length go-milter handles (the last one may be cut off where the input
// ends), and changes nothing but the MDS bits of an option negotiation.
func FuzzForward(f *testing.F) {
	f.Add(cat(optneg(1<<28|0x3ff), pkt('B', []byte("body")), pkt('E', nil)))
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 'B'})
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		Forward(&out, bytes.NewReader(in))
		o := out.Bytes()
		if len(o) > len(in) {
			t.Fatalf("forwarded %d bytes of %d", len(o), len(in))
		}
		for len(o) >= 4 {
			n := binary.BigEndian.Uint32(o)
			if n == 0 || n > MaxPacket {
				t.Fatalf("forwarded a packet of length %d", n)
			}
			end := min(len(o), 4+int(n))
			got, want := o[:end], in[:end]
			if n <= 64 && end == 4+int(n) { // a whole small packet: optneg is read whole
				want = append([]byte(nil), want...)
				limitOptNeg(want[4:])
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("packet changed: %q, in %q", got, want)
			}
			o, in = o[end:], in[end:]
		}
	})
}

// fakeListener hands out errs, then conns, then reports itself closed.
type fakeListener struct {
	errs  []error
	conns []net.Conn
}

func (l *fakeListener) Accept() (net.Conn, error) {
	if len(l.errs) > 0 {
		err := l.errs[0]
		l.errs = l.errs[1:]
		return nil, err
	}
	if len(l.conns) > 0 {
		c := l.conns[0]
		l.conns = l.conns[1:]
		return c, nil
	}
	return nil, net.ErrClosed
}
func (l *fakeListener) Close() error   { return nil }
func (l *fakeListener) Addr() net.Addr { return &net.UnixAddr{Name: "fake", Net: "unix"} }

// A failed accept (too many open files) is logged and retried; the
// connection after it is relayed packet by packet to the milter.
func TestServeRetriesAndRelays(t *testing.T) {
	mtaSide, guardSide := net.Pipe()
	milterSide, upstream := net.Pipe()
	var logs bytes.Buffer
	g := New(&fakeListener{errs: []error{errors.New("accept: too many open files")}, conns: []net.Conn{guardSide}},
		func() (net.Conn, error) { return upstream, nil }, Timeouts{}, slog.New(slog.NewTextHandler(&logs, nil)))
	if err := g.Serve(); err != nil {
		t.Fatalf("Serve: %v", err)
	}
	want := cat(optneg(0x3ff), pkt('B', []byte("body")))
	go func() { mtaSide.Write(want); mtaSide.Close() }()
	got, _ := io.ReadAll(milterSide)
	g.Wait()
	if !bytes.Equal(got, want) || !strings.Contains(logs.String(), "retrying") {
		t.Errorf("relayed %q, want %q; log %q", got, want, logs.String())
	}
}
