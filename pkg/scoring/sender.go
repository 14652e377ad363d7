package scoring

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"

	"github.com/firstsight/firstsight/pkg/links"
)

// senderNovelty: first contact from this address, or an address seen only
// briefly.
func senderNovelty(w *Weights, sender string, s Stat) (evid, bool) {
	e := estDays(&s)
	if e >= 1 {
		return evid{}, false
	}
	if !s.Seen() {
		return evid{code: CodeSenderFirst, w: w.SenderNovel, cls: classSender, a: sender}, true
	}
	return evid{code: CodeSenderRare, w: w.SenderNovel * (1 - e), cls: classSender, a: sender,
		n: [3]int32{int32(s.Messages), int32(s.Days)}}, true
}

// sdomNamed is the domain a sender-domain reason names: the history keeps
// a sender's domain as the host after the @ (a new subdomain of a known
// domain is a new sender domain), so the reason names that host; free mail
// is judged on the sender instead and names its registrable domain.
func (m *message) sdomNamed() string {
	if m.free {
		return m.sdom
	}
	return domainOf(m.sender)
}

// senderDomainNovelty: no (or little) mail from the sender's domain before.
// For free mail the domain's history says nothing, so the sender's own
// novelty is used instead (freemail_sender).
func senderDomainNovelty(w *Weights, domain string, dom, sender Stat, freemail bool) (evid, bool) {
	if freemail {
		e := estDays(&sender)
		if e >= 1 {
			return evid{}, false
		}
		return evid{code: CodeFreemail, w: w.Freemail * (1 - e), cls: classSender, a: domain}, true
	}
	e := estSenderDomain(&dom)
	if e >= 1 {
		return evid{}, false
	}
	if !dom.Seen() {
		return evid{code: CodeSenderDomFirst, w: w.SenderDom, cls: classSender, a: domain}, true
	}
	return evid{code: CodeSenderDomRare, w: w.SenderDom * (1 - e), cls: classSender, a: domain,
		n: [3]int32{int32(dom.Messages), int32(dom.Days), int32(dom.Senders)}}, true
}

// solicitation: established means reciprocal. A sender we (or this
// recipient) wrote to is solicited; anyone else is unsolicited however often
// they wrote, so a spoofed familiar address stays suspect. Writing to someone
// else at the same (non-free) domain counts a third.
func solicitation(w *Weights, sender string, s, pair, dom Stat, freemail bool) evid {
	if s.Outbound > 0 || pair.Outbound > 0 {
		return evid{code: CodeSolicited, w: -w.LessSolicited, cls: classContext, a: sender}
	}
	f := 1.0
	if dom.Outbound > 0 && !freemail {
		f = 1.0 / 3
	}
	return evid{code: CodeUnsolicited, w: w.Unsolicited * f, cls: classSender, a: sender}
}

// threadReply: the message answers mail learned here (its In-Reply-To or
// References name a message delivered here or sent from here, not the
// sender's own earlier mail: the baseline leaves that out), so the
// sender joins a conversation the organisation holds, as a colleague
// copied into a thread or a new poster on a mailing list does. It vouches
// for the sender, not for the links: like the other sender credits it
// offsets the sender's novelty and never more (capCredits). senderEvidence
// withholds it when the sender evidence doubts who wrote (spoofed): a
// thread taken from a stolen mailbox and answered under a borrowed name is
// how this credit would be abused.
func threadReply(w *Weights, t Stat) (evid, bool) {
	if !t.Seen() {
		return evid{}, false
	}
	e := evid{code: CodeThreadReply, w: -w.LessThread, cls: classContext, a: t.LastSeen.UTC().Format(time.DateOnly)}
	if t.Outbound > 0 {
		e.n[0] = 1
	}
	return e, true
}

// A To or Cc address is a mailing list's (knownList) once learned mail
// from this many organisations (registrable sender domains) was written to
// it, on this many days or more, the first and the last of them this many
// days apart or more. Exported for the admin's inspection (IsKnownList),
// which must not restate them.
const (
	MinListOrgs     = 3
	MinListDays     = 5
	MinListSpanDays = 14
)

// IsKnownList reports whether a list record (History.Lists: Senders
// counts organisations) makes its address a mailing list's for
// known_list: MinListOrgs organisations, on MinListDays days or more,
// spread over MinListSpanDays days or more (its first and last day, UTC).
func IsKnownList(s Stat) bool {
	return s.Senders >= MinListOrgs && s.Days >= MinListDays && spanDays(s) >= MinListSpanDays
}

// spanDays is the number of days from the record's first day to its last
// (UTC), 0 for a record of one day.
func spanDays(s Stat) int {
	const day = 24 * time.Hour
	return int(s.LastSeen.UTC().Truncate(day).Sub(s.FirstSeen.UTC().Truncate(day)) / day)
}

// knownList: the message is written to a mailing list's address, one
// that learned inbound mail from at least MinListOrgs organisations was
// written to, on MinListDays days or more over MinListSpanDays or more
// (History.Lists, IsKnownList): a new poster to a list the reader
// receives, whose post arrives without the List-Id that would have it
// judged as the list's (a replay stream, a list server that writes none).
// Organisations, not addresses: one sender mints addresses at will, three
// unrelated domains are a list's membership. And a list is a place its
// members write to week after week: a campaign of harmless mail from a
// few domains on two days, or every day of one week, makes no list: it
// must keep sending harmless mail on five days over two weeks before its
// lure, for a credit that offsets only the new sender's novelty. Traffic
// is what tells a list from a made-up address: nothing in the address or
// its posts does, and a real list's records here run to months (the
// modern dev mailbox's lists: 64 days and more). Only learned mail counts (the glue's Learn: accepted below
// learn_below, never warned mail). Anyone can copy a list's address into
// To or Cc, so it vouches for the sender's novelty only, never for the
// links, as thread_reply does (capCredits), and senderEvidence withholds
// it from a sender in doubt. Of list mail's exemptions it brings only
// privateName's (a localhost example in a technical post): that evidence
// is weak (place class, never above warn by itself) and about what the
// post says; the others (a failed DMARC check, Reply-To, the stronger
// wording asked of a sign-in request, a pasted command) stand against
// strong evidence, or against what a list server does to a message, and
// need the message's own list marks. The best-established list named
// counts, once.
func knownList(w *Weights, lists map[string]Stat) (evid, bool) {
	best, bs := "", Stat{}
	for a, s := range lists {
		if !IsKnownList(s) {
			continue
		}
		if best == "" || s.Senders > bs.Senders || s.Senders == bs.Senders && (s.Days > bs.Days || s.Days == bs.Days && a < best) {
			best, bs = a, s
		}
	}
	if best == "" {
		return evid{}, false
	}
	return evid{code: CodeKnownList, w: -w.LessList, cls: classContext, a: best, n: [3]int32{int32(bs.Senders), int32(bs.Days)}}, true
}

// establishedPair: the sender has written to this recipient on several days.
func establishedPair(w *Weights, sender, rcpt string, pair Stat) (evid, bool) {
	return pairCredit(CodeEstablishedPair, w.LessPair, sender, rcpt, pair)
}

// recurringPair: the sender has written to this recipient on several days,
// each message delivered with a warning for novelty alone (warned). A
// newsletter the reader keeps receiving stops being warned after a few
// issues, while the sender stays a stranger everywhere else. Only the
// larger of the two pair credits counts (pairEvidence).
func recurringPair(w *Weights, sender, rcpt string, warned Stat) (evid, bool) {
	return pairCredit(CodeRecurringPair, w.LessRecurring, sender, rcpt, warned)
}

// pairCredit lowers the risk for a sender->recipient pair seen on several
// days: part of weight from 2 days, all of it from 5.
func pairCredit(code string, weight float64, sender, rcpt string, s Stat) (evid, bool) {
	f := ramp(s.Days-1, 4)
	if f <= 0 {
		return evid{}, false
	}
	return evid{code: code, w: -weight * f, cls: classContext, a: sender, b: rcpt,
		n: [3]int32{int32(s.Messages), int32(s.Days)}}, true
}

// brandForCorrespondent: a shipped brand's own domain (not free mail)
// sends in a person's name with Reply-To at another domain that people
// here write to: a meeting invitation, a share or an envelope the brand
// sends for its user ("Hannah Whitley" <messenger@webex.com>, Reply-To
// hwhitley@stateu.example), which names the account's address, one the
// brand verified, for answers. Such mail is no shadow of the name: only the
// brand sends from its domain, and a forger of the From could as well
// forge the correspondent's own address, which shadow_identity never
// doubts. So too when the Reply-To address itself wrote here in mail
// that taught the history on minReplyAddrDays days or more
// (History.ReplyAddr: a partner's SharePoint share in his name, answered
// at the address his own mail came from), though nobody here wrote to it;
// a single learned message is what an impostor plants first. Not when a trusted verifier failed the From,
// nor with Reply-To at free mail, where anyone verifies an address in any
// name.
// minReplyAddrDays: the days of learned mail from a Reply-To address that
// make it a correspondent's (brandForCorrespondent, knownReply).
const minReplyAddrDays = 2

// knownReply: someone here wrote to the Reply-To address, or learned mail
// came from it on minReplyAddrDays days or more. An admin's release of a
// held or locked message answering to it that also trusts the address
// (trust_reply_to) counts as writing to it (the glue teaches it as
// outbound mail), so after it neither note_payment_reply nor, for an
// address outside free mail, shadow_identity doubts a later notice
// answering there; a release alone does not.
func knownReply(s Stat) bool { return s.Outbound > 0 || s.Days >= minReplyAddrDays }

func (m *message) brandForCorrespondent() bool {
	rd := registrable(domainOf(normAddr(m.in.ReplyTo)))
	h := &m.in.History
	return m.in.AuthFail == "" && !m.free && m.t.brands.exact[m.sdom] && rd != "" && rd != m.sdom &&
		!m.t.freemail[rd] && (h.ReplyDomain.Outbound > 0 || knownReply(h.ReplyAddr))
}

// familyOwnName: the display name names the brand family of the sender's
// domain (families.txt: "Datadog" from dtdg.eu, the name known here from
// dtdg.co), a company mailing under its own name from one more of the
// domains it sends from, which only it can. Not free mail (icloud.com is
// Apple's, but its addresses are anyone's), nor a domain under which the
// company sends for its customers (a "tenant" entry) or hosts what users
// publish, nor mail a verifier failed.
func (m *message) familyOwnName() bool {
	if m.free || m.sdomFam == "" || m.in.AuthFail != "" {
		return false
	}
	if e := m.t.families[m.sdom]; e.role == "user" || e.tenants {
		return false
	}
	return slices.Contains(tokens(m.shown), m.sdomFam)
}

// shadowIdentity: the display name is known here from another address (and
// is specific: used by at most two addresses) but this address is new.
func shadowIdentity(w *Weights, name, sender string, nameStat, s Stat) (evid, bool) {
	name = strings.TrimSpace(name)
	if !nameStat.Seen() || nameStat.Senders > 2 || !specificName(name, sender) {
		return evid{}, false
	}
	e := estDays(&s)
	if e >= 1 || s.Seen() && nameStat.Senders <= 1 {
		// the name's only address is this one: not a shadow
		return evid{}, false
	}
	return evid{code: CodeShadowIdentity, w: w.Shadow * (1 - e), cls: classLookalike, a: name, b: sender}, true
}

