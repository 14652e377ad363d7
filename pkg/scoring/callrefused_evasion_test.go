package scoring

import "testing"

// TestCallRefusedWordings: the other ways a diversion names where money
// is to go (a vendor or payee record updated with attached banking
// information, ACH details, "we changed banks", a stranger's "wire it
// back to me, my bank details are attached"), each beside the
// legitimate mail that uses the same words: a supplier's "our bank
// details are unchanged, call us if anyone says otherwise", a customer
// sending back a signed form, a vendor asking to be called to confirm.
func TestCallRefusedWordings(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lead  string
		fires bool
	}{
		{"a vendor record with attached banking information", "Please update our vendor record with the attached banking information before the next payment run. I'm in meetings all day, email is best.", true},
		{"the supplier record", "Kindly update the supplier record for Acme Metals with our new ACH details (attached). I can't take calls this week.", true},
		{"updating our bank details", "Please update our bank details on file to the account in the attached letter. Email only please, our phones are being moved.", true},
		{"we changed banks", "Please note we have changed banks; pay the open balance to the account on the attached invoice. I'm in a meeting all day, email is best.", true},
		{"a contractor's first bank details", "Attached are my bank details for my first invoice, please pay to my bank account. I'm in meetings all day, email is best.", false},
		{"a client's bank statements", "Please update our bank reconciliation with the attached bank statements for October. I can't take calls today, email is best.", false},
		{"a customer's vendor onboarding", "Welcome aboard! To add you to our vendor records, please complete the attached supplier form and W-9. Email is best for any questions.", false},
		{"a vendor profile's new address", "Please update our vendor profile with our new address and phone number. I'm in meetings all day, email is best.", false},
		{"a payee's details checked", "Please check the payee details on the attached cheque request. I can't take calls today, email is best.", false},
		{"a payroll provider: if you changed banks", "If you changed banks, update your direct deposit in the employee portal before Friday's payroll. Questions about your pay? Email is best.", false},
		{"if your bank has changed", "If your bank has changed recently, update your details in the portal; we can't take calls about payroll, email is best.", false},
		{"if you have switched banks", "Reminder: if you have recently switched banks, update your payment details on the portal. Email only please.", false},
		{"if you could, my direct deposit", "If you could update my direct deposit to my new account before Friday, that would be great. I'm in meetings all day, email is best.", true},
		{"the writer's change after a condition", "If you need anything, we changed our bank; pay to the new account attached. Email is best.", true},
		{"the writer's new details after once you", "Please release the March payment once you have updated bank details in your system; the letter is attached. I'm in meetings all day, email is best.", true},
		{"the writer's wiring after once you", "Once you have updated wiring on file from the attached letter, pay it today. I can't take calls this week, email only.", true},
		{"a payroll notice: if your bank details have changed", "If your bank details have changed recently, update them in the employee portal before Friday's payroll; we can't take calls, email is best.", false},
		{"the writer's new account number after once you have a", "Once you have a new account number set up for us from the attached letter, pay the March invoice today. I can't take calls this week, email is best.", true},
		{"the writer's wire instructions after once your", "Once your updated wire instructions for us are loaded, pay the March invoice. I can't take calls this week, email is best.", true},
		{"the writer's remittance after when you have an", "When you have an updated remittance for Acme on file, release the payment. I can't take calls this week, email is best.", true},
		{"a reader's condition of three words", "If you a new account number is needed, use the one below. Pay invoice 4471 today to the new account. I can't take calls today, email is best.", true},
		{"a payroll notice: if you changed banks, let us know", "If you changed banks, please let us know by email before Friday's payroll; we can't take calls this week, email is best.", false},
		{"a payroll notice: if your bank has changed, send us", "If your bank has changed, send us the new details on the portal; we can't take calls about payroll, email is best.", false},
		{"a payroll notice: if you have a new account number", "If you have a new account number, update your direct deposit in the portal. We can't take calls about payroll, email is best.", false},
		{"a vendor file of products", "Attached is the vendor file with the new SKUs; I'm in meetings all day, email is best.", false},

		{"bank details unchanged, call us", "Our bank details are unchanged. Please call us if anyone says otherwise; email is best for invoice copies.", false},
		{"we have not changed banks", "We have not changed banks, whatever that email said. Please do not use any other account. I'm in meetings all day, email is best.", false},
		{"a vendor record, call to confirm", "Please update our vendor record with the attached banking information. Don't hesitate to call me to confirm; email is best for the paperwork.", false},
		{"feel free to call", "We changed banks this month, the new account details are on the attached letter. Feel free to call our office to verify. I'm in meetings all day, email is best.", false},
		{"a signed form back to me", "Please sign the attached form and send it back to me by Friday. I can't take calls today, email is best.", false},
		{"a new account on the portal, back to me", "I set up a new account on the supplier portal, can you get back to me about the login? Email is best.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), noLink(knownInput(), tc.lead))
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires {
				t.Errorf("call_refused %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
		})
	}
}

