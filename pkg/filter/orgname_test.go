package filter

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// A company the reader has long received mail from, under its own name,
// writes from one more address at its own domain (statements@ after
// alerts@email.): the name is the company's, not a shadow of it. The same
// name on another domain, on a free-mail address, or given by a platform
// to whoever opened an account there, stays a shadow identity.
func TestOrgOwnNameFromNewAddress(t *testing.T) {
	e, at := orgNameHistory(t)
	statement := func(from, body string) []byte {
		return []byte("From: " + from + "\r\nTo: alice@corp.example\r\nSubject: Your annual statement\r\nMessage-ID: <s@x>\r\n" +
			"Content-Type: text/html; charset=utf-8\r\n\r\n" + body + "\r\n")
	}
	for _, tc := range []struct {
		name, from, body string
		shadow           bool
	}{
		{"the bank from a new address at its own domain", "Harbour Bank <statements@harbourbank.example>", bankStatement, false},
		{"the bank's name at another domain", "Harbour Bank <statements@harbourbank-online.example>", bankStatement, true},
		{"another account's address at a billing platform", "PrintHaus <invoice+acct_2@billing.example>",
			`<p>Please pay the invoice: <a href="https://pay.billing.example/i/2">Pay invoice</a></p>`, true},
		{"a free-mail name from another address", "Ann Example <ann.example.pay@gmail.com>",
			`<p>Please pay the invoice: <a href="https://pay.billing.example/i/3">Pay invoice</a></p>`, true},
	} {
		r, err := e.Judge(t.Context(), statement(tc.from, tc.body), Envelope{MailFrom: "x@x.example", Recipients: []string{"alice@corp.example"}, Now: at})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(r.ReasonCodes(), "shadow_identity"); got != tc.shadow {
			t.Errorf("%s: shadow_identity %v, want %v (%s, %v)", tc.name, got, tc.shadow, r.Action, r.ReasonCodes())
		}
		if !tc.shadow && r.Action == ActionQuarantine {
			t.Errorf("%s: quarantined (%v)", tc.name, r.ReasonCodes())
		}
	}
}

const bankStatement = `<p>Your annual statement is ready.</p><p><a href="https://online.harbourbank.example/login">Log in to Online Banking</a> to view and download it. We never ask for your password by email.</p>`

// The same statement is from a domain known here: the bank's mail under
// its name came from email.harbourbank.example for a week, so
// harbourbank.example is no new sender domain and the statement is
// delivered. The bank's name on another domain gains nothing.
func TestOrgOwnNameDomainKnown(t *testing.T) {
	e, at := orgNameHistory(t)
	for _, tc := range []struct {
		from      string
		newDomain bool
	}{
		{"Harbour Bank <statements@harbourbank.example>", false},
		{"Harbour Bank <statements@harbourbank-online.example>", true},
	} {
		raw := []byte("From: " + tc.from + "\r\nTo: alice@corp.example\r\nSubject: Your annual statement\r\nMessage-ID: <s@x>\r\n" +
			"Content-Type: text/html; charset=utf-8\r\n\r\n" + bankStatement + "\r\n")
		r, err := e.Judge(t.Context(), raw, Envelope{MailFrom: "x@x.example", Recipients: []string{"alice@corp.example"}, Now: at})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(r.ReasonCodes(), "sender_domain_first_seen"); got != tc.newDomain {
			t.Errorf("%s: sender_domain_first_seen %v, want %v (%s, %v)", tc.from, got, tc.newDomain, r.Action, r.ReasonCodes())
		}
		if !tc.newDomain && r.Action != ActionAccept {
			t.Errorf("%s: %s %s (%.2f, %v), want accept", tc.from, r.Action, r.Verdict.Level, r.Verdict.Score, r.ReasonCodes())
		}
	}
}

// orgNameHistory: a week of card alerts from Harbour Bank's mailing
// subdomain, receipts from one account at a billing platform, and a
// free-mail correspondent; it returns the engine and the next day.
func orgNameHistory(t *testing.T) (*Engine, time.Time) {
	e := testEngine(t)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	alert := func(from string) []byte {
		return []byte("From: " + from + "\r\nTo: alice@corp.example\r\nSubject: Card payment alert\r\nMessage-ID: <a" +
			fmt.Sprint(at.Unix()) + "@x>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
			`<p>A card payment was made. <a href="https://online.harbourbank.example/cards">Your cards</a></p>` + "\r\n")
	}
	for i := 0; i < 8; i++ {
		at = at.Add(24 * time.Hour)
		deliver(t, e, alert("Harbour Bank <alerts@email.harbourbank.example>"), "alerts@email.harbourbank.example", "alice@corp.example", at, false)
		deliver(t, e, []byte("From: PrintHaus <invoice+acct_1@billing.example>\r\nTo: alice@corp.example\r\nSubject: Receipt\r\nMessage-ID: <p"+
			fmt.Sprint(i)+"@x>\r\n\r\nThanks for your payment. https://pay.billing.example/r/1\r\n"), "invoice+acct_1@billing.example", "alice@corp.example", at, false)
		deliver(t, e, []byte("From: Ann Example <ann.example@gmail.com>\r\nTo: alice@corp.example\r\nSubject: hi\r\nMessage-ID: <g"+
			fmt.Sprint(i)+"@x>\r\n\r\nSee https://www.partner.example/\r\n"), "ann.example@gmail.com", "alice@corp.example", at, false)
	}
	return e, at.Add(24 * time.Hour)
}

