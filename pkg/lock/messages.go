package lock

import (
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// messageRecord keeps what the lock records of one message share: its
// recipients, stored once instead of in each of its locks (a message to
// 10,000 readers with 2,000 locked links wrote 20 million addresses).
// Expires is the latest expiry of its locks: Prune deletes it with the
// last of them.
type messageRecord struct {
	Expires    time.Time `json:"expires"`
	Recipients []string  `json:"recipients"`
}

// shareGroup is one message record CreateLocks writes, and the records
// that refer to it.
type shareGroup struct {
	key  string
	msg  messageRecord
	recs []int
}

// shareRecipients moves the recipient lists of more than one address
// into message records: consecutive records with the same list (one
// message's locks; the journal hands them one slice) share one. It sets
// each such record's Msg and returns the message records to store.
func shareRecipients(recs []Record) ([]shareGroup, error) {
	var groups []shareGroup
	for i := range recs {
		r := &recs[i]
		r.Msg = "" // only the store names message records
		if len(r.Recipients) < 2 {
			continue
		}
		if n := len(groups); n > 0 && sameList(groups[n-1].msg.Recipients, r.Recipients) {
			g := &groups[n-1]
			g.recs = append(g.recs, i)
			g.msg.Expires = latest(g.msg.Expires, r.Expires)
			r.Msg = g.key
			continue
		}
		key, err := NewID()
		if err != nil {
			return nil, err
		}
		groups = append(groups, shareGroup{key: key, msg: messageRecord{Expires: r.Expires, Recipients: r.Recipients}, recs: []int{i}})
		r.Msg = key
	}
	return groups, nil
}

// sameList: a and b hold the same addresses in the same order; the same
// slice is recognised without comparing them.
func sameList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) > 0 && &a[0] == &b[0] {
		return true
	}
	return slices.Equal(a, b)
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func putMessages(tx *bolt.Tx, groups []shareGroup) error {
	b := tx.Bucket(bucketMessages)
	for _, g := range groups {
		if b.Get([]byte(g.key)) != nil {
			return fmt.Errorf("%w: duplicate message id", ErrBadRecord)
		}
		if err := putJSON(b, []byte(g.key), g.msg); err != nil {
			return err
		}
	}
	return nil
}

// rcptCache fills records' Recipients from their message records,
// reading each message record once per transaction, and answers whether
// a record is addressed to someone (has) with one map lookup in a set
// per message record instead of a scan of its list per record.
type rcptCache struct {
	b    *bolt.Bucket
	seen map[string]*msgRcpts
}

// msgRcpts is one message record's recipients as read, and the set of
// their foldKeys, built the first time has asks.
type msgRcpts struct {
	list []string
	set  map[string]struct{}
}

func newRcptCache(tx *bolt.Tx) *rcptCache {
	return &rcptCache{b: tx.Bucket(bucketMessages), seen: map[string]*msgRcpts{}}
}

// fill gives r its message's recipients. A record stored before message
// records keeps its own (Recipients inline, or the single Recipient of
// an older one); a missing message record leaves r with its inline
// first Recipient.
func (c *rcptCache) fill(r *Record) {
	if r.Msg == "" || len(r.Recipients) > 0 {
		return
	}
	r.Recipients = c.message(r.Msg).list
}

func (c *rcptCache) message(key string) *msgRcpts {
	m, ok := c.seen[key]
	if !ok {
		var rec messageRecord
		m = &msgRcpts{}
		if getJSON(c.b, key, &rec) == nil {
			m.list = rec.Recipients
		}
		c.seen[key] = m
	}
	return m
}

// has reports whether addr, in any case (as equalFold), is one of the
// recipients of r, a record filled by c: a lookup in its message
// record's set, built once per transaction, when r shares one; a scan
// of its own list otherwise (a record stored before message records).
func (c *rcptCache) has(r *Record, addr string) bool {
	if r.Msg == "" {
		return containsFold(r.AllRecipients(), addr)
	}
	m := c.message(r.Msg)
	if len(m.list) == 0 || !sameList(m.list, r.Recipients) {
		return containsFold(r.AllRecipients(), addr)
	}
	if m.set == nil {
		m.set = make(map[string]struct{}, len(m.list))
		for _, a := range m.list {
			m.set[foldKey(a)] = struct{}{}
		}
	}
	_, ok := m.set[foldKey(addr)]
	return ok
}

// pruneMessages deletes the message records in keys whose locks all
// expired before cutoff (so Prune deleted the last of them), and those
// that no longer decode.
func pruneMessages(tx *bolt.Tx, keys map[string]bool, cutoff time.Time) error {
	b := tx.Bucket(bucketMessages)
	for k := range keys {
		var m messageRecord
		err := getJSON(b, k, &m)
		if err == ErrNotFound || err == nil && !m.Expires.Before(cutoff) {
			continue
		}
		if err := b.Delete([]byte(k)); err != nil {
			return err
		}
	}
	return nil
}
