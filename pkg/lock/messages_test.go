package lock

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

var threeReaders = []string{"bob@corp.example", "carol@corp.example", "dave@corp.example"}

// rawRecord is the lock record as stored.
func rawRecord(t *testing.T, s *Store, id string) string {
	t.Helper()
	var raw string
	s.DB().View(func(tx *bolt.Tx) error {
		raw = string(tx.Bucket(bucketRecords).Get([]byte(id)))
		return nil
	})
	if raw == "" {
		t.Fatalf("record %s not stored", id)
	}
	return raw
}

// The locks of one message keep its recipients once, in one message
// record; every reader gets them back.
func TestSharedRecipientsStoredOnce(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{})
	recs := make([]Record, 3)
	for i, u := range []string{"https://a.example/", "https://b.example/", "https://c.example/"} {
		recs[i] = testRecord(LevelLock, u)
		recs[i].Recipients = threeReaders
	}
	ids, err := s.CreateLocks(t.Context(), recs)
	if err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, bucketMessages); n != 1 {
		t.Fatalf("%d message records, want 1", n)
	}
	for _, id := range ids {
		if raw := rawRecord(t, s, id); strings.Contains(raw, "carol@") || !strings.Contains(raw, `"msg":`) {
			t.Errorf("stored record %s holds the recipients or no message reference: %s", id, raw)
		}
		r, err := s.Get(id)
		if err != nil || !slices.Equal(r.AllRecipients(), threeReaders) || r.Recipient != "bob@corp.example" {
			t.Errorf("Get(%s) = %v, %v; want recipients %v", id, r, err, threeReaders)
		}
	}
	// Writes after creation (a click, a release) do not put them back inline.
	for _, op := range []func(string) (*Record, error){s.Click, func(id string) (*Record, error) { r, _, err := s.Release(id, "admin"); return r, err }, s.Relock} {
		r, err := op(ids[0])
		if err != nil || !slices.Equal(r.AllRecipients(), threeReaders) {
			t.Errorf("update returned %v, %v; want recipients %v", r, err, threeReaders)
		}
	}
	if raw := rawRecord(t, s, ids[0]); strings.Contains(raw, "carol@") {
		t.Errorf("an update stored the recipients inline again: %s", raw)
	}
	got, err := s.ListLocks(LockFilter{Recipient: "DAVE@corp.example"})
	if err != nil || len(got) != 3 || !slices.Equal(got[2].Recipients, threeReaders) {
		t.Errorf("ListLocks(dave) = %d records, %v", len(got), err)
	}
}

// Records with different lists get a message record each; a single
// recipient stays inline.
func TestShareRecipientsGroups(t *testing.T) {
	tests := []struct {
		name  string
		lists [][]string
		msgs  int
	}{
		{"one reader", [][]string{{"bob@corp.example"}, {"bob@corp.example"}}, 0},
		{"same list copied", [][]string{slices.Clone(threeReaders), slices.Clone(threeReaders)}, 1},
		{"two lists", [][]string{threeReaders, threeReaders[:2], threeReaders[:2]}, 2},
		{"no recipients", [][]string{nil}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := newTestStore(t, StoreOptions{})
			var recs []Record
			for _, l := range tt.lists {
				r := testRecord(LevelWarn, "https://x.example/")
				r.Recipients = l
				recs = append(recs, r)
			}
			ids, err := s.CreateLocks(t.Context(), recs)
			if err != nil {
				t.Fatal(err)
			}
			if n := countKeys(t, s, bucketMessages); n != tt.msgs {
				t.Errorf("%d message records, want %d", n, tt.msgs)
			}
			for i, id := range ids {
				want := tt.lists[i]
				if len(want) == 0 {
					want = []string{"bob@corp.example"} // testRecord's Recipient
				}
				if r, err := s.Get(id); err != nil || !slices.Equal(r.AllRecipients(), want) {
					t.Errorf("record %d: recipients %v, %v; want %v", i, r.AllRecipients(), err, want)
				}
			}
		})
	}
}

// A caller cannot point a record at another message's recipients: the
// store names message records itself.
func TestCreateLocksIgnoresCallerMsg(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{})
	r := testRecord(LevelWarn, "https://a.example/")
	r.Recipients = threeReaders
	first, _ := s.Get(createOne(t, s, r))
	other := testRecord(LevelWarn, "https://b.example/")
	other.Msg = first.Msg
	got, err := s.Get(createOne(t, s, other))
	if err != nil || got.Msg != "" || !slices.Equal(got.AllRecipients(), []string{"bob@corp.example"}) {
		t.Errorf("record with a caller's Msg = %+v, %v", got, err)
	}
}

