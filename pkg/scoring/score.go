package scoring

import (
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/firstsight/firstsight/pkg/links"
)

// Score judges one message. It is pure: same Policy and Input, same Verdict.
// Each recipient is judged on its own history; the strictest verdict wins and
// Verdict.Recipient names it when there are several. A link that redirects
// through another host (links.Link.Via) is judged at both ends (via.go).
func Score(p Policy, in Input) Verdict {
	v := scoreOnce(p, in)
	if hops, ok := viaInput(in, p); ok {
		v = mergeVia(v, scoreOnce(p, hops), in.Links)
	}
	return v
}

// scoreOnce is Score with each link judged at its destination only.
func scoreOnce(p Policy, in Input) Verdict {
	var m message // on the stack: it does not outlive the verdict
	m.init(p.withDefaults(), &in)
	defer m.release()
	rcpts := distinctRecipients(in.Recipients)
	if len(rcpts) == 0 {
		rcpts = []string{""}
	}
	rcpts, cut := m.rcptClasses(rcpts)
	if cut {
		m.recipientLimit()
	}
	evals := m.newRcptEvals(m.evals[:min(2, len(rcpts))]) // the best judgement so far and a spare
	var best *rcptEval
	spare := &evals[0]
	for i, r := range rcpts {
		if ev := m.evalRecipient(r, spare); best == nil || ev.stricter(best) {
			best, spare = ev, best
		} else {
			spare = ev
		}
		if spare == nil && i+1 < len(rcpts) { // after the first recipient
			spare = &evals[1]
		}
	}
	v := m.verdict(best)
	if len(in.Recipients) > 1 {
		v.Recipient = best.rcpt
	}
	v.Monitor = m.p.Mode == ModeMonitor
	v.RecipientsCut = cut
	// A message without links is no near miss of a lock: what its text
	// asks (the lead) does not keep it from teaching.
	v.Teaches = v.Action == Accept && v.Score-m.leadW < m.p.LearnBelow && !spoofed(best.msgEv)
	v.TeachesPair = (v.Action == Lock && v.Level == LevelWarn || v.Action == Accept && !v.Teaches) && !spoofed(best.msgEv)
	return v
}

// distinctRecipients is rcpts without the repeats of an address
// (normAddr, on which alone a recipient's judgement depends), in their
// order; rcpts itself when none repeats. An MTA hands the milter each RCPT
// as the client gave it, so 10,000 copies of one address made 10,000
// judgements of every link.
func distinctRecipients(rcpts []string) []string {
	if len(rcpts) > 16 {
		return withoutRepeats(rcpts)
	}
	var norm [16]string // each address normalised once
	for i, r := range rcpts {
		norm[i] = normAddr(r)
		if slices.Contains(norm[:i], norm[i]) {
			return withoutRepeats(rcpts)
		}
	}
	return rcpts
}

