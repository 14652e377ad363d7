package baseline

import (
	"encoding/binary"
	"math"
	"math/bits"
	"time"
)

// Record layout (big-endian), recHeader bytes, then the kind's sketches:
//
//	0  first   uint32 unix seconds
//	4  last    uint32 unix seconds
//	8  total   uint32 inbound messages, lifetime
//	12 decayed float32 decayed inbound messages as of last
//	16 days    uint16 distinct days with inbound mail
//	18 dayBits uint64 bit i = inbound mail on day(last)-i
//	26 out     uint32 outbound sightings
//	30 vouched uint32 inbound messages from a vouched sender, lifetime
//	34 [senders sketch] [recipients sketch]
const recHeader = 34

const secondsPerDay = 86400

// rec is one key's record, decoded. The zero rec means "never seen".
type rec struct {
	first, last uint32
	total       uint32
	decayed     float32
	days        uint16
	dayBits     uint64
	out         uint32
	vouched     uint32
	senders     sketch
	recipients  sketch
}

func (r *rec) zero() bool { return r.last == 0 }

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
func (r *rec) rebase(t uint32, halfLife float64) {
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
func (r *rec) addInbound(t uint32, halfLife float64, vouched bool) {
	if vouched {
		r.vouched++
	}
	r.rebase(t, halfLife)
	if t < r.first {
		r.first = t
	}
	r.total++
	r.decayed += float32(decayFactor(r.last-t, halfLife))
	k := r.last/secondsPerDay - t/secondsPerDay
	if k < 64 && r.dayBits&(1<<k) == 0 {
		r.dayBits |= 1 << k
		r.days++
	}
}

// addOutbound records one outbound sighting at t.
func (r *rec) addOutbound(t uint32, halfLife float64) {
	r.rebase(t, halfLife)
	if t < r.first {
		r.first = t
	}
	r.out++
}

// merge folds o into r. Days that fall outside both 64-day windows are
// dropped, which can only under-count (the safe direction for poisoning).
func (r *rec) merge(o *rec, halfLife float64) {
	if o.zero() {
		return
	}
	if r.zero() {
		*r = *o
		return
	}
	oc := *o
	r.rebase(oc.last, halfLife)
	oc.rebase(r.last, halfLife)
	if oc.first < r.first {
		r.first = oc.first
	}
	r.days += uint16(bits.OnesCount64(oc.dayBits &^ r.dayBits))
	r.dayBits |= oc.dayBits
	r.total += oc.total
	r.decayed += oc.decayed
	r.out += oc.out
	r.vouched += oc.vouched
	r.senders.merge(&oc.senders)
	r.recipients.merge(&oc.recipients)
}

func (r *rec) appendTo(b []byte, k *kind) []byte {
	b = binary.BigEndian.AppendUint32(b, r.first)
	b = binary.BigEndian.AppendUint32(b, r.last)
	b = binary.BigEndian.AppendUint32(b, r.total)
	b = binary.BigEndian.AppendUint32(b, math.Float32bits(r.decayed))
	b = binary.BigEndian.AppendUint16(b, r.days)
	b = binary.BigEndian.AppendUint64(b, r.dayBits)
	b = binary.BigEndian.AppendUint32(b, r.out)
	b = binary.BigEndian.AppendUint32(b, r.vouched)
	if k.senders {
		b = r.senders.appendTo(b)
	}
	if k.recipients {
		b = r.recipients.appendTo(b)
	}
	return b
}

// decode fills r from v; ok=false means a malformed value (treated as unseen).
func (r *rec) decode(v []byte, k *kind) bool {
	if len(v) < recHeader {
		return false
	}
	be := binary.BigEndian
	r.first = be.Uint32(v[0:])
	r.last = be.Uint32(v[4:])
	r.total = be.Uint32(v[8:])
	r.decayed = math.Float32frombits(be.Uint32(v[12:]))
	r.days = be.Uint16(v[16:])
	r.dayBits = be.Uint64(v[18:])
	r.out = be.Uint32(v[26:])
	r.vouched = be.Uint32(v[30:])
	rest, ok := v[recHeader:], true
	if k.senders {
		if rest, ok = r.senders.decode(rest); !ok {
			return false
		}
	}
	if k.recipients {
		if _, ok = r.recipients.decode(rest); !ok {
			return false
		}
	}
	return true
}

// lastOf reads only the last-seen time of an encoded record.
func lastOf(v []byte) uint32 {
	if len(v) < recHeader {
		return 0
	}
	return binary.BigEndian.Uint32(v[4:])
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
