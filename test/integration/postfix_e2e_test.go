//go:build integration

package integration

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
)

// milterdConfig is the base configuration of every test daemon. lockBase is the
// public base URL of lock links; quarantine switches the quarantine rules on or
// off so that one outcome is deterministic per test.
func milterdConfig(lockBase string, quarantine bool, extra string) string {
	q := "quarantine_threshold = 100.0\nquarantine_when = []\n"
	if quarantine {
		q = "lock_threshold = 1.0\nquarantine_threshold = 1.0\n"
	}
	return milterdConfigWith(lockBase, extra, q)
}

// milterdConfigWith is milterdConfig with extra top-level lines and the
// [policy] lines given as they are.
func milterdConfigWith(lockBase, extra, policy string) string {
	return fmt.Sprintf(`internal_domains = ["example.com"]
lock_base_url = %q
on_error = "tempfail"
%s
[baseline]
flush_interval = "20ms"

[admin]
token = %q

[policy]
mode = "enforce"
%s`, lockBase, extra, adminToken, policy)
}

const adminToken = "integration-test-admin-token"

// mtaPath is a milterd plus one private Postfix relaying to a capture server.
type mtaPath struct {
	capture  *captureServer
	milterd  *filterProc
	postfix  *postfixInstance
	lockBase string
}

func postfixPath(t *testing.T, quarantine bool, extra string) *mtaPath {
	t.Helper()
	return postfixPathWith(t, func(lockBase string) string { return milterdConfig(lockBase, quarantine, extra) })
}

// postfixPathWith is postfixPath with the whole milterd configuration
// made by config from the lock base URL.
func postfixPathWith(t *testing.T, config func(lockBase string) string) *mtaPath {
	t.Helper()
	httpPort := freePort(t)
	lockBase := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	p := &mtaPath{capture: startCapture(t), lockBase: lockBase}
	p.milterd = startFilter(t, filterOptions{
		Config: config(lockBase),
		HTTP:   fmt.Sprintf("127.0.0.1:%d", httpPort),
	})
	p.postfix = startPostfix(t, postfixOptions{Milter: p.milterd.Milter(), RelayPort: p.capture.Port()})
	return p
}

// deliver sends m through Postfix and returns what reached the next hop.
func (p *mtaPath) deliver(t *testing.T, m outMail) capturedMail {
	t.Helper()
	sendMail(t, p.postfix.Addr(), m)
	return p.capture.next(t, deliveryTimeout)
}

// familiarMessages never carry a link outside the organisation's own domain.
func familiarMessages() []lockCase {
	return []lockCase{
		{"no-links", plainMessage("alice@example.com", recipient, "lunch", "Lunch at noon?\r\n\r\nAlice\r\n")},
		{"internal-link", plainMessage("alice@example.com", recipient, "wiki",
			"The notes are at "+homeURL+" and https://intranet.example.com/notes/42\r\n\r\nAlice\r\n")},
		{"internal-html", singlePart("alice@example.com", "text/html; charset=utf-8", "quoted-printable",
			"<p>See <a href=\""+homeURL+"\">the help page</a> \u2013 thanks!</p>\r\n")},
	}
}

func TestPostfixFamiliarMailUntouched(t *testing.T) {
	p := postfixPath(t, false, "")
	for _, tc := range familiarMessages() {
		t.Run(tc.name, func(t *testing.T) {
			got := p.deliver(t, tc.msg)
			v := verdictOf(t, got.Data)
			if v.Action != "accept" {
				t.Errorf("action = %q (%s), want accept", v.Action, v.Raw)
			}
			_, sentBody := splitMessage(tc.msg.Data)
			_, gotBody := splitMessage(got.Data)
			if !bytes.Equal(gotBody, sentBody) {
				t.Errorf("body changed:\n got %q\nwant %q", gotBody, sentBody)
			}
		})
	}
}

// learnFamiliar delivers the familiar messages, so the organisation's own link
// has history, and waits for milterd to flush what it learned.
func (p *mtaPath) learnFamiliar(t *testing.T) {
	t.Helper()
	for _, tc := range familiarMessages() {
		p.deliver(t, tc.msg)
	}
	time.Sleep(300 * time.Millisecond) // several baseline.flush_interval periods
}

func TestPostfixLockRewritesOnlyTheFlaggedLink(t *testing.T) {
	p := postfixPath(t, false, "")
	p.learnFamiliar(t)
	for _, tc := range lockCases() {
		t.Run(tc.name, func(t *testing.T) {
			got := p.deliver(t, tc.msg)
			v := verdictOf(t, got.Data)
			if v.Action != "lock" {
				t.Fatalf("action = %q (%s), want lock", v.Action, v.Raw)
			}
			ids := checkLockedMessage(t, tc.msg.Data, got.Data, p.lockBase)
			checkLockPage(t, ids[0])
		})
	}
}

