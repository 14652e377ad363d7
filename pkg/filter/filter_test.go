package filter

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/d--j/go-milter"
	"github.com/d--j/go-milter/mailfilter"
	"github.com/d--j/go-milter/mailfilter/addr"
	"github.com/d--j/go-milter/mailfilter/testtrx"
	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/internal/milterclient"
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// testEngine builds an engine over a fresh temp DB.
func testEngine(t testing.TB) *Engine {
	t.Helper()
	return testEngineWith(t, nil)
}

// testEngineWith is testEngine with its policy changed by edit (when not
// nil) after the defaults are set.
func testEngineWith(t testing.TB, edit func(*scoring.Policy)) *Engine {
	t.Helper()
	db := throwawayDB(t)
	hist, err := baseline.New(db, baseline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	locks, err := lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { hist.Close(); locks.Close(); db.Close() })
	p := scoring.DefaultPolicy()
	p.InternalDomains = []string{"corp.example"}
	if edit != nil {
		edit(&p)
	}
	return New(Options{Policy: p, LockBaseURL: "https://lock.corp.example", InternalDomains: p.InternalDomains},
		hist, LockJournal{Store: locks})
}

// throwawayDB opens a bbolt file and unlinks it at once: the open
// descriptor keeps it alive until Close, and nothing is left on disk even
// when the process is killed, as go test -fuzz does to its workers at the
// deadline before their Cleanup runs (which left a 32 MiB file per worker
// in the temp directory on every fuzz run).
func throwawayDB(t testing.TB) *bolt.DB {
	t.Helper()
	dir, err := os.MkdirTemp("", "firstsight-test-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := bolt.Open(filepath.Join(dir, "t.db"), 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

type testMsg struct {
	from, to string
	raw      string
}

func msg(from, to, subject, contentType, body string) testMsg {
	raw := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%d@test>\r\nMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n%s",
		from, to, subject, len(body), contentType, strings.ReplaceAll(body, "\n", "\r\n"))
	return testMsg{from: from, to: to, raw: raw}
}

// deliver judges raw from mailFrom to rcpt at the given time, applies the
// verdict (Finish, learning included) and returns the result.
func deliver(t *testing.T, e *Engine, raw []byte, mailFrom, rcpt string, at time.Time, auth bool) *Result {
	t.Helper()
	r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: mailFrom, Recipients: []string{rcpt}, Now: at, Authenticated: auth})
	if err != nil {
		t.Fatal(err)
	}
	e.Finish(r)
	return r
}

// corpus is a small synthetic exchange: a colleague relationship built up
// (outbound first, then replies), then a lookalike credential phish.
func corpus() []testMsg {
	var ms []testMsg
	for i := 0; i < 3; i++ {
		ms = append(ms, msg("alice@corp.example", "bob@partner.example", "quarterly numbers", "text/plain; charset=utf-8",
			"Hi Bob, figures at https://www.partner.example/reports/q3 and https://intranet.corp.example/x\n"))
		ms = append(ms, msg("bob@partner.example", "alice@corp.example", "re: quarterly numbers", "text/plain; charset=utf-8",
			"Thanks Alice, see https://www.partner.example/reports/q3-final\n"))
	}
	ms = append(ms, msg("security@paypa1-support.top", "alice@corp.example", "Your account is suspended",
		"text/html; charset=utf-8",
		`<p>Dear customer, verify your password now or your account will be closed.</p>
<p><a href="http://198.51.100.7/paypal/signin">https://www.paypal.com/signin</a></p>
<p>Regards, <a href="https://www.partner.example/">partner</a></p>
`))
	return ms
}

