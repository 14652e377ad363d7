package scoring

import (
	"bytes"
	"strings"
)

// Payment details changed (bank_change): "please note we have changed
// banks, pay the open balance to our new account", "updated invoice - new
// bank details", "refund the duplicate to our new account, not the one on
// file". A hijacked supplier's, contractor's or client's account sends it
// from the real address, in a real thread, with no link and often with
// the new account in a PDF; nothing in the sender's history tells the
// taken account from its owner, and the one check that does is the one
// every bank advises: confirm the new details by phone, on a number
// already on file. call_refused holds the lure that also refuses that
// call; this reads the announcement alone, from anyone, known
// correspondents included, and the policy (BankChangeAction) decides
// whether it holds the message for that check.
//
// It reads the subject and the opening, as call_refused does, and the
// first page of its first PDF (the "updated invoice" under "see
// attached"), with or without a judged link (a supplier's website in the
// signature is a link), all as the reader sees them (unmasked), English
// only. An announcement counts as the
// writer's own words (bankSpoken, as call_refused's spokenPhrase reads
// them: not negated, not quoted, not in a sentence that warns of such
// requests), about the writer's own account
// (not "your bank details were updated", a platform's notice of the
// reader's own change, nor "a new bank account was added to your
// account"), and not in a question ("Changing banks?", a bank's
// promotion). Ordinary invoices, reminders, "pay to the account on
// file", remittance advices and payment confirmations name no change.

// bankNouns name where money goes: the payee's bank details.
// Not "bank accounts": "the treasury sees aggregate cash and new bank
// accounts" is a discussion; a payee has one account to pay.
var bankNouns = []string{"bank details", "banking details", "bank account", "bank account details",
	"bank account information", "bank information", "banking information", "bank info", "banking info",
	"remittance details", "remittance information", "remittance instructions", "wiring instructions",
	"wire instructions", "wiring details", "wire details", "wire transfer details", "ach details", "ach information",
	"ach instructions", "iban", "routing number", "routing details", "sort code", "payment details",
	"payment instructions", "account details", "account number", "beneficiary account", "beneficiary details",
	"beneficiary bank details"}

// ownOnlyNouns are bankNouns that name where money goes only as the
// writer's ("our new account details"): "new account details" and "new
// account number" are as often a sign-up's or a customer number's, and
// "updated payment details" a card on file.
// "Beneficiary" details are a bank's word for the payee the reader added
// ("the beneficiary details have been updated"), so they count only as
// the writer's too ("our beneficiary account has been updated").
var ownOnlyNouns = map[string]bool{"payment details": true, "payment instructions": true, "account details": true,
	"account number": true, "beneficiary account": true, "beneficiary details": true, "beneficiary bank details": true}

// changeMods stand before a bankNoun to make it changed.
var changeMods = []string{"new", "updated", "changed", "revised", "amended", "different"}

// changeVerbs follow a bankNoun to say it changed.
var changeVerbs = []string{"have changed", "has changed", "have been changed", "has been changed", "have been updated",
	"has been updated", "have now changed", "has now changed", "are changing", "is changing", "will change",
	"change on", "change from", "changed", "were changed", "was changed", "were updated", "was updated",
	"have moved", "has moved"}

// bankChangePhrases is the grammar's phrases, built once, and the
// phrases that need a money word in their sentence (moneyWordsDest).
var bankChangePhrases, destPhrases = buildBankChangePhrases()

