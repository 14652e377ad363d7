package adminclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
	bolt "go.etcd.io/bbolt"
)

const token = "test-token-123"

type fakeBaseline struct {
	learned int
	events  []lock.LearnEvent
	asked   []lock.InspectQuery
}

func (f *fakeBaseline) Learn(_ context.Context, ev lock.LearnEvent) error {
	f.learned++
	f.events = append(f.events, ev)
	return nil
}
func (f *fakeBaseline) Inspect(_ context.Context, q lock.InspectQuery) (any, error) {
	f.asked = append(f.asked, q)
	if q.List != "" { // shaped as filter.Admin answers a list address
		return map[string]any{"kind": "list", "key": q.List,
			"stat": map[string]any{"messages": 21, "days": 21, "organisations": 4, "readers": 1, "seen": true,
				"first_seen": "2026-09-01T09:00:00Z", "last_seen": "2026-09-21T09:00:00Z"},
			"known_list": map[string]any{"qualifies": true, "min_organisations": 3, "min_days": 5, "min_span_days": 14}}, nil
	}
	return map[string]any{"sender": map[string]any{"messages": 3, "first_seen": "2026-01-02"}, "query": q.Sender + q.MessageID}, nil
}
func (f *fakeBaseline) Explain(_ context.Context, r io.Reader) (any, error) {
	b, _ := io.ReadAll(r)
	return map[string]any{"action": "lock", "bytes": len(b)}, nil
}

type env struct {
	store *lock.Store
	url   string
	fb    *fakeBaseline
}

func newEnv(t *testing.T) *env {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "d.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	fb := &fakeBaseline{}
	h := lock.NewHandler(s, lock.HandlerOptions{AdminToken: token}, lock.Deps{Learn: fb, Inspect: fb, Explain: fb}, nil)
	srv := httptest.NewServer(h.Admin())
	t.Cleanup(srv.Close)
	return &env{store: s, url: srv.URL, fb: fb}
}