// startMilter serves mil on a loopback port and returns an MTA session to it.
func startMilter(t *testing.T, mil *Milter, opts ...mailfilter.Option) *milterclient.Session {
	t.Helper()
	mf, err := mailfilter.New("tcp", "127.0.0.1:0", mil.Decide, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(mf.Close)
	sess, err := milterclient.Dial(milter.NewClient("tcp", mf.Addr().String()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sess.Close() })
	return sess
}

// TestReplayAndMilterAgree runs the same messages through Decide directly
// (what replay does) and through a real milter session, each on its own
// fresh DB, and requires the same verdict header for every message.
func TestReplayAndMilterAgree(t *testing.T) {
	ctx := context.Background()
	direct := testEngine(t)
	var want []string
	for i, m := range corpus() {
		r, err := direct.Decide(ctx, []byte(m.raw), Envelope{MailFrom: m.from, Recipients: []string{m.to}, QueueID: fmt.Sprint(i), Now: time.Now()})
		if err != nil {
			t.Fatalf("Decide(%d): %v", i, err)
		}
		direct.Finish(r)
		want = append(want, r.Header())
	}
	// Learning before answering makes the milter's learning order that of
	// replay, so verdicts that depend on earlier messages can be compared.
	mil := NewMilter(testEngine(t), MilterOptions{SyncLearning: true}, slog.New(slog.DiscardHandler), nil)
	defer mil.Close()
	sess := startMilter(t, mil, mailfilter.WithBody(1<<20, 64<<20, mailfilter.TruncateWhenTooBig))
	for i, m := range corpus() {
		out, err := sess.Send(milterclient.Envelope{MailFrom: m.from, Recipients: []string{m.to}, QueueID: fmt.Sprint(i)}, []byte(m.raw))
		if err != nil {
			t.Fatalf("milter send %d: %v", i, err)
		}
		got := out.Added["X-Firstsight"]
		if len(got) != 1 || got[0] != want[i] {
			t.Errorf("message %d: milter header %q, replay header %q", i, got, want[i])
		}
	}
	if !strings.Contains(want[len(want)-1], "action=") || strings.HasPrefix(want[len(want)-1], "action=accept") {
		t.Errorf("the phish was accepted: %q", want[len(want)-1])
	}
}

// TestForgedVerdictStripped checks that an incoming verdict header is
// deleted before ours is added.
func TestForgedVerdictStripped(t *testing.T) {
	mil := NewMilter(testEngine(t), MilterOptions{}, slog.New(slog.DiscardHandler), nil)
	sess := startMilter(t, mil)
	raw := "From: a@x.example\r\nX-Firstsight: action=accept score=0.00\r\nTo: b@corp.example\r\nx-firstsight: forged\r\nSubject: hi\r\n\r\nhello\r\n"
	out, err := sess.Send(milterclient.Envelope{MailFrom: "a@x.example", Recipients: []string{"b@corp.example"}}, []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Deleted) != 2 {
		t.Errorf("deleted headers = %v, want both forged copies", out.Deleted)
	}
	if got := out.Added["X-Firstsight"]; len(got) != 1 || !strings.HasPrefix(got[0], "action=accept") {
		t.Errorf("added verdict = %q", got)
	}
	if out.Body != nil {
		t.Errorf("body replaced on a message without links")
	}
}

// TestForgedEmptyVerdictOverwritten: go-milter deletes a field by
// emptying it, so a forged copy that arrived empty cannot be deleted; it
// must then carry our verdict, and no empty copy may reach the reader.
func TestForgedEmptyVerdictOverwritten(t *testing.T) {
	for _, tc := range []struct {
		name, fields       string
		deleted, overwrite int
	}{
		{"empty", "X-Firstsight:\r\n", 0, 1},
		{"empty, other case", "x-firstsight:\r\n", 1, 0},
		{"empty and forged", "X-Firstsight:\r\nX-Firstsight: action=accept\r\n", 1, 1},
		{"two empty", "X-Firstsight:\r\nX-FIRSTSIGHT:\r\n", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mil := NewMilter(testEngine(t), MilterOptions{}, slog.New(slog.DiscardHandler), nil)
			sess := startMilter(t, mil)
			raw := "From: a@x.example\r\n" + tc.fields + "Subject: hi\r\n\r\nhello\r\n"
			out, err := sess.Send(milterclient.Envelope{MailFrom: "a@x.example", Recipients: []string{"b@corp.example"}}, []byte(raw))
			if err != nil {
				t.Fatal(err)
			}
			verdicts := append(out.Changed["X-Firstsight"], out.Added["X-Firstsight"]...)
			if len(out.Deleted) != tc.deleted || len(out.Changed["X-Firstsight"]) != tc.overwrite {
				t.Errorf("deleted %v, changed %v, want %d deleted and %d overwritten", out.Deleted, out.Changed, tc.deleted, tc.overwrite)
			}
			if len(verdicts) == 0 {
				t.Fatal("no verdict header")
			}
			for _, v := range verdicts {
				if !strings.HasPrefix(v, "action=accept") || strings.Contains(v, "forged") {
					t.Errorf("verdict header = %q", v)
				}
			}
		})
	}
}

