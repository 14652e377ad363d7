package scoring

import (
	"strconv"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestCallbackNumber: a first-contact stranger's message without a link
// that asks about a payment and gives a number to call is held; a known
// supplier's, one with a link to judge, one without payment words and
// numbers that are no phone numbers are not.
func TestCallbackNumber(t *testing.T) {
	toad := "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call our billing desk at +1 (888) 555-0199 to cancel."
	for _, tc := range []struct {
		name     string
		in       Input
		callback bool
		action   Action
	}{
		{"a stranger's receipt with a number to call", noLink(newInput(), toad), true, Quarantine},
		{"the payment named only in the subject", func() Input {
			in := noLink(newInput(), "Your card ending 4421 was charged $329.99. To dispute this charge, reach our support team at 808.555.0123.")
			in.Subject = "Payment processed: invoice 99812"
			return in
		}(), true, Quarantine},
		{"the number and the payment in the subject", func() Input {
			in := noLink(newInput(), "Your Total Protection plan was renewed. Details are in your account.")
			in.Subject = "Payment of $499.99 received - call +1 888 555 0199 to cancel"
			return in
		}(), true, Quarantine},
		{"a receipt's subject joins its date and amount", func() Input {
			in := noLink(newInput(), "Thank you for your payment. Your annual subscription has been renewed and EUR 39.00 was charged to your card ending 4242. Questions? Our support team is happy to help: just reply to this email.")
			in.Subject = "Subscription renewed - 26/11/2026 - 39.00 EUR"
			return in
		}(), false, Accept},
		{"a receipt's subject, its date written year first", func() Input {
			in := noLink(newInput(), "Thank you for your payment. Your annual subscription has been renewed and EUR 39.00 was charged to your card ending 4242. Questions? Our support team is happy to help: just reply to this email.")
			in.Subject = "Subscription renewed \u00b7 2026-11-26 \u00b7 39.00 EUR"
			return in
		}(), false, Accept},
		{"a new supplier's first invoice", noLink(newInput(), "Please find our invoice 4471 for the chairs delivered last week. Payment of $1,250.00 is due within 30 days. If you have any questions about this invoice, please call us at (555) 123-4567."), false, Accept},
		{"a practice's receipt", noLink(newInput(), "Thank you for your payment today. Your next appointment is on 3 December. To reschedule, please call our office at 555-201-3344."), false, Accept},
		{"a hotel's booking confirmation", noLink(newInput(), "Your reservation is confirmed and your deposit payment has been received. To change or cancel your booking, call our front desk at +1 206 555 0188."), false, Accept},
		{"a renewal with its amount and no payment word", noLink(newInput(), "Your McAfee LiveSafe subscription renews today for $399.00. The amount will be deducted from your account within 24 hours. Not you? To cancel the order call 1-808-555-0199."), true, Quarantine},
		{"a renewal offer takes no money", noLink(newInput(), "Renew your club membership for the 2027 season for $450 before 31 December. Questions? Call the club office at +1 (206) 555-0188."), false, Accept},
		{"a hotel's charge is no renewal", noLink(newInput(), "Your room is booked for 3 nights; your card will be charged $149 per night at check-in. To cancel, call the front desk at +1 206 555 0188."), false, Accept},
		{"an amount is no payment cue", noLink(newInput(), "The hotel rate is $149; to book call (504) 561-1234."), false, Accept},
		{"full-width digits", noLink(newInput(), "Your plan was renewed and USD 499.99 will be charged. For a refund call \uff18\uff18\uff18-\uff15\uff15\uff15-\uff10\uff11\uff19\uff19."), true, Quarantine},
		{"mathematical digits", noLink(newInput(), "USD 499.99 will be charged. For a refund call \U0001d7d6\U0001d7d6\U0001d7d6-\U0001d7d3\U0001d7d3\U0001d7d3-\U0001d7ce\U0001d7cf\U0001d7d7\U0001d7d7."), true, Quarantine},
		{"a known supplier asking to call about an invoice", noLink(knownInput(), "We charged your card twice for the invoice attached; please call our accounts desk on 0044 20 7946 0958 about the refund."), true, Accept},
		{"a stranger asking to be called back about a charge", noLink(newInput(), "I was charged twice for my subscription payment this month. Please refund one of them, or call me at +1 (206) 555-0143 to sort it out."), false, Accept},
		{"a stranger asking to be rung on their cell", noLink(newInput(), "Your shop charged my card $89.00 twice; I dispute the second payment. Ring my cell, 206-555-0143, any time."), false, Accept},
		{"a customer telling the shop it did not refund", noLink(newInput(), "I cancelled my subscription in October but you did not stop charging my card. Please refund the payment and call me at +1 (206) 555-0143."), false, Accept},
		{"a customer telling the shop it did not refund, without 'my'", noLink(newInput(), "You didn't refund order 4471 and charged again. Please call me on +44 7700 900123."), false, Accept},
		{"a customer who signed up for the shop's membership", noLink(newInput(), "Hi, I signed up for your membership and the payment was taken twice. Can you refund it? Call me on +44 161 496 0000."), false, Accept},
		{"a customer naming the shop's account team", noLink(newInput(), "Was charged twice, your account team did not answer. Please refund and call me at +1 206 555 0143"), false, Accept},
		{"a scam's agent: the reader's plan renewed, not you?", noLink(newInput(), "Your subscription has been renewed for $399.99. Not you? Call me at +1 (808) 555-0142 for a refund. Mark, Billing"), true, Quarantine},
		{"a scam's billing agent asking to be called about the reader's charge", noLink(newInput(), "Your Norton 360 subscription has been renewed and $349.99 was charged to your card. If you did not authorize this payment, call me directly at +1 (808) 555-0142 to cancel and get a refund. Mark, Billing Department"), true, Quarantine},
		{"call me in the text, the desk's number to call", noLink(newInput(), toad+" Or call me, your account manager. Call our desk at +1 (888) 555-0177."), true, Quarantine},
		{"a link to judge: its context is read instead", func() Input { in := newInput(); in.Lead = toad; return in }(), false, Lock},
		{"a number to call without a payment", noLink(newInput(), "Happy to talk about the role: call me at +1 (888) 555-0199."), false, Accept},
		{"a colleague passing on a number", func() Input {
			in := noLink(newInput(), "Their billing contact is Ann Lee, call 918-573-5403 about the invoice.")
			in.FromAddr, in.MailFrom = "theresa@corp.example", "theresa@corp.example"
			return in
		}(), false, Accept},
		{"a bank account, no phone", noLink(newInput(), "Please pay the invoice to IBAN DE89 3704 0044 0532 0130 00 and call if unclear."), false, Accept},
		{"a phone number with no word asking to call", noLink(newInput(), "Invoice 4711 for $1,200.00. Ref 8885550199123."), false, Accept},
		// disguised numbers (phoneText)
		{"the number spelled in words", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call our billing desk at one eight zero zero five five five zero one nine nine to cancel."), true, Quarantine},
		{"the number partly in words", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call 1 eight hundred 555 zero one nine nine to cancel."), true, Quarantine},
		{"letters for digits: 1-8O5", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call 1-8O5-555-O199 to cancel."), true, Quarantine},
		{"digits between emoji", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call 1📞808📞555📞0199 to cancel."), true, Quarantine},
		{"digits between zero-width spaces", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call 1\u200b8\u200b0\u200b8\u200b5\u200b5\u200b5\u200b0\u200b1\u200b9\u200b9 to cancel."), true, Quarantine},
		{"full-width digits and words", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. For a refund call \uff11\uff18\uff10\uff10 five five five \uff10\uff11\uff19\uff19."), true, Quarantine},
		{"digits between en dashes", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. For a refund call 1\u2013808\u2013555\u20130199."), true, Quarantine},
		{"the number in the subject only", func() Input {
			in := noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call the billing desk at the number above to cancel.")
			in.Subject = "Norton renewal +1 (808) 555-0142"
			return in
		}(), true, Quarantine},
		// what looks numeric and is no number to call
		{"a known shop's order confirmation with its service number in words", noLink(knownInput(), "Thank you for your order 4471-2231, paid by card. It ships on 27.11.2026. Questions? Call customer service at one eight hundred five five five zero one nine nine."), false, Accept},
		{"a new shop's order confirmation: no charge named", noLink(newInput(), "Thank you for your order 4471-2231. Your payment was received and the parcel ships on 27.11.2026. Questions? Call customer service at 1\u2013800\u2013555\u20130199."), false, Accept},
		{"a new supplier's signature block", noLink(newInput(), "Please find our invoice 4471 attached; payment of $1,250.00 is due within 30 days. Kind regards, Ann Lee | Accounts | Tel. +1 (808) 555-0142 | Mobile +1 808 555 0199"), false, Accept},
		{"dates, invoice and tracking numbers", func() Input {
			in := noLink(newInput(), "Your subscription payment of $49.00 was charged on 26.11.2026 \u2013 27.11.2026 for invoice 2026-1126-4471, tracking 1Z 999 AA1 0123 4567 84. Questions? Call us any time.")
			in.Subject = "Invoice 2026-1126-4471"
			return in
		}(), false, Accept},
		{"a postal address", noLink(newInput(), "Your subscription was charged $49.00; the refund goes out by post. Call in at our office, 1600 Amphitheatre Parkway, Mountain View, CA 94043 \u2022 USA."), false, Accept},
		{"a carrier's bill naming the reader's line in its subject", func() Input {
			in := noLink(newInput(), "Your bill is ready. AutoPay: $85.40 will be charged to your card on 3 December. Questions about your payment? Call 611 from your phone.")
			in.Subject = "Your bill for (206) 555-0188 is ready"
			return in
		}(), false, Accept},
		// a debt collected by force: the tax office's and the collector's callback scams (enforcementThreat)
		{"a tax office's levy threat", noLink(newInput(), "Our records show an unpaid balance of $14,218.55 on your business account. If this amount is not paid, we will levy your bank account within 48 hours. To arrange a payment, call our collections department at +1 (808) 555-0142."), true, Quarantine},
		{"an arrest threat", noLink(newInput(), "A warrant has been issued over your unpaid tax balance and you may face arrest. Call the enforcement office at 1-808-555-0199 today to settle the payment."), true, Quarantine},
		{"an arrest warrant threat", noLink(newInput(), "An arrest warrant will be issued if the balance of $4,120.00 is not paid today. Call the enforcement office at 1-808-555-0199 to arrange the payment."), true, Quarantine},
		{"a stranger's letter to a law firm tells of an arrest", noLink(newInput(), "My brother was arrested last night and we need to arrange payment of his bail. Please call our family office at 1-206-555-0143 so we can talk about your fees."), false, Accept},
		{"a strata levy is a charge, no threat", noLink(newInput(), "Your quarterly strata levy of $1,200.00 is due for payment on 1 December. Questions? Call our office at +61 2 5550 1234."), false, Accept},
		{"a builder's invoice with a lien waiver", noLink(newInput(), "Please find our invoice 4471 and the conditional lien waiver; payment of $8,250.00 is due within 30 days. Questions? Call us at (555) 123-4567."), false, Accept},
		{"a client's payment, no lien", noLink(newInput(), "Our client's payment of $1,250.00 is due on Friday; questions, call us at (555) 123-4567."), false, Accept},
		// a warrant or a lawsuit aimed at the reader (aimedThreat), and what
		// a collector, a law firm and a debt charity tell as what may happen (hedged)
		{"a warrant issued in the reader's name", noLink(newInput(), "A warrant has been issued in your name over an unpaid balance of $3,480.00. Call 1-808-555-0199 immediately to resolve the payment."), true, Quarantine},
		{"legal action against the reader", noLink(newInput(), "Your outstanding balance of $2,150.00 remains unpaid. Legal action will be taken against you within 24 hours. Call 1-808-555-0142 to settle the payment."), true, Quarantine},
		{"a stranger's letter tells of a warrant for a brother", noLink(newInput(), "A warrant was issued for my brother last week over an unpaid fine of $900.00. Please call our family at 1-206-555-0143 about your fees."), false, Accept},
		{"a collector's letter: the debt to dispute, a garnishment that may follow", noLink(newInput(), "We write on behalf of Lakeside Energy about your closed account, reference NR-448120, and its balance of $612.40. If the balance is not paid, our client may apply to the court to garnish your wages. You can dispute this debt within 30 days. To discuss a payment plan, call us at (206) 555-0177."), false, Accept},
		{"a collector's letter: a garnishment that may follow", noLink(newInput(), "We write on behalf of Northwind Bank about account 4471-2231 and its balance of $2,150.00. If the balance is not paid, our client may apply to the court to garnish your wages. To discuss a payment plan, call us at (555) 123-4567."), false, Accept},
		{"a law firm's letter: legal action that may follow", noLink(newInput(), "We act for Contoso Ltd about its unpaid invoice of $8,250.00. If payment is not received within 14 days, our client may take legal action against you. Please call our office at (555) 123-4567 to arrange payment."), false, Accept},
		{"a debt charity's letter: what bailiffs can seize", noLink(newInput(), "Struggling with a payment you cannot make? Bailiffs can seize your goods only after a court order. Our advisers are free: call our helpline at 0800 555 0142."), false, Accept},
		{"a hedged arrest still counts", noLink(newInput(), "Your unpaid balance of $3,480.00 is overdue and a warrant for your arrest may be issued. Call 1-808-555-0199 to settle the payment."), true, Quarantine},
		{"a vanity number", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call 1-888-REFUNDS to cancel."), true, Quarantine},
		{"Arabic-Indic digits", noLink(newInput(), "Your Total Protection plan was renewed and your card was charged $499.99. If you did not authorize this payment, call \u0661-\u0668\u0660\u0668-\u0665\u0665\u0665-\u0660\u0661\u0669\u0669 to cancel."), true, Quarantine},
		{"an order number after a call word", noLink(newInput(), "Your subscription payment of $49.00 was charged to your card. Questions? Call us about order 4471223190 any time by replying to this email."), false, Accept},
		// a charge to undo, not a charge told (chargeWords, renewalCancel)
		{"a gym's welcome: the charge told, nothing to undo", noLink(newInput(), "Welcome to Ironside Gym! Your membership renews monthly and your first payment of $49.00 has been charged to your card. Questions about your plan? Call the front desk at (206) 555-0188."), false, Accept},
		{"a gym's welcome saying how to cancel: still held", noLink(newInput(), "Welcome to Ironside Gym! Your membership renews monthly and your first payment of $49.00 has been charged to your card. To cancel, call the front desk at (206) 555-0188."), true, Quarantine},
		{"a scam's charge with nothing to undo: let through", noLink(newInput(), "Your Norton renewal payment of $499.99 has been charged to your card. For details call +1 (808) 555-0199."), false, Accept},
		{"a renewal and how to cancel it", noLink(newInput(), "Your Norton plan was renewed and your payment of $499.99 has been charged. To cancel, call +1 (808) 555-0199."), true, Quarantine},
		// from free mail, where no business writes its receipts and letters (callbackStory)
		{"a scam's charge with nothing to undo, from Gmail", fromAddr(noLink(newInput(), "Your Norton renewal payment of $499.99 has been charged to your card. For details call +1 (808) 555-0199."), "billing.desk4471@gmail.com", "Norton Billing"), true, Quarantine},
		{"a hedged seizure, from Outlook", fromAddr(noLink(newInput(), "Our records show an unpaid balance of $6,842.17. Failure to pay may result in seizure of your assets. Call the collections unit at 1-808-555-0101 today."), "irs.notice.department@outlook.com", "Internal Revenue Service"), true, Quarantine},
		{"hedged legal action, from Outlook", fromAddr(noLink(newInput(), "Your balance of $1,284.50 is overdue. We may take legal action against you. Call 0300 555 0142 today."), "debt.management@outlook.com", "HMRC"), true, Quarantine},
		{"an order charged, no payment word, from Gmail", fromAddr(noLink(newInput(), "Your order for an iPhone 15 Pro has shipped. Order total: $1,299.00 charged to your card. To cancel this order, call +1 (808) 555-0166."), "orders.desk7731@gmail.com", "Amazon.com"), true, Quarantine},
		{"an order charged, no payment word, from a shop", noLink(newInput(), "Your order for an iPhone 15 Pro has shipped. Order total: $1,299.00 charged to your card. To cancel this order, call +1 (808) 555-0166."), false, Accept},
		{"an order charged and disowned, no payment word", noLink(newInput(), "Your Best Buy order has been placed. Total charged: $2,849.00. If you did not place this order, call 1-808-555-0190."), true, Quarantine},
		{"a renewal offer from Gmail takes nothing", fromAddr(noLink(newInput(), "It's time to renew your club membership: the payment is $120.00, due by 31 December. Questions? Call the club office at (206) 555-0166."), "lakesiderowing@gmail.com", "Lakeside Rowing Club"), false, Accept},
		{"an amount owed under an arrest threat, no payment word", noLink(newInput(), "You have an outstanding tax liability of \u00a31,284.50. If this is not settled within 24 hours, a warrant will be issued for your arrest. Call 020 7946 0321."), true, Quarantine},
		{"a known office's levy notice", noLink(knownInput(), "Your payment plan is overdue; we will levy your bank account unless you call us at (555) 123-4567 to arrange payment."), true, Accept},
		// an agenda's "refund dispute" asks the reader for no refund (refundAsked)
		{"a correspondent's dial-in with a PIN", noLink(knownInput(), "Agenda: the refund dispute on invoice 4471 and the payment plan. Dial in: +1 646 555 0100, PIN 4471 2231#."), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodeCallback)
			if got != tc.callback || v.Action != tc.action {
				t.Errorf("callback_number %v, action %s; want %v, %s\n%v", got, v.Action, tc.callback, tc.action, v.Reasons)
			}
		})
	}
}

// TestCalledNumber: phone numbers as they are written, after a call word
// as a whole word; amounts, order, card and bank numbers are none.
func TestCalledNumber(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"call +1 (888) 555-0199 now", "+1 (888) 555-0199"},
		{"Toll free: 1-808-555-0123.", "1-808-555-0123"},
		{"contact us at 020 7946 0958", "020 7946 0958"},
		{"his contact at the bank is Ann 918-573-5403", ""},
		{"Phone: 713-853-1234", ""},
		{"contact PayPal support immediately at 1-888-555-0143", "1-888-555-0143"},
		{"stay at our hotel 020 7946 0958", ""},
		{"call about card 4111 1111 1111 1111", ""},
		{"call about order 4471-2231", ""},
		{"call re IBAN DE89 3704 0044 0532 0130 00", ""},
		{"call", ""},
		{"call +1 (8O8) 555-O142 within 24 hours", "+1 (8O8) 555-O142"},
		{"call 1-888-555-o199", "1-888-555-o199"},
		{"call us 9 to 5 on 020 7946 or our office", ""},
		{"call Tom or Otto at 555 0100", ""},
		// spaced out, and letters written for digits
		{"call us at +1 8 0 8 - 5 5 5 - 0 1 4 2 to cancel", "+1 8 0 8 - 5 5 5 - 0 1 4 2"},
		{"call +1 (8O8) 5S5-Ol42 within 24 hours", "+1 (8O8) 5S5-Ol42"},
		{"call 1-8OO-555-OI99", "1-8OO-555-OI99"},
		{"call 020 7946 OSLO office", ""},
		{"call 020 7946 IS open", ""},
		{"call 808 555 0142 or 0143", "808 555 0142"},
		{"call about order 4471 - 2231", ""},
		{"call  808  -  555 0142", ""},
		// vanity numbers: capitals for the last digits (vanityAt)
		{"call 1-800-FLOWERS today", "1-800-FLOWERS"},
		{"call 800-FLOWERS", "800-FLOWERS"},
		{"call 1-800-GOT-JUNK now", "1-800-GOT-JUNK"},
		{"Call 1-800 TODAY", ""},
		{"call 1-800-Flowers", ""},
		{"call +1 808 555 0142 NOW", "+1 808 555 0142"},
		{"call 1-800-FLOWERSHOPS", ""},
		// a document's number after a call word (labelledNumber)
		{"call us about order 4471223190", ""},
		{"call about your order no. 4471223190", ""},
		{"call with reference 8885550199", ""},
		{"call our toll-free number 1-888-555-0199", "1-888-555-0199"},
		{"call us, no. 1-888-555-0199", "1-888-555-0199"},
	} {
		got, _ := calledNumber(tc.text, false)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

func FuzzCalledNumber(f *testing.F) {
	f.Add("call +1 (888) 555-0199 now")
	f.Add("tel((((((1234567890")
	f.Add("Renewed - 26/11/2026 - 39.00\ncall our support")
	f.Add("call 1-800-GOT-JUNK about order no. 4471223190")
	f.Add("a warrant. may; legal action against you")
	f.Add("may levy your\nfor refund call; suspension of your vehicle may")
	f.Add("toll-free toll free tolls free")
	f.Add("avoid arrest; your licence suspen\nyou renewed renewed and get a refund")
	f.Add("if there is a warrant for your, not suspended unless $85.00 fee paid.5.")
	f.Add(".1.2 your permit isn't revoked if you miss it, t")
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := calledNumber(s, false); ok && !strings.Contains(s, got) {
			t.Fatalf("%q is not in %q", got, s)
		}
		if got, ok := calledNumber(s, true); ok && !strings.Contains(s, got) {
			t.Fatalf("%q is not in %q (call me)", got, s)
		}
		enforcementThreat(strings.ToLower(s), true) // must not panic on any text
		enforcementThreat(strings.ToLower(s), false)
		refundAsked(strings.ToLower(s))
		vehicleSuspension(strings.ToLower(s), true)
		owedNamed(strings.ToLower(s))
		libertyThreat(strings.ToLower(s), true)
		libertyThreat(strings.ToLower(s), false)
		standingSuspension(strings.ToLower(s))
		for i := 0; i < len(s); i++ {
			if a, b := sentenceStart(s, i), sentenceEnd(s, i); a > i || b < i || b > len(s) {
				t.Fatalf("sentence of %d in %q: [%d:%d]", i, s, a, b)
			}
		}
		renewalMade(strings.ToLower(s))
		if r := subjectRead(s); len(r) > maxSubjectRead || !strings.HasPrefix(s, r) {
			t.Fatalf("subjectRead(%q) = %q", s, r)
		}
		if dateAt(s) && (s == "" || !isDigit(s[0])) {
			t.Fatalf("dateAt(%q) without a leading digit", s)
		}
		if subj := strings.IndexByte(s, '\n'); subj >= 0 {
			if got, ok := subjectNumber(s, subj); ok && (!strings.Contains(s[:subj], got) || dateAt(got)) {
				t.Fatalf("subjectNumber(%q) = %q", s, got)
			}
		}
	})
}

// TestPlatformCallback: an invoice or money request a platform sends with
// its customer's note (PayPal, or a relay such as Square) whose links all
// lead to the platform is read for a number to call; a first contact is
// held. A merchant's own site linked beside it, a note asking nothing
// about a charge, a sender that is no such platform and a relay a
// verifier failed are not read so.
func TestPlatformCallback(t *testing.T) {
	note := "Note from seller: Your annual protection plan renewed and was charged $499.99. If you did not authorize this charge, call our billing support at +1 (808) 555-0199 to cancel and get a refund."
	platform := func(from, host, domain, ctx string) Input {
		in := newInput()
		in.FromAddr, in.MailFrom, in.FromName = from, from, "Geek Squad Billing"
		in.Subject = "You've got a new invoice"
		l := web("https://"+host+"/invoice/p/#INV2-X7KD", host, domain)
		l.Display, l.Context = "View and Pay Invoice", ctx
		in.Links, in.Lead = []links.Link{l}, "Geek Squad Billing sent you an invoice for $499.99 USD"
		return in
	}
	for _, tc := range []struct {
		name     string
		in       Input
		callback bool
		held     bool
	}{
		{"PayPal invoice with a callback note", platform("service@paypal.com", "www.paypal.com", "paypal.com", note), true, true},
		{"Square invoice with a callback note", platform("invoice@messaging.squareup.com", "squareup.com", "squareup.com", note), true, true},
		{"the note in the lead, not near the link", func() Input {
			in := platform("service@paypal.com", "www.paypal.com", "paypal.com", "View and Pay Invoice")
			in.Lead += ". " + note
			return in
		}(), true, true},
		{"a supplier's invoice: questions, no charge named", platform("invoice@messaging.squareup.com", "squareup.com", "squareup.com",
			"Invoice 4471 for the chairs, payment due in 30 days. Questions? Call us at (555) 123-4567."), false, false},
		{"a link to the merchant's own site is judged instead", func() Input {
			in := platform("service@paypal.com", "www.paypal.com", "paypal.com", note)
			in.Links = append(in.Links, web("https://geeksquad-billing.example/", "geeksquad-billing.example", "geeksquad-billing.example"))
			return in
		}(), false, false},
		{"a Microsoft 365 billing notice whose organisation name is the lure", func() Input {
			in := platform("microsoft-noreply@microsoft.com", "admin.microsoft.com", "microsoft.com", "View subscription")
			in.Lead = "Organization: Billing Support - your card was charged $659.99 for your subscription. If you did not authorize this charge call +1 (808) 555-0166."
			return in
		}(), true, true},
		{"a DocuSign envelope linking the brand's other domain too", func() Input {
			in := platform("dse_na2@docusign.net", "na2.docusign.net", "docusign.net", note)
			in.Links = append(in.Links, web("https://www.docusign.com/support", "www.docusign.com", "docusign.com"))
			return in
		}(), true, true},
		{"a merchant's renewal invoice through PayPal: questions, no charge disowned", platform("service@paypal.com", "www.paypal.com", "paypal.com",
			"Note from seller: Thanks for renewing your hosting subscription for another year. Questions about this invoice? Call us at +1 (415) 555-0142."), false, false},
		{"a merchant's collection reminder through PayPal: a note's threat is no charge", platform("service@paypal.com", "www.paypal.com", "paypal.com",
			"Note from seller: Your balance is 90 days past due. We may garnish your wages through the court; call us at +1 (415) 555-0142 to arrange a payment plan."), false, false},
		{"a monthly subscription invoice through Square", platform("invoice@messaging.squareup.com", "squareup.com", "squareup.com",
			"Message: Your monthly office coffee subscription for December. Any questions, call us on (503) 555-0187."), false, false},
		{"a renewal note that asks to call to cancel it", platform("service@paypal.com", "www.paypal.com", "paypal.com",
			"Note from seller: Your Norton subscription renewed today for $399.99. To cancel, call our billing desk at +1 (808) 555-0177."), true, true},
		{"a renewal note disowned: if this wasn't you", platform("service@paypal.com", "www.paypal.com", "paypal.com",
			"Note from seller: Your McAfee Total Protection subscription has been renewed for $349.99. If this wasn\u2019t you, contact our support at +1 (808) 555-0123."), true, true},
		{"a charge made, in other words: billed", platform("service@paypal.com", "www.paypal.com", "paypal.com",
			"Note from seller: Your account has been billed $699.00 for the Geek Squad plan. Call +1 (808) 555-0144 for help."), true, true},
		{"a bank's own alert is no customer's note", platform("alerts@chase.com", "www.chase.com", "chase.com", note), false, false},
		{"no platform: a shop's own receipt", platform("orders@shop-new.example", "www.shop-new.example", "shop-new.example", note), false, false},
		{"a relay a verifier failed", func() Input {
			in := platform("invoice@messaging.squareup.com", "squareup.com", "squareup.com", note)
			in.AuthChecked = true
			return in
		}(), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodeCallback)
			if got != tc.callback || (v.Action == Quarantine) != tc.held {
				t.Errorf("callback_number %v, action %s; want %v, held %v\n%v", got, v.Action, tc.callback, tc.held, v.Reasons)
			}
			// The notice has links: its reason must not say it has none.
			for _, r := range v.Reasons {
				if r.Code == CodeCallback && (strings.Contains(r.Text, "no link") || !strings.Contains(r.Text, "note")) {
					t.Errorf("callback_number text %q: the notice has links, its customer's note asks", r.Text)
				}
			}
		})
	}
}

// TestPlatformCallbackBounded: a forged platform notice with thousands of
// links, each with its own context, is read only up to maxNoteText.
func TestPlatformCallbackBounded(t *testing.T) {
	in := newInput()
	in.FromAddr, in.MailFrom, in.Subject = "service@paypal.com", "service@paypal.com", "Invoice"
	in.Links = make([]links.Link, 2000)
	for i := range in.Links {
		in.Links[i] = web("https://www.paypal.com/i/"+strconv.Itoa(i), "www.paypal.com", "paypal.com")
		in.Links[i].Context = strings.Repeat("invoice "+strconv.Itoa(i)+" ", 40)
	}
	in.Links[1999].Context = "Your plan was charged $499. If you did not authorize this payment call +1 808 555 0199."
	v := Score(testPolicy(), in)
	if hasReason(v.Reasons, CodeCallback) {
		t.Errorf("a number past maxNoteText was read: %v", v.Reasons)
	}
}

// TestDocCallback: a message without a link whose attached PDF tells the
// callback story (Input.DocLead) gets callback_number, held on a
// stranger's first contact; a new supplier's invoice asking to call with
// questions, a PDF beside a judged link and a known supplier's are not
// held.
func TestDocCallback(t *testing.T) {
	toad := "Geek Squad Total Protection - Renewal Invoice GS-88412 Amount charged: $499.99 If you did not authorize this charge, call our billing desk at +1 (808) 555-0142 to cancel."
	withDoc := func(in Input, lead, doc string) Input {
		in = noLink(in, lead)
		in.DocLead = doc
		return in
	}
	linked := withDoc(newInput(), "Please see the attached invoice.", toad)
	linked.Links = []links.Link{web("https://www.landing-new.example/spring", "www.landing-new.example", "landing-new.example")}
	for _, tc := range []struct {
		name     string
		in       Input
		callback bool
		action   Action
	}{
		{"a stranger's renewal invoice", withDoc(newInput(), "Please see the attached invoice.", toad), true, Quarantine},
		{"no body at all", withDoc(newInput(), "", toad), true, Quarantine},
		{"a new supplier's invoice", withDoc(newInput(), "Please see the attached invoice.", "Invoice 4471 Chairs delivered 20 November Total $1,250.00 Payment due within 30 days. Questions about this invoice? Please call us at (555) 123-4567."), false, Accept},
		{"a SaaS invoice renewing a subscription", withDoc(newInput(), "Your invoice is attached.", "Invoice INV-2291 Pro plan subscription, 12 months: $480.00 Payment due on receipt. For billing questions contact our support team at +1 (415) 555-0101."), false, Accept},
		{"a link to judge", linked, false, Lock},
		{"a known supplier", withDoc(knownInput(), "Invoice attached.", toad), true, Accept},
		{"a levy threat in the letter", withDoc(newInput(), "Please see the attached notice.", "Notice CP504 Unpaid balance $14,218.55 Notice of intent to levy. To avoid enforcement, call our collections unit at +1 (808) 555-0142 to arrange payment."), true, Quarantine},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if got := hasReason(v.Reasons, CodeCallback); got != tc.callback || v.Action != tc.action {
				t.Errorf("callback_number %v, action %s; want %v, %s\n%v", got, v.Action, tc.callback, tc.action, v.Reasons)
			}
		})
	}
}

func TestNextWholeWord(t *testing.T) {
	for _, tc := range []struct {
		s, w      string
		off, a, b int
	}{
		{"call us", "call", 0, 0, 4},
		{"recall, then call", "call", 0, 13, 17},
		{"hotel tel", "tel", 0, 6, 9},
		{"tel", "tel", 1, -1, -1},
		{"telephone", "tel", 0, -1, -1},
		{"", "tel", 0, -1, -1},
		{"scan scan", "scan", 1, 5, 9},
	} {
		if a, b := nextWholeWord(tc.s, tc.w, tc.off); a != tc.a || b != tc.b {
			t.Errorf("nextWholeWord(%q, %q, %d) = %d, %d, want %d, %d", tc.s, tc.w, tc.off, a, b, tc.a, tc.b)
		}
	}
}

// TestDateAt: a run of digits that begins with a date is no phone number
// (subjectNumber).
func TestDateAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"26/11/2026 - 39.00", true},
		{"2026-11-26   39.00", true},
		{"11.26.2026", true},
		{"1/2/2026 12", true},
		{"26/11-2026", false},
		{"808-555-0142", false},
		{"1 (808) 555-0142", false},
		{"+1 808 555 0142", false},
		{"2026 11 26 1234", false},
		{"12/345/6789", false},
		{"", false},
	} {
		if got := dateAt(tc.s); got != tc.want {
			t.Errorf("dateAt(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestRefundAsked: a refund counts as a charge to undo only when the
// reader is told to act for it, not when a policy is stated.
func TestRefundAsked(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"to request a refund, call +1 808 555 0101.", true},
		{"call +1 (808) 555-0101 for a full refund.", true},
		{"for a refund, call our billing desk.", true},
		{"to get your refund, contact us.", true},
		{"please call our accounts desk on 0044 20 7946 0958 about the refund.", true},
		{"if you wish to claim a refund of the charge, reply.", true},
		{"cancellations receive a full refund; to cancel, call (206) 555-0190.", false},
		{"refunds are issued within 14 days under our refund policy.", false},
		{"questions about our refund policy? call us.", false},
		{"your non-refundable rate has been charged.", false},
		{"cancel within 24 hours and you will get a full refund.", false},
		{"we process refunds within 5 days.", false},
		{"for a refund of the deposit, see the terms.", false},
		{"agenda: the refund dispute on invoice 4471. dial in: +1 646 555 0100.", false},
		{"you can request a refund within 14 days.", false},
		{"you may cancel your order before it ships and get a full refund.", false},
		{"cancel within 30 days and get a full refund.", false},
		{"to cancel and get your refund, call +1 808 555 0101.", true},
		{"you can call us for a full refund.", true},
		{"you can request a full refund within 24 hours by calling +1 808 555 0166.", true},
		{"you may request a refund by calling our billing desk.", true},
		{"if you would like to request a refund, please contact our billing desk.", true},
	} {
		if got := refundAsked(tc.text); got != tc.want {
			t.Errorf("refundAsked(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestHedged: a modal hedges a threat only when it governs it, not the
// month May nor a modal elsewhere in the sentence.
func TestHedged(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // enforcementThreat with hedges
	}{
		{"our client may apply to the court to garnish your wages.", false},
		{"failure to pay may result in the seizure of your assets.", false},
		{"bailiffs can seize your goods.", false},
		{"legal action may be taken against you.", false},
		{"seizure of your assets may follow.", false},
		{"you can stop the levy on your bank account only by calling today.", true},
		{"seizure of your goods can be avoided by calling today.", true},
		{"unless the balance due since may is paid, we will levy your bank account.", true},
		{"on 14 may we seize your car.", true},
		{"you can call us today and we will levy your bank account.", true},
		{"we will levy your bank account; you may call us.", true},
		{"we will levy your bank account unless you call today, you can reach us at home.", true},
		{"legal action will be taken against you, as you may know.", true},
	} {
		if got := enforcementThreat(tc.text, true); got != tc.want {
			t.Errorf("enforcementThreat(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestVehicleThreat: an amount owed with a deadline and a threat to the
// reader's vehicle registration or licence counts from free mail, and
// from another domain unless its text names the sender's site or the
// threat is hedged; a forged sender earns no own-site credit.
func TestVehicleThreat(t *testing.T) {
	const toll = "an unpaid toll balance of $6.99. pay today to avoid the suspension of your vehicle registration."
	const site = "an unpaid toll balance of $6.99. pay today at www.tolls.example to avoid the suspension of your vehicle registration."
	const hedge = "an unpaid toll balance of $6.99, now overdue. failure to pay within 28 days may result in the suspension of your vehicle registration."
	for _, tc := range []struct {
		name, from, text string
		failed           bool // a trusted verifier failed the sender
		want             bool
	}{
		{"free mail", "billing@gmail.com", toll, false, true},
		{"free mail, its site named", "billing@gmail.com", site, false, true},
		{"free mail, hedged", "billing@gmail.com", hedge, false, true},
		{"a domain, only a number", "notices@tolls.example", toll, false, true},
		{"a domain naming its site", "notices@tolls.example", site, false, false},
		{"a domain naming a site with its name inside", "notices@tolls.example", strings.Replace(site, "www.tolls", "www.pay-tolls", 1), false, true},
		{"a forged domain naming its site", "notices@tolls.example", site, true, true},
		{"a domain, hedged", "notices@tolls.example", hedge, false, false},
		{"a licence revoked", "billing@gmail.com", "your parking fine of $85.00 is overdue. pay immediately or face revocation of your driving licence.", false, true},
		{"a revolving balance", "billing@gmail.com", "your revolving balance of $85.00 is due today for your vehicle loan.", false, false},
		{"no deadline", "billing@gmail.com", "an unpaid toll balance of $6.99 may lead to the suspension of your vehicle registration.", false, false},
		{"no vehicle", "billing@gmail.com", "an unpaid balance of $6.99. pay today to avoid the suspension of your account.", false, false},
		{"no amount", "billing@gmail.com", "an unpaid toll. pay today to avoid the suspension of your vehicle registration.", false, false},
		{"a vehicle's terms, no reader's vehicle", "billing@gmail.com", "tolls are charged at $5.95 within 30 days. drivers with a suspended licence may not drive the vehicle.", false, false},
		{"a licence suspended, the reader's", "billing@gmail.com", "a fine of $85.00 is unpaid. pay within 7 days or the suspension of the driving licence you hold follows.", false, true},
		{"toll free is no toll owed", "billing@gmail.com", "your premium of $142.50 is due today or your vehicle registration will be suspended. call toll free 1-800-555-0123.", false, false},
		{"toll-free is no toll owed", "billing@gmail.com", "your premium of $142.50 is due today or your vehicle registration will be suspended. call toll-free 1-800-555-0123.", false, false},
		{"a toll owed and a toll-free number", "billing@gmail.com", "an unpaid toll of $6.99 is due today or your vehicle registration will be suspended. call toll-free 1-800-555-0123.", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := fromAddr(noLink(newInput(), tc.text), tc.from, "Tolls")
			in.AuthChecked, in.AuthPass = tc.failed, !tc.failed
			m := newMessage(testPolicy(), &in)
			if got := m.vehicleThreat(tc.text); got != tc.want {
				t.Errorf("vehicleThreat = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSentenceStop: a decimal point or a number's dot ends no sentence
// ("if the $85.00 fee is not paid" is one sentence: reminded reads its
// condition); a full stop does, at the end too.
func TestSentenceStop(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int
		want string
	}{
		{"Your registration will be suspended if the $85.00 fee is not paid. Call us.", 10, "Your registration will be suspended if the $85.00 fee is not paid"},
		{"Call 206.555.0166 today. Your permit is suspended.", 30, " Your permit is suspended"},
		{"Fee due 1.5. Your permit", 2, "Fee due 1.5"},
		{"a.b", 0, "a"},
		{"7.", 0, "7"},
	} {
		if got := tc.text[sentenceStart(tc.text, tc.at):sentenceEnd(tc.text, tc.at)]; got != tc.want {
			t.Errorf("sentence at %d of %q: %q, want %q", tc.at, tc.text, got, tc.want)
		}
	}
}

// TestRenewalMade: a renewal told as made counts; one the reader made or
// one still to come (a reminder before the charge) does not.
func TestRenewalMade(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"your plan renewed today", true},
		{"your subscription has been auto-renewed", true},
		{"your licence expired and was auto renewed", true},
		{"the plan maybe renewed", true}, // "maybe" is no "be"
		{"thanks, you renewed your membership", false},
		{"you have renewed", false},
		{"your subscription will be renewed on april 12", false},
		{"it will be automatically renewed", false},
		{"your membership is due to be auto-renewed", false},
		{"no renewal here", false},
	}
	for _, tt := range tests {
		if got := renewalMade(tt.s); got != tt.want {
			t.Errorf("renewalMade(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestArrestPast: "your arrest" counted from (a defence lawyer's) is no
// threat; one that follows from the reader's silence is.
func TestArrestPast(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // libertyThreat with hedges
	}{
		{"call us today within 24 hours of your arrest.", false},
		{"call us today: what to do after your arrest.", false},
		{"failure to call today will result in your arrest.", true},
		{"call today to prevent your arrest.", true},
	} {
		if got := libertyThreat(tc.text, true); got != tc.want {
			t.Errorf("libertyThreat(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
