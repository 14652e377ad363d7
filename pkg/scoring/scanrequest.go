package scoring

import (
	"slices"
	"strings"
	"unicode"

	"github.com/firstsight/firstsight/pkg/links"
)

// QR phishing ("quishing") without a code milterd can read: the code is
// split over two pictures a table stacks, drawn with styled <div> or
// <span> boxes, inverted, or put in a picture format it does not decode.
// The message then has no link, and its text asks the reader to scan a
// code with a phone to keep access to an account: "scan the code below
// with your phone camera to re-register multi-factor authentication".

// scanVerbs ask the reader to scan; codeWords name what.
var (
	scanVerbs = []string{"scan", "scanne", "scannen", "scannez", "escanea", "escanee", "escaneie", "digitalize"}
	codeWords = []string{"code", "qr", "código", "codigo"}
)

// scanWindow is how far after a scan verb the code's name may stand
// ("scan the QR code", "scan the attached code with your phone").
const scanWindow = 40

// scanRequest: a message without a judged link (lead is the intent of its
// opening, leadIntent) asks, in its subject or opening, to scan a code (a
// scan verb, then "code" or "QR" within scanWindow bytes, or a duty on a
// code in the passive: passiveScan), its words ask
// to sign in or keep an account (credential cues in the subject or the
// opening), and no QR code was read from it (no link of links.KindQR):
// the code is where milterd cannot read it, and the phone that scans it
// is out of reach of every check here. Not from our own domains (an IT
// department's authenticator enrolment; a forged colleague is
// unauthenticated_internal's). A ticket or a boarding pass asks to scan
// nothing to sign in; a service's authenticator set-up carries a code
// milterd reads. The quarantine rule needs a first-contact stranger.
func (m *message) scanRequest(lead *intentScan) (evid, bool) {
	if lead == nil || m.internal || lead.w[intentCredentials]+m.subj.w[intentCredentials] <= 0 {
		return evid{}, false
	}
	for i := range m.in.Links {
		if m.in.Links[i].Kind == links.KindQR {
			return evid{}, false
		}
	}
	ask, ok := scanAsked(strings.ToLower(subjectRead(m.in.Subject) + "\n" + m.in.Lead))
	if !ok {
		return evid{}, false
	}
	return evid{code: CodeScanRequest, w: m.p.Weights.ScanRequest, cls: classIntent, a: ask}, true
}

// scanAsked finds in lower-case text a scan verb as a whole word followed
// within scanWindow bytes by a code word, and returns the words from the
// one to the other.
func scanAsked(text string) (string, bool) { return scanAskedOf(text, false) }

// scanAskedOf is scanAsked; with reader, only a scan the reader is asked
// to do (readerScans), or the reader's own camera pointed at a code
// ("use your phone's camera on the QR code", cameraAsked).
func scanAskedOf(text string, reader bool) (string, bool) {
	if reader {
		if ask, ok := cameraAsked(text); ok {
			return ask, true
		}
	}
	for _, v := range scanVerbs {
		for off := 0; ; {
			a, b := nextWholeWord(text, v, off)
			if a < 0 {
				break
			}
			off = b
			if reader && !readerScans(text, a) {
				continue
			}
			win := text[b:min(len(text), b+scanWindow)]
			for _, c := range codeWords {
				if j := strings.Index(win, c); j >= 0 {
					return text[a : b+j+len(c)], true
				}
			}
		}
	}
	return passiveScan(text, reader)
}

// passiveScan finds in lower-case text a duty to scan a code written in
// the passive: "scanned" after "be" and a duty ("must", "should",
// "shall", or "to" after a word of dutyWords: "needs to be", "has to
// be", "is required to be"), a code word among its clause's words
// before ("the QR code below must be scanned", "this code needs to be
// scanned to keep access"); not "will be scanned" or "can be scanned",
// which lay no duty. The code word may stand up to two commas back in
// its sentence ("the QR code below, issued by IT, must be scanned"). It
// returns the clause up to "scanned". With reader,
// only a duty the reader bears (passiveReader).
func passiveScan(text string, reader bool) (string, bool) {
	for off := 0; ; {
		a, b := nextWholeWord(text, "scanned", off)
		if a < 0 {
			return "", false
		}
		off = b
		start := runStart(text, a, clauseRune)
		words := wordsOfRun(text[start:a])
		n := len(words)
		duty := n >= 2 && words[n-1] == "be" && (passiveModals[words[n-2]] || n >= 3 && words[n-2] == "to" && dutyWords[words[n-3]])
		if !duty {
			continue
		}
		isCode := func(w string) bool { return slices.Contains(codeWords, w) }
		code := slices.IndexFunc(words, isCode)
		// The code named before a comma or two of the same sentence:
		// "the QR code below, issued by IT, must be scanned".
		for extra := 0; code < 0 && extra < 2; extra++ {
			p := start
			for p > 0 && text[p-1] == ' ' {
				p--
			}
			if p == 0 || text[p-1] != ',' {
				break
			}
			start = runStart(text, p-1, clauseRune)
			words = wordsOfRun(text[start:a])
			code = slices.IndexFunc(words, isCode)
		}
		if code < 0 || reader && !passiveReader(words[:code], text[b:min(len(text), b+scanWindow)], words) {
			continue
		}
		return text[start:b], true
	}
}

// passiveModals lay a duty right before "be scanned".
var passiveModals = map[string]bool{"must": true, "should": true, "shall": true}