// TestOversizedPassesUnscanned: a body over the limit is never rewritten.
func TestOversizedPassesUnscanned(t *testing.T) {
	mil := NewMilter(testEngine(t), MilterOptions{MaxBodyBytes: 1 << 10}, slog.New(slog.DiscardHandler), nil)
	sess := startMilter(t, mil, mailfilter.WithBody(512, 1<<10+1, mailfilter.TruncateWhenTooBig))
	body := strings.Repeat("visit http://198.51.100.7/login now\r\n", 100)
	out, err := sess.Send(milterclient.Envelope{MailFrom: "a@x.example", Recipients: []string{"b@corp.example"}},
		[]byte("From: a@x.example\r\nSubject: big\r\n\r\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if out.Body != nil || out.Quarantined || out.Action != milter.ActionAccept {
		t.Errorf("oversized message was acted on: %+v", out)
	}
	if got := out.Added["X-Firstsight"]; len(got) != 1 || !strings.Contains(got[0], "action=unscanned reason=too_big") {
		t.Errorf("header = %q", got)
	}
}

func TestDecisionCoversEveryAction(t *testing.T) {
	tests := []struct {
		action Action
		want   mailfilter.Decision
	}{
		{ActionAccept, mailfilter.Accept},
		{ActionLock, mailfilter.Accept},
		{ActionUnscanned, mailfilter.Accept},
		{ActionQuarantine, mailfilter.QuarantineResponse("x")},
		{ActionReject, mailfilter.CustomErrorResponse(550, "5.7.1 Message refused by content policy")},
		{ActionTempFail, mailfilter.TempFail},
	}
	for _, tt := range tests {
		got := decision(&Result{Action: tt.action})
		if !got.Equal(tt.want) || got.String() != tt.want.String() && tt.action != ActionQuarantine {
			t.Errorf("decision(%s) = %v, want %v", tt.action, got, tt.want)
		}
	}
	// go-milter hides the quarantine reason; the type tells it from Accept.
	if q := decision(&Result{Action: ActionQuarantine}); fmt.Sprintf("%T", q) == fmt.Sprintf("%T", mailfilter.Accept) {
		t.Errorf("quarantine decision %T is a plain accept", q)
	}
}

// failingJournal cannot store anything (a full disk).
type failingJournal struct{}

func (failingJournal) Lock(context.Context, Message, []Locked) ([]string, error) {
	return nil, fmt.Errorf("write fs.db: no space left on device")
}
func (failingJournal) Record(Message, *Result)          {}
func (failingJournal) Allows(time.Time) []scoring.Allow { return nil }

// TestLockStoreFailureHolds: when lock records cannot be written, a message
// with anomalous links is held, never passed with its links open.
func TestLockStoreFailureHolds(t *testing.T) {
	m := msg("news@fresh-sender.example", "alice@corp.example", "our report", "text/plain; charset=utf-8",
		"The report is at http://198.51.100.7/report/2026 for you.\n")
	env := Envelope{MailFrom: m.from, Recipients: []string{m.to}, Now: time.Now()}
	if r, err := testEngine(t).Decide(context.Background(), []byte(m.raw), env); err != nil || r.Action != ActionLock {
		t.Fatalf("precondition: with a working journal the message is locked, got %v, %v", r.Action, err)
	}
	for _, j := range []Journal{failingJournal{}, nil} {
		e := testEngine(t)
		e.journal = j
		r, err := e.Decide(context.Background(), []byte(m.raw), env)
		if err != nil {
			t.Fatal(err)
		}
		if r.Action != ActionQuarantine || r.Body != nil || r.Err == nil || !strings.Contains(r.Header(), "lock_store_failed") {
			t.Errorf("Decide with journal %T = %s, body %d bytes, err %v, header %q", j, r.Action, r.Body.Len(), r.Err, r.Header())
		}
	}
}

// TestSignedMessageNeverRewritten: a signed message whose link would be
// locked is held (the default signed_action), its body untouched.
func TestSignedMessageNeverRewritten(t *testing.T) {
	body := "--sig\nContent-Type: text/plain\n\nThe report is at http://198.51.100.7/report/2026 for you.\n" +
		"--sig\nContent-Type: application/pkcs7-signature; name=smime.p7s\nContent-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==\n--sig--\n"
	m := msg("news@fresh-sender.example", "alice@corp.example", "our report",
		`multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary=sig`, body)
	r, err := testEngine(t).Decide(context.Background(), []byte(m.raw), Envelope{MailFrom: m.from, Recipients: []string{m.to}, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if r.Body != nil || r.Action != ActionQuarantine || !strings.Contains(r.Header(), "signed") {
		t.Errorf("signed message: action %s, body replaced %v, header %q", r.Action, r.Body != nil, r.Header())
	}
}

// headerTrx is a milter transaction from the envelope sender from to
// dana@corp.example with the header block head (ending in an empty line)
// and no body.
func headerTrx(from, head string) *testtrx.Trx {
	return (&testtrx.Trx{}).SetMailFrom(addr.NewMailFrom(from, "", "smtp", "", "")).
		SetRcptTosList("dana@corp.example").SetHeadersRaw([]byte(head))
}

// padFields is n header fields X-Pad-0 to X-Pad-(n-1).
func padFields(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "X-Pad-%d: v\r\n", i)
	}
	return b.String()
}

// An empty body reaches the filter without any body chunk (go-milter then
// has no body at all): it is judged, not passed as an error. An end of
// message the MTA never started is an error with a log line (on_error
// applies), not a panic.
func TestDecideWithoutBodyOrHeader(t *testing.T) {
	var logs bytes.Buffer
	mil := NewMilter(testEngine(t), MilterOptions{SyncLearning: true}, slog.New(slog.NewTextHandler(&logs, nil)), nil)
	defer mil.Close()
	trx := headerTrx("sam@stranger.example", "From: Sam <sam@stranger.example>\r\nTo: dana@corp.example\r\nSubject: (no text)\r\n\r\n")
	d, err := mil.Decide(context.Background(), trx)
	if err != nil || d != mailfilter.Accept || strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("empty body: %v, %v; log %s", d, err, logs.String())
	}
	logs.Reset()
	d, err = mil.Decide(context.Background(), &testtrx.Trx{})
	if err != nil || d != mailfilter.Accept || strings.Contains(logs.String(), "panic") || !strings.Contains(logs.String(), "never sent") {
		t.Errorf("no message, on_error accept: %v, %v; log %s", d, err, logs.String())
	}
	tf := NewMilter(testEngine(t), MilterOptions{SyncLearning: true, OnError: "tempfail"}, slog.New(slog.DiscardHandler), nil)
	defer tf.Close()
	if d, err := tf.Decide(context.Background(), &testtrx.Trx{}); err != nil || d != mailfilter.TempFail {
		t.Errorf("no message, on_error tempfail: %v, %v", d, err)
	}
}

