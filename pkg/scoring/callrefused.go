package scoring

import (
	"bytes"
	"slices"
	"strconv"
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
	"revised wire instructions",
	// A payee's bank details updated or attached, the form an
	// accounts-payable desk is asked for ("update our vendor record with
	// the attached banking information"), and ACH, the US name of a bank
	// transfer's details. Not a bare "update our bank" or "attached bank"
	// (a client's bank reconciliation or statements, which an
	// accountant's clients send every month), nor a vendor's or
	// supplier's record, profile or file named without its bank details
	// (a customer's onboarding form, a new address, a product
	// spreadsheet).
	"update our bank details", "update our bank account", "update our bank information", "update our banking details",
	"update our banking information", "update my bank details", "update my bank account", "update my bank information",
	"update my banking details", "update my banking information", "update the bank details",
	"update the banking details", "update the bank information", "update the banking information",
	"attached bank details", "attached banking details",
	"attached bank information", "attached banking information", "attached bank letter", "new ach", "updated ach",
	"change our bank", "change my bank", "changing our bank", "changing my bank", "changed banks", "changing banks",
	"changed our banking",
	// Money sent back to the writer, a stranger's refund of an
	// "overpayment" ("wire the difference back to me, my bank details are
	// attached"): "back to me" only as money's way back (moneyBack). Not
	// "my bank details" or "to my bank account" alone: a new contractor
	// sends them with a first invoice.
	"back to me"}

// moneyWords make "back to me" money's way back: a sentence that wires,
// transfers or refunds an amount, not one asking for a signed form back.
var moneyWords = map[string]bool{"wire": true, "transfer": true, "refund": true, "remit": true, "reimburse": true,
	"money": true, "funds": true, "difference": true, "overpayment": true, "proceeds": true}

// backAnswerVerbs make "back to me" an answer ("get back to me about the
// refund"), not money.
var backAnswerVerbs = map[string]bool{"get": true, "getting": true, "come": true, "write": true, "call": true,
	"report": true, "circle": true, "reach": true, "ring": true, "text": true, "email": true}

// moneyBack: the words before "back to me" in its sentence (before, the
// sentence up to it) send money there: one of moneyWords among its last
// 8 words, the word before "back" no backAnswerVerbs'.
func moneyBack(before []byte) bool {
	return !wordBefore(before, 1, backAnswerVerbs) && wordBefore(before, 8, moneyWords)
}

// backToStranger: "back to me" is the change only from a sender nobody
// here wrote to (the overpayment scam is a stranger's), in a text naming
// where the money goes (bankWords): a known customer's "please refund the
// difference back to me, I can't take calls at work" is a customer's.
func (m *message) backToStranger(text []byte) bool {
	return m.unsolicited() && anyWordIn(text, bankWords)
}

var bankWords = []string{"bank", "account", "wire", "routing", "iban", "zelle", "ach", "swift"}

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
// (a forged colleague is unauthenticated_internal's), except where the
// site says its own mail arrives authenticated and this did not
// (forgedColleague: not a list's mail, which a list server relays as
// unauthenticated_internal reads it). Quarantined on its
// own (quarantine_when): the sender's history proves nothing when the
// account itself is taken.
func (m *message) callRefused() (evid, bool) {
	if m.in.Lead == "" && m.in.Subject == "" || m.internal && !m.forgedColleague() {
		return evid{}, false
	}
	subj := subjectRead(m.in.Subject) // a subject has no bound of its own
	if !anchored(subj, m.in.Lead, changeAnchors) || !anchored(subj, m.in.Lead, refusalAnchors) {
		return evid{}, false // most mail: nothing to lower-case
	}
	lead := unApostrophe.Replace(strings.ToLower(m.in.Lead))
	denies := anyWordIn([]byte(lead), denials) // the writer disowns the mail answered
	if denies && threadSubject(subj) {
		subj = "" // the thread's subject, which the writer denies
	}
	text := []byte(unApostrophe.Replace(strings.ToLower(subj)) + "\n" + lead)
	change, ok := spokenPhrase(text, accountChanged, true, denies)
	if !ok || change == "back to me" && !m.backToStranger(text) {
		return evid{}, false
	}
	refusal, ok := spokenPhrase(text, callRefusals, false, denies)
	if !ok || callInvited(text) {
		return evid{}, false
	}
	return evid{code: CodeCallRefused, w: m.p.Weights.CallRefused, cls: classIntent, a: change, b: refusal}, true
}

