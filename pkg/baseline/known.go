package baseline

import (
	"encoding/binary"
	"math"
	"sort"
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
func mergeKnown(items []knownItem, add map[string]*knownEntry, today uint16, halfLifeDays float64, keep int) []knownItem {
	for i := range items {
		if e := add[items[i].name]; e != nil {
			items[i].count += e.count
			items[i].day = max(items[i].day, e.day)
		}
	}
	scores := make(map[string]float64, len(items)+len(add))
	for _, it := range items {
		scores[it.name] = 0
	}
	for name, e := range add {
		if _, ok := scores[name]; !ok {
			items = append(items, knownItem{name: name, knownEntry: *e})
		}
	}
	for _, it := range items {
		age := float64(today) - float64(it.day)
		scores[it.name] = float64(it.count) * math.Exp2(-max(age, 0)/halfLifeDays)
	}
	sort.Slice(items, func(i, j int) bool {
		si, sj := scores[items[i].name], scores[items[j].name]
		if si != sj {
			return si > sj
		}
		return items[i].name < items[j].name
	})
	if len(items) > keep {
		items = items[:keep]
	}
	return items
}
