package baseline

import (
	"math"
	"math/bits"
)

const (
	exactCap = 8 // members kept exactly before switching to the HLL
	hllP     = 6 // HLL precision: 2^6 registers, ~13% standard error
	hllM     = 1 << hllP
	hllMark  = 0xFF // encoding marker for HLL mode
)

// sketch counts distinct members: exactly up to exactCap 32-bit fingerprints,
// then as a 64-register HyperLogLog. Small counts (what poisoning resistance
// depends on) are therefore exact.
type sketch struct {
	n     uint8 // exact members; ignored when big
	big   bool
	exact [exactCap]uint32
	reg   [hllM]uint8
}

func (s *sketch) add(h uint32) {
	if s.big {
		s.addHLL(h)
		return
	}
	for _, e := range s.exact[:s.n] {
		if e == h {
			return
		}
	}
	if int(s.n) < exactCap {
		s.exact[s.n] = h
		s.n++
		return
	}
	s.toHLL()
	s.addHLL(h)
}

func (s *sketch) toHLL() {
	s.big = true
	for _, e := range s.exact[:s.n] {
		s.addHLL(e)
	}
	s.n = 0
}

func (s *sketch) addHLL(h uint32) {
	idx := h >> (32 - hllP)
	rank := uint8(bits.LeadingZeros32(h<<hllP|1<<(hllP-1)) + 1)
	if rank > s.reg[idx] {
		s.reg[idx] = rank
	}
}

// merge adds every member of o to s.
func (s *sketch) merge(o *sketch) {
	if !o.big {
		for _, e := range o.exact[:o.n] {
			s.add(e)
		}
		return
	}
	if !s.big {
		s.toHLL()
	}
	for i, r := range o.reg {
		if r > s.reg[i] {
			s.reg[i] = r
		}
	}
}

// count estimates the number of distinct members; nil counts 0.
func (s *sketch) count() int {
	if s == nil {
		return 0
	}
	if !s.big {
		return int(s.n)
	}
	sum, zeros := 0.0, 0
	for _, r := range s.reg {
		sum += math.Ldexp(1, -int(r))
		if r == 0 {
			zeros++
		}
	}
	est := 0.709 * hllM * hllM / sum
	if est <= 2.5*hllM && zeros > 0 {
		est = hllM * math.Log(float64(hllM)/float64(zeros))
	}
	if est < exactCap+1 {
		est = exactCap + 1 // it held more than exactCap members when it switched
	}
	return int(math.Round(est))
}

// appendTo encodes s; nil encodes as the empty sketch.
func (s *sketch) appendTo(b []byte) []byte {
	if s == nil {
		return append(b, 0)
	}
	if s.big {
		b = append(b, hllMark)
		return append(b, s.reg[:]...)
	}
	b = append(b, s.n)
	for _, e := range s.exact[:s.n] {
		b = append(b, byte(e>>24), byte(e>>16), byte(e>>8), byte(e))
	}
	return b
}

// decode reads a sketch from b and returns the rest, or ok=false if b is malformed.
func (s *sketch) decode(b []byte) (rest []byte, ok bool) {
	if len(b) < 1 {
		return nil, false
	}
	if b[0] == hllMark {
		if len(b) < 1+hllM {
			return nil, false
		}
		s.big = true
		copy(s.reg[:], b[1:1+hllM])
		return b[1+hllM:], true
	}
	n := int(b[0])
	if n > exactCap || len(b) < 1+4*n {
		return nil, false
	}
	s.n = uint8(n)
	for i := 0; i < n; i++ {
		p := b[1+4*i:]
		s.exact[i] = uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
	}
	return b[1+4*n:], true
}

// fingerprint is a well-mixed, stable 32-bit hash (FNV-1a 64 + fmix64).
func fingerprint(s []byte) uint32 {
	h := uint64(14695981039346656037)
	for _, c := range s {
		h ^= uint64(c)
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb93fe53cdb1b
	h ^= h >> 33
	return uint32(h)
}
