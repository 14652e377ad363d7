package baseline

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"testing"
	"time"
)

func TestSketchCount(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		exact  bool
		maxErr float64
	}{
		{"empty", 0, true, 0},
		{"one", 1, true, 0},
		{"two", 2, true, 0},
		{"cap", exactCap, true, 0},
		{"just over cap", exactCap + 1, false, 0.5},
		{"hundred", 100, false, 0.35},
		{"ten thousand", 10000, false, 0.35},
	}
	for _, tc := range tests {
		var s sketch
		for i := 0; i < tc.n; i++ {
			s.add(fingerprint([]byte(fmt.Sprintf("member-%d", i))))
			s.add(fingerprint([]byte(fmt.Sprintf("member-%d", i)))) // duplicates do not count
		}
		got := s.count()
		if tc.exact && got != tc.n {
			t.Errorf("%s: count = %d, want exactly %d", tc.name, got, tc.n)
		}
		if rel := math.Abs(float64(got-tc.n)) / math.Max(1, float64(tc.n)); rel > tc.maxErr {
			t.Errorf("%s: count = %d, want %d ± %.0f%%", tc.name, got, tc.n, tc.maxErr*100)
		}
		var d sketch
		if _, ok := d.decode(s.appendTo(nil)); !ok || d.count() != got {
			t.Errorf("%s: round trip count = %d (ok %v), want %d", tc.name, d.count(), ok, got)
		}
	}
}

func TestRecordMergeOrderIndependent(t *testing.T) {
	hl := (90 * 24 * time.Hour).Seconds()
	base := uint32(time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC).Unix())
	times := []uint32{base, base + 3600, base + 2*secondsPerDay, base + 5*secondsPerDay + 10, base + secondsPerDay}
	var serial rec
	for i, tm := range times {
		serial.addInbound(tm, hl, i == 1)
	}
	var a, b rec
	for i, tm := range times {
		if i%2 == 0 {
			a.addInbound(tm, hl, false)
		} else {
			b.addInbound(tm, hl, i == 1)
		}
	}
	b.addOutbound(base+secondsPerDay, hl)
	b.merge(&a, hl)
	if b.days != 4 || b.total != 5 || b.out != 1 || b.vouched != 1 || b.first != base || b.last != times[3] {
		t.Errorf("merged = %+v, want 4 days, 5 messages, 1 outbound, 1 vouched", b)
	}
	if serial.days != 4 || math.Abs(float64(serial.decayed-b.decayed)) > 1e-4 {
		t.Errorf("serial days %d decayed %v, merged decayed %v", serial.days, serial.decayed, b.decayed)
	}
	k := &kinds[kDomain]
	var d rec
	if !d.decode(b.appendTo(nil, k), k) || !bytes.Equal(d.appendTo(nil, k), b.appendTo(nil, k)) {
		t.Errorf("round trip changed the record")
	}
}

func FuzzDecodeRecord(f *testing.F) {
	var r rec
	r.addInbound(1_800_000_000, 1e6, true)
	sketchOf(&r.senders).add(1)
	for i := 0; i < 20; i++ {
		sketchOf(&r.recipients).add(uint32(i * 7919))
	}
	f.Add(r.appendTo(nil, &kinds[kDomain]))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, v []byte) {
		for i := range kinds {
			var r rec
			if r.decode(v, &kinds[i]) {
				var r2 rec
				if !r2.decode(r.appendTo(nil, &kinds[i]), &kinds[i]) {
					t.Fatalf("re-encoded record does not decode")
				}
				r.stat(2_000_000_000, 1e6)
			}
		}
	})
}

func FuzzDecodeKnown(f *testing.F) {
	f.Add(encodeKnown(nil, []knownItem{{name: "a.test", knownEntry: knownEntry{3, 100}}, {name: "b.test"}}))
	f.Add(encodeKnown(nil, []knownItem{{name: "x.test", knownEntry: knownEntry{1 << 31, 65535}}, {name: "", knownEntry: knownEntry{0, 0}}}))
	f.Fuzz(func(t *testing.T, v []byte) {
		items := decodeKnown(v)
		names := knownNames(v, 1000) // the first 1000 names at most
		if want := min(len(items), 1000); len(names) != want {
			t.Fatalf("knownNames %d, want %d of decodeKnown's %d", len(names), want, len(items))
		}
		for i, n := range names {
			if n != items[i].name {
				t.Fatalf("knownNames[%d] = %q, decodeKnown's is %q", i, n, items[i].name)
			}
		}
		if again := decodeKnown(encodeKnown(nil, items)); !slices.Equal(again, items) {
			t.Fatalf("round trip %v != %v", again, items)
		}
	})
}

func TestKnownEncoding(t *testing.T) {
	full := make([]knownItem, 100)
	for i := range full {
		full[i] = knownItem{name: fmt.Sprintf("l%06d.example", i), knownEntry: knownEntry{uint32(100 - i), 20450 - uint16(i%3)}}
	}
	tests := []struct {
		name    string
		items   []knownItem
		maxSize int
	}{
		{"empty", nil, 0},
		{"one", []knownItem{{name: "a.test", knownEntry: knownEntry{7, 20000}}}, 12},
		{"extremes", []knownItem{{name: "big.test", knownEntry: knownEntry{math.MaxUint32, math.MaxUint16}}, {name: "old.test", knownEntry: knownEntry{1, 0}}}, 40},
		{"full list of 15-byte names fits half a page", full, 1900},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := encodeKnown(nil, tc.items)
			if len(v) > tc.maxSize {
				t.Errorf("encoded size %d, want <= %d", len(v), tc.maxSize)
			}
			if got := decodeKnown(v); !slices.Equal(got, tc.items) {
				t.Errorf("decoded %v, want %v", got, tc.items)
			}
			if got := knownNames(v, 2); len(got) != min(2, len(tc.items)) {
				t.Errorf("knownNames(2) = %v", got)
			}
		})
	}
}
