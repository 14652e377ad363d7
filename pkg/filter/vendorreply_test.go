package filter

import (
	"slices"
	"testing"
	"time"
)

// Vendor email compromise: a partner we write to asks for a payment to a
// new account, with replies going to a domain never seen here. It is held
// even without a link to lock; the same request answering to the partner
// is delivered, and so is the first once the reader has written to the
// new domain.
func TestVendorReplyToNewDomain(t *testing.T) {
	e := testEngine(t)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for i, m := range corpus()[:6] { // alice and bob write to each other
		deliver(t, e, []byte(m.raw), m.from, m.to, at.Add(time.Duration(i)*time.Hour), m.from == "alice@corp.example")
	}
	request := func(replyTo string) []byte {
		// a payment request naming no change of account: bank_change's
		// own hold is pkg/scoring's TestBankChange
		h := "From: Bob <bob@partner.example>\r\nTo: alice@corp.example\r\nSubject: Payment for invoice 4471\r\n"
		if replyTo != "" {
			h += "Reply-To: " + replyTo + "\r\n"
		}
		return []byte(h + "Message-ID: <rq@partner.example>\r\n\r\nHi Alice,\r\nplease make the payment for invoice 4471 by wire transfer to the account below.\r\nRegards, Bob\r\n")
	}
	later := at.Add(48 * time.Hour)
	r := deliver(t, e, request("bob@partner-remit.example"), "bob@partner.example", "alice@corp.example", later, false)
	if r.Action != ActionQuarantine || !slices.Contains(r.ReasonCodes(), "reply_to_new_domain") {
		t.Errorf("replies to a new domain: %s (%v), want quarantine with reply_to_new_domain", r.Action, r.ReasonCodes())
	}
	// Mail programs answer every Reply-To address: the partner's own
	// first hides nothing.
	r = deliver(t, e, request("bob@partner.example, \"Bob\" <bob@partner-remit.example>"), "bob@partner.example", "alice@corp.example", later, false)
	if r.Action != ActionQuarantine || !slices.Contains(r.ReasonCodes(), "reply_to_new_domain") {
		t.Errorf("replies also to a new domain: %s (%v), want quarantine with reply_to_new_domain", r.Action, r.ReasonCodes())
	}
	// A field the strict parser refuses (an entry without an address)
	// still has its addresses answered by mail programs.
	r = deliver(t, e, request("bob@partner.example, \"Bob\" <bob@partner-remit.example>, Accounts;"), "bob@partner.example", "alice@corp.example", later, false)
	if r.Action != ActionQuarantine || !slices.Contains(r.ReasonCodes(), "reply_to_new_domain") {
		t.Errorf("a broken field replying also to a new domain: %s (%v), want quarantine with reply_to_new_domain", r.Action, r.ReasonCodes())
	}
	if r := deliver(t, e, request("bob@partner.example, accounts@partner.example"), "bob@partner.example", "alice@corp.example", later, false); r.Action != ActionAccept {
		t.Errorf("replies to the partner's own addresses: %s (%v), want accept", r.Action, r.ReasonCodes())
	}
	if r := deliver(t, e, request(""), "bob@partner.example", "alice@corp.example", later, false); r.Action != ActionAccept {
		t.Errorf("no Reply-To: %s (%v), want accept", r.Action, r.ReasonCodes())
	}
	answer := msg("alice@corp.example", "bob@partner-remit.example", "re: invoice 4471", "text/plain; charset=utf-8", "Done.\n")
	deliver(t, e, []byte(answer.raw), answer.from, answer.to, later.Add(time.Hour), true)
	if r := deliver(t, e, request("bob@partner-remit.example"), "bob@partner.example", "alice@corp.example", later.Add(2*time.Hour), false); r.Action != ActionAccept {
		t.Errorf("replies to a domain alice wrote to: %s (%v), want accept", r.Action, r.ReasonCodes())
	}
}

// A partner we write to, forged: a trusted verifier's DMARC failure takes
// the credit of the address's history away (scoring: the message counts
// as unsolicited), so the payment request is held; the same request with
// a bare DKIM failure (a gateway's footer) or without the field is not.
func TestForgedPartnerDMARCFail(t *testing.T) {
	e := testEngine(t)
	e.opt.TrustedAuthServIDs = []string{"mx.corp.example"}
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for i, m := range corpus()[:6] { // alice and bob write to each other
		deliver(t, e, []byte(m.raw), m.from, m.to, at.Add(time.Duration(i)*time.Hour), m.from == "alice@corp.example")
	}
	request := []byte("From: Bob <bob@partner.example>\r\nTo: alice@corp.example\r\nSubject: Invoice 4471\r\n" +
		"Message-ID: <rq2@partner.example>\r\n\r\nHi Alice,\r\nplease make the payment for invoice 4471 by wire transfer to the account below today.\r\nRegards, Bob\r\n")
	later := at.Add(48 * time.Hour)
	for _, tc := range []struct {
		name, field string
		want        Action
	}{
		{"DMARC failed", "Authentication-Results: mx.corp.example; dmarc=fail (p=reject) header.from=partner.example\r\n", ActionQuarantine},
		{"bare DKIM failure", "Authentication-Results: mx.corp.example; dkim=fail header.d=partner.example\r\n", ActionAccept},
		{"no verifier's field", "", ActionAccept},
	} {
		r := deliver(t, e, append([]byte(tc.field), request...), "bounce@mailer.example", "alice@corp.example", later, false)
		if r.Action != tc.want {
			t.Errorf("%s: %s (%v), want %s", tc.name, r.Action, r.ReasonCodes(), tc.want)
		}
	}
}

// A fake invoice through PayPal: the notice passes every check, and
// replies go to a Gmail address nobody here knows (note_payment_reply),
// so it is held; once the reader has written to that address, the same
// invoice is a correspondent's and is delivered. The glue asks the
// history about the Reply-To address itself.
func TestNoteInvoiceReplyToStranger(t *testing.T) {
	e := testEngine(t)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	invoice := []byte("From: \"service@paypal.com\" <service@paypal.com>\r\nTo: alice@corp.example\r\n" +
		"Reply-To: \"Geek Squad Billing\" <GeekSquad.Billing@gmail.com>\r\nSubject: You've got a new invoice from Geek Squad Billing\r\n" +
		"Message-ID: <inv@paypal.example>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<p>Geek Squad Billing sent you an invoice for $499.99 USD.</p><p><a href=\"https://www.paypal.com/invoice/p/#INV2-X7KD\">View and Pay Invoice</a></p>\r\n")
	r := deliver(t, e, invoice, "service@paypal.com", "alice@corp.example", at, false)
	if r.Action != ActionQuarantine || !slices.Contains(r.ReasonCodes(), "note_payment_reply") {
		t.Errorf("a stranger's invoice: %s (%v), want quarantine with note_payment_reply", r.Action, r.ReasonCodes())
	}
	answer := msg("alice@corp.example", "geeksquad.billing@gmail.com", "re: our order", "text/plain; charset=utf-8", "Please send the invoice.\n")
	deliver(t, e, []byte(answer.raw), answer.from, answer.to, at.Add(time.Hour), true)
	r = deliver(t, e, invoice, "service@paypal.com", "alice@corp.example", at.Add(2*time.Hour), false)
	if r.Action == ActionQuarantine || slices.Contains(r.ReasonCodes(), "note_payment_reply") {
		t.Errorf("an invoice answering to an address alice wrote to: %s (%v), want no hold", r.Action, r.ReasonCodes())
	}
}
