//go:build integration

package integration

import (
	"bytes"
	"fmt"
	"net/textproto"
	"strings"
	"testing"
	"time"
)

// The guard's idle bounds in these tests (limits.mta_idle_timeout and
// limits.mta_session_idle_timeout), short enough to cross in seconds and
// far below the MTAs' own SMTP timeouts (Postfix's smtpd_timeout 300s,
// Sendmail's Timeout.command 1h and Timeout.datablock 1h).
const (
	idleMessage = 2 * time.Second
	idleSession = 4 * time.Second
)

// idleCutLine is the guard's log line for a connection it closed.
const idleCutLine = `milter connection closed: the MTA sent nothing for too long`

func idleConfig(lockBase string) string {
	return milterdConfig(lockBase, false, fmt.Sprintf("\n[limits]\nmta_idle_timeout = %q\nmta_session_idle_timeout = %q\n",
		idleMessage.String(), idleSession.String()))
}

// TestIdlePostfix holds the guard's idle bounds against a real Postfix:
// see runIdle. Cut between messages, Postfix 3.7 logs "can't read
// SMFIC_MAIL reply packet header" and applies default_action=tempfail to
// the rest of the SMTP session (451 4.7.1 to each later MAIL FROM; it
// opens no new milter connection), and a new SMTP session is filtered.
func TestIdlePostfix(t *testing.T) {
	t.Parallel()
	p := postfixPathWith(t, idleConfig)
	runIdle(t, p.postfix.Addr(), p.capture, p.milterd, 451)
}

// TestIdleSendmail is TestIdlePostfix for the private Sendmail with F=T:
// cut between messages, Sendmail 8.17 tempfails the rest of the SMTP
// session (451 4.3.2 to each later MAIL FROM). With no F= flag it would
// pass the rest unfiltered (README, "Hooking it into Sendmail").
func TestIdleSendmail(t *testing.T) {
	t.Parallel()
	httpPort := freePort(t)
	lockBase := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	capture := startCapture(t)
	f := startFilter(t, filterOptions{Config: idleConfig(lockBase), HTTP: fmt.Sprintf("127.0.0.1:%d", httpPort)})
	sm := startSendmail(t, sendmailOptions{MilterPort: f.Port(), RelayPort: capture.Port()})
	runIdle(t, sm.Addr(), capture, f, 451)
}

