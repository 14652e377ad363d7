package lock

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Prune deletes lock records ExpiredGrace past their expiry, verdicts beyond
// MaxVerdicts or older than VerdictTTL, counters older than StatsTTL and
// quarantine notes older than QuarantineTTL. Run calls it periodically.
func (s *Store) Prune() error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	now := s.now()
	removed := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		if err = pruneRecords(tx, now.Add(-s.opts.ExpiredGrace)); err != nil {
			return err
		}
		removed, err = pruneVerdicts(tx.Bucket(bucketVerdicts), now.Add(-s.opts.VerdictTTL), s.nVerdicts-s.opts.MaxVerdicts)
		if err != nil {
			return err
		}
		if err = pruneStats(tx.Bucket(bucketStats), now.Add(-s.opts.StatsTTL)); err != nil {
			return err
		}
		return pruneQuarantine(tx.Bucket(bucketQuarantine), now.Add(-s.opts.QuarantineTTL))
	})
	if err != nil {
		return fmt.Errorf("lock: prune: %w", err)
	}
	s.nVerdicts -= removed
	return nil
}

func pruneRecords(tx *bolt.Tx, cutoff time.Time) error {
	recs, byTime := tx.Bucket(bucketRecords), tx.Bucket(bucketByTime)
	var dead [][]byte
	err := byTime.ForEach(func(k, _ []byte) error {
		var r Record
		if len(k) <= 8 {
			dead = append(dead, append([]byte(nil), k...))
			return nil
		}
		if err := getJSON(recs, string(k[8:]), &r); err == ErrNotFound || err == nil && r.Expires.Before(cutoff) {
			dead = append(dead, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range dead {
		if len(k) > 8 {
			if err := recs.Delete(k[8:]); err != nil {
				return err
			}
		}
		if err := byTime.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// pruneVerdicts deletes from the oldest end: everything before cutoff and at
// least excess entries.
func pruneVerdicts(b *bolt.Bucket, cutoff time.Time, excess int) (int, error) {
	n := 0
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.First() {
		old := int64(binary.BigEndian.Uint64(k)) < cutoff.UnixNano()
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

func pruneQuarantine(b *bolt.Bucket, cutoff time.Time) error {
	var dead [][]byte
	err := b.ForEach(func(k, v []byte) error {
		var q QuarantineRecord
		if getJSONBytes(v, &q) != nil || q.Time.Before(cutoff) {
			dead = append(dead, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range dead {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
