package scoring

import (
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// rcptEval is the judgement for one recipient, still without sentences.
type rcptEval struct {
	rcpt      string
	msgEv     []evid  // sender evidence, including this recipient's relationship
	msgStrong float64 // strong(msgEv)
	links     []linkEval
	score     float64
	action    Action
	level     Level
	rule      string // the quarantine rule or threshold that applied
	allowed   bool   // the sender is allowlisted for this recipient
	// sure: nothing doubts who the sender is, so sender allowlist entries
	// may apply (senderSure).
	sure bool

	evs      []evid // backing store of the links' evidence (evalLink)
	known    int    // index of the recipient's Known list in message.knowns, once knownSet
	knownSet bool

	anyAllowed bool // a link is allowlisted for the recipient (linkEval.allowed)
}

// histAnswer is lookalikeHistory's answer for one link domain, skeleton and
// novelty against one Known list (message.knowns[list]).
type histAnswer struct {
	list         int
	domain, skel string
	look         float64
	e            evid
	ok           bool
}

// At most this many Known lists and answers are kept per message.
const (
	maxKnownLists  = 8
	maxHistAnswers = 64
)

// linkEval is the recipient-specific part of one link's judgement.
type linkEval struct {
	ev      []evid
	score   float64
	strong  float64 // form + lookalike + intent weight
	level   Level
	lock    bool
	allowed bool
	// unlockable: the link would be locked but is inside an attachment,
	// which is never rewritten, and stays open (attachmentLinks).
	unlockable bool
	// repeats is 1 + the index of an earlier judged link whose reasons
	// are the link's (markRepeats), which it copies (linkDecisionAs), or 0.
	repeats int32
	// rcptNovel: ev starts with the link's recipient novelty
	// (appendRcptNovelty).
	rcptNovel bool
}

// evalRecipient judges the message for one recipient. It reuses the
// storage of spare (a judgement no longer needed) when given one.
func (m *message) evalRecipient(rcpt string, spare *rcptEval) *rcptEval {
	key := normAddr(rcpt)
	rh := m.in.History.Recipients[key]
	r := spare.reset(m, len(m.links))
	r.rcpt = rcpt
	r.msgEv = append(r.msgEv, m.sendEv...)
	r.msgEv = m.relationship(r.msgEv, key, rh)
	capCredits(r.msgEv)
	r.sure = m.senderSure(r.msgEv)
	r.allowed = r.sure && m.senderAllowed(key)
	base := sum(r.msgEv)
	r.msgStrong = strong(r.msgEv)
	r.score = base + sum(m.subjEv)
	forms := &lazyForms{addr: key}
	for i := range m.links {
		m.evalLink(r, &m.links[i], &r.links[i], key, &rh, forms, base)
	}
	m.decide(r)
	return r
}

// newRcptEvals makes the judgements rs empty, with room for the message's
// links, their sender evidence (the message's and at most four pieces
// that relationship adds) and some link evidence (evalLink), all of them
// carved from two of the message's scratch buffers, and returns rs.
// Capped slices: an append beyond the room moves.
func (m *message) newRcptEvals(rs []rcptEval) []rcptEval {
	k, n := len(rs), len(m.links)
	nMsg, nEvs := len(m.sendEv)+4, 8+n/4
	les := m.s.les.take(k * n)
	evs := m.s.evs.take(k * (nMsg + nEvs))
	for i := range rs {
		e := evs[i*(nMsg+nEvs):]
		rs[i] = rcptEval{links: les[i*n : (i+1)*n : (i+1)*n], msgEv: e[:0:nMsg], evs: e[nMsg : nMsg : nMsg+nEvs]}
	}
	return rs
}

// reset returns r emptied for n links, keeping its storage, or a new
// rcptEval when r is nil (for message m).
func (r *rcptEval) reset(m *message, n int) *rcptEval {
	if r == nil {
		return &m.newRcptEvals(make([]rcptEval, 1))[0]
	}
	clear(r.links)
	clear(r.evs) // drop references to old strings
	*r = rcptEval{links: r.links[:n], msgEv: r.msgEv[:0], evs: r.evs[:0]}
	return r
}

// relationship appends the sender evidence that depends on the recipient.
func (m *message) relationship(out []evid, rcpt string, rh RecipientHistory) []evid {
	w, h := &m.p.Weights, &m.in.History
	own, isOwn := m.forgedOwn(rcpt)
	known, isKnown := m.internalKnown()
	spoofed := !isOwn && (m.dmarcForged() || m.listBypassed)
	switch {
	case isOwn:
		out = append(out, own) // the reader's own history must not vouch for it
	case spoofed && m.listBypassed:
		out = append(out, evid{code: CodeUnsolicited, w: w.Unsolicited, cls: classSender, a: m.sender, b: "list"})
	case spoofed:
		out = append(out, evid{code: CodeUnsolicited, w: w.Unsolicited, cls: classSender, a: m.sender, b: "dmarc"})
	case isKnown:
		out = append(out, known) // a colleague: neither solicited nor unsolicited
	default:
		out = append(out, solicitation(w, m.sender, h.Sender, rh.Pair, h.SenderDomain, m.free))
	}
	if e, ok := pairEvidence(w, m.sender, rcpt, rh); ok && !isOwn && !spoofed {
		out = append(out, e)
	}
	if rh.Warned.Seen() {
		warnedBefore(out, rcpt, rh.Warned)
	}
	if e, ok := pairNovelty(w, m.sender, rcpt, rh.Pair, rh.Warned); ok {
		out = append(out, e)
	}
	if m.senderLook && !hasCode(m.sendEv, CodeSenderLook) {
		if e, ok := senderHistoryLookalike(w, m.skeleton, m.look, rh.Known); ok && e.w != 0 {
			out = append(out, e)
		}
	}
	return out
}

// senderPartnerName: the sender's domain was never seen here (no mail
// from it, none to it, never linked) and carries as a word the name of a
// domain in a recipient's history (partnerNameIn; the history of the
// first maxPartnerRcpts recipients the message names): a carrier's
// "tracking@balticcrest-customs.com" to an organisation that deals with
// balticcrest.example, the domain registered for that correspondent's
// customers. It is about the message, not one reader: the organisation
// corresponds with that name, so every recipient is warned alike (and
// ownSite, judged before any recipient, can refuse the own-site credit:
// dishonest). Weaker than a near miss (sender_lookalike): a company does
// register such second domains, so it counts only when the message asks
// to pay or sign in (asksPayOrSignIn), and then the lure locks. Lookalike
// class: it doubts who the sender is, so such mail teaches nothing until
// someone here writes to the domain.
func (m *message) senderPartnerName() (evid, bool) {
	w := m.p.Weights.PartnerName
	h := &m.in.History
	if w <= 0 || len(h.Recipients) == 0 || m.sdomHist.Seen() || h.SenderDomain.Seen() || h.Domains[m.sdom].Seen() || m.brand || m.sdomFam != "" || m.tenant(m.sdom) {
		return evid{}, false
	}
	host := domainOf(m.sender)
	if dl, _ := label(m.look.ascii); strings.IndexByte(dl, '-') < 0 && host == m.look.ascii { // the common case: nothing to look up
		return evid{}, false
	}
	for i, r := range m.in.Recipients {
		if i == maxPartnerRcpts {
			break
		}
		p, ok := m.t.partnerNameAt(host, m.look.ascii, h.Recipients[normAddr(r)].Known, m.p.OrgDomains)
		if ok && !inDomains(p, m.p.InternalDomains) {
			if !m.asksPayOrSignIn() {
				return evid{}, false
			}
			return evid{code: CodePartnerName, w: w, cls: classLookalike, a: m.look.uni, b: p}, true
		}
	}
	return evid{}, false
}

// asksPayOrSignIn: the message asks to pay or to sign in, in its subject,
// its lead or the words around one of its links (read here, as
// senderEvidence comes before the message's own scans). partner_name_domain counts
// only then: a known name is as often
// an ordinary word (a history's nationwide.com and a mover's
// nationwide-movers.com), and a partner's genuine second domain writes
// newsletters; a domain wearing a correspondent's name to ask for money or
// a password is the lure either way. Read only once a name matched.
func (m *message) asksPayOrSignIn() bool {
	var subj, lead intentScan // m.subj is not scanned yet
	subj.scan(m.cues, m.t.unmasked(m.in.Subject))
	lead.scan(m.cues, m.t.unmasked(m.in.Lead))
	if asksPayOrSignIn(&lead, &subj) {
		return true
	}
	defer func() { m.scanned = false }() // read again once m.linkNames is set
	for i := range m.in.Links {
		if asksPayOrSignIn(m.linkIntent(&m.in.Links[i]), &subj) {
			return true
		}
	}
	return false
}

// asksPayOrSignIn: the scan (nil: none) or the subject's holds a payment
// or a credentials cue.
func asksPayOrSignIn(s, subj *intentScan) bool {
	if s != nil && (s.w[intentPayment] > 0 || s.w[intentCredentials] > 0) {
		return true
	}
	return subj.w[intentPayment] > 0 || subj.w[intentCredentials] > 0
}

// maxPartnerRcpts bounds the recipients whose history senderPartnerName
// reads: a message to thousands reads a few lists, not all of them.
const maxPartnerRcpts = 32

// linkPartnerName: as senderPartnerName, for a link's domain never seen
// here (never linked, no mail from or to it) that is not the sender's
// own domain (counted once, at the sender) and does not carry the
// sender's own name (a correspondent linking its own second domain is
// ownSite's to judge: sisterDomain). A name only in a label below the
// link's registrable domain (partnerSubName) counts even when it is the
// sender's own: pinecrest-loans.securedocs-share.com is no second domain
// of pinecrestloans.example but a stranger's host wearing its name, the
// link a hijacked account of the lender sends; not at a shipped brand's
// domain (brands.txt: NAME.sharefile.com is the lender's own tenant), nor
// from the correspondent when the label right below the link's domain is
// its own label as written (tenantLabel: pinecrestloans.bamboohr.com, its
// tenant at a provider no list ships; a hijacked account choosing that
// exact label is left open). Not a tenant under a private suffix
// or a shared host (tallyloop-docs.netlify.app): anyone picks that name
// at sign-up, our own people and their previews first.
func (m *message) linkPartnerName(b *linkBase, known []string) (evid, bool) {
	w, l := m.p.Weights.PartnerName, b.l
	if w <= 0 || b.site || b.fam != "" || l.Domain == m.sdom || m.in.History.Domains[l.Domain].Seen() {
		return evid{}, false
	}
	p, ok := m.t.partnerNameIn(l.Domain, known, m.p.OrgDomains)
	sub := false
	if !ok {
		p, ok = m.t.partnerSubName(l.Host, l.Domain, known, m.p.OrgDomains)
		sub = ok
	}
	if !ok || p == m.sdom && (!sub || tenantLabel(l.Host, l.Domain, p)) || sub && m.t.brands.exact[l.Domain] || inDomains(p, m.p.InternalDomains) || m.tenant(l.Domain) || m.t.matchHostLists(l.Host).shared() ||
		!asksPayOrSignIn(m.linkIntent(l), &m.subj) {
		return evid{}, false
	}
	return evid{code: CodePartnerName, w: w * b.novel, cls: classLookalike, a: l.Domain, b: p}, true
}

// tenantLabel: the label right below domain in host is p's first label as
// written (pinecrestloans.citrixdata.com for pinecrestloans.example), as
// a software provider names its customer's tenant; a correspondent
// linking that is linking its own tenant at a provider no list ships.
func tenantLabel(host, domain, p string) bool {
	sub, ok := strings.CutSuffix(host, "."+domain)
	if i := strings.LastIndexByte(sub, '.'); i >= 0 {
		sub = sub[i+1:]
	}
	pl, _ := label(p)
	return ok && sub == pl
}

// partnerNameAt: partnerNameIn for domain, else partnerSubName for a
// label of host below it.
func (t *tables) partnerNameAt(host, domain string, known, own []string) (string, bool) {
	if p, ok := t.partnerNameIn(domain, known, own); ok {
		return p, true
	}
	return t.partnerSubName(host, domain, known, own)
}

// capCredits: what vouches for the sender (solicited, an established or
// recurring pair, an established colleague's address) offsets the
// sender's own risk but never more. It says who wrote, not where the
// links lead, so a trusted correspondent's link to a domain nobody here
// has seen keeps its novelty: that is what a compromised or forged
// partner's lure looks like. The credits are scaled down together until
// the sender's risk is cancelled, so the reasons' weights still add up.
// Evidence about the message itself (the form class: an attachment that
// runs script) is not offset, and neither is evidence that doubts who the
// sender is (the lookalike class: a forged name, a failed DMARC check,
// replies going to free mail): the history vouches for the real sender,
// not for whoever borrowed the name. An authenticated colleague
// (internal_sender) is exempt: our own people's links are the
// organisation's own.
func capCredits(ev []evid) {
	if slices.ContainsFunc(ev, func(e evid) bool { return e.code == CodeInternalSender }) {
		return
	}
	risk, credit := 0.0, 0.0
	for _, e := range ev {
		switch {
		case e.w < 0:
			credit -= e.w
		case e.cls != classLookalike && e.cls != classForm:
			risk += e.w
		}
	}
	if credit <= risk {
		return
	}
	f := risk / credit
	for i := range ev {
		if ev[i].w < 0 {
			ev[i].w *= f
		}
	}
}

// pairEvidence is the larger of the pair's credits: established_pair from
// accepted mail, or recurring_pair from warned mail. Taking the larger
// (not the first) keeps more history from ever raising the risk.
func pairEvidence(w *Weights, sender, rcpt string, rh RecipientHistory) (evid, bool) {
	est, ok1 := establishedPair(w, sender, rcpt, rh.Pair)
	rec, ok2 := recurringPair(w, sender, rcpt, rh.Warned)
	if ok2 && (!ok1 || rec.w < est.w) {
		return rec, true
	}
	return est, ok1
}

// warnedBefore rewords sender_first_contact for a reader who received the
// sender's earlier mail with a warning: it is not the first message, only
// the first that may teach. out holds this recipient's own copies.
func warnedBefore(out []evid, rcpt string, warned Stat) {
	for i := range out {
		if out[i].code == CodeSenderFirst {
			out[i].b, out[i].n[1] = rcpt, int32(warned.Days)
		}
	}
}

// forgedOwn: the mail says it comes from the recipient's own address, or
// (with internal_mail_authenticated) from anyone in our internal domains,
// but did not arrive as our own mail does: no SMTP AUTH, no trusted
// network, and no mailing list (List-Id) handing a member's own post back.
// A list's copy without List-Id whose From the list rewrote to its own
// address ("Jane via Radio-users") is exempt only when delivered outside
// our internal domains (an archive subscribed as the list's own address):
// our own people's addresses are never a list's, and a display name is
// too cheap to forge to lift this check for them.
// Mail "from yourself" or "from the CEO" is what extortion, quota and
// payment lures forge, and that address's own history (established,
// written to) must not vouch for it, so the evidence takes the place of
// internal_known, solicitation and the pair's credit. A weight of 0
// (turned off) restores them.
func (m *message) forgedOwn(rcpt string) (evid, bool) {
	if m.in.Authenticated || m.in.ListID || m.sender == "" ||
		m.in.List && !inDomains(domainOf(rcpt), m.p.InternalDomains) {
		return evid{}, false
	}
	w := &m.p.Weights
	switch {
	case m.sender == rcpt && w.OwnAddress != 0:
		return evid{code: CodeOwnAddress, w: w.OwnAddress, cls: classLookalike, a: m.sender}, true
	case m.p.InternalAuthenticated && w.UnauthInt != 0 && m.internal:
		return evid{code: CodeUnauthInternal, w: w.UnauthInt, cls: classLookalike, a: m.sender}, true
	}
	return evid{}, false
}

// dmarcForged: a verifier this server trusts says the From domain failed
// DMARC under a policy that asks receivers to refuse such mail (auth_fail
// with "dmarc"; a failure under p=none never gets here, and a bare DKIM
// failure, which a partner's own gateway adding a footer after signing
// causes on every message, does not count). The From address's history,
// ours with it or a colleague's, belongs to its real owner then, not to
// whoever sent this: as for a forged own address (forgedOwn), it vouches
// for nothing. The message counts as unsolicited, so a forged partner's
// or executive's payment or sign-in request is held by the same
// quarantine_when rules as a stranger's (auth_fail + unsolicited +
// intent), where a known address used to let it through. Not for list
// mail (lists break DMARC for their posters), nor with auth_fail turned
// off.
func (m *message) dmarcForged() bool {
	return m.in.AuthFail == "dmarc" && !m.in.List && m.p.Weights.AuthFail > 0 && m.sender != ""
}

// internalKnown: an unauthenticated sender in one of our own domains whose
// address is established here (4 days or more). Mail between colleagues
// teaches no reciprocity (only mail going out does), so without this every
// colleague would count as unsolicited. A new or rare address in our domain
// gets nothing: that is what a spoofed colleague looks like.
func (m *message) internalKnown() (evid, bool) {
	if m.in.Authenticated || !m.internal || estDays(&m.in.History.Sender) < 1 {
		return evid{}, false
	}
	return evid{code: CodeInternalKnown, w: -m.p.Weights.LessInternalKnown, cls: classContext, a: m.sender}, true
}

func (m *message) evalLink(r *rcptEval, b *linkBase, le *linkEval, rcpt string, rh *RecipientHistory, forms *lazyForms, base float64) {
	if b.skip != "" {
		return
	}
	l := b.l
	le.allowed = r.allowed || m.linkAllowed(rcpt, l, r.sure)
	start := len(r.evs) // the link's evidence goes to the end of r.evs
	// A sender's own site is as new as the sender's domain: counted once, there.
	if rcpt != "" && !b.site {
		r.evs, le.rcptNovel = m.appendRcptNovelty(r, b, rcpt, rh)
	}
	if b.novel > 0 {
		m.novelForRecipient(r, b, forms, rh.Known)
	}
	le.ev = r.evs[start:len(r.evs):len(r.evs)] // capped: the next link's evidence follows
	le.score = base + b.sum + sum(le.ev)
	le.strong = b.str + strong(le.ev) + r.msgStrong // shadow, brand or name claims count too
	if le.allowed {
		r.anyAllowed = true
		return
	}
	r.score = max(r.score, le.score)
	if le.score >= m.p.LockThreshold && !b.org {
		le.lock, le.level = true, m.p.level(le.score, le.strong)
	} else if b.asks || m.addressedNewPlace(b, le.ev) {
		le.lock, le.level = true, LevelWarn
	}
}

// appendRcptNovelty appends to r.evs rcptNovelty of the link for the
// recipient rcpt with history rh, when it has weight, read from the
// recipient's links to another domain of the link's brand family when
// that is better established (familyHistory; its sentence names it). It
// reports whether it appended. A link with a twin (twins) takes the
// twin's, judged before it.
func (m *message) appendRcptNovelty(r *rcptEval, b *linkBase, rcpt string, rh *RecipientHistory) ([]evid, bool) {
	out := r.evs
	if b.twin > 0 {
		if t := &r.links[b.twin-1]; t.rcptNovel {
			return append(out, t.ev[0]), true
		}
		return out, false
	}
	l := b.l
	rdom, rs := l.Domain, rh.Links[l.Domain]
	if b.fam != "" { // only a family's host has other domains to be known by
		if fd := m.familyHistory(b.fam, l.Domain, &rs, &rs, rh.FamilyLinks, byLinkDays); fd != "" {
			rdom = fd
		}
	}
	rdom = siteHistory(rdom, b.psite, &rs, rh.Links, byLinkDays) // a preview's site sent to the recipient before
	if estLinkDays(&rs) >= 1 {                                   // established for the recipient, as most links are: no evidence to build
		return out, false
	}
	if e, ok := rcptNovelty(&m.p.Weights, rdom, rcpt, &rs); ok && e.w != 0 {
		return append(out, e), true
	}
	return out, false
}

// twins remembers the first judged link to each of a message's first
// few domains (with the link's brand family, familyOf): a later link to
// one has the same recipient novelty, which evalLink then takes from its
// twin instead of reading each recipient's history again.
type twins struct {
	first [8]int // indexes of the links
	n     int
}

// of returns 1 + the index of link i's twin in ls, or 0 when it has none,
// keeping i as the twin of later links while room is left. A link not
// judged, or the sender's own site, has no recipient novelty (evalLink).
func (t *twins) of(ls []linkBase, i int) int {
	b := &ls[i]
	if b.skip != "" || b.site {
		return 0
	}
	for _, j := range t.first[:t.n] {
		if o := &ls[j]; o.l.Domain == b.l.Domain && o.fam == b.fam {
			return j + 1
		}
	}
	if t.n < len(t.first) {
		t.first[t.n], t.n = i, t.n+1
	}
	return 0
}

// addressedNewPlace: the link leads to a domain nobody here has ever been
// sent, not the sender's own site, and carries the recipient's address
// in base64 or after its # (rcpt_address_in_url encoded,
// rcpt_address_in_fragment): a page nobody here knows that already knows
// who the reader is, as an adversary-in-the-middle kit's sign-in page
// fills in the address it was sent. Whoever the sender is, as for
// asksAtNewPlace (a compromised partner's "updated drawings" through
// Google's AMP viewer, with the address in base64, asks for nothing in
// words). The address in clear in a query is how mailing services
// personalise their links, and counts only as its weight; nor for our own
// people's authenticated mail or list mail.
func (m *message) addressedNewPlace(b *linkBase, ev []evid) bool {
	if b.org || b.site || b.novel < 1 || m.internalSender() || m.in.List || m.in.ListAuthor != "" {
		return false
	}
	return slices.ContainsFunc(ev, func(e evid) bool {
		return e.code == CodeRcptAddrInURL && e.b == encodedMark || e.code == CodeRcptAddrFragment
	})
}

// asksAtNewPlace: the link leads to a domain nobody here has ever been
// sent, not the sender's own site, and the text around it asks to sign in
// or to pay; or it leads to a host never linked here, from a sender nobody
// here has written to, and the text presses hard for credentials or a
// payment (strongCredentials): such a sender's history is of its own
// making, and a run of harmless mail can buy it. Whoever the sender is,
// that is locked at least at warn: a trusted correspondent's words vouch
// for who wrote them, not for a place nobody here knows, and a compromised
// or forged correspondent asking to sign in or pay there is what
// business-mail fraud looks like. The reader may still continue after
// reading why. Our own people's authenticated mail is judged by its own
// rules (internal_sender): they do send the login of a new supplier's
// portal; a From in our domains that did not authenticate is not exempt.
// List mail (a List-Id, list marks) needs the hard wording too: its posts
// tell many readers where to log in or download, and anyone can write a
// List-Id. Nothing here depends on the recipient: linkBase asks once,
// telling whether the link's host is in the history (hostSeen).
func (m *message) asksAtNewPlace(b *linkBase, hostSeen bool) bool {
	if b.org || m.internalSender() {
		return false
	}
	newDomain := b.novel >= 1 && !b.site
	newHost := !hostSeen && m.unsolicited()
	if !newDomain && !newHost {
		return false
	}
	ask := askWeight
	if m.in.List || m.in.ListAuthor != "" || !newDomain {
		ask = strongCredentials
	}
	s := m.linkIntent(b.l)
	if s.w[intentCredentials] >= ask || s.w[intentPayment] >= ask {
		return true
	}
	// A sign-in with the reader's email at a new domain asks for the
	// mailbox's password on a page nobody here knows, however weak its
	// cue weight ("sign in", 0.2) alone: the hijacked correspondent's
	// "I shared the board packet, sign in with your email to view it".
	// Not for list mail nor a new host on a known domain (ask is higher
	// there), which need the hard wording. The wording is the ask: "log on
	// with your email" counts though "log on" is no cue of its own (a
	// newsletter's "log on to www.example.com" asks nothing).
	return ask == askWeight &&
		(mailboxSignIn(m.t.unmasked(proseOnly(b.l.Context))) || mailboxSignIn(m.t.unmasked(proseOnly(b.l.Display))))
}

// mailboxSignIn: text asks to sign in or log in with or using "your
// email" ("sign in with your email to view the document", "log in using
// your Microsoft email", "sign in with your work e-mail address", "log on
// via your mailbox"), up to three words naming the mailbox between "your"
// and the mail word ("Office 365 email"), case, hyphens and other marks
// between words aside. A page that wants the reader's email account to
// show a document is asking for the mailbox's password; real sharing
// services ask for their own account or send a code. A report of a
// sign-in ("you signed in with your email on a new device") is no ask.
func mailboxSignIn(text string) bool {
	if len(text) < len("login via your email") || !containsFoldASCII(text, "mail") {
		return false // every mail word of mailboxAsked holds "mail"
	}
	var w [mailboxWords]string // the last words, w[len-1] the latest
	n := 0
	for word := range wordsOf(text) {
		copy(w[:], w[1:])
		w[len(w)-1] = word
		n++
		if mailboxAsked(w[len(w)-min(n, len(w)):]) {
			return true
		}
	}
	return false
}

// mailboxWords is how many words mailboxSignIn keeps: a verb of two
// words, a preposition, "your", three qualifiers, "e" and "mail".
const mailboxWords = 9

// mailboxAsked: the words end in a sign-in with the reader's mail
// (mailboxSignIn).
func mailboxAsked(w []string) bool {
	k := len(w) - 1
	switch {
	case k < 3:
		return false
	case strings.EqualFold(w[k], "email"), strings.EqualFold(w[k], "mailbox"):
	case strings.EqualFold(w[k], "mail") && strings.EqualFold(w[k-1], "e"):
		k--
	default:
		return false
	}
	for q := 0; ; q++ { // back to "your" over at most three qualifiers
		k--
		if k < 2 || q > 3 {
			return false
		}
		if strings.EqualFold(w[k], "your") {
			break
		}
		if mailboxStop(w[k]) {
			return false
		}
	}
	k--
	if !strings.EqualFold(w[k], "with") && !strings.EqualFold(w[k], "using") && !strings.EqualFold(w[k], "via") {
		return false
	}
	k--
	for _, v := range []string{"login", "signin", "logon"} {
		if strings.EqualFold(w[k], v) {
			return true
		}
	}
	if k < 1 || !strings.EqualFold(w[k], "in") && !strings.EqualFold(w[k], "on") {
		return false
	}
	for _, v := range []string{"sign", "log", "signing", "logging"} {
		if strings.EqualFold(w[k-1], v) {
			return true
		}
	}
	return false
}

// mailboxStop: a word that cannot name the mailbox between "your" and
// the mail word ("sign in with your account, not your email").
func mailboxStop(s string) bool {
	for _, w := range []string{"with", "using", "via", "not", "or", "and", "account", "password", "username", "in", "on"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// unsolicited: nobody here has written to the sender or its (non-free)
// domain, however often it wrote: its history here is its own doing.
func (m *message) unsolicited() bool {
	h := &m.in.History
	return h.Sender.Outbound == 0 && (m.free || h.SenderDomain.Outbound == 0)
}

// askWeight is the cue weight near a link that counts as asking for
// credentials or a payment (asksAtNewPlace): "sign in to verify your
// account" or "pay the invoice to the new account", not a lone "login" or
// "invoice".
const askWeight = 0.5

// orgLink: the link points into one of our own domains (not a lookalike:
// the registrable domain or a subdomain of an org or internal domain). It
// is never locked: it cannot be the attacker's destination, and open
// redirects through it are unwrapped before judging. It still counts for
// the message score and quarantine.
func (m *message) orgLink(l *links.Link) bool {
	return inDomains(l.Domain, m.p.OrgDomains) || inDomains(l.Domain, m.p.InternalDomains)
}

// novelForRecipient adds the recipient-specific risks of a link that is not
// established here: the recipient's address in it, and a near miss of a
// domain from the recipient's own history.
// It appends to r.evs.
func (m *message) novelForRecipient(r *rcptEval, b *linkBase, forms *lazyForms, known []string) {
	l, w := b.l, &m.p.Weights
	if e, ok := rcptInURLWith(w, l, l.URL, b.urlFacts(), forms.get()); ok {
		e.w *= b.novel // a personalised link to an established site is a newsletter habit
		r.evs = append(r.evs, e)
	}
	if !b.nearKnown || len(known) == 0 ||
		m.lookalikeSender(l.Domain, r.msgEv) { // counted once, at the sender (here or in this recipient's history)
		return
	}
	ud := unicodeDomain(l.Domain, l.UnicodeHost)
	if b.skel == "" {
		b.skel = m.t.skeleton(ud)
	}
	if e, ok := m.historyAnswer(r, l.Domain, b.skel, known, b.look); ok {
		r.evs = append(r.evs, showUnicode(e, ud))
	} else if e, ok := m.linkPartnerName(b, known); ok && e.w != 0 {
		r.evs = append(r.evs, e)
	}
}

// historyAnswer is lookalikeHistory, answered once per link domain,
// skeleton, novelty and Known list (the links of a message repeat a few
// domains, and recipients may share their Known list).
func (m *message) historyAnswer(r *rcptEval, domain, skel string, known []string, look float64) (evid, bool) {
	list := m.knownList(r, known)
	for _, a := range m.hist {
		if a.list == list && list >= 0 && a.domain == domain && a.skel == skel && a.look == look {
			return a.e, a.ok
		}
	}
	e, ok := lookalikeHistory(&m.p.Weights, m.skeleton, domain, skel, known, look)
	if list >= 0 && len(m.hist) < maxHistAnswers {
		if m.hist == nil {
			m.hist = m.s.hist.take(4)[:0] // room for a few new domains
		}
		m.hist = append(m.hist, histAnswer{list: list, domain: domain, skel: skel, look: look, e: e, ok: ok})
	}
	return e, ok
}

// knownList returns the index of the recipient's Known list among the
// message's distinct lists, or -1 when too many are kept already.
func (m *message) knownList(r *rcptEval, known []string) int {
	if r.knownSet {
		return r.known
	}
	list := slices.IndexFunc(m.knowns[:m.nKnowns], func(k []string) bool { return slices.Equal(k, known) })
	if list < 0 && m.nKnowns < maxKnownLists {
		m.knowns[m.nKnowns], list = known, m.nKnowns
		m.nKnowns++
	}
	r.known, r.knownSet = list, true
	return list
}

// lazyForms builds a recipient's address forms on first use, the
// escaped and base64 ones only when a URL may hold them (addressInURL).
type lazyForms struct {
	addr  string
	forms rcptForms
	done  bool
}

func (f *lazyForms) get() *rcptForms {
	if !f.done {
		f.forms, f.done = plainRcptForms(f.addr), true
	}
	return &f.forms
}

func hasLookalike(ev []evid) bool {
	for _, e := range ev {
		if e.code == CodeLookalike {
			return true
		}
	}
	return false
}

func sum(ev []evid) float64 {
	s := 0.0
	for _, e := range ev {
		s += e.w
	}
	return s
}

func strong(ev []evid) float64 {
	s := 0.0
	for _, e := range ev {
		if e.w > 0 && e.cls.strong() {
			s += e.w
		}
	}
	return s
}

// level picks the lock level: novelty alone gives at most warn.
func (p Policy) level(score, strong float64) Level {
	switch {
	case strong < p.EvidenceMin:
		return LevelWarn
	case score >= p.LevelHardScore && strong >= 2*p.EvidenceMin:
		return LevelHard
	case score >= p.LevelLockScore:
		return LevelLock
	}
	return LevelWarn
}

// decide sets the recipient's action from its links and score.
func (m *message) decide(r *rcptEval) {
	r.lockAction()
	if r.allowed {
		return
	}
	if r.score >= m.p.QuarantineThreshold {
		r.action, r.rule = Quarantine, "quarantine_threshold"
	} else if rule, ok := m.comboHolds(r); ok {
		r.action, r.rule = Quarantine, rule
	}
	if m.p.RejectEnabled && r.score >= m.p.RejectThreshold {
		r.action, r.rule = Reject, "reject_threshold"
	}
	if r.action == Lock {
		m.attachmentLinks(r)
	}
	if m.in.Signed && r.action == Lock {
		m.signed(r)
	}
}

// lockAction sets the action and level the recipient's locked links give.
func (r *rcptEval) lockAction() {
	r.action, r.level = Accept, LevelNone
	for _, le := range r.links {
		if le.lock {
			r.action = Lock
			r.level = maxLevel(r.level, le.level)
		}
	}
}

// signed: the body of a signed message must not change, so its would-be
// locks become the SignedAction.
func (m *message) signed(r *rcptEval) {
	for i := range r.links {
		r.links[i].lock, r.links[i].level = false, LevelNone
	}
	r.level = LevelNone
	r.action, r.rule = Accept, CodeSigned
	if m.p.SignedAction == SignedQuarantine {
		r.action = Quarantine
	}
}

// comboHolds reports the first QuarantineWhen combination whose codes all
// occur in the recipient's evidence, its codes joined with "+".
func (m *message) comboHolds(r *rcptEval) (string, bool) {
	var known presence
	for i, combo := range m.p.QuarantineWhen {
		if m.allPresent(r, combo, &known) {
			return m.comboRule(i), true
		}
	}
	if m.bankChangeHolds() {
		return CodeBankChange, true
	}
	return "", false
}

// comboRule is QuarantineWhen[i]'s codes joined with "+", kept for the
// last combination asked: a message's recipients tend to hold the same.
func (m *message) comboRule(i int) string {
	if m.ruleOf != i+1 {
		m.rule, m.ruleOf = strings.Join(m.p.QuarantineWhen[i], "+"), i+1
	}
	return m.rule
}

// presence remembers present's answers for the combinations' codes, which
// repeat across combinations (at most 8 kept).
type presence struct {
	codes [8]string
	ok    [8]bool
	n     int
}

func (m *message) allPresent(r *rcptEval, codes []string, known *presence) bool {
	for _, c := range codes {
		if !m.presentKnown(r, c, known) {
			return false
		}
	}
	return len(codes) > 0
}

// presentKnown is present, asked once per code.
func (m *message) presentKnown(r *rcptEval, code string, known *presence) bool {
	for i := range known.n {
		if known.codes[i] == code {
			return known.ok[i]
		}
	}
	ok := m.present(r, code)
	if known.n < len(known.codes) {
		known.codes[known.n], known.ok[known.n] = code, ok
		known.n++
	}
	return ok
}

// present: the code occurs with weight in the recipient's evidence: the
// message's, or a judged link's not allowlisted for the recipient.
func (m *message) present(r *rcptEval, code string) bool {
	if hasCode(r.msgEv, code) || hasCode(m.subjEv, code) {
		return true
	}
	if m.linkHas(r, code) {
		return true
	}
	if !r.anyAllowed { // r.evs holds every link's recipient evidence
		return hasCode(r.evs, code)
	}
	for i := range m.links {
		if m.links[i].skip == "" && !r.links[i].allowed && hasCode(r.links[i].ev, code) {
			return true
		}
	}
	return false
}

// linkHas: a judged link not allowlisted for the recipient has the code
// with weight in its own evidence (linkBase.ev). Most codes asked are on
// no link, which the message's distinct codes (linkCodes) answer without
// reading the links, as they do for a code on a link when no link is
// allowlisted for the recipient (rcptEval.anyAllowed).
func (m *message) linkHas(r *rcptEval, code string) bool {
	if codes, all := m.linkCodes(); all {
		if !slices.Contains(codes, code) {
			return false
		}
		if !r.anyAllowed { // every judged link counts for the recipient
			return true
		}
	}
	for i := range m.links {
		if m.links[i].skip == "" && !r.links[i].allowed && hasCode(m.links[i].ev, code) {
			return true
		}
	}
	return false
}

// linkCodes returns the distinct codes with weight in the judged links'
// own evidence, collected on first use, and whether they are all of them
// (false when more than m.codes holds: ask the links).
func (m *message) linkCodes() ([]string, bool) {
	if !m.codesDone {
		m.nCodes, m.codesDone = m.collectCodes(), true
	}
	if m.nCodes < 0 {
		return nil, false
	}
	return m.codes[:m.nCodes], true
}

// collectCodes fills m.codes with the links' distinct codes and returns
// their number, or -1 when they do not fit.
func (m *message) collectCodes() int {
	n := 0
	for i := range m.links {
		if m.links[i].skip != "" {
			continue
		}
		for _, e := range m.links[i].ev {
			if e.w <= 0 || slices.Contains(m.codes[:n], e.code) {
				continue
			}
			if n == len(m.codes) {
				return -1
			}
			m.codes[n] = e.code
			n++
		}
	}
	return n
}

func hasCode(ev []evid, code string) bool {
	for _, e := range ev {
		if e.code == code && e.w > 0 {
			return true
		}
	}
	return false
}

// actionRank orders actions from mildest (0) to strictest; any other value
// ranks 0.
func actionRank(a Action) int {
	switch a {
	case Lock:
		return 1
	case Quarantine:
		return 2
	case Reject:
		return 3
	}
	return 0
}

// levelRank orders lock levels from none (0) to hard; any other value
// ranks 0.
func levelRank(l Level) int {
	switch l {
	case LevelWarn:
		return 1
	case LevelLock:
		return 2
	case LevelHard:
		return 3
	}
	return 0
}

func maxLevel(a, b Level) Level {
	if levelRank(b) > levelRank(a) {
		return b
	}
	return a
}

// stricter orders recipients: action, then lock level, then score.
func (r *rcptEval) stricter(o *rcptEval) bool {
	return outcomeOf(r.action, r.level, r.score).above(outcomeOf(o.action, o.level, o.score))
}

// outcome orders what a judgement does: its action, then its level, then
// its score. A recipient's evaluation, a verdict and a link decision all
// compare so.
type outcome struct {
	action, level int
	score         float64
}

func outcomeOf(a Action, l Level, score float64) outcome {
	return outcome{actionRank(a), levelRank(l), score}
}

// above: a is stricter than b.
func (a outcome) above(b outcome) bool {
	if a.action != b.action {
		return a.action > b.action
	}
	if a.level != b.level {
		return a.level > b.level
	}
	return a.score > b.score
}

func (v Verdict) outcome() outcome { return outcomeOf(v.Action, v.Level, v.Score) }

// StricterThan reports whether d is the stricter decision: a lock over a
// kept link, then the higher level, then the higher score.
func (d LinkDecision) StricterThan(o LinkDecision) bool {
	return d.outcome().above(o.outcome())
}

func (d LinkDecision) outcome() outcome {
	a := Accept
	if d.Lock {
		a = Lock
	}
	return outcomeOf(a, d.Level, d.Score)
}

// senderSure: an allowlist entry naming the sender may apply. The From
// address is what the entry names, and anyone can write it, so nothing
// may doubt it (no lookalike-class evidence: a failed DMARC check, a
// malformed From, mail from the reader's own address, replies diverted
// elsewhere), and something must vouch for it: the session authenticated,
// or a trusted verifier says the From domain passed (AuthPass), or, when
// no verifier reported, the envelope sender is in the same registrable
// domain (a forger's From usually comes with the forger's own envelope;
// mail a partner sends through a mailing service under the service's
// envelope is then not covered, a link domain entry is). A list post
// judged as its list's (ListAuthor) never is: the marks that make it one
// are the sender's own words, and the checks above read the real author.
func (m *message) senderSure(ev []evid) bool {
	switch {
	case spoofed(ev) || m.in.ListAuthor != "":
		return false
	case m.in.Authenticated || m.in.AuthPass:
		return true
	}
	return !m.in.AuthChecked && m.aligned
}

// envelopeAligned: the envelope sender is in the From address's
// registrable domain or, at a free mail provider, where anyone has an
// address, is the From address itself.
func (m *message) envelopeAligned() bool {
	env := normAddr(m.in.MailFrom)
	if m.free {
		return env == m.sender
	}
	d := registrable(domainOf(env))
	return d != "" && d == m.sdom
}

// senderAllowed: an allowlist entry for the sender alone. An entry for a
// whole free-mail domain (gmail.com) never applies: anyone has an address
// there; name the address.
func (m *message) senderAllowed(rcpt string) bool {
	for _, a := range m.in.Allow {
		if a.Domain == "" && a.Sender != "" && forRcpt(a, rcpt) && m.senderIs(a.Sender) {
			return true
		}
	}
	return false
}

// linkAllowed: an allowlist entry for the link's domain or host, optionally
// only from one sender (then only when the sender is sure).
func (m *message) linkAllowed(rcpt string, l *links.Link, sure bool) bool {
	for _, a := range m.in.Allow {
		d := strings.ToLower(a.Domain)
		if d == "" || !forRcpt(a, rcpt) || a.Sender != "" && (!sure || !m.senderIs(a.Sender)) {
			continue
		}
		if d == l.Domain || d == l.Host || dotSuffix(l.Host, d) {
			return true
		}
	}
	return false
}

func forRcpt(a Allow, rcpt string) bool {
	return a.Recipient == "" || strings.EqualFold(a.Recipient, rcpt)
}

// senderIs matches an allowlisted sender: the address, or its domain or a
// parent when the sender is not at a free mail provider.
func (m *message) senderIs(s string) bool {
	s = strings.ToLower(s)
	return s == m.sender || !m.free && inDomains(domainOf(m.sender), []string{s})
}
