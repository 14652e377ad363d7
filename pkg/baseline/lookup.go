package baseline

import (
	"bytes"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// reader answers one Lookup: a read tx plus the batches it must merge.
type reader struct {
	s       *Store
	tx      *bolt.Tx
	buckets [numKinds]*bolt.Bucket // opened on first use (bucket)
	cursors [numKinds]*bolt.Cursor // reused: Bucket.Get allocates a cursor stack per call
	known   *bolt.Bucket
	pend    [2]*batch // oldest first: the batch being flushed, then pending
	now     uint32
	buf     []byte
}

// Lookup answers q in one read transaction, merged with observations not
// yet flushed. Map keys in Facts are the normalised (clear-text) forms.
func (s *Store) Lookup(q Query) (Facts, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	tx, err := s.db.Begin(false)
	if err != nil {
		return Facts{}, fmt.Errorf("baseline: lookup: %w", err)
	}
	defer tx.Rollback()
	rd := s.newReader(tx, unixSecs(q.Now))
	rd.buf = make([]byte, 0, 256)
	return rd.facts(q), nil
}

// newReader reads tx merged with the pending batch and, when tx predates
// its commit, the batch being flushed (no double counting). The caller holds
// s.mu for reading.
func (s *Store) newReader(tx *bolt.Tx, now uint32) reader {
	rd := reader{s: s, tx: tx, now: now, known: tx.Bucket(bucketKnown)}
	if f := s.flushing; f != nil {
		if id := f.txid.Load(); id == 0 || int64(tx.ID()) < id {
			rd.pend[0] = f
		}
	}
	rd.pend[1] = s.pending
	return rd
}

// stat reads one key from the DB and merges pending data for it, in the
// order it was observed (as a flush would merge it).
func (rd *reader) stat(kd int, key []byte) Stat {
	var sk [2]sketch // decode into the stack, not the heap
	r := rec{senders: &sk[0], recipients: &sk[1]}
	rd.load(kd, key, &r)
	return r.stat(rd.now, rd.s.halfLife)
}

// load decodes one key's record from the DB into r and merges pending
// data for it, in the order it was observed.
func (rd *reader) load(kd int, key []byte, r *rec) {
	if v := rd.get(kd, key); v != nil && !r.decode(v, &kinds[kd]) {
		*r = rec{}
	}
	for _, p := range rd.pend {
		if p == nil {
			continue
		}
		if twoPart(kd) {
			if len(key) != len(pairKey{}) {
				continue
			}
			if h, ok := p.links[kd][pairKey(key)]; ok {
				r.merge(&rec{hdr: h}, rd.s.halfLife)
			}
		} else if pr := p.recs[kd][string(key)]; pr != nil {
			r.merge(pr, rd.s.halfLife)
		}
	}
}

// nameStat reads a name's record under its key and, where the name has
// them (nameKeys), under its legacy keys, merged as one name's: what was
// learned before names were read, under the whole name, or under
// release 166667c's reading, still counts. org, when not "", makes them
// the name's keys at that organisation (nameOrgKey).
func (rd *reader) nameStat(kd int, key string, legacy [2]string, org string) Stat {
	if org != "" {
		key = nameAtOrg(key, org)
	}
	if legacy == [2]string{} {
		return rd.stat(kd, rd.addrKey(key))
	}
	var sk [4]sketch
	r := rec{senders: &sk[0], recipients: &sk[1]}
	rd.load(kd, rd.addrKey(key), &r)
	for _, l := range legacy {
		if l == "" {
			continue
		}
		if org != "" {
			l = nameAtOrg(l, org)
		}
		sk[2], sk[3] = sketch{}, sketch{}
		o := rec{senders: &sk[2], recipients: &sk[3]}
		rd.load(kd, rd.addrKey(l), &o)
		r.merge(&o, rd.s.halfLife)
	}
	return r.stat(rd.now, rd.s.halfLife)
}

// bucket opens kd's bucket on first use: a lookup that needs no thread or
// name record does not pay for opening those buckets.
func (rd *reader) bucket(kd int) *bolt.Bucket {
	if rd.buckets[kd] == nil {
		rd.buckets[kd] = rd.tx.Bucket(kinds[kd].bucket)
	}
	return rd.buckets[kd]
}

// get is Bucket.Get through a reused cursor.
func (rd *reader) get(kd int, key []byte) []byte {
	c := rd.cursors[kd]
	if c == nil {
		c = rd.bucket(kd).Cursor()
		rd.cursors[kd] = c
	}
	k, v := c.Seek(key)
	if !bytes.Equal(k, key) {
		return nil
	}
	return v
}

func (rd *reader) addrKey(addr string) []byte {
	rd.buf = rd.s.keys.appendAddr(rd.buf[:0], addr)
	return rd.buf
}

func (rd *reader) compoundKey(a, b []byte) []byte {
	rd.buf = append(append(rd.buf[:0], a...), b...)
	return rd.buf
}

func (rd *reader) facts(q Query) Facts {
	var f Facts
	sender := normAddr(q.Sender)
	var sID []byte
	var ids [2][idLen]byte
	sdom := domainOf(sender)
	author := sender // whose own posts ListAuthorNameSender asks about
	if a := normAddr(q.Author); a != "" {
		author = a
		f.Author = rd.stat(kSender, rd.addrKey(a))
		if sender != "" {
			f.ListSent = rd.stat(kListSent, rd.addrKey(sender))
		}
	}
	if sender != "" {
		sKey := rd.addrKey(sender)
		sID = rd.s.keys.appendID(ids[0][:0], string(sKey))
		f.Sender = rd.stat(kSender, sKey)
		f.SenderDomain = rd.stat(kSenderDomain, []byte(sdom))
	}
	if n, legacy := nameKeys(q.SenderName); n != "" {
		f.SenderName = rd.nameStat(kName, n, legacy, "")
		if sender != "" {
			f.SenderNameOrg = rd.nameStat(kNameOrg, n, legacy, orgOf(sender))
		}
		if f.ListAuthorName = rd.stat(kListName, rd.addrKey(n)); f.ListAuthorName.Seen() && author != "" {
			f.ListAuthorNameSender = rd.stat(kListNameAddr, rd.addrKey(listNameKey(n, author)))
		}
	}
	domains := uniq(q.LinkDomains, normHost)
	dids := make([]byte, 0, idLen*len(domains))
	for _, d := range domains {
		dids = rd.s.keys.appendID(dids, d)
	}
	f.Domains = rd.perDomain(kDomain, nil, domains, nil)
	f.Hosts = rd.perDomain(kHost, nil, uniq(q.LinkHosts, normHost), nil)
	fam := uniq(q.FamilyDomains, normHost)
	fids := make([]byte, 0, idLen*len(fam))
	for _, d := range fam {
		fids = rd.s.keys.appendID(fids, d)
	}
	f.FamilyDomains = rd.perDomain(kDomain, nil, fam, nil)
	if sID != nil {
		f.SenderLinks = rd.perDomain(kSLink, sID, domains, dids)
		f.SenderDomainLinks = rd.perDomain(kSDLink, rd.s.keys.appendID(ids[1][:0], sdom), domains, dids)
	}
	rcpts := uniq(q.Recipients, normAddr)
	if len(rcpts) > 0 {
		f.Recipients = make(map[string]RecipientFacts, len(rcpts))
	}
	for _, r := range rcpts {
		f.Recipients[r] = rd.recipient(r, sID, domains, dids)
		if len(fam) > 0 {
			rf := f.Recipients[r]
			rf.FamilyLinks = rd.perDomain(kRLink, rd.s.keys.appendID(nil, string(rd.addrKey(r))), fam, fids)
			f.Recipients[r] = rf
		}
	}
	f.Thread = rd.thread(q.Thread, sID)
	f.ReplyDomain = rd.mostSeen(kSenderDomain, q.ReplyDomains)
	if r := normAddr(q.ReplyTo); r != "" {
		f.ReplyAddr = rd.stat(kSender, rd.addrKey(r))
	}
	f.Lists = rd.lists(q.Lists)
	return f
}

// lists reads the list records of the first MaxLists addresses, keyed
// by their normalised form; nil when none is asked.
func (rd *reader) lists(addrs []string) map[string]Stat {
	as := uniq(addrs, normAddr)
	if len(as) == 0 {
		return nil
	}
	as = as[:min(len(as), MaxLists)]
	m := make(map[string]Stat, len(as))
	for _, a := range as {
		m[a] = rd.stat(kList, rd.addrKey(a))
	}
	return m
}

// mostSeen is the record of the key of kind kd seen most (messages and
// outbound together), of at most two keys.
func (rd *reader) mostSeen(kd int, keys []string) Stat {
	var best Stat
	for i, k := range uniq(keys, normHost) {
		if i == 2 {
			break
		}
		if s := rd.stat(kd, []byte(k)); s.Messages+s.Outbound > best.Messages+best.Outbound {
			best = s
		}
	}
	return best
}

// thread adds up the records of the first MaxThreadRefs Message-IDs a
// message answers, leaving out the messages of its own sender (sID): a
// sender answering its own earlier mail holds no conversation with us.
func (rd *reader) thread(ids []string, sID []byte) Stat {
	var st Stat
	var mid [idLen]byte
	for i, id := range uniq(ids, normMsgID) {
		if i == MaxThreadRefs {
			break
		}
		rd.s.keys.appendID(mid[:0], id)
		for _, k := range rd.threadKeys(mid[:]) {
			if sID == nil || !bytes.Equal(k[idLen:], sID) {
				st = addThread(st, rd.stat(kThread, k[:]))
			}
		}
	}
	return st
}

// threadKeys lists the thread records of one Message-ID id, stored or
// pending: one per sender it came from, normally one.
func (rd *reader) threadKeys(mid []byte) []pairKey {
	var keys []pairKey
	add := func(k pairKey) {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	c := rd.bucket(kThread).Cursor()
	for k, _ := c.Seek(mid); len(k) == len(pairKey{}) && bytes.HasPrefix(k, mid); k, _ = c.Next() {
		add(pairKey(k))
	}
	for _, p := range rd.pend {
		if p == nil {
			continue
		}
		for _, sid := range p.threads[string(mid)] {
			add(mkPair(string(mid), sid))
		}
	}
	return keys
}

// addThread adds the record of one more message of a thread to st: counts
// add up, the first and last sightings widen.
func addThread(st, o Stat) Stat {
	switch {
	case !o.Seen():
		return st
	case !st.Seen():
		return o
	}
	st.Messages += o.Messages
	st.Outbound += o.Outbound
	st.Vouched += o.Vouched
	st.Days = max(st.Days, o.Days)
	if o.FirstSeen.Before(st.FirstSeen) {
		st.FirstSeen = o.FirstSeen
	}
	if o.LastSeen.After(st.LastSeen) {
		st.LastSeen = o.LastSeen
	}
	return st
}

// perDomain looks up kd for each domain: the domain itself when prefix is
// nil, else the two-part key prefix + the domain's id (from dids). The map
// holds only the domains with a record (a missing one reads as the zero
// Stat, as an unrecorded key does), and is nil when none has one: a
// message to 10,000 recipients with 2,000 link domains, none of them
// known, made 20 million empty entries (9 GB) here and as many in the
// glue's copy. It grows with the records found: room for every domain
// asked, made at the first record, cost as much when each recipient knew
// one of them.
func (rd *reader) perDomain(kd int, prefix []byte, domains []string, dids []byte) map[string]Stat {
	var m map[string]Stat
	for i, d := range domains {
		if prefix == nil {
			rd.buf = append(rd.buf[:0], d...)
		} else {
			rd.compoundKey(prefix, dids[i*idLen:(i+1)*idLen])
		}
		if s := rd.stat(kd, rd.buf); s != (Stat{}) {
			if m == nil {
				m = map[string]Stat{} // sized by the records, not the domains asked
			}
			m[d] = s
		}
	}
	return m
}

func (rd *reader) recipient(r string, sID []byte, domains []string, dids []byte) RecipientFacts {
	rKey := append([]byte(nil), rd.addrKey(r)...)
	var id [idLen]byte
	rID := rd.s.keys.appendID(id[:0], string(rKey))
	rf := RecipientFacts{Recipient: rd.stat(kRcpt, rKey)}
	if sID != nil {
		rf.Pair = rd.stat(kPair, rd.compoundKey(sID, rID))
		rf.Warned = rd.stat(kWarned, rd.compoundKey(sID, rID))
	}
	rf.Links = rd.perDomain(kRLink, rID, domains, dids)
	rf.Known = rd.knownFor(rKey)
	return rf
}

// knownFor returns the recipient's top domains, merged with pending ones.
func (rd *reader) knownFor(rKey []byte) []string {
	v := rd.known.Get(rKey)
	var add map[string]knownEntry
	for _, p := range rd.pend {
		if p == nil || p.known[string(rKey)] == nil {
			continue
		}
		if add == nil {
			add = map[string]knownEntry{}
		}
		for d, e := range p.known[string(rKey)] {
			a := add[d]
			a.count += e.count
			a.day = max(a.day, e.day)
			add[d] = a
		}
	}
	if add == nil {
		return knownNames(v, rd.s.opts.MaxKnown)
	}
	items := mergeKnown(decodeKnown(v), add, rd.s.halfLife/secondsPerDay, rd.s.opts.MaxKnown)
	out := make([]string, len(items))
	for i := range items {
		out[i] = items[i].name
	}
	return out
}
