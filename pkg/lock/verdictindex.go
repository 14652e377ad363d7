package lock

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// The recipient index of the verdict log (lock/verdict-rcpts) answers
// GET /api/verdicts?recipient=X by a prefix walk over X's entries,
// newest first, instead of a scan of every verdict's recipients:
//
//	len(foldKey(addr)) (uvarint) + foldKey(addr) + verdict key (12 bytes) -> addr as stored
//
// Flush writes a verdict's entries with it (the first spelling of an
// address in its list), and pruneVerdicts deletes them with it. An
// older milterd writes and prunes verdicts without them; lock/meta's
// verdictIndexMark (the verdict log's first and last keys and length
// when this package last wrote it) tells NewStore so, and it rebuilds
// the index from the log.

var verdictIndexMark = []byte("verdict-rcpts")

// rcptIndexPrefix is the prefix of addr's entries.
func rcptIndexPrefix(addr string) []byte {
	fk := foldKey(addr)
	p := binary.AppendUvarint(make([]byte, 0, len(fk)+binary.MaxVarintLen64+12), uint64(len(fk)))
	return append(p, fk...)
}

// rcptEntries gathers recipient index entries and puts them in key
// order: bbolt splits the nodes a transaction grew only when it commits,
// so 300,000 entries put in address order (30 verdicts of 10,000
// readers) moved each node's tail for every one and took minutes.
type rcptEntries struct {
	keys, vals [][]byte
}

// add gathers the entries of the verdict stored at key.
func (e *rcptEntries) add(key []byte, rcpts []string) {
	seen := make(map[string]bool, len(rcpts))
	for _, a := range rcpts {
		k := append(rcptIndexPrefix(a), key...)
		if !seen[string(k)] { // the first spelling of an address
			seen[string(k)] = true
			e.keys, e.vals = append(e.keys, k), append(e.vals, []byte(a))
		}
	}
}

func (e *rcptEntries) Len() int           { return len(e.keys) }
func (e *rcptEntries) Less(i, j int) bool { return bytes.Compare(e.keys[i], e.keys[j]) < 0 }
func (e *rcptEntries) Swap(i, j int) {
	e.keys[i], e.keys[j] = e.keys[j], e.keys[i]
	e.vals[i], e.vals[j] = e.vals[j], e.vals[i]
}

// put stores the entries gathered, in key order, and forgets them.
func (e *rcptEntries) put(idx *bolt.Bucket) error {
	sort.Sort(e)
	for i, k := range e.keys {
		if err := idx.Put(k, e.vals[i]); err != nil {
			return err
		}
	}
	e.keys, e.vals = e.keys[:0], e.vals[:0]
	return nil
}

// unindexVerdict gathers the keys of the entries of the verdict stored
// at key as raw into dead.
func unindexVerdict(dead *rcptEntries, key, raw []byte) {
	var r struct {
		Recipients []string `json:"recipients"`
	}
	if json.Unmarshal(raw, &r) == nil { // a verdict that does not decode was never indexed
		dead.add(key, r.Recipients)
	}
}

// del deletes the entries gathered, in key order.
func (e *rcptEntries) del(idx *bolt.Bucket) error {
	sort.Sort(e)
	for _, k := range e.keys {
		if err := idx.Delete(k); err != nil {
			return err
		}
	}
	e.keys, e.vals = e.keys[:0], e.vals[:0]
	return nil
}

// verdictsTo calls each with the key of every verdict addressed to addr,
// newest first, and the address as that verdict stores it, until each
// says stop.
func verdictsTo(idx *bolt.Bucket, addr string, each func(key []byte, stored string) (stop bool, err error)) error {
	prefix := rcptIndexPrefix(addr)
	c := idx.Cursor()
	k, v := c.Seek(append(prefix, bytes.Repeat([]byte{0xff}, 13)...))
	if k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
		if len(k) != len(prefix)+12 {
			continue
		}
		stop, err := each(k[len(prefix):], string(v))
		if stop || err != nil {
			return err
		}
	}
	return nil
}

// verdictMark is the verdict log's fingerprint: its first and last keys
// and its length.
func verdictMark(b *bolt.Bucket, n int) []byte {
	c := b.Cursor()
	first, _ := c.First()
	last, _ := c.Last()
	m := make([]byte, 0, 32)
	m = append(append(m, first...), 0)
	m = append(append(m, last...), 0)
	return binary.BigEndian.AppendUint64(m, uint64(n))
}

// markVerdictIndex notes that the index covers the verdict log of n entries.
func markVerdictIndex(tx *bolt.Tx, n int) error {
	return tx.Bucket(bucketMeta).Put(verdictIndexMark, verdictMark(tx.Bucket(bucketVerdicts), n))
}

// checkVerdictIndex rebuilds the index when the log of n verdicts is not
// the one it was last written for (an older milterd wrote or pruned it,
// or it was never built).
func checkVerdictIndex(tx *bolt.Tx, n int) error {
	b := tx.Bucket(bucketVerdicts)
	if bytes.Equal(tx.Bucket(bucketMeta).Get(verdictIndexMark), verdictMark(b, n)) {
		return nil
	}
	if err := tx.DeleteBucket(bucketVerdictRcpts); err != nil {
		return err
	}
	idx, err := tx.CreateBucket(bucketVerdictRcpts)
	if err != nil {
		return err
	}
	// All the entries, then one put in key order: runs of them sorted
	// apart land in the middle of the nodes earlier runs grew, which
	// bbolt splits only at commit (20,000 verdicts of 100 readers, 2
	// million entries, took over 9 minutes in runs of 2^18; in one, 9 s
	// and 1 GB: the transaction holds the whole index).
	var e rcptEntries
	err = b.ForEach(func(k, v []byte) error {
		var r VerdictRecord
		if getJSONBytes(v, &r) == nil {
			e.add(k, r.Recipients)
		}
		return nil
	})
	if err == nil {
		err = e.put(idx)
	}
	if err != nil {
		return err
	}
	return markVerdictIndex(tx, n)
}
