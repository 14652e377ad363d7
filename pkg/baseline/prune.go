package baseline

import (
	"bytes"
	"context"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Prune deletes records last seen before now - Retention, and known-list
// entries older than that, in transactions of Options.PruneBatch keys so
// flushes and lookups interleave. It returns the number of keys removed.
func (s *Store) Prune(now time.Time) (removed int, err error) {
	return s.prune(context.Background(), now)
}

func (s *Store) prune(ctx context.Context, now time.Time) (int, error) {
	cutoff := unixSecs(now.Add(-s.opts.Retention))
	total := 0
	for kd := range kinds {
		cut := cutoff
		if kd == kThread {
			cut = unixSecs(now.Add(-s.opts.ThreadRetention))
		}
		n, err := s.pruneBucket(ctx, kinds[kd].bucket, func(_ *bolt.Tx, _, v []byte) ([]byte, bool) {
			return nil, lastOf(v) < cut
		})
		total += n
		if err != nil {
			return total, fmt.Errorf("baseline: prune %s: %w", kinds[kd].name, err)
		}
	}
	cutDay := dayOf(cutoff)
	n, err := s.pruneBucket(ctx, bucketKnown, func(_ *bolt.Tx, _, v []byte) ([]byte, bool) {
		return pruneKnown(v, cutDay)
	})
	total += n
	if err != nil {
		return total, fmt.Errorf("baseline: prune known: %w", err)
	}
	// A two-part link record is only written with its domain's record, so
	// a link domain whose record is gone has no link records left either.
	// The dictionary is not counted: it holds names, not records.
	_, err = s.pruneBucket(ctx, bucketLinkNames, func(tx *bolt.Tx, _, v []byte) ([]byte, bool) {
		return nil, tx.Bucket(kinds[kDomain].bucket).Get(v) == nil
	})
	if err != nil {
		return total, fmt.Errorf("baseline: prune link names: %w", err)
	}
	return total, nil
}

// pruneKnown drops entries older than cutDay; it returns the new value (nil
// if unchanged) and whether the whole record should go.
func pruneKnown(v []byte, cutDay uint16) ([]byte, bool) {
	items := decodeKnown(v)
	kept := items[:0]
	for _, it := range items {
		if it.day >= cutDay {
			kept = append(kept, it)
		}
	}
	if len(kept) == 0 {
		return nil, true
	}
	if len(kept) == len(items) {
		return nil, false
	}
	return encodeKnown(nil, kept), false
}

// pruneBucket walks a bucket in chunks; doomed returns a replacement value
// or true to delete the key.
func (s *Store) pruneBucket(ctx context.Context, name []byte, doomed func(tx *bolt.Tx, k, v []byte) ([]byte, bool)) (int, error) {
	removed := 0
	var from []byte
	for {
		if err := ctx.Err(); err != nil {
			return removed, err
		}
		var next []byte
		err := s.db.Update(func(tx *bolt.Tx) error {
			n, nx, err := s.pruneChunk(tx.Bucket(name), from, func(k, v []byte) ([]byte, bool) { return doomed(tx, k, v) })
			removed += n
			next = nx
			return err
		})
		if err != nil || next == nil {
			return removed, err
		}
		from = next
	}
}

func (s *Store) pruneChunk(b *bolt.Bucket, from []byte, doomed func(k, v []byte) ([]byte, bool)) (int, []byte, error) {
	type put struct{ k, v []byte }
	var dels [][]byte
	var puts []put
	c := b.Cursor()
	k, v := c.First()
	if from != nil {
		k, v = c.Seek(from)
	}
	for i := 0; k != nil && i < s.opts.PruneBatch; i++ {
		if nv, del := doomed(k, v); del {
			dels = append(dels, bytes.Clone(k))
		} else if nv != nil {
			puts = append(puts, put{bytes.Clone(k), nv})
		}
		k, v = c.Next()
	}
	next := bytes.Clone(k)
	for _, d := range dels {
		if err := b.Delete(d); err != nil {
			return 0, nil, err
		}
	}
	for _, p := range puts {
		if err := b.Put(p.k, p.v); err != nil {
			return 0, nil, err
		}
	}
	return len(dels), next, nil
}