// checkLockedMessage compares a sent and a delivered message part by part and
// returns the lock links found.
func checkLockedMessage(t *testing.T, sent, got []byte, base string) []string {
	t.Helper()
	if err := goMessageParses(got); err != nil {
		t.Fatalf("delivered message does not parse with go-message: %v\n%s", err, got)
	}
	sentLeaves, err := mimeLeaves(sent)
	if err != nil {
		t.Fatal(err)
	}
	gotLeaves, err := mimeLeaves(got)
	if err != nil {
		t.Fatalf("delivered MIME: %v", err)
	}
	if len(gotLeaves) != len(sentLeaves) {
		t.Fatalf("delivered message has %d leaf parts, sent %d", len(gotLeaves), len(sentLeaves))
	}
	var locks []string
	for i := range sentLeaves {
		locks = append(locks, checkLeaf(t, i, sentLeaves[i], gotLeaves[i], base)...)
	}
	_, gotBody := splitMessage(got)
	checkLines(t, "body", gotBody, 998)
	for _, keep := range []string{preamble, epilogue, attachmentB64} {
		if bytes.Contains(sent, []byte(keep)) && !bytes.Contains(gotBody, []byte(keep)) {
			t.Errorf("delivered body lost bytes that must be kept verbatim: %.60q...", keep)
		}
	}
	if len(locks) == 0 {
		t.Fatalf("no lock link %s%s... in the delivered message", base, lockPrefix)
	}
	return locks
}

// checkLeaf checks one part: same type and encoding; text parts equal except for
// lock links, with the organisation's link kept; other parts byte-identical.
func checkLeaf(t *testing.T, i int, sent, got leaf, base string) []string {
	t.Helper()
	what := fmt.Sprintf("part %d (%s)", i, sent.mediaType())
	cte := strings.ToLower(sent.Header.Get("Content-Transfer-Encoding"))
	if g := strings.ToLower(got.Header.Get("Content-Transfer-Encoding")); g != cte {
		t.Errorf("%s: Content-Transfer-Encoding %q, sent %q", what, g, cte)
	}
	if got.mediaType() != sent.mediaType() {
		t.Errorf("%s: delivered as %s", what, got.mediaType())
	}
	if !strings.HasPrefix(sent.mediaType(), "text/") {
		if !bytes.Equal(got.Raw, sent.Raw) {
			t.Errorf("%s: non-text part changed", what)
		}
		return nil
	}
	if cte == "base64" || cte == "quoted-printable" {
		checkLines(t, what, got.Raw, 76)
	}
	sentText, err1 := sent.decoded()
	gotText, err2 := got.decoded()
	if err1 != nil || err2 != nil {
		t.Fatalf("%s: decode: sent %v, delivered %v", what, err1, err2)
	}
	if !sameExceptLocks(string(sentText), string(gotText), base) {
		t.Errorf("%s: text differs beyond the flagged link:\nsent:\n%s\ndelivered:\n%s", what, sentText, gotText)
	}
	if !strings.Contains(string(gotText), homeURL) {
		t.Errorf("%s: the organisation's own link %s was not kept", what, homeURL)
	}
	if cte == "7bit" || cte == "" {
		checkExactSplice(t, what, sent.Raw, got.Raw, base)
	}
	return lockURLs(string(gotText), base)
}

// checkExactSplice: in an unencoded part the only byte change allowed is the
// flagged URL (and a URL-looking anchor text) becoming a lock link.
func checkExactSplice(t *testing.T, what string, sent, got []byte, base string) {
	t.Helper()
	if !sameExceptLocks(string(sent), string(got), base) {
		t.Errorf("%s: raw bytes differ beyond the flagged link", what)
	}
}

