package lock

import (
	"encoding/binary"
	"fmt"
	"strings"
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
	QueueID   string // the MTA's queue ID, exactly (space and a log line's colon aside)
	MessageID string // the Message-ID, angle brackets, surrounding space and a log line's "message-id=" aside
	Limit     int    // default 100
}

// Verdicts returns matching verdicts, newest first. It flushes the queue
// first so the answer includes the latest messages.
func (s *Store) Verdicts(f VerdictFilter) ([]VerdictRecord, error) {
	return verdictsAs(s, f, fullVerdict)
}

// verdictsAs returns the verdicts f selects, newest first, each as view
// makes it as it is read, after flushing the queue. view gets the
// verdict without its recipients when they are stored last
// (rcptstore.go) and reads those it names (the admin API's
// rcptNamer.verdict reads its first 100, so a request costs what it
// answers, not its messages' lists). A recipient filter scans the log
// from its newest end and reads each verdict's list (of one that passes
// the other filters) up to the address (storedRcpts.find).
func verdictsAs[V any](s *Store, f VerdictFilter, view func(VerdictRecord, storedRcpts) (V, error)) ([]V, error) {
	if err := s.Flush(); err != nil {
		return nil, err
	}
	if f.Limit <= 0 {
		f.Limit = 100
	}
	f, ok := f.bareIDs()
	if !ok {
		return nil, nil
	}
	var out []V
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketVerdicts).Cursor()
		for k, v := c.Last(); k != nil && len(out) < f.Limit; k, v = c.Prev() {
			item, ok, err := verdictItem(v, f, view)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, item)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lock: verdicts: %w", err)
	}
	return out, nil
}

// verdictItem is the verdict stored as raw as view makes it; ok false:
// f does not select it.
func verdictItem[V any](raw []byte, f VerdictFilter, view func(VerdictRecord, storedRcpts) (V, error)) (item V, ok bool, err error) {
	var r VerdictRecord
	rs, err := decodeRcptsLast(raw, &r, verdictRcpts)
	if err != nil || !f.match(&r) {
		return item, false, err
	}
	if f.Recipient != "" {
		if found, err := rs.find(f.Recipient); err != nil || !found {
			return item, false, err
		}
	}
	item, err = view(r, rs)
	return item, err == nil, err
}

// fullVerdict is the view that keeps a verdict with all its recipients.
func fullVerdict(v VerdictRecord, rs storedRcpts) (VerdictRecord, error) {
	if rs.array == nil {
		return v, nil
	}
	var err error
	v.Recipients, err = rs.first(rs.total)
	return v, err
}

// match: v, read without its recipients, has f's action, sender and IDs
// (f's made bare by bareIDs; its recipient is looked for by verdictItem).
func (f VerdictFilter) match(v *VerdictRecord) bool {
	if f.Action != "" && v.Action != f.Action && v.Would != f.Action {
		return false
	}
	if f.QueueID != "" && v.QueueID != f.QueueID {
		return false
	}
	if f.MessageID != "" && bareMessageID(v.MessageID) != f.MessageID {
		return false
	}
	return f.Sender == "" || senderMatches(v.Sender, f.Sender)
}

// bareIDs is f with its queue ID and Message-ID as they are stored,
// made so once rather than for each verdict match reads; ok false: one
// was given but is nothing once bare (":" or "<>"), so f selects nothing
// (not the verdicts stored without one).
func (f VerdictFilter) bareIDs() (VerdictFilter, bool) {
	q, m := bareQueueID(f.QueueID), bareMessageID(f.MessageID)
	ok := (q != "" || f.QueueID == "") && (m != "" || f.MessageID == "")
	f.QueueID, f.MessageID = q, m
	return f, ok
}

// bareMessageID is a Message-ID without its angle brackets and the space
// around it: an admin pastes it from a header with or without them, or
// from a mail log line ("message-id=<...>": what stands between them).
func bareMessageID(id string) string {
	if _, in, ok := strings.Cut(id, "<"); ok {
		id, _, _ = strings.Cut(in, ">")
	}
	id = strings.TrimSpace(id)
	return strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
}

// bareQueueID is a queue ID without the space around it and the colon
// that follows it in a mail log line ("4QaBc9: client=...").
func bareQueueID(id string) string {
	return strings.TrimSuffix(strings.TrimSpace(id), ":")
}
