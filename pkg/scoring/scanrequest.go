package scoring

import (
	"strings"

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
// scan verb, then "code" or "QR" within scanWindow bytes), its words ask
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
	ask, ok := scanAsked(strings.ToLower(m.in.Subject + "\n" + m.in.Lead))
	if !ok {
		return evid{}, false
	}
	return evid{code: CodeScanRequest, w: m.p.Weights.ScanRequest, cls: classIntent, a: ask}, true
}

// scanAsked finds in lower-case text a scan verb as a whole word followed
// within scanWindow bytes by a code word, and returns the words from the
// one to the other.
func scanAsked(text string) (string, bool) {
	for _, v := range scanVerbs {
		for off := 0; ; {
			a, b := nextWholeWord(text, v, off)
			if a < 0 {
				break
			}
			off = b
			win := text[b:min(len(text), b+scanWindow)]
			for _, c := range codeWords {
				if j := strings.Index(win, c); j >= 0 {
					return text[a : b+j+len(c)], true
				}
			}
		}
	}
	return "", false
}
