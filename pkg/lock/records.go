package lock

import (
	"context"
	"encoding/binary"
	"fmt"
	"net/url"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// Limits on what one record may hold.
const (
	maxURLLen      = 8192
	maxRequests    = 20
	maxRequestNote = 500
)

// CreateLocks stores the records of one message in one transaction and
// returns their IDs, in order. Records without an ID get a fresh one; a zero
// Created becomes now and a zero Expires becomes Created+LockTTL. A list
// of more than one recipient is stored once, in a message record that
// consecutive records with the same list share (shareRecipients), so the
// cost grows with recipients plus links, not their product. When it
// returns nil the records are durable.
func (s *Store) CreateLocks(ctx context.Context, recs []Record) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lock: create: %w", err)
	}
	prepared, err := s.prepare(recs)
	if err != nil {
		return nil, err
	}
	shared, err := shareRecipients(prepared)
	if err != nil {
		return nil, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := putMessages(tx, shared); err != nil {
			return err
		}
		for i := range prepared {
			if err := putRecord(tx, &prepared[i], true); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lock: create: %w", err)
	}
	ids := make([]string, len(prepared))
	for i := range prepared {
		ids[i] = prepared[i].ID
	}
	return ids, nil
}

func (s *Store) prepare(recs []Record) ([]Record, error) {
	now := s.now()
	out := make([]Record, len(recs))
	for i, r := range recs {
		cutURL(&r)
		if err := checkRecord(&r); err != nil {
			return nil, err
		}
		if r.ID == "" {
			id, err := NewID()
			if err != nil {
				return nil, err
			}
			r.ID = id
		}
		if r.Created.IsZero() {
			r.Created = now
		}
		if r.Expires.IsZero() {
			r.Expires = r.Created.Add(s.opts.LockTTL)
		}
		out[i] = r
	}
	return out, nil
}

// cutURL keeps the first maxURLLen bytes of a longer destination (at a
// character boundary), marks the record Truncated and makes it hard: the
// link is still locked and explained, and nobody is sent to half an address.
func cutURL(r *Record) {
	if len(r.URL) <= maxURLLen {
		return
	}
	n := maxURLLen
	for n > 0 && !utf8.RuneStart(r.URL[n]) {
		n--
	}
	r.URL, r.Truncated, r.Level = r.URL[:n], true, LevelHard
}

func checkRecord(r *Record) error {
	if r.ID != "" && !ValidID(r.ID) {
		return fmt.Errorf("%w: id %q", ErrBadRecord, r.ID)
	}
	if !r.Level.Valid() {
		return fmt.Errorf("%w: level %q", ErrBadRecord, r.Level)
	}
	if r.URL == "" || len(r.URL) > maxURLLen {
		return fmt.Errorf("%w: url length %d", ErrBadRecord, len(r.URL))
	}
	return nil
}

func putRecord(tx *bolt.Tx, r *Record, isNew bool) error {
	recs := tx.Bucket(bucketRecords)
	if isNew {
		if recs.Get([]byte(r.ID)) != nil {
			return fmt.Errorf("%w: duplicate id", ErrBadRecord)
		}
		if err := tx.Bucket(bucketByTime).Put(timeIDKey(r.Created, r.ID), nil); err != nil {
			return err
		}
	}
	if r.Msg == "" {
		return putJSON(recs, []byte(r.ID), r)
	}
	stored := *r
	stored.Recipients = nil // kept by the message record
	return putJSON(recs, []byte(r.ID), &stored)
}

func timeIDKey(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano()))
	return append(k, id...)
}