func (e *env) run(t *testing.T, cmd string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args = append([]string{"-api", e.url, "-token", token}, args...)
	code := Run(t.Context(), cmd, args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestLocksAndRelease(t *testing.T) {
	e := newEnv(t)
	ids, err := e.store.CreateLocks(t.Context(), []lock.Record{{URL: "https://bad.example/x", Level: lock.LevelLock,
		Sender: "a@x.example", Recipient: "b@corp.example", Reasons: []lock.Reason{{Code: "new-domain", Text: "First time."}, {Code: "established_pair", Text: "Wrote before.", Lowers: true}}}})
	if err != nil {
		t.Fatal(err)
	}
	id := ids[0]
	code, out, errOut := e.run(t, "locks")
	if code != 0 || !strings.Contains(out, id) || !strings.Contains(out, "bad[.]example") || !strings.Contains(out, "new-domain") {
		t.Fatalf("locks = %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ = e.run(t, "locks", id)
	if code != 0 || !strings.Contains(out, "reason new-domain") || !strings.Contains(out, "First time.") || !strings.Contains(out, "spoke for established_pair") {
		t.Errorf("locks ID = %d\n%s", code, out)
	}
	// Flags after the positional argument work too.
	code, out, _ = e.run(t, "release", id, "-json")
	var ans struct {
		Lock    lock.Record
		Learned bool
	}
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || !ans.Lock.Released || !ans.Learned {
		t.Fatalf("release -json = %d %s", code, out)
	}
	if r, _ := e.store.Get(id); !r.Released || e.fb.learned != 1 {
		t.Error("release did not reach the daemon")
	}
	if code, out, _ = e.run(t, "relock", id); code != 0 || !strings.Contains(out, "relocked") {
		t.Errorf("relock = %d %s", code, out)
	}
	unknown, _ := lock.NewID()
	if code, _, errOut = e.run(t, "release", unknown); code != 1 || !strings.Contains(errOut, "404") {
		t.Errorf("release unknown = %d %s", code, errOut)
	}
}

// release teaches the kept Reply-To address only with -trust-reply-to,
// for a lock and for a held message; a record without one ignores the
// flag and says so; the output says what was done, and showing a record
// says whether its Reply-To is trusted.
func TestReleaseTrustReplyTo(t *testing.T) {
	const reply = "corner.bakery@mail.example"
	tests := []struct {
		name    string
		reply   string
		flags   []string
		taught  string // the learned event's ReplyTo
		outWant string
	}{
		{"release alone", reply, nil, "", "replies to " + reply + " are not trusted"},
		{"release and trust", reply, []string{"-trust-reply-to"}, reply, "replies to " + reply + " are trusted"},
		{"trust without a kept Reply-To", "", []string{"-trust-reply-to"}, "", "trust_reply_to ignored: this record keeps no Reply-To address"},
	}
	for _, kind := range []string{"lock", "queue"} {
		for _, tt := range tests {
			t.Run(kind+"/"+tt.name, func(t *testing.T) {
				e := newEnv(t)
				args, show := tt.flags, []string{"quarantine", "4QaBd1"}
				if kind == "lock" {
					ids, err := e.store.CreateLocks(t.Context(), []lock.Record{{URL: "https://pay.example/x", Level: lock.LevelLock, Sender: "a@x.example", ReplyTo: tt.reply}})
					if err != nil {
						t.Fatal(err)
					}
					args, show = append(args, ids[0]), []string{"locks", ids[0]}
				} else {
					e.store.SaveQuarantine(lock.QuarantineRecord{QueueID: "4QaBd1", Sender: "a@x.example", ReplyTo: tt.reply})
					args = append(args, "-queue", "4QaBd1")
				}
				if _, out, _ := e.run(t, show[0], show[1]); tt.reply != "" && !strings.Contains(out, reply+" (not trusted") {
					t.Errorf("%s before the release does not say the Reply-To is not trusted:\n%s", show[0], out)
				}
				code, out, errOut := e.run(t, "release", args...)
				if code != 0 || !strings.Contains(out, tt.outWant) {
					t.Fatalf("release %v = %d %q %q, want output with %q", args, code, out, errOut, tt.outWant)
				}
				if len(e.fb.events) != 1 || e.fb.events[0].ReplyTo != tt.taught {
					t.Errorf("learned %+v, want one event teaching ReplyTo %q", e.fb.events, tt.taught)
				}
				if _, out, _ := e.run(t, show[0], show[1]); tt.taught != "" && !strings.Contains(out, reply+" (trusted by a release") {
					t.Errorf("%s after the trusting release does not say the Reply-To is trusted:\n%s", show[0], out)
				}
			})
		}
	}
}

// A held message released before can have its Reply-To trusted
// afterwards: the output says nothing was run again, and what was
// trusted.
func TestTrustAfterQueueRelease(t *testing.T) {
	e := newEnv(t)
	e.store.SaveQuarantine(lock.QuarantineRecord{QueueID: "4QaBd1", Sender: "a@x.example", ReplyTo: "corner.bakery@mail.example"})
	if code, out, _ := e.run(t, "release", "-queue", "4QaBd1"); code != 0 || !strings.Contains(out, "are not trusted") {
		t.Fatalf("release -queue = %d %s", code, out)
	}
	code, out, _ := e.run(t, "release", "-queue", "4QaBd1", "-trust-reply-to")
	if code != 0 || !strings.Contains(out, "4QaBd1 was released before; nothing run again") || !strings.Contains(out, "corner.bakery@mail.example are trusted") {
		t.Errorf("release -queue -trust-reply-to after the release = %d %s", code, out)
	}
	if len(e.fb.events) != 2 || !e.fb.events[1].ReplyOnly {
		t.Errorf("learned %+v, want the release, then the Reply-To alone", e.fb.events)
	}
}

func TestAllow(t *testing.T) {
	e := newEnv(t)
	code, out, errOut := e.run(t, "allow", "add", "-domain", "partner.example", "-ttl", "720h", "-note", "vendor")
	if code != 0 || !strings.Contains(out, "partner.example") {
		t.Fatalf("allow add = %d %s %s", code, out, errOut)
	}
	allows := e.store.Allows()
	if len(allows) != 1 {
		t.Fatalf("store has %d allows", len(allows))
	}
	if code, out, _ = e.run(t, "allow", "list"); code != 0 || !strings.Contains(out, "(everyone)") || !strings.Contains(out, "vendor") {
		t.Errorf("allow list = %d %s", code, out)
	}
	if code, _, errOut = e.run(t, "allow", "add", "-domain", "a.example", "-sender", "b@c.example"); code != 1 || !strings.Contains(errOut, "400") {
		t.Errorf("allow add both = %d %s", code, errOut)
	}
	if code, _, _ = e.run(t, "allow", "remove", allows[0].ID); code != 0 || len(e.store.Allows()) != 0 {
		t.Errorf("allow remove = %d", code)
	}
	if code, _, _ = e.run(t, "allow", "frobnicate"); code != 2 {
		t.Errorf("allow frobnicate = %d, want 2", code)
	}
}

func TestVerdictsQuarantineInspectExplain(t *testing.T) {
	e := newEnv(t)
	e.store.RecordVerdict(lock.VerdictRecord{Action: "quarantine", QueueID: "4QaBc9", Sender: "x@evil.example", LinkCount: 2, LockedCount: 2, Reasons: []string{"lookalike"}})
	e.store.SaveQuarantine(lock.QuarantineRecord{QueueID: "4QaBc9", Sender: "x@evil.example", Score: 9, Reasons: []lock.Reason{{Code: "lookalike", Text: "Looks like paypal.com"}}})
	if code, out, _ := e.run(t, "verdicts", "-action", "quarantine"); code != 0 || !strings.Contains(out, "4QaBc9") || !strings.Contains(out, "2/2") {
		t.Errorf("verdicts = %d %s", code, out)
	}
	e.store.RecordVerdict(lock.VerdictRecord{Action: "accept", QueueID: "4QaBd7", MessageID: "<ok-1@ok.example>", Sender: "y@ok.example", LinkCount: 1})
	for _, tc := range []struct {
		args      []string
		has, hasN string
	}{
		{[]string{"-queue-id", "4QaBc9"}, "4QaBc9", "4QaBd7"},
		{[]string{"-queue-id", "4QaBd7"}, "4QaBd7", "4QaBc9"},
		{[]string{"-message-id", "ok-1@ok.example"}, "4QaBd7", "4QaBc9"},
		{[]string{"-message-id", "<ok-1@ok.example>"}, "4QaBd7", "4QaBc9"},
		{[]string{"-queue-id", "NOPE"}, "no verdicts", "4QaB"},
	} {
		code, out, errOut := e.run(t, "verdicts", tc.args...)
		if code != 0 || !strings.Contains(out, tc.has) || strings.Contains(out, tc.hasN) {
			t.Errorf("verdicts %v = %d %s %s; want %q and not %q", tc.args, code, out, errOut, tc.has, tc.hasN)
		}
	}
	if code, _, _ := e.run(t, "verdicts", "-action", "bogus"); code != 2 {
		t.Errorf("verdicts -action bogus = %d, want 2 (a typo must not read as 'no verdicts')", code)
	}
	if code, out, _ := e.run(t, "quarantine", "4QaBc9"); code != 0 || !strings.Contains(out, "postsuper -H 4QaBc9") || !strings.Contains(out, "Looks like paypal.com") {
		t.Errorf("quarantine ID = %d %s", code, out)
	}
	if code, out, _ := e.run(t, "release", "-queue", "4QaBc9"); code != 0 || !strings.Contains(out, "now run: postsuper -H 4QaBc9") {
		t.Errorf("release -queue = %d %s", code, out)
	}
	if code, out, _ := e.run(t, "inspect", "-sender", "a@x.example"); code != 0 || !strings.Contains(out, "sender.first_seen") || !strings.Contains(out, "2026-01-02") {
		t.Errorf("inspect = %d %s", code, out)
	}
	if code, out, _ := e.run(t, "inspect", "-message-id", "<id-1@x.example>"); code != 0 || !strings.Contains(out, "<id-1@x.example>") {
		t.Errorf("inspect -message-id = %d %s", code, out)
	}
	if code, _, _ := e.run(t, "inspect"); code != 2 {
		t.Errorf("inspect without query = %d, want 2", code)
	}
	msg := filepath.Join(t.TempDir(), "m.eml")
	os.WriteFile(msg, []byte("From: a@x.example\r\n\r\nhello\r\n"), 0o600)
	if code, out, _ := e.run(t, "explain", msg); code != 0 || !strings.Contains(out, "action") || !strings.Contains(out, "28") {
		t.Errorf("explain = %d %s", code, out)
	}
}

// inspect takes each kind as a flag or as KIND KEY, asks the daemon that
// one question, and prints a list address's record as the other kinds'
// (sorted "path  value" lines), or the API's JSON with -json.
func TestInspectKinds(t *testing.T) {
	const listTree = `key                           dev@lists.proj.example
kind                          list
known_list.min_days           5
known_list.min_organisations  3
known_list.min_span_days      14
known_list.qualifies          true
stat.days                     21
stat.first_seen               2026-09-01T09:00:00Z
stat.last_seen                2026-09-21T09:00:00Z
stat.messages                 21
stat.organisations            4
stat.readers                  1
stat.seen                     true
`
	for _, tc := range []struct {
		name string
		args []string
		code int
		ask  lock.InspectQuery // zero: the daemon is not asked
		out  string            // the whole output, when set
	}{
		{"sender flag", []string{"-sender", "a@x.example"}, 0, lock.InspectQuery{Sender: "a@x.example"}, ""},
		{"pair", []string{"-sender", "a@x.example", "-recipient", "b@corp.example"}, 0, lock.InspectQuery{Sender: "a@x.example", Recipient: "b@corp.example"}, ""},
		{"message-id as KIND KEY", []string{"message-id", "<id-1@x.example>"}, 0, lock.InspectQuery{MessageID: "<id-1@x.example>"}, ""},
		{"list flag", []string{"-list", "dev@lists.proj.example"}, 0, lock.InspectQuery{List: "dev@lists.proj.example"}, listTree},
		{"list as KIND KEY", []string{"list", "dev@lists.proj.example"}, 0, lock.InspectQuery{List: "dev@lists.proj.example"}, listTree},
		{"domain as KIND KEY", []string{"domain", "l.example"}, 0, lock.InspectQuery{Domain: "l.example"}, ""},
		{"unknown kind", []string{"lists", "dev@lists.proj.example"}, 2, lock.InspectQuery{}, ""},
		{"kind without key", []string{"list"}, 2, lock.InspectQuery{}, ""},
		{"KIND KEY and a flag", []string{"-sender", "a@x.example", "list", "dev@lists.proj.example"}, 2, lock.InspectQuery{}, ""},
		{"list flag and another kind", []string{"-list", "dev@lists.proj.example", "-sender", "a@x.example"}, 2, lock.InspectQuery{}, ""},
		{"nothing", nil, 2, lock.InspectQuery{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			code, out, errOut := e.run(t, "inspect", tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.code, out, errOut)
			}
			var want []lock.InspectQuery
			if tc.ask != (lock.InspectQuery{}) {
				want = []lock.InspectQuery{tc.ask}
			}
			if !slices.Equal(e.fb.asked, want) {
				t.Errorf("daemon asked %+v, want %+v", e.fb.asked, want)
			}
			if tc.out != "" && out != tc.out {
				t.Errorf("output:\n%s\nwant:\n%s", out, tc.out)
			}
		})
	}
	e := newEnv(t)
	code, out, _ := e.run(t, "inspect", "-json", "list", "dev@lists.proj.example")
	var ans struct {
		Query lock.InspectQuery
		Facts struct {
			Kind      string
			KnownList struct{ Qualifies bool } `json:"known_list"`
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || ans.Query.List != "dev@lists.proj.example" || ans.Facts.Kind != "list" || !ans.Facts.KnownList.Qualifies {
		t.Errorf("inspect -json list = %d %s", code, out)
	}
}

func TestBackup(t *testing.T) {
	e := newEnv(t)
	path := filepath.Join(t.TempDir(), "backup.db")
	if code, out, errOut := e.run(t, "backup", "-o", path); code != 0 || !strings.Contains(out, "wrote") {
		t.Fatalf("backup = %d %s %s", code, out, errOut)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatalf("backup does not open: %v", err)
	}
	db.Close()
	if code, _, _ := e.run(t, "backup", "-o", path); code != 1 {
		t.Errorf("backup over an existing file = %d, want 1", code)
	}
}

func TestUsageAndAuth(t *testing.T) {
	e := newEnv(t)
	var stdout, stderr bytes.Buffer
	tests := []struct {
		name string
		cmd  string
		args []string
		code int
		want string
	}{
		{"unknown command", "frob", nil, 2, "unknown admin command"},
		{"no token", "locks", []string{"-api", e.url}, 2, "no admin token"},
		{"wrong token", "locks", []string{"-api", e.url, "-token", "nope"}, 1, "401"},
		{"bad api", "locks", []string{"-api", "ftp://x", "-token", token}, 2, "-api"},
		{"daemon down", "locks", []string{"-api", "http://127.0.0.1:1", "-token", token}, 1, "is milterd running"},
		{"bad flag", "locks", []string{"-bogus"}, 2, "bogus"},
		{"too many args", "relock", []string{"-api", e.url, "-token", token, "a", "b"}, 2, "want"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout.Reset()
			stderr.Reset()
			if code := Run(t.Context(), tt.cmd, tt.args, &stdout, &stderr); code != tt.code || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("Run(%s %v) = %d, stderr %q; want %d, %q", tt.cmd, tt.args, code, stderr.String(), tt.code, tt.want)
			}
		})
	}
	tokFile := filepath.Join(t.TempDir(), "token")
	os.WriteFile(tokFile, []byte(token+"\n"), 0o600)
	if code := Run(t.Context(), "locks", []string{"-api", e.url, "-token-file", tokFile}, &stdout, &stderr); code != 0 {
		t.Errorf("-token-file = %d %s", code, stderr.String())
	}
	t.Setenv(TokenEnv, token)
	if code := Run(t.Context(), "locks", []string{"-api", e.url}, &stdout, &stderr); code != 0 {
		t.Errorf("$%s = %d %s", TokenEnv, code, stderr.String())
	}
}

func TestUnixSocket(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "d.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, _ := lock.NewStore(db, lock.StoreOptions{})
	sock := filepath.Join(t.TempDir(), "admin.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("unix sockets unavailable: %v", err)
	}
	srv := &http.Server{Handler: lock.NewHandler(s, lock.HandlerOptions{AdminToken: token}, lock.Deps{}, nil).Admin()}
	go srv.Serve(ln)
	defer srv.Close()
	var stdout, stderr bytes.Buffer
	if code := Run(t.Context(), "allow", []string{"-api", "unix:" + sock, "-token", token, "list"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "empty") {
		t.Errorf("over unix socket = %d %q %q", code, stdout.String(), stderr.String())
	}
}

// milterd locks and release name every recipient of a lock whose message
// record keeps them (the locks of one message share one list).
func TestReleaseSharedRecipients(t *testing.T) {
	e := newEnv(t)
	rcpts := []string{"b@corp.example", "c@corp.example", "d@corp.example"}
	recs := []lock.Record{{URL: "https://bad.example/x", Level: lock.LevelLock, Sender: "a@x.example", Recipient: rcpts[0], Recipients: rcpts},
		{URL: "https://bad.example/y", Level: lock.LevelLock, Sender: "a@x.example", Recipient: rcpts[0], Recipients: rcpts}}
	ids, err := e.store.CreateLocks(t.Context(), recs)
	if err != nil {
		t.Fatal(err)
	}
	if code, out, _ := e.run(t, "locks"); code != 0 || strings.Count(out, "b@corp.example (+2)") != 2 {
		t.Errorf("locks = %d\n%s", code, out)
	}
	if code, out, _ := e.run(t, "locks", ids[1]); code != 0 || !strings.Contains(out, strings.Join(rcpts, ", ")) {
		t.Errorf("locks ID = %d\n%s", code, out)
	}
	code, out, _ := e.run(t, "release", ids[0], "-json")
	var ans struct{ Lock lock.Record }
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || !slices.Equal(ans.Lock.AllRecipients(), rcpts) {
		t.Errorf("release -json = %d %s", code, out)
	}
}

// milterd locks shows a lock of a message to 10,000 readers as its first
// recipient and how many more (recipients_total: the daemon names only
// the first in the list it sends); milterd locks ID names them all and
// counts them; release says how many it let through.
func TestLocksManyRecipients(t *testing.T) {
	e := newEnv(t)
	rcpts := make([]string, 10000)
	for i := range rcpts {
		rcpts[i] = fmt.Sprintf("r%d@corp.example", i)
	}
	ids, err := e.store.CreateLocks(t.Context(), []lock.Record{{URL: "https://bad.example/x", Level: lock.LevelLock, Sender: "a@x.example", Recipient: rcpts[0], Recipients: rcpts}})
	if err != nil {
		t.Fatal(err)
	}
	if code, out, _ := e.run(t, "locks"); code != 0 || !strings.Contains(out, "r0@corp.example (+9999)") || len(out) > 2000 {
		t.Errorf("locks = %d, %d bytes\n%.2000s", code, len(out), out)
	}
	code, out, _ := e.run(t, "locks", "-json")
	var ans struct{ Locks []lock.LockView }
	if code != 0 || json.Unmarshal([]byte(out), &ans) != nil || len(ans.Locks) != 1 || ans.Locks[0].RecipientsTotal != 10000 || len(ans.Locks[0].Recipients) != lock.ListRecipients {
		t.Errorf("locks -json = %d, %d bytes: %d locks", code, len(out), len(ans.Locks))
	}
	if code, out, _ := e.run(t, "locks", ids[0]); code != 0 || !strings.Contains(out, "recipients (10000)") || !strings.Contains(out, "r9999@corp.example") || strings.Contains(out, "more)") {
		t.Errorf("locks ID = %d, %d bytes; want all 10000 recipients", code, len(out))
	}
	if code, out, _ := e.run(t, "release", ids[0]); code != 0 || !strings.Contains(out, "for its 10000 recipients") {
		t.Errorf("release = %d %s", code, out)
	}
}

// A held message and the verdict of a message to 10,000 readers keep
// the tables of milterd verdicts and quarantine narrow (their recipients
// column named every address, so tabwriter padded every row to 170 KB);
// quarantine QUEUE_ID and locks ID list every recipient one a line after
// the reasons and the release command, a short list on one line.
func TestManyRecipientsReadable(t *testing.T) {
	e := newEnv(t)
	rcpts := make([]string, 10000)
	for i := range rcpts {
		rcpts[i] = fmt.Sprintf("r%d@corp.example", i)
	}
	why := []lock.Reason{{Code: "lookalike", Text: "Looks like paypal.com"}}
	e.store.RecordVerdict(lock.VerdictRecord{Action: "quarantine", QueueID: "4QaBc9", Sender: "x@evil.example", Recipients: rcpts, Reasons: []string{"lookalike"}})
	e.store.RecordVerdict(lock.VerdictRecord{Action: "accept", QueueID: "4QaBd2", Sender: "y@ok.example", Recipients: rcpts[:1]})
	e.store.SaveQuarantine(lock.QuarantineRecord{QueueID: "4QaBc9", Sender: "x@evil.example", Recipients: rcpts, Score: 9, Reasons: why})
	e.store.SaveQuarantine(lock.QuarantineRecord{QueueID: "4QaBc8", Sender: "x@evil.example", Recipients: rcpts[:3], Score: 9, Reasons: why})
	ids, err := e.store.CreateLocks(t.Context(), []lock.Record{{URL: "https://bad.example/x", Level: lock.LevelLock, Sender: "a@x.example", Recipient: rcpts[0], Recipients: rcpts, Reasons: why}})
	if err != nil {
		t.Fatal(err)
	}
	narrow := func(out string) bool {
		for l := range strings.Lines(out) {
			if len(l) > 500 {
				return false
			}
		}
		return true
	}
	for _, tc := range []struct {
		args       []string
		want       []string // in this order
		wantAbsent string
	}{
		{[]string{"verdicts"}, []string{"4QaBd2", "r0@corp.example  ", "r0@corp.example (+9999)"}, "r1@"},
		{[]string{"quarantine"}, []string{"r0@corp.example (+2)", "r0@corp.example (+9999)"}, "r1@"},
		{[]string{"quarantine", "4QaBc9"}, []string{"r0@corp.example (+9999)", "Looks like paypal.com", "postsuper -H 4QaBc9", "recipients (10000):\n  r0@corp.example\n  r1@corp.example\n", "  r9999@corp.example\n"}, "more)"},
		{[]string{"quarantine", "4QaBc8"}, []string{"postsuper -H 4QaBc8", "recipients (3): r0@corp.example, r1@corp.example, r2@corp.example\n"}, "more)"},
		// The answers are capped (recipients_total counts) and name a
		// recipient filter's address first.
		{[]string{"quarantine", "-recipient", "R9999@corp.example"}, []string{"4QaBc9", "r9999@corp.example (+9999)"}, "4QaBc8"},
		{[]string{"verdicts", "-recipient", "r9999@corp.example"}, []string{"4QaBc9", "r9999@corp.example (+9999)"}, "4QaBd2"},
		{[]string{"verdicts", "-json"}, []string{`"r99@corp.example"`, `"recipients_total": 10000`}, `"r100@corp.example"`},
		{[]string{"quarantine", "-json"}, []string{`"r99@corp.example"`, `"recipients_total": 10000`}, `"r100@corp.example"`},
		{[]string{"locks", ids[0]}, []string{"r0@corp.example (+9999, listed below)", "Looks like paypal.com", "recipients (10000):\n  r0@corp.example\n", "  r9999@corp.example\n"}, "more)"},
		{[]string{"release", "-queue", "4QaBc9"}, []string{"marked 4QaBc9 released for its 10000 recipients; now run: postsuper -H 4QaBc9"}, ""},
	} {
		code, out, _ := e.run(t, tc.args[0], tc.args[1:]...)
		rest, ok := out, code == 0 && (narrow(out) || slices.Contains(tc.args, "-json"))
		for _, w := range tc.want {
			i := strings.Index(rest, w)
			if i < 0 {
				ok = false
				break
			}
			rest = rest[i+len(w):]
		}
		if !ok || tc.wantAbsent != "" && strings.Contains(out, tc.wantAbsent) {
			t.Errorf("%v = %d, %d bytes; want narrow lines, %q in order and no %q\n%.1500s", tc.args, code, len(out), tc.want, tc.wantAbsent, out)
		}
	}
}

// firstAndMore and listAndMore count from recipients_total, and from
// the list itself when an older milterd sends no total.
func TestRecipientTotals(t *testing.T) {
	three := []string{"a@corp.example", "b@corp.example", "c@corp.example"}
	tests := []struct {
		name            string
		recipient       string
		list            []string
		total           int
		first, all, lbl string
	}{
		{"capped list", three[0], three[:1], 10000, "a@corp.example (+9999)", "a@corp.example (+9999 more)", "recipients (10000)"},
		{"whole list", three[0], three, 3, "a@corp.example (+2)", strings.Join(three, ", "), "recipients (3)"},
		{"older milterd: no total", three[0], three, 0, "a@corp.example (+2)", strings.Join(three, ", "), "recipients (3)"},
		{"older record: Recipient only", three[0], nil, 1, "a@corp.example", "a@corp.example", "recipients"},
		{"no recipient", "", nil, 0, "", "", "recipients"},
	}
	for _, tc := range tests {
		v := &lock.LockView{Record: lock.Record{Recipient: tc.recipient, Recipients: tc.list}, RecipientsTotal: tc.total}
		first, all, lbl := firstAndMore(v.AllRecipients(), rcptTotal(v)), listAndMore(v.AllRecipients(), rcptTotal(v)), rcptLabel(v)
		if first != tc.first || all != tc.all || lbl != tc.lbl {
			t.Errorf("%s: %q, %q, %q; want %q, %q, %q", tc.name, first, all, lbl, tc.first, tc.all, tc.lbl)
		}
	}
}

// What mail put into a lock (a sender, a recipient, a reason's words)
// reaches the administrator's terminal with its control characters
// spelled out: an escape sequence in a display name would otherwise
// drive the terminal. -json keeps the API's answer as it is.
func TestTerminalControlsShown(t *testing.T) {
	e := newEnv(t)
	evil := "a@x.example\x1b]0;pwned\x07\x1b[2J\r\u202egnp.exe"
	ids, err := e.store.CreateLocks(t.Context(), []lock.Record{{URL: "https://bad.example/x", Level: lock.LevelLock,
		Sender: evil, Recipient: "r@corp.example\x9b31m", Recipients: []string{"r@corp.example\x9b31m"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"locks"}, {"locks", ids[0]}} {
		code, out, _ := e.run(t, args[0], args[1:]...)
		if code != 0 || strings.ContainsAny(out, "\x1b\x07\r\u202e\u009b") {
			t.Errorf("%v = %d, a control character reached the terminal: %q", args, code, out)
		}
		if !strings.Contains(out, "[U+001B]") {
			t.Errorf("%v: the escape is not shown: %q", args, out)
		}
	}
	if code, out, _ := e.run(t, "locks", "-json"); code != 0 || !strings.Contains(out, `\u001b`) {
		t.Errorf("locks -json = %d %q; want the API's escaped JSON", code, out)
	}
}

// A milterd older than ?recipient= on /api/quarantine (a daemon not yet
// restarted after an upgrade) ignores it and answers every held message
// with its whole list and no recipients_total: quarantine -recipient
// still lists only the messages held for that address.
func TestQuarantineRecipientOlderDaemon(t *testing.T) {
	old := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"quarantine":[`+
			`{"queue_id":"4QaOld1","time":"2026-09-01T09:00:00Z","sender":"s@x.example","recipients":["ann@corp.example","bob@corp.example"]},`+
			`{"queue_id":"4QaOld2","time":"2026-09-01T08:00:00Z","sender":"s@x.example","recipients":["carl@corp.example"]}]}`)
	}))
	defer old.Close()
	var stdout, stderr bytes.Buffer
	code := Run(t.Context(), "quarantine", []string{"-api", old.URL, "-token", token, "-recipient", "BOB@corp.example"}, &stdout, &stderr)
	if out := stdout.String(); code != 0 || !strings.Contains(out, "4QaOld1") || strings.Contains(out, "4QaOld2") {
		t.Errorf("quarantine -recipient = %d\n%s%s; want 4QaOld1 only", code, out, stderr.String())
	}
}

// -recipients passes through to the API of the three list commands: with
// -json a script gets every recipient (all), a number of them, or only
// recipients_total (0), where by default each item names the first 100;
// the table, which names the first and counts them, and one item's
// view, which names every one, refuse it, as they refuse a bad value.
func TestListRecipientsFlag(t *testing.T) {
	e := newEnv(t)
	rcpts := make([]string, 300)
	for i := range rcpts {
		rcpts[i] = fmt.Sprintf("r%d@corp.example", i)
	}
	e.store.RecordVerdict(lock.VerdictRecord{Action: "quarantine", QueueID: "4QaBc9", Sender: "x@evil.example", Recipients: rcpts})
	e.store.SaveQuarantine(lock.QuarantineRecord{QueueID: "4QaBc9", Sender: "x@evil.example", Recipients: rcpts, Score: 9})
	ids, err := e.store.CreateLocks(t.Context(), []lock.Record{{URL: "https://bad.example/x", Level: lock.LevelLock, Sender: "x@evil.example", Recipient: rcpts[0], Recipients: rcpts}})
	if err != nil {
		t.Fatal(err)
	}
	// named is the recipients of the one item of a -json list answer, and
	// its recipients_total.
	named := func(cmd, out string) ([]string, int) {
		var ans struct {
			Locks      []lock.LockView
			Verdicts   []lock.VerdictView
			Quarantine []lock.QuarantineView
		}
		if err := json.Unmarshal([]byte(out), &ans); err != nil {
			t.Fatalf("%s: %v: %.300s", cmd, err, out)
		}
		switch {
		case cmd == "locks" && len(ans.Locks) == 1:
			return ans.Locks[0].Recipients, ans.Locks[0].RecipientsTotal
		case cmd == "verdicts" && len(ans.Verdicts) == 1:
			return ans.Verdicts[0].Recipients, ans.Verdicts[0].RecipientsTotal
		case cmd == "quarantine" && len(ans.Quarantine) == 1:
			return ans.Quarantine[0].Recipients, ans.Quarantine[0].RecipientsTotal
		}
		t.Fatalf("%s: not one item: %.300s", cmd, out)
		return nil, 0
	}
	for _, cmd := range []string{"locks", "verdicts", "quarantine"} {
		for _, tc := range []struct {
			flags []string
			want  int // recipients named
		}{
			{nil, lock.ListRecipients},
			{[]string{"-recipients", "all"}, len(rcpts)},
			{[]string{"-recipients", "250"}, 250},
			{[]string{"-recipients=2"}, 2},
			{[]string{"-recipients", "0"}, 0},
		} {
			code, out, errOut := e.run(t, cmd, append([]string{"-json"}, tc.flags...)...)
			if code != 0 {
				t.Errorf("%s -json %v = %d: %s", cmd, tc.flags, code, errOut)
				continue
			}
			if got, total := named(cmd, out); len(got) != tc.want || total != len(rcpts) || tc.want > 0 && got[tc.want-1] != rcpts[tc.want-1] {
				t.Errorf("%s -json %v: %d named, total %d; want the first %d of %d", cmd, tc.flags, len(got), total, tc.want, len(rcpts))
			}
		}
		for _, tc := range []struct {
			args []string
			want string // in the usage error
		}{
			{[]string{"-recipients", "all"}, "add -json"},
			{[]string{"-json", "-recipients", "-1"}, `-recipients "-1": want all or a number`},
			{[]string{"-json", "-recipients", "every"}, `-recipients "every": want all or a number`},
		} {
			if code, out, errOut := e.run(t, cmd, tc.args...); code != 2 || out != "" || !strings.Contains(errOut, tc.want) {
				t.Errorf("%s %v = %d %q %q; want the usage error %q", cmd, tc.args, code, out, errOut, tc.want)
			}
		}
	}
	for _, args := range [][]string{{"locks", ids[0], "-recipients", "all"}, {"quarantine", "4QaBc9", "-json", "-recipients", "all"}} {
		if code, _, errOut := e.run(t, args[0], args[1:]...); code != 2 || !strings.Contains(errOut, "names every recipient") {
			t.Errorf("%v = %d %q; want the usage error", args, code, errOut)
		}
	}
	if code, _, errOut := e.run(t, "locks", "-h"); code != 0 || !strings.Contains(errOut, "-recipients all") || !strings.Contains(errOut, "recipients_total") {
		t.Errorf("locks -h = %d; want -recipients and recipients_total explained:\n%s", code, errOut)
	}
}
