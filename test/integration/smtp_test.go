//go:build integration

package integration

import (
	"errors"
	"net/smtp"
	"net/textproto"
	"testing"
	"time"
)

// outMail is one message to submit.
type outMail struct {
	From string
	To   []string
	Data []byte // RFC 5322 message with CRLF line ends
}

// smtpSession is one SMTP connection that can carry several messages.
type smtpSession struct {
	c *smtp.Client
}

func dialSMTP(t *testing.T, addr string) *smtpSession {
	t.Helper()
	c, err := smtp.Dial(addr)
	if err != nil {
		t.Fatalf("smtp dial %s: %v", addr, err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Hello("client.test"); err != nil {
		t.Fatalf("smtp EHLO: %v", err)
	}
	return &smtpSession{c: c}
}

// Send submits one message and returns the server's error, if any (a
// *textproto.Error carries the SMTP code).
func (s *smtpSession) Send(m outMail) error {
	if err := s.c.Mail(m.From); err != nil {
		return err
	}
	for _, to := range m.To {
		if err := s.c.Rcpt(to); err != nil {
			return err
		}
	}
	w, err := s.c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(m.Data); err != nil {
		return err
	}
	return w.Close()
}

func (s *smtpSession) Quit() { s.c.Quit() }

// sendMail submits one message over a fresh connection and fails on any error.
func sendMail(t *testing.T, addr string, m outMail) {
	t.Helper()
	s := dialSMTP(t, addr)
	if err := s.Send(m); err != nil {
		t.Fatalf("smtp send to %s: %v", addr, err)
	}
	s.Quit()
}

// smtpCode returns the SMTP reply code of err, or 0.
func smtpCode(err error) int {
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code
	}
	return 0
}

// trySend submits a message over a fresh connection and returns any error,
// including a failed dial or greeting.
func trySend(addr string, m outMail) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Hello("client.test"); err != nil {
		return err
	}
	s := &smtpSession{c: c}
	if err := s.Send(m); err != nil {
		return err
	}
	s.Quit()
	return nil
}

const deliveryTimeout = 30 * time.Second
