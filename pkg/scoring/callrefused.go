package scoring

import (
	"bytes"
	"strings"
)

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
	"change my direct deposit", "update my direct deposit", "new direct deposit", "changed my direct deposit",
	"bank details have changed", "banking details have changed", "bank details changed", "banking details changed",
	"switched banks", "switched our bank", "switched my bank", "new remittance", "updated remittance",
	"new wiring", "updated wiring", "revised wiring", "new wire instructions", "updated wire instructions",
	"revised wire instructions"}

// callRefusals close the phone as a way to confirm the request; spelled
// as the text is read, without the apostrophe of "n't" ("can't", "can’t"
// and "cant" alike).
var callRefusals = []string{"cant take calls", "cannot take calls", "cant take any calls", "can not take calls",
	"unable to take calls", "not able to take calls", "cant take phone calls", "cannot take phone calls",
	"cant answer calls", "cannot answer calls", "cant answer the phone", "cant talk on the phone",
	"cannot talk on the phone", "cant talk right now", "unable to talk", "cant receive calls", "cannot receive calls",
	"dont call", "do not call", "please no calls", "no phone calls", "email is best", "by email only", "via email only",
	"email only please", "only by email",
	"only reachable by email", "only reach me by email", "not reachable by phone", "unreachable by phone",
	"phone is broken", "phone is not working", "phone isnt working", "lost my phone", "no phone signal",
	"no cell service", "in meetings all day", "in a meeting all day",
	"wont be reachable by phone", "not be reachable by phone", "cant be reached by phone", "cannot be reached by phone",
	"cant answer my phone", "cannot answer my phone", "unable to answer my phone", "unable to take phone calls",
	"unable to answer calls", "cant take your call", "cannot take your call", "lost my voice", "boarding a flight",
	"phone is off", "phone is damaged", "phone was stolen", "phone got stolen"}

// unApostrophe reads "can't" and "can’t" as "cant", and curly double
// quotes as straight ones (quoted).
var unApostrophe = strings.NewReplacer("n't", "nt", "n’t", "nt", "“", "\"", "”", "\"")

// callRefused: the subject or opening (the lead, read with or without
// links, as password_reply reads it) asks to send money to a changed
// account and refuses a call in the same text, both as the writer's own
// words (spokenPhrase: not a bank's or title company's fraud warning), and
// does not ask the reader to call (callInvited). Not from our own domains
// (a forged colleague is unauthenticated_internal's). Quarantined on its
// own (quarantine_when): the sender's history proves nothing when the
// account itself is taken.
func (m *message) callRefused() (evid, bool) {
	if m.in.Lead == "" && m.in.Subject == "" || m.internal {
		return evid{}, false
	}
	subj := subjectRead(m.in.Subject) // a subject has no bound of its own
	if !anchored(subj, m.in.Lead, changeAnchors) || !anchored(subj, m.in.Lead, refusalAnchors) {
		return evid{}, false // most mail: nothing to lower-case
	}
	text := []byte(unApostrophe.Replace(strings.ToLower(subj + "\n" + m.in.Lead)))
	change, ok := spokenPhrase(text, accountChanged, true)
	if !ok {
		return evid{}, false
	}
	refusal, ok := spokenPhrase(text, callRefusals, false)
	if !ok || callInvited(text) {
		return evid{}, false
	}
	return evid{code: CodeCallRefused, w: m.p.Weights.CallRefused, cls: classIntent, a: change, b: refusal}, true
}

