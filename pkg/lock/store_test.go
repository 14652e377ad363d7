package lock

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

func TestCreateLocks(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{LockTTL: time.Hour})
	recs := []Record{testRecord(LevelWarn, "https://a.example/x"), testRecord(LevelHard, "https://b.example/y")}
	ids, err := s.CreateLocks(t.Context(), recs)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2 || ids[0] == ids[1] {
		t.Fatalf("CreateLocks ids = %v", ids)
	}
	for i, id := range ids {
		got, err := s.Get(id)
		if err != nil {
			t.Fatalf("Get(%s): %v", id, err)
		}
		if got.URL != recs[i].URL || got.Level != recs[i].Level || !got.Created.Equal(clk.Now()) || !got.Expires.Equal(clk.Now().Add(time.Hour)) {
			t.Errorf("Get(%s) = %+v", id, got)
		}
	}
}

// A destination longer than the store keeps is still locked (it used to
// fail the store, and the message was quarantined as if the disk were
// full): its start is kept for the page, and nobody may go through.
func TestCreateLocksLongURL(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{})
	long := "https://a.example/" + strings.Repeat("é", maxURLLen)
	ids, err := s.CreateLocks(t.Context(), []Record{testRecord(LevelWarn, long)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Get(ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if !r.Truncated || r.Level != LevelHard || r.Passable() || len(r.URL) > maxURLLen || !utf8.ValidString(r.URL) || !strings.HasPrefix(long, r.URL) {
		t.Errorf("record: truncated %v, level %s, passable %v, %d bytes (valid UTF-8 %v)", r.Truncated, r.Level, r.Passable(), len(r.URL), utf8.ValidString(r.URL))
	}
	r.Released = true
	if r.Passable() {
		t.Error("a released truncated record is passable")
	}
}

func TestCreateLocksInvalid(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{})
	tests := []struct {
		name string
		rec  Record
	}{
		{"no url", Record{Level: LevelWarn}},
		{"bad level", Record{URL: "https://a.example", Level: "open"}},
		{"bad id", Record{ID: "x/y", URL: "https://a.example", Level: LevelWarn}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.CreateLocks(t.Context(), []Record{testRecord(LevelWarn, "https://ok.example"), tt.rec}); !errors.Is(err, ErrBadRecord) {
				t.Errorf("CreateLocks(%+v) err = %v, want ErrBadRecord", tt.rec, err)
			}
		})
	}
	if got, _ := s.ListLocks(LockFilter{}); len(got) != 0 {
		t.Errorf("a failed CreateLocks left %d records", len(got))
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.CreateLocks(ctx, []Record{testRecord(LevelWarn, "https://a.example")}); err == nil {
		t.Error("CreateLocks with cancelled ctx succeeded")
	}
}

func TestClickContinueRequestRelease(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{MaxClickTimes: 2})
	warn := createOne(t, s, testRecord(LevelWarn, "https://a.example"))
	locked := createOne(t, s, testRecord(LevelLock, "https://b.example"))
	for range 3 {
		clk.Add(time.Minute)
		if _, err := s.Click(warn); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := s.Get(warn)
	if r.Clicks != 3 || len(r.LastClicks) != 2 || !r.LastClicks[1].Equal(clk.Now()) {
		t.Errorf("after 3 clicks: clicks=%d last=%v", r.Clicks, r.LastClicks)
	}
	if _, err := s.Continue(warn); err != nil {
		t.Errorf("Continue(warn) = %v", err)
	}
	if _, err := s.Continue(locked); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Continue(lock) = %v, want ErrNotAllowed", err)
	}
	if _, err := s.Request(warn, ""); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Request(warn) = %v, want ErrNotAllowed", err)
	}
	if r, err := s.Request(locked, "need it for invoices"); err != nil || len(r.Requests) != 1 {
		t.Errorf("Request(lock) = %+v, %v", r, err)
	}
	if got, _ := s.ListLocks(LockFilter{Requested: true}); len(got) != 1 || got[0].ID != locked {
		t.Errorf("ListLocks(requested) = %v", got)
	}
	if _, _, err := s.Release(locked, "admin"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Continue(locked); err != nil {
		t.Errorf("Continue(released) = %v", err)
	}
	if _, err := s.Relock(locked); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Continue(locked); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Continue(relocked) = %v, want ErrNotAllowed", err)
	}
}

