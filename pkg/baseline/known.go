package baseline

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strings"
)

// knownEntry is one domain in a recipient's bounded "known" list.
// Encoding, repeated: count uint32, day uint16 (days since epoch), len uint8, name.
type knownEntry struct {
	count uint32
	day   uint16
}

type knownItem struct {
	name string
	knownEntry
}

const knownFixed = 7

func dayOf(t uint32) uint16 { return uint16(t / secondsPerDay) }

// decodeKnown parses a stored list; names are substrings of one string.
func decodeKnown(v []byte) []knownItem { return appendKnown(nil, v) }

// appendKnown appends the entries of stored list v to items.
func appendKnown(items []knownItem, v []byte) []knownItem {
	all := string(v)
	for i := 0; i+knownFixed <= len(all); {
		n := int(all[i+6])
		if i+knownFixed+n > len(all) {
			break
		}
		items = append(items, knownItem{
			name: all[i+knownFixed : i+knownFixed+n],
			knownEntry: knownEntry{
				count: binary.BigEndian.Uint32(v[i:]),
				day:   binary.BigEndian.Uint16(v[i+4:]),
			},
		})
		i += knownFixed + n
	}
	return items
}

// knownNames returns the first n names of a stored (already ranked) list,
// all substrings of one allocation.
func knownNames(v []byte, n int) []string {
	if len(v) == 0 {
		return nil
	}
	all := string(v)
	out := make([]string, 0, n)
	for i := 0; i+knownFixed <= len(all) && len(out) < n; {
		l := int(all[i+6])
		if i+knownFixed+l > len(all) {
			break
		}
		out = append(out, all[i+knownFixed:i+knownFixed+l])
		i += knownFixed + l
	}
	return out
}

func encodeKnown(b []byte, items []knownItem) []byte {
	for _, it := range items {
		if len(it.name) > 255 {
			continue
		}
		b = binary.BigEndian.AppendUint32(b, it.count)
		b = binary.BigEndian.AppendUint16(b, it.day)
		b = append(b, byte(len(it.name)))
		b = append(b, it.name...)
	}
	return b
}

// mergeKnown adds pending counts to items, ranks by count decayed by age at
// day today, and keeps at most keep entries.
func mergeKnown(items []knownItem, add map[string]knownEntry, today uint16, halfLifeDays float64, keep int) []knownItem {
	var m knownMerger
	return m.merge(items, add, today, halfLifeDays, keep)
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
func (m *knownMerger) merge(items []knownItem, add map[string]knownEntry, today uint16, halfLifeDays float64, keep int) []knownItem {
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
	lastAge, lastDecay := math.NaN(), 0.0
	for i := range list {
		age := max(float64(today)-float64(list[i].day), 0)
		if age != lastAge { // most entries share a few days
			lastAge, lastDecay = age, math.Exp2(-age/halfLifeDays)
		}
		list[i].score = float64(list[i].count) * lastDecay
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

// knownSize is the encoded size of items (see encodeKnown).
func knownSize(items []knownItem) int {
	n := 0
	for _, it := range items {
		n += knownFixed + len(it.name)
	}
	return n
}
