package baseline

import (
	"fmt"
	"slices"
	"strings"
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
	var arena []byte // Put keeps references until commit: never reuse
	for kd := range b.recs {
		bk := tx.Bucket(kinds[kd].bucket)
		for _, e := range sortedEntries(b.recs[kd], b.links[kd]) {
			start := len(arena)
			arena = append(arena, e.key...)
			key := arena[start:len(arena):len(arena)]
			var r rec
			if v := bk.Get(key); v != nil {
				r.decode(v, &kinds[kd])
			}
			if e.rec != nil {
				r.merge(e.rec, s.halfLife)
			} else {
				r.hdr.merge(&e.hdr, s.halfLife)
			}
			start = len(arena)
			arena = r.appendTo(arena, &kinds[kd])
			if err := bk.Put(key, arena[start:len(arena):len(arena)]); err != nil {
				return fmt.Errorf("%s: %w", kinds[kd].name, err)
			}
		}
	}
	if err := s.writeLinkNames(tx, b); err != nil {
		return err
	}
	return s.writeKnown(tx, b)
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

func (s *Store) writeKnown(tx *bolt.Tx, b *batch) error {
	bk := tx.Bucket(bucketKnown)
	today := dayOf(unixSecs(time.Now()))
	hlDays := s.halfLife / secondsPerDay
	for _, rcpt := range sortedKeys(b.known) {
		items := decodeKnown(bk.Get([]byte(rcpt)))
		items = mergeKnown(items, b.known[rcpt], today, hlDays, 2*s.opts.MaxKnown)
		if err := bk.Put([]byte(rcpt), encodeKnown(nil, items)); err != nil {
			return fmt.Errorf("known: %w", err)
		}
	}
	return nil
}

type entry struct {
	key string
	rec *rec // nil for a two-part record
	hdr hdr
}

// sortedEntries returns the records of m and links (one is empty) in key
// order (bbolt inserts fastest in order).
func sortedEntries(m map[string]*rec, links map[pairKey]hdr) []entry {
	es := make([]entry, 0, len(m)+len(links))
	for k, r := range m {
		es = append(es, entry{key: k, rec: r})
	}
	for k, h := range links {
		es = append(es, entry{key: string(k[:]), hdr: h})
	}
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	return es
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