// partnerInName: shadow_identity's second form. The display name spells
// the name of a correspondent's domain (spelledLabel: "Cornerstone Title &
// Escrow" for cornerstonetitle.example in the history of one of the first
// maxPartnerRcpts recipients), and the sender is at free mail: a known
// name on an address that is not its owner's, as a lure for wire fraud
// writes in the title company's name from gmail.com. Not from a domain of
// the sender's own, even a new one: another company shares the name too
// often ("Green Valley Farms" at gvfarms.example while greenvalley.example
// is a correspondent; a conference, a bookstore, a newsletter through an
// ESP), and a look-alike domain is sender_lookalike's. Not when someone
// here wrote to the address or it is established, not for list mail, nor
// a relay or a shared platform sending in its customers' names. The correspondent's domain is not the
// sender's, its family, free mail (a correspondent at gmail.com has no
// name to spell), a tenant, a shipped brand (brand_name_mismatch's) or
// our own (org_in_name's); partnerSpelled holds its word guards.
func (m *message) partnerInName() (evid, bool) {
	w, h := &m.p.Weights, &m.in.History
	e := estDays(&h.Sender)
	if w.Shadow <= 0 || e >= 1 || !m.free || m.shown == "" || m.in.List || len(h.Recipients) == 0 || h.Sender.Outbound > 0 {
		return evid{}, false
	}
	if m.relayed() || sendsForTenants(m.t.matchHostLists(m.sdom)) {
		return evid{}, false
	}
	name := m.shown
	if !isASCII(name) { // "Pinecrest Lend\u0456ng", a Cyrillic i: read as the reader sees it
		name = m.t.foldUnicode(name)
	}
	letters := nameLetters(name)
	exact := realName(h.SenderName)
	for i, r := range m.in.Recipients {
		if i == maxPartnerRcpts {
			break
		}
		if p, ok := m.partnerSpelled(name, letters, h.Recipients[normAddr(r)].Known, exact); ok {
			return evid{code: CodeShadowIdentity, w: w.Shadow * (1 - e), cls: classLookalike, a: m.shown, b: p, n: [3]int32{partnerNameMark}}, true
		}
	}
	return evid{}, false
}

// realName: the display name is itself a correspondent's here, seen in
// learned mail on minReplyAddrDays days or more or in mail from an
// address someone here wrote to (vouched). Such a name is never read as
// a look-alike of another known name (partnerSpelled's exact): "Hail
// Partners", a real correspondent at gmail.com, does not misspell
// hallpartners.example, another one. One learned message is what an
// impostor plants first, so it takes two days, as knownReply does.
func realName(s Stat) bool { return s.Vouched > 0 || s.Days >= minReplyAddrDays }

// listAuthorShadow: shadow_identity's third form. The display name is a
// mailing-list member's here, known only as the author of the list's
// posts (a post teaches no name of the list's own address, the glue's
// Teach: History.ListAuthorName, used by at most two authors), and this
// mail, no list post, comes from an address new here that never posted
// under that name (History.ListAuthorNameSender): a stranger writing
// privately to the reader in a member's exact name. The member's own
// first mail off the list, from the address she posts from, is none.
// Not when the address is established, nor a service's notice in the
// name (NoticeName: "Anna Kovac" <notifications@github.com>, a member's
// comment) or a relay's.
func (m *message) listAuthorShadow() (evid, bool) {
	w, h := &m.p.Weights, &m.in.History
	ln := &h.ListAuthorName
	if m.in.List || !ln.Seen() || ln.Senders > 2 || h.ListAuthorNameSender.Seen() {
		return evid{}, false
	}
	name := strings.TrimSpace(m.in.FromName)
	e := estDays(&h.Sender)
	if e >= 1 || !specificName(name, m.sender) || m.relayed() || NoticeName(name, m.sender) {
		return evid{}, false
	}
	return evid{code: CodeShadowIdentity, w: w.Shadow * (1 - e), cls: classLookalike, a: name, b: m.sender, n: [3]int32{listAuthorMark}}, true
}

// listAuthorMark in a shadow_identity's n[0] tells listAuthorShadow's
// form (the name of a list's member) from a name seen before.
const listAuthorMark = 2

// listBypassShadow: shadow_identity's fourth form, a list's post the list
// did not deliver (Input.ListBypass: it names the list, by copying its
// address with the list's [tag] or a List-Id, or by showing the list's own
// address as "Anna Kovac via Dev", but came with an envelope sender
// outside the list's domain, while the list's posts learned here came
// from its own: History.ListSent), written in a known name (a list member's, or one known from
// another address: the names listAuthorShadow and shadowIdentity read)
// from an author address new here that never posted under that name,
// and asking to pay, or to sign in or download at a host new here
// (asksSomething). A
// stranger copying a list to pass as its post and borrow its history: the
// list vouches for none of it (relationship counts it unsolicited and
// gives no pair credit, listBypassed). A member's new address posting
// through the real list is no such post (the list's envelope), nor is a
// member's copy of her reply sent straight to the reader from the address
// she posts from, nor one from a new address that asks nothing. Not when
// the author address is established or someone here wrote to it, nor a
// service's notice in the name or a relay's.
func (m *message) listBypassShadow() (evid, bool) {
	w, h := &m.p.Weights, &m.in.History
	author := m.in.ListBypass
	if author == "" || author == m.sender || w.Shadow <= 0 || !h.ListSent.Seen() || h.Author.Outbound > 0 || h.ListAuthorNameSender.Seen() {
		return evid{}, false
	}
	name := strings.TrimSpace(m.in.FromName)
	e := estDays(&h.Author)
	if e >= 1 || !specificName(name, author) || NoticeName(name, author) {
		return evid{}, false
	}
	if _, ok := hostMatch(m.t.relays, domainOf(author)); ok {
		return evid{}, false
	}
	member := h.ListAuthorName.Seen() && h.ListAuthorName.Senders <= 2
	// a name known from direct mail, not only from this address (as shadowIdentity)
	named := h.SenderName.Seen() && h.SenderName.Senders <= 2 && !(h.Author.Seen() && h.SenderName.Senders <= 1)
	if !member && !named || !m.asksSomething() {
		return evid{}, false
	}
	return evid{code: CodeShadowIdentity, w: w.Shadow * (1 - e), cls: classLookalike, a: name, b: author, n: [3]int32{listBypassMark}}, true
}

// listOwnBypassed: a From that is a list's own address showing an author
// as "Name via List", with no author's address to answer (no Reply-To, or
// the list's: Input.ListBypass is the sender itself), that the list did
// not deliver, for a list learned to send its posts itself
// (History.ListSent). No author's history can tell a member from a
// stranger, but the list vouches for none of it: relationship counts it
// unsolicited and gives no pair credit (listBypassed).
func (m *message) listOwnBypassed() bool {
	return m.in.ListBypass != "" && m.in.ListBypass == m.sender && m.in.History.ListSent.Seen()
}

// listBypassMark in a shadow_identity's n[0] tells listBypassShadow's form
// (a list's post the list did not deliver) from a name seen before.
const listBypassMark = 3

// asksSomething: the message asks to pay, in its subject, its lead or
// the words around one of its links, or to sign in or to download, there
// too, with a link to a host new here. A list's own members sign in and
// download all day on technical lists ("I cannot login after the
// update", "download the image from the wiki"), at sites the list's
// posts have linked before.
func (m *message) asksSomething() bool {
	var subj, lead intentScan // m.subj is not scanned yet
	subj.scan(m.cues, m.t.unmasked(m.in.Subject))
	lead.scan(m.cues, m.t.unmasked(m.in.Lead))
	pay := subj.w[intentPayment] > 0 || lead.w[intentPayment] > 0
	other := func(s *intentScan) bool { return s.w[intentCredentials] > 0 || s.w[intentDownload] > 0 }
	asks, newHost := other(&subj) || other(&lead), false
	defer func() { m.scanned = false }() // read again once m.linkNames is set
	for i := range m.in.Links {
		l := &m.in.Links[i]
		s := m.linkIntent(l)
		pay = pay || s.w[intentPayment] > 0
		asks = asks || other(s)
		newHost = newHost || l.Host != "" && !m.in.History.Hosts[l.Host].Seen()
		if pay || asks && newHost {
			return true
		}
	}
	return pay || asks && newHost
}

// partnerNameMark in a shadow_identity's n[0] tells partnerInName's form
// (the name spells the correspondent's domain b) from a name seen before.
const partnerNameMark = 1

// partnerSpelled returns the domain of known (a recipient's history) whose
// first label the display name spells (name: its confusable letters
// folded to the ASCII ones they look like; one character may be misread
// for another, lookEq: "Cornerstone Tltle"), letters being the name's
// letters run together (a cheap first look). Two words or more of the name
// ("Cornerstone Title") or one of minPartnerSubLen letters or more that is
// no common or role word ("Pinecrestloans", not "Security" or "Payroll")
// nor a person's surname (surnameShape): one short or ordinary word names
// too many companies, and a surname too many people. With exact (the
// name is itself known here: realName) only the exact spelling counts,
// no character misread: two real names one glyph apart are two
// correspondents, not a look-alike.
func (m *message) partnerSpelled(name, letters string, known []string, exact bool) (string, bool) {
	spelled := spelledLabelLook
	if exact {
		spelled = spelledLabel
	}
	for _, k := range known {
		p := registrable(k)
		pl, _ := label(p)
		if pl = strings.ReplaceAll(pl, "-", ""); len(pl) < minNameLen || exact && !strings.Contains(letters, pl) || !exact && !containsLook(letters, pl) {
			continue
		}
		if p == m.sdom || m.t.commonName(p) || tenantDomain(p) || m.t.brands.exact[p] || m.t.sameFamily(m.sdom, p) ||
			inDomains(p, m.p.InternalDomains) || inDomains(p, m.p.OrgDomains) {
			continue
		}
		words, i, j, _, ok := spelled(name, p)
		if ok && (j > i || len(pl) >= minPartnerSubLen && !commonSubWords[pl] && !roleWords[pl] && !surnameShape(words, i)) {
			return p, true
		}
	}
	return "", false
}

// surnameShape: the one word at i that spells a correspondent's label is
// the last of a name of two or three words, none of them a role word: a
// person's surname ("Dana Whitfield", "Dana M. Whitfield" for
// whitfield.example), which anyone at free mail may carry, not a
// company's name ("Billing Whitfield", "Whitfield Accounts").
func surnameShape(words []string, i int) bool {
	if len(words) < 2 || len(words) > 3 || i != len(words)-1 {
		return false
	}
	return !slices.ContainsFunc(words[:i], func(w string) bool { return roleWords[w] })
}

// nameLetters: the name's ASCII letters and digits, lowercase, run together.
func nameLetters(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, name)
}

// NoticeName reports whether the display name of mail from sender is
// someone else's than the address's own: the address is a service's that
// sends notices in its users' or customers' names (a relay of relays.txt,
// a note service, a shortener's or shared platform's domain: "Ines
// Moreau" <notifications@github.com>, "Ines Moreau" <dse@docusign.net>),
// and the name does not spell the sender's registrable domain (the
// service's own name is its own: "GitHub" <notifications@github.com>).
// The glue does not teach such a name (its history is what
// shadow_identity reads) unless someone here wrote to the address (a
// person who works at the service, whose name is her own), so a person's name first seen on a service's
// notice does not make the person's first mail from an address of their
// own a shadow identity: the notice showed that the person exists, not
// where the person writes from. A bare no-reply address is no such
// service: organisations send under their own names from it ("DHL
// Paket" <noreply@dhl.de>, a tax office's), names a lure copies, and
// shadow_identity must keep reading them.
func NoticeName(name, sender string) bool {
	_, dom, ok := strings.Cut(normAddr(sender), "@")
	if !ok || strings.TrimSpace(name) == "" {
		return false
	}
	sdom := registrable(dom)
	if nameSpellsDomain(name, sdom) {
		return false
	}
	if slices.Contains(noteServices, sdom) {
		return true
	}
	t := data()
	if _, ok := hostMatch(t.relays, dom); ok {
		return true
	}
	return sendsForTenants(t.matchHostLists(sdom))
}

