package lock

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A stored verdict and note keep their count and list last, read back as
// written, partially or in full, by the list and by a plain JSON decode
// (an older milterd's); older JSON is decoded in full.
func TestRcptsLastLayout(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		rcpts []string
	}{
		{"none", nil},
		{"one", []string{"bob@corp.example"}},
		{"quotes and a key in an address", []string{`a","recipients_total":1,"recipients":["x"]}@x`, "b@x"}},
		{"many", manyReaders(300)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := VerdictRecord{Time: at, Sender: "a@x.example", Recipients: tc.rcpts, Action: "lock", Reasons: []string{`"recipients":`}}
			raw, err := encodeVerdict(v)
			if err != nil {
				t.Fatal(err)
			}
			var plain VerdictRecord
			if err := json.Unmarshal(raw, &plain); err != nil || !slices.Equal(plain.Recipients, tc.rcpts) || plain.Sender != v.Sender {
				t.Fatalf("plain decode: %+v, %v", plain, err)
			}
			var got VerdictRecord
			rs, err := decodeRcptsLast(raw, &got, verdictRcpts)
			if err != nil || rs.total != len(tc.rcpts) || got.Sender != v.Sender || got.Reasons[0] != v.Reasons[0] {
				t.Fatalf("decode: %+v, %+v, %v", got, rs, err)
			}
			if len(tc.rcpts) > 1 && (rs.array == nil || len(got.Recipients) > 0) {
				t.Errorf("a list of %d decoded in full", len(tc.rcpts))
			}
			for _, k := range []int{0, 1, 2, 100, len(tc.rcpts)} {
				if first, err := rs.first(k); err != nil || !slices.Equal(first, tc.rcpts[:min(k, len(tc.rcpts))]) {
					t.Errorf("first(%d) = %q, %v", k, first, err)
				}
			}
		})
	}
	old := `{"time":"2026-03-02T10:00:00Z","recipients":["a@x","b@x"],"action":"lock","score":1,"links":0,"locked":0}`
	var got VerdictRecord
	if rs, err := decodeRcptsLast([]byte(old), &got, verdictRcpts); err != nil || rs.array != nil || rs.total != 2 || got.Action != "lock" {
		t.Errorf("older verdict: %+v, %+v, %v", got, rs, err)
	}
}

// The list reads no recipient past those it names: a note and a verdict
// whose stored list breaks after the 100th are still listed (the whole
// list would not decode), and only their answer of one fails.
func TestListReadsNamedRecipientsOnly(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	readers := manyReaders(1000)
	s.RecordVerdict(VerdictRecord{Action: "lock", Sender: "alice@sender.example", Recipients: readers})
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "4QBROKEN", Recipients: readers}); err != nil {
		t.Fatal(err)
	}
	err := s.DB().Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketVerdicts, bucketQuarantine} {
			b := tx.Bucket(name)
			k, v := b.Cursor().First()
			cut := strings.Index(string(v), readers[500])
			broken := append([]byte(string(v[:cut])), "\x00 broken"...)
			if err := b.Put(append([]byte(nil), k...), broken); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/verdicts", "/api/quarantine"} {
		code, body := rawAPI(t, h, path)
		var answer map[string][]struct {
			Recipients []string `json:"recipients"`
			Total      int      `json:"recipients_total"`
		}
		json.Unmarshal(body, &answer)
		items := answer[strings.TrimPrefix(path, "/api/")]
		if code != 200 || len(items) != 1 || items[0].Total != 1000 || !slices.Equal(items[0].Recipients, readers[:ListRecipients]) {
			t.Errorf("%s: %d %.300s", path, code, body)
		}
		if code, _ := rawAPI(t, h, path+"?recipients=all"); code != 500 {
			t.Errorf("%s?recipients=all over a broken list: %d, want 500", path, code)
		}
	}
}

