//go:build integration

package integration

import (
	"bytes"
	"strings"
	"testing"
)

// TestHarnessPostfix checks the harness itself with the null filter: a message
// passes a private Postfix and reaches the capture server with its body intact.
// When this fails, the MTA setup is broken, not milterd.
func TestHarnessPostfix(t *testing.T) {
	capture := startCapture(t)
	filter := startFilter(t, filterOptions{Binary: "nullmilter"})
	pfx := startPostfix(t, postfixOptions{Milter: filter.Milter(), RelayPort: capture.Port()})
	msg := plainMessage("alice@example.com", "bob@example.com", "harness", "hello\r\n.leading dot\r\n")
	sendMail(t, pfx.Addr(), msg)
	got := capture.next(t, deliveryTimeout)
	_, sentBody := splitMessage(msg.Data)
	hdr, body := splitMessage(got.Data)
	if !bytes.Equal(body, sentBody) {
		t.Errorf("body changed:\n got %q\nwant %q", body, sentBody)
	}
	v := headerValues(hdr, "X-Firstsight")
	if len(v) != 1 || !strings.Contains(v[0], "nullmilter") {
		t.Errorf("X-Firstsight = %q, want one nullmilter stamp", v)
	}
}

// TestHarnessSendmail is TestHarnessPostfix for the private Sendmail.
func TestHarnessSendmail(t *testing.T) {
	capture := startCapture(t)
	filter := startFilter(t, filterOptions{Binary: "nullmilter"})
	sm := startSendmail(t, sendmailOptions{MilterPort: filter.Port(), RelayPort: capture.Port()})
	msg := plainMessage("alice@example.com", "bob@example.com", "harness", "hello\r\n")
	sendMail(t, sm.Addr(), msg)
	got := capture.next(t, deliveryTimeout)
	_, sentBody := splitMessage(msg.Data)
	hdr, body := splitMessage(got.Data)
	if !bytes.Equal(body, sentBody) {
		t.Errorf("body changed:\n got %q\nwant %q", body, sentBody)
	}
	if v := headerValues(hdr, "X-Firstsight"); len(v) != 1 {
		t.Errorf("X-Firstsight = %q, want one stamp", v)
	}
}