func buildBankChangePhrases() ([]string, map[string]bool) {
	var ps []string
	for _, n := range bankNouns {
		for _, m := range changeMods {
			if ownOnlyNouns[n] {
				ps = append(ps, "our "+m+" "+n, "my "+m+" "+n)
			} else {
				ps = append(ps, m+" "+n)
			}
		}
		for _, v := range changeVerbs {
			if ownOnlyNouns[n] {
				ps = append(ps, "our "+n+" "+v, "my "+n+" "+v)
			} else {
				ps = append(ps, n+" "+v)
			}
		}
		for _, c := range []string{"change of", "change in", "change to", "changes to", "update to", "update of",
			"change of our", "change in our", "change to our", "changes to our", "update to our"} {
			if !ownOnlyNouns[n] || strings.HasSuffix(c, " our") {
				ps = append(ps, c+" "+n)
			}
		}
		// the writer's own: a customer's "please update the bank details
		// in our supplier portal" asks the reader about the reader's
		for _, u := range []string{"update our", "update my", "change our", "change my", "amend our"} {
			ps = append(ps, u+" "+n)
		}
	}
	ps = append(ps,
		// the bank itself changed, the writer's
		"changed banks", "changed our bank", "changed my bank", "changed bank", "changing banks", "changing our bank",
		"changed bank accounts", "switched bank accounts",
		"switched banks", "switched our bank", "switched my bank", "moved banks", "change of bank", "our new bank",
		"my new bank", "our bank has changed", "my bank has changed", "our bank changed", "our banks have changed",
		// payroll diversion: the writer's own pay
		"update my direct deposit", "change my direct deposit", "changed my direct deposit", "my new direct deposit",
		// the old account given up
		"not the one on file", "not the account on file", "not to the account on file", "instead of the account on file",
		"rather than the account on file", "rather than the one on file", "do not use the old account",
		"dont use the old account", "no longer use the old account", "stop using the old account",
		"old account is closed", "old account has been closed", "old account will be closed", "old account is no longer",
		"closed our old account", "closed my old account", "account on file is no longer",
		// where money goes from now on, named without "new"
		"direct future remittances", "direct all future remittances", "direct future payments",
		"direct all future payments", "bank details below going forward", "banking details below going forward",
		"account details below going forward", "following bank details going forward")
	// the account moved: only with money in its sentence or the next
	// ("we moved our account to Summit Federal. Please remit the balance
	// ..."; not "we moved our account to the enterprise plan")
	ps = append(ps, movedPhrases...)
	dest := []string{"to our new account", "into our new account", "to my new account", "into my new account",
		"to the new account", "into the new account", "to a new account", "to a different account",
		"to another account"}
	ps = append(ps, dest...)
	d := make(map[string]bool, len(dest))
	for _, p := range dest {
		d[p] = true
	}
	return ps, d
}

// moneyWordsDest make "to a new account" where money goes: its sentence
// pays, wires, remits or refunds (not "move the project to a new
// account").
var moneyWordsDest = []string{"pay", "paid", "payment", "payments", "remit", "remittance", "wire", "wired", "refund",
	"deposit", "funds", "balance", "invoice", "invoices", "proceeds", "money", "ach", "transfer the balance"}

// bankChangeAnchors: every phrase holds one, looked for in any case
// before any copy of the text is made.
var bankChangeAnchors = []string{"bank", "account", "remittance", "wir", "iban", "routing", "ach", "sort code",
	"deposit", "payment", "on file", "beneficiary"}

// movedPhrases tell of the writer's account moved to another bank; they
// count only with moneyMoves in their sentence or the next.
var movedPhrases = []string{"moved our account to", "moved our bank account to", "moved our banking to",
	"moved my account to", "moved my bank account to"}

// moneyMoves: a sentence where money is paid, remitted, wired or
// refunded, or a balance or funds sent (not a bare "invoice": "the
// invoices go to a different account owner").
var moneyMoves = []string{"pay", "paying", "remit", "remitting", "wire", "wiring", "refund", "refunding", "transfer",
	"deposit", "funds", "balance", "payments", "payment", "proceeds", "ach"}

// payVerbs make "different" bank details where the reader is to send
// money: "please pay to a different account", not "for USD payments use a
// different IBAN" (a second account beside the first) nor "the invoices
// go to a different account owner".
var payVerbs = []string{"pay", "paying", "remit", "remitting", "wire", "wiring", "refund", "refunding", "transfer",
	"send the payment", "send payment", "send the funds", "send funds"}

// nothingChanges: the sentence says nothing changes for the reader ("we
// are changing banks for our own payroll, nothing changes for you"): no
// request to pay elsewhere.
var nothingChanges = []string{"nothing changes for you", "nothing will change for you", "nothing changes on your side",
	"nothing changes on your end", "nothing will change on your side", "nothing will change on your end",
	"no change for you", "no changes for you", "no change on your side", "no changes on your side",
	"no change on your end", "no changes on your end", "nothing for you to change", "nothing for you to update"}