// threadSubject: the subject is a reply's or a forward's ("Re:", "Fwd:",
// "FW:", and the common clients' other languages': "AW:", "WG:", "SV:",
// "TR:", "RV:", "RES:", "ENC:"), the words of the mail it answers. Such a
// subject is left unread only when the writer denies that mail
// (denials):
// a real supplier's "that was not us, I can't take calls today" under
// "Re: Fwd: Change of bank details" is no request, while a lure's fake
// "RE: Updated bank details" still is.
func threadSubject(subj string) bool {
	t := strings.TrimLeft(subj, " \t[")
	for _, p := range threadPrefixes {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && (t[len(p)] == ':' || t[len(p)] == ' ' && strings.HasPrefix(t[len(p):], " :")) {
			return true
		}
	}
	return false
}

var threadPrefixes = []string{"re", "fwd", "fw", "aw", "wg", "sv", "vs", "tr", "rv", "res", "enc"}

// denials say the mail answered was not the writer's.
var denials = []string{"not from us", "not us", "wasnt us", "wasnt from us", "not sent by us", "didnt send", "did not send",
	"we never sent", "not our email", "not our mail"}

// forgedColleague: the From is in our internal domains but the mail did
// not arrive authenticated, where the site says all its own mail does
// (internal_mail_authenticated): a forgery, or a taken mailbox sending
// from outside. Without that setting a colleague's own mail arrives so
// ("I updated my direct deposit to my new account, email is best"), and
// an authenticated colleague (internal_sender) is our own.
func (m *message) forgedColleague() bool {
	return m.internal && !m.in.Authenticated && m.p.InternalAuthenticated && !m.in.ListID && !m.in.List
}

