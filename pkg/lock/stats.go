package lock

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Hourly returns one Bucket per hour from the hour containing from up to the
// hour containing to, including hours without traffic. Queued (unflushed)
// counts are included.
func (s *Store) Hourly(from, to time.Time) ([]Bucket, error) {
	from, to = from.Truncate(time.Hour), to.Truncate(time.Hour)
	if to.Before(from) || to.Sub(from) > 24*400*time.Hour {
		return nil, fmt.Errorf("lock: hourly: bad range")
	}
	got := map[int64]Counters{}
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketStats).Cursor()
		for k, v := c.Seek(hourKey(from.Unix())); k != nil && int64(binary.BigEndian.Uint64(k)) <= to.Unix(); k, v = c.Next() {
			var cnt Counters
			if err := getJSONBytes(v, &cnt); err != nil {
				return err
			}
			got[int64(binary.BigEndian.Uint64(k))] = cnt
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lock: hourly: %w", err)
	}
	s.mu.Lock()
	for h, d := range s.deltas {
		c := got[h]
		c.add(d)
		got[h] = c
	}
	s.mu.Unlock()
	var out []Bucket
	for t := from; !t.After(to); t = t.Add(time.Hour) {
		out = append(out, Bucket{Start: t, Counters: got[t.Unix()]})
	}
	return out, nil
}

// Daily sums Hourly into days (UTC midnights, or loc's when loc is not nil).
func (s *Store) Daily(from, to time.Time, loc *time.Location) ([]Bucket, error) {
	if loc == nil {
		loc = time.UTC
	}
	from, to = midnight(from.In(loc)), midnight(to.In(loc))
	hours, err := s.Hourly(from, to.Add(24*time.Hour-time.Hour))
	if err != nil {
		return nil, err
	}
	var out []Bucket
	for _, h := range hours {
		day := midnight(h.Start.In(loc))
		if len(out) == 0 || !out[len(out)-1].Start.Equal(day) {
			out = append(out, Bucket{Start: day})
		}
		out[len(out)-1].add(h.Counters)
	}
	return out, nil
}

func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// VerdictFilter selects verdicts. Empty fields match everything.
type VerdictFilter struct {
	Action    string // the action taken, or in monitor mode the one that would have been
	Sender    string // address or domain
	Recipient string // address
	Limit     int    // default 100
}

// Verdicts returns matching verdicts, newest first. It flushes the queue
// first so the answer includes the latest messages.
func (s *Store) Verdicts(f VerdictFilter) ([]VerdictRecord, error) {
	return verdictsAs(s, f, same[VerdictRecord])
}

// verdictsAs returns the verdicts f selects, newest first, each as view
// makes it as it is read (the admin API's rcptNamer.verdict cuts its
// recipients, so a request holds no more of them than it answers),
// after flushing the queue.
func verdictsAs[V any](s *Store, f VerdictFilter, view func(VerdictRecord) V) ([]V, error) {
	if err := s.Flush(); err != nil {
		return nil, err
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	var out []V
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketVerdicts).Cursor()
		for k, v := c.Last(); k != nil && len(out) < f.Limit; k, v = c.Prev() {
			var r VerdictRecord
			if err := getJSONBytes(v, &r); err != nil {
				return err
			}
			if f.match(&r) {
				out = append(out, view(r))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lock: verdicts: %w", err)
	}
	return out, nil
}

// same is the view that keeps a record as it is.
func same[R any](r R) R { return r }

func (f VerdictFilter) match(v *VerdictRecord) bool {
	if f.Action != "" && v.Action != f.Action && v.Would != f.Action {
		return false
	}
	if f.Sender != "" && !senderMatches(v.Sender, f.Sender) {
		return false
	}
	return f.Recipient == "" || containsFold(v.Recipients, f.Recipient)
}