// orgOwnName: the display name is the organisation's own, used here before
// by another address in the sender's registrable domain, and it spells that
// domain's name ("Harbour Bank" for harbourbank.example, "Skylark Air" for
// skylark-air.example): a company writing from one more of its addresses
// (statements@ after alerts@email.) under the name it always used. Or the
// name is a correspondent's, seen at that domain in mail vouched for (we
// wrote to its sender: "Karl Brenner" of karl@printhaus.example, now
// writing from accounts@printhaus.example: the sender's own domain is one
// we wrote to or had vouched mail from), at a domain that is no shared
// platform or brand. Only the domain's owner can send from it, and a
// forger of the From could as well forge the known address itself, which
// shadow_identity never doubts. Not for free mail, where every address is
// someone else's; not where an unvouched name does not spell the domain,
// nor at platforms (platforms.txt, sharing.txt, brands.txt): a billing,
// newsletter or developer platform gives every customer an address of its
// own under the customer's chosen name (invoice+acct_2@stripe.example as
// "PrintHaus"), which borrows a name as well as any other domain would; a
// customer there may as well choose the platform's own name ("Substack"
// from writer@substack.com), so at platforms (platforms.txt, sharing.txt)
// not even a name spelling the domain counts.
func (m *message) orgOwnName() bool {
	nh := m.in.History.SenderNameOrg
	switch {
	case m.free || !nh.Seen() || m.t.matchHostLists(m.sdom).shared():
		return false
	case nameSpellsDomain(m.in.FromName, m.sdom):
		return true
	}
	// The vouched name must also be at the sender's own domain, not only
	// its registrable one: tenants of a mail service share that
	// (x@firm.onmicrosoft.com and x@other.onmicrosoft.com are
	// onmicrosoft.com), and any of them may take a correspondent's name.
	sd := m.in.History.SenderDomain
	return nh.Vouched > 0 && (sd.Vouched > 0 || sd.Outbound > 0) && !m.t.brands.exact[m.sdom]
}

// nameSpellsDomain: one word of the name, or two or three adjacent words
// run together, spell the first label of the registrable domain, its
// hyphens left out (skylarkair for skylark-air.example), case aside. Words
// are runs of ASCII letters and digits; labels shorter than minNameLen
// (initials spell them by chance) and A-labels never match.
func nameSpellsDomain(name, domain string) bool {
	_, _, _, _, ok := spelledLabel(name, domain)
	return ok
}

// spelledLabel finds the first words of name that spell the first label
// of domain as nameSpellsDomain reads them: words[i:j+1], of the name's
// words, and the domain's suffix after that label.
func spelledLabel(name, domain string) (words []string, i, j int, suffix string, ok bool) {
	return spelledLabelBy(name, domain, func(_ []string, run, lab string) bool { return run == lab })
}

// spelledLabelLook is spelledLabel, the words run together also matching
// with one character misread for another (lookEq: "Cornerstone Tltle",
// "Cornerst0ne Title" for cornerstonetitle.example).
//
// A digit read for a letter must stand in a word of letters
// ("Cornerst0ne", "Pinecrest1oans"): a number of its own is read as one,
// so "Studio 54" does not spell studios4.example, nor "Route 66 Diner"
// route6bdiner.example.
func spelledLabelLook(name, domain string) (words []string, i, j int, suffix string, ok bool) {
	return spelledLabelBy(name, domain, func(ws []string, run, lab string) bool {
		if !lookEq(run, lab) {
			return false
		}
		for k := 0; k < len(run); k++ {
			if run[k] != lab[k] && run[k] >= '0' && run[k] <= '9' {
				return inLetterWord(ws, k)
			}
		}
		return true
	})
}

// inLetterWord: the byte at k of words run together falls in a word that
// holds a letter.
func inLetterWord(words []string, k int) bool {
	for _, w := range words {
		if k < len(w) {
			return strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
		}
		k -= len(w)
	}
	return false
}

// lookEq: a is b, or b with one character swapped for one a reader
// takes it for (confusableGlyph: 1, i and l, 0 and o, a digit drawn like
// a letter), as sender_lookalike reads a near miss of a domain. No other
// edit: one free letter of a company's name is often another company's.
func lookEq(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for k := 0; k < len(a); k++ {
		if a[k] != b[k] {
			if diff++; diff > 1 || !confusableGlyph(a[k], b[k]) {
				return false
			}
		}
	}
	return true
}

// containsLook: s holds sub, or sub with one character misread (lookEq).
func containsLook(s, sub string) bool {
	if strings.Contains(s, sub) {
		return true
	}
	for k := 0; k+len(sub) <= len(s); k++ {
		if lookEq(s[k:k+len(sub)], sub) {
			return true
		}
	}
	return false
}

func spelledLabelBy(name, domain string, eq func(words []string, run, lab string) bool) (words []string, i, j int, suffix string, ok bool) {
	lab, suffix, ok := strings.Cut(domain, ".")
	if !ok || strings.HasPrefix(lab, "xn--") {
		return nil, 0, 0, "", false
	}
	lab = strings.ReplaceAll(lab, "-", "")
	if len(lab) < minNameLen {
		return nil, 0, 0, "", false
	}
	words = strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for i = range words {
		run := ""
		for j = i; j < len(words) && j < i+3; j++ {
			if run += words[j]; eq(words[i:j+1], run, lab) {
				return words, i, j, suffix, true
			}
		}
	}
	return nil, 0, 0, "", false
}

// specificName: at least 4 letters and not just the address itself.
func specificName(name, sender string) bool {
	letters := 0
	for i := 0; i < len(name); i++ {
		if isWordByte(name[i]) || name[i] >= 0x80 {
			letters++
		}
	}
	return letters >= 4 && !strings.EqualFold(strings.Trim(name, "'\" "), sender)
}

// brandName: the display name carries a distinctive brand token but the
// sender's domain is not that brand's, nor one of its family's
// (families.txt: "Okta" from okta-emea.com, "Facebook" from fb.com). A sender at another brand's domain
// may name a partner brand; a free-mail address (free: gmail.com is
// Google's, but anyone's address) speaks for no brand but its provider.
// The brand's domain named is its site under the sender's suffix when
// the list has one there (amazon.de for "Amazon" at amazon-konto.de:
// underSuffix).
func brandName(w *Weights, t *tables, name, senderDomain string, free bool, s Stat) (evid, bool) {
	e := estDays(&s)
	if e >= 1 || name == "" {
		return evid{}, false
	}
	lab, suffix := label(senderDomain)
	for _, tok := range tokens(name) {
		bd, ok := t.brands.tokens[tok]
		if !ok || senderDomain == bd || lab == tok || t.brandOwn(senderDomain, free) || t.sameFamily(senderDomain, bd) {
			continue
		}
		return evid{code: CodeBrandName, w: w.BrandName * (1 - e), cls: classLookalike, a: t.brands.underSuffix(bd, suffix), b: senderDomain}, true
	}
	return evid{}, false
}

// lookName is a sender domain in the forms the lookalike rules compare:
// ASCII (A-label), Unicode, and the Unicode form's confusable skeleton.
type lookName struct {
	ascii, uni, skel string
	novel            float64 // 1 - the domain's establishment as a sender here (estDays)
}

// senderLookName prepares the sender domain sdom (written in Unicode or
// ASCII) for the lookalike rules; ok is false when it cannot be anyone's
// lookalike: empty, established as a sender, or not a registrable name.
// Establishment counts days only (estDays), not addresses, which a sender
// controls; and mail that carries this evidence teaches nothing (it is
// lookalike evidence, see Verdict.Teaches), so in practice only replies
// from here (which vouch for the domain) or an allowlist entry lift it.
func senderLookName(t *tables, sdom string, dom Stat) (lookName, bool) {
	n := lookName{novel: 1 - estDays(&dom)}
	if sdom == "" || n.novel <= 0 {
		return n, false
	}
	n.ascii, n.uni = sdom, sdom // most domains are plain ASCII: no conversion
	var err error
	if !isASCII(sdom) {
		if n.ascii, err = idna.Lookup.ToASCII(sdom); err != nil {
			return n, false
		}
	}
	if !registrableName(n.ascii) {
		return n, false
	}
	if strings.Contains(n.ascii, "xn--") {
		if n.uni, err = idna.Lookup.ToUnicode(n.ascii); err != nil {
			n.uni = sdom
		}
	}
	n.skel = t.skeleton(n.uni)
	return n, true
}

// senderLookalike: the sender's domain is a near miss of one of ours (org)
// or of a shipped brand, without being it: a domain registered to write as
// us or as the brand. The rule is the stricter one of history lookalikes
// (the same skeleton, or one confusable edit: historyLookalike), because
// one free edit of a real name is often another real company; one of our
// own names under another suffix (corp.co for corp.com) counts too. Scaled
// by how unestablished the domain is as a sender here.
func senderLookalike(w *Weights, t *tables, skeleton func(string) string, n lookName, org []string) (evid, bool) {
	if inDomains(n.ascii, org) {
		return evid{}, false
	}
	for _, p := range org {
		// both compare registrable labels: an org entry may be a host
		// (mail.corp.example), whose first label is no name of ours
		rp := registrable(p)
		if historyLookalike(skeleton, n.ascii, n.skel, rp) || sameNameOtherSuffix(n.ascii, rp) {
			return n.evid(w, p), true
		}
	}
	if b, ok := t.brands.nearConfusable(n.ascii, n.skel); ok {
		return n.evid(w, b), true
	}
	return evid{}, false
}

// sameNameOtherSuffix: a and p, a registrable domain, have the same first
// label, of 4 letters or more (shorter names are shared by chance: ge.com,
// ge.de), under different public suffixes (corp.co, corp.com).
func sameNameOtherSuffix(a, p string) bool {
	al, _ := label(a)
	pl, _ := label(p)
	return a != p && len(al) >= 4 && al == pl
}

// senderHistoryLookalike: the sender's domain is a confusable near miss of
// a domain in the recipient's history (known), as a supplier's name
// misspelled by one letter is: the invoice fraud that writes as someone
// the recipient deals with. The stricter history rule applies
// (historyLookalike), as for links.
func senderHistoryLookalike(w *Weights, skeleton func(string) string, n lookName, known []string) (evid, bool) {
	for _, p := range known {
		if historyLookalike(skeleton, n.ascii, n.skel, p) {
			return n.evid(w, p), true
		}
	}
	return evid{}, false
}

func (n lookName) evid(w *Weights, like string) evid {
	return evid{code: CodeSenderLook, w: w.SenderLook * n.novel, cls: classLookalike, a: n.uni, b: like}
}

// tokens splits s into lowercase ASCII alphanumeric words.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// authFailure: a verifier this server trusts says the message failed DMARC
// (or DKIM) for the From domain: the sender is likely spoofed. Only
// failure counts, whatever the history: a familiar domain that fails is
// the spoof this catches.
func authFailure(w *Weights, method, senderDomain string) (evid, bool) {
	if method == "" {
		return evid{}, false
	}
	return evid{code: CodeAuthFail, w: w.AuthFail, cls: classLookalike, a: method, b: senderDomain}, true
}

// malformedFrom: the From field does not name exactly one author with an
// address. Mail libraries never write that; kits do it on purpose, so that
// some mail programs show a display name or a second address in place of
// the real sender. (Large providers refuse such mail outright.)
func malformedFrom(w *Weights, malformed bool) (evid, bool) {
	if !malformed {
		return evid{}, false
	}
	return evid{code: CodeMalformedFrom, w: w.Malformed, cls: classLookalike}, true
}