// TestCallRefusedQuoted: text between double quotes is someone else's
// words (a fraud bulletin's red flags), whatever its length; a single
// reply-quoted line ("> ...") is not left out, since one '>' is too easy
// a mark for a lure to hide its own words behind (pkg/links already ends
// the lead where a reply's quoted text starts: two quoted lines, an
// attribution line), unless the writer disowns the mail quoted ("that
// was not from us").
func TestCallRefusedQuoted(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lead  string
		fires bool
	}{
		{"a bulletin's red flags", "Invoice fraud red flags: a supplier says they have \"changed banks\", is \"unable to take calls\" or says \"email is best\". Check with your usual contact.", false},
		{"a bulletin quoting a lure", "Seen this week: \"I changed banks, please send my pay to my new account, I'm in meetings all day\". Report such mail.", false},
		{"a lure's refusal behind one quote mark", "We changed our bank, please pay invoice 4410 to the new account attached. > I'm in meetings all day, email is best.", true},
		{"a lure after a quote mark", "Action today >> We changed our bank, please pay to the new account attached. I can't take calls.", true},
		{"an arrow is no quote", "Change of bank -> pay to the new account attached. I can't take calls, email is best.", true},
		{"a supplier disowning the quoted lure", "Hi Maya, > We changed our bank, pay the open invoices to the new account attached; I'm in meetings all day and can't take calls, email is best. That was not from us, our bank details are unchanged. Please ignore it.", false},
		{"a lure disowning an earlier mail", "The earlier email was not from us. We changed our bank, please pay to the new account attached. I'm in meetings all day, email is best.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), noLink(knownInput(), tc.lead))
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires {
				t.Errorf("call_refused %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
		})
	}
}

