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
		if r := t.byteFold[s[i]]; r != "" { // no entry maps to ""
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
		if s[i] < 'a' && t.byteFold[s[i]] != "" {
			return true
		}
		if _, ok := t.sequenceAt(s[i:]); ok {
			return true
		}
	}
	return false
}

func (t *tables) sequenceAt(s string) ([2]string, bool) {
	if s == "" || !t.seqStart[s[0]] {
		return [2]string{}, false
	}
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
// "paypal.co.uk") and the rest ("co.uk"), as strings.Cut(domain, ".")
// does; it is called per link and known domain, and strings.Cut's
// general substring search costs it more than the one byte it looks for.
func label(domain string) (string, string) {
	if i := strings.IndexByte(domain, '.'); i >= 0 {
		return domain[:i], domain[i+1:]
	}
	return domain, ""
}

// closeSpelling reports whether a (a candidate) is a near miss of p (a
// protected domain): same skeleton, or edit distance 1 (labels of 5+
// letters) or 2 (labels of 10+ letters), without being p, and not a
// different first letter (firstLetterSwap).
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
	return osaWithin(a, p, max) && !firstLetterSwap(a, p)
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
// against every brand: exact skeletons and single-deletion neighbourhoods
// of the brands' registrable labels.
type brandIndex struct {
	domains []string
	exact   map[string]bool
	labels  map[string]bool   // the registrable label of each brand domain
	tokens  map[string]string // distinctive brand token -> brand domain
	skel    map[string]int    // skeleton of a label of 4+ letters -> brand
	del     map[string][]int  // a label of 5+ letters and each single deletion -> brands
}

func newBrandIndex(ls []string, skeleton func(string) string) brandIndex {
	x := brandIndex{exact: map[string]bool{}, labels: map[string]bool{}, tokens: map[string]string{}, skel: map[string]int{}, del: map[string][]int{}}
	for _, l := range ls {
		f := strings.Fields(strings.ToLower(l))
		i := len(x.domains)
		x.domains = append(x.domains, f[0])
		x.exact[f[0]] = true
		if len(f) > 1 {
			x.tokens[f[1]] = f[0]
		}
		lab, _ := label(f[0])
		if len(lab) >= 5 { // every domain: an edit counts under its own suffix
			x.addDeletions(lab, i)
		}
		if x.labels[lab] { // the first domain listed stands for the name
			continue
		}
		x.labels[lab] = true
		if len(lab) >= 4 {
			x.skel[skeleton(lab)] = i
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

// named returns the domain of the brand whose distinctive token is the
// first such word of s (a subject), or "".
func (x *brandIndex) named(s string) string {
	var buf [32]byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if n := j - i; n > 0 && n <= len(buf) {
			for k := range n {
				buf[k] = lower(s[i+k])
			}
			if d, ok := x.tokens[string(buf[:n])]; ok { // no allocation
				return d
			}
		}
		i = j + 1
	}
	return ""
}

// isToken reports whether the word (letters and digits, any case) is a
// brand's distinctive token.
func (x *brandIndex) isToken(word string) bool {
	var buf [32]byte
	if len(word) > len(buf) {
		return false
	}
	for i := 0; i < len(word); i++ {
		buf[i] = lower(word[i])
	}
	_, ok := x.tokens[string(buf[:len(word)])]
	return ok
}

// nearConfusable returns the brand domain that domain (ASCII) imitates,
// given its skeleton (from the Unicode form), if any, by the history rule
// (historyLookalike): its registrable label has the skeleton of a brand's
// label of 4 letters or more, or is one confusable edit (labelEdit) of a
// brand's label of 5 letters or more. The suffix is not compared: a
// brand's name under another suffix (paypal.de, vodafone.be) is the
// brand's own site in another country or someone else's, never a
// misspelling, and a suffix one letter from another (canada.co,
// canada.ca) is another country's. One free edit of a brand's name is
// another company's name as often as an imitation (chose.com, chase.com;
// discover.com, discovery.com). The brand domain returned is the one
// under domain's own suffix when the list has the name there too
// (amazon.de for arnazon.de: underSuffix).
func (x *brandIndex) nearConfusable(domain, skel string) (string, bool) {
	lab, suffix := label(domain)
	if x.labels[lab] {
		return "", false
	}
	if sl, _ := label(skel); len(sl) >= 4 {
		if i, ok := x.skel[sl]; ok {
			return x.underSuffix(x.domains[i], suffix), true
		}
	}
	b, ok := x.nearEdit(lab, func(l, b string) bool {
		bl, bs := label(b)
		return len(bl) >= 5 && labelEdit(l, suffix, bl, bs) // as historyLookalike
	})
	if !ok {
		return "", false
	}
	return x.underSuffix(b, suffix), true
}

// underSuffix is the listed brand domain with brand's registrable label
// under suffix (amazon.de for amazon.com under de), else brand: a name
// listed under several suffixes stands for itself by its first one, but
// a lookalike under one of the others imitates that country's site.
func (x *brandIndex) underSuffix(brand, suffix string) string {
	bl, bs := label(brand)
	if bs == suffix {
		return brand
	}
	if d := bl + "." + suffix; x.exact[d] {
		return d
	}
	return brand
}

// nearEdit finds a brand domain whose label is within one deletion of the
// label d either way and that satisfies ok(d, brand).
func (x *brandIndex) nearEdit(d string, ok func(d, brand string) bool) (string, bool) {
	var buf [128]byte
	if len(d) > len(buf) {
		return "", false
	}
	if b, found := x.check(d, d, ok); found {
		return b, true
	}
	for j := 0; j < len(d); j++ {
		n := copy(buf[:], d[:j])
		n += copy(buf[n:], d[j+1:])
		if b, found := x.check(string(buf[:n]), d, ok); found {
			return b, true
		}
	}
	return "", false
}

func (x *brandIndex) check(key, d string, ok func(d, brand string) bool) (string, bool) {
	for _, i := range x.del[key] {
		if ok(d, x.domains[i]) {
			return x.domains[i], true
		}
	}
	return "", false
}

// registrableName reports whether a candidate domain could be anyone's
// site: letters, digits, hyphens and dots only, with a top-level label of
// two characters or more. A parse fragment ("!example.com", "example.c")
// is no lookalike: nobody can register it, so it cannot be an attacker's
// destination.
func registrableName(d string) bool {
	for i := 0; i < len(d); i++ {
		c := d[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	dot := strings.LastIndexByte(d, '.')
	return dot > 0 && len(d)-dot > 2
}

// similarGlyphs lists pairs of characters whose shapes are alike in common
// fonts (lowercase hostnames), enough that a different initial of our own
// name may pass unnoticed (firstLetterSwap). Most are different letters a
// reader does tell apart inside a name (chose, chase): confusableGlyphs
// holds the few that are misread there.
const similarGlyphs = "il i1 l1 ij o0 ce eo ao uv vy nm nh gq pq bd bh b6 s5 z2 g9 t7"

// confusableGlyphs lists the pairs of characters a reader takes for each
// other inside a lowercase hostname: the ASCII rows of UTS #39's
// confusables (1 for l, 0 for o; rn, vv and cl for m, w and d are the
// skeleton's), i for l (I and l are one glyph in many sans-serif fonts,
// and a hostname shown in capitals turns i into I), and a digit drawn
// like the letter it stands for (5 for s, 6 for b, 2 for z, 9 for g, 7
// for t: cha5e, micro5oft, goo9le), which makes no other word, so no
// other company's name. Other one-letter substitutions (o for a, m for n,
// d for b) make another name, which another company may well hold.
const confusableGlyphs = "il i1 l1 o0 s5 b6 z2 g9 t7"

// similar reports whether a and b are a pair of alike glyphs
// (similarGlyphs).
func similar(a, b byte) bool {
	return pairIn(similarGlyphs, a, b)
}

// confusableGlyph reports whether a and b are a pair of characters
// misread for each other (confusableGlyphs).
func confusableGlyph(a, b byte) bool {
	return pairIn(confusableGlyphs, a, b)
}

func pairIn(pairs string, a, b byte) bool {
	for i := 0; i+1 < len(pairs); i += 3 {
		x, y := pairs[i], pairs[i+1]
		if a == x && b == y || a == y && b == x {
			return true
		}
	}
	return false
}

// confusableEdit reports whether a is a plausible misreading of p by one
// edit a reader would overlook: one character swapped for a confusable
// glyph (confusableGlyphs: paypa1, micr0soft, cha5e; rnicrosoft is left to the
// skeleton), two neighbours transposed
// (paypla), or a doubled letter or hyphen added or dropped (amazzon,
// micro-soft). Any other edit makes another name (shop02 / shop07,
// ubsenergy / ubswenergy, chose / chase), which two real correspondents
// may well have.
func confusableEdit(a, p string) bool {
	switch d := len(a) - len(p); {
	case d == 0:
		return sameLenConfusable(a, p)
	case d == 1:
		return doubledInsert(a, p)
	case d == -1:
		return doubledInsert(p, a)
	}
	return false
}

func sameLenConfusable(a, p string) bool {
	i := 0
	for i < len(a) && a[i] == p[i] {
		i++
	}
	if i == len(a) {
		return false
	}
	if a[i+1:] == p[i+1:] {
		return confusableGlyph(a[i], p[i])
	}
	return i+1 < len(a) && a[i] == p[i+1] && a[i+1] == p[i] && a[i+2:] == p[i+2:]
}

// labelEdit reports whether the registrable label al (under the suffix
// as) is one confusable edit of pl (under ps): under the same suffix any
// confusableEdit (paypa1.com, paypla.com, paypall.com for paypal.com);
// under another only a confusable glyph (paypa1.de), since a swapped or
// doubled letter there is as often a word of that country's language
// (appel.nl, chasse.fr) as an imitation, and the other suffix already
// shows a reader another site.
func labelEdit(al, as, pl, ps string) bool {
	if as == ps {
		return confusableEdit(al, pl)
	}
	i := 0
	for i < len(al) && i < len(pl) && al[i] == pl[i] {
		i++
	}
	return len(al) == len(pl) && i < len(al) && al[i+1:] == pl[i+1:] && confusableGlyph(al[i], pl[i])
}

// doubledInsert: long is short with one character added that repeats its
// neighbour or is a hyphen.
func doubledInsert(long, short string) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	if long[i+1:] != short[i:] {
		return false
	}
	c := long[i]
	return c == '-' || i > 0 && long[i-1] == c || i+1 < len(long) && long[i+1] == c
}

// firstLetterSwap reports whether a differs from p only by a first
// character that does not look like p's (cooking / booking): readers
// notice the initial, and such a pair is two words, not a typo.
func firstLetterSwap(a, p string) bool {
	return len(a) == len(p) && len(a) > 1 && a[0] != p[0] && a[1:] == p[1:] && !similar(a[0], p[0])
}

// historyLookalike reports whether candidate a is a near miss of p, a
// domain from a recipient's history: its registrable label has the
// skeleton of p's label (of 4 letters or more) or is one confusable edit
// (labelEdit) of it (of 5 letters or more).
// Stricter than closeSpelling, because history holds many ordinary names
// that differ by one letter from other ordinary names. Only the labels are
// compared, as for brands (brandIndex.nearConfusable): p's name under
// another suffix, or with an edit in its suffix (partner.de,
// canada.co for canada.ca), is another country's site, not a misspelling.
// a and p are registrable domains; aSkel is a's skeleton.
func historyLookalike(skeleton func(string) string, a, aSkel, p string) bool {
	if strings.IndexByte(p, '/') >= 0 { // a preview's site key (previewSite) is no domain anyone can miss
		return false
	}
	al, as := label(a)
	pl, ps := label(p)
	if al == pl {
		return false
	}
	if sl, _ := label(aSkel); len(pl) >= 4 && len(sl)-len(pl) <= 4 && len(pl)-len(sl) <= 4 {
		if pk, _ := label(skeleton(p)); sl == pk {
			return true
		}
	}
	return len(pl) >= 5 && labelEdit(al, as, pl, ps)
}
