//go:build integration

package integration

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// capturedMail is one message as the capture server received it.
type capturedMail struct {
	From string
	To   []string
	Data []byte // exactly the DATA bytes, dot-unstuffed, CRLF line ends
}

// captureServer is a minimal SMTP server that stands in for the next hop: the MTA
// under test relays to it, and the test reads what arrived, byte for byte.
// It announces 8BITMIME so that Postfix never converts a body on the way out.
type captureServer struct {
	ln    net.Listener
	mails chan capturedMail
	wg    sync.WaitGroup
}

func startCapture(t *testing.T) *captureServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("capture: listen: %v", err)
	}
	c := &captureServer{ln: ln, mails: make(chan capturedMail, 100)}
	c.wg.Add(1)
	go c.serve()
	t.Cleanup(func() { ln.Close(); c.wg.Wait() })
	return c
}

func (c *captureServer) Port() int { return c.ln.Addr().(*net.TCPAddr).Port }

func (c *captureServer) serve() {
	defer c.wg.Done()
	for {
		conn, err := c.ln.Accept()
		if err != nil {
			return
		}
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(2 * time.Minute))
			c.session(conn)
		}()
	}
}

func (c *captureServer) session(conn net.Conn) {
	r := bufio.NewReader(conn)
	reply := func(s string) { fmt.Fprintf(conn, "%s\r\n", s) }
	reply("220 capture.invalid ESMTP capture")
	var cur capturedMail
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimRight(line, "\r\n"))
		switch {
		case strings.HasPrefix(cmd, "EHLO"):
			reply("250-capture.invalid")
			reply("250 8BITMIME")
		case strings.HasPrefix(cmd, "HELO"):
			reply("250 capture.invalid")
		case strings.HasPrefix(cmd, "MAIL FROM:"):
			cur = capturedMail{From: addrArg(line)}
			reply("250 2.1.0 ok")
		case strings.HasPrefix(cmd, "RCPT TO:"):
			cur.To = append(cur.To, addrArg(line))
			reply("250 2.1.5 ok")
		case cmd == "DATA":
			reply("354 go ahead")
			data, err := readData(r)
			if err != nil {
				return
			}
			cur.Data = data
			c.mails <- cur
			reply("250 2.0.0 captured")
		case cmd == "RSET", cmd == "NOOP":
			reply("250 2.0.0 ok")
		case cmd == "QUIT":
			reply("221 2.0.0 bye")
			return
		default:
			reply("502 5.5.2 not implemented")
		}
	}
}

// addrArg returns the address between the first < and the following >.
func addrArg(line string) string {
	_, rest, _ := strings.Cut(line, "<")
	addr, _, _ := strings.Cut(rest, ">")
	return addr
}

// readData reads a DATA section up to the lone dot and undoes dot-stuffing.
func readData(r *bufio.Reader) ([]byte, error) {
	var buf bytes.Buffer
	for {
		line, err := r.ReadBytes('\n')
		if err != nil {
			return nil, fmt.Errorf("capture: data: %w", err)
		}
		if bytes.Equal(line, []byte(".\r\n")) || bytes.Equal(line, []byte(".\n")) {
			return buf.Bytes(), nil
		}
		if len(line) > 1 && line[0] == '.' {
			line = line[1:]
		}
		buf.Write(line)
	}
}

// next waits for the next delivered message.
func (c *captureServer) next(t *testing.T, timeout time.Duration) capturedMail {
	t.Helper()
	select {
	case m := <-c.mails:
		return m
	case <-time.After(timeout):
		t.Fatalf("capture: no message within %v", timeout)
		return capturedMail{}
	}
}

// expectNone fails if a message arrives within d.
func (c *captureServer) expectNone(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case m := <-c.mails:
		t.Fatalf("capture: unexpected message from %s:\n%s", m.From, m.Data)
	case <-time.After(d):
	}
}

// splitMessage splits raw message bytes into the header block and the body.
func splitMessage(data []byte) (header, body []byte) {
	if i := bytes.Index(data, []byte("\r\n\r\n")); i >= 0 {
		return data[:i+2], data[i+4:]
	}
	return data, nil
}

// headerValues returns the unfolded values of every field called name.
func headerValues(header []byte, name string) []string {
	var vals []string
	lines := strings.Split(string(header), "\r\n")
	for i := 0; i < len(lines); i++ {
		k, v, ok := strings.Cut(lines[i], ":")
		if !ok || !strings.EqualFold(k, name) {
			continue
		}
		for i+1 < len(lines) && isContinuation(lines[i+1]) {
			i++
			v += " " + strings.TrimSpace(lines[i])
		}
		vals = append(vals, strings.TrimSpace(v))
	}
	return vals
}

func isContinuation(line string) bool {
	return strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")
}
