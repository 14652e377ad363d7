package scoring

import (
	"cmp"
	"encoding/base64"
	"hash/maphash"
	"maps"
	"slices"
	"strings"
)

// Recipients of one message are judged once per class (rcptClasses):
// every recipient whose judgement reads the same facts gets the same
// action, level and score, so only the first of each class can be the
// strictest (a later one must be strictly stricter to take its place),
// and only it needs judging. A message to 10,000 recipients nobody has
// written to, with 2,000 new link domains, judged each link 10,000 times
// (4 s on a quiet machine, 11 s on a busy one, near decision_budget).

// groupFrom: fewer distinct recipients are judged one by one (a
// variable for the tests). Two recipients of one class already cost more
// judged than sorted: a judgement reads every link, the classifier a
// recipient's history and only the URLs of links with novelty.
var groupFrom = 2

// hashFrom: the classes of fewer recipients are found by comparing each
// key with the classes' keys, which costs less than hashing the keys'
// link histories.
const hashFrom = 8

const (
	// maxRcptWork is the most recipient-link judgements a message gets
	// (classes times judged links, in each of Score's passes): past it,
	// the first classes that fit are judged and the message counts as
	// scan_limit ("recipients"), so it is held, not passed unscanned at
	// the decision budget. Real mail does not approach it: 1,000 classes
	// of recipients with max_links' 2,000 links, 100,000 with 20 links.
	maxRcptWork = 2_000_000
	// minRcptClasses: however many links, at least this many classes are
	// judged before the message counts as scan_limit, unless
	// maxRcptURLBytes ends it first.
	minRcptClasses = 100
	// maxRcptURLBytes bounds the bytes of URL searched for recipients'
	// addresses and domains (addressInURL, rcptInURLWith), which each
	// class reads in every judged link and the classifier in every link
	// that may hold an address, for each recipient (ownAddr): a
	// judgement's cost is its URL's length, up to links.MaxURLBytes
	// (16 KiB), so 2,000 such links padded to slow the search cost
	// seconds a class. Past it the message counts as scan_limit as past
	// maxRcptWork. Real mail does not approach it: 2,000,000 judgements
	// of URLs of 256 bytes.
	maxRcptURLBytes = 512 << 20
)

// rcptKey is everything the judgement of one recipient reads
// (evalRecipient: relationship, evalLink, decide) beyond the message:
// two recipients with equal keys get equal judgements but for the
// address their evidence names. RecipientHistory.Recipient is read by
// no signal and left out; a signal that reads more of the recipient
// must add it here (TestPropertyRcptClasses varies each field).
type rcptKey struct {
	named bool // the address is not empty (evalLink)
	// domain is the address's domain (forgedOwn for list mail;
	// rcptInURLWith: a link into it, rcpt_domain_in_url).
	domain string
	// addr is the address when it alone may change the judgement
	// (ownAddr), else "": each such recipient is a class of its own.
	addr          string
	pair, warned  Stat
	known         []string
	links, family map[string]Stat
}

func (k *rcptKey) equal(o *rcptKey) bool {
	return k.named == o.named && k.domain == o.domain && k.addr == o.addr && k.pair == o.pair && k.warned == o.warned &&
		slices.Equal(k.known, o.known) && maps.Equal(k.links, o.links) && maps.Equal(k.family, o.family)
}

// hash is k's hash under seed; the maps' entries are added up, in no
// order.
func (k *rcptKey) hash(seed maphash.Seed) uint64 {
	type entry struct {
		k string
		s Stat
	}
	var h maphash.Hash
	h.SetSeed(seed)
	maphash.WriteComparable(&h, k.named)
	h.WriteString(k.domain)
	h.WriteByte(0)
	h.WriteString(k.addr)
	h.WriteByte(0)
	maphash.WriteComparable(&h, k.pair)
	maphash.WriteComparable(&h, k.warned)
	for _, d := range k.known {
		h.WriteString(d)
		h.WriteByte(0)
	}
	for i, ms := range [2]map[string]Stat{k.links, k.family} {
		sum := uint64(len(ms))
		for d, s := range ms {
			sum += maphash.Comparable(seed, entry{d, s})
		}
		maphash.WriteComparable(&h, [2]uint64{uint64(i), sum})
	}
	return h.Sum64()
}

// rcptClasses returns the first recipient of each class of rcpts (equal
// rcptKey), in their order, and whether classes past maxRcptWork were
// left out. rcpts itself when it is short. The slice it returns and the
// classifier's storage come from m's scratch.
func (m *message) rcptClasses(rcpts []string) ([]string, bool) {
	if len(rcpts) < groupFrom {
		return rcpts, false
	}
	limit := m.classLimit()
	c := m.newClassifier(len(rcpts))
	defer c.keep(m.s)
	out := m.s.classes.take(min(len(rcpts), hashFrom))[:0]
	for _, r := range rcpts {
		if c.budget < 0 {
			return out, true // the classifier searched its URL bytes
		}
		if !c.add(m, r) {
			continue
		}
		if len(out) == limit {
			return out, true
		}
		out = append(out, r)
	}
	return out, false
}

