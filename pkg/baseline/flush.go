package baseline

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Flush writes every pending observation in one bbolt Update. On failure
// the observations stay pending and a later Flush retries them.
func (s *Store) Flush() error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	s.mu.Lock()
	b := s.pending
	if b.empty() {
		s.mu.Unlock()
		return nil
	}
	s.pending, s.flushing = newBatch(), b
	s.mu.Unlock()

	err := s.db.Update(func(tx *bolt.Tx) error {
		b.txid.Store(int64(tx.ID()))
		return s.write(tx, b)
	})

	s.mu.Lock()
	defer s.mu.Unlock()
	s.flushing = nil
	if err != nil {
		b.txid.Store(0)
		b.absorb(s.pending, s.halfLife)
		s.pending = b
		return fmt.Errorf("baseline: flush: %w", err)
	}
	return nil
}

// write merges batch b into the DB inside tx.
func (s *Store) write(tx *bolt.Tx, b *batch) error {
	w := writer{s: s, b: b}
	for kd := range b.recs {
		w.use(tx.Bucket(kinds[kd].bucket), kd)
		if twoPart(kd) {
			for _, e := range sortedLinks(b.links[kd]) {
				if err := w.put(e.key[:], func(r *rec) { r.hdr.merge(&e.hdr, s.halfLife) }); err != nil {
					return err
				}
			}
			continue
		}
		for _, key := range sortedKeys(b.recs[kd]) {
			pr := b.recs[kd][key]
			if err := w.put([]byte(key), func(r *rec) { r.merge(pr, s.halfLife) }); err != nil {
				return err
			}
		}
	}
	if err := s.writeLinkNames(tx, b); err != nil {
		return err
	}
	return s.writeKnown(tx, &w)
}

// maxRecord bounds an encoded record: flags, 7 varints (<= 10 bytes), decayed, two HLL sketches.
const maxRecord = 1 + 7*binary.MaxVarintLen64 + 4 + 2*(1+hllM)

// writer merges pending records into one bucket.
type writer struct {
	s     *Store
	b     *batch
	bk    *bolt.Bucket
	cur   *bolt.Cursor // reused for reads: Bucket.Get allocates a cursor per call
	kd    int
	arena []byte // Put keeps values until commit: never reuse
}

// use switches w to bucket kd (a kind, or -1 for another bucket).
func (w *writer) use(bk *bolt.Bucket, kd int) {
	w.bk, w.cur, w.kd = bk, bk.Cursor(), kd
}

// get is Bucket.Get through the reused cursor (Seek starts from the root,
// so Puts in between do not invalidate it).
func (w *writer) get(key []byte) []byte {
	k, v := w.cur.Seek(key)
	if !bytes.Equal(k, key) {
		return nil
	}
	return v
}

// room returns the arena with at least n free bytes.
func (w *writer) room(n int) {
	if cap(w.arena)-len(w.arena) < n {
		w.arena = make([]byte, 0, max(256<<10, n)) // a new chunk: earlier ones stay referenced
	}
}

// put reads key's record, applies merge and writes it back. bbolt copies
// the key; the value must stay untouched until commit, so it lives in the arena.
func (w *writer) put(key []byte, merge func(*rec)) error {
	var r rec
	if v := w.get(key); v != nil {
		r.decode(v, &kinds[w.kd])
	}
	merge(&r)
	w.room(maxRecord)
	start := len(w.arena)
	w.arena = r.appendTo(w.arena, &kinds[w.kd])
	if err := w.bk.Put(key, w.arena[start:len(w.arena):len(w.arena)]); err != nil {
		return fmt.Errorf("%s: %w", kinds[w.kd].name, err)
	}
	return nil
}

type linkEntry struct {
	key pairKey
	hdr hdr
}

// sortedLinks returns the two-part records in key order (bbolt inserts
// fastest in order).
func sortedLinks(m map[pairKey]hdr) []linkEntry {
	es := make([]linkEntry, 0, len(m))
	for k, h := range m {
		es = append(es, linkEntry{k, h})
	}
	slices.SortFunc(es, func(a, b linkEntry) int {
		if c := cmp.Compare(binary.BigEndian.Uint64(a.key[:]), binary.BigEndian.Uint64(b.key[:])); c != 0 {
			return c
		}
		return cmp.Compare(binary.BigEndian.Uint64(a.key[idLen:]), binary.BigEndian.Uint64(b.key[idLen:]))
	})
	return es
}

// writeLinkNames adds the link domains not yet in the dictionary.
func (s *Store) writeLinkNames(tx *bolt.Tx, b *batch) error {
	bk := tx.Bucket(bucketLinkNames)
	for _, id := range sortedKeys(b.linkNames) {
		if bk.Get([]byte(id)) != nil {
			continue
		}
		if err := bk.Put([]byte(id), []byte(b.linkNames[id])); err != nil {
			return fmt.Errorf("link names: %w", err)
		}
	}
	return nil
}

func (s *Store) writeKnown(tx *bolt.Tx, w *writer) error {
	bk := tx.Bucket(bucketKnown)
	w.use(bk, -1)
	today := dayOf(unixSecs(time.Now()))
	hlDays := s.halfLife / secondsPerDay
	var m knownMerger
	var items []knownItem
	for _, rcpt := range sortedKeys(w.b.known) {
		key := []byte(rcpt)
		items = m.merge(appendKnown(items[:0], w.get(key)), w.b.known[rcpt], today, hlDays, 2*s.opts.MaxKnown)
		w.room(knownSize(items))
		start := len(w.arena)
		w.arena = encodeKnown(w.arena, items)
		if err := bk.Put(key, w.arena[start:len(w.arena):len(w.arena)]); err != nil {
			return fmt.Errorf("known: %w", err)
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
