package lock

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
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

// SaveQuarantine stores the reasons a message was held, keyed by queue ID,
// and indexes it by time (a note it replaces leaves the index).
// It commits before returning.
func (s *Store) SaveQuarantine(q QuarantineRecord) error {
	if !ValidQueueID(q.QueueID) {
		return fmt.Errorf("%w: queue id %q", ErrBadRecord, q.QueueID)
	}
	if q.Time.IsZero() {
		q.Time = s.now()
	}
	raw, err := encodeQuarantine(q)
	if err == nil {
		err = s.db.Update(func(tx *bolt.Tx) error {
			b, byTime := tx.Bucket(bucketQuarantine), tx.Bucket(bucketQuarantineByTime)
			if old := b.Get([]byte(q.QueueID)); old != nil {
				if err := byTime.Delete(quarantineTimeKey(noteTime(old), q.QueueID)); err != nil {
					return err
				}
			}
			if err := byTime.Put(quarantineTimeKey(q.Time, q.QueueID), nil); err != nil {
				return err
			}
			return b.Put([]byte(q.QueueID), raw)
		})
	}
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
	return quarantineAs(s, f, fullQuarantine)
}

// quarantineAs returns the notes f selects, newest first, each as view
// makes it as it is read (as verdictsAs). It walks the time index
// (lock/quarantine-bytime) from its newest end and reads the notes it
// answers, no others; without a recipient filter it reads of each only
// what view names (rcptstore.go), with one it reads each note's list
// until it has f.Limit notes. Notes of one time come in queue ID order.
func quarantineAs[V any](s *Store, f QuarantineFilter, view func(QuarantineRecord, storedRcpts) (V, error)) ([]V, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	var out []V
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketQuarantine)
		return newestNotes(tx.Bucket(bucketQuarantineByTime), func(id []byte) (bool, error) {
			raw := b.Get(id)
			if raw == nil {
				return false, nil // pruned by an older milterd: checkQuarantineIndex drops the entry
			}
			item, ok, err := quarantineItem(raw, f.Recipient, view)
			if ok {
				out = append(out, item)
			}
			return len(out) >= f.Limit, err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("lock: list quarantine: %w", err)
	}
	return out, nil
}

// quarantineItem is the note stored as raw as view makes it; ok false:
// it is not addressed to recipient (when one is given).
func quarantineItem[V any](raw []byte, recipient string, view func(QuarantineRecord, storedRcpts) (V, error)) (item V, ok bool, err error) {
	var q QuarantineRecord
	rs, err := decodeRcptsLast(raw, &q, quarantineRcpts)
	if err != nil {
		return item, false, err
	}
	if recipient != "" {
		all, err := rs.first(rs.total)
		if err != nil || !containsFold(all, recipient) {
			return item, false, err
		}
		rs = allRcpts(all)
	}
	item, err = view(q, rs)
	return item, err == nil, err
}

// newestNotes calls each with the queue ID of every indexed note, newest
// first (notes of one time in queue ID order, as the list answered when
// it sorted them), until each says stop.
func newestNotes(byTime *bolt.Bucket, each func(id []byte) (stop bool, err error)) error {
	c := byTime.Cursor()
	k, _ := c.Last()
	for k != nil {
		var run [][]byte // the keys of one time, newest ID first
		for t := k; k != nil && len(k) > 8 && bytes.Equal(k[:8], t[:8]); k, _ = c.Prev() {
			run = append(run, k[8:])
		}
		if len(run) == 0 { // a malformed key
			k, _ = c.Prev()
			continue
		}
		for i := len(run) - 1; i >= 0; i-- {
			if stop, err := each(run[i]); stop || err != nil {
				return err
			}
		}
	}
	return nil
}

// fullQuarantine is the view that keeps a note with all its recipients.
func fullQuarantine(q QuarantineRecord, rs storedRcpts) (QuarantineRecord, error) {
	if rs.array == nil {
		return q, nil
	}
	var err error
	q.Recipients, err = rs.first(rs.total)
	return q, err
}

// quarantineTimeKey is the time index's key of the note of id at t: its
// unix nanoseconds with the sign bit flipped (so earlier sorts first),
// then the queue ID.
func quarantineTimeKey(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano())^1<<63)
	return append(k, id...)
}

func timeOfKey(k []byte) int64 { return int64(binary.BigEndian.Uint64(k) ^ 1<<63) }

// noteTime is the time a stored note keeps; the zero Unix time for one
// that does not decode (pruned first).
func noteTime(raw []byte) time.Time {
	if head, _, _, ok := splitRcptsLast(raw); ok {
		raw = head // not the recipients
	}
	var note struct {
		Time time.Time `json:"time"`
	}
	if err := json.Unmarshal(raw, &note); err != nil {
		return time.Unix(0, 0)
	}
	return note.Time
}

// checkQuarantineIndex makes the time index name every note once, at
// its time: it adds the notes an older milterd stored (or all of them,
// in a database from before the index), moves the entries of notes it
// saved again under their queue ID at another time, and drops the
// entries of notes it pruned. It reads every note's time (only the
// fields before the recipients of a note stored by this package).
func checkQuarantineIndex(tx *bolt.Tx) error {
	b, byTime := tx.Bucket(bucketQuarantine), tx.Bucket(bucketQuarantineByTime)
	entries := map[string][][]byte{} // queue ID -> its entries
	var drop, add [][]byte
	err := byTime.ForEach(func(k, _ []byte) error {
		k = bytes.Clone(k)
		if len(k) <= 8 {
			drop = append(drop, k)
		} else {
			entries[string(k[8:])] = append(entries[string(k[8:])], k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = b.ForEach(func(id, v []byte) error {
		want, have := quarantineTimeKey(noteTime(v), string(id)), entries[string(id)]
		delete(entries, string(id))
		if len(have) != 1 || !bytes.Equal(have[0], want) {
			drop, add = append(drop, have...), append(add, want)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, gone := range entries { // notes an older milterd pruned
		drop = append(drop, gone...)
	}
	for _, k := range drop {
		if err := byTime.Delete(k); err != nil {
			return err
		}
	}
	for _, k := range add {
		if err := byTime.Put(k, nil); err != nil {
			return err
		}
	}
	return nil
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
		change(&q) // the time, which the index keys, stays
		raw, err := encodeQuarantine(q)
		if err != nil {
			return err
		}
		return b.Put([]byte(queueID), raw)
	})
	if err != nil {
		return nil, err
	}
	return &q, nil
}