// notRequestBefore: the word just before "update my"/"change my" makes
// it no first-person request: a welcome's "employees can change my
// direct deposit settings under Profile", "users may update my ...".
var notRequestBefore = map[string]bool{"can": true, "may": true, "employees": true, "staff": true, "users": true,
	"members": true, "workers": true, "they": true}

// toRequester: before "to update my ...", the writer asking ("I'd like
// to update my direct deposit", "I need to change my bank details"); a
// bare "to" is a notice's ("log in to change my ...").
var toRequester = map[string]bool{"i": true, "id": true, "im": true, "ill": true, "ive": true, "we": true, "wed": true,
	"like": true, "need": true, "want": true, "wish": true}

// changeWords: an opening that answers a thread about the change names
// it again ("Re: New bank details" under "please use them from today");
// one that names none ("confirmed by phone with your AP lead, all
// good") leaves the thread's subject unread.
var changeWords = []string{"bank", "banks", "banking", "account", "accounts", "iban", "routing", "sort code",
	"remittance", "remit", "wire", "wiring", "ach", "direct deposit", "beneficiary"}

// notOwnBefore: one of the two words before the phrase makes it
// another's account (the reader's, a third party's: "your new bank
// account") or where money comes from ("paid from a different bank
// account").
var notOwnBefore = map[string]bool{"your": true, "their": true, "his": true, "her": true, "from": true}

// firstPerson: the writer speaks of its own bank ("we changed banks").
// Its subject, not a possessive: "my sister changed banks" is hers.
var firstPerson = map[string]bool{"we": true, "i": true, "weve": true, "ive": true}

// readerAccount: the sentence speaks of the reader's own account at a
// service ("a new bank account was added to your account").
var readerAccount = []string{"to your account", "on your account", "for your account", "in your account",
	"your profile", "your payout", "your payouts", "your dashboard"}

// bankChange: see the comment at the top of the file.
func (m *message) bankChange() (evid, bool) {
	if m.p.Weights.BankChange <= 0 || m.in.Lead == "" && m.in.Subject == "" && m.in.DocLead == "" ||
		m.internal && !m.forgedColleague() ||
		m.listDelivered() || m.brand || hasCode(m.subjEv, CodeCallRefused) {
		return evid{}, false
	}
	// The words as the reader sees them: invisible characters out of a
	// word and look-alike letters read as Latin ("changed b\u200banks",
	// Cyrillic "а"), as asksSomething reads them. ASCII text is returned
	// as it is.
	subj := m.t.unmasked(subjectRead(m.in.Subject))
	lead, doc := m.t.unmasked(m.in.Lead), m.t.unmasked(m.in.DocLead)
	if !anchored(subj, lead, bankChangeAnchors) && !anchored(doc, "", bankChangeAnchors) {
		return evid{}, false // most mail: nothing to lower-case
	}
	lead = unApostrophe.Replace(strings.ToLower(lead))
	doc = unApostrophe.Replace(strings.ToLower(doc))
	subjText := unApostrophe.Replace(strings.ToLower(subj))
	text := []byte(subjText + "\n" + lead + "\n" + doc)
	thread := threadSubject(subj)
	subjIn := true // text starts with the subject
	if thread && !anyWordIn([]byte(lead+"\n"+doc), changeWords) {
		// a reply's or forward's subject alone is the thread's, not this
		// message's: "Re: Updated bank details" over "confirmed by phone,
		// payment released"
		text, subjIn = text[len(subjText):], false
	}
	// A relay (Xero, QuickBooks, Stripe: relays.txt) carries its
	// customer's words under its own From; its notices speak of the
	// reader's account, so only the writer's own change counts there
	// ("our bank details have changed" through post.xero.com).
	own := m.relayed()
	// Read first as if the writer denied nothing: a denial only takes
	// phrases away (the thread's subject, a quoted line), so most
	// mail, which names no change, is read once and never for denials.
	p, ok := bankChangeIn(text, false, own)
	if !ok {
		return evid{}, false
	}
	if anyWordIn([]byte(lead), denials) { // the writer disowns the mail answered
		if thread && subjIn {
			text = text[len(subjText):] // the thread's subject, which the writer denies
		}
		if p, ok = bankChangeIn(text, true, own); !ok {
			return evid{}, false
		}
	}
	call, _ := phoneCheckIn(text)
	return evid{code: CodeBankChange, w: m.p.Weights.BankChange, cls: classIntent, a: p, b: call}, true
}

