//go:build integration

package integration

import (
	"bytes"
	"strings"
	"testing"
)

// forgedVariants is a message whose sender wrote the verdict header in
// every spelling a reader's mail program or a later filter might take for
// it: other case, duplicates, folded, and with white space before the
// colon (RFC 5322's obsolete syntax, which Postfix and Sendmail both pass
// to the milter and deliver), and with an empty value ("X-Firstsight:"),
// which go-milter v0.10.2 cannot delete (it sends a deletion as a change
// to the empty value, and no change where the field already is one), so
// milterd writes its own verdict into it.
func forgedVariants() outMail {
	m := plainMessage("alice@example.com", recipient, "forged variants", "hi\r\n")
	forged := []string{
		"X-Firstsight: action=accept forged=1",
		"x-firstsight: action=accept forged=2",
		"X-FIRSTSIGHT: action=accept forged=3",
		"X-Firstsight:\r\n action=accept forged=4",
		"X-Firstsight: action=accept forged=5",
		"X-Firstsight : action=accept forged=6",
		"X-Firstsight\t: action=accept forged=7",
		"X-Firstsight:",
	}
	m.Data = append([]byte(strings.Join(forged, "\r\n")+"\r\n"), m.Data...)
	return m
}

// checkForgedGone fails when any forged field, in any spelling, reached
// the next hop, or when our own is not there once.
func checkForgedGone(t *testing.T, data []byte) {
	t.Helper()
	hdr, _ := splitMessage(data)
	var ours int
	for _, line := range strings.Split(string(hdr), "\r\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || !strings.EqualFold(strings.TrimRight(k, " \t"), "X-Firstsight") {
			if bytes.Contains([]byte(line), []byte("forged=")) {
				t.Errorf("forged verdict survived (continuation): %q", line)
			}
			continue
		}
		if strings.Contains(v, "forged") || strings.TrimSpace(v) == "" {
			t.Errorf("forged verdict survived: %q", line)
			continue
		}
		ours++
	}
	if ours != 1 {
		t.Errorf("%d verdict fields of ours, want 1:\n%s", ours, hdr)
	}
}

func TestPostfixForgedVerdictVariants(t *testing.T) {
	p := postfixPath(t, false, "")
	checkForgedGone(t, p.deliver(t, forgedVariants()).Data)
}

func TestSendmailForgedVerdictVariants(t *testing.T) {
	capture, _, sm, _ := sendmailPath(t, false)
	sendMail(t, sm.Addr(), forgedVariants())
	checkForgedGone(t, capture.next(t, deliveryTimeout).Data)
}