func withoutRepeats(rcpts []string) []string {
	seen := make(map[string]bool, len(rcpts))
	out := make([]string, 0, len(rcpts))
	for _, r := range rcpts {
		if k := normAddr(r); !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// message holds what is computed once per message.
type message struct {
	p      Policy
	t      *tables
	in     Input // a copy: the message then needs nothing on the heap (scoreOnce)
	cues   cueIndex
	sender string   // header From, else envelope sender; lowercase
	sdom   string   // registrable domain of the sender
	shown  string   // the display name as its letters show (shownName), for the rules that read names
	look   lookName // sdom for the sender lookalike rules, when senderLook
	// senderLook: the sender domain may be a lookalike (new, a name, not
	// free mail, not ours).
	senderLook bool
	free       bool   // the sender domain is a free mail provider
	brand      bool   // brandSender: sdom is a shipped brand's own
	sdomFam    string // the brand family of sdom (senderFamily), or ""
	ownName    bool   // orgOwnName: the organisation's own name, seen at its domain
	// sdomHist is the sender domain's history; with ownName, also the
	// organisation's mail under that name from its other addresses
	// (alerts@email.bank.example for statements@bank.example).
	sdomHist  Stat
	internal  bool      // the sender's address is in our internal domains (internalSender if authenticated)
	aligned   bool      // the envelope sender is in the From address's registrable domain (senderSure)
	dishonest bool      // dishonest(sendEv): no own-site credit
	linkNames linkNames // the links' names linkNamesOut takes out of text
	sendEv    []evid    // recipient-independent sender evidence
	listPost  bool      // list mail, or given known_list (a post to a list the reader receives): privateName spares it
	subj      intentScan
	subjBrand string  // the domain of the brand the subject names (brandIndex.named), or ""
	subjEv    []evid  // intent of the subject (and the lead text without judged links), for the message score
	leadW     float64 // what the lead adds to subjEv's weight
	links     []linkBase
	pages     []domainPages // sitePages of the links, once pagesDone

	s                        *scratch             // storage no verdict keeps (useScratch, release)
	listBypassed             bool                 // listBypassShadow: the list named vouches for none of it (relationship)
	evals                    [2]rcptEval          // scoreOnce's best judgement so far and a spare (newRcptEvals)
	chunk                    []evid               // where evidence is built and kept (room, keep)
	reasonBuf                []Reason             // linkDecision's working buffer
	skels                    memo[string, string] // skeleton cache for protected domains
	looks                    memo[lookKey, lookResult]
	knowns                   [maxKnownLists][]string // distinct Known lists of the recipients judged (historyAnswer)
	nKnowns                  int                     // how many knowns holds
	hist                     []histAnswer            // lookalikeHistory's answers (historyAnswer)
	lastScan                 intentScan              // linkIntent's cache, once scanned
	scanned                  bool                    // lastScan holds a scan
	ctx                      ctxScan                 // scans the links\' Contexts
	lastDisplay, lastContext string
	pagesDone                bool
	names                    nameScan // the site names the message spells, once namesDone
	namesDone                bool
	hosts                    hostCache // the facts of the links' hosts (hostFacts)
	tenantOf                 string    // the domain isTenant answers for
	isTenant                 bool
	pageAsks                 int
	notice                   noticeScan // systemNotice's phrase search
	staffName                int8       // isStaffName's answer: 0 not read, 1 yes, 2 no
	rule                     string     // comboRule's last answer, for combination ruleOf-1
	ruleOf                   int
	codes                    [8]string // linkCodes, once codesDone
	nCodes                   int       // how many codes holds, or -1 when more did not fit
	codesDone                bool
	tracker                  string // the host most of the links go through (trackerHost), or ""
	trackerDone              bool   // tracker is set
}

// linkBase is the recipient-independent part of one link's judgement.
type linkBase struct {
	l       *links.Link
	skip    string  // reason code when the link is not judged (not clickable, mailto, ...)
	novel   float64 // 1 - how established the domain is org-wide
	look    float64 // novel, for lookalikes of known domains (lookNovelty)
	inHost  float64 // novel, for our name in the host (orgInHostNovelty)
	own     bool    // the link points to the sender's own (non-free) domain
	site    bool    // own or sister site whose novelty is the sender's (ownSite)
	fam     string  // the brand family publishing the link's host (familyOf), or ""
	psite   string  // the site the link is a preview deployment of (previewSite), or ""
	skel    string  // confusable skeleton of the Unicode registrable domain
	ev      []evid
	sum     float64 // sum(ev)
	str     float64 // strong(ev)
	org     bool    // orgLink: into our own domains
	asks    bool    // asksAtNewPlace, which no recipient changes
	urlDone bool    // urlInfo is set
	// nearKnown: the link may be a near miss of a domain in a recipient's
	// history (novelForRecipient): not already a lookalike, new for
	// lookalikes (look), not ours, and a name anyone can register.
	nearKnown bool
	urlInfo   urlFacts
	// twin is 1 + the index of an earlier link whose recipient novelty
	// is this link's (twins), or 0.
	twin int
}

// urlFacts returns newURLFacts of the link's URL, computed once for all
// recipients.
func (b *linkBase) urlFacts() *urlFacts {
	if !b.urlDone {
		b.urlInfo, b.urlDone = newURLFacts(b.l.URL), true
	}
	return &b.urlInfo
}

// init sets up the zero message m for in under policy p (withDefaults).
func (m *message) init(p Policy, in *Input) {
	t := data()
	m.p, m.t, m.in, m.cues = p, t, *in, t.cues
	m.useScratch()
	m.sender = normAddr(in.FromAddr)
	if m.sender == "" {
		m.sender = normAddr(in.MailFrom)
	}
	m.sdom = registrable(domainOf(m.sender))
	m.shown = shownName(in.FromName)
	m.internal = inDomains(domainOf(m.sender), p.InternalDomains)
	m.free = t.freemail[m.sdom]
	m.brand = t.brandOwn(m.sdom, m.free)
	m.sdomFam = t.senderFamily(m.sdom)
	m.ownName = m.orgOwnName()
	m.sdomHist = in.History.SenderDomain
	if m.ownName {
		m.sdomHist = wider(m.sdomHist, in.History.SenderNameOrg)
	}
	if len(in.Allow) > 0 { // only sender allowlist entries ask (senderSure)
		m.aligned = m.envelopeAligned()
	}
	m.sendEv = m.senderEvidence()
	m.listPost = m.in.List || slices.ContainsFunc(m.sendEv, func(e evid) bool { return e.code == CodeKnownList })
	m.dishonest = dishonest(m.sendEv)
	if estDays(&in.History.Sender) >= 1 && !m.dishonest && (!m.internal || in.Authenticated) {
		// a stranger's text is read whole: a phisher's own link can
		// hold the lure's words as joined as its text writes them
		// (verify-your-account, in both); so can a forged colleague's,
		// whose address is anyone's to write unless it authenticated
		m.linkNames = linkNames{ls: in.Links}
	}
	m.subj.scan(m.cues, t.unmasked(linkNamesOut(in.Subject, &m.linkNames)))
	m.subjBrand = t.brands.named(in.Subject)
	m.links = m.s.links.take(len(in.Links))
	var tw twins
	for i := range in.Links {
		m.linkBase(&m.links[i], &in.Links[i], m.textURL(i))
		m.links[i].twin = tw.of(m.links, i)
	}
	var none intentScan
	m.subjEv = intentEvidence(p.Weights.Intent, &none, &m.subj)
	if lead := m.leadIntent(); lead != nil {
		subj := sum(m.subjEv)
		m.subjEv = intentEvidence(p.Weights.Intent, lead, &m.subj)
		if e, ok := m.callbackNumber(lead); ok {
			m.subjEv = append(m.subjEv, e)
		}
		if e, ok := m.passwordReply(); ok {
			m.subjEv = append(m.subjEv, e)
		}
		if e, ok := m.scanRequest(lead); ok {
			m.subjEv = append(m.subjEv, e)
		}
		if e, ok := m.callRefused(); ok {
			m.subjEv = append(m.subjEv, e)
		}
		m.leadW = sum(m.subjEv) - subj
	} else {
		if e, ok := m.passwordReply(); ok { // a harmless link does not hide the request
			m.subjEv = append(m.subjEv, e)
		}
		if e, ok := m.callRefused(); ok {
			m.subjEv = append(m.subjEv, e)
		}
		if e, ok := m.platformCallback(); ok {
			m.subjEv = append(m.subjEv, e)
		}
	}
	if e, ok := m.docCallback(); ok {
		m.subjEv = append(m.subjEv, e)
	}
	if e, ok := m.bankChange(); ok {
		m.subjEv = append(m.subjEv, e)
	}
}

// leadIntent is the intent of the start of the message's text (Input.Lead)
// when no link is judged, so no link's context has read it; otherwise nil.
// A request without a link ("process this payment today") is then read as
// the words around a link are.
func (m *message) leadIntent() *intentScan {
	if m.in.Lead == "" {
		return nil
	}
	for i := range m.links {
		if m.links[i].skip == "" {
			return nil
		}
	}
	lead := &intentScan{} // rare: not kept in every message
	m.scanLead(lead)
	return lead
}

// scanLead reads the intent of the start of the message's text into
// lead, as the words around a link are read (link names out, masks
// undone).
func (m *message) scanLead(lead *intentScan) {
	lead.scan(m.cues, m.t.unmasked(linkNamesOut(m.in.Lead, &m.linkNames)))
}

// registrable returns the eTLD+1 of a domain, or the domain itself.
func registrable(d string) string {
	if d == "" {
		return ""
	}
	r, err := publicsuffix.EffectiveTLDPlusOne(d)
	if err != nil {
		return d
	}
	return r
}

// senderEvidence is the recipient-independent sender evidence.
func (m *message) senderEvidence() []evid {
	w, h := &m.p.Weights, &m.in.History
	var out []evid
	add := func(e evid, ok bool) {
		if ok && e.w != 0 {
			out = append(out, e)
		}
	}
	if m.internalSender() {
		out = append(out, evid{code: CodeInternalSender, w: -w.LessInternal, cls: classContext, a: m.sdom})
	}
	add(senderNovelty(w, m.sender, h.Sender))
	add(senderDomainNovelty(w, m.sdomNamed(), m.sdomHist, h.Sender, m.free))
	if !m.ownName && !m.brandForCorrespondent() && !m.familyOwnName() {
		add(shadowIdentity(w, m.in.FromName, m.sender, h.SenderName, h.Sender))
		if !hasCode(out, CodeShadowIdentity) {
			add(m.partnerInName())
		}
		if !hasCode(out, CodeShadowIdentity) {
			add(m.listAuthorShadow())
		}
	}
	if !hasCode(out, CodeShadowIdentity) {
		e, ok := m.listBypassShadow()
		add(e, ok)
		m.listBypassed = ok
	}
	m.listBypassed = m.listBypassed || m.listOwnBypassed()
	add(brandName(w, m.t, m.shown, m.sdom, m.free, h.Sender))
	if m.look, m.senderLook = senderLookName(m.t, m.sdom, h.SenderDomain); m.senderLook {
		// A site linked here for days is established, as for link lookalikes.
		d := h.Domains[m.look.ascii]
		m.look.novel = min(m.look.novel, m.lookNovelty(&d, false))
		// A free mail provider is real, whatever it looks like, and our own domains are ours.
		// (InternalDomains holds the A-label of each Unicode entry: withDefaults.)
		m.senderLook = m.look.novel > 0 && !m.free && !inDomains(m.look.ascii, m.p.InternalDomains)
	}
	if m.senderLook {
		add(senderLookalike(w, m.t, m.skeleton, m.look, m.p.OrgDomains))
		if !hasCode(out, CodeSenderLook) {
			add(m.senderPartnerName())
		}
	}
	add(nameDomain(w, m.t, m.shown, m.sdom, h.Sender))
	add(m.orgInName())
	add(authFailure(w, m.in.AuthFail, m.sdom))
	// counted once; a disguised file's name first, which quarantines on
	// its own, so a disguised subject cannot hide it
	if e, ok := disguisedFileName(w, m.in.BidiNames); ok {
		add(e, ok)
	} else if e, ok := disguisedText(w, m.t, m.in.Subject, m.in.FromName, m.in.FromAddr); ok {
		add(e, ok)
	} else {
		add(disguisedLinkText(w, m.in.Links))
	}
	add(malformedFrom(w, m.in.FromMalformed))
	add(scriptedAttachment(w, (m.in.ScriptedAttachment || m.in.Launch != "" || m.in.ScriptedHTML && (h.Sender.Outbound == 0 || m.in.HiddenRedirect)) && !m.internalSender(), m.in.Launch))
	add(m.scanLimit(w))
	add(m.pasteCommand(w))
	add(m.passwordField(w))
	add(m.hiddenText(w, h.Sender.Outbound, out))
	add(m.programFile(w))
	add(m.shareLoad(w))
	reply := normAddr(m.in.ReplyTo)
	rd := registrable(domainOf(reply))
	if e, ok := m.notePaymentReply(reply, rd); ok {
		add(e, ok) // counted once: not also as reply_to_mismatch
	} else if e, ok := m.replyElsewhere(reply, rd); ok {
		add(e, ok) // counted once: not also as reply_to_mismatch
	} else {
		add(replyToMismatch(w, rd, m.sdom))
	}
	if e, ok := threadReply(w, h.Thread); ok && !spoofed(out) { // last: it needs every doubt about who wrote
		add(e, ok)
	}
	if e, ok := knownList(w, h.Lists); ok && !spoofed(out) { // as thread_reply
		add(e, ok)
	}
	return out
}

// internalSender: an authenticated session from one of our own domains.
func (m *message) internalSender() bool {
	return m.in.Authenticated && m.internal
}

// dotSuffix is strings.HasSuffix(s, "."+d) without building "."+d.
func dotSuffix(s, d string) bool {
	return len(s) > len(d) && s[len(s)-len(d)-1] == '.' && s[len(s)-len(d):] == d
}

// inDomains reports whether d is one of ds or a subdomain of one.
func inDomains(d string, ds []string) bool {
	for _, x := range ds {
		if d == x || dotSuffix(d, x) {
			return true
		}
	}
	return false
}

// linkBase computes, into b, the recipient-independent evidence of one
// link (in place: a linkBase is too large to return by value cheaply).
// dest is the URL its text is judged against (textURL).
func (m *message) linkBase(b *linkBase, l *links.Link, dest string) {
	*b = linkBase{l: l}
	if b.skip = skipCode(l); b.skip != "" {
		return
	}
	w, h := &m.p.Weights, &m.in.History
	b.ev = m.room()
	add := func(e evid, ok bool) {
		if ok && e.w != 0 {
			b.ev = append(b.ev, e)
		}
	}
	hf := m.hostFacts(l)
	d, hs := hf.d, &hf.hs // d is the link's own copy (placeDoc changes it)
	b.novel = 1 - estOrg(&d)
	b.org = m.orgLink(l)
	b.own = m.ownDomain(l)
	b.look = m.lookNovelty(&d, b.own)
	hl := hf.hl
	hl.ipfs(l)
	hl.opaqueRedirect(l)
	ostat := d // the history the link's org novelty is read from
	b.fam = m.familyOf(l, hl, hf)
	ndom := m.familyHistory(b.fam, l.Domain, &d, &ostat, m.in.History.FamilyDomains, byOrg) // its family domain if not the link's
	if ndom != "" {
		b.novel = 1 - estOrg(&ostat)
	}
	b.psite = m.previewSite(l, hf.psite)
	oname := siteHistory(l.Domain, b.psite, &ostat, h.Domains, byOrg) // b.novel stays the host's: only novelty reads the site
	b.site = m.ownSite(l, hl, hf, b.own)
	filePage := m.strangersFile(l)
	b.site = b.site && !opensByItself(l) && !filePage // no own-site treatment for a drawn button, a fetched template or a stranger's page
	b.site = b.site && !m.scannedOwnSite(l)           // nor for a stranger's code to scan
	b.own = b.own && b.site                           // a new domain hosting its own lure gets no own-domain credit
	b.own = b.own || b.site && m.familySite(l, hl)    // a domain of the sender's brand family is as much its own
	if !b.site {                                      // a sender's own site is as new as the sender's domain: counted once, there
		if !m.senderDomainsLink(l.Domain) { // host novelty grows as org novelty shrinks: both or neither
			o, ook, hn, hok := familyNovelty(w, l, ndom, &ostat, hs)
			if oname != l.Domain { // read from the preview's site: named in both sentences
				o.a, hn.b = oname, oname
			}
			add(o, ook)
			add(hn, hok)
			if hl.isSharing && !m.brandSender() {
				sd, sok := sharedDocument(w, l.Host, m.sender, b.novel, m.senderNovel(), h.Sender.Days)
				add(capShared(w, sd, sok, o, ook, hn, hok))
			}
		}
		own, dom := hf.sl, hf.sdl
		sname := siteHistory(l.Domain, b.psite, &own, h.SenderLinks, byLinkDays)
		siteHistory(l.Domain, b.psite, &dom, h.SenderDomainLinks, byLinkDays)
		add(senderLinkNovelty(w, sname, m.sender, &own, &dom, m.free))
		if nov := sum(b.ev); nov > 0 { // b.ev holds only that novelty so far
			add(sitePagesContext(w, l, hl, m.sitePages, nov, m.free))
			add(m.namedSiteOrFamily(w, l, hl, b.fam, sum(b.ev)))
			add(quotedContext(w, l, hl, sum(b.ev)))
		}
	}
	if m.placeDoc(l, hl) {
		d.Outbound = 0 // our own documents on the platform vouch for no one else's (placeDoc)
	}
	b.ev = m.contextEvidence(b.ev, l, &d, b.org, b.own)
	form := len(b.ev)
	b.ev = appendFormSignals(b.ev, w, m.t, l, hl)
	b.ev = m.dropOwnRedirect(b.ev[:form], b.ev[form:], l)
	add(m.passwordForm(w, l))
	add(privateName(w, l, b.org, m.listPost, m.internal))
	if m.subjBrand != "" && slices.ContainsFunc(b.ev[form:], m.noBrandsPlace) {
		add(brandInSubject(w, m.t, l, m.subjBrand, b.novel, m.p.OrgDomains))
	}
	if len(b.ev) > form && b.ev[form].code == CodeDisplayMismatch && m.showsOwnSite(l, hl) {
		b.ev[form].w /= 2 // display_mismatch is always the first form signal
	}
	if !b.site && b.novel > 0 { // URL shape of a new domain that is not the sender's own site
		add(loginPath(w, l, b.novel))
		add(hyphenatedHost(w, l, b.novel))
		add(m.fileText(b, hl, dest))
	}
	if n := m.placeNovelty(l, hl, b.novel); !b.site && n > 0 {
		add(qrLink(w, m.t, l, hl, n))
		add(opensNewPlace(w, m.t, l, hl, n, filePage)) // the sender's own new site too (opensByItself)
	}
	b.inHost = m.orgInHostNovelty(l, b.novel)
	m.lookalikes(b, add)
	if m.brandSender() && !m.in.AuthPass && !hl.isShortener {
		add(brandSenderElsewhere(w, m.t, l, m.sdom, m.linkIntent(l), b.novel, m.p.OrgDomains, m.relayed()))
	}
	b.ev = appendIntentEvidence(b.ev, w.Intent, m.linkIntent(l), &m.subj)
	b.ev = fileTextClass(b.ev)
	add(m.systemNotice(b))
	add(m.staffNotice(b))
	add(m.evidenceLink(b))
	b.ev = m.keep(b.ev)
	b.sum, b.str = sum(b.ev), strong(b.ev)
	if shape := previewShape(b.ev); shape > 0 && m.previewNotice(l) { // the evidence first: most links have none of it
		b.str -= shape
	}
	b.asks = m.asksAtNewPlace(b, hs.Seen())
	b.nearKnown = b.look > 0 && !hasLookalike(b.ev) && !inDomains(l.Domain, m.p.OrgDomains) && registrableName(l.Domain)
}

// evidRoom is the least free room in the message's current chunk where
// a link's evidence starts (room): few links have more.
const evidRoom = 8

// room returns an empty slice at the free end of the message's current
// chunk, where linkBase builds a link's evidence in place (keep), after
// starting a new chunk when fewer than evidRoom places are left (the
// first from the message's scratch).
func (m *message) room() []evid {
	if cap(m.chunk)-len(m.chunk) < evidRoom {
		m.chunk = m.s.chunk.take(max(evidRoom, min(256, 2*len(m.links)+8)))[:0]
	}
	return m.chunk[len(m.chunk):]
}

// keep keeps ev, built from room: in the chunk when it fit there (the
// chunk then ends after it: kept slices never move), else in the array
// append moved it to. The slice returned is capped so that an append never
// writes into evidence kept after it.
func (m *message) keep(ev []evid) []evid {
	if len(ev) == 0 {
		return nil
	}
	if n := len(m.chunk); n < cap(m.chunk) && &ev[0] == &m.chunk[:n+1][n] {
		m.chunk = m.chunk[:n+len(ev)]
	}
	return ev[:len(ev):len(ev)]
}

// linkIntent scans the link's display text and context, reusing the last
// scan when neighbouring links share them. The scan it returns is the
// message's: valid until it is asked about other texts.
func (m *message) linkIntent(l *links.Link) *intentScan {
	s := &m.lastScan
	if m.scanned && l.Display == m.lastDisplay && l.Context == m.lastContext {
		return s
	}
	*s = intentScan{}
	s.scan(m.cues, m.t.unmasked(linkNamesOut(proseOnly(l.Display), &m.linkNames)))
	for _, c := range m.ctx.scan(&m.cues, m.t.unmasked(linkNamesOut(proseOnly(l.Context), &m.linkNames))) {
		s.hit(c)
	}
	m.scanned, m.lastDisplay, m.lastContext = true, l.Display, l.Context
	return s
}

// skeleton is tables.skeleton, cached for the message (protected domains
// repeat across links and recipients).
func (m *message) skeleton(d string) string {
	if s, ok := m.skels.find(d); ok {
		return s
	}
	s := m.t.skeleton(d)
	m.skels.keep(d, s)
	return s
}

// showUnicode adds to a lookalike's name the Unicode form people see,
// after the real (ASCII) name, so the sentence never starts with what
// reads as the genuine site.
func showUnicode(e evid, ud string) evid {
	if ud != e.a && e.a != "" {
		e.a += " (shown as " + ud + ")"
	}
	return e
}

// skipCode says why a link is not judged at all, or "".
func skipCode(l *links.Link) string {
	switch {
	case !l.Clickable || l.Kind == links.KindImage || l.Kind == links.KindCSS:
		return CodeNotClickable
	case l.Flags.Has(links.FlagScriptScheme), l.Scheme == "javascript", l.Scheme == "data", l.Scheme == "vbscript":
		return ""
	case l.Host == "" || l.Scheme == "mailto" || l.Scheme == "tel" || l.Scheme == "cid" || l.Scheme == "sms":
		return CodeNotClickable
	case unregistrable(l.Domain):
		return CodeUnregistrable
	}
	return ""
}

// unregistrable: the link's registrable domain, under a suffix ICANN
// delegates, has a printable character that no public registry allows in
// a name (only letters, digits and hyphens are), so no such site can exist:
// text damaged on its way ("www.rigzon!e.com") or a template's placeholder
// ("insert_link_here.com"). Escapes were decoded when the link was read,
// names under private suffixes (a platform's wildcard DNS) and anything
// not plain ASCII are left to the other signals.
func unregistrable(domain string) bool {
	if !badNameByte(domain) { // the common case, without the suffix lookup
		return false
	}
	suffix, icann := publicsuffix.PublicSuffix(domain)
	if !icann || len(domain) <= len(suffix)+1 {
		return false
	}
	return badNameByte(domain[:len(domain)-len(suffix)-1])
}

// badNameByte: s is plain printable ASCII with a character other than
// letters, digits, hyphens and dots.
func badNameByte(s string) bool {
	bad := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= ' ' || c >= 0x7f:
			return false
		case !isWordByte(c) && c != '-' && c != '.':
			bad = true
		}
	}
	return bad
}

