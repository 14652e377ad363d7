package lock

import (
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// FuzzFoldKey: two addresses share a foldKey exactly when
// strings.EqualFold calls them equal, which rcptCache.has relies on to
// answer containsFold with a set lookup (broken UTF-8 included).
func FuzzFoldKey(f *testing.F) {
	for _, p := range [][2]string{{"Bob@Corp.example", "bob@corp.EXAMPLE"}, {"\u212a@x", "k@x"}, {"\u017f@x", "S@X"},
		{"ς@x", "Σ@x"}, {"\xff@x", "\xfe@x"}, {"\ufffd", "\xff"}, {"a", "a\x00"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if eq, same := strings.EqualFold(a, b), foldKey(a) == foldKey(b); eq != same {
			t.Fatalf("EqualFold(%q, %q) = %v, foldKey %q, %q", a, b, eq, foldKey(a), foldKey(b))
		}
	})
}

// FuzzStoredRecord: whatever a lock record and the message record it
// names hold (an old inline record, a record naming a missing or broken
// message record, a record with both), the store reads it without
// failing other than with an error: Get fills its recipients from the
// message record only when it has none inline, ListLocks by recipient
// selects it exactly when Get's recipients hold the address in any case.
func FuzzStoredRecord(f *testing.F) {
	for _, raw := range oldRecords {
		f.Add(raw, "", "bob@corp.example")
	}
	f.Add(`{"id":"fuzz","url":"https://a.example/","level":"lock","recipient":"a@corp.example","msg":"m","created":"2026-03-01T10:00:00Z","expires":"2026-03-02T10:00:00Z"}`,
		`{"expires":"2026-03-02T10:00:00Z","recipients":["a@corp.example","B@corp.example"]}`, "b@CORP.example")
	f.Add(`{"id":"fuzz","msg":"m","recipients":["x@y"],"created":"2026-03-01T10:00:00Z"}`, `{"recipients":null}`, "X@Y")
	f.Add(`{"msg":"m"}`, `[1,2]`, "")
	s, _ := newTestStore(f, StoreOptions{})
	f.Fuzz(func(t *testing.T, rec, msg, addr string) {
		const id = "fuzzRecord0000000000000"
		var r Record
		if getJSONBytes([]byte(rec), &r) != nil {
			return
		}
		created := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
		err := s.DB().Update(func(tx *bolt.Tx) error {
			for _, b := range [][]byte{bucketRecords, bucketByTime, bucketMessages} {
				if err := tx.DeleteBucket(b); err != nil {
					return err
				}
				if _, err := tx.CreateBucket(b); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bucketRecords).Put([]byte(id), []byte(rec)); err != nil {
				return err
			}
			if msg != "" && r.Msg != "" {
				if err := tx.Bucket(bucketMessages).Put([]byte(r.Msg), []byte(msg)); err != nil {
					return err
				}
			}
			return tx.Bucket(bucketByTime).Put(timeIDKey(created, id), nil)
		})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(id)
		if err != nil {
			t.Fatalf("Get of a record that decodes: %v", err)
		}
		if len(r.Recipients) > 0 && !slices.Equal(got.Recipients, r.Recipients) {
			t.Fatalf("Get replaced inline recipients %q with %q", r.Recipients, got.Recipients)
		}
		if addr != "" {
			list, err := s.ListLocks(LockFilter{Recipient: addr})
			if err != nil {
				t.Fatal(err)
			}
			if want := containsFold(got.AllRecipients(), addr); (len(list) == 1) != want {
				t.Fatalf("ListLocks(%q) = %d records; recipients %q", addr, len(list), got.AllRecipients())
			}
		}
	})
}