// TestCallRefusedBackToMe: money sent "back to me" is a changed account
// only from a stranger, in a text naming where the money goes: the
// overpayment scam; a known customer's refund request is a customer's,
// and a form sent back is no money.
func TestCallRefusedBackToMe(t *testing.T) {
	for _, tc := range []struct {
		name     string
		stranger bool
		lead     string
		fires    bool
	}{
		{"a stranger's overpayment wired back", true, "I donated $5,000 instead of $500 by mistake, could you please wire the difference back to me today? My bank details are attached. I am travelling and cannot take calls.", true},
		{"a stranger's deposit back to her account", true, "Please transfer the refunded deposit back to me, my account details are below. I can't take calls at work, email is best.", true},
		{"a known customer's refund", false, "Please refund the difference back to me, I can't take calls at work.", false},
		{"a known customer's money back to her card", false, "Please refund the money back to me on my Visa account. Please don't call, email only.", false},
		{"a stranger's refund naming no account", true, "When will the money be paid back to me? I can't take calls at work, email is best.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := knownInput()
			if tc.stranger {
				in = newInput()
			}
			v := Score(testPolicy(), noLink(in, tc.lead))
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires {
				t.Errorf("call_refused %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
		})
	}
}

// TestCallRefusedColleague: a colleague's mail reaches call_refused only
// where the site says all its own mail arrives authenticated
// (internal_mail_authenticated): then an unauthenticated colleague's
// payroll diversion is a forgery or a taken mailbox sending from outside,
// and held on its own; an authenticated colleague's never is, and without
// that setting the site's own unauthenticated mail is how colleagues
// write (clinic k05 of eval/modern: "I updated my direct deposit to my
// new account, email is best").
func TestCallRefusedColleague(t *testing.T) {
	lead := "Hi, I changed banks, please update my direct deposit to the new account details below before Friday's payroll. I'm in meetings all day and can't take calls, email is best."
	for _, tc := range []struct {
		name          string
		authenticated bool
		policyAuth    bool
		list          bool
		fires         bool
	}{
		{"unauthenticated, internal mail authenticated", false, true, false, true},
		{"authenticated, internal mail authenticated", true, true, false, false},
		{"authenticated", true, false, false, false},
		{"unauthenticated, the default", false, false, false, false},
		{"a list's mail, internal mail authenticated", false, true, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := noLink(knownInput(), lead)
			in.FromAddr, in.MailFrom, in.Authenticated = "jess@corp.example", "jess@corp.example", tc.authenticated
			in.ListID = tc.list
			p := testPolicy()
			p.InternalAuthenticated = tc.policyAuth
			v := Score(p, in)
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires || got && v.Action != Quarantine {
				t.Errorf("call_refused %v (%s), want %v (%v)", got, v.Action, tc.fires, v.Reasons)
			}
		})
	}
}

// TestCallRefusedInvitations: "call me to confirm" is the advice every
// bank gives and no refusal, so it spares the message, also after a
// clause with a negation of its own ("if anything is not clear, call me
// to confirm") and after "don't hesitate"; a lure that adds it to be let
// through names a number only the message gives ("call me to confirm on
// my new number"), the channel the advice warns against, and is held. A
// phrase in scare quotes is still the writer's own words: only a
// quotation of a clause (a bulletin quoting a lure) is someone else's.
func TestCallRefusedInvitations(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lead  string
		fires bool
	}{
		{"a negation in the clause before", "We changed our bank, the new account details are attached. If anything is not clear, call me to confirm. Email is best for the remittance copies.", false},
		{"not in the office, call me", "We changed our bank; new account details attached. I'm not in the office today, so call me to confirm on my usual number. Email is best for paperwork.", false},
		{"do not hesitate", "Our banking details have changed (letter attached). Do not hesitate to call us to verify; email is best for invoices.", false},
		{"verify by calling a number on file", "Our bank details have changed, see the attached letter. Please verify by calling our office on the number you have on file; email is best for the paperwork.", false},
		{"call the number on file", "We changed banks this month, the new account is on the attached letter. Please call the number you have on file to confirm. I'm in meetings all day, email is best.", false},
		{"the bank's advice, a negation after it", "We changed banks, the new details are on the attached letter. Please call the number you have on file to confirm, not one in any email. I'm out of the office, email is best for documents.", false},
		{"the number on file out of service", "We changed our bank, please pay to the new account attached. Please don't call the number on file, it is no longer in service. Email is best.", true},
		{"no need to call", "We changed our bank, pay to the new account attached. No need to call me to confirm, email is best.", true},
		{"a lure's new number", "We changed our bank, pay to the new account attached. I lost my phone, call me to confirm on my new number 555 0134.", true},
		// a sign-off's "Questions? Call us." invites no check
		{"a lure's sign-off", "We changed our bank, please pay the open invoice to the new account attached. I'm in meetings all day, email is best. Questions? Call us.", true},
		{"a lure's sign-off with a number", "Please wire my proceeds to my new account. I can't take calls today. Any questions? Call me at 555 0134.", true},
		{"a sign-off asking to confirm", "We changed our bank, the new account details are attached. I'm in meetings all day, email is best. Questions? Call us to confirm.", false},
		{"a call invited before a question", "We changed banks, new details attached. Please call us on the number you have on file; email is best. Questions?", false},
		// an invitation taken back later in its sentence
		{"verify by calling, but not this week", "We changed our bank, pay to the new account attached. You can verify by calling, but not this week: I'm travelling, email is best.", true},
		{"call me, but I can't take calls today", "Please wire my proceeds to my new account. Call me to confirm, but I'm unable to talk today, email is best.", true},
		{"call me, but not before 9am", "We changed our bank, the new account is attached. Call me to confirm, but not before 9am; I'm in meetings all day after that, email is best.", false},
		{"call me, but not until after 2pm today", "We changed our bank, the new account is attached. Please call me to confirm, but not until after 2pm today; I'm in meetings all morning, email is best.", false},
		{"call me, but not until next week", "We changed our bank, the new account is attached. Call me to confirm, but not until next week; I'm travelling, email is best.", true},
		{"call me, but not till the weekend", "Please wire my proceeds to my new account. Call me to confirm, but not till the weekend, email is best today.", true},
		{"call me, but not until 20 March", "We changed our bank, the new account is attached. Call me to confirm, but not until 20 March: away now, email is best.", true},
		{"call me, but not before Q3", "We changed our bank, the new account is attached. Call me to confirm, but not before Q3, I'm away this month; email is best.", true},
		{"call me, but not until one of us is back", "We changed our bank, the new account is attached. Call me to confirm, but not until one of us is back today, email is best.", true},
		{"call me, but not before 9 am", "We changed our bank, the new account is attached. Call me to confirm, but not before 9 am; I'm in meetings all day after that, email is best.", false},
		{"call me, but not until 10:30", "We changed our bank, the new account is attached. Call me to confirm, but not until 10:30 today; I'm in a meeting, email is best.", false},
		{"call me, but not before noon", "We changed our bank, the new account is attached. Call me to confirm, but not before noon; I'm in meetings, email is best.", false},
		{"the number on file, not one in an email", "Our bank has changed, the letter is attached. Please call the number you have on file, not one in an email, to confirm. Email is best for the paperwork.", false},
		{"a lure's temporary number", "Please wire my proceeds to my new account. I'm boarding a flight; call me on this temporary number to confirm, email is best.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), noLink(knownInput(), tc.lead))
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires {
				t.Errorf("call_refused %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
		})
	}
}

