package lock

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Prune deletes lock records ExpiredGrace past their expiry (and a message
// record with the last of its locks), verdicts beyond
// MaxVerdicts or older than VerdictTTL, counters older than StatsTTL and
// quarantine notes older than QuarantineTTL. Run calls it periodically.
// Finding the dead lock records reads every record, so it runs in a read
// transaction, which does not hold up new locks; the write transaction
// only deletes.
func (s *Store) Prune() error {
	cutoff := s.now().Add(-s.opts.ExpiredGrace)
	var dead [][]byte
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		dead, err = deadRecords(tx, cutoff)
		return err
	})
	if err != nil {
		return fmt.Errorf("lock: prune: %w", err)
	}
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	now := s.now()
	removed := 0
	err = s.db.Update(func(tx *bolt.Tx) error {
		var err error
		if err = deleteRecords(tx, dead, cutoff); err != nil {
			return err
		}
		removed, err = pruneVerdicts(tx.Bucket(bucketVerdicts), now.Add(-s.opts.VerdictTTL), s.nVerdicts-s.opts.MaxVerdicts)
		if err != nil {
			return err
		}
		if err = pruneStats(tx.Bucket(bucketStats), now.Add(-s.opts.StatsTTL)); err != nil {
			return err
		}
		return pruneQuarantine(tx, now.Add(-s.opts.QuarantineTTL))
	})
	if err != nil {
		return fmt.Errorf("lock: prune: %w", err)
	}
	s.nVerdicts -= removed
	return nil
}

// deadRecords lists the time-index keys of records expired before cutoff,
// or missing. A record created at or after cutoff cannot have expired
// before it, so the scan stops there.
func deadRecords(tx *bolt.Tx, cutoff time.Time) ([][]byte, error) {
	recs := tx.Bucket(bucketRecords)
	var dead [][]byte
	c := tx.Bucket(bucketByTime).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) >= 8 && int64(binary.BigEndian.Uint64(k)) >= cutoff.UnixNano() {
			break
		}
		if isDead, _ := recordDead(recs, k, cutoff); isDead {
			dead = append(dead, append([]byte(nil), k...))
		}
	}
	return dead, nil
}

// recordDead: the time-index key k is malformed, or its record is missing
// or expired before cutoff. msg names the dead record's message record.
func recordDead(recs *bolt.Bucket, k []byte, cutoff time.Time) (dead bool, msg string) {
	if len(k) <= 8 {
		return true, ""
	}
	var r Record
	err := getJSON(recs, string(k[8:]), &r)
	return err == ErrNotFound || err == nil && r.Expires.Before(cutoff), r.Msg
}

// deleteRecords deletes the records deadRecords found, checking each
// again: a release or relock since may have given it a new expiry. It
// deletes a message record with the last lock record that refers to it.
func deleteRecords(tx *bolt.Tx, dead [][]byte, cutoff time.Time) error {
	recs, byTime := tx.Bucket(bucketRecords), tx.Bucket(bucketByTime)
	msgs := map[string]bool{}
	for _, k := range dead {
		isDead, msg := recordDead(recs, k, cutoff)
		if !isDead {
			continue
		}
		if msg != "" {
			msgs[msg] = true
		}
		if len(k) > 8 {
			if err := recs.Delete(k[8:]); err != nil {
				return err
			}
		}
		if err := byTime.Delete(k); err != nil {
			return err
		}
	}
	return pruneMessages(tx, msgs, cutoff)
}

// pruneVerdicts deletes from the oldest end: everything before cutoff and at
// least excess entries.
func pruneVerdicts(b *bolt.Bucket, cutoff time.Time, excess int) (int, error) {
	n := 0
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.First() {
		old := len(k) < 8 || int64(binary.BigEndian.Uint64(k)) < cutoff.UnixNano()
		if !old && n >= excess {
			break
		}
		if err := c.Delete(); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func pruneStats(b *bolt.Bucket, cutoff time.Time) error {
	c := b.Cursor()
	for k, _ := c.First(); k != nil && int64(binary.BigEndian.Uint64(k)) < cutoff.Unix(); k, _ = c.First() {
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// pruneQuarantine deletes the notes indexed before cutoff, oldest first,
// with their index entries. A note whose time is later than its entry's
// (an older milterd stored another note under its queue ID) is indexed
// again at its time instead.
func pruneQuarantine(tx *bolt.Tx, cutoff time.Time) error {
	b, byTime := tx.Bucket(bucketQuarantine), tx.Bucket(bucketQuarantineByTime)
	var old [][]byte
	c := byTime.Cursor()
	for k, _ := c.First(); k != nil && (len(k) < 8 || timeOfKey(k) < cutoff.UnixNano()); k, _ = c.Next() {
		old = append(old, append([]byte(nil), k...))
	}
	for _, k := range old {
		if err := byTime.Delete(k); err != nil {
			return err
		}
		if len(k) <= 8 {
			continue
		}
		raw := b.Get(k[8:])
		if raw == nil {
			continue
		}
		if t := noteTime(raw); !t.Before(cutoff) {
			if err := byTime.Put(quarantineTimeKey(t, string(k[8:])), nil); err != nil {
				return err
			}
			continue
		}
		if err := b.Delete(k[8:]); err != nil {
			return err
		}
	}
	return nil
}
