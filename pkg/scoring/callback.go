package scoring

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Callback scams (telephone-oriented attack delivery) carry no link to
// lock: a "receipt" for a renewal or a purchase the reader never made, and
// a phone number to call to cancel it, where a person talks the caller
// into paying or installing remote-control software. What such a message
// asks is in its text, which is read only when no link is judged (the
// lead, leadIntent).

// callbackNumber: a message without a judged link asks about a payment
// (payment cues in its subject or lead; an amount of money alone is too
// common in business mail: on dev it held a conference reminder, a golf
// club's offer and a fee schedule), names a charge the reader did not ask
// for and is to undo (chargeWords, refundAsked, renewalCancel) or
// threatens to collect a debt by force (enforcementThreat; from free mail,
// a charge told and a hedged threat too: callbackStory) or to suspend the
// reader's vehicle registration over an amount owed (vehicleThreat), or,
// with no amount, threatens the reader's liberty or standing under a
// deadline (standingThreat), and its subject or lead gives a phone number with a
// word asking to call it ("call", "contact us at", "toll free") just
// before, or gives it in the subject alone while the body asks to call
// (subjectNumber). Digits are read as the reader sees them (full-width
// and mathematical digits as ASCII: NFKC; spelled in words, between
// emoji or invisible characters: phoneText). Not from our own domains, whose
// people pass on numbers to call about payments every day (a forged
// colleague is unauthenticated_internal's). The quarantine rule needs a
// sender nobody here has written to, on first contact: a supplier known
// here may well ask to call about an invoice.
func (m *message) callbackNumber(lead *intentScan) (evid, bool) {
	if lead == nil {
		return evid{}, false
	}
	return m.callbackIn(lead, m.in.Lead, "")
}

// callbackIn is callbackNumber's reading of the subject and body, whose
// intent s holds; how is the evidence's b (noteMark for a platform's
// notice, whose text then says the note asks, not that no link is there).
func (m *message) callbackIn(s *intentScan, body, how string) (evid, bool) {
	if m.internal {
		return evid{}, false
	}
	subj := subjectRead(m.in.Subject)
	text := subj + "\n" + body
	if !isASCII(text) {
		text = norm.NFKC.String(text)
	}
	lower := strings.ToLower(text)
	if s.w[intentPayment]+m.subj.w[intentPayment] <= 0 && !renewalCharge(lower) && !m.amountOwed(lower) && !(how == "" && m.standingThreat(lower)) {
		return evid{}, false
	}
	if !m.callbackStory(lower, how) {
		return evid{}, false
	}
	text = phoneText(text)
	num, ok := calledNumber(text, readerCharged(lower))
	if !ok {
		num, ok = subjectNumber(text, len(subj))
	}
	if !ok {
		return evid{}, false
	}
	num = strings.Join(strings.Fields(num), " ") // an emoji's run of spaces shown as one
	return evid{code: CodeCallback, w: m.p.Weights.Callback, cls: classIntent, a: num, b: how}, true
}

// maxSubjectRead is how much of the subject callbackIn reads (and the
// scan readers, scanRequest and scannedOwnSite, whose clause readers walk
// back from each scan word): the
// length of a mail line (RFC 5322), far beyond any subject a reader sees
// whole. A subject has no bound of its own (an MTA passes 100 KB of
// header: one sentence of "your vehicle may suspend" took Score 2 s when
// the story's readers looked through the sentence of every word they
// found; storyText makes them linear); the lead and a note are bounded
// already (links.LeadBytes, maxNoteText).
const maxSubjectRead = 998

