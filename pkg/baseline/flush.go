package baseline

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Flush writes every pending observation in one bbolt Update. On failure
// the observations stay pending and a later Flush retries them.
func (s *Store) Flush() error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	return s.flush(func() {})
}

// makeRoom is Observe's back-pressure once MaxPending records are
// pending: while a flush is writing the previous batch it waits for that
// flush (whoever started the next one takes the full batch), else it
// starts writing the pending batch in the background.
func (s *Store) makeRoom() {
	for {
		s.mu.Lock()
		full, f := s.pending.keys >= s.opts.MaxPending, s.flushing
		s.mu.Unlock()
		if !full {
			return
		}
		if f == nil {
			s.flushBehind()
			return
		}
		<-f.done
	}
}

// flushBehind waits for a flush in progress, then starts writing the
// pending batch in the background and returns once the batch is taken:
// Observe goes on filling the next batch while this one is written.
func (s *Store) flushBehind() {
	s.flushMu.Lock()
	taken := make(chan struct{})
	go func() {
		defer s.flushMu.Unlock()
		s.report(s.flush(func() { close(taken) }))
	}()
	<-taken
}

// flush is Flush with flushMu held; taken is called once the pending
// batch is swapped out (or found empty).
func (s *Store) flush(taken func()) error {
	s.mu.Lock()
	b := s.pending
	if b.empty() {
		s.mu.Unlock()
		taken()
		return nil
	}
	s.pending, s.flushing = newBatch(), b
	b.done = make(chan struct{})
	s.mu.Unlock()
	taken()

	err := s.db.Update(func(tx *bolt.Tx) error {
		b.txid.Store(int64(tx.ID()))
		return s.write(tx, b)
	})

	s.mu.Lock()
	defer s.mu.Unlock()
	s.flushing = nil
	close(b.done)
	if err != nil {
		b.txid.Store(0)
		b.absorb(s.pending, s.halfLife)
		s.pending = b
		return fmt.Errorf("baseline: flush: %w", err)
	}
	return nil
}

// write merges batch b into the DB inside tx. A helper goroutine reads
// the stored records through a read transaction, merges and encodes them,
// while this goroutine Puts: the read tx sees exactly the state tx started
// from (writers are serialised, and a batch holds each key of a bucket
// once), so the result is what a Get in tx would give. The read tx ends
// before tx commits (a commit that grows the file waits for readers).
func (s *Store) write(tx *bolt.Tx, b *batch) error {
	rtx, err := s.db.Begin(false)
	if err != nil {
		return err
	}
	defer rtx.Rollback()
	ops, stop := make(chan []putOp, 4), make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ops)
		p := preparer{s: s, b: b, stop: stop, out: ops}
		p.run(rtx)
	}()
	defer wg.Wait()
	defer close(stop)
	var bks [numSlots]*bolt.Bucket
	for chunk := range ops {
		for _, op := range chunk {
			if bks[op.slot] == nil {
				bks[op.slot] = tx.Bucket(slotBucket(op.slot))
			}
			if err := bks[op.slot].Put(op.key, op.val); err != nil {
				return fmt.Errorf("%s: %w", slotBucket(op.slot), err)
			}
		}
	}
	return nil
}

// Slots: the record kinds, then the two other buckets a flush writes.
const (
	slotLinkNames = numKinds + iota
	slotKnown
	numSlots
)

func slotBucket(slot int) []byte {
	switch slot {
	case slotLinkNames:
		return bucketLinkNames
	case slotKnown:
		return bucketKnown
	}
	return kinds[slot].bucket
}

// putOp is one Put for the writing goroutine.
type putOp struct {
	slot     int
	key, val []byte
}

const putChunk = 1024 // ops per channel send

// maxRecord bounds an encoded record: flags, 7 varints (<= 10 bytes), decayed, two HLL sketches.
const maxRecord = 1 + 7*binary.MaxVarintLen64 + 4 + 2*(1+hllM)

// preparer computes the new value of every key a batch touches.
type preparer struct {
	s     *Store
	b     *batch
	stop  <-chan struct{}
	out   chan<- []putOp
	chunk []putOp
	cur   *bolt.Cursor // reused for reads: Bucket.Get allocates a cursor per call
	arena []byte       // Put keeps keys and values until commit: never reuse
}