// contextEvidence appends the link context that lowers risk (a weight
// turned off adds nothing); org is orgLink(l).
func (m *message) contextEvidence(out []evid, l *links.Link, d *Stat, org, own bool) []evid {
	w := &m.p.Weights
	if org {
		out = appendEvid(out, evid{code: CodeOrgDomain, w: -w.LessOrgDomain, cls: classContext, a: l.Domain})
	}
	if d.Outbound > 0 {
		out = appendEvid(out, evid{code: CodeOrgOutbound, w: -w.LessOutbound, cls: classContext, a: l.Domain})
	}
	if own {
		e := evid{code: CodeSenderOwnDomain, w: -w.LessOwnDomain, cls: classContext, a: l.Domain}
		if l.Domain != m.sdom { // a domain of the sender's brand family (familySite)
			e.b, e.n[0] = m.sdom, 1
		}
		out = appendEvid(out, e)
	}
	return out
}

// appendEvid appends e unless its weight is 0.
func appendEvid(out []evid, e evid) []evid {
	if e.w != 0 {
		out = append(out, e)
	}
	return out
}

// senderDomainsLink: the sender's (non-free) domain linked to this domain
// before, so the link is part of what that actor sends and its novelty is
// already counted once as sender and sender-domain novelty (an attacker's
// harmless first message gains nothing: its sender stays novel until
// vouched or seen for days). More history never turns it off.
func (m *message) senderDomainsLink(domain string) bool {
	return !m.free && m.in.History.SenderDomainLinks[domain].Seen()
}