func TestExpiry(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{LockTTL: time.Hour, ExpiredGrace: time.Hour})
	id := createOne(t, s, testRecord(LevelWarn, "https://a.example"))
	clk.Add(time.Hour)
	if _, err := s.Click(id); !errors.Is(err, ErrExpired) {
		t.Errorf("Click(expired) = %v, want ErrExpired", err)
	}
	if _, err := s.Get(id); err != nil {
		t.Errorf("Get(expired, in grace) = %v", err)
	}
	clk.Add(time.Hour + time.Second)
	if err := s.Prune(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(pruned) = %v, want ErrNotFound", err)
	}
}

func countKeys(t *testing.T, s *Store, bucket []byte) int {
	t.Helper()
	n := 0
	s.DB().View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucket).Stats().KeyN
		return nil
	})
	return n
}

func TestRecordVerdictWriteBehind(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{FlushInterval: time.Hour})
	for i := range 10 {
		s.RecordVerdict(VerdictRecord{QueueID: fmt.Sprintf("Q%04d", i), MessageID: fmt.Sprintf("<m%d@x.example>", i), Sender: "a@x.example", Recipients: []string{"b@corp.example"},
			Action: "accept", LinkCount: 2})
	}
	s.RecordVerdict(VerdictRecord{Action: "lock", Sender: "evil@y.example", LinkCount: 3, LockedCount: 1})
	s.RecordVerdict(VerdictRecord{Action: "quarantine", LinkCount: 1, LockedCount: 1})
	if n := countKeys(t, s, bucketVerdicts); n != 0 {
		t.Fatalf("verdicts written before Flush: %d", n)
	}
	hours, _ := s.Hourly(clk.Now(), clk.Now())
	want := Counters{Messages: 12, MessagesLinks: 12, Links: 24, LinksLocked: 2, MessagesLocked: 2, Quarantined: 1}
	if hours[0].Counters != want {
		t.Errorf("Hourly before flush = %+v, want %+v", hours[0].Counters, want)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, bucketVerdicts); n != 12 {
		t.Errorf("verdicts after Flush = %d, want 12", n)
	}
	hours, _ = s.Hourly(clk.Now().Add(-time.Hour), clk.Now())
	if len(hours) != 2 || hours[1].Counters != want || hours[0].Counters != (Counters{}) {
		t.Errorf("Hourly after flush = %+v", hours)
	}
	got, err := s.Verdicts(VerdictFilter{Sender: "y.example"})
	if err != nil || len(got) != 1 || got[0].Action != "lock" {
		t.Errorf("Verdicts(sender y.example) = %+v, %v", got, err)
	}
	got, _ = s.Verdicts(VerdictFilter{Recipient: "B@corp.example", Limit: 3})
	if len(got) != 3 || got[0].QueueID != "Q0009" {
		t.Errorf("Verdicts(recipient, limit 3) = %+v", got)
	}
	for _, tc := range []struct {
		f    VerdictFilter
		want int
	}{
		{VerdictFilter{QueueID: "Q0003"}, 1},
		{VerdictFilter{QueueID: "q0003"}, 0}, // queue IDs are exact
		{VerdictFilter{QueueID: "Q0003", Action: "lock"}, 0},
		{VerdictFilter{QueueID: "Q00"}, 0},
		{VerdictFilter{QueueID: " Q0003: "}, 1},                    // as pasted from a mail log line, "Q0003: client=..."
		{VerdictFilter{MessageID: "message-id=<m3@x.example>"}, 1}, // as Postfix's cleanup logs it
		{VerdictFilter{MessageID: "<m3@x.example>"}, 1},
		{VerdictFilter{MessageID: " m3@x.example "}, 1},
		{VerdictFilter{MessageID: "M3@x.example"}, 0},
		{VerdictFilter{MessageID: "m3@x"}, 0},
		{VerdictFilter{QueueID: " : "}, 0}, // nothing once bare: not the two verdicts stored without one
		{VerdictFilter{MessageID: "<>"}, 0},
	} {
		got, err := s.Verdicts(tc.f)
		if err != nil || len(got) != tc.want || (tc.want == 1 && got[0].QueueID != "Q0003") {
			t.Errorf("Verdicts(%+v) = %+v, %v; want %d", tc.f, got, err, tc.want)
		}
	}
	got, _ = s.Verdicts(VerdictFilter{Action: "quarantine"})
	if len(got) != 1 {
		t.Errorf("Verdicts(action quarantine) = %d, want 1", len(got))
	}
	// In monitor mode the action filter also finds what would have been.
	s.RecordVerdict(VerdictRecord{QueueID: "M1", Action: "accept", Would: "quarantine", LinkCount: 1})
	got, _ = s.Verdicts(VerdictFilter{Action: "quarantine"})
	if len(got) != 2 || got[0].QueueID != "M1" || got[0].Would != "quarantine" {
		t.Errorf("Verdicts(action quarantine) with a monitored one = %+v, want M1 first", got)
	}
}

