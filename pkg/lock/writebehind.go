package lock

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// RecordVerdict queues one verdict for the log and adds it to the hourly
// counters. It never blocks on the DB; Run, Flush and Close write the queue.
func (s *Store) RecordVerdict(v VerdictRecord) {
	if v.Time.IsZero() {
		v.Time = s.now()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	if len(s.pending) >= s.opts.MaxPending {
		s.pending = s.pending[1:]
		s.dropped++
	}
	s.pending = append(s.pending, v)
	hour := v.Time.Truncate(time.Hour).Unix()
	c := s.deltas[hour]
	c.add(countersOf(v))
	s.deltas[hour] = c
	if len(s.pending) >= s.opts.FlushBatch {
		select {
		case s.kick <- struct{}{}:
		default:
		}
	}
}

func countersOf(v VerdictRecord) Counters {
	c := Counters{Messages: 1, Links: int64(v.LinkCount), LinksLocked: int64(v.LockedCount)}
	if v.LinkCount > 0 {
		c.MessagesLinks = 1
	}
	if v.LockedCount > 0 {
		c.MessagesLocked = 1
	}
	if v.Action == "quarantine" || v.Would == "quarantine" {
		c.Quarantined = 1
	}
	if v.Monitor {
		c.Monitored = 1
	}
	return c
}

// Dropped reports how many verdicts were dropped because the queue was full.
func (s *Store) Dropped() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dropped
}

// Flush writes the queued verdicts and counters in one transaction. On
// failure the queue is kept for the next attempt.
func (s *Store) Flush() error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	s.mu.Lock()
	pending, deltas := s.pending, s.deltas
	s.pending, s.deltas = nil, map[int64]Counters{}
	s.mu.Unlock()
	if len(pending) == 0 && len(deltas) == 0 {
		return nil
	}
	start := time.Now()
	added, removed := 0, 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		b := tx.Bucket(bucketVerdicts)
		if added, err = s.writeVerdicts(b, pending); err != nil {
			return err
		}
		// Keep the log at MaxVerdicts in the same transaction: at a high
		// message rate, waiting for the hourly prune would grow the file
		// by gigabytes.
		if removed, err = pruneVerdicts(b, time.Unix(0, 0), s.nVerdicts+added-s.opts.MaxVerdicts); err != nil {
			return err
		}
		return addCounters(tx.Bucket(bucketStats), deltas)
	})
	if s.opts.Observer != nil {
		s.opts.Observer.ObserveFlush(time.Since(start), err)
	}
	if err != nil {
		s.requeue(pending, deltas)
		return fmt.Errorf("lock: flush: %w", err)
	}
	s.nVerdicts += added - removed
	return nil
}

func (s *Store) requeue(pending []VerdictRecord, deltas map[int64]Counters) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pending = append(pending, s.pending...)
	if over := len(s.pending) - s.opts.MaxPending; over > 0 {
		s.pending = s.pending[over:]
		s.dropped += int64(over)
	}
	for h, c := range deltas {
		cur := s.deltas[h]
		cur.add(c)
		s.deltas[h] = cur
	}
}

// writeVerdicts stores vs (recipients last, rcptstore.go). A key
// already taken (seq starts again at every open: a second replay of an
// archive dated to the second gives the same times) takes the next
// sequence instead: replacing the stored verdict lost it.
func (s *Store) writeVerdicts(b *bolt.Bucket, vs []VerdictRecord) (int, error) {
	seq := s.seq
	for _, v := range vs {
		seq++
		raw, err := encodeVerdict(v)
		if err != nil {
			return 0, err
		}
		key := verdictKey(v.Time, seq)
		for b.Get(key) != nil {
			seq++
			key = verdictKey(v.Time, seq)
		}
		if err := b.Put(key, raw); err != nil {
			return 0, err
		}
	}
	s.seq = seq
	return len(vs), nil
}

func verdictKey(t time.Time, seq uint32) []byte {
	k := make([]byte, 12)
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano()))
	binary.BigEndian.PutUint32(k[8:], seq)
	return k
}

func addCounters(b *bolt.Bucket, deltas map[int64]Counters) error {
	for hour, d := range deltas {
		key := hourKey(hour)
		var c Counters
		if err := getJSON(b, string(key), &c); err != nil && err != ErrNotFound {
			return err
		}
		c.add(d)
		if err := putJSON(b, key, c); err != nil {
			return err
		}
	}
	return nil
}

func hourKey(unix int64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, uint64(unix))
	return k
}
