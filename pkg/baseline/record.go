package baseline

import (
	"encoding/binary"
	"math"
	"math/bits"
	"time"
)

// Record layout (schema 3): a flags byte, then unsigned varints, then the
// kind's sketches:
//
//	flags   byte    bit 0: decayed omitted, it equals total
//	first   uvarint unix seconds
//	span    uvarint last - first, seconds
//	total   uvarint inbound messages, lifetime
//	decayed float32 big-endian, decayed inbound messages as of last (unless flagged)
//	days    uvarint distinct days with inbound mail
//	dayBits uvarint bit i = inbound mail on day(last)-i
//	out     uvarint outbound sightings
//	vouched uvarint inbound messages from a vouched sender, lifetime
//	[senders sketch] [recipients sketch]
//
// A new two-part record (one message) takes 11 bytes.
const (
	flagDecayedIsTotal = 1 << 0
	minRecord          = 8 // flags + 7 one-byte varints
)

const secondsPerDay = 86400

// hdr is a record without sketches: all a two-part key has. It holds no
// pointers, so pending two-part records cost the garbage collector nothing.
type hdr struct {
	first, last uint32
	total       uint32
	decayed     float32
	days        uint16
	// firstIn is 1 + the day of the earliest inbound message, 0 when
	// unknown (a record read from disk: it is not stored) or none. Only
	// pending records keep it: merging a newer batch into what came before
	// needs it to tell whether the boundary day was already counted once
	// the batch spans more than the 64-day bitmap.
	firstIn uint16
	dayBits uint64
	out     uint32
	vouched uint32
}

// rec is one key's record, decoded. The zero rec means "never seen".
type rec struct {
	hdr
	senders    *sketch // nil: empty (and always nil for kinds without it)
	recipients *sketch
}

// sketchOf returns *p, allocating an empty sketch first if needed.
func sketchOf(p **sketch) *sketch {
	if *p == nil {
		*p = new(sketch)
	}
	return *p
}

// clone copies r without sharing its sketches.
func (r *rec) clone() rec {
	c := *r
	if r.senders != nil {
		s := *r.senders
		c.senders = &s
	}
	if r.recipients != nil {
		s := *r.recipients
		c.recipients = &s
	}
	return c
}

func (r *hdr) zero() bool { return r.last == 0 }

// unixSecs clamps t to the uint32 range the records use.
func unixSecs(t time.Time) uint32 {
	u := t.Unix()
	if u < 1 {
		return 1
	}
	if u > math.MaxUint32 {
		return math.MaxUint32
	}
	return uint32(u)
}

func decayFactor(dt uint32, halfLife float64) float64 {
	if dt == 0 {
		return 1
	}
	return math.Exp2(-float64(dt) / halfLife)
}

// rebase moves r's reference point (last) forward to t, decaying the count
// and shifting the day bitmap.
func (r *hdr) rebase(t uint32, halfLife float64) {
	if r.last == 0 {
		r.last, r.first = t, t
		return
	}
	if t <= r.last {
		return
	}
	shift := t/secondsPerDay - r.last/secondsPerDay
	if shift >= 64 {
		r.dayBits = 0
	} else {
		r.dayBits <<= shift
	}
	r.decayed = float32(float64(r.decayed) * decayFactor(t-r.last, halfLife))
	r.last = t
}

// addInbound records one inbound message at t; vouched says the sender
// was vouched for (see Observation.Vouched).
func (r *hdr) addInbound(t uint32, halfLife float64, vouched bool) {
	if vouched {
		r.vouched++
	}
	r.rebase(t, halfLife)
	if t < r.first {
		r.first = t
	}
	r.total++
	if d := uint16(t/secondsPerDay) + 1; r.firstIn == 0 && r.days == 0 || d < r.firstIn {
		r.firstIn = d
	}
	r.decayed += float32(decayFactor(r.last-t, halfLife))
	k := r.last/secondsPerDay - t/secondsPerDay
	if k < 64 && r.dayBits&(1<<k) == 0 {
		r.dayBits |= 1 << k
		r.days++
	}
}