// listDelivered: a list's post that the list itself delivered: judged as
// the list's (ListAuthor, from its own marks) and not sent around it
// (ListBypass). A bare List-Id field, which anyone can write, is not.
func (m *message) listDelivered() bool {
	return m.in.ListAuthor != "" && m.in.ListBypass == ""
}

// phoneCheckIn: the text points to the check by phone itself, on a
// number the reader already has: it invites a call to confirm
// (callInvited: "you are welcome to confirm the change by phone with your
// account manager", "please call me on my cell before you pass it on"),
// or tells of the call already had ("as I told you on the phone this
// morning", "you have the account number from our call"); in a sentence
// that gives no number of its own (a number only the message gives is
// the channel the advice warns of: "call me at 555-0142 to confirm").
// The first such phrase, or "".
func phoneCheckIn(text []byte) (string, bool) {
	for _, p := range append(callInvites[:len(callInvites):len(callInvites)], callsHad...) {
		found := unwarnedAt(text, p, func(a, e, sa, se int) bool {
			ca := clauseStart(text, sa, a)
			return (!negatedBefore(text[ca:a], 4) || encouraged(text[ca:a])) && !anyWordIn(text[sa:se], newNumbers) &&
				!phoneIn(string(text[sa:se]))
		})
		if found {
			return p, true
		}
	}
	return "", false
}

// callsHad tell of a call already had with the reader about the change.
var callsHad = []string{"told you on the phone", "told you by phone", "told you over the phone",
	"discussed on the phone", "discussed by phone", "discussed over the phone", "discussed on our call",
	"from our call", "on our call", "during our call", "from our phone call", "on our phone call",
	"we spoke on the phone", "we spoke by phone", "when we spoke", "as we spoke"}

// phoneIn: s gives a phone number, as callback_number reads one
// (phoneText, then phoneAt: "+1 (555) 014-2231", "555/014/2231", "five
// five five, zero one four, two two three one").
func phoneIn(s string) bool {
	_, _, ok := firstPhone(phoneText(s), nil)
	return ok
}

// bankChangeIn is the first phrase of bankChangePhrases, in the order of
// the lower-case text, spoken as the writer's own announcement
// (bankSpoken). The phrases are looked for by their first word
// (bankPhrasesByFirst): one pass over the text's words, each checked
// against the few phrases that start with it, not a search of the whole
// text for each of more than a thousand phrases. At most
// maxBankMatches phrases found are read against their sentence, so a
// text repeating phrases that do not count stays linear.
func bankChangeIn(text []byte, denies, own bool) (string, bool) {
	found := 0
	for a := 0; a < len(text); {
		for a < len(text) && !isWordByte(text[a]) {
			a++
		}
		w := a
		for w < len(text) && isWordByte(text[w]) {
			w++
		}
		if w == a {
			break
		}
		for _, p := range bankPhrasesByFirst[string(text[a:w])] {
			e := a + len(p)
			if e > len(text) || string(text[a:e]) != p || e < len(text) && isWordByte(text[e]) {
				continue
			}
			if found++; found > maxBankMatches {
				return "", false
			}
			if bankSpoken(text, p, a, e, denies) && (!own || ownSpoken(text[:a], p)) {
				return p, true
			}
		}
		a = w
	}
	return "", false
}

// maxBankMatches bounds the phrases bankChangeIn reads against their
// sentence.
const maxBankMatches = 32

// bankPhrasesByFirst is bankChangePhrases keyed by their first word.
var bankPhrasesByFirst = func() map[string][]string {
	out := map[string][]string{}
	for _, p := range bankChangePhrases {
		f, _, _ := strings.Cut(p, " ")
		out[f] = append(out[f], p)
	}
	return out
}()

