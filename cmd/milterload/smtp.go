package main

import (
	"fmt"
	"net/smtp"
	"time"
)

// dialSMTP opens SMTP connections to addr (HOST:PORT); each sends several
// messages, like an MTA delivering a queue.
func dialSMTP(addr string) dialer {
	_, hostport := splitAddr(addr)
	return func() (conn, error) {
		c, err := smtp.Dial(hostport)
		if err != nil {
			return nil, fmt.Errorf("smtp: %w", err)
		}
		if err := c.Hello("load.bench.invalid"); err != nil {
			c.Close()
			return nil, fmt.Errorf("smtp: %w", err)
		}
		return smtpConn{c}, nil
	}
}

type smtpConn struct{ c *smtp.Client }

func (s smtpConn) close() {
	if s.c.Quit() != nil {
		s.c.Close()
	}
}

// send delivers one message; the latency is end of DATA to the server's reply.
func (s smtpConn) send(m *message, _ string) (time.Duration, string, error) {
	if err := s.c.Mail(m.env.MailFrom); err != nil {
		return 0, "", fmt.Errorf("smtp: MAIL: %w", err)
	}
	for _, r := range m.env.Recipients {
		if err := s.c.Rcpt(r); err != nil {
			return 0, "", fmt.Errorf("smtp: RCPT: %w", err)
		}
	}
	w, err := s.c.Data()
	if err != nil {
		return 0, "", fmt.Errorf("smtp: DATA: %w", err)
	}
	if _, err := w.Write(m.data); err != nil {
		return 0, "", fmt.Errorf("smtp: DATA: %w", err)
	}
	start := time.Now()
	if err := w.Close(); err != nil {
		return 0, "", fmt.Errorf("smtp: end of DATA: %w", err)
	}
	return time.Since(start), "250", nil
}
