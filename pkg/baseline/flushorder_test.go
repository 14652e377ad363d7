package baseline

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A lookup must not depend on when flushes happened: the same observations,
// looked up with some or all of them pending (or in a batch being flushed),
// must give what they give once everything is flushed after every message.
// Replay's repeatability rests on this.

// TestMergeDaysAcrossLongBatches splits one key's history at every point
// into an older and a newer part, each summarised alone (as a flushed
// record and a pending batch are), and merges them: the distinct days must
// be what recording every message in one record gives, also when a part
// spans more than the 64-day bitmap. The newer part used to lose its days
// beyond its bitmap when it was the one merged in (days 54 instead of 62).
func TestMergeDaysAcrossLongBatches(t *testing.T) {
	hl := (90 * 24 * time.Hour).Seconds()
	base := uint32(time.Date(2001, 1, 1, 9, 0, 0, 0, time.UTC).Unix())
	rng := rand.New(rand.NewSource(1))
	var times []uint32
	for t, i := base, 0; i < 300; i++ {
		times = append(times, t)
		t += uint32(rng.Intn(3 * secondsPerDay / 2)) // often two on one day, sometimes a day skipped
	}
	inbound := func(r *hdr, i int) {
		if i%17 == 5 {
			r.addOutbound(times[i], hl) // an outbound sighting between inbound ones
			return
		}
		r.addInbound(times[i], hl, false)
	}
	var serial hdr
	for i := range times {
		inbound(&serial, i)
	}
	if span := (times[len(times)-1] - times[0]) / secondsPerDay; span < 3*64 {
		t.Fatalf("history spans %d days, want several bitmaps", span)
	}
	for cut := 1; cut < len(times); cut++ {
		for _, mid := range []int{cut, (cut + len(times)) / 2} {
			var older, middle, newer hdr
			for i := range times {
				switch {
				case i < cut:
					inbound(&older, i)
				case i < mid:
					inbound(&middle, i)
				default:
					inbound(&newer, i)
				}
			}
			// what a flush then a lookup do: the stored record (read back
			// from disk, where firstIn is not kept) merged with newer batches
			k := &kinds[kSender]
			var stored rec
			if !stored.decode((&rec{hdr: older}).appendTo(nil, k), k) {
				t.Fatal("decode")
			}
			got := stored.hdr
			got.merge(&middle, hl)
			got.merge(&newer, hl)
			if got.days != serial.days || got.total != serial.total || got.out != serial.out || got.first != serial.first || got.last != serial.last || got.dayBits != serial.dayBits {
				t.Fatalf("cut %d/%d: merged %+v, one record %+v", cut, mid, got, serial)
			}
			// a failed flush's batch absorbing the newer pending one
			absorbed := older
			absorbed.merge(&middle, hl)
			absorbed.merge(&newer, hl)
			if absorbed.days != serial.days || absorbed.firstIn != serial.firstIn {
				t.Fatalf("cut %d/%d: absorbed days %d firstIn %d, one record %d, %d", cut, mid, absorbed.days, absorbed.firstIn, serial.days, serial.firstIn)
			}
		}
	}
}

// TestLookupIndependentOfFlushes replays one stream of observations into
// stores that flush on different schedules (after every message, in
// batches longer than the 64-day bitmap, never, at random, or with a batch
// left in the middle of a flush) and asks each the lookup the filter makes
// before learning each message. Every answer must equal the one of the
// store that flushes after every message. Known lists never exceed
// 2×MaxKnown here: beyond that a flush drops the tail, which no lookup of
// pending data can reproduce.
func TestLookupIndependentOfFlushes(t *testing.T) {
	for _, tc := range []struct {
		name string
		base time.Time
	}{
		{"past", time.Date(2000, 11, 1, 8, 0, 0, 0, time.UTC)},
		// after today's date: flushes ranked known lists as of the wall
		// clock (every age clamped to 0), lookups as of the message
		{"future", time.Date(2031, 5, 1, 8, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stream := flushTestStream(tc.base, 700)
			type schedule struct {
				name  string
				flush func(i int) bool // after observation i
				split func(i int) bool // hand the pending batch to a pretend flush in progress
			}
			never := func(int) bool { return false }
			rng := rand.New(rand.NewSource(7))
			random := make([]bool, len(stream))
			for i := range random {
				random[i] = rng.Intn(25) == 0
			}
			schedules := []schedule{
				{"every message", func(int) bool { return true }, never},
				{"every 9", func(i int) bool { return i%9 == 8 }, never},
				{"every 200 (batches over 64 days)", func(i int) bool { return i%200 == 199 }, never},
				{"never", never, never},
				{"random", func(i int) bool { return random[i] }, never},
				{"in flight", func(i int) bool { return i%250 == 249 }, func(i int) bool { return i%90 == 89 }},
			}
			stores := make([]*Store, len(schedules))
			for j := range schedules {
				stores[j] = flushTestStore(t, Options{InternalDomains: []string{"corp.test"}})
			}
			for i, o := range stream {
				q := Query{Now: o.Time, Sender: o.Sender, SenderName: o.SenderName, Recipients: o.Recipients, LinkDomains: o.LinkDomains, LinkHosts: o.LinkHosts}
				var want Facts
				for j, s := range stores {
					got, err := s.Lookup(q)
					if err != nil {
						t.Fatal(err)
					}
					if j == 0 {
						want = got
					} else if diff := diffFacts(got, want); diff != "" {
						t.Fatalf("message %d (%s), flushing %s: %s", i, o.Time.Format(time.DateOnly), schedules[j].name, diff)
					}
				}
				for j, s := range stores {
					s.Observe(o)
					if schedules[j].split(i) {
						pretendFlushing(s)
					}
					if schedules[j].flush(i) {
						finishFlushing(s)
						if err := s.Flush(); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
		})
	}
}

// pretendFlushing makes the pending batch the one being flushed (before
// its write transaction started), as a lookup during a slow flush sees it.
func pretendFlushing(s *Store) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.flushing == nil {
		s.flushing, s.pending = s.pending, newBatch()
	}
}

// finishFlushing puts a pretend flushing batch back as a failed flush does.
func finishFlushing(s *Store) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b := s.flushing; b != nil {
		s.flushing = nil
		b.absorb(s.pending, s.halfLife)
		s.pending = b
	}
}

func flushTestStore(t *testing.T, opts Options) *Store {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "b.db"), 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := New(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { finishFlushing(s); s.Close() })
	return s
}