func TestRunFlushesAndClose(t *testing.T) {
	s, _ := newTestStore(t, StoreOptions{FlushInterval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	s.RecordVerdict(VerdictRecord{Action: "accept"})
	deadline := time.Now().Add(5 * time.Second)
	for countKeys(t, s, bucketVerdicts) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if countKeys(t, s, bucketVerdicts) != 1 {
		t.Fatal("Run did not flush within 5s")
	}
	s.RecordVerdict(VerdictRecord{Action: "accept"})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, bucketVerdicts); n != 2 {
		t.Errorf("after Run returned: %d verdicts, want 2", n)
	}
	s.RecordVerdict(VerdictRecord{Action: "accept"})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s.RecordVerdict(VerdictRecord{Action: "accept"})
	s.Flush()
	if n := countKeys(t, s, bucketVerdicts); n != 3 {
		t.Errorf("after Close: %d verdicts, want 3", n)
	}
}

func TestEarlyFlushAndPruneVerdicts(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{FlushInterval: time.Hour, FlushBatch: 5, MaxVerdicts: 7, VerdictTTL: 24 * time.Hour})
	for range 5 {
		s.RecordVerdict(VerdictRecord{Action: "accept"})
	}
	select {
	case <-s.kick:
	default:
		t.Error("FlushBatch reached but no early flush requested")
	}
	for range 5 {
		s.RecordVerdict(VerdictRecord{Action: "accept"})
	}
	s.Flush()
	if n := countKeys(t, s, bucketVerdicts); n != 7 {
		t.Errorf("after a flush past MaxVerdicts: %d, want 7 (the flush trims)", n)
	}
	if err := s.Prune(); err != nil {
		t.Fatal(err)
	}
	if n := countKeys(t, s, bucketVerdicts); n != 7 {
		t.Errorf("after prune to MaxVerdicts: %d, want 7", n)
	}
	clk.Add(25 * time.Hour)
	s.RecordVerdict(VerdictRecord{Action: "accept"})
	s.Flush()
	s.Prune()
	if n := countKeys(t, s, bucketVerdicts); n != 1 {
		t.Errorf("after prune by age: %d, want 1", n)
	}
}