// subjectRead is the subject cut to maxSubjectRead bytes, at the start
// of a character.
func subjectRead(s string) string {
	if len(s) <= maxSubjectRead {
		return s
	}
	n := maxSubjectRead
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// callbackStory: lower-case text, read as callbackIn's how says, tells
// the story of a callback scam: a charge the reader is to undo
// (chargeWords, refundAsked, renewalCancel, disputedCharge, bareRenewal; in a
// platform's notice or a document, a charge made: noteChargeWords) or a
// debt collected by force (enforcementThreat; not in a platform's notice,
// whose merchant may write of collection), or, in the message's own text,
// an amount owed under a threat to the reader's vehicle (vehicleThreat),
// or a threat to the reader's liberty or standing (standingThreat).
//
// What a business tells plainly (a charge with nothing to undo, "your
// first payment has been charged; questions? call ..."; a levy or a
// lawsuit as what may follow, "failure to pay may result in the seizure
// of your assets") is what a gym, a collector and a law firm write from
// their own domains; from a free-mail address (message.free) nobody writes
// so but the scam, whose "receipts" and "final notices" come from Gmail
// and Outlook addresses. There a charge told (toldChargeWords) and a
// hedged threat count too.
func (m *message) callbackStory(lower, how string) bool {
	if how == noteMark {
		return chargeCue(lower, noteChargeWords) || refundAsked(lower)
	}
	if how == docMark {
		return chargeCue(lower, noteChargeWords) || refundAsked(lower) || enforcementThreat(lower, !m.free)
	}
	if chargeCue(lower, chargeWords) || refundAsked(lower) || renewalCancel(lower) || disputedCharge(lower) || m.free && chargeCue(lower, toldChargeWords) {
		return true
	}
	return enforcementThreat(lower, !m.free) || m.vehicleThreat(lower) || m.standingThreat(lower) || m.bareRenewal(lower)
}

// standingThreat: lower-case text threatens the reader's liberty or legal
// standing, with no amount of money, under a deadline (deadlineWords):
// the agency impersonation's callback ("Your DEA registration has been
// suspended pending investigation. To avoid arrest, call Special Agent
// ... within 24 hours"), which asks no payment in writing: the agent on
// the line does. An arrest or a warrant aimed at the reader (libertyThreat)
// counts from any sender when told as certain and the text names no site
// of the sender's (ownSiteNamed: a court's or an agency's notice sends the
// reader to its own site, and tells what may follow, "failure to appear
// may result in a warrant for your arrest"); from a free-mail address,
// from which no agency writes, a hedged one counts too, and so does the
// suspension or revocation of the reader's registration, licence, permit,
// certificate or benefits (standingSuspension), which a licensing board
// writes from its own domain.
func (m *message) standingThreat(lower string) bool {
	if !anyWordStart(lower, deadlineWords) {
		return false
	}
	if m.free {
		return libertyThreat(lower, false) || standingSuspension(lower)
	}
	return !m.ownSiteNamed(lower) && libertyThreat(lower, true)
}

// libertyWords threaten the reader's liberty: the last of
// enforcementWords.
var libertyWords = enforcementWords[propertyWords:]

// libertyThreat: lower-case text threatens the reader with arrest
// (libertyWords at the start of a word, in a sentence naming the reader,
// readerWords, or as "avoid arrest", which asks the reader to act: "to
// avoid arrest, call ..."; a stranger's letter to a law firm telling that
// "my brother could be arrested again tomorrow" threatens nobody here) or
// a warrant aimed at the reader (warrantAims); with hedges, one a modal
// governs (hedged) does not count, nor, from anyone, one its sentence
// makes follow an obligation the reader is reminded of (reminded: a bail
// bondsman's "if you miss it, a warrant will be issued for your arrest"),
// nor "your arrest" as a time counted from (arrestPast: a defence
// lawyer's "within 24 hours of your arrest").
func libertyThreat(text string, hedges bool) bool {
	t := storyText{text: text}
	for _, w := range libertyWords {
		for a, b := nextWholeWordStart(text, w, 0); a >= 0; a, b = nextWholeWordStart(text, w, a+1) {
			s, e := t.sentence(a, b)
			aimed := w == "avoid arrest" || t.has(readerWords, s, e)
			if aimed && !(hedges && hedged(&t, a, b)) && !reminded(&t, a, b, courtDuties) && !(w == "your arrest" && arrestPast(text[:a])) {
				return true
			}
		}
	}
	for a, b := nextWholeWord(text, "warrant", 0); a >= 0; a, b = nextWholeWord(text, "warrant", a+1) {
		if t.has(warrantAims, b, t.end(b)) && !(hedges && hedged(&t, a, b)) && !reminded(&t, a, b, courtDuties) {
			return true
		}
	}
	return false
}

// arrestPast: before, the text up to "your arrest", makes the arrest a
// time the text counts from, told by a defence lawyer ("within 24 hours
// of your arrest", "after your arrest", "since your arrest"), not one
// threatened.
func arrestPast(before string) bool {
	before = strings.TrimRight(before, " ")
	return endsWithWord(before, "after", "since", "following", "hours of", "days of", "time of")
}

// reminderIfs make a threat follow from a condition; courtDuties name
// the court date a bail bondsman or a court reminds the reader of, the
// only duty an arrest may follow from (no creditor may threaten one:
// "a warrant will be issued if the penalty is not paid" is the
// impersonation's); standingDuties what a club, a school, a landlord or
// an association suspends a membership, a registration or a permit
// over (a fee, a document); stateMoney names the money a state takes,
// over which no club suspends anything; contactWords ask the reader to
// get in touch, the impersonation's condition ("unless you contact this
// office within 24 hours").
var (
	reminderIfs    = []string{"if", "unless", "until"}
	courtDuties    = []string{"miss", "missed", "appear", "attend"}
	standingDuties = []string{"pay", "paid", "payment", "fee", "fees", "dues", "tuition", "rent", "received", "submitted", "provided", "on file", "proof"}
	stateMoney     = []string{"penalty", "penalties", "fine", "fines", "tax", "taxes"}
	contactWords   = []string{"call", "calling", "contact", "respond", "reply", "speak", "reach", "verify", "confirm"}
)

// reminded: the sentence of the threat text[a:b] makes it follow from an
// obligation the reader is reminded of (reminderIfs and duties, and no
// stateMoney or contactWords: "your registration will be suspended
// unless the season fees are paid within 7 days" with standingDuties,
// "if you miss it, a warrant will be issued for your arrest" with
// courtDuties), which a club, a school, an office or a bail bondsman
// writes. The impersonation tells the threat done, or makes it follow
// from not calling ("unless you contact this office within 24 hours") or
// from a penalty unpaid, as the agent on the line asks the money. A
// threat the clause before it only supposes (supposeWords) is told as
// no fact either.
func reminded(t *storyText, a, b int, duties []string) bool {
	s, e := t.sentence(a, b)
	if t.has(reminderIfs, s, e) && t.has(duties, s, e) && !t.has(stateMoney, s, e) && !t.has(contactWords, s, e) {
		return true
	}
	return t.has(supposeWords, t.clauseStart(s, a), a)
}

// supposeWords suppose a warrant or an arrest in the clause before it,
// which tells none: "if there is a warrant for your arrest, do not ignore
// it", a defence lawyer's or a bail bondsman's advice.
var supposeWords = []string{"if there is", "if there's", "if there are", "whether there is", "whether there's", "if you have", "whether you have"}

// nextWholeWordStart returns where the first occurrence of w in s at or
// after off starts, at the start of a word, and ends, or -1, -1.
func nextWholeWordStart(s, w string, off int) (int, int) {
	for off <= len(s) {
		k := strings.Index(s[off:], w)
		if k < 0 {
			break
		}
		a := off + k
		if a == 0 || !isWordByte(s[a-1]) {
			return a, a + len(w)
		}
		off = a + 1
	}
	return -1, -1
}

// standingWords name what an agency grants a person: a registration, a
// licence, a permit, a certificate, benefits.
var standingWords = []string{"registration", "licence", "license", "permit", "certificate", "certification", "benefits", "social security"}

// standingSuspension: a word suspending or revoking ("suspend",
// "suspension", "revoke", "revocation") stands in a sentence naming the
// reader's ("your") registration, licence, permit, certificate or
// benefits (standingWords): "your DEA registration has been suspended",
// told as done or certain (not hedged: "your dog licence may be
// suspended by the county" is a vet's reminder), not denied ("your permit
// is not suspended": denied) and not following from an obligation the
// reader is reminded of (reminded: "your registration will be suspended
// unless the season fees are paid within 7 days", a club's from Gmail).
func standingSuspension(text string) bool {
	t := storyText{text: text}
	for _, w := range suspendStems {
		for a, b := nextWholeWordStart(text, w, 0); a >= 0; a, b = nextWholeWordStart(text, w, a+1) {
			for b < len(text) && isWordByte(text[b]) {
				b++
			}
			s, e := t.sentence(a, b)
			if t.has(standingWords, s, e) && t.has(yourWord, s, e) && !hedged(&t, a, b) && !denied(&t, a) && !reminded(&t, a, b, standingDuties) {
				return true
			}
		}
	}
	return false
}

// suspendStems begin the words suspending or revoking; yourWord names
// the reader's.
var (
	suspendStems = []string{"suspen", "revok", "revoc"}
	yourWord     = []string{"your"}
)

// denied: a negation stands in the two words before text[a] in its
// sentence ("is not suspended", "won't be revoked", "never suspended").
func denied(t *storyText, a int) bool {
	for _, w := range t.wordsBefore(t.start(a), a, 3, false) {
		switch t.text[w[0]:w[1]] {
		case "not", "never", "t": // "won't", "isn't": the apostrophe ends a word
			return true
		}
	}
	return false
}

// bareRenewal: lower-case text from a domain of the sender's own (not
// free mail, where a charge told counts already) tells a renewal made
// ("renewed", not by the reader: "you renewed", "you have renewed") and
// money taken from the reader (renewalMoneyWords, readerCharged) with
// its amount (moneyAmount), names neither the card it charged
// (cardNamed: "card ending 4242", "Visa ****4242") nor any way to manage
// the plan but the phone (selfService: its site, "account settings",
// "sign in"): "Your Norton LifeLock plan renewed and your card has been
// charged USD 489.99. Questions? Call our support at ...". A business's
// renewal receipt knows the card it charged and sends the reader to the
// account to manage or cancel the plan; the lure knows no card, and the
// phone is the attack. A receipt for a purchase or a welcome ("your
// membership renews monthly") tells no renewal made.
func (m *message) bareRenewal(lower string) bool {
	if m.free || !renewalMade(lower) || !chargeCue(lower, renewalMoneyWords) || !readerCharged(lower) || !moneyAmount(lower) {
		return false
	}
	return !cardNamed(lower) && !m.selfService(lower)
}

// renewalMade: lower-case text holds "renewed" (a whole word, "auto-renewed"
// too) not told of the reader ("you renewed", "you've renewed", "you have
// renewed") nor of a renewal to come ("will be renewed", "is due to be
// auto-renewed": the reminder a business sends before it charges).
func renewalMade(lower string) bool {
	for a, _ := nextWholeWord(lower, "renewed", 0); a >= 0; a, _ = nextWholeWord(lower, "renewed", a+1) {
		before := strings.TrimRight(lower[max(0, a-24):a], " ")
		before = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(before, "auto-"), "automatically"), " ")
		if !endsWithWord(before, "be", "you", "you've", "you’ve", "you have", "you had") {
			return true
		}
	}
	return false
}