// changeAnchors and refusalAnchors: every phrase of accountChanged holds
// one of the first, every refusal one of the second, looked for in any
// case before any copy of the text is made.
var (
	changeAnchors  = []string{"bank", "routing", "iban", "account", "deposit", "closed", "remittance", "wir"}
	refusalAnchors = []string{"call", "phone", "talk", "email", "meeting", "cell", "voice", "flight"}
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

// spokenPhrase is the first of phrases that occurs in text (whole words)
// as the writer's own words, not inside a warning about such requests:
// a title company's or a bank's banner names the change and the call
// ("if you receive an email asking you to send funds to a different
// account, do not call the number in it; we will never change our
// instructions by email"), so a phrase in a sentence holding a warning
// word (warnings) counts for nothing, nor "do not call" in a sentence
// about a number (the number in an email, not the writer's phone), nor
// words in quotes (quoted), nor a
// refusal that is an offer's ("no phone calls needed"). A change (change
// true) is no request when negated ("we have not changed our bank", "do
// not pay to a different account": a client denying a lure) or opened
// ("open a new bank account": a bank's promotion, a sign-up).
func spokenPhrase(text []byte, phrases []string, change bool) (string, bool) {
	for _, p := range phrases {
		if unwarnedAt(text, p, func(a, e, sa, se int) bool {
			switch {
			case quoted(text, a, e):
				return false
			case (p == "dont call" || p == "do not call") && bytes.Contains(text[e:se], []byte("number")):
				return false
			case !change && anyWordIn(text[e:min(se, e+12)], []string{"needed", "required", "necessary"}):
				return false
			case change && (negatedBefore(text[sa:a], 4) || wordBefore(text[sa:a], 3, openings)):
				return false
			}
			return true
		}) {
			return p, true
		}
	}
	return "", false
}

// unwarnedAt calls ok with each whole-word occurrence of p in text (its
// first maxPhraseSeen occurrences) whose sentence holds no warning word,
// with its bounds and its sentence's, until ok accepts one.
func unwarnedAt(text []byte, p string, ok func(a, e, sa, se int) bool) bool {
	for off, seen := 0, 0; off < len(text) && seen < maxPhraseSeen; seen++ {
		k := bytes.Index(text[off:], []byte(p))
		if k < 0 {
			return false
		}
		a, e := off+k, off+k+len(p)
		off = a + 1
		if a > 0 && isWordByte(text[a-1]) || e < len(text) && isWordByte(text[e]) {
			continue
		}
		sa, se := sentenceAt(text, a, e)
		if !anyWordIn(text[sa:se], warnings) && ok(a, e, sa, se) {
			return true
		}
	}
	return false
}

// maxPhraseSeen bounds the occurrences of one phrase that spokenPhrase
// and callInvited look at, each read against its whole sentence: a
// writer asks once or twice, and text repeating a phrase that does not
// count (warned, quoted, negated) cannot make the reading quadratic.
const maxPhraseSeen = 8

// quoted: text[a:e] stands between double quotes, someone else's words
// (a security bulletin quoting the lure: Seen this week: "I changed
// banks, please send my pay to my new account...").
func quoted(text []byte, a, e int) bool {
	return bytes.Count(text[:a], []byte{'"'})%2 == 1 && bytes.IndexByte(text[e:], '"') >= 0
}

// warnings mark a sentence that warns of changed-account fraud rather
// than asking for a change.
var warnings = []string{"never", "if you receive", "if you ever receive", "if you get", "if anyone", "if someone",
	"beware", "be wary", "scammer", "scammers", "fraudster", "fraudsters", "criminals", "impostor", "impostors"}

// callInvites ask the reader to confirm by phone: a genuine change of
// bank details that cannot be discussed today still asks to be
// confirmed ("I'm in meetings all day, call me tomorrow to confirm").
var callInvites = []string{"call me", "give me a call", "phone me", "ring me", "call us", "call our office",
	"call to confirm", "call to verify", "confirm by phone", "verify by phone", "confirm it by phone"}

// callInvited: text asks the reader to call (callInvites), not negated by
// one of the four words before it in its sentence ("dont call me", "no
// need to call me") and not inside a warning (spokenPhrase).
func callInvited(text []byte) bool {
	for _, p := range callInvites {
		if unwarnedAt(text, p, func(a, _, sa, _ int) bool { return !negatedBefore(text[sa:a], 4) }) {
			return true
		}
	}
	return false
}

// sentenceAt returns the bounds of the sentence holding text[a:e]: from
// after the last '.', '!', '?', ';' or line break before a to the first
// after e.
func sentenceAt(text []byte, a, e int) (int, int) {
	const ends = ".!?;\n"
	sa := bytes.LastIndexAny(text[:a], ends) + 1
	se := len(text)
	if i := bytes.IndexAny(text[e:], ends); i >= 0 {
		se = e + i
	}
	return sa, se
}

// anyWordIn: one of words occurs in s as whole words.
func anyWordIn(s []byte, words []string) bool {
	for _, w := range words {
		if wholeWordIn(s, w) {
			return true
		}
	}
	return false
}

// callNegations turn a call invitation around ("dont call me", "no need to
// call me", "not able to call").
var callNegations = map[string]bool{"dont": true, "not": true, "no": true, "cant": true, "cannot": true,
	"never": true, "wont": true, "without": true, "nor": true, "havent": true, "hasnt": true, "didnt": true}

// openings make an account a new one opened, not money's new
// destination ("open a new bank account").
var openings = map[string]bool{"open": true, "opened": true, "opening": true, "opens": true}

// negatedBefore: one of the last n words of s is a negation.
func negatedBefore(s []byte, n int) bool {
	return wordBefore(s, n, callNegations)
}

// wordBefore: one of the last n words of s is in words.
func wordBefore(s []byte, n int, words map[string]bool) bool {
	for i := len(s); i > 0 && n > 0; n-- {
		for i > 0 && !isWordByte(s[i-1]) {
			i--
		}
		j := i
		for j > 0 && isWordByte(s[j-1]) {
			j--
		}
		if i == j {
			return false
		}
		if words[string(s[j:i])] {
			return true
		}
		i = j
	}
	return false
}
