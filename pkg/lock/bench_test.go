package lock

import (
	"context"
	"testing"
	"time"
)

// BenchmarkRecordVerdict is the per-message cost on the SMTP path.
func BenchmarkRecordVerdict(b *testing.B) {
	s, _ := newTestStore(b, StoreOptions{FlushInterval: time.Hour, FlushBatch: 1 << 30, MaxPending: 1 << 30})
	v := VerdictRecord{QueueID: "4QaBc9", Sender: "a@x.example", Recipients: []string{"b@corp.example"}, Action: "accept", LinkCount: 3}
	for b.Loop() {
		s.RecordVerdict(v)
	}
}

// BenchmarkFlush1000 writes 1000 queued verdicts in one transaction.
func BenchmarkFlush1000(b *testing.B) {
	s, _ := newTestStore(b, StoreOptions{FlushInterval: time.Hour, FlushBatch: 1 << 30})
	v := VerdictRecord{QueueID: "4QaBc9", Sender: "a@x.example", Recipients: []string{"b@corp.example"}, Action: "accept", LinkCount: 3}
	for b.Loop() {
		for range 1000 {
			s.RecordVerdict(v)
		}
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCreateLocks is one locked message with two locked links (fsync'd).
func BenchmarkCreateLocks(b *testing.B) {
	s, _ := newTestStore(b, StoreOptions{})
	recs := []Record{testRecord(LevelWarn, "https://a.example/x"), testRecord(LevelLock, "https://b.example/y")}
	for b.Loop() {
		if _, err := s.CreateLocks(context.Background(), recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkActiveAllows(b *testing.B) {
	s, clk := newTestStore(b, StoreOptions{})
	for range 50 {
		s.AddAllow(Allow{Domain: "partner.example"})
	}
	for b.Loop() {
		s.ActiveAllows(clk.Now())
	}
}

// BenchmarkListLocksByRecipient filters the 100 locks of one message to
// 10,000 readers by a recipient (one set lookup per lock).
func BenchmarkListLocksByRecipient(b *testing.B) {
	s, _ := newTestStore(b, StoreOptions{})
	lockMessage(b, s, 100, manyReaders(10000))
	for b.Loop() {
		if got, err := s.ListLocks(LockFilter{Recipient: "reader9999@corp.example"}); err != nil || len(got) != 100 {
			b.Fatal(len(got), err)
		}
	}
}

// BenchmarkAPIListManyRecipients answers each list call over 100 items
// of messages to 10,000 readers (ListRecipients each; B/answer is the
// JSON's size), and filtered by the last reader (named first).
func BenchmarkAPIListManyRecipients(b *testing.B) {
	h, _ := manyRecipientAPI(b, 100)
	for _, path := range []string{"locks", "verdicts", "quarantine"} {
		for _, q := range []string{"", "?recipient=reader9999@corp.example"} {
			b.Run(path+q, func(b *testing.B) {
				rawAPI(b, h, "/api/"+path) // the write-behind flush of the verdicts is no list's cost
				var size int
				for b.Loop() {
					code, body := rawAPI(b, h, "/api/"+path+q)
					if code != 200 {
						b.Fatal(code)
					}
					size = len(body)
				}
				b.ReportMetric(float64(size), "B/answer")
			})
		}
	}
}
