package baseline

import (
	"slices"
	"strings"
	"time"
)

// obsKeys is an Observation normalised into stored key strings.
type obsKeys struct {
	t       uint32
	vouched bool
	sender  string // stored key ("" when no sender)
	sdom    string // clear
	name    string // stored key ("" when no name)
	nameOrg string // stored kNameOrg key ("" when no name or sender)
	rcpts   []string
	rdoms   []string // clear domain of each rcpts entry
	domains []string
	hosts   []string
	// ids (idLen bytes) of the parts of two-part keys
	sid, sdid string
	rids      []string // of rcpts
	dids      []string // of domains
	tid       string   // id of the message's own Message-ID ("" when none)
	lists     []string // stored keys of the To and Cc addresses learned (listKeys)
	lorg      string   // registrable domain of the author, which the lists count
	// a list post's author name (Observation.AuthorName): stored keys of
	// kListName and kListNameAddr, and the author's fingerprint
	listName, listNameAddr string
	author                 uint32
	listSent               bool // Observation.ListSent, under the sender's key
}

// Observe records one message for learning. It only touches memory; the
// next Flush writes it. Once Options.MaxPending records are pending,
// Observe starts writing them in the background, or, when a flush is
// still writing the previous batch, first waits for it (back-pressure).
// Inbound mail (o.Outbound false) teaches everything
// about the sender, its links and each recipient. Outbound mail marks each
// external recipient X as a contact of the sender A (pair X→A gets
// Outbound), and marks X, X's domain and the links as seen outbound;
// recipients in Options.InternalDomains are learned as inbound mail from A.
func (s *Store) Observe(o Observation) {
	if o.Time.IsZero() {
		o.Time = time.Now()
	}
	var internal, external []string
	if o.Outbound {
		internal, external = s.splitRecipients(o.Recipients)
	} else {
		internal = o.Recipients
	}
	in := s.keysFor(o, internal)
	var out obsKeys
	if o.Outbound {
		out = s.keysFor(o, external)
	}
	if s.stage(o, &in, &out, len(internal) > 0, len(external) > 0) {
		s.makeRoom() // back-pressure; on error the data stays pending
	}
}

// stage adds the keys to the pending batch and reports whether it is
// full. The lock is released by defer: the glue recovers a panic while
// learning one message, and a lock left held would then stop every later
// lookup and the final flush.
func (s *Store) stage(o Observation, in, out *obsKeys, internal, external bool) (full bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if o.Warned {
		s.pending.warned(in, s.halfLife)
	} else if !o.Outbound || internal {
		s.pending.inbound(in, s.halfLife)
	}
	if o.Outbound && !o.Warned && external {
		s.pending.outbound(out, s.halfLife)
	}
	s.pending.n++
	return s.pending.keys >= s.opts.MaxPending
}

func (s *Store) splitRecipients(rcpts []string) (internal, external []string) {
	for _, r := range rcpts {
		if len(s.opts.InternalDomains) > 0 && isInternal(domainOf(normAddr(r)), s.opts.InternalDomains) {
			internal = append(internal, r)
		} else {
			external = append(external, r)
		}
	}
	return internal, external
}

func (s *Store) keysFor(o Observation, rcpts []string) obsKeys {
	k := obsKeys{t: unixSecs(o.Time), vouched: o.Vouched}
	if addr := normAddr(o.Sender); addr != "" {
		k.sender = string(s.keys.appendAddr(nil, addr))
		k.sdom = domainOf(addr)
		k.sid, k.sdid = s.keys.id(k.sender), s.keys.id(k.sdom)
	}
	if n, _ := nameKeys(o.SenderName); n != "" {
		k.name = string(s.keys.appendAddr(nil, n))
		if k.sender != "" {
			k.nameOrg = string(s.keys.appendAddr(nil, nameOrgKey(n, normAddr(o.Sender))))
		}
	}
	rs := uniq(rcpts, normAddr)
	for _, r := range rs {
		k.rcpts = append(k.rcpts, string(s.keys.appendAddr(nil, r)))
		k.rdoms = append(k.rdoms, domainOf(r))
		k.rids = append(k.rids, s.keys.id(k.rcpts[len(k.rcpts)-1]))
	}
	k.domains = uniq(o.LinkDomains, normHost)
	for _, d := range k.domains {
		k.dids = append(k.dids, s.keys.id(d))
	}
	k.hosts = uniq(o.LinkHosts, normHost)
	if id := normMsgID(o.MessageID); id != "" {
		k.tid = s.keys.id(id)
	}
	if !o.Outbound && !o.Warned {
		s.listKeys(&k, o, rs)
		s.authorNameKeys(&k, o)
		k.listSent = o.ListSent && k.sender != ""
	}
	return k
}

// authorNameKeys sets the records of a list post's author name
// (Observation.AuthorName), under the author's mailbox (mailbox: her
// +tag subaddresses are one author).
func (s *Store) authorNameKeys(k *obsKeys, o Observation) {
	author := normAddr(o.Author)
	if author == "" || mailbox(author) == mailbox(normAddr(o.Sender)) {
		return
	}
	if n, _ := nameKeys(o.AuthorName); n != "" {
		k.listName = string(s.keys.appendAddr(nil, n))
		k.listNameAddr = string(s.keys.appendAddr(nil, listNameKey(n, author)))
		k.author = fingerprint(s.keys.appendAddr(nil, mailbox(author))) // one author under her +tags
	}
}