// bankSpoken: the phrase p at text[a:e] is the writer's own announcement:
// its sentence warns of no such request (warnings), it stands in no
// quotes, is not negated, opened or another's, is no question about
// anyone's change, and a destination pays, the reader's own account is
// not what it names, and a bank changed has the writer as its subject.
func bankSpoken(text []byte, p string, a, e int, denies bool) bool {
	sa, se := sentenceAt(text, a, e)
	before, sent := text[sa:a], text[sa:se]
	switch {
	case anyWordIn(sent, warnings):
		return false
	case quoted(text, a, e) || denies && replyQuoted(text, a, e, sa, se):
		return false
	case negatedBefore(before, 4) || wordBefore(before, 3, openings) || wordBefore(before, 2, notOwnBefore):
		return false
	case se < len(text) && text[se] == '?' && !ownPhrase(p):
		return false // "Changing banks?", a promotion's question
	case destPhrases[p] && !anyWordIn(sent, moneyWordsDest):
		return false
	case !ownPhrase(p) && anyWordIn(sent, readerAccount) && !wordBefore(before, 64, writerWords):
		return false
	case bankVerbForm(p) && !wordBefore(before, 3, firstPerson):
		return false // "my sister changed banks"
	case anyWordIn(sent, nothingChanges):
		return false // "we are changing banks for our own payroll, nothing changes for you"
	case strings.Contains(p, "different") && !anyWordIn(sent, payVerbs):
		return false // "for USD payments please use a different IBAN"
	case requestForm(p) && !requested(before):
		return false // "employees can change my direct deposit settings"
	case movedForm(p) && !moneyNear(text, sa, se):
		return false // "we moved our account to the enterprise plan"
	}
	return true
}

// ownSpoken: the phrase names the writer's own account or bank, in its
// words or in the three before it ("our bank details have changed").
func ownSpoken(before []byte, p string) bool {
	return ownPhrase(p) || wordBefore(before, 3, writerWords)
}

// requestForm: "update my ...", "change our ...": the writer's request.
func requestForm(p string) bool {
	for _, r := range []string{"update my ", "change my ", "update our ", "change our ", "amend our "} {
		if strings.HasPrefix(p, r) {
			return true
		}
	}
	return false
}

// requested: the words before a requestForm make it the writer's request:
// not after "can", "may", "employees" (notRequestBefore), nor after "to"
// unless the writer asks ("I'd like to", "we need to").
func requested(before []byte) bool {
	if wordBefore(before, 1, notRequestBefore) {
		return false
	}
	if !wordBefore(before, 1, toWord) {
		return true
	}
	return wordBefore(before, 4, toRequester)
}

var toWord = map[string]bool{"to": true}

// movedForm: one of movedPhrases.
func movedForm(p string) bool {
	for _, q := range movedPhrases {
		if p == q {
			return true
		}
	}
	return false
}

// moneyNear: moneyMoves in the sentence text[sa:se] or the one after it.
func moneyNear(text []byte, sa, se int) bool {
	end := se
	if se < len(text) {
		if i := bytes.IndexAny(text[se+1:], ".!?;\n"); i >= 0 {
			end = se + 1 + i
		} else {
			end = len(text)
		}
	}
	return anyWordIn(text[sa:end], moneyMoves)
}

// writerWords name the writer ("we", "our").
var writerWords = map[string]bool{"we": true, "our": true, "i": true, "my": true}

// ownPhrase: the phrase names the writer's own account itself.
func ownPhrase(p string) bool {
	return strings.HasPrefix(p, "our ") || strings.HasPrefix(p, "my ") || strings.Contains(p, " our ") ||
		strings.Contains(p, " my ")
}

// bankVerbForm: a phrase that tells of a bank changed without saying
// whose ("changed banks"), which counts only with the writer as its
// subject.
func bankVerbForm(p string) bool {
	switch p {
	case "changed banks", "changed bank", "changing banks", "switched banks", "moved banks", "changed bank accounts",
		"switched bank accounts":
		return true
	}
	return false
}

// bankChangeHolds: the policy holds the message for its bank_change
// (BankChangeAction): "quarantine" always, "unconfirmed" unless the
// message itself points to the check by phone on a number the reader
// has (phoneCheckIn), "accept" never.
func (m *message) bankChangeHolds() bool {
	if m.p.BankChangeAction == BankChangeAccept {
		return false
	}
	for _, e := range m.subjEv {
		if e.code == CodeBankChange && e.w > 0 {
			return m.p.BankChangeAction == BankChangeQuarantine || e.b == ""
		}
	}
	return false
}