// brandSender: the sender's domain is a shipped brand's own (not free
// mail): a platform's notification (Dropbox's from dropboxmail.com,
// SharePoint's from sharepointonline.com) vouches for its own platform's
// documents as much as the platform's own domain would.
func (m *message) brandSender() bool { return m.brand }

// ownDomain: the link points to the sender's own registrable domain, and
// the sender is not at a free mail provider (whose domain anyone shares).
func (m *message) ownDomain(l *links.Link) bool {
	return m.sdom != "" && l.Domain == m.sdom && !m.free
}

// ownSite: the link's novelty is the sender's own and is already counted
// once as sender domain novelty. That holds for the sender's own domain,
// except when the sender domain was never seen before and the link holds
// out a prize or reward, or presses hard for credentials
// (strongCredentials): a brand-new domain that mails and hosts its own
// lure is a spammer's or a phisher's site, not a newsletter's (asking to
// verify an address or sign in to one's own site is ordinary service
// mail, which stays below that weight). It
// holds for a sister domain (sisterDomain) only once the sender domain has
// some history, so a new actor cannot pair two fresh names, and not when
// the link asks for credentials or a payment: a domain that merely holds
// a correspondent's name (partner-billing-update.example for
// partner.example) is also what an attacker registers for that
// correspondent's customers. No link reached through a search engine's
// open redirect (links.FlagOpenRedirect) is the sender's own site: nobody
// needs Bing or Google to link their own pages, phishing does to pass a
// trusted host. Nor is the site of a sender whose name or words deceive
// (dishonest): it is where that sender's lure is. Nor is a sister domain
// on a shared host (shortener, free hosting, platform: hl.shared) or a
// tenant under a private suffix (northwind-files.my.canva.site,
// partner-docs.netlify.app): anyone picks that name at sign-up, so it
// holding a correspondent's name says nothing about who publishes there.
// Nor a near miss of the sender's own domain (historyLookalike:
// northwind-tarders.example for northwind-traders.example), which shares
// its name token by construction: nobody links a misspelling of their
// own domain, and a compromised account linking one keeps its lookalike
// evidence alone otherwise. Nor when the From failed DMARC (dmarcForged): the sender domain's
// history is its real owner's, which vouches for no name like it (its own
// domain still leads to that owner, so it keeps the credit). hf holds
// the facts of the link's host (hostFacts).
func (m *message) ownSite(l *links.Link, hl hostListMatch, hf *hostFacts, own bool) bool {
	seen := m.sdomHist.Seen()
	switch {
	case l.Flags.Has(links.FlagOpenRedirect), m.dishonest:
		return false
	case own && m.customersHost(l):
		return false
	case own:
		s := m.linkIntent(l)
		return seen || !lureIntent(s, &m.subj) && s.w[intentCredentials] < strongCredentials
	case m.familySite(l, hl):
		return true
	case m.free || !seen || !m.sisterSite(hf), hl.shared(), m.tenant(l.Domain), m.dmarcForged(),
		historyLookalike(m.skeleton, l.Domain, m.t.skeleton(unicodeDomain(l.Domain, l.UnicodeHost)), m.sdom):
		return false
	}
	s := m.linkIntent(l)
	return s.w[intentCredentials] == 0 && s.w[intentPayment] == 0
}