// Prune keeps a message record while one of its locks lives and deletes
// it with the last.
func TestPruneDeletesMessageWithLastLock(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{ExpiredGrace: time.Hour})
	short, long := testRecord(LevelLock, "https://a.example/"), testRecord(LevelLock, "https://b.example/")
	short.Recipients, long.Recipients = threeReaders, threeReaders
	short.Expires, long.Expires = clk.Now().Add(time.Hour), clk.Now().Add(3*time.Hour)
	ids, err := s.CreateLocks(t.Context(), []Record{short, long})
	if err != nil {
		t.Fatal(err)
	}
	clk.Add(2*time.Hour + time.Second)
	if err := s.Prune(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ids[0]); !errors.Is(err, ErrNotFound) {
		t.Errorf("expired lock kept: %v", err)
	}
	if r, err := s.Get(ids[1]); err != nil || !slices.Equal(r.AllRecipients(), threeReaders) {
		t.Errorf("living lock after prune: %v, %v; want recipients %v", r, err, threeReaders)
	}
	clk.Add(2 * time.Hour)
	if err := s.Prune(); err != nil {
		t.Fatal(err)
	}
	if n, m := countKeys(t, s, bucketRecords), countKeys(t, s, bucketMessages); n != 0 || m != 0 {
		t.Errorf("after the last lock expired: %d records, %d message records; want none", n, m)
	}
}

// Records written before message records, with the recipients inline
// (and, before 0.2, the first recipient only), as production databases
// hold them.
var oldRecords = map[string]string{
	"oldInlineRecipients0000": `{"id":"oldInlineRecipients0000","url":"https://old.example/a","reasons":[{"code":"org_first_seen","text":"First time."}],"score":7,"level":"lock","message_id":"<m@x.example>","sender":"alice@sender.example","recipient":"bob@corp.example","recipients":["bob@corp.example","carol@corp.example","dave@corp.example"],"created":"2026-03-01T10:00:00Z","expires":"2026-03-02T10:00:00Z","clicks":0,"continues":0,"released":false}`,
	"oldOneRecipient00000000": `{"id":"oldOneRecipient00000000","url":"https://old.example/b","reasons":[],"score":5,"level":"warn","sender":"alice@sender.example","recipient":"erin@corp.example","created":"2026-03-01T10:00:00Z","expires":"2026-03-02T10:00:00Z","clicks":2,"continues":0,"released":false}`,
}

