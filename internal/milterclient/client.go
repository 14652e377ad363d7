package milterclient

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/d--j/go-milter"
)

// Envelope is what the MTA knows before DATA.
type Envelope struct {
	MailFrom   string
	Recipients []string
	QueueID    string
}

// Outcome is what the filter answered for one message.
type Outcome struct {
	Action      milter.ActionType
	SMTPCode    uint16
	SMTPReply   string
	Added       map[string][]string // header fields added or inserted, by name
	Deleted     []string            // header names changed to empty (deleted)
	Changed     map[string][]string // header fields changed to a new, non-empty value, by name
	Body        []byte              // replacement body, nil when unchanged
	Quarantined bool
	Reason      string        // quarantine reason
	Latency     time.Duration // end of body to verdict
}

// Session is one MTA connection, usable for several messages.
type Session struct {
	s      *milter.ClientSession
	macros *milter.MacroBag
}

// Dial opens a session and sends connect and HELO.
func Dial(c *milter.Client) (*Session, error) {
	macros := milter.NewMacroBag()
	macros.Set(milter.MacroMTAFQDN, "mx.test.invalid")
	s, err := c.Session(macros)
	if err != nil {
		return nil, fmt.Errorf("milterclient: %w", err)
	}
	sess := &Session{s: s, macros: macros}
	if err := check(s.Conn("client.test.invalid", milter.FamilyInet, 25, "127.0.0.1")); err != nil {
		s.Close()
		return nil, err
	}
	if err := check(s.Helo("client.test.invalid")); err != nil {
		s.Close()
		return nil, err
	}
	return sess, nil
}

// Close ends the session.
func (s *Session) Close() error { return s.s.Close() }

// Send delivers one message (headers and body, CRLF) and returns the outcome.
// After it the session is ready for the next message.
func (s *Session) Send(env Envelope, msg []byte) (*Outcome, error) {
	s.macros.Set(milter.MacroQueueId, env.QueueID)
	if err := check(s.s.Mail(env.MailFrom, "")); err != nil {
		return nil, err
	}
	for _, r := range env.Recipients {
		if err := check(s.s.Rcpt(r, "")); err != nil {
			return nil, err
		}
	}
	if err := check(s.s.DataStart()); err != nil {
		return nil, err
	}
	head, body := split(msg)
	for _, f := range fields(head) {
		k, v, _ := strings.Cut(f, ":")
		if err := check(s.s.HeaderField(k, v, nil)); err != nil {
			return nil, err
		}
	}
	if err := check(s.s.HeaderEnd()); err != nil {
		return nil, err
	}
	start := time.Now()
	mods, act, err := s.s.BodyReadFrom(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("milterclient: body: %w", err)
	}
	o := outcome(mods, act)
	o.Latency = time.Since(start)
	return o, nil
}

func outcome(mods []milter.ModifyAction, act *milter.Action) *Outcome {
	o := &Outcome{Action: act.Type, SMTPCode: act.SMTPCode, SMTPReply: act.SMTPReply, Added: map[string][]string{}, Changed: map[string][]string{}}
	for _, m := range mods {
		switch m.Type {
		case milter.ActionAddHeader, milter.ActionInsertHeader:
			o.Added[m.HeaderName] = append(o.Added[m.HeaderName], strings.TrimSpace(m.HeaderValue))
		case milter.ActionChangeHeader:
			if m.HeaderValue == "" {
				o.Deleted = append(o.Deleted, m.HeaderName)
			} else {
				o.Changed[m.HeaderName] = append(o.Changed[m.HeaderName], strings.TrimSpace(m.HeaderValue))
			}
		case milter.ActionReplaceBody:
			o.Body = append(o.Body, m.Body...)
		case milter.ActionQuarantine:
			o.Quarantined, o.Reason = true, m.Reason
		}
	}
	return o
}

// check turns a rejecting or failing step into an error.
func check(act *milter.Action, err error) error {
	if err != nil {
		return fmt.Errorf("milterclient: %w", err)
	}
	if act.StopProcessing() {
		return fmt.Errorf("milterclient: filter stopped the message: %d %s", act.SMTPCode, act.SMTPReply)
	}
	return nil
}

// split separates the header block from the body at the first empty line.
func split(msg []byte) (head, body []byte) {
	if i := bytes.Index(msg, []byte("\r\n\r\n")); i >= 0 {
		return msg[:i+2], msg[i+4:]
	}
	if i := bytes.Index(msg, []byte("\n\n")); i >= 0 {
		return msg[:i+1], msg[i+2:]
	}
	return msg, nil
}

// fields splits a header block into unfolded-as-sent "Name: value" strings
// (continuation lines kept, final line break dropped).
func fields(head []byte) []string {
	var out []string
	for _, line := range strings.SplitAfter(string(head), "\n") {
		if line == "" {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && len(out) > 0 {
			out[len(out)-1] += line
			continue
		}
		out = append(out, line)
	}
	for i := range out {
		out[i] = strings.TrimRight(out[i], "\r\n")
	}
	return out
}
