package baseline

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strings"
)

// knownEntry is one domain in a recipient's bounded "known" list.
type knownEntry struct {
	count uint32
	day   uint16 // days since the Unix epoch
}

type knownItem struct {
	name string
	knownEntry
}

// Known-list encoding (schema 4): uvarint newest day of the list, then per
// entry (in rank order) uvarint count, uvarint newest day - day, a length
// byte and the name. An entry of a 15-byte name usually takes 18 bytes, so
// a full list (2 × MaxKnown = 100 entries) stays under half a page and two
// lists share a leaf page instead of spilling to an overflow page.

func dayOf(t uint32) uint16 { return uint16(t / secondsPerDay) }

// knownScanner walks an encoded list; names are substrings of all.
type knownScanner struct {
	all    string
	newest uint64
	vr     varintReader
}

func newKnownScanner(v []byte) knownScanner {
	k := knownScanner{all: string(v), vr: varintReader{b: v, ok: len(v) > 0}}
	k.newest = k.vr.next(math.MaxUint16)
	return k
}

// next returns the next entry; ok is false at the end or on malformed data.
func (k *knownScanner) next() (it knownItem, ok bool) {
	count := k.vr.next(math.MaxUint32)
	age := k.vr.next(k.newest)
	if !k.vr.ok || len(k.vr.b) < 1 || len(k.vr.b) < 1+int(k.vr.b[0]) {
		return it, false
	}
	n := int(k.vr.b[0])
	off := len(k.all) - len(k.vr.b) + 1
	k.vr.b = k.vr.b[1+n:]
	it.name = k.all[off : off+n]
	it.count, it.day = uint32(count), uint16(k.newest-age)
	return it, true
}

// decodeKnown parses a stored list; names are substrings of one string.
func decodeKnown(v []byte) []knownItem { return appendKnown(nil, v) }

// appendKnown appends the entries of stored list v to items.
func appendKnown(items []knownItem, v []byte) []knownItem {
	k := newKnownScanner(v)
	for it, ok := k.next(); ok; it, ok = k.next() {
		items = append(items, it)
	}
	return items
}

// knownNames returns the first n names of a stored (already ranked) list,
// all substrings of one allocation.
func knownNames(v []byte, n int) []string {
	if len(v) == 0 {
		return nil
	}
	out := make([]string, 0, n)
	k := newKnownScanner(v)
	for it, ok := k.next(); ok && len(out) < n; it, ok = k.next() {
		out = append(out, it.name)
	}
	return out
}

// encodeKnown appends the encoding of items (nothing when there is none);
// names longer than 255 bytes are left out.
func encodeKnown(b []byte, items []knownItem) []byte {
	var newest uint16
	for _, it := range items {
		newest = max(newest, it.day)
	}
	if len(items) == 0 {
		return b
	}
	b = binary.AppendUvarint(b, uint64(newest))
	for _, it := range items {
		if len(it.name) > 255 {
			continue
		}
		b = binary.AppendUvarint(b, uint64(it.count))
		b = binary.AppendUvarint(b, uint64(newest-it.day))
		b = append(b, byte(len(it.name)))
		b = append(b, it.name...)
	}
	return b
}

// mergeKnown adds pending counts to items, ranks by count decayed by age,
// and keeps at most keep entries.
//
// The rank of an entry is log2(count) + day/halfLifeDays, the log of its
// count decayed to any common day: the order is the same as ranking by
// count × 2^(−age/half-life) on any day, but as a fixed function of the
// entry it does not depend on the day it is computed on nor on which
// entries are ranked together, so a list ranked with pending entries at a
// lookup and the same list ranked by a flush come out in the same order.
// Equal ranks go by name.
func mergeKnown(items []knownItem, add map[string]knownEntry, halfLifeDays float64, keep int) []knownItem {
	var m knownMerger
	return m.merge(items, add, halfLifeDays, keep)
}

// log2Small caches log2 of the small counts most entries have.
var log2Small = func() (t [256]float64) {
	for i := 1; i < len(t); i++ {
		t[i] = math.Log2(float64(i))
	}
	t[0] = math.Inf(-1)
	return t
}()

func log2Count(n uint32) float64 {
	if n < uint32(len(log2Small)) {
		return log2Small[n]
	}
	return math.Log2(float64(n))
}

// knownMerger merges known lists with scratch space reused across calls.
type knownMerger struct {
	list []scoredKnown
	pos  map[string]int // name -> index in list
}

type scoredKnown struct {
	knownItem
	score float64
}

// merge is mergeKnown; the result reuses items' backing array.
func (m *knownMerger) merge(items []knownItem, add map[string]knownEntry, halfLifeDays float64, keep int) []knownItem {
	if m.pos == nil {
		m.pos = make(map[string]int, len(items))
	}
	clear(m.pos)
	list := m.list[:0]
	for _, it := range items {
		m.pos[it.name] = len(list)
		list = append(list, scoredKnown{knownItem: it})
	}
	for name, e := range add {
		if i, ok := m.pos[name]; ok {
			list[i].count += e.count
			list[i].day = max(list[i].day, e.day)
			continue
		}
		list = append(list, scoredKnown{knownItem: knownItem{name: name, knownEntry: e}})
	}
	lastDay, lastTerm := -1, 0.0
	for i := range list {
		if d := int(list[i].day); d != lastDay { // most entries share a few days
			lastDay, lastTerm = d, float64(d)/halfLifeDays
		}
		list[i].score = log2Count(list[i].count) + lastTerm
	}
	slices.SortFunc(list, func(a, b scoredKnown) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	items = items[:0]
	for _, e := range list[:min(len(list), keep)] {
		items = append(items, e.knownItem)
	}
	m.list = list[:0]
	return items
}

// knownSize bounds the encoded size of items (see encodeKnown).
func knownSize(items []knownItem) int {
	n := binary.MaxVarintLen16
	for _, it := range items {
		n += binary.MaxVarintLen32 + binary.MaxVarintLen16 + 1 + len(it.name)
	}
	return n
}