// A supplier's contact we write to sends an invoice from the supplier's
// billing address under his own name: no shadow identity, delivered. His
// name at another domain, and a name the domain used only in mail nobody
// here answered, stay shadows and are held with the payment request.
func TestCorrespondentNameFromOtherAddress(t *testing.T) {
	e := testEngine(t)
	at := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		at = at.Add(24 * time.Hour)
		out := msg("alice@corp.example", "karl@printhaus.example", "order", "text/plain; charset=utf-8", "Please print 500 more.\n")
		deliver(t, e, []byte(out.raw), out.from, out.to, at, true)
		deliver(t, e, []byte("From: Karl Brenner <karl@printhaus.example>\r\nTo: alice@corp.example\r\nSubject: Re: order\r\nMessage-ID: <k"+
			fmt.Sprint(i)+"@x>\r\n\r\nWill do. Catalogue: https://www.printhaus.example/catalogue\r\n"), "karl@printhaus.example", "alice@corp.example", at.Add(time.Hour), false)
		// A correspondent whose firm mails from its Microsoft 365 tenant
		// domain: every tenant shares the registrable onmicrosoft.com.
		out = msg("alice@corp.example", "nora@lindprint.onmicrosoft.com", "proofs", "text/plain; charset=utf-8", "The proofs look good.\n")
		deliver(t, e, []byte(out.raw), out.from, out.to, at, true)
		deliver(t, e, []byte("From: Nora Lind <nora@lindprint.onmicrosoft.com>\r\nTo: alice@corp.example\r\nSubject: Re: proofs\r\nMessage-ID: <l"+
			fmt.Sprint(i)+"@x>\r\n\r\nThanks, printing now.\r\n"), "nora@lindprint.onmicrosoft.com", "alice@corp.example", at.Add(time.Hour), false)
		deliver(t, e, []byte("From: Lena Berg <lena@newsletter-co.example>\r\nTo: alice@corp.example\r\nSubject: News\r\nMessage-ID: <n"+
			fmt.Sprint(i)+"@x>\r\n\r\nOur news: https://www.newsletter-co.example/news\r\n"), "lena@newsletter-co.example", "alice@corp.example", at.Add(time.Hour), false)
	}
	at = at.Add(24 * time.Hour)
	invoice := func(from, portal string) []byte {
		return []byte("From: " + from + "\r\nTo: alice@corp.example\r\nSubject: Invoice 2211\r\nMessage-ID: <inv@x>\r\n\r\n" +
			"Hello Alice,\r\nplease find invoice 2211 in our customer portal: " + portal + "\r\nPlease pay within 14 days to the account on the invoice.\r\n")
	}
	for _, tc := range []struct {
		from, portal string
		shadow       bool
	}{
		{"Karl Brenner <accounts@printhaus.example>", "https://portal.printhaus.example/invoices/2211", false},
		{"Karl Brenner <accounts@printhaus-billing.example>", "https://portal.printhaus-billing.example/invoices/2211", true},
		{"Lena Berg <billing@newsletter-co.example>", "https://portal.newsletter-co.example/invoices/2211", true},
		// Another tenant of the same shared mail domain is not her firm.
		{"Nora Lind <accounts@lind-invoices.onmicrosoft.com>", "https://portal.lind-invoices.example/invoices/2211", true},
	} {
		r, err := e.Judge(t.Context(), invoice(tc.from, tc.portal), Envelope{MailFrom: "x@x.example", Recipients: []string{"alice@corp.example"}, Now: at})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(r.ReasonCodes(), "shadow_identity"); got != tc.shadow {
			t.Errorf("%s: shadow_identity %v, want %v (%s, %v)", tc.from, got, tc.shadow, r.Action, r.ReasonCodes())
		}
		if quarantined := r.Action == ActionQuarantine; quarantined != tc.shadow {
			t.Errorf("%s: %s (%.2f, %v), quarantined %v, want %v", tc.from, r.Action, r.Verdict.Score, r.ReasonCodes(), quarantined, tc.shadow)
		}
	}
}