// Over MaxHeaderFields a message is refused (552), except in monitor
// mode, which never changes mail: there it passes unscanned, saying so.
func TestTooManyHeaderFields(t *testing.T) {
	raw := "From: a@x.example\r\nTo: dana@corp.example\r\n" + padFields(MaxHeaderFields) + "\r\n"
	for _, mode := range []string{scoring.ModeEnforce, scoring.ModeMonitor} {
		e := testEngine(t)
		e.opt.Policy.Mode = mode
		mil := NewMilter(e, MilterOptions{SyncLearning: true}, slog.New(slog.DiscardHandler), nil)
		d, err := mil.Decide(context.Background(), headerTrx("a@x.example", raw))
		mil.Close()
		refused := d != mailfilter.Accept
		if err != nil || refused != (mode == scoring.ModeEnforce) {
			t.Errorf("%s: %v, %v; want refused %v", mode, d, err, mode == scoring.ModeEnforce)
		}
	}
}

// In monitor mode the log line and the verdict log say what enforce would
// have done, as the header does: an admin trying monitor mode reads its
// logs or "milterd verdicts -action lock", and both said only accept.
func TestMonitorLogSaysWould(t *testing.T) {
	e := testEngine(t)
	e.opt.Policy.Mode = scoring.ModeMonitor
	var logs bytes.Buffer
	mil := NewMilter(e, MilterOptions{SyncLearning: true, HeaderName: "X-Firstsight"}, slog.New(slog.NewTextHandler(&logs, nil)), nil)
	defer mil.Close()
	head := "From: news@fresh-sender.example\r\nTo: dana@corp.example\r\nSubject: our report\r\nContent-Type: text/plain; charset=utf-8\r\n"
	trx := headerTrx("news@fresh-sender.example", head).SetQueueId("MON1").
		SetBodyBytes([]byte("The report is at http://198.51.100.7/report/2026 for you.\r\n"))
	if d, err := mil.Decide(context.Background(), trx); err != nil || d != mailfilter.Accept {
		t.Fatalf("monitor mode: %v, %v; want a plain accept", d, err)
	}
	line := logs.String()
	if !strings.Contains(line, "msg=verdict") || !strings.Contains(line, "action=accept") || !strings.Contains(line, "would=lock") {
		t.Errorf("verdict log line without would=lock:\n%s", line)
	}
	vs, err := e.journal.(LockJournal).Store.Verdicts(lock.VerdictFilter{Action: "lock"})
	if err != nil || len(vs) != 1 || vs[0].Action != "accept" || vs[0].Would != "lock" || !vs[0].Monitor || vs[0].LockedCount != 1 {
		t.Errorf("verdict log (action lock) = %+v, %v; want the monitored message, accept, would lock its one link", vs, err)
	}
	// The dashboard's counters show what enforce would have done, and how
	// many messages that covers.
	now := time.Now()
	hours, err := e.journal.(LockJournal).Store.Hourly(now.Add(-48*time.Hour), now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var sum lock.Counters
	for _, h := range hours {
		sum.Messages += h.Messages
		sum.LinksLocked += h.LinksLocked
		sum.Monitored += h.Monitored
	}
	if sum.Messages != 1 || sum.LinksLocked != 1 || sum.Monitored != 1 {
		t.Errorf("counters = %+v, want 1 message, monitored, 1 link it would lock", sum)
	}
}

// With several recipients the header says the strictest verdict applies,
// but neither names nor counts them: every copy carries it, and one may be
// a Bcc.
func TestHeaderNamesNoRecipient(t *testing.T) {
	e := testEngine(t)
	raw := []byte("From: Sam <sam@stranger.example>\r\nTo: dana@corp.example\r\nSubject: report\r\n\r\nSee https://files.stranger-reports.example/r/1\r\n")
	r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: "sam@stranger.example",
		Recipients: []string{"dana@corp.example", "hidden-bcc@corp.example"}, Now: time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	h := r.Header()
	if strings.Contains(h, "@") || strings.Contains(h, "strictest=") || strings.Contains(h, "strictest_") || !strings.Contains(h, " strictest ") {
		t.Errorf("header %q: want the strictest flag, and no address or count", h)
	}
}

func TestShortHost(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"www.example.com", "www.example.com"},
		{strings.Repeat("a", 253), strings.Repeat("a", 253)},
		{strings.Repeat("a", 300), strings.Repeat("a", 253) + "…"},
		{strings.Repeat("a", 252) + "éé", strings.Repeat("a", 252) + "…"}, // never half a character
	} {
		if got := shortHost(tc.in); got != tc.want {
			t.Errorf("shortHost(%d bytes) = %q (%d bytes), want %d bytes", len(tc.in), got, len(got), len(tc.want))
		}
	}
}