// flushTestStream is n messages in time order, a few a day with some gaps
// of weeks: a handful of outside senders and colleagues write to four
// colleagues with up to three of ten link domains; one message in eight is
// a colleague writing out.
func flushTestStream(base time.Time, n int) []Observation {
	rng := rand.New(rand.NewSource(3))
	senders := []string{"ann@partner.test", "bob@partner.test", "cat@vendor.test", "dan@free.test", "eve@corp.test", "fay@corp.test"}
	rcpts := []string{"r1@corp.test", "r2@corp.test", "r3@corp.test", "r4@corp.test"}
	pick := func(list []string, max int) []string {
		var out []string
		for k := 1 + rng.Intn(max); k > 0; k-- {
			out = append(out, list[rng.Intn(len(list))])
		}
		return out
	}
	var out []Observation
	at := base
	for i := 0; i < n; i++ {
		switch r := rng.Intn(100); {
		case r < 70:
			at = at.Add(time.Duration(rng.Intn(6*3600)) * time.Second)
		case r < 97:
			at = at.Add(time.Duration(1+rng.Intn(3)) * 24 * time.Hour)
		default:
			at = at.Add(time.Duration(10+rng.Intn(30)) * 24 * time.Hour)
		}
		var doms, hosts []string
		for _, d := range pick([]string{"a.test", "b.test", "c.test", "d.test", "e.test", "f.test", "g.test", "h.test", "i.test", "j.test"}, 3) {
			doms = append(doms, d)
			hosts = append(hosts, fmt.Sprintf("h%d.%s", rng.Intn(2), d))
		}
		o := Observation{Time: at, Sender: senders[rng.Intn(len(senders))], Recipients: pick(rcpts, 2),
			LinkDomains: doms, LinkHosts: hosts, Vouched: rng.Intn(3) == 0}
		o.SenderName = "Name " + o.Sender[:1]
		if rng.Intn(8) == 0 {
			o.Sender, o.Outbound = rcpts[rng.Intn(len(rcpts))], true
			o.Recipients = append(pick(senders[:4], 2), pick(rcpts, 1)...)
		}
		out = append(out, o)
	}
	return out
}

// diffFacts names the first difference between two answers. Messages, a
// sum of float32 decayed counts, may differ by one: the sum rounds
// differently when grouped differently.
func diffFacts(got, want Facts) string {
	var d string
	stat := func(name string, g, w Stat) {
		if d != "" {
			return
		}
		dm := g.Messages - w.Messages
		g.Messages, w.Messages = 0, 0
		if dm < -1 || dm > 1 || !reflect.DeepEqual(g, w) {
			d = fmt.Sprintf("%s: got %+v, want %+v (messages %+d)", name, g, w, dm)
		}
	}
	stats := func(name string, g, w map[string]Stat) {
		if len(g) != len(w) && d == "" {
			d = fmt.Sprintf("%s: %d entries, want %d", name, len(g), len(w))
		}
		for k := range w {
			stat(name+" "+k, g[k], w[k])
		}
	}
	stat("sender", got.Sender, want.Sender)
	stat("sender domain", got.SenderDomain, want.SenderDomain)
	stat("sender name", got.SenderName, want.SenderName)
	stats("domains", got.Domains, want.Domains)
	stats("hosts", got.Hosts, want.Hosts)
	stats("sender links", got.SenderLinks, want.SenderLinks)
	stats("sender domain links", got.SenderDomainLinks, want.SenderDomainLinks)
	for r, w := range want.Recipients {
		g := got.Recipients[r]
		stat("recipient "+r, g.Recipient, w.Recipient)
		stat("pair "+r, g.Pair, w.Pair)
		stats("links of "+r, g.Links, w.Links)
		if d == "" && !reflect.DeepEqual(g.Known, w.Known) {
			d = fmt.Sprintf("known of %s: got %v, want %v", r, g.Known, w.Known)
		}
	}
	if d == "" && len(got.Recipients) != len(want.Recipients) {
		d = fmt.Sprintf("%d recipients, want %d", len(got.Recipients), len(want.Recipients))
	}
	return d
}