// endsWithWord: s ends with one of ws as whole words.
func endsWithWord(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isWordByte(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}

// cardNamed: lower-case text names the card or account it charged by its
// last digits: "ending", "ending in", "last four", "last 4", or a masked
// run ("****4242", "xxxx 4242", four bullets and "4242").
func cardNamed(lower string) bool {
	if anyWordStart(lower, []string{"ending", "last four", "last 4"}) {
		return true // "ending", not "pending"
	}
	return chargeCue(lower, []string{"****", "xxxx", "\u2022\u2022\u2022\u2022", "\u00b7\u00b7\u00b7\u00b7"})
}

// selfServiceWords send the reader to manage a plan without the phone.
var selfServiceWords = []string{"account settings", "your account page", "your dashboard", "sign in", "log in", "login", "online", "manage your", "www.", "http"}

// selfService: lower-case text names the sender's site (ownSiteNamed) or
// a way to manage the plan without the phone (selfServiceWords).
func (m *message) selfService(lower string) bool {
	return m.ownSiteNamed(lower) || chargeCue(lower, selfServiceWords)
}

// vehicleThreat: lower-case text tells the toll and parking lure: an
// amount owed (moneyAmount, owedWords: "an unpaid toll balance of $6.99",
// "your parking fine of $85.00") with a deadline (deadlineWords: "today",
// "within 24 hours") and a threat to suspend or revoke the reader's
// vehicle registration or driving licence (vehicleSuspension), with no
// charge to undo and no threat of force. A toll agency, a council and a
// licensing office write so too, from their own domains, and send the
// reader to their own site; the lure writes from free mail or from a
// domain of its own with only a number. So it counts from free mail, and
// from another domain only when the text names no site of the sender's
// (ownSiteNamed) and the suspension is told as certain (hedged: "failure
// to pay may result in the suspension of your vehicle registration" is
// what a licensing office writes).
func (m *message) vehicleThreat(lower string) bool {
	if !moneyAmount(lower) || !owedNamed(lower) || !anyWordStart(lower, deadlineWords) {
		return false
	}
	if !m.free && m.ownSiteNamed(lower) {
		return false
	}
	return vehicleSuspension(lower, !m.free)
}

// owedWords name an amount owed (owedNamed); deadlineWords a deadline.
var (
	owedWords     = []string{"amount due", "balance", "unpaid", "outstanding", "overdue", "past due", "fine", "fines", "penalty", "toll", "tolls"}
	deadlineWords = []string{"today", "tonight", "tomorrow", "within", "immediately", "deadline", "due date", "no later than", "final notice"}
)

// owedNamed: lower-case text names an amount owed (owedWords, whole
// words), a toll not as the free call's ("call toll free", "toll-free
// 1-800-...": an insurer's or a bank's number is no toll owed).
func owedNamed(lower string) bool {
	for _, w := range owedWords {
		for a, b := nextWholeWord(lower, w, 0); a >= 0; a, b = nextWholeWord(lower, w, b) {
			if !strings.HasPrefix(w, "toll") || !tollFree(lower[b:]) {
				return true
			}
		}
	}
	return false
}

// tollFree: rest, the text after "toll", makes it the free call's.
func tollFree(rest string) bool {
	for _, f := range []string{" free", "-free"} {
		if strings.HasPrefix(rest, f) && (len(rest) == len(f) || !isWordByte(rest[len(f)])) {
			return true
		}
	}
	return false
}

// vehicleSuspension: a word suspending or revoking ("suspend",
// "suspension", "revoke", "revocation") stands in a sentence naming a
// vehicle or a driver ("vehicle", "driver", "driving", "motor") and the
// reader (readerWords: "the suspension of your vehicle registration"; a
// car rental's terms, "drivers with a suspended or revoked licence may
// not drive the vehicle", threaten nobody); with hedges, one a modal
// governs (hedged) does not count.
func vehicleSuspension(text string, hedges bool) bool {
	t := storyText{text: text}
	for _, w := range suspendStems {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			a := off + k
			off = a + 1
			if a > 0 && isWordByte(text[a-1]) {
				continue
			}
			b := a
			for b < len(text) && isWordByte(text[b]) {
				b++
			}
			s, e := t.sentence(a, b)
			if t.has(vehicleWords, s, e) && t.has(readerWords, s, e) && !(hedges && hedged(&t, a, b)) {
				return true
			}
		}
	}
	return false
}

// vehicleWords name a vehicle or a driver.
var vehicleWords = []string{"vehicle", "driver", "driving", "motor"}

// readerWords aim a sentence at the reader.
var readerWords = []string{"your", "you"}

// anyWordStart: lower-case text holds one of words at the start of a word
// and ending one ("fine", not "finest" or "define").
func anyWordStart(text string, words []string) bool {
	for _, w := range words {
		if a, _ := nextWholeWord(text, w, 0); a >= 0 {
			return true
		}
	}
	return false
}

// ownSiteNamed: lower-case text names the sender's registrable domain as
// a site ("pay at www.tollagency.example/pay"; not "tollagency.example"
// inside "my-tollagency.example"), and no trusted verifier failed the
// sender: a forged agency's From earns nothing.
func (m *message) ownSiteNamed(lower string) bool {
	if m.sdom == "" || m.in.AuthChecked && !m.in.AuthPass {
		return false
	}
	hostByte := func(c byte) bool { return isWordByte(c) || c == '-' }
	for off := 0; ; {
		k := strings.Index(lower[off:], m.sdom)
		if k < 0 {
			return false
		}
		a, b := off+k, off+k+len(m.sdom)
		if (a == 0 || !hostByte(lower[a-1])) && (b == len(lower) || !hostByte(lower[b])) {
			return true
		}
		off = a + 1
	}
}

// toldChargeWords tell money taken or a plan renewed, with nothing to
// undo: a business's receipt or welcome ("your first payment has been
// charged"), and a scam's receipt from a free-mail address ("your card
// was charged $499.99; for any query call ...": callbackStory). A
// renewal offered ("renew", "subscription") takes nothing.
var toldChargeWords = []string{"charged", "debited", "deducted", "billed", "renewed"}

// subjectNumber: a phone number stands in the subject without a word
// asking to call it, and the text after the subject asks to call without
// giving a number of its own ("Norton renewal +1 (808) 555-0142" over
// "if you did not authorize this charge, call the billing desk at the
// number above"): the number is shown where a filter reading the body
// for it does not look. text is phoneText's subject, a line break and
// the body; subj is the subject's length before phoneText, which never
// lengthens it. A carrier's bill naming the reader's own line in its
// subject asks to call a short number of its own ("call 611"): not so.
func subjectNumber(text string, subj int) (string, bool) {
	nl := strings.IndexByte(text, '\n')
	if nl < 0 || nl > subj {
		return "", false
	}
	start, last, ok := firstPhone(text[:nl], func(start, last int) bool { return !docNumber(text[:nl], start, last) })
	if !ok || !callWithoutNumber(strings.ToLower(text[nl+1:])) {
		return "", false
	}
	return text[start:last], true
}

// docNumber: the digits subj[start:last] are a document's number or a
// date, not a phone number: a label stands just before them ("Invoice
// 2026-1126-4471", "Order No. 4471223190", "Ref: ..."), or a time just
// after ("2026-11-26 10:00").
func docNumber(subj string, start, last int) bool {
	if last < len(subj) && subj[last] == ':' || dateAt(subj[start:last]) {
		return true
	}
	before := strings.ToLower(strings.TrimRight(subj[:start], " :#-.\t"))
	for _, w := range docLabels {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isWordByte(before[len(before)-len(w)-1])) {
			return true
		}
	}
	return false
}

// dateAt: s begins with a date, day, month and year or year, month and
// day with one of "/", "." or "-" between ("26/11/2026", "2026-11-26",
// "11.26.2026"), which the run of digits a receipt's subject joins with
// its amount ("Subscription renewed - 26/11/2026 - 39.00 EUR") begins
// with; no phone number is written so.
func dateAt(s string) bool {
	var g [3]int // digits in each group
	var sep byte
	i := 0
	for n := range g {
		for i < len(s) && isDigit(s[i]) {
			g[n]++
			i++
		}
		if n == 2 {
			break
		}
		if i == len(s) || !strings.ContainsRune("/.-", rune(s[i])) || sep != 0 && s[i] != sep {
			return false
		}
		sep = s[i]
		i++
	}
	dmy := g[0] >= 1 && g[0] <= 2 && g[1] >= 1 && g[1] <= 2 && g[2] == 4
	ymd := g[0] == 4 && g[1] >= 1 && g[1] <= 2 && g[2] >= 1 && g[2] <= 2
	return dmy || ymd
}

// docLabels name the numbers of documents, accounts and parcels.
var docLabels = []string{"invoice", "inv", "order", "no", "nr", "number", "ref", "reference", "account", "acct", "tracking", "ticket", "case", "po", "id", "receipt", "transaction", "txn", "booking", "confirmation", "date"}

// callWithoutNumber: lower-case body holds a call word (callWords, a
// whole word) with no digit in the ownNumberWindow bytes after it.
func callWithoutNumber(body string) bool {
	for _, cw := range callWords {
		for off := 0; ; {
			a, b := nextWholeWord(body, cw, off)
			if a < 0 {
				break
			}
			if strings.IndexAny(body[b:min(len(body), b+ownNumberWindow)], "0123456789") < 0 {
				return true
			}
			off = b
		}
	}
	return false
}