// Precheck answers what the milter answers before any verdict, so replay
// measures the same thing.
func TestPrecheck(t *testing.T) {
	many := padFields(MaxHeaderFields + 1)
	folded := "Subject: a\r\n" + strings.Repeat(" folded\r\n", MaxHeaderFields+5)
	for _, tc := range []struct {
		name    string
		msg     string
		monitor bool
		act     Action
	}{
		{"ordinary", "From: a@x.example\r\n\r\nhello\r\n", false, ""},
		{"too many fields", many + "\r\nhello\r\n", false, ActionReject},
		{"too many fields, monitor", many + "\r\nhello\r\n", true, ActionUnscanned},
		{"folded lines are one field", folded + "\r\nhello\r\n", false, ""},
		{"body over the limit", "From: a@x.example\r\n\r\n" + strings.Repeat("x", 101), false, ActionUnscanned},
		{"header bytes do not count as body", "Subject: " + strings.Repeat("x", 200) + "\r\n\r\nhi", false, ""},
	} {
		if act, _ := Precheck([]byte(tc.msg), 100, tc.monitor); act != tc.act {
			t.Errorf("%s: %q, want %q", tc.name, act, tc.act)
		}
	}
}

// The header keeps at most 8 reason codes, the heaviest: a link's
// display_mismatch (0.60) must not be cut off behind light novelty codes.
func TestHeaderKeepsHeaviestReasons(t *testing.T) {
	var light []scoring.Reason
	for _, c := range []string{"org_first_seen", "sender_first_contact", "sender_domain_first_seen", "unsolicited", "sender_first_link", "rcpt_first_seen", "pair_first_contact", "host_first_seen"} {
		light = append(light, scoring.Reason{Code: c, Weight: 0.1})
	}
	r := &Result{Action: ActionLock, Verdict: scoring.Verdict{Reasons: light, Links: []scoring.LinkDecision{
		{Lock: true, Reasons: []scoring.Reason{{Code: "display_mismatch", Weight: 0.6}}}}}}
	h := r.Header()
	if !strings.Contains(h, "reasons=display_mismatch,") || strings.Count(h, ",")+1 > 8+1 {
		t.Errorf("header %q: want display_mismatch first and at most 8 codes", h)
	}
	if q := r.QuarantineReason(); !strings.Contains(q, "display_mismatch") {
		t.Errorf("quarantine reason %q lacks display_mismatch", q)
	}
}

