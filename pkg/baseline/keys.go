package baseline

import (
	"crypto/hmac"
	"crypto/sha256"
	"hash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/norm"
)

// kind is one family of records, stored in its own bucket.
type kind struct {
	name       string // for Inspect and errors
	bucket     []byte
	senders    bool // record carries a distinct-senders sketch
	recipients bool // record carries a distinct-recipients sketch
}

// Record kinds; indexes into Store.kinds-sized arrays.
const (
	kSender = iota // sender address
	kSenderDomain
	kName         // display name
	kNameOrg      // display name and the sender's registrable domain (nameOrgKey)
	kDomain       // link registrable domain
	kHost         // link host
	kRcpt         // recipient address
	kList         // a To or Cc address of learned inbound mail (Observation.Lists); senders: the authors' registrable domains
	kListName     // display name of list posts' authors (Observation.AuthorName); senders: the authors
	kListNameAddr // display name and the address of a list post's author (listNameKey)
	kListSent     // a list's address: its posts learned here that it sent itself (Observation.ListSent)
	kPair         // id(sender) id(recipient)
	kSLink        // id(sender) id(link domain)
	kSDLink       // id(sender domain) id(link domain)
	kRLink        // id(recipient) id(link domain)
	kWarned       // id(sender) id(recipient), from mail delivered with a warning only
	kThread       // id(Message-ID) id(sender): a message learned here, for replies to it
	numKinds      // count
)

var kinds = [numKinds]kind{
	kSender:       {name: "sender", bucket: []byte("baseline/sender"), recipients: true},
	kSenderDomain: {name: "sender-domain", bucket: []byte("baseline/sender-domain"), senders: true, recipients: true},
	kName:         {name: "name", bucket: []byte("baseline/name"), senders: true},
	kNameOrg:      {name: "name-org", bucket: []byte("baseline/name-org")},
	kDomain:       {name: "domain", bucket: []byte("baseline/domain"), senders: true, recipients: true},
	kHost:         {name: "host", bucket: []byte("baseline/host"), senders: true, recipients: true},
	kRcpt:         {name: "recipient", bucket: []byte("baseline/recipient"), senders: true},
	kList:         {name: "list", bucket: []byte("baseline/list"), senders: true, recipients: true},
	kPair:         {name: "pair", bucket: []byte("baseline/pair")},
	kSLink:        {name: "sender-link", bucket: []byte("baseline/sender-link")},
	kSDLink:       {name: "sender-domain-link", bucket: []byte("baseline/sender-domain-link")},
	kRLink:        {name: "recipient-link", bucket: []byte("baseline/recipient-link")},
	kWarned:       {name: "warned-pair", bucket: []byte("baseline/warned-pair")},
	kThread:       {name: "thread", bucket: []byte("baseline/thread")},
	kListName:     {name: "list-name", bucket: []byte("baseline/list-name"), senders: true},
	kListNameAddr: {name: "list-name-addr", bucket: []byte("baseline/list-name-addr")},
	kListSent:     {name: "list-sent", bucket: []byte("baseline/list-sent")},
}

var (
	bucketMeta      = []byte("baseline/meta")
	bucketKnown     = []byte("baseline/known")
	bucketLinkNames = []byte("baseline/link-names") // id(link domain) -> link domain, for Inspect
	keySchema       = []byte("schema")
	keyHashID       = []byte("hash-id")
	keyIDSalt       = []byte("id-salt")
)

// idLen is the size of one part of a two-part key: a keyed 64-bit hash.
// The key is a random per-DB salt, so nobody can craft a collision with
// a domain or address they do not know the id of.
const idLen = 8

const hashLen = 16 // bytes of HMAC kept per hashed address

// Longest key parts learned. Longer ones are not valid (an address has at
// most 64+1+255 octets, a host name 253) or are junk (a display name), and
// a key over bbolt's limit would make every flush fail: they normalise to
// "", which learns nothing.
const (
	maxAddrLen  = 320
	maxHostLen  = 253
	maxNameLen  = 256
	maxMsgIDLen = 998 // a header line's limit (RFC 5322)
)

