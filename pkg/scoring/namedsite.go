package scoring

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// minNameLen is the shortest site name the text may be said to name:
// shorter ones (ge, ino, rwe) match initials and ordinary words by chance.
const minNameLen = 4

// siteName is the name a registrable domain is read by, its first label
// ("aircanada" of aircanada.ca), or "" when that label cannot be told
// apart in text: shorter than minNameLen, hyphenated (strings of words are
// hyphenatedHost's concern, and a lure's favourite), an A-label, or digits
// only. Domains are lowercase ASCII.
func siteName(domain string) string {
	name, _, ok := strings.Cut(domain, ".")
	if !ok || len(name) < minNameLen || strings.HasPrefix(name, "xn--") {
		return ""
	}
	letter := false
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 'a' && c <= 'z':
			letter = true
		case c < '0' || c > '9':
			return ""
		}
	}
	if !letter {
		return ""
	}
	return name
}

// maxNames bounds the site names one message is checked for; the domains
// after the first maxNames distinct names get no named_site credit.
const maxNames = 32

// nameScan finds which site names a message's words spell: a name is
// spelled by one word or by two or three adjacent words run together
// ("GE Appliances" spells geappliances), case aside. Words are runs of
// letters and digits; only ASCII ones spell names. Words inside URLs, host names and addresses
// do not count: a link's own URL names its host and proves nothing.
type nameScan struct {
	names [maxNames]string
	n     int
	found uint32 // bit k: names[k] was spelled
	// brands, when set, knows the shipped brands' tokens: a name that
	// words run together spell does not count when one of them is a
	// brand's, as a lure's netflixbilling.com is spelled by "Netflix
	// billing"; a brand's own name in one word (Amazon for amazon.de) does.
	brands *brandIndex
	// family, when set, lists the domains of a link domain's brand family
	// (the link's own may be among them), whose site names are looked for
	// after the links' own (namedSiteOrFamily).
	family func(domain string) []string
	first  [36]uint32 // by a name's first letter or digit (slot): bit k for names[k]
	w      [3]string  // the last three words of the current text, newest last
}

// add makes name a candidate, once.
func (s *nameScan) add(name string) {
	if name == "" || s.n == maxNames || slices.Contains(s.names[:s.n], name) {
		return
	}
	s.names[s.n] = name
	s.n++
	s.first[slot(name[0])] |= 1 << (s.n - 1)
}

// has reports whether name was spelled.
func (s *nameScan) has(name string) bool {
	k := slices.Index(s.names[:s.n], name)
	return k >= 0 && s.found&(1<<k) != 0
}

// done reports whether every candidate was spelled.
func (s *nameScan) done() bool { return s.found == 1<<s.n-1 }