// addOutbound records one outbound sighting at t.
func (r *hdr) addOutbound(t uint32, halfLife float64) {
	r.rebase(t, halfLife)
	if t < r.first {
		r.first = t
	}
	r.out++
}

// merge folds o into r. When one lies wholly before the other in time (a
// batch merged into what was stored before it), the result is what
// recording their messages one by one gives (the decayed count up to
// float32 rounding), however they were split, so a lookup does not depend
// on when flushes happened. When they interleave, days that fall outside
// both 64-day windows are dropped, which can only under-count (the safe
// direction for poisoning).
func (r *rec) merge(o *rec, halfLife float64) {
	if o.zero() {
		return
	}
	if r.zero() {
		*r = o.clone()
		return
	}
	r.hdr.merge(&o.hdr, halfLife)
	if o.senders != nil {
		sketchOf(&r.senders).merge(o.senders)
	}
	if o.recipients != nil {
		sketchOf(&r.recipients).merge(o.recipients)
	}
}

// merge folds the counts of o into r (see rec.merge).
func (r *hdr) merge(o *hdr, halfLife float64) {
	if o.zero() {
		return
	}
	if r.zero() {
		*r = *o
		return
	}
	days, ordered := unionDays(r, o)
	firstIn := uint16(0) // unknown unless known for both
	if (r.firstIn != 0 || r.days == 0) && (o.firstIn != 0 || o.days == 0) {
		firstIn = max(r.firstIn, o.firstIn) // one has no inbound mail
		if r.firstIn != 0 && o.firstIn != 0 {
			firstIn = min(r.firstIn, o.firstIn)
		}
	}
	oc := *o
	r.rebase(oc.last, halfLife)
	oc.rebase(r.last, halfLife)
	if oc.first < r.first {
		r.first = oc.first
	}
	if !ordered { // interleaved in time: only the 64-day windows tell
		days = max(r.days+uint16(bits.OnesCount64(oc.dayBits&^r.dayBits)),
			oc.days+uint16(bits.OnesCount64(r.dayBits&^oc.dayBits)))
	}
	r.days = days
	r.firstIn = firstIn
	r.dayBits |= oc.dayBits
	r.total += oc.total
	r.decayed += oc.decayed
	r.out += oc.out
	r.vouched += oc.vouched
}

// unionDays counts the distinct inbound days of r and o together when one
// lies wholly before the other in time (every flush and lookup merges a
// newer batch into older history): the two can then share at most one day,
// the day the older one ends on, so the count is exact however the
// observations were split into batches. ordered is false when they
// interleave; then the caller falls back to the 64-day bitmaps.
func unionDays(r, o *hdr) (days uint16, ordered bool) {
	older, newer := r, o
	if older.last > newer.first {
		older, newer = o, r
	}
	if older.last > newer.first {
		return 0, false
	}
	days = r.days + o.days
	if older.days > 0 && older.dayBits&1 != 0 && newer.days > 0 && inboundOn(newer, older.last/secondsPerDay) {
		days-- // both have inbound mail on the older one's last day
	}
	return days, true
}

// inboundOn reports whether r had inbound mail on day, which is on or
// before the day of r's first sighting. Unknown (a stored record over more
// than 64 days) counts as yes: under-counting is the safe direction.
func inboundOn(r *hdr, day uint32) bool {
	if r.firstIn != 0 {
		return uint32(r.firstIn) == day+1
	}
	if k := r.last/secondsPerDay - day; k < 64 {
		return r.dayBits&(1<<k) != 0
	}
	return true
}