// Get returns the record for id, expired or not.
func (s *Store) Get(id string) (*Record, error) {
	if !ValidID(id) {
		return nil, ErrBadID
	}
	var r Record
	err := s.db.View(func(tx *bolt.Tx) error {
		if err := getJSON(tx.Bucket(bucketRecords), id, &r); err != nil {
			return err
		}
		newRcptCache(tx).fill(&r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// update applies fn to the record for id in one write transaction.
func (s *Store) update(id string, fn func(r *Record) error) (*Record, error) {
	if !ValidID(id) {
		return nil, ErrBadID
	}
	var r Record
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := getJSON(tx.Bucket(bucketRecords), id, &r); err != nil {
			return err
		}
		if err := fn(&r); err != nil {
			return err
		}
		if err := putRecord(tx, &r, false); err != nil {
			return err
		}
		newRcptCache(tx).fill(&r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// Click records a visit to the lock page and returns the record. Unknown and
// expired IDs give ErrNotFound and ErrExpired.
func (s *Store) Click(id string) (*Record, error) {
	now := s.now()
	return s.update(id, func(r *Record) error {
		if r.Expired(now) {
			return ErrExpired
		}
		r.Clicks++
		r.LastClicks = append(r.LastClicks, now)
		if over := len(r.LastClicks) - s.opts.MaxClickTimes; over > 0 {
			r.LastClicks = r.LastClicks[over:]
		}
		return nil
	})
}

// Continue records that the reader went through and returns the record, whose
// URL is the only place the reader may be sent. It fails with
// ErrNotAllowed unless the record is warn-level or released.
func (s *Store) Continue(id string) (*Record, error) {
	now := s.now()
	return s.update(id, func(r *Record) error {
		if r.Expired(now) {
			return ErrExpired
		}
		if !r.Passable() {
			return ErrNotAllowed
		}
		r.Continues++
		return nil
	})
}

// Request records a reader's request for access to a lock-level link.
func (s *Store) Request(id, note string) (*Record, error) {
	now := s.now()
	if len(note) > maxRequestNote {
		note = note[:maxRequestNote]
	}
	return s.update(id, func(r *Record) error {
		if r.Expired(now) {
			return ErrExpired
		}
		if r.Level != LevelLock || r.Released {
			return ErrNotAllowed
		}
		if len(r.Requests) >= maxRequests {
			return nil
		}
		r.Requests = append(r.Requests, AccessRequest{Time: now, Note: note})
		return nil
	})
}

// Release lets readers through a lock, whatever its level.
// It refuses a record whose destination was cut (Truncated): nobody can
// be sent to half an address. first reports whether this is the record's
// first release, the only one that should teach the baseline (a relock
// does not unlearn, and releasing again must not count twice).
func (s *Store) Release(id, by string) (rec *Record, first bool, err error) {
	now := s.now()
	rec, err = s.update(id, func(r *Record) error {
		if r.Truncated {
			return fmt.Errorf("%w: the destination is longer than milterd keeps, so nobody can be sent to it", ErrNotAllowed)
		}
		first = !r.Taught
		r.Released, r.ReleasedAt, r.ReleasedBy, r.Taught = true, now, by, true
		return nil
	})
	return rec, first, err
}

// TrustReply records that an admin's release trusted the lock's kept
// Reply-To address. trusted reports whether this call did so (false: the
// record keeps none, or a release trusted it before), which is when the
// address is to be taught.
func (s *Store) TrustReply(id string) (rec *Record, trusted bool, err error) {
	now := s.now()
	rec, err = s.update(id, func(r *Record) error {
		trusted = r.ReplyTo != "" && r.ReplyTrustedAt.IsZero()
		if trusted {
			r.ReplyTrustedAt = now
		}
		return nil
	})
	return rec, trusted, err
}

// Relock locks a released link again. What its release taught the
// baseline stays learned (Taught).
func (s *Store) Relock(id string) (*Record, error) {
	return s.update(id, func(r *Record) error {
		r.Released, r.ReleasedAt, r.ReleasedBy = false, time.Time{}, ""
		return nil
	})
}

// LockFilter selects records for ListLocks. Empty fields match everything.
type LockFilter struct {
	Sender    string
	Recipient string
	Domain    string // matched against the URL's host (suffix)
	Requested bool   // only records with access requests, not yet released
	Limit     int    // default 100
}

// ListLocks returns matching records, newest first.
func (s *Store) ListLocks(f LockFilter) ([]Record, error) {
	if f.Limit <= 0 {
		f.Limit = 100
	}
	var out []Record
	err := s.db.View(func(tx *bolt.Tx) error {
		recs, rcpts := tx.Bucket(bucketRecords), newRcptCache(tx)
		c := tx.Bucket(bucketByTime).Cursor()
		for k, _ := c.Last(); k != nil && len(out) < f.Limit; k, _ = c.Prev() {
			var r Record
			if len(k) <= 8 || getJSON(recs, string(k[8:]), &r) != nil {
				continue
			}
			rcpts.fill(&r)
			if f.match(&r, rcpts) {
				out = append(out, r)
			}
		}
		return nil
	})
	return out, err
}

// match: r, filled by rcpts, is one f selects. The recipient is looked
// up in its message record's set (rcptCache.has), so filtering the 100
// locks of a message to 10,000 readers reads the list once, not 100 times.
func (f LockFilter) match(r *Record, rcpts *rcptCache) bool {
	if f.Sender != "" && !equalFold(r.Sender, f.Sender) {
		return false
	}
	if f.Recipient != "" && !rcpts.has(r, f.Recipient) {
		return false
	}
	if f.Requested && (len(r.Requests) == 0 || r.Released) {
		return false
	}
	return f.Domain == "" || hostMatches(urlHost(r.URL), f.Domain)
}

func urlHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
