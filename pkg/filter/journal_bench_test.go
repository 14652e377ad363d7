package filter

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
	bolt "go.etcd.io/bbolt"
)

// BenchmarkJournalLock journals the locks of one message with many
// recipients and many locked links: the cost should grow with recipients
// plus links, not with their product (a message to 10,000 readers with
// 2,000 locked links once wrote every recipient into each lock record).
func BenchmarkJournalLock(b *testing.B) {
	for _, sz := range []struct{ rcpts, links int }{{1, 2}, {1000, 200}, {10000, 2000}} {
		b.Run(fmt.Sprintf("rcpts=%d/links=%d", sz.rcpts, sz.links), func(b *testing.B) {
			db := throwawayDB(b)
			st, err := lock.NewStore(db, lock.StoreOptions{})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { st.Close(); db.Close() })
			j := LockJournal{Store: st}
			m, ls := journalLoad(sz.rcpts, sz.links)
			for b.Loop() {
				if _, err := j.Lock(context.Background(), m, ls); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// journalLoad is a message to nRcpt recipients with nLinks locked links.
func journalLoad(nRcpt, nLinks int) (Message, []Locked) {
	m := Message{MessageID: "<bulk@sender.example>", FromAddr: "news@sender.example"}
	m.Envelope = Envelope{MailFrom: "news@sender.example", Now: time.Now()}
	for i := range nRcpt {
		m.Recipients = append(m.Recipients, fmt.Sprintf("reader%05d@corp.example", i))
	}
	rs := []scoring.Reason{{Code: scoring.CodeOrgFirstSeen, Text: "First time anyone here received a link to this domain.", Weight: 3}}
	ls := make([]Locked, nLinks)
	for i := range ls {
		u := fmt.Sprintf("https://site%04d.example/login?id=%d", i, i)
		ls[i] = Locked{Link: links.Link{URL: u, Raw: u}, Decision: scoring.LinkDecision{Lock: true, Level: scoring.LevelLock, Score: 7, Reasons: rs}}
	}
	return m, ls
}

// Journaling a message's locks stores its recipients once, not once per
// lock (10,000 readers x 2,000 locked links wrote 500 MB), and every
// lock still names every recipient.
func TestJournalLockStoresRecipientsOnce(t *testing.T) {
	db := throwawayDB(t)
	st, err := lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(); db.Close() })
	m, ls := journalLoad(10000, 2000)
	if _, err := (LockJournal{Store: st}).Lock(context.Background(), m, ls); err != nil {
		t.Fatal(err)
	}
	var size int64
	st.DB().View(func(tx *bolt.Tx) error { size = tx.Size(); return nil })
	t.Logf("DB after journaling: %d KiB", size>>10)
	if size > 16<<20 {
		t.Errorf("the locks of one message to %d readers with %d links take %d MB", len(m.Recipients), len(ls), size>>20)
	}
	last := m.Recipients[len(m.Recipients)-1]
	recs, err := st.ListLocks(lock.LockFilter{Recipient: last, Limit: 3})
	if err != nil || len(recs) != 3 {
		t.Fatalf("locks for %s: %d, %v", last, len(recs), err)
	}
	for _, r := range recs {
		if !slices.Equal(r.AllRecipients(), m.Recipients) {
			t.Errorf("lock %s names %d recipients, want %d", r.ID, len(r.AllRecipients()), len(m.Recipients))
		}
	}
}
