package baseline

import (
	"slices"
	"sync/atomic"
)

// batch is a set of aggregated, not yet written observations.
type batch struct {
	recs      [numKinds]map[string]*rec        // one-part kinds
	links     [numKinds]map[pairKey]hdr        // two-part kinds (pointer-free)
	known     map[string]map[string]knownEntry // stored recipient key -> domain
	linkNames map[string]string                // id -> link domain, for the dictionary
	threads   map[string][]string              // id(Message-ID) -> ids of its senders in links[kThread]
	n         int                              // observations
	keys      int                              // records (for back-pressure)
	txid      atomic.Int64                     // id of the writing tx, 0 before
	done      chan struct{}                    // closed when its flush ends (set when it starts)
}

func newBatch() *batch {
	b := &batch{known: map[string]map[string]knownEntry{}, linkNames: map[string]string{}, threads: map[string][]string{}}
	for i := range b.recs {
		if twoPart(i) {
			b.links[i] = map[pairKey]hdr{}
		} else {
			b.recs[i] = map[string]*rec{}
		}
	}
	return b
}

func (b *batch) empty() bool { return b.n == 0 }

// get returns the pending record for key, creating it.
func (b *batch) get(k int, key string) *rec {
	r := b.recs[k][key]
	if r == nil {
		r = &rec{}
		b.recs[k][key] = r
		b.keys++
	}
	return r
}

// pairKey is a two-part key: two ids.
type pairKey [2 * idLen]byte

func twoPart(kd int) bool { return kd >= kPair }

func mkPair(a, b string) (k pairKey) {
	copy(k[:idLen], a)
	copy(k[idLen:], b)
	return k
}

// link applies f to the pending two-part record for key, creating it.
func (b *batch) link(kd int, key pairKey, f func(*hdr)) {
	h, ok := b.links[kd][key]
	if !ok {
		b.keys++
	}
	f(&h)
	b.links[kd][key] = h
}

// thread records one sighting of a message with id tid from the sender
// with id sid (each "" for none), indexed so a lookup by Message-ID alone
// finds it (threadKeys).
func (b *batch) thread(tid, sid string, f func(*hdr)) {
	if !slices.Contains(b.threads[tid], sid) {
		b.threads[tid] = append(b.threads[tid], sid)
	}
	b.link(kThread, mkPair(tid, sid), f)
}

func (b *batch) addKnown(rcpt, dom string, day uint16, n uint32) {
	if dom == "" {
		return
	}
	m := b.known[rcpt]
	if m == nil {
		m = map[string]knownEntry{}
		b.known[rcpt] = m
	}
	e := m[dom]
	e.count += n
	e.day = max(e.day, day)
	m[dom] = e
}

// absorb folds o (newer or older, order does not matter) into b.
func (b *batch) absorb(o *batch, halfLife float64) {
	for k := range o.recs {
		for key, r := range o.recs[k] {
			b.get(k, key).merge(r, halfLife)
		}
		for key, h := range o.links[k] {
			b.link(k, key, func(r *hdr) { r.merge(&h, halfLife) })
		}
	}
	for rcpt, m := range o.known {
		for dom, e := range m {
			b.addKnown(rcpt, dom, e.day, e.count)
		}
	}
	for id, d := range o.linkNames {
		b.linkNames[id] = d
	}
	b.n += o.n
}
