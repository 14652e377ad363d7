package links

import (
	"math"
	"strconv"
	"strings"
)

// A size or an offset may be written as calc(): font-size:calc(0px),
// text-indent:calc(-100em), height:calc(1px - 1px). cssPx reads a
// length in pixels, plain or calc() of lengths added, taken away,
// multiplied or divided by numbers (nested parentheses and calc() too,
// to maxCalcDepth), at 16 pixels to the em or rem. A unit the reading
// cannot turn into pixels (a percentage, a viewport unit, ex, ch) or an
// expression it does not follow reads as no length: never hidden. A
// number may have an exponent (-1e4px, 1e-3px: cssNumberLen), and calc()
// stands in the margin and font shorthands too (cssFields). Where
// a property takes no negative value, a calc() below zero is drawn as
// zero (CSS clamps it, where a plain negative length is dropped), so
// font-size:calc(-1px) hides as calc(0px) does.

// maxCalcDepth bounds the nesting of parentheses read in a calc().
const maxCalcDepth = 8

// unitPx is how many pixels one of a CSS unit is, 0 when it depends on
// what the reading does not know.
func unitPx(unit string) float64 {
	switch unit {
	case "px":
		return 1
	case "pt":
		return 4.0 / 3
	case "pc", "em", "rem":
		return 16
	case "in":
		return 96
	case "cm":
		return 96 / 2.54
	case "mm":
		return 96 / 25.4
	}
	return 0
}

// isCalc: v is a calc() expression (lower-cased).
func isCalc(v string) bool { return strings.HasPrefix(v, "calc(") }

// cssPx is length v in pixels: a plain length (a unitless zero too) or
// a calc(); ok false when it is none the reading can measure.
func cssPx(v string) (float64, bool) {
	if isCalc(v) {
		return calcPx(v)
	}
	n, ok := cssLength(v)
	if !ok {
		return 0, false
	}
	if n == 0 {
		return 0, true
	}
	px := unitPx(cssUnit(v))
	return n * px, px != 0
}

// calcPx is the pixels of calc() expression v, all of v.
func calcPx(v string) (float64, bool) {
	p := calcParser{s: v}
	x, ok := p.term(0)
	p.space()
	if !ok || !x.length || p.i != len(p.s) || math.IsInf(x.n, 0) || math.IsNaN(x.n) {
		return 0, false
	}
	return x.n, true
}

// calcParser reads a calc() expression from s at i.
type calcParser struct {
	s string
	i int
}

// calcValue is a number, or a length in pixels.
type calcValue struct {
	n      float64
	length bool
}

func (p *calcParser) space() {
	for p.i < len(p.s) && calcSpace(p.s[p.i]) {
		p.i++
	}
}

// calcSpace: c is white space in a calc().
func calcSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// sum reads terms joined by + and -, of one kind (lengths or numbers).
func (p *calcParser) sum(depth int) (calcValue, bool) {
	x, ok := p.product(depth)
	for ok {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '+' && p.s[p.i] != '-' {
			return x, true
		}
		if !calcSpace(p.s[p.i-1]) || p.i+1 >= len(p.s) || !calcSpace(p.s[p.i+1]) {
			return x, false // CSS: a + or - between terms stands between white space ("1px-1px" is no sum)
		}
		neg := p.s[p.i] == '-'
		p.i++
		var y calcValue
		if y, ok = p.product(depth); !ok || y.length != x.length {
			return x, false
		}
		if neg {
			y.n = -y.n
		}
		x.n += y.n
	}
	return x, false
}

// product reads terms joined by * and /: a length by a number, or numbers.
func (p *calcParser) product(depth int) (calcValue, bool) {
	x, ok := p.term(depth)
	for ok {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '*' && p.s[p.i] != '/' {
			return x, true
		}
		div := p.s[p.i] == '/'
		p.i++
		var y calcValue
		if y, ok = p.term(depth); !ok || y.length && (div || x.length) || div && y.n == 0 {
			return x, false
		}
		if div {
			x.n /= y.n
		} else {
			x.n *= y.n
		}
		x.length = x.length || y.length
	}
	return x, false
}

// term reads a number, a length, or a parenthesised sum (calc( too).
func (p *calcParser) term(depth int) (calcValue, bool) {
	p.space()
	rest := p.s[p.i:]
	if open := strings.HasPrefix(rest, "("); open || strings.HasPrefix(rest, "calc(") {
		if depth >= maxCalcDepth {
			return calcValue{}, false
		}
		p.i += strings.IndexByte(rest, '(') + 1
		x, ok := p.sum(depth + 1)
		p.space()
		if !ok || p.i >= len(p.s) || p.s[p.i] != ')' {
			return x, false
		}
		p.i++
		return x, true
	}
	j := cssNumberLen(rest)
	k := j
	for k < len(rest) && (rest[k] >= 'a' && rest[k] <= 'z' || rest[k] == '%') {
		k++
	}
	n, err := strconv.ParseFloat(rest[:j], 64)
	if err != nil {
		return calcValue{}, false
	}
	p.i += k
	if k == j {
		return calcValue{n: n}, true
	}
	px := unitPx(rest[j:k])
	return calcValue{n: n * px, length: true}, px != 0 || n == 0
}