// runIdle drives one MTA in front of a milterd with short idle bounds:
//
//   - pauses between the messages of one SMTP session under the session
//     bound, one of them over the message bound, cut nothing: every
//     message is delivered with milterd's verdict;
//   - a pause over the session bound cuts the milter connection (the
//     guard logs it); what the client sends next must get cutCode (the
//     MTA's milter default action), never be delivered unfiltered, and
//     a new session must be filtered again;
//   - a client sending DATA slowly, longer in all than the session
//     bound, is not cut: the message is delivered with milterd's verdict.
func runIdle(t *testing.T, addr string, capture *captureServer, f *filterProc, cutCode int) {
	t.Run("pauses-under-the-session-bound", func(t *testing.T) {
		from := len(f.log.String())
		s := dialIdle(t, addr)
		pauses := []time.Duration{0, time.Second, idleMessage + time.Second}
		var subjects []string
		for i, pause := range pauses {
			time.Sleep(pause)
			m := idleMessageNamed(fmt.Sprintf("idle-pause-%d-%s", i, pause))
			subjects = append(subjects, m.subject)
			if err := s.send(m.mail, 1, 0); err != nil {
				t.Fatalf("message %d after a %v pause: %v", i, pause, err)
			}
		}
		s.quit()
		expectFiltered(t, capture, subjects)
		if log := f.log.String()[from:]; strings.Contains(log, idleCutLine) {
			t.Errorf("the guard cut a session whose pauses were all under %v:\n%s", idleSession, log)
		}
	})
	t.Run("pause-over-the-session-bound", func(t *testing.T) {
		from := len(f.log.String())
		s := dialIdle(t, addr)
		first := idleMessageNamed("idle-before-cut")
		if err := s.send(first.mail, 1, 0); err != nil {
			t.Fatalf("first message: %v", err)
		}
		expectFiltered(t, capture, []string{first.subject})
		time.Sleep(idleSession + 2*time.Second)
		if !waitFor(2*time.Second, func() bool { return strings.Contains(f.log.String()[from:], idleCutLine) }) {
			t.Fatalf("no %q line after a %v pause:\n%s", idleCutLine, idleSession+2*time.Second, f.log.String()[from:])
		}
		cut := f.log.String()[from:]
		if !strings.Contains(cut, `where="between commands or messages"`) || strings.Count(cut, idleCutLine) != 1 {
			t.Errorf("want one cut between commands or messages:\n%s", cut)
		}
		second := idleMessageNamed("idle-after-cut")
		err := s.send(second.mail, 1, 0)
		t.Logf("the message after the cut: %v", err)
		switch code := smtpCode(err); {
		case err == nil:
			// The MTA opened a new milter connection: the message must
			// carry milterd's verdict.
			if cutCode != 0 {
				t.Errorf("the message after the cut was accepted; want %d", cutCode)
			}
			expectFiltered(t, capture, []string{second.subject})
		case code != cutCode:
			t.Fatalf("the message after the cut: %v (code %d), want %d", err, code, cutCode)
		default:
			// Tempfailed: nothing may arrive. A retry in the same session
			// is tempfailed again or filtered (a new milter connection);
			// the client's retry in a new session is filtered again, so no
			// mail is lost.
			capture.expectNone(t, time.Second)
			again := s.send(second.mail, 1, 0)
			t.Logf("the same message again in the same session: %v", again)
			switch code := smtpCode(again); {
			case again == nil:
				expectFiltered(t, capture, []string{second.subject})
				return
			case code != cutCode:
				t.Fatalf("the same message again in the same session: %v (code %d), want %d or delivered", again, code, cutCode)
			}
			capture.expectNone(t, time.Second)
			retry := dialIdle(t, addr)
			if err := retry.send(second.mail, 1, 0); err != nil {
				t.Fatalf("the retry in a new session: %v", err)
			}
			retry.quit()
			expectFiltered(t, capture, []string{second.subject})
		}
		s.quit()
	})
	t.Run("slow-data", func(t *testing.T) {
		from := len(f.log.String())
		s := dialIdle(t, addr)
		m := idleMessageNamed("idle-slow-data")
		const chunks, every = 7, time.Second // 6s in all, over the session bound
		if (chunks-1)*every <= idleSession {
			t.Fatalf("the slow DATA (%v) must outlast the session bound %v", (chunks-1)*every, idleSession)
		}
		start := time.Now()
		if err := s.send(m.mail, chunks, every); err != nil {
			t.Fatalf("slow DATA: %v", err)
		}
		t.Logf("DATA took %v", time.Since(start).Round(time.Millisecond))
		s.quit()
		expectFiltered(t, capture, []string{m.subject})
		if log := f.log.String()[from:]; strings.Contains(log, idleCutLine) {
			t.Errorf("the guard cut a session while its client sent DATA:\n%s", log)
		}
	})
}

type namedMail struct {
	subject string
	mail    outMail
}

// idleMessageNamed is a familiar message (milterd accepts it) with
// enough body lines to be sent in several chunks.
func idleMessageNamed(subject string) namedMail {
	var body strings.Builder
	for i := range 40 {
		fmt.Fprintf(&body, "Line %02d of the minutes; the notes are at %s\r\n", i, homeURL)
	}
	body.WriteString(".a line that starts with a dot\r\n")
	return namedMail{subject, plainMessage("alice@example.com", recipient, subject, body.String())}
}