// ownNumberWindow is how far after a call word the body's own number
// would stand ("call 611", "call us on 0800 ...", "dial *611 from").
const ownNumberWindow = 16

// docCallback is callbackNumber for the first page of an attached PDF
// (Input.DocLead) under a body that says only "see attached": the
// "invoice" of a renewal the reader never bought, with the number to call
// to cancel it, and no link to lock. Read only when no link is judged and
// the message's own text gave no callback_number; a document says more
// than a body does (an invoice names its amount, its plan and a number
// for questions), so only a charge already made, disowned or to be undone
// counts (noteChargeWords, as in a platform's notice).
func (m *message) docCallback() (evid, bool) {
	if m.in.DocLead == "" || m.linkJudged() || hasCode(m.subjEv, CodeCallback) {
		return evid{}, false
	}
	var s intentScan
	s.scan(m.cues, m.t.unmasked(m.in.DocLead))
	return m.callbackIn(&s, m.in.DocLead, docMark)
}

// docMark in a callback_number evid.b: read in an attached document.
const docMark = "doc"

// linkJudged: some link of the message is judged (not skipped).
func (m *message) linkJudged() bool {
	for i := range m.links {
		if m.links[i].skip == "" {
			return true
		}
	}
	return false
}

// platformCallback is callbackNumber for a notification a platform sends
// with its customers' words: an invoice or a money request through Square,
// Stripe, QuickBooks (relays.txt) or PayPal, whose note is whatever the
// requester wrote under the platform's own From, and the other notices of
// noteServices. Its links lead only to
// the platform, which every history knows, so they are judged and the
// lead is not read for them; the lure is the note's "your plan was
// renewed and charged, call ... to cancel". Read from the subject, the
// lead and the words around the links, when every judged link leads to
// the sender's own registrable domain or a shipped brand's (DocuSign's
// notice from docusign.net links its help on docusign.com; a link
// elsewhere is judged as any link is). The quarantine rule is the same: it needs a first contact
// from a sender nobody here has written to, which a platform's shared
// address is only once; after that, the reason adds its weight.
func (m *message) platformCallback() (evid, bool) {
	if !m.customerNotes() {
		return evid{}, false
	}
	var b strings.Builder
	b.WriteString(m.in.Lead)
	judged, prev := false, ""
	for i := range m.links {
		if m.links[i].skip != "" {
			continue
		}
		l := &m.in.Links[i]
		if d := registrable(l.Domain); d != m.sdom && !m.t.brands.exact[d] {
			return evid{}, false // a link elsewhere is judged as any link is
		}
		judged = true
		if l.Context != "" && l.Context != prev && b.Len() < maxNoteText { // neighbours share their context
			b.WriteString("\n")
			b.WriteString(l.Context)
		}
		prev = l.Context
	}
	if !judged {
		return evid{}, false
	}
	text := b.String()
	var s intentScan
	s.scan(m.cues, m.t.unmasked(text))
	return m.callbackIn(&s, text, noteMark)
}

// noteMark in a callback_number evid.b: read in a platform's notice.
const noteMark = "note"

// maxNoteText bounds the words platformCallback reads around the links: a
// notice's note sits near its button, and a forged From with thousands of
// links must not make the reading grow with them.
const maxNoteText = 4096

// noteServices put words their customers wrote into notices sent under
// their own From, beside relays.txt: PayPal's invoices and money requests
// (the requester's note), Microsoft 365's billing notices (the tenant's
// organisation name), Google's calendar invitations, document comments
// and share messages, DocuSign's and Dropbox Sign's (hellosign.com)
// envelope messages, Dropbox's and Adobe's share notes. Callback scams write their number there, and the notice
// passes every check. None of them is a relay in relays.txt, whose
// senders lose the brand checks a forged From of these brands must keep
// (brand_sender_elsewhere). A bank's alert is no such notice: its words
// are the bank's own.
var noteServices = []string{"paypal.com", "microsoft.com", "google.com", "docusign.net", "hellosign.com", "dropbox.com", "adobe.com"}

// customerNotes: the sender is a relay (relays.txt) or a note service,
// and no trusted verifier failed it (relayed).
func (m *message) customerNotes() bool {
	return m.relayed() || m.noteService()
}

// noteService: the sender is one of noteServices and no trusted verifier
// failed it.
func (m *message) noteService() bool {
	return m.servedBy(noteServices)
}

// payNoteServices are the noteServices whose notice is itself how a
// customer asks the reader for money: PayPal's invoices and money
// requests, and DocuSign's and Dropbox Sign's envelopes (which carry
// payment fields, and which fake invoices are sent as). Google's, Dropbox's and Adobe's
// shares carry a document, paid (if at all) as any invoice is; a
// stranger's invoice shared from Gmail is judged as the same invoice
// attached to the stranger's own mail. Microsoft 365's billing notices
// ask for Microsoft's own money, their customer's words being the
// organisation's name.
var payNoteServices = []string{"paypal.com", "docusign.net", "hellosign.com"}

// payNotes: the sender is one of payNoteServices and no trusted verifier
// failed it.
func (m *message) payNotes() bool {
	return m.servedBy(payNoteServices)
}

// servedBy: the sender's registrable domain is one of ds and no trusted
// verifier failed it.
func (m *message) servedBy(ds []string) bool {
	for _, d := range ds {
		if m.sdom == d {
			return m.in.AuthPass || !m.in.AuthChecked
		}
	}
	return false
}

// chargeWords name a charge the reader did not ask for and is to undo,
// the story of every callback scam ("your plan was renewed and your card
// charged; if you did not authorize it, call ... for a refund"): the call
// is the way to undo it. A payment cue and a number to call alone are
// what a new supplier's first invoice, a practice's receipt and a hotel's
// booking confirmation write ("payment due ... questions? call us at
// ..."), all of which the rule held; a charge told without one to undo is
// a welcome's or a receipt's ("your membership renews monthly; your first
// payment has been charged; questions? call the front desk at ...").
// "Refund" counts only asked for (refundAsked), not as a policy. "To
// cancel" counts only with a renewal (renewalCancel): a booking's and an
// order's confirmation say how to cancel them; "dispute" only with money
// taken (disputedCharge): a debt collector's letter tells the reader how
// to dispute the debt, as the law asks it to.
var chargeWords = append([]string{"authoriz", "authoris", "not you?", "not you.", "not you,"}, disownWords...)

// refundAsked: lower-case text tells the reader to act for a refund, the
// charge to undo of a scam's "receipt": a verb asking for it (refundVerbs)
// stands at most maxHedgeGap words before "refund" or "refunds" in its
// sentence ("to request a refund, call ...", "call +1 808 555 0101 for a
// full refund", "to get your refund"), or the sentence opens with "for"
// and a call word follows the refund in it ("For a refund, call ...").
// A refund stated as a policy is what a hotel's booking and a shop's
// receipt write ("cancellations receive a full refund", "refunds are
// issued within 5 days", "non-refundable", "see our refund policy"): no
// verb asks for it, and "refund policy" names the policy, whatever asks.
// A refund asked after the reader disowns the charge ("if you did not
// authorize it, ... refund") is disowned in chargeWords already.
func refundAsked(text string) bool {
	t := storyText{text: text}
	for _, w := range []string{"refund", "refunds"} {
		for a, b := nextWholeWord(text, w, 0); a >= 0; a, b = nextWholeWord(text, w, b) {
			if !policyNoun(text[b:]) && refundVerb(&t, a, b) {
				return true
			}
		}
	}
	return false
}

// refundVerbs ask for a refund (refundAsked): "call ... for a refund",
// "request a refund", "get your refund". "Receive", "issue", "process"
// and "eligible for" state a policy; so does a refund verb told as a
// promise (promiseWords just before it: "you will get a full refund").
var refundVerbs = []string{"call", "calling", "dial", "contact", "reach", "request", "claim", "get", "obtain", "ask", "initiate"}

// promiseWords before a verb tell what will happen, not what the reader
// is asked to do.
var promiseWords = []string{"will", "ll", "would", "shall", "we", "they"}