func putOldRecords(t *testing.T, s *Store) {
	t.Helper()
	err := s.DB().Update(func(tx *bolt.Tx) error {
		for id, raw := range oldRecords {
			var r Record
			if err := getJSONBytes([]byte(raw), &r); err != nil {
				return err
			}
			if err := tx.Bucket(bucketRecords).Put([]byte(id), []byte(raw)); err != nil {
				return err
			}
			if err := tx.Bucket(bucketByTime).Put(timeIDKey(r.Created, id), nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// An old record is still read, listed, released (teaching its recipients)
// and pruned.
func TestOldFormatRecords(t *testing.T) {
	h, s, clk, f := newAdminHandler(t)
	putOldRecords(t, s)
	want := map[string][]string{"oldInlineRecipients0000": threeReaders, "oldOneRecipient00000000": {"erin@corp.example"}}
	for id, rcpts := range want {
		if r, err := s.Get(id); err != nil || !slices.Equal(r.AllRecipients(), rcpts) {
			t.Errorf("Get(%s) = %v, %v; want recipients %v", id, r, err, rcpts)
		}
		f.learned = nil
		if code, out := api(t, h, "POST", "/api/locks/"+id+"/release", ""); code != 200 || out["learned"] != true {
			t.Fatalf("release %s = %d %v", id, code, out)
		}
		if len(f.learned) != 1 || !slices.Equal(f.learned[0].Recipients, rcpts) {
			t.Errorf("release of %s taught %+v, want recipients %v", id, f.learned, rcpts)
		}
	}
	if got, err := s.ListLocks(LockFilter{Recipient: "carol@corp.example"}); err != nil || len(got) != 1 || got[0].ID != "oldInlineRecipients0000" {
		t.Errorf("ListLocks(carol) = %v, %v", got, err)
	}
	if raw := rawRecord(t, s, "oldInlineRecipients0000"); !strings.Contains(raw, "carol@") {
		t.Errorf("release of an old record lost its inline recipients: %s", raw)
	}
	clk.Add(30 * 24 * time.Hour)
	if err := s.Prune(); err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, bucketRecords) + countKeys(t, s, bucketByTime); n != 0 {
		t.Errorf("%d keys left after pruning old records", n)
	}
}

// The dashboard names every recipient of a lock whose recipients live in
// a message record, and of an old one; its release teaches them all.
func TestDashboardShowsSharedRecipients(t *testing.T) {
	h, s, _, f := newAdminHandler(t)
	putOldRecords(t, s)
	r := testRecord(LevelLock, "https://new.example/x")
	r.Recipients = []string{"frank@corp.example", "grace@corp.example", "heidi@corp.example"}
	id := createOne(t, s, r)
	c, _ := dashLogin(t, h, testToken)
	body := dashDo(h, "GET", "/admin/", nil, c).Body.String()
	for _, a := range append(slices.Clone(r.Recipients), threeReaders...) {
		if !strings.Contains(body, a) {
			t.Errorf("dashboard does not name recipient %s", a)
		}
	}
	w := dashDo(h, "POST", "/admin/locks/"+id+"/release", map[string][]string{"csrf": {csrfOf(t, h, c)}}, c)
	if w.Code != 303 || len(f.learned) != 1 || !slices.Equal(f.learned[0].Recipients, r.Recipients) {
		t.Errorf("dashboard release = %d, taught %+v; want recipients %v", w.Code, f.learned, r.Recipients)
	}
}

// The lock page works for a lock whose recipients live in a message
// record (it names the sender, never the recipients).
func TestLockPageSharedRecipients(t *testing.T) {
	h, s, _, _ := newTestHandler(t, HandlerOptions{})
	r := testRecord(LevelWarn, "https://shared.example/x")
	r.Recipients = threeReaders
	id := createOne(t, s, r)
	if w := do(h, "GET", "/l/"+id, nil, nil); w.Code != 200 || !strings.Contains(w.Body.String(), "alice@sender.example") || strings.Contains(w.Body.String(), "carol@") {
		t.Errorf("lock page = %d\n%s", w.Code, w.Body.String())
	}
	if got, err := s.Get(id); err != nil || got.Clicks != 1 || !slices.Equal(got.AllRecipients(), threeReaders) {
		t.Errorf("after a click: %+v, %v", got, err)
	}
}

// foldKey gives two strings the same key exactly when strings.EqualFold
// calls them equal, so the recipient set answers as containsFold did.
func TestFoldKeyAgreesWithEqualFold(t *testing.T) {
	words := []string{"bob@corp.example", "BOB@CORP.EXAMPLE", "Bob@Corp.Example", "bob@corp.exampl",
		"kim@x.example", "\u212aim@x.example", "KIM@x.example", "kım@x.example", "KİM@x.example",
		"sam@x.example", "\u017fam@x.example", "SAM@x.example", "ǆ@x.example", "ǅ@x.example", "Ǆ@x.example",
		"σ@x.example", "ς@x.example", "Σ@x.example", "ß@x.example", "ẞ@x.example", "ss@x.example",
		"\xff@x.example", "\xfe@x.example", "\ufffd@x.example", "", "a"}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v; EqualFold says %v", a, b, got, want)
			}
		}
	}
}

// LockFilter.Recipient finds the locks of a message by any of its
// recipients, in any case, through one set per message record: the
// 100 locks of a message to 10,000 readers build it once.
func TestListLocksRecipientSet(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{})
	readers := manyReaders(10000)
	lockMessage(t, s, 100, readers)
	old := testRecord(LevelLock, "https://old.example/") // an inline single recipient
	old.Recipient = "Zoe@corp.example"
	createOne(t, s, old)
	tests := []struct {
		rcpt string
		want int
	}{
		{"reader0@corp.example", 100},
		{"READER9999@CORP.example", 100},
		{"reader10000@corp.example", 0},
		{"reader99@corp.exampl", 0},
		{"zoe@CORP.example", 1},
	}
	for _, tc := range tests {
		got, err := s.ListLocks(LockFilter{Recipient: tc.rcpt, Limit: 1000})
		if err != nil || len(got) != tc.want {
			t.Errorf("ListLocks(%s) = %d locks, %v; want %d", tc.rcpt, len(got), err, tc.want)
		}
	}
	// One set, built once, answers every lock of the message.
	s.DB().View(func(tx *bolt.Tx) error {
		c := newRcptCache(tx)
		ls, _ := s.ListLocks(LockFilter{Limit: 1000})
		for i := range ls {
			r := ls[i]
			if r.Msg == "" {
				continue // the old record
			}
			r.Recipients = nil
			c.fill(&r)
			if !c.has(&r, "Reader5000@corp.example") {
				t.Fatalf("has(%s) = false", r.ID)
			}
		}
		if len(c.seen) != 1 {
			t.Fatalf("%d message records read, want 1", len(c.seen))
		}
		for _, m := range c.seen {
			if len(m.set) != len(readers) {
				t.Errorf("set of %d addresses, want %d", len(m.set), len(readers))
			}
		}
		return nil
	})
}

// lockMessage stores n locks of one message to readers (links
// l0.example, l1.example, ...) and returns their IDs.
func lockMessage(tb testing.TB, s *Store, n int, readers []string) []string {
	tb.Helper()
	recs := make([]Record, n)
	for i := range recs {
		recs[i] = testRecord(LevelLock, fmt.Sprintf("https://l%d.example/", i))
		recs[i].Recipient, recs[i].Recipients = readers[0], readers
	}
	ids, err := s.CreateLocks(context.Background(), recs)
	if err != nil {
		tb.Fatal(err)
	}
	return ids
}

func manyReaders(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("reader%d@corp.example", i)
	}
	return out
}