// MaxThreadRefs bounds the Message-IDs one lookup reads (Query.Thread):
// a caller need not collect more.
const MaxThreadRefs = 8

// normMsgID trims a Message-ID's angle brackets and surrounding spaces;
// otherwise Message-IDs compare exactly. An overlong one is junk: "".
func normMsgID(id string) string {
	id = strings.TrimSpace(id)
	id = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">"))
	if len(id) > maxMsgIDLen {
		return ""
	}
	return id
}

// normHost lowercases a host or domain, trims dots and spaces, and converts
// it to IDNA A-labels. Unconvertible input is kept lowercased.
func normHost(h string) string {
	h = strings.TrimSpace(h)
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	h = strings.Trim(h, ".")
	if len(h) > 4*maxHostLen { // even as Unicode, too long to be a host
		return ""
	}
	if isASCII(h) {
		if len(h) > maxHostLen {
			return ""
		}
		return strings.ToLower(h)
	}
	if a, err := idna.Lookup.ToASCII(h); err == nil && len(a) <= maxHostLen {
		return a
	}
	if h = strings.ToLower(h); len(h) > maxHostLen {
		return ""
	}
	return h
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normAddr lowercases an address, strips angle brackets and normalises its
// domain. An address without '@' is kept as a lowercased local part.
func normAddr(a string) string {
	a = strings.TrimSpace(a)
	a = strings.TrimSuffix(strings.TrimPrefix(a, "<"), ">")
	if len(a) > maxAddrLen {
		return ""
	}
	i := strings.LastIndexByte(a, '@')
	if i < 0 {
		return strings.ToLower(a)
	}
	local, dom := strings.ToLower(a[:i]), normHost(a[i+1:])
	if dom == "" {
		return ""
	}
	if len(a) == len(local)+1+len(dom) && a[:i] == local && a[i+1:] == dom {
		return a
	}
	return local + "@" + dom
}

// domainOf returns the part after the last '@' (or s itself).
func domainOf(s string) string {
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// nameOrgKey is the clear text of a kNameOrg key: the normalised display
// name, a NUL, and the registrable domain of the sender's address (a NUL
// never occurs in a domain, so the key ends with the sender's own
// organisation whatever the name holds).
func nameOrgKey(name, addr string) string {
	return nameAtOrg(name, orgOf(addr))
}

// nameAtOrg is nameOrgKey with the organisation already read (orgOf).
func nameAtOrg(name, org string) string { return name + "\x00" + org }

// listNameKey is the clear text of a kListNameAddr key: the read display
// name, a NUL, and the author's mailbox (mailbox: her whole address, not
// its organisation as nameOrgKey, since a member at gmail.com shares
// hers with every stranger; but without a +tag, so a member who
// subscribes as pat+lists@ is herself when she writes from pat@).
func listNameKey(name, addr string) string {
	return name + "\x00" + mailbox(addr)
}

// mailbox is the mailbox a normalised address delivers to: its local part
// without a "+tag" subaddress (RFC 5233, as Gmail, Outlook.com, iCloud,
// Fastmail and Postfix's default recipient_delimiter read it: a local
// part that starts with '+' keeps it), and at gmail.com and googlemail.com
// (one mailbox under either name) without the dots Gmail ignores
// ("Pat.Nguyen@gmail.com" is patnguyen@gmail.com). Only the list-name
// records read an address so (listNameKey: is this the member's own
// mailbox?); every other record keeps the whole address, as it always
// has, so a subaddress's history stays its own and no stored key changes.
func mailbox(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return addr
	}
	local, dom := addr[:at], addr[at+1:]
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	if dom == "gmail.com" || dom == "googlemail.com" {
		dom = "gmail.com"
		if d := strings.ReplaceAll(local, ".", ""); d != "" {
			local = d
		}
	}
	if len(local) == at && dom == addr[at+1:] {
		return addr
	}
	return local + "@" + dom
}

// orgOf is the registrable domain of an address (its domain when it has
// none): the organisation behind it, as one owner's subdomains are one.
func orgOf(addr string) string {
	d := domainOf(addr)
	if r, err := publicsuffix.EffectiveTLDPlusOne(d); err == nil {
		d = r
	}
	return d
}

// normName lowercases a display name and collapses its whitespace, as a
// reader sees the name: any Unicode space (a no-break, thin or ideographic
// space) counts as one space, invisible format characters (zero-width
// space and joiners, soft hyphen, direction marks) are dropped, and
// compatibility letters are read as the letters they show (NFKC:
// fullwidth "Ｋｅｖｉｎ" and mathematical bold "𝐊𝐞𝐯𝐢𝐧" are "kevin"; an
// accent stays), so "Kevin\u00a0Marsh" is the name "Kevin Marsh" and
// cannot pass for a new one (shadow_identity). This is the whole name,
// the key of records learned before names were read (nameKeys); the key
// now learned reads the result further as a person's name (readName). The fast path's white
// space is strings.Fields' in ASCII (a vertical tab or form feed, as an
// encoded word can carry, is a space too).
func normName(n string) string {
	if len(n) > 4*maxNameLen {
		return ""
	}
	n = strings.TrimSpace(strings.Trim(n, `"'`))
	if !isASCII(n) {
		n = norm.NFKC.String(strings.ToValidUTF8(n, "\uFFFD"))
	}
	n = strings.ToLower(n)
	if len(n) > maxNameLen {
		return ""
	}
	if !strings.ContainsAny(n, " \t\r\n\v\f") && isASCII(n) {
		return n
	}
	n = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, n)
	return strings.Join(strings.Fields(n), " ")
}