// refundVerb: a word of refundVerbs stands at most maxHedgeGap words
// before the refund text[a:b] in its sentence (a number's digits are no
// words: "call our accounts desk on 0044 20 7946 0958 about the refund"),
// or the sentence opens with "for" and a call word (callWords) follows
// the refund in it. A verb other than a call verb (callVerbs) after a
// modal states a right ("you can request a refund within 14 days"), and
// after "and" a policy ("cancel your order before it ships and get a
// full refund"), unless a call word stands in the sentence ("to cancel
// and get a refund, call ...", "you can request a refund by calling
// ...").
func refundVerb(t *storyText, a, b int) bool {
	text := t.text
	s := t.start(a)
	words := t.wordsBefore(s, a, maxHedgeGap+2, true)
	for j := len(words) - 1; j >= 0 && j >= len(words)-1-maxHedgeGap; j-- {
		if !anyWord(text, words[j:j+1], refundVerbs) || j > 0 && anyWord(text, words[j-1:j], promiseWords) {
			continue
		}
		if j > 0 && !anyWord(text, words[j:j+1], callVerbs) {
			// "you can request a refund within 14 days": a right;
			// "cancel ... and get a full refund": a policy; "you can
			// request a refund by calling ..." still asks
			if (anyWord(text, words[j-1:j], hedgeWords) || anyWord(text, words[j-1:j], andWord)) && !sentenceCalls(t, s, b) {
				continue
			}
		}
		return true
	}
	if f, g := t.firstWord(s); f < 0 || f >= a || text[f:g] != "for" {
		return false
	}
	return t.has(callWords, b, t.end(b))
}

// andWord joins a policy's two clauses ("cancel ... and get a full
// refund").
var andWord = []string{"and"}

// callVerbs are the refundVerbs that ask to telephone or write: "you can
// call us for a refund" asks as "call us for a refund" does.
var callVerbs = []string{"call", "calling", "dial", "contact", "reach"}

// sentenceCalls: the sentence of text running from s holds a call word
// (callWords) anywhere, the refund at b in it: "to cancel and get your
// refund, call ..." asks for the refund.
func sentenceCalls(t *storyText, s, b int) bool {
	return t.has(callWords, s, t.end(b))
}