// disguisedText: a word of the subject or the sender's name mixes Latin
// letters with look-alike letters of another script ("Wаllet" with a
// Cyrillic "а"), or hides invisible characters between its Latin letters
// ("Mem\u200bbership"): disguises against filters that ordinary mail has no
// use for. A word of one script, in any script, never counts for look-alike
// letters.
func disguisedText(w *Weights, t *tables, texts ...string) (evid, bool) {
	for _, s := range texts {
		if isASCII(s) {
			continue
		}
		if reordering(s) || strings.ContainsFunc(s, isBidiEmbedding) && !strings.ContainsFunc(s, rightToLeft) {
			return evid{code: CodeDisguisedText, w: w.Disguised, cls: classLookalike, b: overrideMark}, true
		}
		if word, ok := hiddenBreak(s); ok {
			return evid{code: CodeDisguisedText, w: w.Disguised, cls: classLookalike, a: word, b: hiddenMark}, true
		}
		for _, word := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if mixesLookalikes(t, word) {
				return evid{code: CodeDisguisedText, w: w.Disguised, cls: classLookalike, a: word}, true
			}
		}
	}
	return evid{}, false
}

// disguisedLinkText: the visible text of a link holds a control that
// forces the order its letters are shown in (LRO, RLO), so
// "Remit_8841\u202efdp.html" shows as "Remit_8841lmth.pdf" and a host
// written backwards reads as another. Only the overrides count: embeddings
// and isolates surround Latin words in Hebrew and Arabic text, and
// invisible spaces are how newsletters keep a name from being made a link.
func disguisedLinkText(w *Weights, ls []links.Link) (evid, bool) {
	for i := range ls {
		if d := ls[i].Display; !isASCII(d) && reordering(d) {
			return evid{code: CodeDisguisedText, w: w.Disguised, cls: classLookalike, b: linkOverrideMark}, true
		}
	}
	return evid{}, false
}

// disguisedFileName: an attached file's name holds a control that forces
// the order its letters are shown in (reordering), so "invoice\u202efdp.exe"
// shows as "invoiceexe.pdf" and the reader runs a program for a document.
// The sentence names the file without its controls.
func disguisedFileName(w *Weights, names []string) (evid, bool) {
	for _, n := range names {
		if reordering(n) {
			plain := strings.Map(func(r rune) rune {
				if isBidiOverride(r) || isBidiEmbedding(r) {
					return -1
				}
				return r
			}, n)
			return evid{code: CodeDisguisedFile, w: w.Disguised, cls: classLookalike, a: plain}, true
		}
	}
	return evid{}, false
}

// hiddenMark in evid.b says that disguisedText found invisible characters,
// overrideMark a control that reverses the order letters are shown in.
const (
	hiddenMark       = "hidden"
	overrideMark     = "override"
	linkOverrideMark = "link override"
)

// isBidiOverride: the Unicode controls that force the direction letters
// are shown in (LRO, RLO), so "\u202emoc.lapyap@evil.example" reads
// "elpmaxe.live@paypal.com" and "invoice\u202efdp.exe" reads
// "invoiceexe.pdf". No text needs them in a subject, a name or an address.
func isBidiOverride(r rune) bool { return r == 0x202D || r == 0x202E }

// reordering: s holds a direction override that can change what is shown:
// any left-to-right override (LRO turns right-to-left letters around), or
// a right-to-left override (RLO) whose run, up to the next pop (PDF) or
// the end of s, holds anything but right-to-left letters, their combining
// marks and spaces. Over those alone an RLO shows what the letters show
// without it (Hebrew and Arabic already run right to left), as editors
// wrap the Arabic text of a newsletter's link ("\u202eاقرأ المزيد\u202c");
// over a Latin letter, a digit or a dot it reverses them ("fdp.html").
func reordering(s string) bool {
	for i := 0; i < len(s); {
		k := strings.IndexFunc(s[i:], isBidiOverride)
		if k < 0 {
			return false
		}
		r, n := utf8.DecodeRuneInString(s[i+k:])
		i += k + n
		if r == 0x202D || !rightToLeftRun(s[i:]) {
			return true
		}
	}
	return false
}

// rightToLeftRun: s, up to its first pop (PDF) or its end, holds only
// right-to-left letters, nonspacing marks and spaces, and at least one
// letter.
func rightToLeftRun(s string) bool {
	letters := false
	for _, r := range s {
		switch {
		case r == 0x202C:
			return letters
		case rightToLeft(r):
			letters = true
		case r == ' ' || unicode.Is(unicode.Mn, r):
		default:
			return false
		}
	}
	return letters
}

// isBidiEmbedding: the controls that embed or isolate a run of text in a
// direction (LRE, RLE, PDF, LRI, RLI, FSI, PDI). Mail programs put them
// around the Latin words of Hebrew or Arabic subjects and names, so they
// count (disguisedText) only in text without right-to-left letters, where
// they can still move a run of letters elsewhere. The marks LRM and RLM
// are not counted.
func isBidiEmbedding(r rune) bool {
	return r >= 0x202A && r <= 0x202C || r >= 0x2066 && r <= 0x2069
}

// rightToLeft: a letter of a right-to-left script.
func rightToLeft(r rune) bool {
	if r < 0x0590 {
		return false
	}
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	return c == bidi.R || c == bidi.AL
}

// hiddenBreak finds a word whose Latin letters are split by invisible
// format characters (zero-width spaces and joiners, direction marks, word
// joiners, byte order marks, soft hyphens) and returns it without them.
// Ordinary subjects and names never put those between two Latin letters;
// joiners between letters of other scripts and between emoji are left
// alone.
func hiddenBreak(s string) (string, bool) {
	start, prevLetter, hidden := -1, false, false
	for i, r := range s {
		switch {
		case isLatinLetter(r):
			if hidden {
				return visibleWord(s[start:]), true
			}
			if !prevLetter {
				start = i
			}
			prevLetter = true
		case invisibleFormat(r):
			hidden = prevLetter
		default:
			prevLetter, hidden = false, false
		}
	}
	return "", false
}

func isLatinLetter(r rune) bool { return r < utf8.RuneSelf && ('a' <= r|0x20 && r|0x20 <= 'z') }

// invisibleFormat: a format character that shows nothing.
func invisibleFormat(r rune) bool {
	switch {
	case 0x200b <= r && r <= 0x200f, 0x202a <= r && r <= 0x202e, 0x2060 <= r && r <= 0x2064,
		0x2066 <= r && r <= 0x2069, r == 0xfeff, r == 0x180e, r == 0xad:
		return true
	}
	return false
}