// changeAnchors and refusalAnchors: every phrase of accountChanged holds
// one of the first, every refusal one of the second, looked for in any
// case before any copy of the text is made.
var (
	changeAnchors = []string{"bank", "routing", "iban", "account", "deposit", "closed", "remittance", "wir", "vendor",
		"supplier", "payee", "new ach", "updated ach", "back to me"}
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
// ("open a new bank account": a bank's promotion, a sign-up), nor a
// change the reader may have made, named in a condition ("if you changed
// banks, update your direct deposit in the portal": a payroll provider's
// notice; readerConditional), when the phrase says only that a bank
// changed (readerBankChanges): one naming new or updated details, a new
// account or the writer's own ("once you have updated bank details, pay
// it today", "if you could update my direct deposit") still counts.
func spokenPhrase(text []byte, phrases []string, change, denies bool) (string, bool) {
	for _, p := range phrases {
		if unwarnedAt(text, p, func(a, e, sa, se int) bool {
			switch {
			case quoted(text, a, e) || denies && replyQuoted(text, a, e, sa, se):
				return false
			case (p == "dont call" || p == "do not call") && bytes.Contains(text[e:se], []byte("number")):
				return false
			case p == "back to me" && !moneyBack(text[sa:a]):
				return false
			case !change && anyWordIn(text[e:min(se, e+12)], []string{"needed", "required", "necessary"}):
				return false
			case change && (negatedBefore(text[sa:a], 4) || wordBefore(text[sa:a], 3, openings)):
				return false
			case change && readerConditional(text[sa:a]) && (readerBankChanges[p] ||
				readersOwn(text[sa:a]) && !anyWordIn(text[sa:se], conditionWriters)):
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
// banks, please send my pay to my new account...", or a list of red
// flags: a supplier who has "changed banks" or is "unable to take
// calls"). Scare quotes around a lure's own words read so too.
func quoted(text []byte, a, e int) bool {
	return bytes.Count(text[:a], []byte{'"'})%2 == 1 && bytes.IndexByte(text[e:], '"') >= 0
}

// replyQuoted: text[a:e], in the sentence text[sa:se], stands in a
// reply's quote of earlier mail ("> we changed our bank ..."), read so
// only when the writer denies that mail (denials): pkg/links ends
// the lead where a reply's quoted text starts (two quoted lines, an
// attribution line), but a single quoted line stays in it, and one quote
// mark alone is too easy for a lure to hide its own words behind. A quote
// mark before the phrase in its sentence, or after it when the sentence
// before holds one too (a quoted sentence wrapped over quoted lines,
// whose line breaks the lead runs together).
func replyQuoted(text []byte, a, e, sa, se int) bool {
	if quoteMarkIn(text, sa, a) {
		return true
	}
	if sa < 2 || !quoteMarkIn(text, e, se) {
		return false
	}
	pa, _ := sentenceAt(text, sa-1, sa-1)
	return quoteMarkIn(text, pa, sa-1)
}

// quoteMarkIn: text[from:to] holds a reply's quote mark: a '>' at the
// text's start or after a space or line break (not an arrow's "->" or
// "=>"), before a word, not a number's comparison ("> 5 days"); nested
// marks (">>", "> >") read as one, up to maxQuoteRun bytes of them.
func quoteMarkIn(text []byte, from, to int) bool {
	for q := from; q < to; q++ {
		k := bytes.IndexByte(text[q:to], '>')
		if k < 0 {
			return false
		}
		q += k
		if q > 0 && text[q-1] != ' ' && text[q-1] != '\n' {
			continue
		}
		r, end := q+1, min(len(text), q+maxQuoteRun)
		for r < end && (text[r] == ' ' || text[r] == '>') {
			r++
		}
		if r < end && isWordByte(text[r]) && (text[r] < '0' || text[r] > '9') {
			return true
		}
	}
	return false
}

const maxQuoteRun = 16

// warnings mark a sentence that warns of changed-account fraud rather
// than asking for a change.
var warnings = []string{"never", "if you receive", "if you ever receive", "if you get", "if anyone", "if someone",
	"beware", "be wary", "scammer", "scammers", "fraudster", "fraudsters", "criminals", "impostor", "impostors"}

// callInvites ask the reader to confirm by phone: a genuine change of
// bank details that cannot be discussed today still asks to be
// confirmed ("I'm in meetings all day, call me tomorrow to confirm").
var callInvites = []string{"call me", "give me a call", "phone me", "ring me", "call us", "call our office",
	"call to confirm", "call to verify", "confirm by phone", "verify by phone", "confirm it by phone",
	"feel free to call", "welcome to call", "call our accounts", "call our finance", "call our billing",
	"confirm the change by phone", "verify the change by phone", "confirm this by phone", "confirm them by phone",
	// a number the reader already has, the check every bank advises
	"verify by calling", "confirm by calling", "call the number you have on file", "call the number on file",
	"call the number you have for us", "call our main number", "call our main line"}

// callInvited: text asks the reader to call (callInvites), not negated by
// one of the four words before it in its clause ("dont call me", "no
// need to call me"; "don't hesitate to call" is no negation), not inside
// a warning (spokenPhrase), and not to a number only the message gives
// (newNumbers). A negation after it is read only when the writer takes
// the invitation back for now (takenBack: "you can verify by calling,
// but not this week"): the bank's own advice says "call the number you
// have on file, not one in an email". A sign-off's "Questions? Call us."
// invites no check of the change (signOff).
func callInvited(text []byte) bool {
	for _, p := range callInvites {
		if unwarnedAt(text, p, func(a, e, sa, se int) bool {
			ca := clauseStart(text, sa, a)
			return (!negatedBefore(text[ca:a], 4) || encouraged(text[ca:a])) && !anyWordIn(text[sa:se], newNumbers) &&
				!takenBack(text[e:se]) && !signOff(text, sa, a, e, se)
		}) {
			return true
		}
	}
	return false
}

// takenBack: after, the rest of an invitation's sentence, takes it back
// for now: "but", then within takeBackReach words a negation
// (callNegations, or "unable", "unavailable") and a word of the present
// (nowWords): "verify by calling, but not this week", "call me to
// confirm, but I can't take calls today". Not "call the number you have
// on file, not one in an email" (no "but"), nor "call me to confirm, but
// not before 9am" or "but not until after 2pm today" (a time to call,
// not a refusal: a negation before callTimes).
func takenBack(after []byte) bool {
	words := wordsOfRun(string(after))
	for i, w := range words {
		if w != "but" {
			continue
		}
		rest := words[i+1 : min(len(words), i+1+takeBackReach)]
		neg, now, when := false, false, false
		for j, r := range rest {
			neg = neg || callNegations[r] || r == "unable" || r == "unavailable"
			now = now || nowWords[r]
			when = when || callNegations[r] && clockAfter(rest[j+1:])
		}
		if neg && now && !when {
			return true
		}
	}
	return false
}

const takeBackReach = 8

// nowWords name the present a taken-back invitation refuses
// (takenBack).
var nowWords = map[string]bool{"today": true, "tonight": true, "now": true, "week": true, "month": true, "moment": true,
	"currently": true, "weekend": true}

// callTimes after a negation set when to call ("not before 9am", "not
// until after 2pm"), which refuses nothing (takenBack), when a time of
// day follows (clockAfter): "not until next week" still refuses the call
// for now.
var callTimes = map[string]bool{"until": true, "till": true, "before": true, "after": true}

// clockAfter: words begin with callTimes ("until", "until after") and
// then a time of day: "noon", "midday", "lunch", a number with "am" or
// "pm" ("2pm", "9 am", "ten o'clock"), or a bare hour, 1 to 12 with its
// minutes ("10:30") or none, that no month or word of a count follows.
// "Not until 20 March", "not before Q3" and "not until one of the
// directors is back" name no time to call.
func clockAfter(words []string) bool {
	i := 0
	for i < len(words) && i < 2 && callTimes[words[i]] {
		i++
	}
	if i == 0 || i >= len(words) {
		return false
	}
	w, next := words[i], ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	switch {
	case clockWords[w]:
		return true
	case next == "am" || next == "pm" || next == "o" && i+2 < len(words) && words[i+2] == "clock":
		return hourWords[w] || isHour(w)
	case strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm"):
		return isHour(w[:len(w)-2])
	}
	return isHour(w) && !monthWords[next] && next != "of"
}

// isHour: w is a number from 1 to 12.
func isHour(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 12
}

var (
	clockWords = map[string]bool{"noon": true, "midday": true, "lunch": true, "lunchtime": true}
	hourWords  = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
		"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true}
	monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
		"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
		"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
		"sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
)

// signOff: the invitation text[a:e], in the sentence text[sa:se], is a
// sign-off's "Questions? Call us.": alone in its sentence (with
// "please" or "just" before it, a number after), after a short question
// about questions ("Questions?", "Any questions?"). It asks no check of
// the change.
func signOff(text []byte, sa, a, e, se int) bool {
	for _, w := range wordsOfRun(string(text[sa:a])) {
		if w != "please" && w != "just" {
			return false
		}
	}
	for _, w := range wordsOfRun(string(text[e:se])) {
		if w != "at" && w != "on" && w != "anytime" && w != "ext" && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	q := sa - 1
	for q >= 0 && (text[q] == ' ' || text[q] == '\n') {
		q--
	}
	if q < 0 || text[q] != '?' {
		return false
	}
	pa, _ := sentenceAt(text, q, q)
	words := wordsOfRun(string(text[pa:q]))
	return len(words) > 0 && len(words) <= 3 && (words[len(words)-1] == "questions" || words[len(words)-1] == "question")
}

// readerConditional: before, a sentence up to a change of account, ends
// in a condition on the reader ("if you", "if your", "when you", "in
// case you", past "have", "recently", "just", "a"): "if you changed
// banks", "if your bank has changed", "if you have recently switched
// banks".
func readerConditional(before []byte) bool {
	words := wordsOfRun(string(before))
	for len(words) > 0 && conditionFill[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	n := len(words)
	return n >= 2 && (words[n-1] == "you" || words[n-1] == "your") && conditionWords[words[n-2]]
}

// readersOwn: the condition before a change of account names the
// reader's own details ("if your bank details have changed", "if you
// have a new account number"): "your", or after "if" "a" or "an" for
// what the reader has, last before the phrase. "Once you have updated
// bank details" and "when you have an updated remittance for Acme"
// name the writer's.
func readersOwn(before []byte) bool {
	words := wordsOfRun(string(before))
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	return w == "your" || (w == "a" || w == "an") && slices.Contains(words[max(0, len(words)-4):], "if")
}

// conditionWriters in a condition's sentence make the change the
// writer's, whatever the condition says ("once your updated wire
// instructions for us are loaded, pay the invoice").
var conditionWriters = []string{"us", "our", "we", "my", "me"}

// readerBankChanges are the phrases of accountChanged that may be the
// reader's own change of bank in a condition ("if you changed banks",
// "if your bank has changed"); the writer's details, account or pay are
// never the reader's.
var readerBankChanges = map[string]bool{"changed bank": true, "changed banks": true, "bank has changed": true,
	"switched banks": true, "changing banks": true, "different bank": true, "another bank": true, "new bank": true}

var (
	conditionWords = map[string]bool{"if": true, "when": true, "whenever": true, "once": true, "case": true}
	conditionFill  = map[string]bool{"have": true, "ve": true, "recently": true, "just": true, "ever": true, "already": true,
		"a": true, "an": true, "had": true}
)

// clauseStart: where the clause holding text[a:] starts in its sentence
// starting at sa: after the last comma, colon or parenthesis before a,
// so that a negation of the clause before ("if anything is not clear,
// call me to confirm") does not turn the invitation around.
func clauseStart(text []byte, sa, a int) int {
	return sa + bytes.LastIndexAny(text[sa:a], ",:()") + 1
}

// newNumbers name a number only the message gives: an invitation to call
// it is the channel the advice to call a number already known warns of
// ("I lost my phone, call me to confirm on my new number"), not a check.
var newNumbers = []string{"new number", "new cell", "new mobile", "new phone number", "new cell number",
	"new mobile number", "temporary number", "temp number", "temporary cell", "different number", "other number",
	"this number", "number below", "backup number"}

// encouraged: the words before an invitation say not to hold back from
// it, which negates nothing ("don't hesitate to call me to confirm",
// "do not hesitate to call us").
func encouraged(before []byte) bool {
	return wordBefore(before, 3, hesitations)
}

var hesitations = map[string]bool{"hesitate": true}

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