// policyNoun: rest, the text after "refund", names a policy ("refund
// policy", "refund terms"), not a refund to get.
func policyNoun(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range []string{"policy", "policies", "terms", "conditions", "rules"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// disownWords have the reader disown a charge, an order or a withdrawal
// ("if you did not place this order", "if this was not initiated by you").
var disownWords = []string{"was not you", "wasn't you", "wasn\u2019t you", "not recogni", "n't recogni", "n\u2019t recogni",
	"did not make", "didn't make", "didn\u2019t make", "did not order", "didn't order", "didn\u2019t order",
	"did not place", "didn't place", "didn\u2019t place", "did not request", "didn't request", "didn\u2019t request",
	"did not initiate", "didn't initiate", "didn\u2019t initiate", "not initiated by you", "not requested by you"}

// renewalCancel: lower-case text tells of a renewal ("renew",
// "subscription") and how to cancel it ("to cancel"): "your plan was
// renewed ... call ... to cancel".
func renewalCancel(text string) bool {
	return strings.Contains(text, "to cancel") && chargeCue(text, []string{"renew", "subscription"})
}

// disputedCharge: lower-case text offers to dispute ("dispute") money
// taken (renewalMoneyWords: "charged", "debited"): "USD 499.99 was
// debited from your account; to dispute this payment, call ...". A
// collector's "you can dispute this debt within 30 days" takes none.
func disputedCharge(text string) bool {
	return strings.Contains(text, "dispute") && chargeCue(text, renewalMoneyWords)
}

// enforcementThreat: lower-case text threatens to collect a balance by
// force (enforcementWords, each at the start of a word), the story of the
// tax office's and the collector's callback scams ("we will levy your bank
// account within 48 hours; call our collections department at ..."),
// which name a debt, not a charge the reader disowns, or threatens the
// reader with a warrant or with legal action (aimedThreat: "a warrant has
// been issued in your name", "legal action will be taken against you").
// A genuine tax office's notice sends the reader to its portal; a new
// supplier's first invoice threatens no levy. A threat to the reader's
// property or a lawsuit told as what may happen ("your creditor may apply
// to garnish your wages", "bailiffs can seize your goods", "we may take
// legal action against you": hedged) is what a debt collector's, a law
// firm's or a debt charity's letter writes, which may state only what the
// law lets happen; a scam tells it as done or certain. An arrest or a
// warrant is never hedged away: no collector may threaten one. Only the
// message's own text and its attached document count: a platform's
// notice carries a merchant's note, whose reminders may speak of
// collection.
//
// With hedges false a hedged threat counts too (callbackStory: the
// sender writes from free mail, as no collector or law firm does).
func enforcementThreat(text string, hedges bool) bool {
	t := storyText{text: text}
	for _, w := range enforcementWords {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			a := off + k
			if (a == 0 || !isWordByte(text[a-1])) && !(hedges && propertyThreat(w) && hedged(&t, a, a+len(w))) {
				return true
			}
			off += k + 1
		}
	}
	return aimedThreat(&t, "warrant", warrantAims, false) || aimedThreat(&t, "legal action", suitAims, hedges) || aimedThreat(&t, "legal proceedings", suitAims, hedges)
}

// enforcementWords threaten the reader's accounts, property or liberty.
// A levy alone is a charge in much of the world ("your strata levy of
// $1,200 is due"), and a lien waiver goes with a builder's invoice, so
// only the threat's phrasing counts; so for an arrest: a stranger's first
// letter to a law firm tells of one ("my brother was arrested last
// night; we can pay the bail, call our office at ..."), a scam threatens
// the reader with it. The first propertyWords of them threaten property.
var enforcementWords = []string{"levy your", "levy on your", "levy against your", "levy of your", "intent to levy", "garnish your", "garnishment of your",
	"seize your", "seizure of your", "warrant for your", "arrest warrant", "your arrest", "be arrested", "face arrest", "avoid arrest"}

// propertyWords is how many of enforcementWords, first, threaten
// property, which the law lets a creditor take (hedged).
const propertyWords = 9

// propertyThreat: w is one of the first propertyWords of enforcementWords.
func propertyThreat(w string) bool {
	for _, p := range enforcementWords[:propertyWords] {
		if p == w {
			return true
		}
	}
	return false
}

// aimedThreat: lower-case text holds noun (at the start of a word) with
// the reader named after it in the same sentence (one of aims: "in your
// name", "against you"): a warrant or a lawsuit aimed at the reader, not
// one a stranger's letter to a law firm tells of ("a warrant was issued
// for my brother") or a firm takes for its client ("we will take legal
// action for you"). With canHedge, a threat a modal governs (hedged)
// does not count.
func aimedThreat(t *storyText, noun string, aims []string, canHedge bool) bool {
	for a, b := nextWholeWord(t.text, noun, 0); a >= 0; a, b = nextWholeWord(t.text, noun, a+1) {
		if t.has(aims, b, t.end(b)) && !(canHedge && hedged(t, a, b)) {
			return true
		}
	}
	return false
}

// aimedAt: rest, the sentence after a threat's noun, holds one of aims
// as whole words.
func aimedAt(rest string, aims []string) bool {
	for _, w := range aims {
		if x, _ := nextWholeWord(rest, w, 0); x >= 0 {
			return true
		}
	}
	return false
}

// suitAims name the reader as a lawsuit's target; warrantAims as a
// warrant's.
var (
	suitAims    = []string{"your name", "against you", "against your"}
	warrantAims = []string{"your name", "against you", "against your", "for you", "for your"}
)

// hedged: a modal (hedgeWords) governs the threat text[a:b], telling what
// may happen, not what will: it stands in the threat's sentence at most
// maxHedgeGap words before the threat ("our client may apply to the court
// to garnish your wages", "bailiffs can seize your goods") or after it
// ("legal action may be taken against you"), no word undoing the threat
// (undoWords) stands between them or just after the modal ("you can stop
// the levy on your bank account only by calling ... today" tells what the
// reader can do, and the levy is certain; "seizure can be avoided"), and
// it is not the month ("on 14 May we will levy your account": monthMay).
// A modal elsewhere in the sentence hedges nothing ("you can call us
// today; we will seize your goods").
func hedged(t *storyText, a, b int) bool {
	text := t.text
	s, e := t.sentence(a, b)
	// the words the modal may stand in, and one more before (monthMay)
	ws := t.wordsBefore(s, a, maxHedgeGap+2, false)
	first := len(ws) // the threat's first word
	from, in := t.wordsFrom(a, b, e, maxSubjectGap+3)
	ws = append(ws, from...)
	after := first + in // the first word after the threat
	for i := first - 1; i >= 0 && i >= first-1-maxHedgeGap; i-- {
		if anyWord(text, ws[i:i+1], clauseWords) {
			return false // a new clause: its modal governs it, not the threat
		}
		if isHedge(text, ws, i) {
			return !undoes(text, ws[i+1:first])
		}
	}
	for i := after; i < len(ws) && i <= after+maxSubjectGap; i++ {
		if anyWord(text, ws[i:i+1], clauseWords) {
			return false
		}
		if isHedge(text, ws, i) {
			return !undoes(text, ws[after:min(len(ws), i+3)])
		}
	}
	return false
}

// maxSubjectGap is how many words may stand between a threat told as the
// subject and its modal: "seizure of your assets may", "levy your bank
// account may".
const maxSubjectGap = 2

// clauseWords begin another clause between a modal and a threat, whose
// own subject or certain verb governs the threat: "you can call us today
// and we will levy your account", "seizure of your assets will follow; you
// may call".
var clauseWords = []string{"we", "you", "they", "i", "will", "shall", "must"}

// anyWord: one of the words ws of text is one of words.
func anyWord(text string, ws [][2]int, words []string) bool {
	for _, s := range ws {
		for _, w := range words {
			if text[s[0]:s[1]] == w {
				return true
			}
		}
	}
	return false
}

// maxHedgeGap is how many words may stand between a modal and the threat
// it governs: "may apply to the court to garnish your", "may result in
// the seizure of your".
const maxHedgeGap = 6

// hedgeWords tell what may happen.
var hedgeWords = []string{"may", "might", "could", "can"}

// undoWords begin the verbs that undo a threat: a modal governing one
// tells what the reader can do about it.
var undoWords = []string{"stop", "avoid", "prevent", "halt", "lift", "release", "cancel", "revers"}

// isHedge: the word ws[i] of text is one of hedgeWords, and not the month
// (monthMay).
func isHedge(text string, ws [][2]int, i int) bool {
	w := text[ws[i][0]:ws[i][1]]
	for _, h := range hedgeWords {
		if w == h {
			return h != "may" || !monthMay(text, ws, i)
		}
	}
	return false
}

// monthMay: the word ws[i] of text, "may", is the month: a number stands
// just before or after it ("14 may", "may 14", "may 2026") or a word no
// modal follows ("in may", "since may", "by may", "end of may").
func monthMay(text string, ws [][2]int, i int) bool {
	if i+1 < len(ws) && isDigit(text[ws[i+1][0]]) {
		return true
	}
	if i == 0 {
		return false
	}
	prev := text[ws[i-1][0]:ws[i-1][1]]
	if isDigit(prev[0]) {
		return true
	}
	for _, p := range []string{"in", "of", "since", "until", "till", "by", "from", "on", "before", "after", "during", "mid", "early", "late", "end"} {
		if prev == p {
			return true
		}
	}
	return false
}

// undoes: one of the words ws of text begins with one of undoWords.
func undoes(text string, ws [][2]int) bool {
	for _, s := range ws {
		for _, u := range undoWords {
			if strings.HasPrefix(text[s[0]:s[1]], u) {
				return true
			}
		}
	}
	return false
}

// sentenceStart returns where the sentence holding text[a] starts (after
// a full stop, question or exclamation mark, semicolon or line break; a
// decimal point, "$85.00", ends no sentence: sentenceStop).
func sentenceStart(text string, a int) int {
	t := storyText{text: text}
	return t.start(a)
}

// sentenceEnd returns where the sentence holding text[b] ends.
func sentenceEnd(text string, b int) int {
	t := storyText{text: text}
	return t.end(b)
}

// sentenceStop: text[i] ends a sentence, a full stop (not a decimal
// point or a number's dot between two digits: "the $85.00 fee is not
// paid", "555.0166"), a question or exclamation mark, a semicolon or a
// line break.
func sentenceStop(text string, i int) bool {
	switch text[i] {
	case '!', '?', ';', '\n':
		return true
	case '.':
		return i == 0 || i+1 == len(text) || !isDigit(text[i-1]) || !isDigit(text[i+1])
	}
	return false
}

// noteChargeWords are chargeWords for a platform's notice, whose note
// goes with an invoice or a money request the merchant sends: a renewal
// and a subscription are what its invoices bill ("Thanks for renewing
// your hosting subscription. Questions about this invoice? Call us at
// ..." under service@paypal.com was held as a first contact), so only a
// charge already made, disowned or to be undone counts there: "charged",
// "has been billed", "debited", "did not authorize", "dispute", a refund asked for (refundAsked), "to cancel", "if
// this wasn't you", "don't recognize", "did not make this purchase" ("your
// plan renewed and was charged $499.99; if you did not authorize it,
// call ... to cancel"; a cancelled event's notice is no such word).
var noteChargeWords = append([]string{"charged", "been billed", "was billed", "dispute", "authoriz", "authoris", "debited", "deducted", "to cancel"}, disownWords...)

// renewalCharge: lower-case text tells the renewal story with its amount
// but without a payment word ("your McAfee subscription renews today for
// $399.00; the amount will be deducted from your account"): an amount of
// money (moneyAmount), a renewed plan or subscription, and money taken
// (renewalMoneyWords). A hotel's "your card will be charged $149 at
// check-in" tells no renewal, a club's "renew your membership for $450"
// takes no money.
func renewalCharge(text string) bool {
	return chargeCue(text, []string{"renew", "subscription"}) && chargeCue(text, renewalMoneyWords) && moneyAmount(text)
}

// amountOwed: lower-case text names an amount of money (moneyAmount)
// without a payment word, taken (renewalMoneyWords) and disowned by the
// reader (disownWords: "Total charged: $2,849.00. If you did not place
// this order, call ..."), or taken from a free-mail sender ("Order
// total: $1,299.00 charged to your card. To cancel this order, call ..."
// from a Gmail address: callbackStory), or owed under a threat of force
// (enforcementThreat: "a tax liability of £1,284.50 ... a warrant will
// be issued for your arrest"), or owed under a threat to the reader's
// vehicle (vehicleThreat: "an unpaid toll balance of $6.99 ... the
// suspension of your vehicle registration").
func (m *message) amountOwed(lower string) bool {
	if !moneyAmount(lower) {
		return false
	}
	taken := chargeCue(lower, renewalMoneyWords) && (m.free || chargeCue(lower, disownWords))
	return taken || enforcementThreat(lower, !m.free) || m.vehicleThreat(lower)
}

// renewalMoneyWords say money was or will be taken.
var renewalMoneyWords = []string{"charged", "debited", "deducted", "billed", "authoriz", "authoris"}

// moneyAmount: lower-case text holds an amount of money, a currency sign
// or code just before digits ("$399.00", "usd 499", "€ 89").
func moneyAmount(text string) bool {
	for _, c := range []string{"$", "\u20ac", "\u00a3", "usd", "eur", "gbp"} {
		for off := 0; ; {
			k := strings.Index(text[off:], c)
			if k < 0 {
				break
			}
			off += k + len(c)
			rest := strings.TrimLeft(text[off:], " ")
			if rest != "" && isDigit(rest[0]) {
				return true
			}
		}
	}
	return false
}

// chargeCue reports whether lower-case text holds one of words.
func chargeCue(text string, words []string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// callWords ask the reader to telephone; they must stand in the
// callWindow bytes before the number. Labels ("Phone:", "Tel.") and nouns
// ("my contact at the bank is ...") are what signatures and colleagues
// write, so only verbs addressed to the reader and help-line names count
// ("calling": "you can stop the levy only by calling ...").
var callWords = []string{"call", "calling", "dial", "ring", "contact us", "contact our", "contact the", "reach us", "reach our", "support", "helpline", "hotline", "toll free", "toll-free"}

const callWindow = 60

// calledNumber finds a phone number in text preceded by a call word and
// returns it; callMe counts "call me" and "ring my" as call words too
// (the text tells the reader's own charge: readerCharged).
func calledNumber(text string, callMe bool) (string, bool) {
	start, last, ok := firstPhone(text, func(start, _ int) bool {
		return !labelledNumber(text, start) && callWordBefore(strings.ToLower(text[max(0, start-callWindow):start]), callMe)
	})
	return text[start:last], ok
}

// firstPhone returns the bounds of the first phone number in text
// (phoneAt) that want accepts (any, when want is nil).
func firstPhone(text string, want func(start, last int) bool) (start, last int, ok bool) {
	for i := 0; i < len(text); {
		start, last, end, ok := phoneAt(text, i)
		if ok && (want == nil || want(start, last)) {
			return start, last, true
		}
		i = end
	}
	return 0, 0, false
}

// labelledNumber: a document's label stands just before the digits at
// text[start] ("call us about order 4471223190", "call with your
// reference no. 8885550199"), which are its number, not a phone number.
// A bare "number" or "no." is how a phone number is named too ("call our
// toll-free number 1-888-..."), so it counts only after a label.
func labelledNumber(text string, start int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, start-callWindow):start], " :#-.\t"))
	for _, g := range []string{"number", "no", "nr"} {
		if strings.HasSuffix(before, g) && (len(before) == len(g) || !isWordByte(before[len(before)-len(g)-1])) {
			before = strings.TrimRight(before[:len(before)-len(g)], " :#-.\t")
			break
		}
	}
	for _, w := range docLabels {
		if w == "no" || w == "nr" || w == "number" {
			continue
		}
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isWordByte(before[len(before)-len(w)-1])) {
			return true
		}
	}
	return false
}

