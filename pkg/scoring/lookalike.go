package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// skeleton maps a lowercase host or domain to a form in which confusable
// spellings coincide, after UTS #39: decompose (NFKD), drop combining marks,
// map confusable characters, then fold ASCII look-alike sequences (rn -> m).
func (t *tables) skeleton(s string) string {
	if !isASCII(s) {
		s = t.foldUnicode(s)
	}
	if !t.needsFold(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if r, ok := t.confusable[rune(s[i])]; ok {
			b.WriteString(r)
			continue
		}
		if seq, ok := t.sequenceAt(s[i:]); ok {
			b.WriteString(seq[1])
			i += len(seq[0]) - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// needsFold reports whether an ASCII string has a confusable character or
// sequence, in one pass.
func (t *tables) needsFold(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' && t.confusable[rune(s[i])] != "" {
			return true
		}
		for _, q := range t.sequences {
			if s[i] == q[0][0] && strings.HasPrefix(s[i:], q[0]) {
				return true
			}
		}
	}
	return false
}

func (t *tables) sequenceAt(s string) ([2]string, bool) {
	for _, q := range t.sequences {
		if strings.HasPrefix(s, q[0]) {
			return q, true
		}
	}
	return [2]string{}, false
}

func (t *tables) foldUnicode(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if m, ok := t.confusable[r]; ok && r >= utf8.RuneSelf {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// label returns the first label of a registrable domain ("paypal" of
// "paypal.co.uk") and the rest ("co.uk").
func label(domain string) (string, string) {
	l, rest, _ := strings.Cut(domain, ".")
	return l, rest
}

// closeSpelling reports whether a (a candidate) is a near miss of p (a
// protected domain): same skeleton, or edit distance 1 (labels of 5+
// letters) or 2 (labels of 10+ letters), without being p.
func closeSpelling(skeleton func(string) string, a, aSkel, p string) bool {
	if a == p {
		return false
	}
	pl, _ := label(p)
	if d := len(aSkel) - len(p); len(pl) >= 4 && d <= 4 && d >= -4 && aSkel == skeleton(p) {
		return true
	}
	max := 0
	switch {
	case len(pl) >= 10:
		max = 2
	case len(pl) >= 5:
		max = 1
	default:
		return false
	}
	return osaWithin(a, p, max)
}

// osaWithin reports whether the optimal-string-alignment distance (edits and
// adjacent transpositions) between a and b is at most k.
func osaWithin(a, b string, k int) bool {
	if d := len(a) - len(b); d > k || -d > k {
		return false
	}
	if len(b) > 63 {
		return false
	}
	var r0, r1, r2 [64]int // rows i-2, i-1, i
	for j := 0; j <= len(b); j++ {
		r1[j] = j
	}
	for i := 1; i <= len(a); i++ {
		r2[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			v := min(r1[j]+1, r2[j-1]+1, r1[j-1]+c)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, r0[j-2]+1)
			}
			r2[j] = v
			best = min(best, v)
		}
		if best > k {
			return false
		}
		r0, r1 = r1, r2
	}
	return r1[len(b)] <= k
}

// brandIndex finds near misses of shipped brand domains without comparing
// against every brand: exact skeletons and single-deletion neighbourhoods.
type brandIndex struct {
	domains []string
	exact   map[string]bool
	tokens  map[string]string // distinctive brand token -> brand domain
	skel    map[string]int
	del     map[string][]int // the domain and each single deletion -> brands
}

func newBrandIndex(ls []string, skeleton func(string) string) brandIndex {
	x := brandIndex{exact: map[string]bool{}, tokens: map[string]string{}, skel: map[string]int{}, del: map[string][]int{}}
	for _, l := range ls {
		f := strings.Fields(strings.ToLower(l))
		i := len(x.domains)
		x.domains = append(x.domains, f[0])
		x.exact[f[0]] = true
		if len(f) > 1 {
			x.tokens[f[1]] = f[0]
		}
		if lab, _ := label(f[0]); len(lab) >= 4 {
			x.skel[skeleton(f[0])] = i
		}
		if lab, _ := label(f[0]); len(lab) >= 5 {
			x.addDeletions(f[0], i)
		}
	}
	return x
}

func (x *brandIndex) addDeletions(d string, i int) {
	x.del[d] = append(x.del[d], i)
	for j := 0; j < len(d); j++ {
		k := d[:j] + d[j+1:]
		x.del[k] = append(x.del[k], i)
	}
}

// near returns the brand domain that domain (ASCII) imitates, given its
// skeleton (from the Unicode form), if any.
func (x *brandIndex) near(domain, skel string) (string, bool) {
	if x.exact[domain] {
		return "", false
	}
	if i, ok := x.skel[skel]; ok {
		return x.domains[i], true
	}
	if b, ok := x.nearEdit(domain); ok {
		return b, true
	}
	return "", false
}

func (x *brandIndex) nearEdit(d string) (string, bool) {
	var buf [128]byte
	if len(d) > len(buf) {
		return "", false
	}
	if b, ok := x.check(d, d); ok {
		return b, true
	}
	for j := 0; j < len(d); j++ {
		n := copy(buf[:], d[:j])
		n += copy(buf[n:], d[j+1:])
		if b, ok := x.check(string(buf[:n]), d); ok {
			return b, true
		}
	}
	return "", false
}

func (x *brandIndex) check(key, d string) (string, bool) {
	for _, i := range x.del[key] {
		if osaWithin(d, x.domains[i], 1) {
			return x.domains[i], true
		}
	}
	return "", false
}