// checkLockPage fetches a lock link from milterd's HTTP listener: it must exist.
func checkLockPage(t *testing.T, lockURL string) {
	t.Helper()
	c := &http.Client{Timeout: 5 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err := c.Get(lockURL)
	if err != nil {
		t.Fatalf("lock page %s: %v", lockURL, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != http.StatusOK {
		t.Errorf("lock page %s: status %d, want 200\n%s", lockURL, resp.StatusCode, body)
	}
	if !strings.Contains(string(body), "192.0.2.7") {
		t.Errorf("lock page %s does not name the locked link's host 192.0.2.7", lockURL)
	}
}

func TestPostfixQuarantineLandsInHoldQueue(t *testing.T) {
	p := postfixPath(t, true, "")
	sendMail(t, p.postfix.Addr(), lockCases()[1].msg)
	q := p.postfix.waitQueue(deliveryTimeout, func(q []queueEntry) bool { return len(q) > 0 })
	if len(q) != 1 || q[0].QueueName != "hold" {
		t.Fatalf("postqueue -j = %+v, want one message in the hold queue", q)
	}
	held := p.postfix.Cat(q[0].QueueID)
	if v := verdictOf(t, held); v.Action != "quarantine" || v.Reasons == "" {
		t.Errorf("held message verdict %q, want action=quarantine with reasons", v.Raw)
	}
	if !strings.Contains(p.milterd.log.String(), q[0].QueueID) {
		t.Errorf("milterd log does not mention queue ID %s", q[0].QueueID)
	}
	checkQuarantineRecord(t, p.milterd.HTTPAddr, q[0].QueueID)
	p.capture.expectNone(t, time.Second)
	// The release the README gives, as the admin API runs it: out of
	// hold, then deliver now. The message is no longer held: a second
	// release is an error, though postsuper exits 0 for it.
	release := lock.CommandReleaser{Commands: [][]string{
		{lookTool("postsuper"), "-c", p.postfix.conf, "-H", "{queue_id}"},
		{lookTool("postqueue"), "-c", p.postfix.conf, "-i", "{queue_id}"},
	}}
	if err := release.ReleaseQueued(context.Background(), q[0].QueueID); err != nil {
		t.Fatalf("release: %v", err)
	}
	if err := release.ReleaseQueued(context.Background(), q[0].QueueID); !errors.Is(err, lock.ErrNotQueued) {
		t.Errorf("second release: %v; want lock.ErrNotQueued", err)
	}
	if v := verdictOf(t, p.capture.next(t, deliveryTimeout).Data); v.Action != "quarantine" {
		t.Errorf("released message: verdict %q, want the quarantine header kept", v.Raw)
	}
}

// checkQuarantineRecord looks the quarantine reason up by queue ID in milterd's
// admin API: Postfix itself drops the reason.
func checkQuarantineRecord(t *testing.T, httpAddr, queueID string) {
	t.Helper()
	req, _ := http.NewRequest("GET", "http://"+httpAddr+"/api/quarantine/"+queueID, nil)
	req.Header.Set("Authorization", "Bearer "+adminToken)
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("admin API: %v", err)
	}
	defer resp.Body.Close()
	var out struct {
		Quarantine struct {
			QueueID string            `json:"queue_id"`
			Reasons []json.RawMessage `json:"reasons"`
		} `json:"quarantine"`
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &out) != nil {
		t.Fatalf("GET /api/quarantine/%s: %d %s", queueID, resp.StatusCode, body)
	}
	if out.Quarantine.QueueID != queueID || len(out.Quarantine.Reasons) == 0 {
		t.Errorf("quarantine record for %s = %s, want the queue ID and reasons", queueID, body)
	}
}

// TestPostfixUnixSocket: milterd on a unix socket with group postfix and mode
// 0660, the setup deploy/postfix/README.md describes; smtpd runs as user postfix.
func TestPostfixUnixSocket(t *testing.T) {
	requireRoot(t)
	sock := filepath.Join(scratchDir(t, "sock"), "milterd.sock")
	capture := startCapture(t)
	startFilter(t, filterOptions{
		Config: milterdConfig("http://127.0.0.1:8025", false, "[socket]\ngroup = \"postfix\"\nmode = \"0660\"\n"),
		Listen: "unix:" + sock,
	})
	st, err := os.Stat(sock)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o660 {
		t.Errorf("socket mode %v, want 0660", st.Mode().Perm())
	}
	pfx := startPostfix(t, postfixOptions{Milter: "unix:" + sock, RelayPort: capture.Port()})
	sendMail(t, pfx.Addr(), familiarMessages()[0].msg)
	if v := verdictOf(t, capture.next(t, deliveryTimeout).Data); v.Action != "accept" {
		t.Errorf("action %q, want accept", v.Action)
	}
}

// TestPostfixChrootedUnixSocket: the Debian default, a chrooted smtpd,
// with milterd listening below the queue directory and Postfix given the
// socket path relative to it, as deploy/postfix/README.md describes.
func TestPostfixChrootedUnixSocket(t *testing.T) {
	requireRoot(t)
	capture := startCapture(t)
	pfx := &postfixInstance{t: t, dir: scratchDir(t, "pfxc"), Port: freePort(t)}
	pfx.conf = filepath.Join(pfx.dir, "conf")
	pfx.writeConfig(postfixOptions{Milter: "unix:/firstsight/milterd.sock", RelayPort: capture.Port(), Chroot: true})
	sockDir := filepath.Join(pfx.dir, "queue", "firstsight") // the queue directory is the chroot
	mustMkdir(t, sockDir, 0o770)
	chownPostfix(t, sockDir)
	startFilter(t, filterOptions{
		Config: milterdConfig("http://127.0.0.1:8025", false, "[socket]\ngroup = \"postfix\"\nmode = \"0660\"\n"),
		Listen: "unix:" + filepath.Join(sockDir, "milterd.sock"),
	})
	pfx.postfix("check")
	pfx.postfix("start")
	t.Cleanup(pfx.stop)
	pfx.waitListening()
	sendMail(t, pfx.Addr(), familiarMessages()[0].msg)
	if v := verdictOf(t, capture.next(t, deliveryTimeout).Data); v.Action != "accept" {
		t.Errorf("action %q, want accept (a chrooted smtpd must reach milterd)", v.Action)
	}
	if strings.Contains(pfx.Log(), "Milter service") {
		t.Errorf("postfix logged a milter problem:\n%s", pfx.Log())
	}
}

// TestPostfixMilterDownTempfails: with milterd stopped, Postfix applies
// default_action=tempfail; an upstream MTA keeps the message deferred and
// delivers it once milterd is back. Nothing is lost.
func TestPostfixMilterDownTempfails(t *testing.T) {
	p := postfixPath(t, false, "")
	upstream := startPostfix(t, postfixOptions{Name: "upstream", RelayPort: p.postfix.Port})
	p.milterd.Stop()

	msg := familiarMessages()[0].msg
	err := trySend(p.postfix.Addr(), msg)
	if code := smtpCode(err); code < 400 || code > 499 {
		t.Fatalf("direct submission with milterd down: %v (code %d), want a 4xx temporary failure", err, code)
	}
	sendMail(t, upstream.Addr(), msg)
	q := upstream.waitQueue(deliveryTimeout, func(q []queueEntry) bool {
		return len(q) == 1 && q[0].QueueName == "deferred"
	})
	if reason := q[0].Recipients[0].DelayReason; !strings.Contains(reason, "4.7.1") && !strings.Contains(reason, "451") {
		t.Errorf("deferral reason %q, want the downstream 4xx", reason)
	}
	p.capture.expectNone(t, 500*time.Millisecond)

	p.milterd.Restart()
	upstream.Flush()
	got := p.capture.next(t, deliveryTimeout)
	if v := verdictOf(t, got.Data); v.Action != "accept" {
		t.Errorf("after restart: action %q, want accept", v.Action)
	}
	if g, w := messageID(got.Data), messageID(msg.Data); g != w {
		t.Errorf("delivered Message-ID %q, want the deferred message's %q", g, w)
	}
	upstream.waitQueue(deliveryTimeout, func(q []queueEntry) bool { return len(q) == 0 })
}

// TestPostfixSeveralMessagesOneSession: each message of one SMTP session gets
// its own verdict, and a verdict header forged by the sender is removed.
func TestPostfixSeveralMessagesOneSession(t *testing.T) {
	p := postfixPath(t, false, "")
	forged := plainMessage("alice@example.com", recipient, "forged", "hi\r\n")
	forged.Data = append([]byte("X-Firstsight: action=accept score=0.00 reasons=forged\r\n"), forged.Data...)
	msgs := []outMail{familiarMessages()[0].msg, lockCases()[0].msg, forged, familiarMessages()[1].msg}
	want := []string{"accept", "lock", "accept", "accept"}

	s := dialSMTP(t, p.postfix.Addr())
	for i, m := range msgs {
		if err := s.Send(m); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
	}
	s.Quit()
	got := map[string]verdict{}
	for range msgs {
		m := p.capture.next(t, deliveryTimeout)
		got[messageID(m.Data)] = verdictOf(t, m.Data)
	}
	for i, m := range msgs {
		v, ok := got[messageID(m.Data)]
		if !ok {
			t.Errorf("message %d not delivered", i)
			continue
		}
		if v.Action != want[i] {
			t.Errorf("message %d: action %q (%s), want %q", i, v.Action, v.Raw, want[i])
		}
		if strings.Contains(v.Raw, "forged") {
			t.Errorf("message %d: forged verdict header survived: %s", i, v.Raw)
		}
	}
}

// TestPostfixHostileInput: garbage on the milter socket, malformed MIME and an
// oversized message each get a defined outcome, and milterd keeps serving.
func TestPostfixHostileInput(t *testing.T) {
	p := postfixPath(t, false, "[limits]\nmax_body_bytes = 1048576\nmax_mem_bytes = 65536\n")
	check := func(t *testing.T) {
		t.Helper()
		if !p.milterd.Alive() {
			t.Fatalf("milterd died")
		}
		got := p.deliver(t, familiarMessages()[1].msg)
		if v := verdictOf(t, got.Data); v.Action != "accept" {
			t.Errorf("follow-up message: action %q, want accept", v.Action)
		}
	}
	t.Run("garbage-on-socket", func(t *testing.T) {
		for _, junk := range garbagePackets() {
			sendGarbage(t, p.milterd.Addr, junk)
		}
		check(t)
	})
	t.Run("malformed-mime", func(t *testing.T) {
		for i, m := range malformedMessages() {
			got := p.deliver(t, m)
			v := verdictOf(t, got.Data)
			t.Logf("malformed %d: %s", i, v.Raw)
		}
		check(t)
	})
	t.Run("oversized", func(t *testing.T) {
		big := strings.Repeat("All work and no play makes Jack a dull boy. "+phishURL+"\r\n", 16000) // 1.2 MB
		m := plainMessage(phishSender, recipient, "big", big)
		got := p.deliver(t, m)
		if v := verdictOf(t, got.Data); v.Action != "unscanned" {
			t.Errorf("oversized message: action %q (%s), want unscanned", v.Action, v.Raw)
		}
		_, sentBody := splitMessage(m.Data)
		_, gotBody := splitMessage(got.Data)
		if !bytes.Equal(gotBody, sentBody) {
			t.Errorf("oversized message body changed (%d bytes sent, %d delivered): it must never be truncated", len(sentBody), len(gotBody))
		}
		check(t)
	})
}

// garbagePackets are byte strings that are not a valid milter conversation.
func garbagePackets() [][]byte {
	return [][]byte{
		[]byte("GET / HTTP/1.0\r\n\r\n"),
		{0xff, 0xff, 0xff, 0xff, 'O'},                // absurd packet length
		{0, 0, 0, 1, 'Z'},                            // unknown command
		{0, 0, 0, 13, 'O', 0, 0, 0, 6, 0, 0},         // truncated negotiation
		bytes.Repeat([]byte{0, 0, 0, 2, 'D', 0}, 64), // macros before negotiation
	}
}

func sendGarbage(t *testing.T, addr string, junk []byte) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatalf("dial milter %s: %v", addr, err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(3 * time.Second))
	c.Write(junk)
	io.Copy(io.Discard, c) // until milterd hangs up or the deadline passes
}

// malformedMessages break MIME in different ways.
func malformedMessages() []outMail {
	from := phishSender
	hdr := func(extra ...string) string {
		return headerBlock(from, recipient, "broken", append([]string{"MIME-Version: 1.0"}, extra...))
	}
	return []outMail{
		{From: from, To: []string{recipient}, Data: []byte(hdr(`Content-Type: multipart/mixed; boundary="never-closed"`) +
			"\r\n--never-closed\r\nContent-Type: text/plain\r\n\r\nclick " + phishURL + "\r\n")},
		{From: from, To: []string{recipient}, Data: []byte(hdr("Content-Type: multipart/alternative") +
			"\r\nno boundary parameter at all " + phishURL + "\r\n")},
		{From: from, To: []string{recipient}, Data: []byte(hdr("Content-Type: text/plain", "Content-Transfer-Encoding: base64") +
			"\r\n!!!! this is not base64 ####\r\n")},
		{From: from, To: []string{recipient}, Data: []byte(hdr("Content-Type: text/html; charset=x-no-such-charset", "Content-Transfer-Encoding: quoted-printable") +
			"\r\n<a href=3D\"" + phishURL + "\">=ZZ broken =\r\nescape</a>=\r\n")},
		{From: from, To: []string{recipient}, Data: []byte(hdr(`Content-Type: multipart/mixed; boundary="a"`) +
			"\r\n" + strings.Repeat("--a\r\nContent-Type: multipart/mixed; boundary=\"a\"\r\n\r\n", 60) + "deep\r\n")},
	}
}

func messageID(data []byte) string {
	hdr, _ := splitMessage(data)
	if v := headerValues(hdr, "Message-ID"); len(v) > 0 {
		return v[0]
	}
	return ""
}