// The header's order: the decision, then the quarantine combination's
// codes, then evidence by weight; credits cut to 0 come after real
// evidence, not before it.
func TestHeaderCodeOrder(t *testing.T) {
	rs := []scoring.Reason{{Code: "quarantine_rule"}, {Code: "solicited"}, {Code: "established_pair"},
		{Code: "org_first_seen", Weight: 0.3}, {Code: "sender_first_link", Weight: 0.1}, {Code: "rcpt_first_seen", Weight: 0.1},
		{Code: "host_first_seen", Weight: 0.05}, {Code: "display_mismatch", Weight: 0.6},
		{Code: "unsolicited", Weight: 0.15}, {Code: "intent_credentials", Weight: 0.4}, {Code: "auth_fail", Weight: 0.6}}
	r := &Result{Action: ActionQuarantine, Verdict: scoring.Verdict{Reasons: rs, Rule: "auth_fail+unsolicited+intent_credentials"}}
	want := "quarantine_rule,auth_fail,intent_credentials,unsolicited,display_mismatch,org_first_seen,sender_first_link,rcpt_first_seen"
	if got := strings.Join(r.headerCodes(), ","); got != want {
		t.Errorf("header codes\n got %s\nwant %s", got, want)
	}
}

// In monitor mode a message over MaxHeaderFields passes, but not with the
// sender's own verdict headers: those the milter can see are removed.
func TestTooManyFieldsMonitorStripsForged(t *testing.T) {
	raw := "X-Firstsight: action=accept forged=yes\r\nFrom: a@x.example\r\n" + padFields(MaxHeaderFields) + "\r\n"
	e := testEngine(t)
	e.opt.Policy.Mode = scoring.ModeMonitor
	mil := NewMilter(e, MilterOptions{SyncLearning: true}, slog.New(slog.DiscardHandler), nil)
	defer mil.Close()
	trx := headerTrx("a@x.example", raw)
	if _, err := mil.Decide(context.Background(), trx); err != nil {
		t.Fatal(err)
	}
	for f := trx.Headers().Fields(); f.Next(); {
		if f.CanonicalKey() == "X-Firstsight" && strings.Contains(f.Value(), "forged") {
			t.Errorf("the forged verdict header survived: %q", f.Value())
		}
	}
}