// customersHost: the link leads to a host under the sender's own domain
// that one of the company's customers named, not the company: the domain
// is a "tenant" entry of families.txt (each customer's Okta org is
// NAME.okta.com, a Zoom account's vanity host NAME.zoom.us, a Box
// enterprise's NAME.app.box.com, a Salesforce org's
// NAME.my.salesforce.com, named at sign-up), and no entry names the host
// itself as the company's own (help.okta.com, app.box.com; ownHostExact:
// a customer's NAME.app.box.com is below Box's own app.box.com). The
// company's mail from there is whatever its customer had it send (an
// org's activation notice from noreply@okta.com, a user's invitation from
// no-reply@zoom.us), so the customer's host is judged as any other site:
// an attacker's trial org (any-trial-org.okta.com) gains nothing from the
// company's name, and neither does one named after us (corp.okta.com for
// corp.example), since anyone can pick that name. The domain itself
// (okta.com) is the company's, and so is our own tenant when the policy
// lists it (ownTenant).
func (m *message) customersHost(l *links.Link) bool {
	if l.Host == l.Domain || !m.t.families[l.Domain].tenants || m.ownTenant(l.Host) {
		return false
	}
	return !m.t.ownHostExact(l.Host)
}

// ownTenant: the host is one of our own tenants the policy lists
// (Policy.OwnTenants), or a host under one.
func (m *message) ownTenant(host string) bool {
	return len(m.p.OwnTenants) > 0 && inDomains(host, m.p.OwnTenants)
}