// expectFiltered waits for one delivery per subject, in any order, each
// with milterd's verdict.
func expectFiltered(t *testing.T, capture *captureServer, subjects []string) {
	t.Helper()
	want := map[string]bool{}
	for _, s := range subjects {
		want[s] = true
	}
	for range subjects {
		got := capture.next(t, deliveryTimeout)
		hdr, _ := splitMessage(got.Data)
		subj := headerValues(hdr, "Subject")
		if len(subj) != 1 || !want[subj[0]] {
			t.Fatalf("delivered %q, want one of %v", subj, subjects)
		}
		delete(want, subj[0])
		if v := verdictOf(t, got.Data); v.Action != "accept" {
			t.Errorf("%s: action %q (%s), want accept", subj[0], v.Action, v.Raw)
		}
	}
}

// idleClient is a minimal SMTP client over net/textproto that can pause
// inside DATA: net/smtp's DATA writer sends nothing before Close.
type idleClient struct {
	t *testing.T
	c *textproto.Conn
}

func dialIdle(t *testing.T, addr string) *idleClient {
	t.Helper()
	c, err := textproto.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("smtp dial %s: %v", addr, err)
	}
	t.Cleanup(func() { c.Close() })
	s := &idleClient{t: t, c: c}
	if _, _, err := c.ReadResponse(220); err != nil {
		t.Fatalf("smtp greeting: %v", err)
	}
	if err := s.cmd(250, "EHLO client.test"); err != nil {
		t.Fatalf("smtp EHLO: %v", err)
	}
	return s
}

// cmd sends one command and reads its reply; a reply other than want is
// a *textproto.Error with the SMTP code.
func (s *idleClient) cmd(want int, format string, args ...any) error {
	id, err := s.c.Cmd(format, args...)
	if err != nil {
		return err
	}
	s.c.StartResponse(id)
	defer s.c.EndResponse(id)
	_, _, err = s.c.ReadResponse(want)
	return err
}

// send submits m, writing its DATA in chunks pieces with a pause of every
// between them. After a refused command it resets the transaction.
func (s *idleClient) send(m outMail, chunks int, every time.Duration) error {
	err := s.transaction(m, chunks, every)
	if code := smtpCode(err); code >= 400 {
		s.cmd(250, "RSET")
	}
	return err
}

func (s *idleClient) transaction(m outMail, chunks int, every time.Duration) error {
	if err := s.cmd(250, "MAIL FROM:<%s>", m.From); err != nil {
		return fmt.Errorf("MAIL FROM: %w", err)
	}
	for _, to := range m.To {
		if err := s.cmd(250, "RCPT TO:<%s>", to); err != nil {
			return fmt.Errorf("RCPT TO: %w", err)
		}
	}
	if err := s.cmd(354, "DATA"); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	data := dotStuff(m.Data)
	size := (len(data) + chunks - 1) / chunks
	for i := 0; len(data) > 0; i++ {
		if i > 0 {
			time.Sleep(every)
		}
		n := min(size, len(data))
		if _, err := s.c.W.Write(data[:n]); err != nil {
			return err
		}
		if err := s.c.W.Flush(); err != nil {
			return err
		}
		data = data[n:]
	}
	if _, err := s.c.W.WriteString(".\r\n"); err != nil {
		return err
	}
	if err := s.c.W.Flush(); err != nil {
		return err
	}
	if _, _, err := s.c.ReadResponse(250); err != nil {
		return fmt.Errorf("end of DATA: %w", err)
	}
	return nil
}

func (s *idleClient) quit() { s.cmd(221, "QUIT") }

// dotStuff doubles a dot that starts a line; data ends with CRLF.
func dotStuff(data []byte) []byte {
	out := bytes.ReplaceAll(data, []byte("\r\n."), []byte("\r\n.."))
	if bytes.HasPrefix(out, []byte(".")) {
		out = append([]byte("."), out...)
	}
	return out
}
