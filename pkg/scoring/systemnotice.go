package scoring

import "bytes"

// noticePhrases are how a phone, fax or secure-mail system words its own
// notice of a message waiting elsewhere ("You have a new voicemail (0:47)
// from +1 555 ...", "You have received a fax", "You have a new secure
// message"), not how a person mentions one ("I left you a voicemail",
// "Fax: +1 713 555 0101" in a signature, "sorry I missed your call").
var noticePhrases = []string{
	"new voicemail", "new voicemails", "new voice mail", "new voice message", "new voice messages", "voicemail from", "voice message from",
	"missed call from", "play voicemail", "listen to voicemail", "listen to the voicemail",
	"new fax", "received a fax", "incoming fax", "fax received", "fax message",
	"new secure message", "secure message from", "received a secure message", "your secure message",
	"new encrypted message", "encrypted message from", "received an encrypted message",
}

// systemNotice: the subject or the words of the link (its text and
// context) present the message as a phone, fax or secure-mail system's
// notice (noticePhrases), it comes from a sender nobody here has written
// to (unsolicited), and the link leads to a domain nobody here has ever
// been sent (never seen, novelty 1), not the sender's own site. A voicemail, fax or
// "secure message" waits behind the link on a fresh domain: the lure of a
// stranger posing as the reader's own phone system or a bank's message
// centre. A real one comes from the system the organisation uses, whose
// notices have linked its portal here before, or from a correspondent
// someone here wrote to: neither fires. Not from our own domains (a forged
// colleague is unauthenticated_internal's), not from a shipped brand's
// own domain, and not to a shipped brand's domain or a brand family's
// host (Teams voicemail on teams.microsoft.com). Not scaled: it fires
// only where the domain is wholly new.
func (m *message) systemNotice(b *linkBase) (evid, bool) {
	l := b.l
	if !m.strangerToNewPlace(b) {
		return evid{}, false
	}
	p, ok := m.notice.find(&m.notice.display, l.Display)
	if !ok {
		p, ok = m.notice.find(&m.notice.context, l.Context)
	}
	if !ok {
		p, ok = m.notice.subject(m.in.Subject)
	}
	if !ok {
		return evid{}, false
	}
	return evid{code: CodeSystemNotice, w: m.p.Weights.SystemNotice, cls: classIntent, a: p, b: l.Domain}, true
}

// strangerToNewPlace: the link leads to a domain nobody here has ever
// been sent (novelty 1, never seen), not the sender's own site, our own
// domains, a shipped brand's domain or a brand family's host, and the
// sender is one nobody here has written to (unsolicited), not at a
// shipped brand's own domain or one of ours. systemNotice and
// staffNotice read their system's or office's words only there.
func (m *message) strangerToNewPlace(b *linkBase) bool {
	return m.strangerLinksNewPlace(b) && !m.brandSender()
}

// strangerLinksNewPlace is strangerToNewPlace from a shipped brand's own
// domain too: evidenceLink reads a customer's words that a platform's
// relay carries from an address of the brand's own (a guest's message
// through Booking.com's guest.booking.com, a buyer's through a
// marketplace), whose link leads elsewhere than the brand's sites. At a
// brand's domain only the address counts, as at free mail: the desk's
// replies to other guests' relay addresses make this guest no
// correspondent.
func (m *message) strangerLinksNewPlace(b *linkBase) bool {
	l := b.l
	return !b.site && !b.org && b.novel >= 1 && !m.in.History.Domains[l.Domain].Seen() && b.fam == "" &&
		(m.unsolicited() || m.brandSender() && m.in.History.Sender.Outbound == 0) &&
		!m.t.brands.exact[l.Domain] && !inDomains(m.sdom, m.p.InternalDomains) && !inDomains(m.sdom, m.p.OrgDomains)
}

// noticeScan finds notice phrases for one message without allocating per
// link: the subject is read once, a display text or context the previous
// link also had (most links of a message share them) is not read again,
// and a text is lowered into a buffer kept for the message.
type noticeScan struct {
	buf              []byte
	display, context noticeSlot
	subjDone         bool
	subjP            string
	subjOK           bool
}

// noticeSlot is the last text read in one place (a link's display text or
// its context) and what it held: the two alternate from link to link, so
// each keeps its own.
type noticeSlot struct {
	text, p string
	ok      bool
}

func (n *noticeScan) subject(s string) (string, bool) {
	if !n.subjDone {
		n.subjP, n.subjOK = n.scan(s)
		n.subjDone = true
	}
	return n.subjP, n.subjOK
}

// find reads s through the slot kept for its place.
func (n *noticeScan) find(slot *noticeSlot, s string) (string, bool) {
	if s == "" {
		return "", false
	}
	if s != slot.text {
		slot.text = s
		slot.p, slot.ok = n.scan(s)
	}
	return slot.p, slot.ok
}

func (n *noticeScan) scan(s string) (string, bool) {
	return noticePhrase(n.lowered(s))
}

// noticeAnchors: every notice phrase holds one of these, so a text
// without any is not searched for each phrase.
var noticeAnchors = [...]string{"voic", "fax", "secure", "encrypted", "missed"}

// noticePhrase returns the first notice phrase in the lowercase text s,
// standing as whole words.
func noticePhrase(s []byte) (string, bool) {
	anchored := false
	for _, a := range noticeAnchors {
		if bytes.Contains(s, []byte(a)) {
			anchored = true
			break
		}
	}
	if !anchored {
		return "", false
	}
	return firstPhrase(s, noticePhrases)
}

// firstPhrase returns the first of phrases standing as whole words in the
// lowercase text s.
func firstPhrase(s []byte, phrases []string) (string, bool) {
	for _, p := range phrases {
		if wholeWordIn(s, p) {
			return p, true
		}
	}
	return "", false
}

// wholeWordIn: p occurs in s with no word byte on either side.
func wholeWordIn(s []byte, p string) bool {
	for off := 0; off < len(s); {
		k := bytes.Index(s[off:], []byte(p))
		if k < 0 {
			return false
		}
		a, e := off+k, off+k+len(p)
		if (a == 0 || !isWordByte(s[a-1])) && (e == len(s) || !isWordByte(s[e])) {
			return true
		}
		off = a + 1
	}
	return false
}