// familySite: the link leads to another domain of the sender's brand
// family (families.txt: Microsoft's account notices from microsoft.com
// linking account.live.com), on a host the family publishes itself. It
// is genuine by construction, whoever wrote the From, so it is the
// sender's own site and domain as much as the sender's domain is (no
// novelty of its own, sender_own_domain): a forged From of
// microsoft.com gains nothing it would not by linking microsoft.com
// itself. Never for a sender at free mail (live.com is also anyone's
// address), nor for a host where users publish: the shared host lists
// (a shortener, free hosting, a platform or sharing platform:
// onedrive.live.com, forms.microsoft.com) and tenants under a private
// suffix take precedence, as do the family's own "user" and "sender"
// entries. Not when the From failed DMARC (dmarcForged): the sender is
// then not the family's. (The open redirect and dishonest senders are
// ownSite's to refuse first.)
func (m *message) familySite(l *links.Link, hl hostListMatch) bool {
	return m.t.familyLink(m.sdomFam, m.sdom, l.Host, l.Domain) && !m.free && !hl.shared() && !m.tenant(l.Domain) && !m.dmarcForged()
}

// familyOf returns the brand family that publishes the link's host
// itself (families.txt: aka.ms, account.live.com), or "": not a shared
// host, a tenant, a "user" host or a "sender" domain, nor a link reached
// through a search engine's open redirect.
func (m *message) familyOf(l *links.Link, hl hostListMatch, hf *hostFacts) string {
	name, ok := hf.fam, hf.famOK
	if !ok || hl.shared() || l.Flags.Has(links.FlagOpenRedirect) || m.tenant(l.Domain) {
		return ""
	}
	return name
}

// familyHistory: another domain of the link's brand family fam (familyOf)
// is better established (by est: estOrg or estLinkDays) in the history hist (of the family's
// domains: History.FamilyDomains org-wide, RecipientHistory.FamilyLinks
// for a recipient) than the link's domain with its history d: it returns
// that domain and its history, which the link's novelty is read from.
// Whoever sends it, such a link leads to the company: a Teams
// invitation's aka.ms help link from a new external organiser is as
// known as the teams.microsoft.com links beside it. The sender's own
// novelty for the link stays. It leaves that history in *out (which may
// be d), unchanged when it returns "": a Stat is large and holds
// pointers, so it is not returned by value.
func (m *message) familyHistory(fam, domain string, d, out *Stat, hist map[string]Stat, est estimate) string {
	if fam == "" || len(hist) == 0 {
		return ""
	}
	best, bestE := "", est.of(d)
	for _, o := range m.t.familyOwn[fam] {
		if s, ok := hist[o]; ok && o != domain {
			if e := est.of(&s); e > bestE {
				best, *out, bestE = o, s, e
			}
		}
	}
	return best
}

// estimate names the est function familyHistory reads a history by. It
// is no func value, which would move every Stat it is given to the heap.
type estimate uint8

const (
	byOrg      estimate = iota // estOrg
	byLinkDays                 // estLinkDays
)

func (e estimate) of(s *Stat) float64 {
	if e == byLinkDays {
		return estLinkDays(s)
	}
	return estOrg(s)
}

// strongCredentials is the credential cue weight near a link from which
// a never-seen sender domain loses the own-site credit: several cues
// together ("your password expires", "sign in", "verify your account":
// 1.2; "account suspended, verify your identity": 0.95), not a service's
// "please verify your email address" (0.55) or "sign in to view your
// invoice" (0.2).
const strongCredentials = 0.8

// lureIntent: prize or reward cues near the link or in the subject. A
// survey alone holds out no prize: an invitation to take one is what a
// service's feedback mail says, and a survey scam names its reward too
// ("complete our survey to claim your reward"); a gift card beside it
// is no prize here, as a service's own research mail offers one ("our
// 5-minute survey; a $50 gift card for every reply"), though it counts
// for intent_lure; "a new survey of 1,000 renters", a poll that a
// release reports, is no cue at all (cueReports) unless a reward stands
// beside it (intentScan.hit).
func lureIntent(link, subj *intentScan) bool {
	return prizeWeight(link)+0.5*prizeWeight(subj) > 0
}