func TestAllowlist(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{})
	if _, err := s.AddAllow(Allow{}); !errors.Is(err, ErrBadRecord) {
		t.Errorf("AddAllow(empty) = %v", err)
	}
	if _, err := s.AddAllow(Allow{Domain: "a.example", Sender: "b@c.example"}); !errors.Is(err, ErrBadRecord) {
		t.Errorf("AddAllow(both) = %v", err)
	}
	a, err := s.AddAllow(Allow{Domain: "Partner.Example", Note: "vendor"})
	if err != nil || a.Domain != "partner.example" || a.ID == "" {
		t.Fatalf("AddAllow = %+v, %v", a, err)
	}
	if _, err := s.AddAllow(Allow{Sender: "x@y.example", Recipient: "bob@corp.example", Expires: clk.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if got := s.ActiveAllows(clk.Now()); len(got) != 2 {
		t.Errorf("ActiveAllows = %v", got)
	}
	if got := s.ActiveAllows(clk.Now().Add(2 * time.Hour)); len(got) != 1 || got[0].Domain != "partner.example" {
		t.Errorf("ActiveAllows later = %v", got)
	}
	// A second store on the same DB sees the entries (the cache is loaded).
	s2, _ := NewStore(s.DB(), StoreOptions{})
	if got := s2.Allows(); len(got) != 2 {
		t.Errorf("reopened Allows = %v", got)
	}
	if err := s.RemoveAllow(a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveAllow(a.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("RemoveAllow twice = %v", err)
	}
	if got := s.Allows(); len(got) != 1 {
		t.Errorf("Allows after remove = %v", got)
	}
}

// Allowlist entries must name a domain, host, address or IP address, and
// never a public suffix: "com" would let every .com link through.
func TestAllowEntryNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Allow
		want Allow // zero: refused
	}{
		{"domain", Allow{Domain: " Partner.Example. "}, Allow{Domain: "partner.example"}},
		{"host", Allow{Domain: "files.partner.example"}, Allow{Domain: "files.partner.example"}},
		{"IDN to punycode", Allow{Domain: "bücher.example"}, Allow{Domain: "xn--bcher-kva.example"}},
		{"IP address", Allow{Domain: "[10.0.0.5]"}, Allow{Domain: "10.0.0.5"}},
		{"ICANN suffix", Allow{Domain: "com"}, Allow{}},
		{"two-label suffix", Allow{Domain: "co.uk"}, Allow{}},
		{"private suffix (anyone's pages)", Allow{Domain: "github.io"}, Allow{}},
		{"a URL", Allow{Domain: "http://evil.example/x"}, Allow{}},
		{"spaces", Allow{Domain: "bad domain with spaces"}, Allow{}},
		{"an address as a domain", Allow{Domain: "a@b.example"}, Allow{}},
		{"sender address", Allow{Sender: "Ann@Partner.Example"}, Allow{Sender: "ann@partner.example"}},
		{"sender domain", Allow{Sender: "partner.example"}, Allow{Sender: "partner.example"}},
		{"sender suffix", Allow{Sender: "com"}, Allow{}},
		{"sender with a display name", Allow{Sender: "not an address <x@y.example>"}, Allow{}},
		{"recipient", Allow{Domain: "partner.example", Recipient: "Bob@Corp.Example"}, Allow{Domain: "partner.example", Recipient: "bob@corp.example"}},
		{"recipient not an address", Allow{Domain: "partner.example", Recipient: "corp.example"}, Allow{}},
	} {
		got, err := normAllow(tc.in)
		if tc.want == (Allow{}) {
			if !errors.Is(err, ErrBadRecord) {
				t.Errorf("%s: normAllow(%+v) = %+v, %v; want refused", tc.name, tc.in, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: normAllow(%+v) = %+v, %v; want %+v", tc.name, tc.in, got, err, tc.want)
		}
	}
}

// An entry stored before entries were checked is listed with why it is
// ignored, and never applied.
func TestAllowStoredUncheckedIsIgnored(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{})
	err := s.DB().Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketAllow), []byte("old"), Allow{ID: "old", Domain: "com"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAllow(Allow{Domain: "partner.example"}); err != nil { // reloads
		t.Fatal(err)
	}
	if got := s.ActiveAllows(clk.Now()); len(got) != 1 || got[0].Domain != "partner.example" {
		t.Errorf("ActiveAllows = %+v, want partner.example only", got)
	}
	var ignored string
	for _, a := range s.Allows() {
		if a.Domain == "com" {
			ignored = a.Ignored
		}
	}
	if !strings.Contains(ignored, "public suffix") {
		t.Errorf("the stored \"com\" entry: Ignored = %q, want why", ignored)
	}
}

func TestQuarantine(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{QuarantineTTL: 48 * time.Hour})
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "-d ALL"}); !errors.Is(err, ErrBadRecord) {
		t.Errorf("SaveQuarantine(bad id) = %v", err)
	}
	for i, q := range []string{"4AbC1", "4AbC2"} {
		clk.Add(time.Duration(i) * 25 * time.Hour)
		if err := s.SaveQuarantine(QuarantineRecord{QueueID: q, Score: 9, Reasons: []Reason{{Code: "lookalike"}}}); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.ListQuarantine(QuarantineFilter{Limit: 10})
	if len(got) != 2 || got[0].QueueID != "4AbC2" {
		t.Errorf("ListQuarantine = %+v", got)
	}
	q, _, err := s.MarkQuarantineReleased("4AbC1")
	if err != nil || !q.Released {
		t.Errorf("MarkQuarantineReleased = %+v, %v", q, err)
	}
	clk.Add(24 * time.Hour)
	s.Prune()
	if _, err := s.Quarantined("4AbC1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Quarantined(old) after prune = %v", err)
	}
	if _, err := s.Quarantined("4AbC2"); err != nil {
		t.Errorf("Quarantined(recent) after prune = %v", err)
	}
}

func TestDaily(t *testing.T) {
	s, clk := newTestStore(t, StoreOptions{})
	start := clk.Now()
	for i := range 30 {
		s.RecordVerdict(VerdictRecord{Time: start.Add(time.Duration(i) * time.Hour), Action: "accept", LinkCount: 1})
	}
	s.Flush()
	days, err := s.Daily(start, start.Add(48*time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	// 10:30 on day 1: hours 10..23 = 14 messages; day 2: 16.
	if len(days) != 3 || days[0].Links != 14 || days[1].Links != 16 || days[2].Links != 0 {
		t.Errorf("Daily = %+v", days)
	}
}
