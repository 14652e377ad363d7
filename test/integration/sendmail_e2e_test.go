//go:build integration

package integration

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
)

func sendmailPath(t *testing.T, quarantine bool) (*captureServer, *filterProc, *sendmailInstance, string) {
	t.Helper()
	httpPort := freePort(t)
	lockBase := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	capture := startCapture(t)
	f := startFilter(t, filterOptions{Config: milterdConfig(lockBase, quarantine, ""), HTTP: fmt.Sprintf("127.0.0.1:%d", httpPort)})
	sm := startSendmail(t, sendmailOptions{MilterPort: f.Port(), RelayPort: capture.Port()})
	return capture, f, sm, lockBase
}

// TestSendmailEndToEnd runs milterd behind the privately unpacked Sendmail with
// F=T: familiar mail passes untouched, anomalous links are locked, and with
// milterd down MAIL FROM is temp-failed.
func TestSendmailEndToEnd(t *testing.T) {
	capture, f, sm, lockBase := sendmailPath(t, false)
	t.Run("familiar", func(t *testing.T) {
		m := familiarMessages()[1].msg
		sendMail(t, sm.Addr(), m)
		got := capture.next(t, deliveryTimeout)
		if v := verdictOf(t, got.Data); v.Action != "accept" {
			t.Errorf("action %q (%s), want accept", v.Action, v.Raw)
		}
		_, sentBody := splitMessage(m.Data)
		_, gotBody := splitMessage(got.Data)
		if !bytes.Equal(gotBody, sentBody) {
			t.Errorf("body changed:\n got %q\nwant %q", gotBody, sentBody)
		}
		time.Sleep(300 * time.Millisecond) // let milterd flush what it learned: the lock cases rely on it
	})
	for _, tc := range lockCases()[:3] {
		t.Run("lock-"+tc.name, func(t *testing.T) {
			sendMail(t, sm.Addr(), tc.msg)
			got := capture.next(t, deliveryTimeout)
			if v := verdictOf(t, got.Data); v.Action != "lock" {
				t.Fatalf("action %q (%s), want lock", v.Action, v.Raw)
			}
			checkLockedMessage(t, tc.msg.Data, got.Data, lockBase)
		})
	}
	t.Run("milter-down-tempfails", func(t *testing.T) {
		f.Stop()
		err := trySend(sm.Addr(), familiarMessages()[0].msg)
		if code := smtpCode(err); code != 451 {
			t.Fatalf("with milterd down and F=T: %v (code %d), want 451", err, code)
		}
		if !strings.Contains(err.Error(), "4.3.2") {
			t.Errorf("reply %q, want enhanced code 4.3.2", err)
		}
		capture.expectNone(t, 500*time.Millisecond)
		f.Restart()
		sendMail(t, sm.Addr(), familiarMessages()[0].msg)
		if v := verdictOf(t, capture.next(t, deliveryTimeout).Data); v.Action != "accept" {
			t.Errorf("after restart: action %q, want accept", v.Action)
		}
	})
}

// TestSendmailQuarantineHeld: a message milterd quarantines stays in
// Sendmail's quarantine queue with milterd's reason (sendmail -bp -qQ),
// nothing is delivered, and milterd's log names Sendmail's queue ID; the
// release command deploy/sendmail/firstsight.mc gives delivers it.
func TestSendmailQuarantineHeld(t *testing.T) {
	capture, f, sm, _ := sendmailPath(t, true)
	sendMail(t, sm.Addr(), lockCases()[1].msg)
	var q string
	if !waitFor(deliveryTimeout, func() bool { q = sm.QuarantineQueue(); return strings.Contains(q, "firstsight: score") }) {
		t.Fatalf("quarantine queue (sendmail -bp -qQ):\n%s\nwant one message held with milterd's reason", q)
	}
	t.Logf("quarantine queue:\n%s", q)
	capture.expectNone(t, time.Second)
	if !strings.Contains(q, "1 request") {
		t.Errorf("quarantine queue:\n%s\nwant exactly one request", q)
	}
	ids := regexp.MustCompile(`queue_id=(\S+) action=quarantine`).FindStringSubmatch(f.log.String())
	if ids == nil || !strings.Contains(q, ids[1]) {
		t.Fatalf("milterd's quarantine verdict (queue ID %v) is not the held message:\n%s", ids, q)
	}
	checkQuarantineRecord(t, f.HTTPAddr, ids[1])
	// The release deploy/sendmail/firstsight.mc documents, as the admin
	// API's release_commands run it, then a queue run. Released once, the
	// message is no longer held: a second release is an error, though
	// Sendmail exits 0 for it.
	t.Setenv("LD_LIBRARY_PATH", sendmailLibPath())
	release := lock.CommandReleaser{Commands: [][]string{sm.command("-qQ", "-Q", "-qI{queue_id}").Args}}
	if err := release.ReleaseQueued(context.Background(), ids[1]); err != nil {
		t.Fatalf("release: %v", err)
	}
	if err := release.ReleaseQueued(context.Background(), ids[1]); !errors.Is(err, lock.ErrNotQueued) {
		t.Errorf("second release: %v; want lock.ErrNotQueued", err)
	}
	if out, err := sm.command("-q").CombinedOutput(); err != nil {
		t.Fatalf("queue run: %v: %s", err, out)
	}
	if v := verdictOf(t, capture.next(t, deliveryTimeout).Data); v.Action != "quarantine" {
		t.Errorf("released message: verdict %q, want the quarantine header kept", v.Raw)
	}
	if q := sm.QuarantineQueue(); strings.Contains(q, "firstsight: score") {
		t.Errorf("still quarantined after release:\n%s", q)
	}
}
