//go:build integration

package integration

import (
	"net"
	"net/smtp"
	"strings"
	"testing"
)

// TestPostfixTrustedNetworkAuthenticates: a colleague's message relayed
// without SMTP AUTH counts as authenticated when Postfix's client is in
// trusted_networks. The same message from a client outside the list (another
// loopback address) is judged as any unauthenticated sender's is. milterd
// learns from the first delivery, so the untrusted copy goes first.
func TestPostfixTrustedNetworkAuthenticates(t *testing.T) {
	p := postfixPath(t, false, `trusted_networks = ["127.0.0.1/32"]`)
	msg := plainMessage("newhire@example.com", recipient, "Offsite notes",
		"Hi Bob,\r\n\r\nThe notes from the offsite are at https://www.offsite-notes.test/2026 now.\r\n\r\nSam\r\n")
	sendMailVia(t, "127.0.0.2", p.postfix.Addr(), msg)
	untrusted := verdictOf(t, p.capture.next(t, deliveryTimeout).Data)
	if untrusted.Action != "lock" || strings.Contains(untrusted.Reasons, "internal_sender") {
		t.Fatalf("untrusted client: %s, want a lock without internal_sender", untrusted.Raw)
	}
	sendMailVia(t, "127.0.0.1", p.postfix.Addr(), msg)
	trusted := verdictOf(t, p.capture.next(t, deliveryTimeout).Data)
	if trusted.Action != "accept" || !strings.Contains(trusted.Reasons, "internal_sender") {
		t.Fatalf("trusted client: %s, want accept with internal_sender", trusted.Raw)
	}
}

// TestPostfixOwnAddress: mail to bob that says it is from bob, relayed by
// a client outside trusted_networks, gets from_own_address and none of his
// own history's credit; the same message through the trusted client is his
// own mail. The untrusted copy teaches nothing, so its order does not
// matter; it goes first anyway, as above.
func TestPostfixOwnAddress(t *testing.T) {
	p := postfixPath(t, false, `trusted_networks = ["127.0.0.1/32"]`)
	msg := plainMessage(recipient, recipient, "Photos",
		"The photos are at https://www.photo-drop.test/album now.\r\n")
	sendMailVia(t, "127.0.0.2", p.postfix.Addr(), msg)
	forged := verdictOf(t, p.capture.next(t, deliveryTimeout).Data)
	if forged.Action != "lock" || !strings.Contains(forged.Reasons, "from_own_address") || strings.Contains(forged.Reasons, "internal_") {
		t.Fatalf("untrusted client: %s, want a lock with from_own_address and no internal credit", forged.Raw)
	}
	sendMailVia(t, "127.0.0.1", p.postfix.Addr(), msg)
	own := verdictOf(t, p.capture.next(t, deliveryTimeout).Data)
	if own.Action != "accept" || strings.Contains(own.Reasons, "from_own_address") {
		t.Fatalf("trusted client: %s, want accept without from_own_address", own.Raw)
	}
}

// TestPostfixUnauthenticatedInternal: with internal_mail_authenticated, a
// colleague's address relayed by a client outside trusted_networks is a
// forgery (unauthenticated_internal); through the trusted client it is the
// colleague's own mail.
func TestPostfixUnauthenticatedInternal(t *testing.T) {
	p := postfixPathWith(t, func(lockBase string) string {
		return milterdConfigWith(lockBase, `trusted_networks = ["127.0.0.1/32"]`,
			"quarantine_threshold = 100.0\nquarantine_when = []\ninternal_mail_authenticated = true\n")
	})
	msg := plainMessage("ceo@example.com", recipient, "Today",
		"Bob, the figures are at https://www.figures-desk.test/q3 now.\r\n")
	sendMailVia(t, "127.0.0.2", p.postfix.Addr(), msg)
	forged := verdictOf(t, p.capture.next(t, deliveryTimeout).Data)
	if forged.Action != "lock" || !strings.Contains(forged.Reasons, "unauthenticated_internal") {
		t.Fatalf("untrusted client: %s, want a lock with unauthenticated_internal", forged.Raw)
	}
	sendMailVia(t, "127.0.0.1", p.postfix.Addr(), msg)
	own := verdictOf(t, p.capture.next(t, deliveryTimeout).Data)
	if own.Action != "accept" || strings.Contains(own.Reasons, "unauthenticated_internal") {
		t.Fatalf("trusted client: %s, want accept without unauthenticated_internal", own.Raw)
	}
}

// sendMailVia submits one message from the given local (loopback) address.
func sendMailVia(t *testing.T, local, addr string, m outMail) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: deliveryTimeout}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dial %s from %s: %v", addr, local, err)
	}
	host, _, _ := net.SplitHostPort(addr)
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		t.Fatalf("smtp greeting: %v", err)
	}
	defer c.Close()
	if err := c.Hello("client.test"); err != nil {
		t.Fatalf("smtp EHLO: %v", err)
	}
	s := &smtpSession{c: c}
	if err := s.Send(m); err != nil {
		t.Fatalf("smtp send from %s: %v", local, err)
	}
	s.Quit()
}