func (r *rec) appendTo(b []byte, k *kind) []byte {
	var flags byte
	if r.decayed == float32(r.total) {
		flags |= flagDecayedIsTotal
	}
	b = append(b, flags)
	b = binary.AppendUvarint(b, uint64(r.first))
	b = binary.AppendUvarint(b, uint64(r.last-r.first))
	b = binary.AppendUvarint(b, uint64(r.total))
	if flags&flagDecayedIsTotal == 0 {
		b = binary.BigEndian.AppendUint32(b, math.Float32bits(r.decayed))
	}
	b = binary.AppendUvarint(b, uint64(r.days))
	b = binary.AppendUvarint(b, r.dayBits)
	b = binary.AppendUvarint(b, uint64(r.out))
	b = binary.AppendUvarint(b, uint64(r.vouched))
	if k.senders {
		b = r.senders.appendTo(b)
	}
	if k.recipients {
		b = r.recipients.appendTo(b)
	}
	return b
}

// varintReader reads unsigned varints until the first error.
type varintReader struct {
	b  []byte
	ok bool
}

func (v *varintReader) next(limit uint64) uint64 {
	if !v.ok {
		return 0
	}
	x, n := binary.Uvarint(v.b)
	if n <= 0 || x > limit {
		v.ok = false
		return 0
	}
	v.b = v.b[n:]
	return x
}

// header decodes the fixed part of a record (all but the sketches).
func (r *rec) header(v []byte) (rest []byte, ok bool) {
	if len(v) < minRecord {
		return nil, false
	}
	flags := v[0]
	vr := varintReader{b: v[1:], ok: true}
	r.first = uint32(vr.next(math.MaxUint32))
	r.last = r.first + uint32(vr.next(uint64(math.MaxUint32-r.first)))
	r.total = uint32(vr.next(math.MaxUint32))
	if flags&flagDecayedIsTotal != 0 {
		r.decayed = float32(r.total)
	} else if vr.ok && len(vr.b) >= 4 {
		r.decayed = math.Float32frombits(binary.BigEndian.Uint32(vr.b))
		vr.b = vr.b[4:]
	} else {
		return nil, false
	}
	r.days = uint16(vr.next(math.MaxUint16))
	r.dayBits = vr.next(math.MaxUint64)
	r.out = uint32(vr.next(math.MaxUint32))
	r.vouched = uint32(vr.next(math.MaxUint32))
	return vr.b, vr.ok
}

// decode fills r from v; ok=false means a malformed value (treated as unseen).
func (r *rec) decode(v []byte, k *kind) bool {
	rest, ok := r.header(v)
	if !ok {
		return false
	}
	if k.senders {
		if rest, ok = sketchOf(&r.senders).decode(rest); !ok {
			return false
		}
	}
	if k.recipients {
		if _, ok = sketchOf(&r.recipients).decode(rest); !ok {
			return false
		}
	}
	return true
}

// lastOf reads only the last-seen time of an encoded record.
func lastOf(v []byte) uint32 {
	if len(v) < minRecord {
		return 0
	}
	vr := varintReader{b: v[1:], ok: true}
	first := vr.next(math.MaxUint32)
	span := vr.next(math.MaxUint32 - first)
	if !vr.ok {
		return 0
	}
	return uint32(first + span)
}

// stat converts r to the contract type as seen at now.
func (r *rec) stat(now uint32, halfLife float64) Stat {
	if r.zero() {
		return Stat{}
	}
	s := Stat{
		FirstSeen:  time.Unix(int64(r.first), 0).UTC(),
		LastSeen:   time.Unix(int64(r.last), 0).UTC(),
		Days:       int(r.days),
		Senders:    r.senders.count(),
		Recipients: r.recipients.count(),
		Outbound:   int(r.out),
		Vouched:    int(r.vouched),
	}
	if r.total > 0 {
		d := float64(r.decayed)
		if now > r.last {
			d *= decayFactor(now-r.last, halfLife)
		}
		s.Messages = max(1, int(math.Ceil(d-1e-3)))
	}
	return s
}
