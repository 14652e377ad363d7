package scoring

import "strings"

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
	if b.site || b.org || b.novel < 1 || m.in.History.Domains[l.Domain].Seen() || b.fam != "" || !m.unsolicited() || m.brandSender() ||
		m.t.brands.exact[l.Domain] || inDomains(m.sdom, m.p.InternalDomains) || inDomains(m.sdom, m.p.OrgDomains) {
		return evid{}, false
	}
	for _, s := range [...]string{l.Display, l.Context, m.in.Subject} {
		if p, ok := noticePhrase(strings.ToLower(s)); ok {
			return evid{code: CodeSystemNotice, w: m.p.Weights.SystemNotice, cls: classIntent, a: p, b: l.Domain}, true
		}
	}
	return evid{}, false
}

// noticePhrase returns the first notice phrase in the lowercase text s,
// standing as whole words.
func noticePhrase(s string) (string, bool) {
	for _, p := range noticePhrases {
		for off := 0; off < len(s); {
			k := strings.Index(s[off:], p)
			if k < 0 {
				break
			}
			a, e := off+k, off+k+len(p)
			if (a == 0 || !isWordByte(s[a-1])) && (e == len(s) || !isWordByte(s[e])) {
				return p, true
			}
			off = a + 1
		}
	}
	return "", false
}