// callWordBefore reports whether s holds a call word as a whole word
// ("tel", not "hotel") that asks the reader to call the writer's desk:
// not "call me", "ring me on" or "call my cell", where a customer or a
// correspondent asks to be called back (a shop's support mailbox gets
// "I was charged twice, please refund it and call me at ..." from
// strangers every day; a callback scam gives its "billing desk"). With
// callMe, those count too: the text tells of the reader's own charge
// (readerCharged), as the "Mark, billing department" of a scam writes
// "your card was charged ... call me directly at", and no customer does.
func callWordBefore(s string, callMe bool) bool {
	for _, cw := range callWords {
		for a, b := nextWholeWord(s, cw, 0); a >= 0; a, b = nextWholeWord(s, cw, a+1) {
			if callMe || !callsWriter(s[b:]) {
				return true
			}
		}
	}
	return false
}

// callsWriter: rest, the text after a call word, begins with "me" or
// "my" (after spaces): the writer asks to be called.
func callsWriter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range []string{"me", "my"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// readerCharged: lower-case text tells of a charge to the reader, in the
// reader's name ("was charged to your card", "your subscription has been
// renewed", "if you did not authorize"), as a callback scam's renewal
// story does, and tells of none in the writer's own (writerChargeWords):
// a customer disputing a charge with a shop's support desk tells of its
// own ("I was charged twice", "you charged my card", "you didn't refund
// my order", "I signed up for your membership and the payment was taken
// from my account"), and speaks to the shop as "you" and of its plans,
// teams and accounts as "your" ("your account team did not answer").
func readerCharged(lower string) bool {
	return chargeCue(lower, readerChargeWords) && !chargeCue(lower, writerChargeWords)
}

// readerChargeWords tell a charge in the reader's name (readerCharged):
// the reader's card, account or plan with what was done to it, or the
// reader disowning the charge. A bare "your account" or "you did not" is
// what a customer writes to the shop ("your account team", "you did not
// refund me").
var readerChargeWords = []string{
	"your card was", "your card has", "your card will", "your card is", "to your card", "on your card", "from your card",
	"your account was", "your account has", "your account will", "your account is", "from your account",
	"your subscription was", "your subscription has", "your subscription will", "your subscription is",
	"your plan was", "your plan has", "your plan will", "your plan is",
	"your membership was", "your membership has", "your membership will", "your membership is", "your bank account",
	"you did not authori", "you didn't authori", "you didn\u2019t authori", "you did not make", "you didn't make", "you didn\u2019t make",
	"you did not order", "you didn't order", "you didn\u2019t order", "you did not request", "you didn't request", "you didn\u2019t request",
	"not you?", "not you.", "not you,", "wasn't you", "wasn\u2019t you", "was not you"}

// writerChargeWords tell a charge in the writer's own name: a customer's
// complaint, never a scam's renewal story, which speaks only of the
// reader's card and account.
var writerChargeWords = []string{"my card", "my credit", "my debit", "my account", "my bank", "my order", "my payment", "my subscription", "my plan", "my membership",
	"i was charged", "i've been charged", "i have been charged", "charged me", "billed me", "i paid", "i cancel", "i bought", "i ordered", "i signed up", "i subscribed"}

// nextWholeWord returns where the first occurrence of w in s at or after
// off starts and ends with no word byte on either side, or -1, -1.
func nextWholeWord(s, w string, off int) (int, int) {
	for off <= len(s) {
		k := strings.Index(s[off:], w)
		if k < 0 {
			break
		}
		a, b := off+k, off+k+len(w)
		if (a == 0 || !isWordByte(s[a-1])) && (b == len(s) || !isWordByte(s[b])) {
			return a, b
		}
		off = a + 1
	}
	return -1, -1
}

// phoneAt reads a run of digits and the separators phone numbers are
// written with (+1 (888) 555-0199, 808.555.0123) from the first digit, "+"
// or "(" at or after text[i], up to three separators in a row, as a
// number spaced out to slip past a filter has ("+1 8 0 8 - 5 5 5 - 0 1 4
// 2"), and letters for the last digits of a vanity number (vanityAt:
// 1-800-FLOWERS). ok says the run holds 10 to 15 digits, as
// national and international numbers do, and does not continue a word;
// longer runs are card or bank numbers, shorter ones amounts and
// order numbers. The number ends at last (after its last digit); end is
// where reading may go on, always past i.
func phoneAt(text string, i int) (start, last, end int, ok bool) {
	for i < len(text) && !isDigit(text[i]) && text[i] != '+' && text[i] != '(' {
		i++
	}
	start = i
	digits, seps, j := 0, 0, i
	last = start
	for ; j < len(text) && seps <= maxPhoneSeps; j++ {
		switch c := text[j]; {
		case isDigit(c), letterDigit(text, j, start):
			digits, seps, last = digits+1, 0, j+1
		case seps > 0 && digits >= 3 && digits < 10 && isUpper(c):
			n, e := vanityAt(text, j)
			if n == 0 || !northAmerican(text[start:j], digits+n) {
				seps = maxPhoneSeps + 1
				continue
			}
			digits, last, j = digits+n, e, e
			end = max(j, start+1)
			return start, last, end, !(start > 0 && isWordByte(text[start-1]))
		case strings.IndexByte(" -.()+/", c) >= 0:
			seps++
		default:
			seps = maxPhoneSeps + 1
		}
	}
	end = max(j, start+1)
	if start > 0 && isWordByte(text[start-1]) { // part of a word or code (DE89 3704 ...)
		return start, last, end, false
	}
	return start, last, end, digits >= 10 && digits <= 15
}

// vanityAt reads the letters of a vanity number ("FLOWERS" in
// 1-800-FLOWERS, "GOT-JUNK" in 1-800-GOT-JUNK), capitals in groups joined
// by single hyphens from text[j], each letter a digit on a telephone's
// keypad, and returns how many it holds (0: no capitals, or the last
// group goes on as a word: "Call 1-800 Today") and where they end.
// phoneAt reads them only after at least three digits and where the
// digits alone are too few for a number, and the letters must complete
// a North American number (northAmerican).
func vanityAt(text string, j int) (n, end int) {
	end = j
	for k := j; k < len(text) && k-j <= maxGroup; {
		e := k
		for e < len(text) && e-k <= maxGroup && isUpper(text[e]) {
			e++
		}
		if e == k || e < len(text) && isWordByte(text[e]) {
			return 0, j
		}
		n, end = n+e-k, e
		if e+1 < len(text) && text[e] == '-' && isUpper(text[e+1]) {
			k = e + 1
			continue
		}
		break
	}
	return n, end
}

// northAmerican: a number of n digits whose first digits are those of
// head is shaped as a North American one, where vanity numbers are
// written: ten digits with an area code from 2 to 9, or eleven with a 1
// before it (not "020 7946 OSLO").
func northAmerican(head string, n int) bool {
	var d []byte
	for i := 0; i < len(head) && len(d) < 2; i++ {
		if isDigit(head[i]) {
			d = append(d, head[i])
		}
	}
	if n == 11 && len(d) == 2 && d[0] == '1' {
		d = d[1:]
	} else if n != 10 {
		return false
	}
	return len(d) > 0 && d[0] >= '2'
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// maxPhoneSeps is how many separators may stand between two digits of
// one number: ") " in "(888) 555", " - " in "8 0 8 - 5 5 5".
const maxPhoneSeps = 3

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// letterDigit: text[j] is a letter written for a digit inside a number
// that started at start ("+1 (8O8) 5S5-Ol42", so that a filter looking
// for digits misses it): O or o for 0, l or I for 1, Z for 2, S for 5, B
// for 8, after the number's first byte, in a group of such letters and
// digits (between separators, never inside a word) that holds a real
// digit for every two letters ("Ol42", "8OO"; not "or", "IS", "OSLO").
func letterDigit(text string, j, start int) bool {
	if j <= start || !digitLetter(text[j]) {
		return false
	}
	inGroup := func(c byte) bool { return isDigit(c) || digitLetter(c) }
	a, b := j, j+1
	for a > start && j-a < maxGroup && inGroup(text[a-1]) {
		a--
	}
	for b < len(text) && b-j < maxGroup && inGroup(text[b]) {
		b++
	}
	if a > 0 && isWordByte(text[a-1]) || b < len(text) && isWordByte(text[b]) {
		return false // inside a word, or a group longer than any number's
	}
	digits := 0
	for k := a; k < b; k++ {
		if isDigit(text[k]) {
			digits++
		}
	}
	return digits > 0 && 2*digits >= b-a-digits
}

// maxGroup bounds how far letterDigit looks either side: no group of a
// phone number is longer than its 15 digits.
const maxGroup = 16

// digitLetter: c is a letter written for a digit (letterDigit).
func digitLetter(c byte) bool { return strings.IndexByte("OolIZSB", c) >= 0 }

// storyText is lower-case text as the callback story's readers look
// through it: sentence by sentence, around every word they find. A
// reader looking again through the whole sentence of every word found
// costs the square of one long sentence of those words (4 KB 4 ms,
// 32 KB 240 ms: BenchmarkTextScanners), so storyText finds the sentence
// stops and commas in one pass over the text, on first use, and where
// the words of a list stand (whole words) once per list: a sentence's
// start and end and whether a list's word stands in a span of it are
// then looked up, and the words around a word found are read only as far
// as the readers look (maxHedgeGap, maxSubjectGap).
type storyText struct {
	text    string
	indexed bool
	stops   []int // where sentenceStop holds, ascending
	commas  []int
	hits    map[*string]wordHits // by the list's first word: package-level lists only
	firsts  map[int][2]int       // a sentence's first word, by its start
}

// wordHits are where the whole words of a list stand in a text: starts
// ascending, minEnd[i] the least end of hits i and after.
type wordHits struct{ starts, minEnd []int }

func (t *storyText) index() {
	if t.indexed {
		return
	}
	t.indexed = true
	for i := 0; i < len(t.text); i++ {
		if sentenceStop(t.text, i) {
			t.stops = append(t.stops, i)
		} else if t.text[i] == ',' {
			t.commas = append(t.commas, i)
		}
	}
}

// start returns where the sentence holding text[a] starts (after a
// sentenceStop).
func (t *storyText) start(a int) int {
	t.index()
	if k := sort.SearchInts(t.stops, a); k > 0 {
		return t.stops[k-1] + 1
	}
	return 0
}

// end returns where the sentence holding text[b] ends (at a
// sentenceStop, or the text's end).
func (t *storyText) end(b int) int {
	t.index()
	if k := sort.SearchInts(t.stops, b); k < len(t.stops) {
		return t.stops[k]
	}
	return len(t.text)
}

// sentence returns the sentence of the words text[a:b] (which hold no
// sentence stop).
func (t *storyText) sentence(a, b int) (int, int) {
	return t.start(a), t.end(b)
}

// clauseStart returns where the clause of text[a] in the sentence from s
// starts: after the last comma between s and a, or at s.
func (t *storyText) clauseStart(s, a int) int {
	t.index()
	if k := sort.SearchInts(t.commas, a) - 1; k >= 0 && t.commas[k] >= s {
		return t.commas[k] + 1
	}
	return s
}

// has: one of words (a package-level list, each word beginning and
// ending with a letter) stands as a whole word within text[from:to],
// where no word byte stands just before from or at to (a sentence's or a
// clause's bounds, the end of a word found): anyWordStart(text[from:to],
// words), looked up.
func (t *storyText) has(words []string, from, to int) bool {
	if t.hits == nil {
		t.hits = map[*string]wordHits{}
	}
	h, ok := t.hits[&words[0]]
	if !ok {
		h = findHits(t.text, words)
		t.hits[&words[0]] = h
	}
	k := sort.SearchInts(h.starts, from)
	return k < len(h.starts) && h.minEnd[k] <= to
}

// findHits returns where the whole words of words stand in text.
func findHits(text string, words []string) wordHits {
	var hs [][2]int
	for _, w := range words {
		for a, b := nextWholeWord(text, w, 0); a >= 0; a, b = nextWholeWord(text, w, a+1) {
			hs = append(hs, [2]int{a, b})
		}
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i][0] < hs[j][0] })
	h := wordHits{starts: make([]int, len(hs)), minEnd: make([]int, len(hs))}
	for i := len(hs) - 1; i >= 0; i-- {
		h.starts[i], h.minEnd[i] = hs[i][0], hs[i][1]
		if i+1 < len(hs) {
			h.minEnd[i] = min(h.minEnd[i], h.minEnd[i+1])
		}
	}
	return h
}