// visibleWord is the word at the start of s (Latin letters, with the
// invisible characters between them dropped), at most 40 letters.
func visibleWord(s string) string {
	var b strings.Builder
	for _, r := range s {
		if invisibleFormat(r) {
			continue
		}
		if !isLatinLetter(r) || b.Len() >= 40 {
			break
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mixesLookalikes: a word of three letters or more with an ASCII letter and
// a Cyrillic, Greek or Armenian letter that looks like a Latin one.
func mixesLookalikes(t *tables, word string) bool {
	var ascii, foreign bool
	n := 0
	for _, r := range word {
		n++
		switch {
		case r < utf8.RuneSelf:
			ascii = true
		case unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Armenian):
			_, ok := t.textConfusable(r)
			foreign = foreign || ok
		}
	}
	return n >= 3 && ascii && foreign
}

// replyElsewhere: the sender's domain is no free mail provider and has
// written here before, but replies would go to an address at a free mail
// provider (reply_to_freemail) or at a near miss of the sender's own
// domain (reply_to_lookalike: the same skeleton or one confusable edit, as
// historyLookalike judges). A forged or hijacked correspondent asking for
// a payment wants the answer somewhere the correspondent cannot see it;
// an organisation's own mail answers to itself. Not for list mail (a list
// may set its own Reply-To), nor for a domain never seen here, whose
// small-business Reply-To at free mail is ordinary, nor from a service
// that sends for its customers (relays.txt: invoices, contact forms),
// whose history is many strangers' and whose Reply-To is the merchant's
// or the customer's own, nor, for a free-mail Reply-To, from a service
// whose notices carry a customer's words under the customer's name
// (customerNotes: a Google Drive share, a DocuSign envelope, a PayPal
// invoice), whose Reply-To is the person who shared, sent or billed: a
// job applicant sharing a portfolio from Gmail, a small customer's
// envelope, nor from a form notifier (formNotice: a contact form's or a
// guest sheet's notice answering to the person who filled it). reply is
// the Reply-To address, lowercase; rd its registrable domain.
func (m *message) replyElsewhere(reply, rd string) (evid, bool) {
	if rd == "" || rd == m.sdom || m.free || m.in.List || !m.in.History.SenderDomain.Seen() {
		return evid{}, false
	}
	w := &m.p.Weights
	switch {
	case m.t.freemail[rd] && (m.customerNotes() || m.formNotice(reply)):
		return evid{}, false
	case m.t.freemail[rd]:
		return evid{code: CodeReplyFree, w: w.ReplyFree, cls: classLookalike, a: reply, b: m.sdom}, w.ReplyFree > 0
	case w.ReplyLook > 0 && historyLookalike(m.t.skeleton, rd, m.t.skeleton(rd), m.sdom):
		return evid{code: CodeReplyLook, w: w.ReplyLook, cls: classLookalike, a: reply, b: m.sdom}, true
	}
	return m.replyNewDomain(reply, rd)
}

// formNotice: a site's or app's notice of what someone filled in on its
// form (a contact form, a booking, a guest sheet, a CRM's lead alert):
// the service's own address in From, the person who filled the form in
// Reply-To at free mail, the notice showing that address as a field of
// its form in its subject or the start of its text (formField: after the
// filler's name, an entry's label, an "Email:" label beside the form's
// other fields, an "Email" cell or line after a name's or before another
// field's, "from" or "by" on a line naming the form; not an address
// merely printed to answer at), every clickable link (one at least) to the
// sender's own registrable domain, no payment asked, the Reply-To not the
// sender's own other mailbox (replyInName), and no trusted verifier
// failed the From. Such a service writes to nobody's reply and
// nobody here writes to it, so it must not be a correspondent (we wrote
// to the sender or its domain): a hijacked or forged partner's Reply-To
// at free mail stays reply_to_freemail, as does any notice asking for
// money (a "form" carrying new bank details) or pressing with urgency or
// a threat (a hijacked sender's "in a meeting, reply only to
// exec.desk@gmail.com, I need a confidential task done today") or asking
// for more than a sign-in (formAsksCredentials: "verify your account",
// "enter your password"; not "Password reset form submitted", the form's
// name). What the exemption leaves
// is what the same message earns from a domain never seen here, whose
// free-mail Reply-To replyElsewhere never doubts. reply is the Reply-To
// address, lowercase.
func (m *message) formNotice(reply string) bool {
	h := &m.in.History
	if reply == "" || h.Sender.Outbound > 0 || h.SenderDomain.Outbound > 0 || m.in.AuthChecked && !m.in.AuthPass {
		return false
	}
	subj := strings.ToLower(m.in.Subject)
	if !formField(subj, reply) && !formFieldHeaded(strings.ToLower(m.in.Lead), reply, subj) {
		return false
	}
	return !replyInName(reply, m.in.FromName) && m.ownLinksOnly() && !m.asksPayOrPresses() && !m.formAsksCredentials()
}

// formAsksCredentials: the notice asks for more than a sign-in
// (asksCredentials(formCredAsk)) beyond the names its form and fields
// carry (formNamesOut: "Password reset form submitted", "New password:
// set", a field reporting a password's name, not asking for one): "enter
// your email and password below" asks.
func (m *message) formAsksCredentials() bool {
	if !m.asksCredentials(formCredAsk) {
		return false
	}
	t := askTest{credBest: formCredAsk}
	var s intentScan
	if s.scan(m.cues, m.t.unmasked(formNamesOut(m.in.Subject))); t.holds(&s) {
		return true
	}
	for i := range m.in.Links {
		l := &m.in.Links[i]
		if !l.Clickable {
			continue
		}
		s = intentScan{}
		s.scan(m.cues, m.t.unmasked(linkNamesOut(proseOnly(formNamesOut(l.Display)), &m.linkNames)))
		s.scan(m.cues, m.t.unmasked(linkNamesOut(proseOnly(formNamesOut(l.Context)), &m.linkNames)))
		if t.holds(&s) {
			return true
		}
	}
	s = intentScan{}
	s.scan(m.cues, m.t.unmasked(formNamesOut(m.in.Lead)))
	return t.holds(&s)
}

// formNamesOut blanks in text each "password" (a whole word, any case)
// that names a form or a field rather than asking for one: followed, past
// at most two words such as "reset" or "change" (formNameFill), by a word
// naming a form's entry ("Password reset form submitted", "password
// change request submission"); the value of a label naming the form ("New
// form submission: Password reset", formWords); or a field's label (four
// words at most, no answering word) whose value after the colon starts
// with a letter, a digit or a mask and asks nothing (valueAsks:
// "Password: ********", "New password: set"): a notice reports the
// fields of its form. A blank to fill in ("Password: ______"), a value
// that asks ("Password: enter yours below") and a sentence asking ("enter
// your email and password below") keep it.
func formNamesOut(text string) string {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text // a case fold that moves bytes: read as asking
	}
	var b []byte
	for off, n := 0, 0; n < formNamesRead; n++ {
		a, e := nextWholeWord(lower, "password", off)
		if a < 0 {
			break
		}
		off = e
		if formNamed(lower[max(0, a-formNameSpan):min(len(lower), e+formNameSpan)], a-max(0, a-formNameSpan), e-max(0, a-formNameSpan)) {
			if b == nil {
				b = []byte(text)
			}
			for i := a; i < e; i++ {
				b[i] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// formNamesRead bounds the occurrences formNamesOut reads (the later ones
// stay, as asking), and formNameSpan the bytes read on either side of
// one: a form's name and a label are a few words.
const (
	formNamesRead = 8
	formNameSpan  = 80
)

// formNameFill may stand between "password" and the word naming a form's
// entry ("password reset request form").
var formNameFill = map[string]bool{"reset": true, "change": true, "recovery": true, "request": true, "update": true, "help": true, "assistance": true}

// formEntryWords, after "password" (formNameFill between), make it a
// form's name ("Password reset form submitted").
// "Form" alone is a form's name, not its entry reported: only with one of
// these after it ("password reset form received"); "complete the password
// reset form below" asks.
var formEntryWords = map[string]bool{"submission": true, "submitted": true, "entry": true, "response": true, "received": true,
	"filled": true, "completed": true}

// labelAsks, in a label before "password:", make it an ask ("Confirm your
// password: click below", "Reset password: action required"), not a
// field a notice reports.
var labelAsks = map[string]bool{"your": true, "enter": true, "confirm": true, "verify": true, "provide": true, "type": true,
	"input": true, "submit": true, "validate": true, "update": true, "reset": true, "change": true, "recover": true,
	"expired": true, "expires": true, "expiring": true}

// valueWords is how many words of a "password" field's value valueAsks
// reads: a value that asks says so at once ("enter yours below",
// "expired, verify it now").
const valueWords = 4

// valueAskWords, besides labelAsks and answerVerbs, make a "password"
// field's value an ask ("Password: click the link below").
var valueAskWords = map[string]bool{"click": true, "tap": true, "below": true, "here": true, "link": true, "now": true,
	"required": true, "must": true, "needed": true, "yours": true, "immediately": true, "asap": true}

// valueAsks: the value after a "password" label's colon (lower case)
// asks rather than reports: one of its first valueWords words, up to a
// line's or a sentence's end or the next field's colon, is a word that
// asks (labelAsks, answerVerbs, valueAskWords): "Password: enter yours
// below to view the entry", "Password: confirm it at the link",
// "Password: expired, verify it now"; not "Password: ********",
// "Password: set by the visitor"; or an ask opens a clause further on
// (lateValueAsks). The last two words before a colon are
// the next field's label, not the value ("Password: ******** Confirm
// password: ********", "Password: set Reset link: ..."), and are not read.
func valueAsks(value string) bool {
	end := len(value)
	if i := strings.IndexAny(value, ":\n\r"); i >= 0 {
		end = i
	}
	for _, m := range []string{". ", "! ", "? "} {
		if i := strings.Index(value[:end], m); i >= 0 {
			end = i
		}
	}
	words := wordsOfRun(value[:end])
	if end < len(value) && value[end] == ':' {
		words = words[:max(0, len(words)-2)]
	}
	if slices.ContainsFunc(words[:min(len(words), valueWords)], func(w string) bool { return labelAsks[w] || answerVerbs[w] || valueAskWords[w] }) {
		return true
	}
	return lateValueAsks(value[:end], len(words))
}

// valueLateWords is how many words of a "password" field's value
// lateValueAsks reads in all.
const valueLateWords = 12

// lateAskVerbs, past a value's first valueWords words, ask when they
// open a clause (lateValueAsks).
var lateAskVerbs = map[string]bool{"enter": true, "confirm": true, "verify": true, "provide": true, "type": true, "submit": true,
	"validate": true, "click": true, "tap": true, "reply": true, "respond": true}

// lateAskBefore and lateAskAfter, next to a word of lateAskVerbs, make
// it an ask ("please confirm", "enter it below").
var (
	lateAskBefore = map[string]bool{"please": true, "kindly": true, "then": true, "and": true, "now": true, "simply": true}
	lateAskAfter  = map[string]bool{"it": true, "yours": true, "your": true, "here": true, "below": true, "now": true}
)

// lateValueAsks: a value's ask past its first valueWords words (of its
// first n, which leave out the next field's label), up to valueLateWords:
// a verb of lateAskVerbs after a comma, a semicolon or a dash, or
// after "please", "then", "and" (lateAskBefore), or before "it",
// "yours", "below" (lateAskAfter): "Password: the one you use for
// email, enter it below", "Password: same as the mailbox login, please
// confirm it now"; not "Password: set by the visitor to confirm the
// account", which reports why.
func lateValueAsks(value string, n int) bool {
	type word struct {
		w      string
		broken bool // a comma, a semicolon or a dash before it
	}
	var ws []word
	broken := false
	for i := 0; i < len(value) && len(ws) < min(n, valueLateWords); {
		r, size := utf8.DecodeRuneInString(value[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			broken = broken || r == ',' || r == ';' || r == '-' || r == '\u2013' || r == '\u2014'
			i += size
			continue
		}
		j := i
		for j < len(value) {
			r, size := utf8.DecodeRuneInString(value[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += size
		}
		ws = append(ws, word{value[i:j], broken})
		broken, i = false, j
	}
	for k := valueWords; k < len(ws); k++ {
		if !lateAskVerbs[ws[k].w] {
			continue
		}
		if ws[k].broken || lateAskBefore[ws[k-1].w] || k+1 < len(ws) && lateAskAfter[ws[k+1].w] {
			return true
		}
	}
	return false
}

// formNamed: the word lower[a:e] (lower case) names a form or a field
// (formNamesOut).
func formNamed(lower string, a, e int) bool {
	after := lower[e:]
	runEnd := len(after) - len(strings.TrimLeftFunc(after, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || fieldRune(r)
	}))
	next := wordsOfRun(after[:runEnd])
	for i, w := range next {
		if formEntryWords[w] {
			return true
		}
		if (w == "form" || w == "forms") && i+1 < len(next) && formEntryWords[next[i+1]] {
			return true // "password reset form submitted"
		}
		if i >= 2 || !formNameFill[w] {
			break
		}
	}
	// a field's label: "Password:", "New password:" with a value after
	rest := strings.TrimLeft(after[runEnd:], fieldSpace)
	if strings.HasPrefix(rest, ":") {
		words := runWords(lower, e+runEnd) // the label, through its last word
		value := strings.TrimLeft(rest[1:], fieldSpace)
		r, _ := utf8.DecodeRuneInString(value)
		return len(words) <= 4 && !slices.ContainsFunc(words, func(w string) bool { return answerWords[w] || labelAsks[w] }) &&
			(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '*' || r == '\u2022') && !valueAsks(value)
	}
	// the value of a label naming the form: "New form submission: Password reset"
	start := strings.TrimRight(lower[:runStart(lower, a, fieldRune)], fieldSpace)
	if strings.HasSuffix(start, ":") {
		label := labelWords(start, len(start)-1)
		return slices.ContainsFunc(label, func(w string) bool { return formWords[w] })
	}
	return false
}

// fieldValue: text shows addr as a form's field value, after no word
// but a mark: in angle brackets after a name ("Gail Porter
// <gail.porter@gmail.com>"), after a label's colon ("Email: ...",
// "Invitee Email: ..."), a list's separator ("Gail Porter ·
// gail.porter@gmail.com"), or first, as a notice prints what was filled
// in, or after "from" or "by" (authorWord: "New form submission from
// ..."), or after an address's label without its colon (bareLabel:
// "Email gail.porter@gmail.com", a table's label and value cells or a
// label's line and its value's run together in the lead); not after
// another word of a sentence ("reply only to
// exec.desk.office@gmail.com", a hijacked sender's diverted answer), nor
// as the tail of another address (desk.office@gmail.com in
// exec.desk.office@gmail.com: a local part's '.', '-', '_' or '+' before it).
func fieldValue(text, addr string) bool {
	return eachFieldValue(text, addr, func(int, string) bool { return true })
}

// eachFieldValue calls ok with each place at which text shows addr as a
// field's value (fieldValue) and the text before it, spaces trimmed,
// until ok accepts one.
func eachFieldValue(text, addr string, ok func(at int, before string) bool) bool {
	for off := 0; addr != ""; {
		i := strings.Index(text[off:], addr)
		if i < 0 {
			return false
		}
		at := off + i
		before := strings.TrimRight(text[:at], fieldSpace)
		r, _ := utf8.DecodeLastRuneInString(before)
		mark := before == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) || authorWord(before) || bareLabel(before)
		if mark && (at == 0 || !strings.ContainsRune(".-_+", rune(text[at-1]))) && ok(at, before) {
			return true
		}
		off = at + len(addr)
	}
	return false
}

// formField: text (lower case) shows addr as a field's value
// (fieldValue) the way a form's notice prints what someone filled in,
// not as a message that merely prints an address to answer at:
//   - in angle brackets after a name that stands as a field itself (after
//     a mark or at the start, no answering word in it: "New sign-in: Gail
//     Porter <...>", not "please reply to Gail Porter <...>");
//   - after a label's colon, the label no instruction to answer ("reply
//     to:", "contact:", answerWords) and either naming who filled the form
//     in ("New sign-in: ...", "Visitor: ...", formWords) or naming the
//     address ("Email: ...") beside another labelled field of the form
//     ("Name: ...", "Phone: ...", "Message: ..."), which a lure printing
//     its "Email: x@gmail.com" under its signature lacks, or standing
//     alone under a heading naming the form's entry (noticeHeaded: "New
//     subscriber! Email: ...");
//   - after "from" or "by" with a word of a form in its sentence ("New form
//     submission from ...", "Submitted by ...", "a message from ... via
//     your website"), not a bare "Message from ...";
//   - first, or after a list's separator, beside another labelled field;
//   - after a survey's question naming the address ("What's your email
//     address? ...") beside another question or labelled field;
//   - after an address's label without a colon (bareField: a table's
//     label and value cells, a label on its line and the value on the
//     next, which the lead runs together: "Name Gail Porter Email ...")
//     after a name's field or, the label first after a mark, before
//     another field's label ("... Email ... Phone 555 0134") or alone
//     under a heading naming the form's entry, or run into such a heading
//     ("New contact form submission Email ... Phone ..."); not after an
//     answering word ("please email ...") nor alone under prose.
//
// A colon may follow a space (French: "E-mail : ..."), and an address in
// angle brackets or parentheses after a label's colon is the label's.
func formField(text, addr string) bool { return formFieldHeaded(text, addr, "") }

// formFieldHeaded is formField for text under a heading (lower case: the
// notice's subject), which may name the form's entry for an address
// field standing alone (noticeHeaded: "New subscriber" over "Email:
// ...").
func formFieldHeaded(text, addr, heading string) bool {
	return eachFieldValue(text, addr, func(at int, before string) bool {
		switch {
		case before == "":
			return otherField(text, -1)
		case authorWord(before):
			return formLine(text, at, at+len(addr))
		case strings.HasSuffix(before, "<") || strings.HasSuffix(before, "("):
			name := strings.TrimRight(before[:len(before)-1], fieldSpace)
			if strings.HasSuffix(name, ":") { // "Email: <gail@...>"
				return labelField(text, len(name)-1, heading)
			}
			return nameField(name)
		case strings.HasSuffix(before, ":"):
			return labelField(text, len(before)-1, heading)
		case strings.HasSuffix(before, "?"): // a survey's question: "What's your email address? gail@..."
			words := labelWords(text, len(before)-1)
			q := len(before) - 1
			return len(words) > 0 && emailWords[words[len(words)-1]] &&
				(otherField(text, q) || strings.Contains(text[:q], "? ") || strings.Contains(text[q+1:], "? "))
		case bareLabel(before):
			return bareField(text[:len(before)], text[at+len(addr):], heading)
		}
		return otherField(text, -1)
	})
}

// bareLabel: before (spaces trimmed) ends in an address's label
// (emailWords: "email", "e-mail", "email address") as a whole word, with
// no colon after it.
func bareLabel(before string) bool {
	words := runWords(before, len(before))
	n := len(words)
	if n == 0 || !emailWords[words[n-1]] {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(r) // the label's word ends before; no digit or mark after it
}

// bareField: the label without a colon at the end of before (bareLabel)
// presents a form's field whose value starts after, the way a table of
// label and value cells or a label's line over its value's reads in the
// lead (links.Extracted.Lead runs cells and lines together): the label
// is an address's words, "your" before them at most ("Your Email"), no
// answering word ("please email", "reply to email") nor "this" before
// them; and either a name's field stands right before it (a "name"
// label, no "my" or "the" before it, then one to three words of value,
// none a verb of a sentence: "First Name Gail Email ...", "Full Name
// Gail Porter E-mail ...") or the label starts its run (after a mark or
// at the start, not after a comma or semicolon) and another field's
// label follows the address ("Email ... Phone 555 0134") or nothing does
// and a heading naming the form's entry stands before it (noticeHeaded,
// heading the subject: "New subscriber! Email ..."); or the label comes
// right after free words, the notice's heading run into it, a word of
// noticeWords one of their last two and no answering word among them,
// and another field's label or nothing follows the address ("New
// contact form submission Email ... Phone ..."). A message printing
// "Email x@gmail.com" under its text, or asking "please email
// x@gmail.com", shows no form.
func bareField(before, after, heading string) bool {
	words := runWords(before, len(before))
	k := len(words)
	for k > 0 && (emailWords[words[k-1]] || words[k-1] == "e") {
		k--
	}
	label := k // the label's first word
	if k > 0 && words[k-1] == "your" {
		k--
	}
	if k > 0 && (answerWords[words[k-1]] || words[k-1] == "this") {
		return false
	}
	for j := k - 2; j >= max(0, k-4); j-- {
		if words[j] != "name" {
			continue
		}
		if j > 0 && proseBeforeName[words[j-1]] || slices.ContainsFunc(words[j+1:k], func(w string) bool {
			return answerWords[w] || emailWords[w] || proseVerbs[w] || w == "name"
		}) {
			return false
		}
		return true
	}
	after = strings.TrimLeftFunc(after, unicode.IsSpace)
	// the word right after the address, read alone: splitting the whole
	// rest of the text for every occurrence of the address made a long
	// subject repeating it quadratic
	next := after[:len(after)-len(strings.TrimLeftFunc(after, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }))]
	nextLabel := fieldLabels[next]
	// the address ends its run: nothing, a line's or sentence's end after it
	r, _ := utf8.DecodeRuneInString(after)
	alone := after == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
	if k > 0 {
		// free words before the label: the notice's heading run into it
		// ("New contact form submission Email ... Phone ..."), a word of
		// noticeWords one of the last two, no answering word
		return (nextLabel || alone) && slices.ContainsFunc(words[max(0, k-2):k], noticeWord) &&
			!answerIn(words[:label])
	}
	if strings.ContainsAny(lastMark(before), ",;") {
		return false
	}
	return nextLabel || alone && noticeHeaded(before, len(before), heading)
}

// noticeWords name a form's entry in its notice's heading ("New form
// submission", "You have a new subscriber", "New website lead", "New
// sign-up"), over an address field standing alone (noticeHeaded) or run
// into it (bareField).
var noticeWords = map[string]bool{"form": true, "forms": true, "submission": true, "submitted": true, "entry": true,
	"signup": true, "registration": true, "inquiry": true, "enquiry": true, "booking": true, "reservation": true,
	"subscriber": true, "lead": true, "response": true}

func noticeWord(w string) bool { return noticeWords[w] }

// answerVerbs, in a notice's heading, make the address after it where to
// answer ("please reply to this form entry at ...").
var answerVerbs = map[string]bool{"reply": true, "replies": true, "respond": true, "answer": true, "write": true,
	"reach": true, "contact": true}

// noticeReach is how many words of its heading an address field standing
// alone is read under (noticeHeaded), within noticeSpan bytes before it;
// noticeTail is how many words at most may follow the heading's word
// naming the entry ("New form submission received", "New sign-up to
// your list").
const (
	noticeReach = 12
	noticeSpan  = 200
	noticeTail  = 3
)

// announceWords announce a new entry in a notice's heading ("You have a
// new subscriber!", "Form submission received").
var announceWords = map[string]bool{"new": true, "received": true, "submitted": true, "got": true, "another": true}

// proseWords, in a notice's heading, make it a sentence written to the
// reader, not a heading ("Hello, thank you for the inquiry.", "Please
// fill in the attached form and send it back"); so do greetings, unless
// an announcement follows them (prose).
var proseWords = map[string]bool{"please": true, "thank": true, "thanks": true}

// noticeHeaded: the address field whose label ends at text[end] (lower
// case) stands under a heading announcing a form's entry: the heading
// is the words of the label's own sentence before it, or, when the
// label starts its sentence or line, the sentence or line right before
// (never further back: "Hello, thank you for the inquiry. The documents
// are ready for your review. Email: ..." is headed by "The documents
// are ready for your review"), its last noticeReach words; it announces
// a new entry (announceWords: "new", "received"), a word of noticeWords
// ("sign up" too) stands among its last noticeTail+1 words ("The lead
// time on the order is two weeks" names no entry), and it holds no
// answering verb (answerVerbs) and no word of a sentence written to the
// reader (prose: "please", "thank you", a "hello" announcing nothing). When no word
// stands before the label, the heading is heading (the subject): "New
// subscriber! Email: ...", or "Email: ..." alone under the subject "New
// sign-up", not "The documents are ready. Email: ...", under whatever
// subject, nor "Email: ..." under "Reservation inquiry for 12-15
// December", a guest's own subject that a booking lure copies (a
// booking engine's notice announces a new one, or shows the guest's
// other fields beside the address).
func noticeHeaded(text string, end int, heading string) bool {
	seg := text[max(0, end-noticeSpan):max(0, end)]
	before := seg[:labelStart(seg)]
	if len(wordsOfRun(before)) == 0 {
		return heading != "" && noticeHeaded(heading, len(heading), "")
	}
	words := wordsOfRun(headingOf(before))
	words = words[max(0, len(words)-noticeReach):]
	if answerVerbIn(words) || !slices.ContainsFunc(words, func(w string) bool { return announceWords[w] }) || prose(words) {
		return false
	}
	tail := words[max(0, len(words)-noticeTail-1):]
	return signUpIn(words[max(0, len(words)-noticeTail-2):]) || slices.ContainsFunc(tail, noticeWord) || namedBefore(words)
}

// prose: a heading's words are a sentence written to the reader
// (proseWords, or a greeting with no announcement after it: "Hello, the
// documents are ready"); a greeting before the announcement ("Hi Sam, you
// have a new subscriber!") is a notifier's salutation, not prose.
func prose(words []string) bool {
	for i, w := range words {
		if proseWords[w] || greetings[w] && !slices.ContainsFunc(words[i+1:], func(w string) bool { return announceWords[w] }) {
			return true
		}
	}
	return false
}

var greetings = map[string]bool{"hi": true, "hello": true, "dear": true}

// namedBefore: a word naming the entry (noticeWords), or it and "request"
// or "form" after it, comes right before a preposition that adds where or
// when ("New form submission on www.example.com", "a new booking request
// for 12-15 December"), which pushes it out of the heading's last words;
// "lead time on the order" names no entry.
func namedBefore(words []string) bool {
	for i, w := range words {
		if !noticeWord(w) {
			continue
		}
		j := i + 1
		if j < len(words) && (words[j] == "request" || words[j] == "form") {
			j++
		}
		if j < len(words) && headingPreps[words[j]] {
			return true
		}
	}
	return false
}

var headingPreps = map[string]bool{"on": true, "for": true, "from": true, "at": true, "via": true}

// labelStart is where the address's label at the end of s starts: back
// over its words (emailWords, "e" of "e-mail", "your") and the spaces
// and hyphens between them.
func labelStart(s string) int {
	end := len(s)
	for {
		i := len(strings.TrimRight(s[:end], fieldSpace+"-"))
		w := runStart(s, i, func(rune) bool { return false })
		word := s[w:i]
		if w == i || !emailWords[word] && word != "e" && word != "your" {
			return end
		}
		end = w
	}
}

// headingOf is the heading before an address's label (before, the text
// up to the label): the sentence holding the label, back to a line's
// end or a '.', '!' or '?' before a space, or, when the label starts its
// sentence or line, the one before.
func headingOf(before string) string {
	s := strings.TrimRight(before, fieldSpace+"\r")
	if s != "" && strings.ContainsRune(".!?\n", rune(s[len(s)-1])) {
		s = strings.TrimRight(s, fieldSpace+".!?\r\n")
	}
	start := 0
	for _, m := range []string{"\n", ". ", "! ", "? "} {
		if i := strings.LastIndex(s, m); i >= 0 {
			start = max(start, i+len(m))
		}
	}
	return s[start:]
}

// answerIn: a notice's heading run into an address's label holds an
// answering word (answerWords, answerVerbIn, "this": "please reply to
// the form submission email ..."), "us" of "Contact Us" aside.
func answerIn(words []string) bool {
	for i, w := range words {
		if (answerWords[w] || w == "this") && !(w == "us" && i > 0 && words[i-1] == "contact") {
			return true
		}
	}
	return answerVerbIn(words)
}

// answerVerbIn: words hold an answering verb (answerVerbs), "contact"
// but in a form's name ("contact form", "Contact Us").
func answerVerbIn(words []string) bool {
	for i, w := range words {
		if answerVerbs[w] && !(w == "contact" && i+1 < len(words) && (words[i+1] == "form" || words[i+1] == "us")) {
			return true
		}
	}
	return false
}

// signUpIn: words hold a notice word or "sign up" ("New sign-up").
func signUpIn(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "sign" && words[i+1] == "up" {
			return true
		}
	}
	return false
}

// lastMark is the mark (a rune other than a letter, a digit, a space or
// a hyphen) that ends the run of words at the end of s, or "" at the
// start: a comma or semicolon continues a sentence ("..., email ...").
func lastMark(s string) string {
	start := runStart(s, len(s), fieldRune)
	if start == 0 {
		return ""
	}
	r, _ := utf8.DecodeLastRuneInString(s[:start])
	return string(r)
}

// proseBeforeName, before "name", make it a sentence's ("my name is",
// "the name gail") rather than a form's label ("Name", "Your Name",
// "First Name").
var proseBeforeName = map[string]bool{"my": true, "our": true, "his": true, "her": true, "their": true, "the": true,
	"a": true, "same": true, "whose": true, "what": true, "s": true}

// proseVerbs, among a name field's value words, make it a sentence ("my
// name is gail, email ...").
var proseVerbs = map[string]bool{"is": true, "was": true, "are": true, "am": true, "be": true, "s": true}

// fieldLabels start a form's other field after an address shown without
// its label's colon ("Email gail@... Phone 555 0134 Message ...").
var fieldLabels = map[string]bool{"name": true, "phone": true, "telephone": true, "tel": true, "mobile": true,
	"message": true, "comments": true, "comment": true, "subject": true, "company": true, "website": true}

// answerWords, in a label or a name before an address, tell where to
// answer rather than what someone filled in ("reply to:", "email me:",
// "write to Gail <...>"; before a name, "contact Gail <...>" too, while
// a form's "Contact email:" labels a field).
var answerWords = map[string]bool{"reply": true, "replies": true, "respond": true, "answer": true, "write": true,
	"reach": true, "send": true, "to": true, "at": true, "me": true, "us": true, "please": true, "only": true, "directly": true}

// formWords name a form's entry or the person who filled it in, in a
// label or on the line of "from" or "by".
var formWords = map[string]bool{"form": true, "forms": true, "submission": true, "submitted": true, "entry": true, "sign": true, "signin": true,
	"signup": true, "visitor": true, "guest": true, "lead": true, "inquiry": true, "enquiry": true, "registration": true,
	"registrant": true, "attendee": true, "invitee": true, "applicant": true, "booking": true, "booked": true, "reservation": true,
	"response": true, "respondent": true, "website": true, "site": true, "survey": true, "application": true}

// emailWords name an address field ("Email:", "E-mail address:").
var emailWords = map[string]bool{"email": true, "mail": true, "address": true, "courriel": true, "correo": true, "adresse": true}

// labelWords returns the words (letters and digits) of the label ending
// at end (exclusive) in text, back to the line's start or a mark other
// than a space or a hyphen: the last 4 ("Name: Gail Porter E-mail
// address:" runs a one-line form's fields together).
func labelWords(text string, end int) []string {
	words := runWords(text, end)
	return words[max(0, len(words)-4):]
}

// runWords returns the words (letters and digits) ending at end
// (exclusive) in text, back to the line's start or a mark other than a
// space or a hyphen.
func runWords(text string, end int) []string {
	start := runStart(text, end, fieldRune)
	return wordsOfRun(text[start:end])
}

// fieldRune: a hyphen or a space of fieldSpace, which stand inside a
// form's label or value (runWords, lastMark).
func fieldRune(r rune) bool { return r == '-' || strings.ContainsRune(fieldSpace, r) }

// runStart is where the run of text ending at end (exclusive) begins: back
// over letters, digits and the runes in accepts.
func runStart(text string, end int, in func(rune) bool) int {
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !in(r) {
			break
		}
		start -= n
	}
	return start
}

// wordsOfRun returns the words (letters and digits) of s.
func wordsOfRun(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// nameField: before (the text up to a "<") ends in a name that stands as
// a field: one to four words after a mark or the start, no answering word.
func nameField(before string) bool {
	words := runWords(before, len(before))
	return len(words) > 0 && len(words) <= 4 && !slices.ContainsFunc(words, func(w string) bool { return answerWords[w] || w == "contact" })
}

// labelField: the label ending at the colon at text[colon] presents a
// form's field: no answering word in it, and either a word of formWords
// or an address's label (emailWords) beside another labelled field.
//
// The label is read at its end: a notice's text comes with its lines run
// together (links.Extracted.Lead), so the words before "Email:" may be
// the previous field's value ("Message: I'd like to come at 2pm Email:
// ..."), which says nothing of the label. An answering word ends the
// label ("reply to:", "email me:", "write to me at:") or stands right
// before its address words ("reply to email:", "reply e-mail address:",
// "this email:"); a form's word is one of its last two ("new open house
// sign-in:", "invitee email:").
func labelField(text string, colon int, heading string) bool {
	words := labelWords(text, colon)
	n := len(words)
	if n == 0 || answerWords[words[n-1]] {
		return false
	}
	k := n
	for k > 0 && (emailWords[words[k-1]] || words[k-1] == "e") {
		k--
	}
	if k < n && k > 0 && (answerWords[words[k-1]] && !softAnswer[words[k-1]] || words[k-1] == "this") {
		return false
	}
	if slices.ContainsFunc(words[max(0, n-2):], func(w string) bool { return formWords[w] }) {
		return true
	}
	if !emailWords[words[n-1]] {
		return false
	}
	// an address's label beside another field, or standing alone under a
	// heading naming the form's entry ("New subscriber! Email: ...")
	return otherField(text, colon) || noticeHeaded(text, colon, heading)
}

// softAnswer are answerWords that, before an address's label, more
// likely end the previous field's value ("Subject: call me Email: ...")
// than ask for an answer ("email me:" ends the label itself).
var softAnswer = map[string]bool{"me": true, "us": true, "please": true, "only": true, "directly": true}

// fieldSpace are the spaces a form's text may hold between a label, its
// colon and its value: French puts a (narrow) no-break space before the
// colon ("E-mail\u202f: ...").
const fieldSpace = " \t\u00a0\u202f"

// otherField: text holds a labelled field (a word, a colon, a space)
// other than the one whose colon is at skip, whose label has no
// answering word and names no address.
func otherField(text string, skip int) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != ':' || i == skip || i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' && text[i+1] != '\n' && text[i+1] != '\r' {
			continue
		}
		words := labelWords(text, i)
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], fieldSpace))
		if len(words) == 0 || !unicode.IsLetter(r) {
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return answerWords[w] || emailWords[w] }) {
			return true
		}
	}
	return false
}