// keyer turns normalised addresses into stored key bytes: clear text, or a
// truncated HMAC when a hash key is configured.
type keyer struct {
	pool sync.Pool // of *hasher (HMAC); nil New when clear text
	ids  sync.Pool // of *hasher (HMAC keyed with the DB's id salt)
}

// hasher is a pooled HMAC with scratch space, so hashing allocates nothing.
type hasher struct {
	h   hash.Hash
	in  []byte
	sum [sha256.Size]byte
}

func newHasherPool(p *sync.Pool, secret []byte) {
	sec := append([]byte(nil), secret...)
	p.New = func() any { return &hasher{h: hmac.New(sha256.New, sec)} }
}

// appendSum appends the first n bytes of the HMAC of s.
func appendSum(p *sync.Pool, b []byte, s string, n int) []byte {
	h := p.Get().(*hasher)
	h.h.Reset()
	h.in = append(h.in[:0], s...)
	h.h.Write(h.in)
	b = append(b, h.h.Sum(h.sum[:0])[:n]...)
	p.Put(h)
	return b
}

// setIDSalt keys the ids of two-part keys.
func (k *keyer) setIDSalt(salt []byte) { newHasherPool(&k.ids, salt) }

// appendID appends the idLen-byte id of a stored key part (an address's
// stored form, or a clear domain).
func (k *keyer) appendID(b []byte, part string) []byte { return appendSum(&k.ids, b, part, idLen) }

func (k *keyer) id(part string) string {
	var buf [idLen]byte
	return string(k.appendID(buf[:0], part))
}

func newKeyer(secret []byte) *keyer {
	k := &keyer{}
	if len(secret) > 0 {
		newHasherPool(&k.pool, secret)
	}
	return k
}

func (k *keyer) hashed() bool { return k.pool.New != nil }

// appendAddr appends the stored form of a normalised address or name.
func (k *keyer) appendAddr(b []byte, addr string) []byte {
	if !k.hashed() {
		return append(b, addr...)
	}
	return appendSum(&k.pool, b, addr, hashLen)
}

// hashID identifies the hash key without revealing it; empty for clear text.
func (k *keyer) hashID() []byte {
	if !k.hashed() {
		return nil
	}
	return k.appendAddr(nil, "firstsight baseline hash id")
}