// classLimit is the most classes whose judgements fit maxRcptWork and
// maxRcptURLBytes.
func (m *message) classLimit() int {
	judged, urlBytes := 0, 0
	for i := range m.links {
		if m.links[i].skip == "" {
			judged++
			urlBytes += len(m.links[i].l.URL)
		}
	}
	limit := max(minRcptClasses, maxRcptWork/max(1, judged))
	return max(1, min(limit, maxRcptURLBytes/max(1, urlBytes)))
}

// newClassifier returns a classifier for n recipients of m, its storage
// taken from m's scratch.
func (m *message) newClassifier(n int) rcptClassifier {
	c := rcptClassifier{budget: maxRcptURLBytes, keys: m.s.keys.take(min(n, hashFrom))[:0],
		atLinks: m.s.linkIdx[0][:0], b64Links: m.s.linkIdx[1][:0]}
	if n >= hashFrom {
		c.seed, c.byHash = maphash.MakeSeed(), map[uint64][]int32{}
	}
	for i := range m.links {
		if b := &m.links[i]; b.skip == "" && b.novel > 0 { // only novelForRecipient reads the address in a URL
			switch f := b.urlFacts(); {
			case f.at:
				c.atLinks = append(c.atLinks, int32(i))
			case f.b64 > 0:
				c.b64Links = append(c.b64Links, int32(i))
			}
		}
	}
	slices.SortStableFunc(c.b64Links, func(a, b int32) int { // longest run first: ownAddr stops at the first too short
		return cmp.Compare(m.links[b].urlFacts().b64, m.links[a].urlFacts().b64)
	})
	for _, a := range m.in.Allow {
		if a.Recipient != "" {
			c.allowFor = append(c.allowFor, a.Recipient)
		}
	}
	return c
}

// keep gives the scratch s c's link index lists (grown or not) for the
// next message.
func (c *rcptClassifier) keep(s *scratch) {
	s.linkIdx = [2][]int32{keepBuf(c.atLinks, maxKept), keepBuf(c.b64Links, maxKept)}
}

// rcptClassifier sorts a message's recipients into classes.
type rcptClassifier struct {
	seed     maphash.Seed
	keys     []rcptKey          // the classes' keys, in order
	byHash   map[uint64][]int32 // indexes into keys; nil: fewer than hashFrom recipients
	atLinks  []int32            // judged links with novelty whose URL holds an "@" (addressInURL)
	b64Links []int32            // the others with a base64 run, longest first
	allowFor []string           // the recipients allowlist entries name
	budget   int                // URL bytes ownAddr may still search (maxRcptURLBytes)
}

// add reports whether the recipient r of message m starts a new class.
func (c *rcptClassifier) add(m *message, r string) bool {
	key := normAddr(r)
	rh := m.in.History.Recipients[key]
	k := rcptKey{named: key != "", domain: domainOf(key), pair: rh.Pair, warned: rh.Warned, known: rh.Known, links: rh.Links, family: rh.FamilyLinks}
	if c.ownAddr(m, key) {
		k.addr = key
	}
	h, found := c.find(&k)
	if found {
		return false
	}
	if c.byHash != nil {
		c.byHash[h] = append(c.byHash[h], int32(len(c.keys)))
	}
	c.keys = append(c.keys, k)
	return true
}

// find reports whether a class has the key k, looking among the keys of
// k's hash (returned), or among all keys when c hashes none (byHash nil).
func (c *rcptClassifier) find(k *rcptKey) (uint64, bool) {
	if c.byHash == nil {
		for i := range c.keys {
			if c.keys[i].equal(k) {
				return 0, true
			}
		}
		return 0, false
	}
	h := k.hash(c.seed)
	return h, slices.ContainsFunc(c.byHash[h], func(i int32) bool { return c.keys[i].equal(k) })
}

// ownAddr: the address key itself, not only its domain and history, may
// change its judgement: it is the sender's (forgedOwn), an allowlist
// entry names it (senderAllowed, linkAllowed), or a judged link's URL
// holds it, plain, escaped or in base64 (addressInURL).
func (c *rcptClassifier) ownAddr(m *message, key string) bool {
	if key == m.sender || slices.ContainsFunc(c.allowFor, func(a string) bool { return strings.EqualFold(a, key) }) {
		return true
	}
	forms := plainRcptForms(key)
	if forms.variants[0] == "" {
		return false
	}
	for _, i := range c.atLinks {
		b := &m.links[i]
		c.budget -= len(b.l.URL)
		if addressFound(&m.p.Weights, b.l.URL, b.urlFacts(), &forms) {
			return true
		}
	}
	need := base64.RawStdEncoding.EncodedLen(len(forms.variants[0]))
	for _, i := range c.b64Links { // a run shorter than the address's base64 cannot hold it
		b := &m.links[i]
		f := b.urlFacts()
		if int(f.b64) < need {
			break
		}
		c.budget -= len(b.l.URL)
		if addressFound(&m.p.Weights, b.l.URL, f, &forms) {
			return true
		}
	}
	return false
}

// addressFound: addressInURL finds the address of forms in the URL u.
func addressFound(w *Weights, u string, f *urlFacts, forms *rcptForms) bool {
	_, ok := addressInURL(w, u, f, forms)
	return ok
}