// run emits the Puts of every bucket, in key order within each.
func (p *preparer) run(rtx *bolt.Tx) {
	ok := true
	for kd := 0; kd < numKinds && ok; kd++ {
		p.cur = rtx.Bucket(kinds[kd].bucket).Cursor()
		if twoPart(kd) {
			ok = p.links(kd)
		} else {
			ok = p.records(kd)
		}
	}
	if ok {
		p.cur = rtx.Bucket(bucketLinkNames).Cursor()
		ok = p.linkNames()
	}
	if ok {
		p.cur = rtx.Bucket(bucketKnown).Cursor()
		ok = p.known()
	}
	if ok && len(p.chunk) > 0 {
		p.send()
	}
}

func (p *preparer) links(kd int) bool {
	es := sortedLinks(p.b.links[kd])
	for i := range es {
		var r rec
		if v := p.get(es[i].key[:]); v != nil {
			r.decode(v, &kinds[kd])
		}
		r.hdr.merge(&es[i].hdr, p.s.halfLife)
		if !p.emit(kd, es[i].key[:], &r) {
			return false
		}
	}
	return true
}

func (p *preparer) records(kd int) bool {
	m := p.b.recs[kd]
	for _, key := range sortedKeys(m) {
		p.room(len(key) + maxRecord)
		k := p.bytes(key)
		var r rec
		if v := p.get(k); v != nil {
			r.decode(v, &kinds[kd])
		}
		r.merge(m[key], p.s.halfLife)
		if !p.emit(kd, k, &r) {
			return false
		}
	}
	return true
}

// emit queues the Put of record r under key.
func (p *preparer) emit(kd int, key []byte, r *rec) bool {
	p.room(maxRecord)
	start := len(p.arena)
	p.arena = r.appendTo(p.arena, &kinds[kd])
	return p.put(kd, key, p.arena[start:len(p.arena):len(p.arena)])
}

// linkNames adds the link domains not yet in the dictionary.
func (p *preparer) linkNames() bool {
	for _, id := range sortedKeys(p.b.linkNames) {
		name := p.b.linkNames[id]
		p.room(len(id) + len(name))
		if k := p.bytes(id); p.get(k) == nil && !p.put(slotLinkNames, k, p.bytes(name)) {
			return false
		}
	}
	return true
}

// known merges each touched recipient's known list.
func (p *preparer) known() bool {
	hlDays := p.s.halfLife / secondsPerDay
	var m knownMerger
	var items []knownItem
	for _, rcpt := range sortedKeys(p.b.known) {
		p.room(len(rcpt))
		key := p.bytes(rcpt)
		items = m.merge(appendKnown(items[:0], p.get(key)), p.b.known[rcpt], hlDays, 2*p.s.opts.MaxKnown)
		p.room(knownSize(items))
		start := len(p.arena)
		p.arena = encodeKnown(p.arena, items)
		if !p.put(slotKnown, key, p.arena[start:len(p.arena):len(p.arena)]) {
			return false
		}
	}
	return true
}

// get is Bucket.Get through the reused cursor.
func (p *preparer) get(key []byte) []byte {
	k, v := p.cur.Seek(key)
	if !bytes.Equal(k, key) {
		return nil
	}
	return v
}

// room makes sure the arena has n free bytes.
func (p *preparer) room(n int) {
	if cap(p.arena)-len(p.arena) < n {
		p.arena = make([]byte, 0, max(256<<10, n)) // a new chunk: earlier ones stay referenced
	}
}

// bytes copies s into the arena (call room first).
func (p *preparer) bytes(s string) []byte {
	start := len(p.arena)
	p.arena = append(p.arena, s...)
	return p.arena[start:len(p.arena):len(p.arena)]
}

// put queues one Put; false when the writer has stopped.
func (p *preparer) put(slot int, key, val []byte) bool {
	p.chunk = append(p.chunk, putOp{slot, key, val})
	if len(p.chunk) < putChunk {
		return true
	}
	return p.send()
}

func (p *preparer) send() bool {
	select {
	case p.out <- p.chunk:
		p.chunk = make([]putOp, 0, putChunk)
		return true
	case <-p.stop:
		return false
	}
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

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