// formLine: the sentence of text holding text[at:end] (back to and on
// to a line's end or a '.', '!' or '?' before a space) has a word of
// formWords: "New form submission from ...", not "shared with you by
// .... Sign in with your password".
func formLine(text string, at, end int) bool {
	start := 0
	for _, m := range []string{"\n", ". ", "! ", "? "} {
		if i := strings.LastIndex(text[:at], m); i >= 0 {
			start = max(start, i+len(m))
		}
	}
	stop := len(text)
	for _, m := range []string{"\n", ". ", "! ", "? "} {
		if i := strings.Index(text[end:], m); i >= 0 {
			stop = min(stop, end+i)
		}
	}
	return slices.ContainsFunc(strings.FieldsFunc(text[start:stop], func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return formWords[w] })
}

// authorWord: before ends with "from" or "by" as a word, which name who
// filled a form in ("New form submission from ...", "Submitted by ..."),
// not where to answer ("reply to ...", "contact me at ...").
func authorWord(before string) bool {
	for _, w := range []string{"from", "by"} {
		if rest, ok := strings.CutSuffix(before, w); ok {
			r, _ := utf8.DecodeLastRuneInString(rest)
			if rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// replyInName: a word of three letters or more of the sender's display
// name is in the Reply-To address's local part: the sender's own other
// mailbox ("John Smith" answering at john.smith.office@gmail.com, a
// hijacked account's "reply to my personal address"), not the person a
// form notice is about.
func replyInName(reply, name string) bool {
	local, _, _ := strings.Cut(reply, "@")
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 3 && strings.Contains(local, w) {
			return true
		}
	}
	return false
}

// ownLinksOnly: the message has a clickable link and every clickable link
// goes to the sender's own registrable domain (ownDomain).
func (m *message) ownLinksOnly() bool {
	n := 0
	for i := range m.in.Links {
		l := &m.in.Links[i]
		if !l.Clickable {
			continue
		}
		if !m.ownDomain(l) {
			return false
		}
		n++
	}
	return n > 0
}

// notePaymentReply: a notice through which a customer asks the reader
// for money (payNotes: a PayPal invoice or money request, a DocuSign
// envelope) asks for a payment (asksPayment: its subject, a link's words
// or the start of its text), and replies go to an address at a free mail
// provider that nobody here knows (History.ReplyAddr, knownReply). That
// is the fake invoice sent through the platform, which passes every check the
// platform's own mail passes and whose answer goes to the fraudster's
// Gmail. reply_to_freemail leaves such notices alone (customerNotes),
// since people bill and send envelopes from free mail every day; a
// request for money from a free-mail address nobody here knows is what
// it still holds them for. Not for a correspondent's invoice (the reader
// wrote to the Reply-To address, or learned mail came from it on
// minReplyAddrDays days or more), a stranger's notice that asks no payment or answers to a company's own
// domain, the other note services' shares (a freelancer's invoice shared
// from Gmail through Drive is judged as the same invoice attached to her
// own mail), nor relays.txt's senders (a shop's contact form carries a
// customer's question about an order's payment from Gmail every day).
// Known means someone here wrote to it, or learned mail came from it on
// minReplyAddrDays days or more (knownReply): one plain message is what
// an impostor sends first.
// reply is the Reply-To address, lowercase; rd its registrable domain.
func (m *message) notePaymentReply(reply, rd string) (evid, bool) {
	w := m.p.Weights.NotePay
	if w <= 0 || rd == "" || !m.t.freemail[rd] || m.free || m.in.List || knownReply(m.in.History.ReplyAddr) ||
		!m.payNotes() || !m.asksPayment() {
		return evid{}, false
	}
	return evid{code: CodeNotePay, w: w, cls: classLookalike, a: reply, b: m.sdom}, true
}

// relayed: the sender's domain is a service that sends mail for its
// customers under their names (relays.txt), such as a merchant's invoice
// through Stripe or a shop's contact form through Shopify, and no trusted
// verifier failed it: a forged From costs nothing, and a name a verifier
// rejected earns no relay's exemption.
func (m *message) relayed() bool {
	_, ok := hostMatch(m.t.relays, domainOf(m.sender))
	return ok && (m.in.AuthPass || !m.in.AuthChecked)
}

// replyNewDomain: a correspondent (we wrote to the sender or its domain)
// whose replies would go to a domain that never wrote here and that we
// never wrote to (reply_to_new_domain): where a hijacked or forged partner
// sends the answer to a payment request. A shipped brand's domain or a
// platform (a help desk answering for the partner) does not count, nor
// does a domain the reader has answered before. It is sender evidence, not
// a doubt about the From: an allowlist entry for the partner still
// applies. With a payment request it quarantines (QuarantineWhen).
func (m *message) replyNewDomain(reply, rd string) (evid, bool) {
	h, w := &m.in.History, &m.p.Weights
	if w.ReplyNew <= 0 || h.Sender.Outbound == 0 && h.SenderDomain.Outbound == 0 || h.ReplyDomain.Seen() ||
		m.t.brands.exact[rd] || m.t.matchHostLists(rd).shared() {
		return evid{}, false
	}
	return evid{code: CodeReplyNew, w: w.ReplyNew, cls: classSender, a: reply, b: m.sdom}, true
}

// replyToMismatch: replies go to another domain than the sender's.
func replyToMismatch(w *Weights, replyDomain, senderDomain string) (evid, bool) {
	if w.ReplyTo <= 0 || replyDomain == "" || replyDomain == senderDomain {
		return evid{}, false
	}
	return evid{code: CodeReplyTo, w: w.ReplyTo, cls: classSender, a: replyDomain, b: senderDomain}, true
}

// nameDomain: the display name shows an address or a domain name of
// another registrable domain than the sender's ("service@bank.example"
// <x@elsewhere.test>): the name claims an identity the address does not
// carry. Only reciprocal contact (we wrote to the sender) clears it; an
// unsolicited sender seen often is still spoofing the name. Nor a
// government's other site named from one of its own domains (sameGovernment).
func nameDomain(w *Weights, t *tables, name, senderDomain string, s Stat) (evid, bool) {
	if s.Outbound > 0 || senderDomain == "" || strings.IndexByte(name, '.') < 0 {
		return evid{}, false
	}
	for _, tok := range strings.FieldsFunc(strings.ToLower(name), nameSep) {
		tok = strings.Trim(tok, ".-")
		if i := strings.LastIndexByte(tok, '@'); i >= 0 {
			tok = tok[i+1:]
		}
		d, ok := nameTokenDomain(tok)
		if !ok || d == senderDomain || t.sameGovernment(d, senderDomain) {
			continue
		}
		return evid{code: CodeNameDomain, w: w.NameDomain, cls: classLookalike, a: d, b: senderDomain}, true
	}
	return evid{}, false
}

// sameGovernment: both registrable domains stand right under one public
// suffix where only one country's government bodies register
// (government.txt: research.gov and nsf.gov, impots.gouv.fr and
// finances.gouv.fr). Under .gov, gov.uk and gov.au those bodies include
// states and towns: a compromised town's mailbox naming IRS.gov is not
// told from the federal agency by its name, only by its history.
func (t *tables) sameGovernment(a, b string) bool {
	sa, _ := publicsuffix.PublicSuffix(a)
	sb, _ := publicsuffix.PublicSuffix(b)
	return sa == sb && t.government[sa]
}

// shownName is the display name as a mail program shows its letters:
// compatibility forms read as the letters they draw (NFKD: fullwidth
// "Ｄｏｃｕｓｉｇｎ", mathematical bold "𝐌𝐢𝐜𝐫𝐨𝐬𝐨𝐟𝐭", circled and
// small-capital forms) and accents dropped ("Amazôn"), so that the rules
// reading a brand, a domain or our own name in it (brand_name_mismatch,
// name_domain_mismatch, org_in_name) see what the reader sees, not only
// its ASCII spelling; other scripts' letters are disguised_text's.
// An ASCII name is returned as it is.
func shownName(name string) string {
	if isASCII(name) {
		return name
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(strings.ToValidUTF8(name, "\uFFFD")) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// orgInName: the display name of a sender outside our domains spells the
// name of one of them (nameSpellsDomain: "Brightwater Payroll" or "HR |
// Brightwater Design" for brightwater.example), and nobody here has
// written to the sender or its domain. Lures for a company's own people
// take the company's name for the department they play (payroll, HR,
// IT, voicemail, the scanner) on a domain of their own, whose link then
// counts only as the sender's. Not for a relay sending in our name (our
// shop's or our invoices through Shopify or Stripe), a shipped brand or a
// shared platform (our workspace's, our help desk's notices; a free mail
// provider is no brand here: it speaks for nobody), list mail,
// or a correspondent, whose name for a project with us is its own
// business.
func (m *message) orgInName() (evid, bool) {
	w, h := &m.p.Weights, &m.in.History
	if w.OrgInName <= 0 || m.shown == "" || m.in.List || h.Sender.Outbound > 0 || h.SenderDomain.Outbound > 0 {
		return evid{}, false
	}
	sd := domainOf(m.sender)
	if inDomains(sd, m.p.InternalDomains) || inDomains(sd, m.p.OrgDomains) ||
		m.relayed() || !m.free && m.t.brands.exact[m.sdom] || sendsForTenants(m.t.matchHostLists(m.sdom)) {
		return evid{}, false
	}
	letters := nameLetters(m.shown) // for a cheap first look
	for _, ds := range [][]string{m.p.InternalDomains, m.p.OrgDomains} {
		for _, d := range ds {
			if !labelIn(d, letters) { // most names spell none: no suffix lookup
				continue
			}
			rd := registrable(d)
			if lab, _, _ := strings.Cut(rd, "."); !strings.Contains(letters, strings.ReplaceAll(lab, "-", "")) {
				continue
			}
			if rd != m.sdom && orgRoleName(m.shown, rd) && (m.free || !m.namesake(rd)) {
				return evid{code: CodeOrgInName, w: w.OrgInName, cls: classLookalike, a: rd, b: m.sdom}, true
			}
		}
	}
	return evid{}, false
}

// labelIn: a label of the domain d, without its hyphens, occurs in
// letters. The first label of d's registrable domain is one of d's
// labels, so a domain for which labelIn is false is no name orgInName
// looks for.
func labelIn(d, letters string) bool {
	for lab := range strings.SplitSeq(d, ".") {
		if strings.Contains(letters, strings.ReplaceAll(lab, "-", "")) {
			return true
		}
	}
	return false
}

// orgRoleName: one word of the name, or two or three run together, spell
// the first label of our domain (as nameSpellsDomain reads them), and the
// name's other words are none but the domain's suffix ("Brightwater",
// "brightwater.example") or include a department or role the lure plays
// (roleWords: "Brightwater Payroll", "HR | Brightwater Design",
// "brightwater.example IT Desk"). A name that only shares a word with
// ours, as "State Farm" does with state.example or "Global Energy
// Partners" with energy.example, is some other company's.
func orgRoleName(name, domain string) bool {
	words, i, j, suffix, ok := spelledLabel(name, domain)
	return ok && roleNamed(slices.Concat(words[:i], words[j+1:]), strings.Split(suffix, "."))
}

// roleNamed: the words besides our name are only labels of our domain's
// suffix, or one of them is a role word.
func roleNamed(others, suffix []string) bool {
	plain := true
	for _, w := range others {
		if roleWords[w] {
			return true
		}
		plain = plain && slices.Contains(suffix, w)
	}
	return plain
}

// roleWords are the departments, services and roles lures sign as under
// the organisation's name.
var roleWords = map[string]bool{
	"hr": true, "human": true, "resources": true, "people": true, "payroll": true, "benefits": true, "pay": true,
	"it": true, "helpdesk": true, "help": true, "desk": true, "servicedesk": true, "support": true, "service": true, "services": true,
	"admin": true, "administrator": true, "administration": true, "security": true, "system": true, "systems": true,
	"mail": true, "email": true, "webmail": true, "mailbox": true, "postmaster": true, "server": true, "exchange": true, "outlook": true,
	"voicemail": true, "voice": true, "fax": true, "efax": true, "scanner": true, "scan": true, "printer": true,
	"accounts": true, "accounting": true, "finance": true, "billing": true, "invoices": true, "treasury": true, "payables": true, "receivable": true, "receivables": true,
	"docs": true, "documents": true, "document": true, "files": true, "file": true, "share": true, "sharepoint": true, "onedrive": true, "portal": true, "drive": true,
	"notification": true, "notifications": true, "notice": true, "alert": true, "alerts": true, "noreply": true,
	"team": true, "department": true, "dept": true, "office": true, "staff": true, "employee": true, "employees": true,
	"management": true, "manager": true, "ceo": true, "cfo": true, "director": true, "executive": true, "legal": true, "compliance": true,
	// a university's offices, whose names lures for its staff and students take
	"library": true, "libraries": true, "registrar": true, "bursar": true,
}

// sendsForTenants: the sender's domain is a shortener's or a shared
// platform's (our workspace's, our help desk's notices), which send in
// their customers' names. Free hosting is none: whoever signs up names a
// tenant there and sends from it as they like.
func sendsForTenants(hl hostListMatch) bool {
	return hl.isShortener || hl.isPlatform
}

// namesake: the sender's address holds the name of our domain (ours),
// hyphens aside: its registrable domain (info@brightwatercapital.example
// for brightwater.example), a company of the same name writing under its
// own name, or its local part or a host label below that domain
// (brightwater@myworkday.example, noreply@brightwater.hr-saas.example), a
// service writing about our account with it, as HR, expense and
// procurement services name the customer whose notices they send. Not a
// department of ours played from a domain of the lure's own, whose kits
// write generic addresses. The local part, the labels below the
// registrable domain and a tenant's name under a private suffix
// (brightwater-hr.firebaseapp.com) are the sender's to pick at no cost,
// so a lure can write "brightwater@" as well as a service: they count
// only for a service whose domain has mail here on two days or more, or
// for a notice that asks for neither a payment nor a sign-in
// (asksCredOrPay).
func (m *message) namesake(ours string) bool {
	lab, _, _ := strings.Cut(ours, ".")
	lab = strings.ReplaceAll(lab, "-", "")
	if strings.Contains(strings.ReplaceAll(m.sdom, "-", ""), lab) && !m.tenant(m.sdom) {
		return true
	}
	if !strings.Contains(strings.ReplaceAll(m.sender, "-", ""), lab) {
		return false
	}
	return m.sdomHist.Days >= 2 || !m.asksCredOrPay()
}

// asksCredOrPay: the subject, a link's text or the words around it, or
// the start of the text ask for credentials or a payment.
func (m *message) asksCredOrPay() bool { return m.asks(askTest{pay: true, cred: true}) }

// asksPayment: the subject, a link's text or the words around it, or the
// start of the text ask for a payment.
func (m *message) asksPayment() bool { return m.asks(askTest{pay: true}) }

// asksPayOrPresses: the subject, a link's text or the words around it,
// or the start of the text ask for a payment or press with a threat or
// urgency (intentExtortion).
func (m *message) asksPayOrPresses() bool { return m.asks(askTest{pay: true, threat: true}) }

// formCredAsk is the weight of a credential cue that asks more than a
// sign-in: "sign in" and "log in" (0.2: "New open house sign-in", "log
// in to see the entry") are a form service's own words, "verify your
// account" or "password" are not.
const formCredAsk = 0.3

// asksCredentials: the subject, a clickable link's text or the words
// around it, or the start of the text carry a credential cue weighing
// min or more (its strongest, not their sum).
func (m *message) asksCredentials(min float64) bool { return m.asks(askTest{credBest: min}) }

// askTest is what asks looks for in a scan: any payment, credential or
// threat cue (pay, cred, threat), or a credential cue weighing credBest
// or more (credBest > 0).
type askTest struct {
	pay, cred, threat bool
	credBest          float64
}

func (a askTest) holds(s *intentScan) bool {
	return a.pay && s.w[intentPayment] > 0 || a.cred && s.w[intentCredentials] > 0 ||
		a.threat && s.w[intentExtortion] > 0 || a.credBest > 0 && s.best[intentCredentials] >= a.credBest
}

// asks: the subject, a clickable link's text or the words around it, or
// the start of the text hold what a asks for.
// It takes no func value: one given the message's own scan (linkIntent)
// would move the whole message to the heap (scoreOnce).
func (m *message) asks(a askTest) bool {
	var subj, lead intentScan
	if subj.scan(m.cues, m.t.unmasked(m.in.Subject)); a.holds(&subj) {
		return true
	}
	for i := range m.in.Links {
		if m.in.Links[i].Clickable && a.holds(m.linkIntent(&m.in.Links[i])) {
			return true
		}
	}
	lead.scan(m.cues, m.t.unmasked(m.in.Lead))
	return a.holds(&lead)
}

func nameSep(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '@' || r == '_')
}

// nameTokenDomain returns the registrable domain of a display-name token
// that is a host name under an ICANN public suffix (so "Mr.Smith" or
// "v2.1" are not domains).
func nameTokenDomain(tok string) (string, bool) {
	if strings.IndexByte(tok, '.') <= 0 || strings.Contains(tok, "..") {
		return "", false
	}
	suf, icann := publicsuffix.PublicSuffix(tok)
	if !icann || suf == tok || strings.IndexFunc(suf, func(r rune) bool { return r != '.' && (r < 'a' || r > 'z') }) >= 0 {
		return "", false
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(tok)
	return d, err == nil
}

// senderNovel says how new the sender's address is here, from 0 (we wrote
// to it, it is one of our authenticated people, or it wrote on enough
// days) to 1 (its first message), as sender_first_contact weighs it.
func (m *message) senderNovel() float64 {
	if m.internalSender() {
		return 0
	}
	return 1 - estDays(&m.in.History.Sender)
}