// putOldVerdictsAndNotes stores what an older milterd writes: plain
// JSON, no time index entries.
func putOldVerdictsAndNotes(t *testing.T, db *bolt.DB, at time.Time) {
	t.Helper()
	err := db.Update(func(tx *bolt.Tx) error {
		for i := range 3 {
			v := VerdictRecord{Time: at.Add(time.Duration(i) * time.Minute), Action: "lock", Recipients: []string{"Old@corp.example", fmt.Sprint("r", i, "@corp.example")}}
			if err := putJSON(tx.Bucket(bucketVerdicts), verdictKey(v.Time, uint32(1000+i)), v); err != nil {
				return err
			}
			q := QuarantineRecord{QueueID: fmt.Sprint("4QOLD", i), Time: at.Add(time.Duration(i) * time.Minute), Recipients: []string{"old@corp.example"}}
			if err := putJSON(tx.Bucket(bucketQuarantine), []byte(q.QueueID), q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A database an older milterd wrote to (plain JSON, no time index
// entries, or entries of what it pruned) gets its quarantine index
// checked at open: the verdicts it wrote are found by recipient, its
// notes listed in time order, and what it deleted leaves no entry.
func TestIndexesOfAnOlderMilterd(t *testing.T) {
	db := openTestDB(t)
	clk := newClock()
	s, err := NewStore(db, StoreOptions{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	s.RecordVerdict(VerdictRecord{Action: "accept", Recipients: []string{"old@corp.example"}, Time: clk.Now().Add(-time.Hour)})
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "4QNEW0", Time: clk.Now().Add(time.Hour), Recipients: []string{"old@corp.example"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "4QGONE", Time: clk.Now(), Recipients: []string{"old@corp.example"}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	putOldVerdictsAndNotes(t, db, clk.Now())
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketQuarantine).Delete([]byte("4QGONE")) }); err != nil {
		t.Fatal(err)
	}
	s, err = NewStore(db, StoreOptions{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	vs, err := s.Verdicts(VerdictFilter{Recipient: "OLD@corp.example"})
	if err != nil || len(vs) != 4 || vs[0].Recipients[1] != "r2@corp.example" || vs[3].Action != "accept" {
		t.Errorf("verdicts to old@: %+v, %v; want the 3 older ones, newest first, then ours", vs, err)
	}
	qs, err := s.ListQuarantine(QuarantineFilter{})
	var ids []string
	for _, q := range qs {
		ids = append(ids, q.QueueID)
	}
	if want := []string{"4QNEW0", "4QOLD2", "4QOLD1", "4QOLD0"}; err != nil || !slices.Equal(ids, want) {
		t.Errorf("notes: %q, %v; want %q", ids, err, want)
	}
	if n := countKeys(t, s, bucketQuarantineByTime); n != 4 {
		t.Errorf("time index holds %d entries, want 4 (one a note)", n)
	}
	// An older milterd prunes a verdict: it is not found.
	s.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketVerdicts).Cursor().Last()
		return tx.Bucket(bucketVerdicts).Delete(k)
	}); err != nil {
		t.Fatal(err)
	}
	if s, err = NewStore(db, StoreOptions{Now: clk.Now}); err != nil {
		t.Fatal(err)
	}
	if vs, err := s.Verdicts(VerdictFilter{Recipient: "old@corp.example"}); err != nil || len(vs) != 3 || vs[0].Recipients[1] != "r1@corp.example" {
		t.Errorf("verdicts to old@ after an older milterd pruned the newest: %+v, %v; want the 2 older ones, then ours", vs, err)
	}
}

// An older milterd saving a note again under its queue ID (another
// message held under a reused ID, or the same one held again) leaves our
// entry at the old time: the reopened store lists the note at its own
// time, and the next save under that ID lists it once.
func TestIndexAfterAnOlderMilterdSavesAgain(t *testing.T) {
	db := openTestDB(t)
	clk := newClock()
	t0 := clk.Now()
	s, err := NewStore(db, StoreOptions{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"4QAAAA", "4QBBBB"} {
		if err := s.SaveQuarantine(QuarantineRecord{QueueID: id, Time: t0.Add(time.Duration(i) * time.Minute), Recipients: []string{"a@x"}}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketQuarantine), []byte("4QAAAA"), QuarantineRecord{QueueID: "4QAAAA", Time: t0.Add(time.Hour), Recipients: []string{"b@x"}})
	}); err != nil {
		t.Fatal(err)
	}
	if s, err = NewStore(db, StoreOptions{Now: clk.Now}); err != nil {
		t.Fatal(err)
	}
	ids := func() []string {
		qs, err := s.ListQuarantine(QuarantineFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, q := range qs {
			ids = append(ids, q.QueueID)
		}
		return ids
	}
	if got, want := ids(), []string{"4QAAAA", "4QBBBB"}; !slices.Equal(got, want) {
		t.Errorf("notes after an older milterd saved 4QAAAA again, later: %q, want %q", got, want)
	}
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "4QAAAA", Time: t0.Add(2 * time.Hour), Recipients: []string{"c@x"}}); err != nil {
		t.Fatal(err)
	}
	if got, want := ids(), []string{"4QAAAA", "4QBBBB"}; !slices.Equal(got, want) || countKeys(t, s, bucketQuarantineByTime) != 2 {
		t.Errorf("notes after saving 4QAAAA once more: %q (%d entries), want %q", got, countKeys(t, s, bucketQuarantineByTime), want)
	}
}

// A verdict whose key (its time and the flush sequence, which starts
// again at every open) is taken, as a second replay of an archive dated
// to the second gives, is stored under the next free sequence: it
// replaced the stored verdict, which was lost.
func TestVerdictKeyTakenAfterReopen(t *testing.T) {
	db := openTestDB(t)
	clk := newClock()
	at := clk.Now()
	var s *Store
	for i, v := range []VerdictRecord{
		{Time: at, Action: "lock", Recipients: []string{"a@x"}},
		{Time: at, Action: "accept", Recipients: []string{"b@x"}},
		{}, // reopened
	} {
		if s != nil {
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
		}
		var err error
		if s, err = NewStore(db, StoreOptions{Now: clk.Now}); err != nil {
			t.Fatal(err)
		}
		if i < 2 {
			s.RecordVerdict(v)
		}
		if i == 0 {
			continue
		}
		for _, tc := range []struct{ rcpt, action string }{{"a@x", "lock"}, {"b@x", "accept"}} {
			vs, err := s.Verdicts(VerdictFilter{Recipient: tc.rcpt})
			if err != nil || len(vs) != 1 || vs[0].Action != tc.action || vs[0].Recipients[0] != tc.rcpt {
				t.Errorf("open %d: verdicts to %s: %+v, %v; want its %s", i, tc.rcpt, vs, err, tc.action)
			}
		}
		if vs, _ := s.Verdicts(VerdictFilter{}); len(vs) != 2 || s.nVerdicts != 2 {
			t.Errorf("open %d: verdict log: %d verdicts (%d counted), want 2", i, len(vs), s.nVerdicts)
		}
	}
}

// The quarantine index follows every write: a note saved again under its
// queue ID moves in time, Prune deletes old notes with their entries and
// old verdicts, and MaxVerdicts trims the log.
func TestIndexesFollowWrites(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{MaxVerdicts: 2, FlushInterval: time.Hour})
	for i := range 3 {
		s.RecordVerdict(VerdictRecord{Action: "lock", Recipients: []string{"a@x", fmt.Sprint(i, "@x")}})
		clk.Add(time.Minute)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, bucketVerdicts); n != 2 {
		t.Errorf("verdict log: %d verdicts, want MaxVerdicts 2", n)
	}
	if vs, _ := s.Verdicts(VerdictFilter{Recipient: "0@x"}); len(vs) != 0 {
		t.Errorf("a trimmed verdict is still found: %+v", vs)
	}
	for _, id := range []string{"4QAAAA", "4QBBBB", "4QAAAA"} {
		if err := s.SaveQuarantine(QuarantineRecord{QueueID: id}); err != nil {
			t.Fatal(err)
		}
		clk.Add(time.Minute)
	}
	if qs, _ := s.ListQuarantine(QuarantineFilter{}); len(qs) != 2 || qs[0].QueueID != "4QAAAA" || countKeys(t, s, bucketQuarantineByTime) != 2 {
		t.Errorf("after saving 4QAAAA again: %+v", qs)
	}
	clk.Add(61 * 24 * time.Hour)
	if err := s.Prune(); err != nil {
		t.Fatal(err)
	}
	for _, b := range [][]byte{bucketQuarantine, bucketQuarantineByTime, bucketVerdicts} {
		if n := countKeys(t, s, b); n != 0 {
			t.Errorf("%s after pruning everything: %d keys", b, n)
		}
	}
}

// FuzzRcptsLast: whatever a stored verdict holds (written by this
// package, an older milterd or anyone), reading it for a list never
// panics, names no more recipients than asked, and reads what was
// written: a record encodeVerdict stored decodes to its fields and the
// first k of its recipients.
func FuzzRcptsLast(f *testing.F) {
	f.Add([]byte(`{"time":"2026-03-02T10:00:00Z","action":"lock","score":0,"links":0,"locked":0,"recipients_total":2,"recipients":["a@x","b@x"]}`), "a@x\nb@x", 1)
	f.Add([]byte(`{"recipients_total":3,"recipients":["a@x"]}`), "", 3)
	f.Add([]byte(`{"action":"x","recipients_total":1,"recipients":"a"}`), `"q"`, 1)
	f.Add([]byte(`{"recipients":["a"],"recipients_total":1,"recipients":[1]}`), "a\n\xff", 0)
	f.Fuzz(func(t *testing.T, raw []byte, rcpts string, k int) {
		var r VerdictRecord
		if rs, err := decodeRcptsLast(raw, &r, verdictRcpts); err == nil {
			if first, err := rs.first(k); err == nil && len(first) > max(0, k) {
				t.Fatalf("first(%d) named %d", k, len(first))
			}
			if all, err := rs.first(rs.total); err == nil && rcpts != "" {
				want := strings.SplitN(rcpts, "\n", 2)[0]
				// find may fail only where the counted ones lack want
				// (a record that stores more than it counts lies).
				found, err := rs.find(want)
				if err != nil && containsFold(all, want) || err == nil && (found != containsFold(all, want) || found && !equalFold(rs.stored, want)) {
					t.Fatalf("find(%q) in %q: %v (%q), %v", want, all, found, rs.stored, err)
				}
			}
		}
		var list []string
		if rcpts != "" {
			list = strings.Split(rcpts, "\n")
		}
		v := VerdictRecord{Sender: rcpts, Recipients: list, Action: string(raw)}
		stored, err := encodeVerdict(v)
		if err != nil {
			t.Fatal(err)
		}
		var want, got VerdictRecord // JSON keeps valid UTF-8 only
		if err := json.Unmarshal(stored, &want); err != nil {
			t.Fatal(err)
		}
		rs, err := decodeRcptsLast(stored, &got, verdictRcpts)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) > 0 {
			// the last recipient, asked for in capitals where they fold
			// back to it ("ı" upper-cases to "I", which folds to "i")
			last := list[len(list)-1]
			q := strings.ToUpper(last)
			if !strings.EqualFold(q, last) {
				q = last
			}
			if found, err := rs.find(q); err != nil || !found {
				t.Fatalf("find(%q) in %q: %v, %v", q, stored, found, err)
			}
		}
		first, err := rs.first(k)
		if err != nil || rs.total != len(list) || got.Action != want.Action || got.Sender != want.Sender || !slices.Equal(first, want.Recipients[:max(0, min(k, len(list)))]) {
			t.Fatalf("%q read back as %+v, %d of %d: %q, %v", stored, got, k, rs.total, first, err)
		}
	})
}

// A record that stores more recipients than it counts lies: find never
// names one past the count (a list shows only the counted ones), and
// says the record is damaged rather than that the address is absent.
func TestFindStopsAtTheCount(t *testing.T) {
	raw := []byte(`{"action":"lock","recipients_total":2,"recipients":["a@x","b@x","c@x"]}`)
	var r VerdictRecord
	rs, err := decodeRcptsLast(raw, &r, verdictRcpts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		want  string
		found bool
		fails bool
	}{{"B@x", true, false}, {"c@x", false, true}, {"d@x", false, true}} {
		rs := rs
		found, err := rs.find(tc.want)
		if found != tc.found || (err != nil) != tc.fails {
			t.Errorf("find(%q) = %v, %v; want %v, error %v", tc.want, found, err, tc.found, tc.fails)
		}
	}
}

// A database written by the build that indexed the verdict log by
// recipient (lock/verdict-rcpts and lock/meta's "verdict-rcpts", here
// with entries naming verdicts to others) opens: NewStore deletes both,
// and the recipient filter answers from the log.
func TestStaleVerdictIndexDropped(t *testing.T) {
	db := openTestDB(t)
	clk := newClock()
	s, err := NewStore(db, StoreOptions{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	s.RecordVerdict(VerdictRecord{Action: "lock", Recipients: []string{"a@x", "B@x"}})
	s.RecordVerdict(VerdictRecord{Action: "accept", Recipients: []string{"c@x"}})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		idx, err := tx.CreateBucket(staleVerdictRcpts)
		if err != nil {
			return err
		}
		k, _ := tx.Bucket(bucketVerdicts).Cursor().Last() // the accept to c@x
		if err := idx.Put(append([]byte("\x03a@x"), k...), []byte("a@x")); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(staleVerdictMark, []byte("whatever"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if s, err = NewStore(db, StoreOptions{Now: clk.Now}); err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(staleVerdictRcpts) != nil || tx.Bucket(bucketMeta).Get(staleVerdictMark) != nil {
			return fmt.Errorf("the stale index or its marker is still there")
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
	for _, tc := range []struct{ rcpt, action, stored string }{{"A@X", "lock", "a@x"}, {"b@x", "lock", "B@x"}, {"c@x", "accept", "c@x"}} {
		vs, err := s.Verdicts(VerdictFilter{Recipient: tc.rcpt})
		if err != nil || len(vs) != 1 || vs[0].Action != tc.action || !slices.Contains(vs[0].Recipients, tc.stored) {
			t.Errorf("verdicts to %s: %+v, %v; want the %s", tc.rcpt, vs, err, tc.action)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err = NewStore(db, StoreOptions{Now: clk.Now}); err != nil {
		t.Errorf("reopening without the stale index: %v", err)
	}
}
