package lock

import (
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ValidQueueID reports whether s looks like an MTA queue ID (Postfix short or
// long IDs, Sendmail IDs): 5 to 32 ASCII letters and digits. Anything else is
// refused before it gets near a command line.
func ValidQueueID(s string) bool {
	if len(s) < 5 || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// SaveQuarantine stores the reasons a message was held, keyed by queue ID.
// It commits before returning.
func (s *Store) SaveQuarantine(q QuarantineRecord) error {
	if !ValidQueueID(q.QueueID) {
		return fmt.Errorf("%w: queue id %q", ErrBadRecord, q.QueueID)
	}
	if q.Time.IsZero() {
		q.Time = s.now()
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketQuarantine), []byte(q.QueueID), q)
	})
	if err != nil {
		return fmt.Errorf("lock: save quarantine: %w", err)
	}
	return nil
}

// Quarantined returns the note for one queue ID.
func (s *Store) Quarantined(queueID string) (*QuarantineRecord, error) {
	if !ValidQueueID(queueID) {
		return nil, ErrBadID
	}
	var q QuarantineRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		return getJSON(tx.Bucket(bucketQuarantine), queueID, &q)
	})
	if err != nil {
		return nil, err
	}
	return &q, nil
}

// QuarantineFilter selects notes for ListQuarantine. Empty fields match
// everything.
type QuarantineFilter struct {
	Recipient string // address, in any case
	Limit     int    // default 100
}

// ListQuarantine returns up to f.Limit matching notes, newest first.
func (s *Store) ListQuarantine(f QuarantineFilter) ([]QuarantineRecord, error) {
	return quarantineAs(s, f, same[QuarantineRecord])
}

// quarantineAs returns the notes f selects, newest first, each as view
// makes it as it is read (as verdictsAs). The notes are keyed by queue
// ID, not time: it first reads each note's time alone (and, for a
// recipient filter, its recipients, one note at a time), then decodes
// only the f.Limit newest in full, so a request holds the recipients of
// the notes it answers, not of every note kept.
func quarantineAs[V any](s *Store, f QuarantineFilter, view func(QuarantineRecord) V) ([]V, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	var out []V
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketQuarantine)
		keys, err := quarantineKeys(b, f.Recipient)
		if err != nil {
			return err
		}
		sort.SliceStable(keys, func(i, j int) bool { return keys[i].t.After(keys[j].t) })
		for _, k := range keys[:min(len(keys), f.Limit)] {
			var q QuarantineRecord
			if err := getJSON(b, k.id, &q); err != nil {
				return err
			}
			out = append(out, view(q))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lock: list quarantine: %w", err)
	}
	return out, nil
}

type timedKey struct {
	id string
	t  time.Time
}

// quarantineKeys lists the notes of b addressed to recipient (every one
// when it is empty) with their times.
func quarantineKeys(b *bolt.Bucket, recipient string) ([]timedKey, error) {
	var keys []timedKey
	err := b.ForEach(func(k, v []byte) error {
		var q struct {
			Time       time.Time `json:"time"`
			Recipients []string  `json:"recipients"`
		}
		var into any = &struct {
			Time *time.Time `json:"time"`
		}{&q.Time}
		if recipient != "" {
			into = &q
		}
		if err := getJSONBytes(v, into); err != nil {
			return err
		}
		if recipient == "" || containsFold(q.Recipients, recipient) {
			keys = append(keys, timedKey{string(k), q.Time})
		}
		return nil
	})
	return keys, err
}

// MarkQuarantineReleased records that a held message was released; first
// reports whether it was not already marked (only then does the release
// teach the baseline).
func (s *Store) MarkQuarantineReleased(queueID string) (rec *QuarantineRecord, first bool, err error) {
	rec, err = s.updateQuarantine(queueID, func(q *QuarantineRecord) {
		first = !q.Released
		q.Released, q.ReleasedAt = true, s.now()
	})
	return rec, first, err
}

// TrustQuarantineReply records that an admin's release trusted the held
// message's kept Reply-To address; trusted reports whether this call did
// so (false: the note keeps none, or a release trusted it before).
func (s *Store) TrustQuarantineReply(queueID string) (rec *QuarantineRecord, trusted bool, err error) {
	rec, err = s.updateQuarantine(queueID, func(q *QuarantineRecord) {
		trusted = q.ReplyTo != "" && q.ReplyTrustedAt.IsZero()
		if trusted {
			q.ReplyTrustedAt = s.now()
		}
	})
	return rec, trusted, err
}

// updateQuarantine applies change to the note of queueID in one
// transaction and returns the note as stored.
func (s *Store) updateQuarantine(queueID string, change func(*QuarantineRecord)) (*QuarantineRecord, error) {
	if !ValidQueueID(queueID) {
		return nil, ErrBadID
	}
	var q QuarantineRecord
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketQuarantine)
		if err := getJSON(b, queueID, &q); err != nil {
			return err
		}
		change(&q)
		return putJSON(b, []byte(queueID), q)
	})
	if err != nil {
		return nil, err
	}
	return &q, nil
}
