package scoring

import (
	"strings"
	"testing"
)

// TestBankChange: a message saying where money is to go has changed is
// named bank_change and held, from a known supplier or contractor too (a
// hijacked account writes from the real address, with no link and no
// refused call), in several phrasings; the legitimate shapes beside it
// (ordinary invoices and reminders, "pay to the account on file",
// remittance advices, payment confirmations, a bank's promotion, a
// platform's notice of the reader's own change, a discussion that merely
// mentions a bank) name no change.
func TestBankChange(t *testing.T) {
	for _, tc := range []struct {
		name, subject, lead string
		fires               bool
	}{
		// lures: a known correspondent's hijacked account
		{"the printer's changed banks", "updated invoice - new bank details", "Hi Ruth, please note we have changed banks. Attached is the updated invoice for the gala invitations with our new account details; kindly update your records and pay the open balance to the new account this week. Please do not use the old account.", true},
		{"the contractor's refund", "Re: question about fees for BP-2026-0553", "Hi Carol, we paid the permit fee twice through the portal ($1,250.00). Could you refund the duplicate by ACH? Please note we changed banks last month, so use the new account on the attached form, not the one on file.", true},
		{"updated bank details in the subject alone", "Updated bank details", "Hi, please find the attached letter and update your vendor records before the next payment run.", true},
		{"our bank account has changed", "Invoice 4471", "Dear customer, please be advised that our bank account has changed. Kindly remit the attached invoice to the account shown on it.", true},
		{"change of bank details", "Change of bank details - open invoices", "Hello, see the attached letter.", true},
		{"revised wire instructions", "Closing on Friday", "Attached are our revised wire instructions for the earnest money, please use them for the transfer.", true},
		{"pay to our new account", "Open invoices", "Please send payment for invoices 1180 and 1181 to our new account, the details are on the attached letter.", true},
		{"I switched banks", "direct deposit", "Hi Carla, I switched banks this week, can you update my direct deposit before Friday's payroll? Routing 021000089, account 7712049931.", true},
		{"the old account is closed", "Re: Order 4471", "Thanks for the order. Our old account is closed, so please wire the deposit using the details in the attached PDF.", true},
		{"a curly apostrophe", "Remittance", "We’ve changed banks: please pay the balance to our new account from today.", true},
		{"upper case", "NEW BANK DETAILS", "PLEASE UPDATE OUR BANK DETAILS BEFORE PAYING INVOICE 8841.", true},
		{"an IBAN changed", "Neue Bankverbindung / new IBAN", "Dear partner, our IBAN has changed with effect from 1 December, please use the new one for all payments.", true},
		{"different bank account", "Payment", "For this invoice please pay to a different bank account: the details are in the attachment.", true},
		{"I'd like to update my direct deposit", "Payroll", "Hi Carla, I'd like to update my direct deposit to my new bank before Friday, the form is attached.", true},
		{"a subject naming a change, an opening naming the account", "Re: Updated bank details", "Please update your records before paying the account this week.", true},
		{"zero-width characters", "Invoice 4471", "Please note we have changed b\u200banks, pay the balance to our n\u200bew account.", true},
		{"Cyrillic look-alike letters", "Invoice 4471", "Please note our b\u0430nk details have ch\u0430nged, pay the balance on the attached invoice.", true},
		{"a look-alike subject", "N\u0435w b\u0430nk details", "Hi, please find the attached letter.", true},
		{"direct all future remittances", "Invoice 4471", "Kindly direct all future remittances to the account below, effective immediately.", true},
		{"direct all future remittances for an invoice", "Invoice 4471", "Hi Bob, kindly direct all future remittances for invoice 4471 to the account below, effective immediately.", true},
		{"direct future payments", "Open invoices", "Please direct future payments to Summit Federal, account 7712049931.", true},
		{"our beneficiary account updated", "Invoice 4471", "Please note our beneficiary account has been updated; use the attached details for the outstanding invoices.", true},
		{"our beneficiary details changed", "Invoice 4471", "Our beneficiary details changed this month, see the attached letter.", true},
		{"bank details below going forward", "Invoice 4471", "Please use the bank details below going forward; they differ from our previous ones.", true},
		{"we have moved our account", "Invoice 4471", "We have moved our account to Summit Federal. Please remit the balance using the enclosed details.", true},
		// legitimate shapes
		{"an ordinary invoice", "Invoice 8841", "Hi Ruth, attached is invoice 8841 for the gala invitations, payment due within 30 days. Thanks for your business!", false},
		{"a payment reminder", "Reminder: invoice 8841 is overdue", "Hi, a friendly reminder that invoice 8841 is now 10 days overdue. Please pay to our bank account as usual.", false},
		{"pay to the account on file", "Invoice 4471", "Please remit to the account on file with you; nothing has changed on our side.", false},
		{"a remittance advice", "Remittance advice NWR-5512", "Please find attached a remittance advice for payment made to your account.", false},
		{"a payment confirmation", "Payment received", "We received your payment of $2,340.00 to our bank account. Thank you.", false},
		{"a bank's promotion", "Changing banks?", "Thinking of changing banks? Open a new bank account online in minutes and switch your direct deposit.", false},
		{"a sign-up's new account details", "Welcome", "Welcome aboard! Your new account details: username ruth.k, plan Basic.", false},
		{"a platform's notice of the reader's change", "Your payout bank account was updated", "Your bank details have been updated. If you did not make this change, contact support.", false},
		{"a new bank account added to the reader's account", "Security notice", "A new bank account was added to your account on Nov 12. If this was you, no action is needed.", false},
		{"a discussion that mentions a bank", "Re: lunch", "My sister changed banks last year and the new bank is great. See you at noon?", false},
		{"a denial", "Re: Change of bank details", "No, we have not changed our bank details, that email was not from us. Please keep paying the account on file.", false},
		{"a fraud warning", "Wire fraud alert", "We will never change our bank details by email. If you receive an email asking you to pay to a different account, call us first.", false},
		{"a quoted red flag", "Security bulletin", "Red flags this week: a supplier who writes \u201cwe changed banks, pay to our new account\u201d. Report it to IT.", false},
		{"paid from a different bank account", "Re: deposit", "I paid the deposit from a different bank account this time, the reference is the booking number.", false},
		{"moving a project to a new account", "Figma", "We moved the design files to a new account owned by the marketing team.", false},
		{"a payroll service's notice of an employee's change", "Direct deposit change", "Jane Doe submitted new direct deposit information. The change applies from the next pay run; review it in the dashboard.", false},
		{"a supplier's fraud footer", "Invoice 5120", "Invoice 5120 is attached. Please be aware that fraudsters may send emails claiming that our bank details have changed; our bank details will not change.", false},
		{"new bank accounts in a discussion", "Re: Swapco", "Treasury only sees aggregate cash and new bank accounts, which is how he saw Swapco.", false},
		{"we changed bank accounts", "Invoices", "We changed bank accounts this month; please pay invoice 5121 to the account on the attached letter.", true},
		{"a customer's supplier portal", "Supplier onboarding", "Welcome as a supplier! Please update the bank details in our supplier portal so we can pay your invoices.", false},
		{"remit to as on file", "Invoice 77120", "Remit to: our bank as on file. Payment terms net 30.", false},
		{"a reply confirmed by phone", "Re: Updated bank details", "Thanks Mark, confirmed by phone with your AP lead this morning, all good.", false},
		{"a forward released", "Fwd: New bank details", "Done: checked with Anna on the number we have, released today.", false},
		{"a second currency's IBAN", "Invoice 5120", "Invoice 5120 attached. EUR payments: IBAN DE89 3704 0044 0532 0130 00. For USD payments please use a different IBAN: US12 3456 7890.", false},
		{"invoices to a different account owner", "Re: subscription", "Can you move the subscription to a different account? Our finance team wants the invoices to go to a different account owner.", false},
		{"a payroll provider's welcome", "Welcome to Acme Payroll", "Welcome! To get paid, log in and add your bank details. Employees can change my direct deposit settings under Profile > Pay.", false},
		{"a portal to update my direct deposit", "Your pay portal", "Log in to update my direct deposit settings from the menu called My Pay.", false},
		{"nothing changes for the reader", "Payroll provider change", "Heads up: we are changing banks for our own payroll next month, nothing changes for you as a customer.", false},
		{"moved the account to a plan", "Slack", "We have moved our account to the enterprise plan. Your admins will see the new seats.", false},
		{"a bank's beneficiary notice", "Beneficiary updated", "The beneficiary details have been updated in your online banking. If this was not you, call us.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := noLink(knownInput(), tc.lead)
			in.Subject = tc.subject
			v := Score(testPolicy(), in)
			got := hasReason(v.Reasons, CodeBankChange)
			if got != tc.fires {
				t.Fatalf("bank_change %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
			if tc.fires && v.Action != Quarantine {
				t.Errorf("bank_change from a known supplier: %s, want quarantine (%v)", v.Action, v.Reasons)
			}
		})
	}
	// The first page of the PDF, with or without a link in the message:
	// a supplier's website in the signature hides nothing.
	const sig = "Hi Bob, please see the attached invoice. Kind regards, Alice - www.partner.example"
	for _, tc := range []struct {
		name, subject, lead, doc string
		link, fires              bool
	}{
		{"the PDF's change under a signature link", "Invoice 4471", sig, "INVOICE 4471 Please note we have changed banks: pay the balance to our new account.", true, true},
		{"the PDF's change with no link", "Invoice 4471", sig, "INVOICE 4471 Please note we have changed banks: pay the balance to our new account.", false, true},
		{"the PDF's look-alike letters under a link", "Invoice 4471", sig, "INVOICE 4471 Our b\u0430nk det\u200bails have changed, see below.", true, true},
		{"the PDF's new remittance details under a link", "Invoice 8841", sig, "BrightPress Printing INVOICE 8841 (updated remittance details) New bank: Summit Federal", true, true},
		{"an ordinary invoice PDF under a link", "Invoice 4471", sig, "INVOICE 4471 Amount due EUR 4,120.00. Pay to our bank account as usual within 30 days.", true, false},
		{"a remittance advice under a link", "Remittance", sig, "REMITTANCE ADVICE Payment of EUR 4,120.00 has been made to your account.", true, false},
		{"a reply's subject over an invoice PDF", "Re: Updated bank details", "Thanks, confirmed by phone, all good.", "INVOICE 4471 Amount due EUR 4,120.00.", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := noLink(knownInput(), tc.lead)
			if tc.link {
				in.Links = knownInput().Links
			}
			in.Subject, in.DocLead = tc.subject, tc.doc
			v := Score(testPolicy(), in)
			if got := hasReason(v.Reasons, CodeBankChange); got != tc.fires {
				t.Fatalf("bank_change %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
			if tc.fires && v.Action != Quarantine {
				t.Errorf("bank_change from a known supplier: %s, want quarantine (%v)", v.Action, v.Reasons)
			}
		})
	}
}

// TestBankChangeCallNamed: under "unconfirmed", a genuine
// change that asks to be confirmed by phone, or tells of the call already
// had, is named but delivered; one that gives its own number to call, or
// refuses the call (call_refused's), is held. "quarantine" holds them
// all, "accept" none.
func TestBankChangeCallNamed(t *testing.T) {
	for _, tc := range []struct {
		name, lead string
		held       map[string]bool // action -> held
	}{
		{"the supplier's notice inviting a call", "Dear customer, please see the attached letter: our bank details change on 1 December. Please update your supplier records. You are welcome to confirm the change by phone with your account manager, Mark Dunn.",
			map[string]bool{BankChangeUnconfirmed: false, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"the client's change agreed on the phone", "Hi Nora, as I told you on the phone this morning, we moved our operating account to Tri-County Credit Union. The new bank account letter is attached; you have the routing and account number from our call.",
			map[string]bool{BankChangeUnconfirmed: false, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"the client asking to be called", "Hi Jess, I switched banks last month, so the proceeds should go to my new account at Coastline Credit Union. Please call me on my cell before you pass it to the title company.",
			map[string]bool{BankChangeUnconfirmed: false, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"a call to a number only the message gives", "We changed banks, please pay invoice 8841 to our new account. Call me at +1 (555) 014-2231 to confirm.",
			map[string]bool{BankChangeUnconfirmed: true, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"a call to a new number", "We changed banks, please pay invoice 8841 to our new account. Call me to confirm on my new number.",
			map[string]bool{BankChangeUnconfirmed: true, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"a call declined", "We changed banks, please pay invoice 8841 to our new account. No need to call me to confirm.",
			map[string]bool{BankChangeUnconfirmed: true, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"a number written with slashes", "We changed banks, please pay invoice 8841 to our new account. Call me at 555/014/2231 to confirm.",
			map[string]bool{BankChangeUnconfirmed: true, BankChangeQuarantine: true, BankChangeAccept: false}},
		{"a number spaced out", "We changed banks, please pay invoice 8841 to our new account. Call me to confirm at +1 555 014 2231.",
			map[string]bool{BankChangeUnconfirmed: true, BankChangeQuarantine: true, BankChangeAccept: false}},
	} {
		for _, action := range []string{BankChangeUnconfirmed, BankChangeQuarantine, BankChangeAccept} {
			p := testPolicy()
			p.BankChangeAction = action
			v := Score(p, noLink(knownInput(), tc.lead))
			if !hasReason(v.Reasons, CodeBankChange) {
				t.Errorf("%s (%s): no bank_change (%v)", tc.name, action, v.Reasons)
				continue
			}
			if held := v.Action == Quarantine; held != tc.held[action] {
				t.Errorf("%s (%s): %s, want held %v (%v)", tc.name, action, v.Action, tc.held[action], v.Reasons)
			}
		}
	}
}

// TestBankChangeAction: the setting's default is "quarantine", and an
// unknown value is refused.
func TestBankChangeAction(t *testing.T) {
	if d := DefaultPolicy().BankChangeAction; d != BankChangeQuarantine {
		t.Errorf("default bank_change_action %q, want %q", d, BankChangeQuarantine)
	}
	p := DefaultPolicy()
	p.BankChangeAction = "hold"
	if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "bank_change_action") {
		t.Errorf("bank_change_action \"hold\": %v, want an error naming it", err)
	}
	// a turned-off weight holds nothing
	p = testPolicy()
	p.BankChangeAction = BankChangeQuarantine
	p.Weights.BankChange = -1
	if v := Score(p, noLink(knownInput(), "Please note we have changed banks, pay the balance to our new account.")); v.Action == Quarantine || hasReason(v.Reasons, CodeBankChange) {
		t.Errorf("bank_change turned off: %s %v", v.Action, v.Reasons)
	}
}

// TestBankChangeSenders: our own people (HR about its staff's pay), list
// mail, a shipped brand's own domain and a relay are not read; a forged
// colleague where internal mail is authenticated is; the first page of a
// PDF is read, with or without a judged link; call_refused's lure is
// named once.
func TestBankChangeSenders(t *testing.T) {
	const lead = "Hi, I changed banks, please update my direct deposit to the new account details below before Friday's payroll."
	colleague := noLink(knownInput(), lead)
	colleague.FromAddr, colleague.MailFrom, colleague.Authenticated = "jess@corp.example", "jess@corp.example", true
	if v := Score(testPolicy(), colleague); hasReason(v.Reasons, CodeBankChange) {
		t.Errorf("a colleague's own payroll change: %s %v", v.Action, v.Reasons)
	}
	forged := colleague
	forged.Authenticated = false
	p := testPolicy()
	p.InternalAuthenticated = true
	if v := Score(p, forged); !hasReason(v.Reasons, CodeBankChange) || v.Action != Quarantine {
		t.Errorf("a forged colleague's payroll change: %s %v, want bank_change held", v.Action, v.Reasons)
	}
	list := noLink(knownInput(), "Members: the association has changed banks; please pay your 2027 dues to our new account.")
	list.List, list.ListID, list.ListAuthor = true, true, "treasurer@assoc.example"
	if v := Score(testPolicy(), list); hasReason(v.Reasons, CodeBankChange) {
		t.Errorf("list mail: %s %v", v.Action, v.Reasons)
	}
	// a bare List-Id, which anyone writes, or a list's post sent around
	// the list, is read
	bare := noLink(knownInput(), "Dear Bob, please note our bank details have changed. Pay invoice INV-4471 to our new account.")
	bare.List, bare.ListID = true, true
	if v := Score(testPolicy(), bare); !hasReason(v.Reasons, CodeBankChange) || v.Action != Quarantine {
		t.Errorf("a known partner's change with a bare List-Id: %s %v, want bank_change held", v.Action, v.Reasons)
	}
	bypass := list
	bypass.ListBypass = "treasurer@assoc.example"
	if v := Score(testPolicy(), bypass); !hasReason(v.Reasons, CodeBankChange) {
		t.Errorf("a list's post sent around the list: %s %v, want bank_change", v.Action, v.Reasons)
	}
	// a relay's customer writing of its own change is read; the relay's
	// own notices, of the reader's account, are not
	for _, rc := range []struct {
		lead  string
		fires bool
	}{
		{"Dear Bob, please note our bank details have changed. Pay invoice INV-4471 to our new account shown on the invoice.", true},
		{"Hi Bob, here is invoice INV-4471 for EUR 1,200.00, due 30 December. Thanks, Partner Ltd", false},
		{"Your bank details have been updated. If you did not make this change, contact support.", false},
		{"New bank details have been added for payouts.", false},
	} {
		x := noLink(newInput(), rc.lead)
		x.FromAddr, x.MailFrom, x.FromName, x.Subject = "messaging-service@post.xero.com", "bounce@post.xero.com", "Partner Ltd", "Invoice INV-4471 from Partner Ltd"
		if v := Score(testPolicy(), x); hasReason(v.Reasons, CodeBankChange) != rc.fires {
			t.Errorf("through a relay %q: %s %v, want bank_change %v", rc.lead, v.Action, v.Reasons, rc.fires)
		}
	}
	bank := noLink(newInput(), "Important: our bank details have changed following the merger; your account number stays the same.")
	bank.FromAddr, bank.MailFrom = "alerts@chase.com", "alerts@chase.com"
	if v := Score(testPolicy(), bank); hasReason(v.Reasons, CodeBankChange) {
		t.Errorf("a brand's own notice: %s %v", v.Action, v.Reasons)
	}
	doc := noLink(knownInput(), "Hi, see attached.")
	doc.DocLead = "BrightPress Printing INVOICE 8841 (updated remittance details) New bank: Summit Federal Routing 021000021"
	if v := Score(testPolicy(), doc); !hasReason(v.Reasons, CodeBankChange) || v.Action != Quarantine {
		t.Errorf("the change in the PDF: %s %v, want bank_change held", v.Action, v.Reasons)
	}
	refused := noLink(knownInput(), "We changed our bank, pay the open invoice to the new account attached. I'm on site and can't take calls.")
	if v := Score(testPolicy(), refused); !hasReason(v.Reasons, CodeCallRefused) || hasReason(v.Reasons, CodeBankChange) {
		t.Errorf("call_refused's lure: %v, want call_refused alone", v.Reasons)
	}
}

// TestBankChangeAnchors: every phrase holds one of the words looked for
// before the text is copied, or the phrase could never be found.
func TestBankChangeAnchors(t *testing.T) {
	for _, p := range bankChangePhrases {
		if !anchored(p, "", bankChangeAnchors) {
			t.Errorf("%q holds none of %q", p, bankChangeAnchors)
		}
	}
}

// FuzzBankChange: the reader takes any subject, opening and PDF page
// without panicking, and the phrases it names are found in the text it
// read (lower-cased, apostrophes of "n't" dropped).
func FuzzBankChange(f *testing.F) {
	f.Add("updated invoice - new bank details", "please note we have changed banks; pay to our new account.", "")
	f.Add("", "If you receive an email asking you to pay to a different account, call us. \"we changed banks\"", "New bank: Summit")
	f.Add("Changing banks?", "your bank details have been updated; a new bank account was added to your account", "")
	f.Add("Re: fees", "we changed banks, not the one on file. call me at 555 0142 to confirm; as I told you on the phone", "x")
	f.Fuzz(func(t *testing.T, subject, lead, doc string) {
		in := noLink(knownInput(), lead)
		in.Subject, in.DocLead = subject, doc
		m := newMessage(testPolicy(), &in)
		e, ok := m.bankChange()
		if !ok {
			return
		}
		u := m.t.unmasked
		text := unApostrophe.Replace(strings.ToLower(u(subjectRead(subject)) + "\n" + u(lead) + "\n" + u(doc)))
		if e.a == "" || !strings.Contains(text, e.a) || e.b != "" && !strings.Contains(text, e.b) {
			t.Fatalf("bank_change names %q and %q, not in %q", e.a, e.b, text)
		}
	})
}