// prizeWeight is a scan's lure weight, none when "survey" is its only
// lure cue.
func prizeWeight(s *intentScan) float64 {
	if s.cue[intentLure] == "survey" && s.w[intentLure] <= s.best[intentLure] {
		return 0
	}
	return s.w[intentLure]
}

// sisterDomain: two registrable domains of one organisation, by name: a
// hyphen-separated token of 5 letters or more of one's first label occurs
// in the other's first label ("brand.example" and "brand-mail.example",
// "brandnews.test"). Only novelty is shared this way; lookalike and brand
// checks still run, so a brand-named attacker domain is judged on those.
func sisterDomain(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	la, _ := label(a)
	lb, _ := label(b)
	return tokenIn(la, lb) || tokenIn(lb, la)
}

// tokenIn: a hyphen-separated token of a, 5 bytes or longer, occurs in b.
func tokenIn(a, b string) bool {
	for a != "" { // strings.SplitSeq's tokens, cut without its iterator
		tok := a
		if i := strings.IndexByte(a, '-'); i >= 0 {
			tok, a = a[:i], a[i+1:]
		} else {
			a = ""
		}
		if len(tok) >= 5 && len(tok) <= len(b) && strings.Contains(b, tok) {
			return true
		}
	}
	return false
}

// lookNovelty is how new the link domain is when the question is whether
// it imitates another domain known here. A domain with a history of its own
// here (vouched, outbound, or seen on several days, see estDays), or the
// sender's own domain when that sender domain has history, is a real
// correspondent's: two known names that happen to be alike (shop02 and
// shop07, a firm's regional domains) are not an attack. Brand lookalikes
// keep the stricter novel (estOrg): a shipped brand is not a correspondent.
func (m *message) lookNovelty(d *Stat, own bool) float64 {
	e := max(estOrg(d), estDays(d))
	if own {
		e = max(e, estSenderDomain(&m.sdomHist))
	}
	return 1 - e
}

// lookKey is everything lookalikes reads from a link: the links of a
// message repeat a few domains and hosts, so their answers are kept.
type lookKey struct {
	domain, host, uhost string
	ip                  bool
	novel, look, inHost float64
}

// lookResult is what lookalikes found for one lookKey: the skeleton and
// the calls to add, in order.
type lookResult struct {
	skel string
	adds [3]lookAdd
	n    int
}

type lookAdd struct {
	e  evid
	ok bool
}

// memo keeps a message's answers by key: the first few in place (a
// message asks about few keys), any more in a map.
type memo[K comparable, V any] struct {
	keys [8]K
	vals [8]V
	n    int
	more map[K]V
}

// find returns the answer kept for k.
func (c *memo[K, V]) find(k K) (V, bool) {
	for i := range c.n {
		if c.keys[i] == k {
			return c.vals[i], true
		}
	}
	v, ok := c.more[k]
	return v, ok
}

// keep keeps v as the answer for k, which must be new.
func (c *memo[K, V]) keep(k K, v V) {
	if c.n < len(c.keys) {
		c.keys[c.n], c.vals[c.n] = k, v
		c.n++
		return
	}
	if c.more == nil {
		c.more = map[K]V{}
	}
	c.more[k] = v
}

// lookalikes checks the organisation's domains and the shipped brands,
// once per message for each lookKey (the answer depends on nothing else).
func (m *message) lookalikes(b *linkBase, add func(evid, bool)) {
	l := b.l
	if !m.lookable(b) {
		return
	}
	k := lookKey{domain: l.Domain, host: l.Host, uhost: l.UnicodeHost, ip: l.Flags.Has(links.FlagIPLiteral), novel: b.novel, look: b.look, inHost: b.inHost}
	r, ok := m.looks.find(k)
	if !ok {
		r.skel = m.lookalikesOnce(b, func(e evid, ok bool) {
			r.adds[r.n] = lookAdd{e, ok}
			r.n++
		})
		m.looks.keep(k, r)
	}
	b.skel = r.skel
	for _, a := range r.adds[:r.n] {
		add(a.e, a.ok)
	}
}

// lookable: the link may be a lookalike at all (new here, a name, not
// ours, not the sender's own domain already judged a lookalike).
func (m *message) lookable(b *linkBase) bool {
	l := b.l
	return b.novel > 0 && l.Domain != "" && !l.Flags.Has(links.FlagIPLiteral) && !inDomains(l.Domain, m.p.OrgDomains) &&
		!m.lookalikeSender(l.Domain, m.sendEv)
}

// lookalikeSender: the domain is the sender's own, which the evidence ev
// already calls a lookalike (sender_lookalike); a link there is not judged
// a lookalike again.
func (m *message) lookalikeSender(domain string, ev []evid) bool {
	return m.senderLook && domain == m.look.ascii && hasCode(ev, CodeSenderLook)
}

// lookalikesOnce is lookalikes without the memo; it returns the skeleton.
func (m *message) lookalikesOnce(b *linkBase, add func(evid, bool)) string {
	l, w := b.l, &m.p.Weights
	if !m.lookable(b) {
		return ""
	}
	ud := unicodeDomain(l.Domain, l.UnicodeHost)
	skel := m.t.skeleton(ud)
	var e evid
	ok := false
	if registrableName(l.Domain) {
		e, ok = lookalikeOf(w, m.skeleton, l.Domain, skel, m.p.OrgDomains, b.look)
		if !ok {
			e, ok = lookalikeBrand(w, m.t, l.Domain, skel, b.novel)
		}
	}
	add(showUnicode(e, ud), ok)
	add(orgInHost(w, m.t, l.Host, l.Domain, m.p.OrgDomains, b.inHost))
	if !ok {
		add(brandInDomain(w, m.t, l.Host, l.Domain, b.novel))
	}
	return skel
}

// orgInHostNovelty is the novelty orgInHost scales by: the domain's,
// or the sender's own for it (senderLinkNovel) when lower, and none for a
// preview deployment in its platform's own notice (previewHost), for
// one of our own tenants the policy lists (ownTenant), or for a
// colleague's link whose text asks nothing to sign in (colleague).
func (m *message) orgInHostNovelty(l *links.Link, novel float64) float64 {
	if novel <= 0 || m.previewHost(l) || m.ownTenant(l.Host) { // an established domain stays so (novel is in [0, 1])
		return 0
	}
	if m.colleague() && m.linkIntent(l).w[intentCredentials] < askBrand {
		return 0
	}
	return min(novel, m.senderLinkNovel(l.Domain))
}

