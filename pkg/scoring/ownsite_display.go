package scoring

import (
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// showsOwnSite: the anchor shows the sender's own site while the link goes
// through a mailing service's click tracker, which is how a newsletter's
// links reach the reader ("www.shop.example" through
// shop.us5.list-manage.com/track/click?u=...). That is weak evidence, so
// display_mismatch counts half: alone it cannot lift a lock above warn.
//
// Not for a free-mail, shipped brand or protected (org, internal) sender
// domain: a forged From of those showing its own name is the classic
// deception. A forged From of any other domain is what DMARC (auth_fail)
// is for, but a forged From that passes no check still shows its own
// domain, so the half weight needs the shape of a tracked link as well
// (what the text shows does not matter: a service's password reset sent
// through a tracking mailer shows its sign-in address too):
//   - the destination looks like a click tracker (m.clickTracker): a long
//     opaque token in its path or query, or identifiers in pieces, or the host most of the
//     message's links go through, or a relay that sends for its customers
//     (relays.txt). A one-off link to a directory of an unrelated site
//     (someone.host.example/bank/) is where a lure is, not a tracker;
//   - the destination is not on free hosting, where no mailing service
//     tracks clicks.
func (m *message) showsOwnSite(l *links.Link, hl hostListMatch) bool {
	if m.sdom == "" || m.free || m.brandSender() ||
		inDomains(m.sdom, m.p.OrgDomains) || inDomains(m.sdom, m.p.InternalDomains) {
		return false
	}
	shown := strings.ToLower(strings.TrimSuffix(l.DisplayHost, "."))
	if shown == "" || registrable(shown) != m.sdom {
		return false
	}
	return !hl.isFreeHosting && m.clickTracker(l)
}

// clickTracker: the link's destination looks like a mailing service's
// click tracker: its path or query holds an opaque token (opaqueToken:
// Mailchimp's u=, SendGrid's upn=, Constant Contact's f=) or identifiers
// in pieces (idPieces), or its host
// carries most of the message's links (trackerHost: a newsletter whose
// every link goes through one click host), or it is a service sending
// for its customers (relays.txt).
func (m *message) clickTracker(l *links.Link) bool {
	if rest := afterHost(l.URL); opaqueToken(rest) || idPieces(rest) >= minIDPieces {
		return true
	}
	if l.Host != "" && l.Host == m.trackerHost() {
		return true
	}
	_, ok := hostMatch(m.t.relays, l.Host)
	return ok
}

// afterHost is what follows the host of an absolute URL: its path, query
// and fragment.
func afterHost(u string) string {
	_, rest, _ := strings.Cut(u, "://")
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		return rest[i:]
	}
	return ""
}

// Opaque tokens: a run of the base64url alphabet at least minTokenLen long
// in which letters and digits alternate at least minTokenSwitches times,
// or which falls into short pieces (a lower-case run with at most one
// capital before it, a capitals' run, a number: "Yq8dBmHE8OlvQvU2Ip"
// is Yq 8 d Bm HE 8 Olv Qv U 2 Ip) averaging at most maxPieceLen
// letters. A click tracker's identifiers are hex or base64 (Mailchimp's
// 25 hex digits, a UUID, SendGrid's upn=, a 22-letter base64 ID with
// one digit or none); an article's slug ("2026-spring-sale"), a
// directory's name ("/bank/") or words in camel case ("WinterJackets",
// "iPhone15ProMaxCase") alternate once or not at all, in long pieces.
const (
	minTokenLen      = 16
	minTokenSwitches = 4
	maxPieceLen      = 2.5
)

// opaqueToken: s (a URL's path and query) holds an opaque token.
func opaqueToken(s string) bool {
	n, switches, pieces := 0, 0, 0
	var ld byte   // 'a' letter, '0' digit, 0 none yet in this run
	var last byte // 'a' lower, 'A' upper, '0' digit, 0 none yet in this piece
	upper := 0    // length of the current run of capitals
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		var class byte
		switch {
		case c >= '0' && c <= '9':
			class = '0'
		case c >= 'a' && c <= 'z':
			class = 'a'
		case c >= 'A' && c <= 'Z':
			class = 'A'
		case i < len(s) && (c == '-' || c == '_'):
			n++
			last, upper = 0, 0 // a separator: the next piece starts
			continue
		default:
			if n >= minTokenLen && (switches >= minTokenSwitches || float64(n) <= maxPieceLen*float64(pieces)) {
				return true
			}
			n, switches, pieces, ld, last, upper = 0, 0, 0, 0, 0, 0
			continue
		}
		cld := byte('a')
		if class == '0' {
			cld = '0'
		}
		if ld != 0 && ld != cld {
			switches++
		}
		ld = cld
		switch {
		case last == 0, class == '0' && last != '0', class != '0' && last == '0',
			class == 'A' && last == 'a', class == 'a' && last == 'A' && upper >= 2:
			pieces++
		}
		if class == 'A' {
			upper++
		} else {
			upper = 0
		}
		last = class
		n++
	}
	return false
}

// Identifier pieces: a tracker may split its identifiers into short
// pieces or numbers (Emma's /click/2t9sjd/7mhc8kc/6xx8bz, Pardot's
// /e/812345/.../5kq2bn/1234567890, a list server's /t/1234567/87654321/,
// r=12345678&msgid=876543). A piece is a run of letters and digits at
// least minIDPieceLen long, all digits or with letters and digits
// alternating at least twice; a directory's name, a slug's words, a year
// or one number (/shopnew/123456/) make fewer than minIDPieces.
const (
	minIDPieceLen = 5
	minIDPieces   = 2
)

// idPieces counts the identifier pieces of s, a URL's path and query.
func idPieces(s string) int {
	count := 0
	for i := 0; i < len(s); {
		j, letters, digits, switches := i, 0, 0, 0
		for ; j < len(s) && isWordByte(s[j]); j++ {
			if isDigit(s[j]) {
				digits++
			} else {
				letters++
			}
			if j > i && isDigit(s[j]) != isDigit(s[j-1]) {
				switches++
			}
		}
		if j-i >= minIDPieceLen && (letters == 0 || switches >= 2) {
			count++
		}
		i = j + 1
	}
	return count
}

// trackerHost is the host that more than half of the message's judged
// links go to, through at least two different URLs (a click tracker gives
// each link its own), or "". Computed once per message.
func (m *message) trackerHost() string {
	if m.trackerDone {
		return m.tracker
	}
	m.trackerDone = true
	ls := m.in.Links
	cand, votes := "", 0
	for i := range ls { // majority vote: only a host with more than half can win
		if skipCode(&ls[i]) != "" {
			continue
		}
		switch {
		case votes == 0:
			cand, votes = ls[i].Host, 1
		case ls[i].Host == cand:
			votes++
		default:
			votes--
		}
	}
	if cand == "" {
		return ""
	}
	judged, on, first, other := 0, 0, "", false
	for i := range ls {
		if skipCode(&ls[i]) != "" {
			continue
		}
		judged++
		if ls[i].Host != cand {
			continue
		}
		on++
		if first == "" {
			first = ls[i].URL
		} else if ls[i].URL != first {
			other = true
		}
	}
	if 2*on > judged && other {
		m.tracker = cand
	}
	return m.tracker
}
