package links

import (
	"bytes"
	"slices"
	"unicode/utf16"
	"unicode/utf8"
)

// ToUnicode CMaps (ISO 32000-1, 9.10.3): a font's codes, one to four bytes
// long as its code space ranges say (begincodespacerange), map to
// Unicode text (UTF-16BE) one by one (beginbfchar) or by ranges
// (beginbfrange), whose target is the first code's text, the last unit
// counting up for the codes after it, or an array of each code's text.
// A range is kept as one entry however many codes it spans, so a hostile
// <0000> <FFFF> costs what one entry costs.

// Bounds of one CMap: its entries (bfchar lines, ranges and the elements
// of their arrays), its code space ranges, and the bytes inflated of it.
const (
	maxCMapEntries   = 1 << 14
	maxCodeSpaces    = 16
	maxPDFCMapStream = 256 << 10
)

// codeSpace is a range of codes n bytes long.
type codeSpace struct {
	lo, hi uint32
	n      int
}

// cmapRange maps codes lo..hi: code lo to dst, each code after it to dst
// with its last unit counted up, or, with arr, code lo+k to arr[k].
type cmapRange struct {
	lo, hi uint32
	dst    []uint16
	arr    [][]uint16
}

// toUnicode is a parsed ToUnicode CMap.
type toUnicode struct {
	spaces []codeSpace
	ranges []cmapRange // sorted by lo
	n      int         // entries read
}

// cmapParser reads a CMap's sections: the operands of the line being
// read, and the array being read (a bfrange target).
type cmapParser struct {
	u       *toUnicode
	section string
	ops     [][]byte
	arr     [][]uint16
	inArr   bool
}

// parseCMap reads the code space and mappings of the CMap data.
func parseCMap(data []byte) *toUnicode {
	p := cmapParser{u: &toUnicode{}}
	for i := skipPDFSpace(data, 0); i < len(data) && p.u.n < maxCMapEntries; i = skipPDFSpace(data, i) {
		i = p.token(data, i)
	}
	slices.SortStableFunc(p.u.ranges, func(a, b cmapRange) int { return int(int64(a.lo) - int64(b.lo)) })
	return p.u
}

// token reads the token at data[i] and returns the offset after it.
func (p *cmapParser) token(data []byte, i int) int {
	switch c := data[i]; {
	case c == '<' && !bytes.HasPrefix(data[i:], []byte("<<")):
		raw, next, ok := hexString(data, i+1)
		if ok {
			p.operand(raw)
		}
		return max(next, i+1)
	case c == '[':
		p.inArr, p.arr = true, nil
		return i + 1
	case c == ']':
		p.inArr = false
		p.endRange(p.arr)
		return i + 1
	case pdfDelimiter(c):
		p.ops = p.ops[:0]
		return i + 1
	}
	end := nameEnd(data, i)
	p.keyword(string(data[i:end]))
	return end
}

// keyword starts or ends a section; any other word drops the operands.
func (p *cmapParser) keyword(w string) {
	switch w {
	case "begincodespacerange", "beginbfchar", "beginbfrange":
		p.section = w
	case "endcodespacerange", "endbfchar", "endbfrange":
		p.section = ""
	}
	p.ops, p.inArr = p.ops[:0], false
}

// operand takes one hex string of the current section's line.
func (p *cmapParser) operand(raw []byte) {
	if p.inArr {
		if len(p.arr) < maxCMapEntries {
			p.arr = append(p.arr, utf16Units(raw))
		}
		return
	}
	p.ops = append(p.ops, raw)
	switch {
	case p.section == "begincodespacerange" && len(p.ops) == 2:
		p.space(p.ops[0], p.ops[1])
	case p.section == "beginbfchar" && len(p.ops) == 2:
		p.add(cmapRange{lo: codeOf(p.ops[0]), hi: codeOf(p.ops[0]), dst: utf16Units(p.ops[1])})
	case p.section == "beginbfrange" && len(p.ops) == 3:
		p.add(cmapRange{lo: codeOf(p.ops[0]), hi: codeOf(p.ops[1]), dst: utf16Units(p.ops[2])})
	default:
		if len(p.ops) < 3 {
			return
		}
	}
	p.ops = p.ops[:0]
}

// endRange ends a bfrange line whose target is an array.
func (p *cmapParser) endRange(arr [][]uint16) {
	if p.section == "beginbfrange" && len(p.ops) == 2 {
		p.add(cmapRange{lo: codeOf(p.ops[0]), hi: codeOf(p.ops[1]), arr: arr})
		p.u.n += len(arr)
	}
	p.ops = p.ops[:0]
}

// space adds a code space range.
func (p *cmapParser) space(lo, hi []byte) {
	if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) && len(p.u.spaces) < maxCodeSpaces {
		p.u.spaces = append(p.u.spaces, codeSpace{lo: codeOf(lo), hi: codeOf(hi), n: len(lo)})
	}
}

func (p *cmapParser) add(r cmapRange) {
	if r.lo <= r.hi {
		p.u.ranges = append(p.u.ranges, r)
	}
	p.u.n++
}

// codeOf reads up to four bytes as a big-endian code.
func codeOf(raw []byte) uint32 {
	var c uint32
	for _, b := range raw[:min(len(raw), 4)] {
		c = c<<8 | uint32(b)
	}
	return c
}

// utf16Units reads UTF-16BE units (an odd last byte is dropped).
func utf16Units(raw []byte) []uint16 {
	u := make([]uint16, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return u
}

// next reads the code at the start of s: its value and length. A byte
// that starts no code of the code space is a code of one byte (which
// maps to nothing, as it is in no range). Without code spaces, codes
// are size bytes long.
func (u *toUnicode) next(s []byte, size int) (uint32, int) {
	if len(u.spaces) == 0 {
		n := min(size, len(s))
		return codeOf(s[:n]), n
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		c := codeOf(s[:n])
		for _, sp := range u.spaces {
			if sp.n == n && sp.lo <= c && c <= sp.hi {
				return c, n
			}
		}
	}
	return 0, 1
}

// appendText appends the text of code c, or nothing when no entry maps it.
func (u *toUnicode) appendText(out []byte, c uint32) []byte {
	k, _ := slices.BinarySearchFunc(u.ranges, c, func(r cmapRange, c uint32) int {
		if r.lo > c {
			return 1
		}
		return -1
	})
	// ranges[k-1] is the last range starting at or before c.
	if k == 0 || u.ranges[k-1].hi < c {
		return out
	}
	r := u.ranges[k-1]
	delta := c - r.lo
	if r.arr != nil {
		if int(delta) >= len(r.arr) {
			return out
		}
		return appendUnits(out, r.arr[delta], 0)
	}
	return appendUnits(out, r.dst, uint16(delta))
}

// appendUnits appends UTF-16 units as UTF-8, the last counted up by delta.
func appendUnits(out []byte, units []uint16, delta uint16) []byte {
	for i := 0; i < len(units); i++ {
		c := units[i]
		if i == len(units)-1 {
			c += delta
		}
		r := rune(c)
		if utf16.IsSurrogate(r) && i+1 < len(units) {
			next := units[i+1]
			if i+1 == len(units)-1 {
				next += delta
			}
			r = utf16.DecodeRune(r, rune(next))
			i++
		}
		if !c1Control(r) {
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}