// firstWord returns the first word of the sentence starting at s, or
// -1, -1.
func (t *storyText) firstWord(s int) (int, int) {
	if w, ok := t.firsts[s]; ok {
		return w[0], w[1]
	}
	if t.firsts == nil {
		t.firsts = map[int][2]int{}
	}
	w := [2]int{-1, -1}
	if ws, _ := t.wordsFrom(s, s, t.end(s), 1); len(ws) > 0 {
		w = ws[0]
	}
	t.firsts[s] = w
	return w[0], w[1]
}

// wordsBefore returns the last n words (runs of word bytes) of
// text[lo:a], in order; with skipDigits, words beginning with a digit
// are passed over.
func (t *storyText) wordsBefore(lo, a, n int, skipDigits bool) [][2]int {
	ws := make([][2]int, 0, n)
	for i := a; i > lo && len(ws) < n; {
		for i > lo && !isWordByte(t.text[i-1]) {
			i--
		}
		j := i
		for i > lo && isWordByte(t.text[i-1]) {
			i--
		}
		if i < j && !(skipDigits && isDigit(t.text[i])) {
			ws = append(ws, [2]int{i, j})
		}
	}
	for i, j := 0, len(ws)-1; i < j; i, j = i+1, j-1 {
		ws[i], ws[j] = ws[j], ws[i]
	}
	return ws
}

// wordsFrom returns the words of text[a:hi] starting before b and the n
// words after them, and how many start before b.
func (t *storyText) wordsFrom(a, b, hi, n int) ([][2]int, int) {
	var ws [][2]int
	in := 0
	for i := a; i < hi && (i < b || len(ws)-in < n); {
		for i < hi && !isWordByte(t.text[i]) {
			i++
		}
		if i == hi || i >= b && len(ws)-in == n {
			break
		}
		j := i
		for j < hi && isWordByte(t.text[j]) {
			j++
		}
		if i < b {
			in++
		}
		ws = append(ws, [2]int{i, j})
		i = j
	}
	return ws, in
}
