package scoring

import "strings"

// Payment diversion that refuses the check: "I closed my old bank account,
// please wire my proceeds to my new account; I'm traveling and can't take
// calls, email is best". A hijacked account (a client's, a supplier's, an
// executive's) sends it from the real address, in the real thread, often
// with no link at all: the new account is in the text or in a PDF. Every
// bank, title company and payroll office tells its customers to confirm a
// changed account by calling a number they already know; the lure asks for
// the change and, in the same breath, closes that channel. A genuine
// change of bank details asks to be confirmed ("call me if you need to
// check") or says nothing about calls, and a genuine title company's
// wiring instructions tell the reader to call before wiring.

// accountChanged names a change of where money is to go.
// A bare "new account" is a sign-up as often ("I opened a new account on
// the portal"), so an account counts as money's destination ("to my new
// account") or with its number or details.
var accountChanged = []string{"new bank", "new banking", "new routing", "new iban", "new account number",
	"new account details", "to my new account", "to our new account", "into my new account", "into our new account",
	"to the new account", "to a different account", "to another account", "to a new account",
	"change of bank", "change in bank", "changed bank", "changed our bank", "changed my bank", "bank has changed",
	"updated bank", "updated banking", "different bank", "another bank", "closed my old", "closed our old",
	"change my direct deposit", "update my direct deposit", "new direct deposit", "changed my direct deposit"}

// callRefusals close the phone as a way to confirm the request; spelled
// as the text is read, without the apostrophe of "n't" ("can't", "can’t"
// and "cant" alike).
var callRefusals = []string{"cant take calls", "cannot take calls", "cant take any calls", "can not take calls",
	"unable to take calls", "not able to take calls", "cant take phone calls", "cannot take phone calls",
	"cant answer calls", "cannot answer calls", "cant answer the phone", "cant talk on the phone",
	"cannot talk on the phone", "cant talk right now", "unable to talk", "cant receive calls", "cannot receive calls",
	"dont call", "do not call", "please no calls", "no phone calls", "email is best", "email only", "only by email",
	"only reachable by email", "only reach me by email", "not reachable by phone", "unreachable by phone",
	"phone is broken", "phone is not working", "phone isnt working", "lost my phone", "no phone signal",
	"no cell service", "in meetings all day", "in a meeting all day"}

// unApostrophe reads "can't" and "can’t" as "cant".
var unApostrophe = strings.NewReplacer("n't", "nt", "n’t", "nt")

// callRefused: the subject or opening (the lead, read with or without
// links, as password_reply reads it) asks to send money to a changed
// account and refuses a call in the same text. Not from our own domains
// (a forged colleague is unauthenticated_internal's). Quarantined on its
// own (quarantine_when): the sender's history proves nothing when the
// account itself is taken.
func (m *message) callRefused() (evid, bool) {
	if m.in.Lead == "" && m.in.Subject == "" || m.internal {
		return evid{}, false
	}
	if !anchored(m.in.Subject, m.in.Lead, changeAnchors) || !anchored(m.in.Subject, m.in.Lead, refusalAnchors) {
		return evid{}, false // most mail: nothing to lower-case
	}
	text := []byte(unApostrophe.Replace(strings.ToLower(m.in.Subject + "\n" + m.in.Lead)))
	change, ok := firstPhrase(text, accountChanged)
	if !ok {
		return evid{}, false
	}
	refusal, ok := firstPhrase(text, callRefusals)
	if !ok {
		return evid{}, false
	}
	return evid{code: CodeCallRefused, w: m.p.Weights.CallRefused, cls: classIntent, a: change, b: refusal}, true
}

// changeAnchors and refusalAnchors: every phrase of accountChanged holds
// one of the first, every refusal one of the second, looked for in any
// case before any copy of the text is made.
var (
	changeAnchors  = []string{"bank", "routing", "iban", "account", "deposit", "closed"}
	refusalAnchors = []string{"call", "phone", "talk", "email", "meeting", "cell"}
)

// anchored: subject or lead holds one of words, in any case.
func anchored(subject, lead string, words []string) bool {
	for _, w := range words {
		if containsFoldASCII(subject, w) || containsFoldASCII(lead, w) {
			return true
		}
	}
	return false
}