// text scans one text; words do not run together across texts.
func (s *nameScan) text(t string) {
	s.w = [3]string{}
	for i := 0; i < len(t) && !s.done(); {
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		j := i
		for j < len(t) && !isSpace(t[j]) {
			j++
		}
		if f := t[i:j]; urlish(f) {
			s.w = [3]string{}
		} else {
			s.field(f)
		}
		i = j
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// field scans the words of one whitespace-separated field. A word with
// non-ASCII letters ("Intermédica") is one word that spells no name.
func (s *nameScan) field(f string) {
	for i := 0; i < len(f); {
		if !wordByte(f[i]) {
			i++
			continue
		}
		j := i
		for j < len(f) && wordByte(f[j]) {
			j++
		}
		s.w = [3]string{s.w[1], s.w[2], f[i:j]}
		s.match()
		i = j
	}
}

// wordByte: ASCII letters and digits, and the bytes of non-ASCII runes.
func wordByte(c byte) bool { return wordLower[c] != 0 || c >= 0x80 }

// match checks the newest word, alone and run together with the one or
// two before it, against the names not yet spelled that start as it does.
func (s *nameScan) match() {
	a, b, c := s.w[0], s.w[1], s.w[2]
	for m := s.starting(c); m != 0; m &= m - 1 {
		if k := bits.TrailingZeros32(m); spells(s.names[k], c) {
			s.found |= 1 << k
		}
	}
	// only names as long as the words run together can be spelled: the
	// brand tokens are looked up for those alone
	mb, ma := s.ofLen(s.starting(b), len(b)+len(c)), s.ofLen(s.starting(a), len(a)+len(b)+len(c))
	if mb|ma == 0 || s.hasBrand(b, c) {
		return // a brand's name run on with other words (Netflix billing) spells no site
	}
	for m := mb; m != 0; m &= m - 1 {
		if k := bits.TrailingZeros32(m); spells2(s.names[k], b, c) {
			s.found |= 1 << k
		}
	}
	if ma == 0 || s.hasBrand(a, "") {
		return
	}
	for m := ma; m != 0; m &= m - 1 {
		if k := bits.TrailingZeros32(m); spells3(s.names[k], a, b, c) {
			s.found |= 1 << k
		}
	}
}

// hasBrand reports whether one of the words is a brand's token.
func (s *nameScan) hasBrand(x, y string) bool {
	return s.brands != nil && (s.brands.isToken(x) || y != "" && s.brands.isToken(y))
}

// ofLen is the set of the names in set that are n bytes long.
func (s *nameScan) ofLen(set uint32, n int) uint32 {
	for m := set; m != 0; m &= m - 1 {
		if k := bits.TrailingZeros32(m); len(s.names[k]) != n {
			set &^= 1 << k
		}
	}
	return set
}

// starting is the set of names not yet spelled that start with the word's
// first letter.
func (s *nameScan) starting(w string) uint32 {
	if w == "" || wordLower[w[0]] == 0 {
		return 0
	}
	return s.first[slot(wordLower[w[0]])] &^ s.found
}

// slot numbers a lowercase letter or digit 0-35.
func slot(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c-'a') + 10
}

// spells, spells2 and spells3 report whether one, two or three words run
// together equal the lowercase name, case aside; a missing word ("")
// spells nothing.
func spells(name, c string) bool {
	return c != "" && len(name) == len(c) && foldPrefix(name, c)
}

func spells2(name, b, c string) bool {
	return b != "" && len(name) == len(b)+len(c) && foldPrefix(name, b) && foldPrefix(name[len(b):], c)
}

func spells3(name, a, b, c string) bool {
	return a != "" && len(name) == len(a)+len(b)+len(c) && foldPrefix(name, a) && spells2(name[len(a):], b, c)
}

// foldPrefix reports whether the word w (letters and digits) is a prefix of
// the lowercase name, case aside.
func foldPrefix(name, w string) bool {
	for i := 0; i < len(w); i++ {
		if wordLower[w[i]] != name[i] {
			return false
		}
	}
	return true
}

// urlish reports whether a field holds a URL, a host name or an address:
// a dot, slash or at sign between two letters or digits, or "://" (a URL
// cut short after its scheme, as in a shortened link text).
func urlish(f string) bool {
	if strings.Contains(f, "://") {
		return true
	}
	for i := 1; i+1 < len(f); i++ {
		switch f[i] {
		case '.', '/', '@':
			if wordLower[f[i-1]] != 0 && wordLower[f[i+1]] != 0 {
				return true
			}
		}
	}
	return false
}

// scanNames reads the message's subject, sender name, link texts and the
// text around its links for the site names of its judged links (a
// company's mail says who it is in its display name: "GE Appliances").
// Neighbouring links' contexts are windows of one text: only what a
// context adds to the one before it is read (newText).
func (s *nameScan) scanNames(in *Input) {
	var doms [maxNames]string // the judged links' distinct domains, while they fit
	n := 0
	for i := range in.Links {
		if l := &in.Links[i]; skipCode(l) == "" && !slices.Contains(doms[:min(n, len(doms))], l.Domain) {
			if n < len(doms) {
				doms[n] = l.Domain
			}
			n++
			s.add(siteName(l.Domain))
		}
	}
	s.addFamilies(in, doms[:min(n, len(doms))], n > len(doms))
	if s.n == 0 {
		return
	}
	s.text(in.Subject)
	s.text(in.FromName)
	var lastDisplay, lastContext string
	for i := range in.Links {
		l := &in.Links[i]
		if l.Display != lastDisplay {
			s.text(l.Display)
			lastDisplay = l.Display
		}
		if l.Context != lastContext {
			s.text(newText(lastContext, l.Context))
			lastContext = l.Context
		}
	}
}

// addFamilies adds the site names of the families of the judged links'
// domains doms, in the links' order; when not all of them fitted in doms
// (more), it asks each judged link. A domain repeated adds nothing new.
func (s *nameScan) addFamilies(in *Input, doms []string, more bool) {
	if s.family == nil {
		return
	}
	if !more {
		for _, d := range doms {
			for _, o := range s.family(d) {
				s.add(siteName(o))
			}
		}
		return
	}
	for i := range in.Links {
		if l := &in.Links[i]; skipCode(l) == "" {
			for _, o := range s.family(l.Domain) {
				s.add(siteName(o))
			}
		}
	}
}

// newText is the part of cur not already in prev: all of cur, or, when cur
// starts inside prev and runs past its end (overlap's k then reaches the
// end of prev), the rest of cur from the start of the field where it
// departs, less two more fields with words, so that words run together
// across the seam as they do in the whole text.
func newText(prev, cur string) string {
	_, k := overlap(prev, cur)
	switch {
	case k == len(cur):
		return ""
	case k == 0:
		return cur
	}
	for n := 0; n < 3 && k > 0; { // the field at k, then two with words before it
		for k > 0 && isSpace(cur[k-1]) {
			k--
		}
		words := n == 0
		for k > 0 && !isSpace(cur[k-1]) {
			words = words || wordByte(cur[k-1])
			k--
		}
		if words {
			n++
		}
	}
	return cur[k:]
}

// namesSite reports whether the message's words name the domain's site,
// which a tenant's domain under a private suffix is not (its name is
// anyone's); the message is read once, on the first ask.
func (m *message) namesSite(domain string) bool {
	if !m.namesDone {
		m.names.brands = &m.t.brands
		m.names.family = func(d string) []string { return data().ownDomains(strings.ToLower(d)) }
		m.names.scanNames(&m.in)
		m.namesDone = true
	}
	return m.names.has(siteName(domain)) && !m.tenant(domain)
}

// namedSiteContext: the message's own words (scanNames) name the link's
// site ("Rigzone" for rigzone.com, "GE Appliances" for geappliances.com), as a company's
// mail names the company. A lure names the brand it impersonates and leads
// to a throwaway domain whose name it never writes out. Like site_pages it
// offsets at most the link's remaining novelty (novel), never form,
// lookalike or intent evidence, and it is not for shared hosts (shorteners,
// free hosting, shared platforms: hl.shared; a tenant's domain under a
// private public suffix), whose names are the platform's or anyone's,
// nor for IP literals, nor for a link whose text shows another site
// (showsOwnSite). The message is read (named) only when nothing else
// rules it out.
func namedSiteContext(w *Weights, l *links.Link, hl hostListMatch, named func(domain string) bool, novel float64) (evid, bool) {
	if w.LessNamedSite == 0 || !siteCredit(l, hl, novel) || !showsOwnSite(l) {
		return evid{}, false
	}
	if !named(l.Domain) {
		return evid{}, false
	}
	return evid{code: CodeNamedSite, w: -min(w.LessNamedSite, novel), cls: classContext, a: l.Domain, b: siteName(l.Domain)}, true
}

// namedSiteOrFamily is namedSiteContext, or, when the message's words
// name no site of the link's domain, one of another domain of the
// family publishing the link's host (fam, familyOf): a Teams
// invitation's words name Microsoft, whose aka.ms help link is as much
// Microsoft's site as microsoft.com. The sentence names the family's
// site.
func (m *message) namedSiteOrFamily(w *Weights, l *links.Link, hl hostListMatch, fam string, novel float64) (evid, bool) {
	if e, ok := namedSiteContext(w, l, hl, m.namesSite, novel); ok || fam == "" {
		return e, ok
	}
	for _, o := range m.t.familyOwn[fam] {
		if o == l.Domain {
			continue
		}
		if e, ok := namedSiteContext(w, l, hl, func(string) bool { return m.namesSite(o) }, novel); ok {
			e.b = siteName(o)
			return e, true
		}
	}
	return evid{}, false
}

// quotedContext: the link sits in the quoted or forwarded part of its text
// part (links.FlagQuoted: after a reply's "On ... wrote:", a forward
// separator, '>' quoting or a mail client's HTML quote markup), so it is
// what the conversation carried before, not what the sender asks for now;
// a lure puts its link in the new text. Anyone can forge a quote, so like
// the site credits it offsets at most the link's remaining novelty (novel),
// never form, lookalike or intent evidence, and it is not for shared hosts
// or IP literals (siteCredit), whose links no conversation vouches for.
func quotedContext(w *Weights, l *links.Link, hl hostListMatch, novel float64) (evid, bool) {
	if !l.Flags.Has(links.FlagQuoted) || !siteCredit(l, hl, novel) {
		return evid{}, false
	}
	return evid{code: CodeQuotedLink, w: -min(w.LessQuoted, novel), cls: classContext, a: l.Domain}, true
}
