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
func decodeKnown(v []byte) []knownItem {
	all := string(v)
	var items []knownItem
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
	type scored struct {
		knownItem
		score float64
	}
	list := make([]scored, 0, len(items)+len(add))
	have := make(map[string]struct{}, len(items))
	for _, it := range items {
		if e, ok := add[it.name]; ok {
			it.count += e.count
			it.day = max(it.day, e.day)
		}
		have[it.name] = struct{}{}
		list = append(list, scored{knownItem: it})
	}
	for name, e := range add {
		if _, ok := have[name]; !ok {
			list = append(list, scored{knownItem: knownItem{name: name, knownEntry: e}})
		}
	}
	for i := range list {
		age := float64(today) - float64(list[i].day)
		list[i].score = float64(list[i].count) * math.Exp2(-max(age, 0)/halfLifeDays)
	}
	slices.SortFunc(list, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	items = items[:0]
	for _, e := range list[:min(len(list), keep)] {
		items = append(items, e.knownItem)
	}
	return items
}