// passiveReader: a code's duty to be scanned (passiveScan) falls on the
// reader: "by you" after it ("should be scanned by you"), or no other
// scanner named: not "by" another ("by our staff", "by the driver"), not
// a place or a time of a visit ("scanned at the door", "upon arrival",
// "on entry", "when you arrive"; "upon receipt" is the reader's, of the
// message: receiptNext), not we or our people in the clause,
// and, on the reader's own item ("your QR code must be scanned", a
// ticket's), only with the reader's phone or camera after it ("with your
// phone"). before are the clause's words before the code word, after the
// text after "scanned", clause its words.
func passiveReader(before []string, after string, clause []string) bool {
	next := wordsOfRun(after)
	switch {
	case len(next) > 0 && next[0] == "by":
		return len(next) > 1 && (next[1] == "you" || next[1] == "yourself")
	case len(next) > 0 && (next[0] == "at" || next[0] == "upon" && !receiptNext(next) || next[0] == "when"),
		len(next) > 1 && next[0] == "on" && next[1] != "your" && !receiptNext(next):
		return false // a place or a time of the visit: "at the door", "upon arrival", "on entry", "when you arrive"
	case slices.ContainsFunc(clause, func(w string) bool { return w == "we" || w == "our" || w == "us" }):
		return false
	case slices.Contains(before, "your"):
		i := slices.Index(next, "your")
		return i >= 0 && i+1 < len(next) && readerTools[next[i+1]]
	}
	return true
}

// receiptNext: the words after "scanned" name the reader's receipt of
// the message, not the time of a visit: "upon receipt", "on receipt of
// this notice", "upon receiving this email".
func receiptNext(next []string) bool {
	return len(next) > 1 && (next[1] == "receipt" || next[1] == "receiving")
}

// readerFill are words that may stand between the reader (or the start
// of a clause) and a scan verb: "please", "simply", a modal, "to", "and".
var readerFill = map[string]bool{"please": true, "simply": true, "just": true, "kindly": true, "now": true, "then": true,
	"also": true, "only": true, "first": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"should": true, "will": true, "ll": true, "need": true, "needs": true, "have": true, "to": true, "and": true, "or": true,
	"bitte": true}

// readerTools are what the reader scans with ("use your phone to scan").
var readerTools = map[string]bool{"phone": true, "smartphone": true, "camera": true, "mobile": true, "device": true, "cellphone": true}

// readerScans: the scan verb at text[a] (lower case) asks the reader to
// scan: past the words of readerFill before it, its clause starts there
// (an imperative: "Scan the code", "To keep access, scan it", "Please
// scan", "Open your camera and scan") or the reader is its subject ("you
// can scan", "you'll need to scan") or scans with a phone or a camera
// of theirs ("use your phone to scan"). Not a third party: "our staff
// will scan your code at the door", "the cashier will scan it".
//
// A duty laid on a group the reader belongs to is the reader's too: "all
// employees must scan the QR code", "users are required to scan the code
// to keep access", "each user should scan", as a lure addressing a whole
// staff words it. Not when we or our people bear the duty ("our staff
// need to scan the code") or it falls on the reader's own item ("the
// gate staff must scan your ticket").
func readerScans(text string, a int) bool {
	words := scanClauseWords(text, a)
	duty := false
	for len(words) > 0 && (readerFill[words[len(words)-1]] || dutyWords[words[len(words)-1]]) {
		duty = duty || dutyWords[words[len(words)-1]]
		words = words[:len(words)-1]
	}
	n := len(words)
	switch {
	case n == 0 || words[n-1] == "you" || words[n-1] == "sie" || words[n-1] == "vous":
		return true
	case readerTools[words[n-1]]:
		return slices.Contains(words[max(0, n-4):n-1], "your")
	case duty:
		if slices.ContainsFunc(words, func(w string) bool { return w == "we" || w == "our" || w == "us" }) {
			return false
		}
		b := a
		for b < len(text) && (text[b] >= 'a' && text[b] <= 'z' || text[b] >= 0x80) {
			b++
		}
		next := strings.Fields(text[b:min(len(text), b+16)])
		return len(next) == 0 || next[0] != "your"
	}
	return false
}

// dutyWords lay a duty on the scan verb's subject: "must", "should",
// "need to", "have to", "are required/asked/expected to".
var dutyWords = map[string]bool{"must": true, "should": true, "need": true, "needs": true, "have": true, "has": true,
	"required": true, "asked": true, "expected": true, "obliged": true, "are": true, "is": true}

// cameraAsked finds in lower-case text the reader's camera ("camera"
// with "your" in the three words before it: "your phone's camera", "your
// camera") followed within scanWindow bytes by a code word: "point your
// phone's camera at the QR code".
func cameraAsked(text string) (string, bool) {
	for off := 0; ; {
		a, b := nextWholeWord(text, "camera", off)
		if a < 0 {
			return "", false
		}
		off = b
		words := scanClauseWords(text, a)
		if !slices.Contains(words[max(0, len(words)-3):], "your") {
			continue
		}
		win := text[b:min(len(text), b+scanWindow)]
		for _, c := range codeWords {
			if j := strings.Index(win, c); j >= 0 {
				return text[a : b+j+len(c)], true
			}
		}
	}
}

// scanClauseWords returns the words (letters and digits) of text before end,
// back to the start or a mark other than a space, a hyphen or an
// apostrophe ("you'll", "your phone's camera").
func scanClauseWords(text string, end int) []string {
	return wordsOfRun(text[runStart(text, end, clauseRune):end])
}

// clauseRune: a space other than a line break, a hyphen or an apostrophe,
// which stand inside a clause (scanClauseWords).
func clauseRune(r rune) bool {
	return unicode.IsSpace(r) && r != '\n' || r == '-' || r == '\'' || r == '\u2019'
}