// TestCallRefusedThreadSubject: a reply's or a forward's subject is the
// thread's, left unread when the writer denies that mail: a real
// supplier answering "Re: Fwd: Change of bank details" with "that was
// not us, I can't take calls today" is not held; a lure's fake "RE:"
// over the change, and the change in the writer's own words under a
// reply's subject, still are.
func TestCallRefusedThreadSubject(t *testing.T) {
	for _, tc := range []struct {
		name, subject, lead string
		fires               bool
	}{
		{"the supplier's answer", "Re: Fwd: Change of bank details", "That was not from us, please ignore it. I'm travelling and can't take calls today, email is best.", false},
		{"a German client's answer", "AW: New bank details", "Not from us. I'm in meetings all day, email is best.", false},
		{"a lure's fake reply subject", "RE: Updated bank details", "Please use the attached account from now on. I'm in meetings all day, email is best.", true},
		{"a forward's subject, no denial", "Fwd: Change of bank details", "Please use the account in the attached letter from now on. I'm in meetings all day, email is best.", true},
		{"the change as a new subject", "Change of bank details", "Please use the account in the attached letter from now on. I'm in meetings all day, email is best.", true},
		{"a lure in a thread", "RE: invoice 4410", "We changed our bank, please pay invoice 4410 to the new account attached. I'm boarding a flight and can't take calls.", true},
		{"a word starting with re", "Remittance: new bank details", "Please use the attached account from now on. I'm in meetings all day, email is best.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := noLink(knownInput(), tc.lead)
			in.Subject = tc.subject
			v := Score(testPolicy(), in)
			if got := hasReason(v.Reasons, CodeCallRefused); got != tc.fires {
				t.Errorf("call_refused %v, want %v (%s %v)", got, tc.fires, v.Action, v.Reasons)
			}
		})
	}
}