// listKeys sets the list records an inbound observation teaches: its
// Lists other than its recipients and its author, at most MaxLists, each
// counting the author's registrable domain. Without an author (Author,
// else Sender) there is nothing to count and nothing is learned.
func (s *Store) listKeys(k *obsKeys, o Observation, rcpts []string) {
	author := normAddr(o.Author)
	if author == "" {
		author = normAddr(o.Sender)
	}
	if author == "" || len(o.Lists) == 0 {
		return
	}
	k.lorg = orgOf(author)
	for _, a := range uniq(o.Lists, normAddr) {
		if len(k.lists) == MaxLists {
			break
		}
		if a != author && strings.IndexByte(a, '@') > 0 && !slices.Contains(rcpts, a) {
			k.lists = append(k.lists, string(s.keys.appendAddr(nil, a)))
		}
	}
}

// uniq normalises and de-duplicates, dropping empty strings, in their
// order. Beyond a few it keeps a set: a message to 20,000 recipients
// compared each with all before it (0.6 s a call, in Lookup and Observe).
func uniq(in []string, norm func(string) string) []string {
	out := make([]string, 0, len(in))
	var seen map[string]bool
	if len(in) > 16 {
		seen = make(map[string]bool, len(in))
	}
	for _, v := range in {
		if v = norm(v); v == "" {
			continue
		}
		if seen != nil {
			if seen[v] {
				continue
			}
			seen[v] = true
		} else if slices.Contains(out, v) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// compound joins two ids into a two-part key (as bytes, for bbolt).
func compound(a, b string) string { return a + b }

// inbound learns one inbound message.
func (b *batch) inbound(k *obsKeys, hl float64) {
	hs := fingerprint([]byte(k.sender))
	hr := make([]uint32, len(k.rcpts))
	for i, r := range k.rcpts {
		hr[i] = fingerprint([]byte(r))
	}
	link := func(kd int, key pairKey) {
		b.link(kd, key, func(r *hdr) { r.addInbound(k.t, hl, k.vouched) })
	}
	touch := func(kd int, key string) {
		r := b.get(kd, key)
		r.addInbound(k.t, hl, k.vouched)
		if kinds[kd].senders && k.sender != "" {
			sketchOf(&r.senders).add(hs)
		}
		if kinds[kd].recipients {
			rs := sketchOf(&r.recipients)
			for _, h := range hr {
				rs.add(h)
			}
		}
	}
	if k.sender != "" {
		touch(kSender, k.sender)
		touch(kSenderDomain, k.sdom)
	}
	if k.name != "" {
		touch(kName, k.name)
	}
	if k.nameOrg != "" {
		touch(kNameOrg, k.nameOrg)
	}
	if k.listSent {
		b.get(kListSent, k.sender).addInbound(k.t, hl, k.vouched)
	}
	if k.listName != "" {
		r := b.get(kListName, k.listName)
		r.addInbound(k.t, hl, k.vouched)
		sketchOf(&r.senders).add(k.author)
		b.get(kListNameAddr, k.listNameAddr).addInbound(k.t, hl, k.vouched)
	}
	if k.tid != "" {
		b.thread(k.tid, k.sid, func(r *hdr) { r.addInbound(k.t, hl, k.vouched) })
	}
	for i, d := range k.domains {
		touch(kDomain, d)
		if k.sender != "" {
			link(kSLink, mkPair(k.sid, k.dids[i]))
			link(kSDLink, mkPair(k.sdid, k.dids[i]))
		}
		b.linkNames[k.dids[i]] = d
	}
	for _, h := range k.hosts {
		touch(kHost, h)
	}
	if len(k.lists) > 0 {
		ho := fingerprint([]byte(k.lorg))
		for _, l := range k.lists {
			r := b.get(kList, l)
			r.addInbound(k.t, hl, k.vouched)
			sketchOf(&r.senders).add(ho)
			rs := sketchOf(&r.recipients)
			for _, h := range hr {
				rs.add(h)
			}
		}
	}
	day := dayOf(k.t)
	for j, r := range k.rcpts {
		touch(kRcpt, r)
		if k.sender != "" {
			link(kPair, mkPair(k.sid, k.rids[j]))
			b.addKnown(r, k.sdom, day, 1)
		}
		for i, d := range k.domains {
			link(kRLink, mkPair(k.rids[j], k.dids[i]))
			b.addKnown(r, d, day, 1)
		}
	}
}

// warned learns one message delivered with a warning only: its
// sender->recipient sightings, nothing else.
func (b *batch) warned(k *obsKeys, hl float64) {
	if k.sender == "" {
		return
	}
	for j := range k.rcpts {
		b.link(kWarned, mkPair(k.sid, k.rids[j]), func(r *hdr) { r.addInbound(k.t, hl, false) })
	}
}

// outbound learns one message the sender wrote to external recipients.
func (b *batch) outbound(k *obsKeys, hl float64) {
	out := func(kd int, key string) { b.get(kd, key).addOutbound(k.t, hl) }
	if k.tid != "" {
		b.thread(k.tid, k.sid, func(r *hdr) { r.addOutbound(k.t, hl) })
	}
	day := dayOf(k.t)
	for _, d := range k.domains {
		out(kDomain, d)
	}
	for _, h := range k.hosts {
		out(kHost, h)
	}
	for i, x := range k.rcpts {
		out(kSender, x)
		out(kSenderDomain, k.rdoms[i])
		if k.sender == "" {
			continue
		}
		b.link(kPair, mkPair(k.rids[i], k.sid), func(r *hdr) { r.addOutbound(k.t, hl) })
		b.addKnown(k.sender, k.rdoms[i], day, 1)
		for _, d := range k.domains {
			b.addKnown(k.sender, d, day, 1)
		}
	}
}