// colleague: the sender is one of our people, nothing doubting it: an
// address in our own domains that authenticated, or, unless the policy
// says our mail authenticates (internal_mail_authenticated, where an
// unauthenticated colleague is unauthenticated_internal's), one
// established here (estDays, as internal_known), with no lookalike-class
// sender evidence and no From a trusted verifier failed. Our name in a
// host a colleague links (a preview of our web site on vercel.app, our
// project's pages on github.io) is our own project's, not one borrowed:
// orgInHost is about outsiders. The link stays as new and as free
// hosting as it is, and a text asking to sign in keeps orgInHost (a
// forged colleague's "SSO migration" on corp-sso.vercel.app).
func (m *message) colleague() bool { return m.colleagueAmid(m.sendEv) }

// colleagueAmid is colleague with ev as the sender evidence read so far
// (senderEvidence, whose own signals run before m.sendEv is set).
func (m *message) colleagueAmid(ev []evid) bool {
	if !m.internal || m.dmarcForged() || spoofed(ev) {
		return false
	}
	if m.in.Authenticated {
		return true
	}
	return !m.p.InternalAuthenticated && estDays(&m.in.History.Sender) >= 1
}

// senderLinkNovel is how new the link's domain is in this sender's own
// links (1 - estLinkDays: unsolicited, 1 until 3 days, 0 from 8), or 1 when
// a trusted verifier failed the From (its history is its real owner's).
// Our name in a host the sender has linked on many days is no borrowing
// new here: a monitoring service's or status page's notices linking our
// own tenant there (corp.sentry.io, corp.app.opsgenie.com) for months.
func (m *message) senderLinkNovel(domain string) float64 {
	if m.dmarcForged() || m.sender == "" {
		return 1
	}
	s := m.in.History.SenderLinks[domain]
	return 1 - estLinkDays(&s)
}

// previewHost: the domain is a deployment under a preview platform's
// private suffix (previews.txt: corp-web-git-fix-corp.vercel.app), and the
// message is that platform's own notice from its own domain, from an
// address established here (estDays), not free mail, and not a From a
// trusted verifier failed. The platform names the deployment after its
// customer's project and mails only that customer's team, so our name
// there is our own project's, not one borrowed (orgInHost). The link
// stays free hosting, new with each branch, and gets no credit; another
// sender's link there (a code host's notification, which anyone can make
// it send) is judged as before, and so is one whose text asks to sign in
// (askBrand): the platform's notices do not ask for a password on a
// customer's preview; a forged notice does.
func (m *message) previewHost(l *links.Link) bool { return m.previewFrom(l, false) }

// previewFrom: the link is a deployment under a preview platform's
// private suffix (previews.txt) in a notice from the platform's own
// domain, or with relays from a code host that relays its bots' comments
// (previews.txt's relay lines), from an address established here
// (estDays), not free mail, not a From a trusted verifier failed, and
// the link's text asks nothing to sign in (askBrand).
func (m *message) previewFrom(l *links.Link, relays bool) bool {
	_, suffix := label(l.Domain)
	op, ok := m.t.previews[suffix]
	from := op == m.sdom || relays && m.t.codeHosts[m.sdom]
	return ok && from && !m.free && !m.dmarcForged() && estDays(&m.in.History.Sender) >= 1 &&
		m.linkIntent(l).w[intentCredentials] < askBrand
}

// previewNotice: the link is a deployment under a preview platform's
// private suffix (previews.txt) in a notice from an established platform:
// the preview platform's own domain, or a code host whose notifications
// carry the deployment bots' comments on a pull request (previews.txt's
// relay lines; other platforms' mail carries no preview), from an address established here (estDays), not free
// mail, not a From a trusted verifier failed, and the link's text asks
// nothing to sign in (askBrand). The evidence every preview of our own
// projects carries (previewShape: free hosting, the platform's hyphenated
// name, our project's name in it) then locks such a link at most at warn:
// anyone can make a code host mail a mention, so it stays locked, but the
// lock's level says it is new, not that it borrows our name. Any other
// form, lookalike or intent evidence still counts.
func (m *message) previewNotice(l *links.Link) bool { return m.previewFrom(l, true) }

// previewShape is the strong weight of the evidence a preview deployment
// named after our project carries by its platform's naming alone
// (free_hosting, hyphenated_host, org_in_host).
func previewShape(ev []evid) float64 {
	s := 0.0
	for _, e := range ev {
		switch e.code {
		case CodeFreeHosting, CodeHyphenatedHost, CodeOrgInHost:
			if e.w > 0 && e.cls.strong() {
				s += e.w
			}
		}
	}
	return s
}

// dishonest: the sender evidence doubts the sender's honesty, not only
// whose domain the From shows: a name known here from another address
// (shadow identity) or showing another domain, a lookalike domain, a new
// domain carrying a correspondent's name (partner_name_domain),
// disguised words, a malformed From, replies diverted to free mail or to
// a near miss of the sender's domain (all the lookalike class). Such a
// sender's own site is where its lure is, so a link there gets no
// own-site credit. Two lookalike-class signals do not count: a failed
// authentication (auth_fail) says the From domain is not the sender's at
// all, so a link to that domain leads to its real owner, not to the
// forger; and a brand's name on another domain (brand_name_mismatch) is
// also how brands' partners and their own secondary domains sign
// (withgoogle.com, facebookmail.com), whose sites are their own.
func dishonest(ev []evid) bool {
	return slices.ContainsFunc(ev, func(e evid) bool {
		return doubt(e) && e.code != CodeAuthFail && e.code != CodeBrandName
	})
}

// spoofed: the sender evidence doubts who the sender is (a lookalike-class
// claim: a shadow identity, a brand or domain in the name, a malformed
// From, a failed authentication, disguised words).
func spoofed(ev []evid) bool { return slices.ContainsFunc(ev, doubt) }

// doubt: the evidence is a lookalike-class claim with weight.
func doubt(e evid) bool { return e.cls == classLookalike && e.w > 0 }
