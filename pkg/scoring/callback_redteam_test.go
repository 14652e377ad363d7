package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// redTeamCase is one message of TestCallbackRedTeam: a callback lure of
// 2023-2026 as its authors write them, or a legitimate letter that looks
// like one, and whether it must be held (quarantined).
type redTeamCase struct {
	name string
	lure bool // a callback lure; false: a legitimate look-alike
	in   Input
	held bool // what Score must do with it: quarantine, or not
}

// fromAddr is in sent from addr under the display name name.
func fromAddr(in Input, addr, name string) Input {
	in.FromAddr, in.MailFrom, in.FromName = addr, addr, name
	return in
}

// withSubject is in with the subject s.
func withSubject(in Input, s string) Input {
	in.Subject = s
	return in
}

// platformNote is a platform's notice (an invoice through PayPal, an
// envelope through DocuSign, an invoice through QuickBooks) from addr,
// linking only the platform's host, its customer's note beside the link.
func platformNote(addr, host, domain, lead, note string) Input {
	in := fromAddr(newInput(), addr, "Billing Department")
	in.Subject = "You've got a new invoice"
	l := web("https://"+host+"/invoice/p/#INV2-X7KD", host, domain)
	l.Display, l.Context = "View and Pay Invoice", note
	in.Links, in.Lead = []links.Link{l}, lead
	return in
}

// pdfOnly is a stranger's link-free message whose attached PDF's first
// page reads doc.
func pdfOnly(in Input, body, doc string) Input {
	in = noLink(in, body)
	in.DocLead = doc
	return in
}

// redTeamCases are written as a callback scam's author would write them
// (lures) and as the businesses they imitate write (look-alikes). None
// comes from a corpus.
func redTeamCases() []redTeamCase {
	gmail := func(lead, name string) Input {
		return fromAddr(noLink(newInput(), lead), "billing.support8812@gmail.com", name)
	}
	outlook := func(lead, name string) Input {
		return fromAddr(noLink(newInput(), lead), "irs.notice.department@outlook.com", name)
	}
	stranger := func(lead string) Input { return noLink(newInput(), lead) }
	return []redTeamCase{
		// renewals and invoices (Geek Squad, Norton, McAfee, PayPal, Amazon)
		{"L01 Geek Squad renewal, questions about the transaction", true, withSubject(gmail("Dear Customer, thank you for renewing your Geek Squad Total Tech Support membership. Your account has been charged $399.99 for 3 years. Order ID: GS-5521-8871. If you have any questions regarding this transaction, please contact our billing team at +1 (808) 555-0142.", "Geek Squad"), "Your order receipt"), true},
		{"L02 Norton auto-renewed, need help? call", true, withSubject(gmail("Your Norton 360 Deluxe subscription has been auto-renewed successfully. Amount: $349.99 USD. Payment method: card on file. The charge will appear on your statement within 24-48 hours. Need help? Call Norton support: +1 808 555 0199", "Norton Billing"), "Payment confirmation"), true},
		{"L03 McAfee renewal, cancel for a full refund", true, gmail("Your McAfee Total Protection has been renewed for 1 year. Total payment: $299.99. If you wish to cancel the subscription and receive a full refund, call 1-808-555-0177 within 48 hours.", "McAfee"), true},
		{"L04 PayPal-themed payment to Coinbase, did not make", true, gmail("PayPal: your payment of $749.99 USD to Coinbase Inc. has been processed. Transaction ID 9XK44712. If you did not make this payment, call PayPal Support at +1 808 555 0123.", "PayPal"), true},
		{"L05 Amazon order shipped, call to cancel", true, gmail("Your Amazon order #112-4471223-9901 for Apple iPhone 15 Pro Max (256GB) has shipped. Order total: $1,299.00 charged to your card. To cancel this order, call +1 (808) 555-0166.", "Amazon.com"), true},
		{"L06 Best Buy order placed, did not place", true, gmail("Your Best Buy order BBY01-8057 has been placed. Item: MacBook Pro 16. Total charged: $2,849.00. If you did not place this order, call 1-808-555-0190 immediately.", "Best Buy"), true},
		{"L07 the bare charge: charged, call", true, gmail("Your card was charged $499.99 for the Geek Squad annual plan. Invoice GS-88412. For any query call +1 (808) 555-0199.", "Billing Support"), true},
		{"L08 renewal: stop the auto-renewal", true, gmail("Your subscription has been renewed and $389.99 was debited from your account. If you wish to stop the auto-renewal, call our billing desk at 1-808-555-0133.", "Billing Support"), true},
		{"L09 Windows Defender renewal, request a refund", true, gmail("Your Windows Defender Firewall licence expired and was auto renewed. $449.99 has been deducted from your account. To request a refund, call +1 808 555 0101.", "Microsoft Support"), true},
		{"L10 Apple purchase you don't recognise", true, gmail("Your Apple ID was used to purchase Final Cut Pro for $299.99 on a new device. If you don't recognise this payment, call Apple Support at +1 (808) 555-0188.", "Apple"), true},
		{"L11 subject carries the number", true, withSubject(gmail("Your membership has been renewed and $399.99 has been charged. If you want to cancel, call us at the number above.", "Geek Squad"), "Geek Squad Auto-Renewal | +1 (808) 555-0142"), true},
		{"L12 a new registered domain's bare charge", true, fromAddr(stranger("Thank you for your payment. Your Norton LifeLock plan renewed and your card has been charged USD 489.99. Questions? Call our support at +1 (808) 555-0144."), "billing@nortonlife-renewals.example", "Norton LifeLock"), true}, // held since bareRenewal: a renewal made, no card named, no way but the phone (was a known gap)
		{"L36 a renewal debited, no card named, only a phone", true, fromAddr(stranger("Your Total Protection subscription was auto-renewed today and $389.99 was debited from your account. For assistance call +1 (808) 555-0148."), "billing@secure-renewals.example", "Billing Department"), true},
		// crypto
		{"L13 Coinbase withdrawal not requested", true, gmail("A withdrawal of 0.4821 BTC ($31,420.00) was requested from your account to an external wallet. If you did not request this withdrawal, call our security team at +1 808 555 0144 immediately.", "Coinbase Security"), true},
		{"L14 Kraken withdrawal, not initiated by you", true, gmail("Your Kraken account: a payment withdrawal of $4,890.00 USD was initiated. If this was not initiated by you, call +1 (808) 555-0155 now.", "Kraken"), true},
		// tax, social security, court
		{"L15 IRS intent to levy", true, outlook("Internal Revenue Service. Final Notice: Intent to Levy. Our records show an unpaid balance of $6,842.17 for tax year 2023. Call the IRS Collections Unit at 1-808-555-0101 immediately.", "Internal Revenue Service"), true},
		{"L16 IRS: failure to pay may result in seizure", true, outlook("Internal Revenue Service. Our records show an unpaid balance of $6,842.17 for tax year 2023. Failure to pay may result in seizure of your assets. Call the IRS Collections Unit at 1-808-555-0101 today.", "Internal Revenue Service"), true},
		{"L17 HMRC: may take legal proceedings, could seize", true, outlook("HMRC: our records show an outstanding balance of \u00a31,284.50 for 2024-25. If you do not contact us today, we may take legal proceedings against you and enforcement agents could seize your goods. Call our Debt Management line on 0300 555 0142.", "HM Revenue & Customs"), true},
		{"L18 HMRC: warrant for your arrest", true, outlook("HMRC: you have an outstanding tax liability of \u00a31,284.50. If this is not settled within 24 hours, a warrant will be issued for your arrest. Call HMRC Debt Management on 020 7946 0321.", "HMRC"), true},
		{"L19 SSA: legal action against you", true, outlook("Your Social Security benefits have been suspended over an unpaid penalty. To avoid legal action against you, call the SSA Office of the Inspector General at 1-808-555-0188 today to settle the payment.", "Social Security Administration"), true},
		{"L20 jury duty fine, bench warrant may be issued", true, outlook("You failed to appear for jury duty on 14 November. A fine of $1,500 is unpaid and a bench warrant may be issued. Call the Clerk of Court at (808) 555-0133 to make the payment and avoid arrest.", "County Court"), true},
		// tolls and parking
		{"L21 toll: unpaid balance, late fee", true, gmail("E-ZPass: you have an unpaid toll balance of $6.99. To avoid a late fee of $50.00 and the suspension of your vehicle registration, call 1-808-555-0155 today.", "E-ZPass"), true}, // held since vehicleThreat (was a known gap)
		{"L22 parking fine overdue", true, gmail("City Parking Enforcement: your parking fine of $85.00 is overdue. Failure to pay may result in a levy on your vehicle. Call 1-808-555-0156 to pay.", "Parking Services"), true},
		{"L29 toll: a new domain, only a number, licence suspended", true, fromAddr(stranger("Final notice: your account shows an unpaid toll balance of $12.40. Pay within 48 hours to avoid a $75.00 penalty. Your driver's license will be suspended if the balance is not settled. Call 1-808-555-0160 to pay."), "notices@ezpass-tollservice.example", "E-ZPass Customer Service"), true},
		{"L30 DMV from Outlook: parking fine, registration suspended", true, outlook("DMV notice: your vehicle registration will be suspended on 30 November over an unpaid parking fine of $45.00. To avoid the suspension, call 1-808-555-0161 today.", "Department of Motor Vehicles"), true},
		{"L31 a toll agency's name forged: its site named, verifier failed", true, func() Input {
			in := fromAddr(stranger("E-ZPass New York: your account has an unpaid toll balance of $6.99. Pay today at www.ezpassny-tolls.example or call 1-808-555-0170 to avoid a $25.00 late fee and the suspension of your vehicle registration."), "notices@ezpassny-tolls.example", "E-ZPass New York")
			in.AuthChecked, in.AuthPass = true, false
			return in
		}(), true},
		// the hedge: a modal must govern the threat
		{"L32 levy, the month May in its sentence", true, fromAddr(stranger("Unless the tax balance of $3,210.00 due since May is paid, we will levy your bank account within 48 hours. Call the collections office at 1-808-555-0102."), "collections@revenue-recovery.example", "Revenue Recovery Office"), true},
		{"L33 levy: you can stop it only by calling", true, fromAddr(stranger("Our records show an unpaid balance of $6,842.17. You can stop the levy on your bank account only by calling 1-808-555-0103 today."), "collections@revenue-recovery.example", "Revenue Recovery Office"), true},
		// the refund asked for, from a registered domain
		{"L34 renewal: for a refund, call", true, fromAddr(stranger("Your subscription was renewed and your card charged $399.99. For a refund, call +1 (808) 555-0145."), "billing@secure-renewals.example", "Billing Department"), true},
		{"L35 purchase: to request a refund, contact", true, fromAddr(stranger("Your purchase of Total Protection for $289.99 is complete. If you would like to request a refund, please contact our billing desk at +1 (808) 555-0146."), "billing@secure-renewals.example", "Billing Department"), true},
		// an agency's suspension or a warrant, no amount: the agent on the line asks the money (standingThreat)
		{"L37 DEA from Outlook: registration suspended, avoid arrest", true, fromAddr(stranger("Your DEA registration has been suspended pending investigation. To avoid arrest, call Special Agent R. Miller at (202) 555-0147 within 24 hours."), "dea.diversion.compliance@outlook.com", "DEA Diversion Control Division"), true},
		{"L38 DEA from Outlook: registration will be suspended, a warrant may be issued", true, withSubject(fromAddr(stranger("Our records show prescriptions of controlled substances under your DEA registration that were filled outside your state. Your registration will be suspended and a warrant for your arrest may be issued unless you contact this office within 24 hours. Call Special Agent R. Miller at +1 (808) 555-0174 to resolve this matter."), "dea.diversion.compliance@outlook.com", "DEA Diversion Control Division"), "Notice of suspension: DEA registration"), true},
		{"L39 SSA from Gmail: your Social Security number suspended", true, gmail("Your Social Security number has been suspended due to suspicious activity in Texas. Call the SSA Office of the Inspector General immediately at 1-808-555-0189.", "Social Security Administration"), true},
		{"L40 a board from Gmail: licence revoked today", true, gmail("Your nursing licence will be revoked today following a complaint to the Board. To respond, call the Board investigator at (808) 555-0181.", "State Board of Nursing"), true},
		{"L41 a new domain: a warrant in your name, call within 24 hours", true, fromAddr(stranger("A federal warrant has been issued in your name over narcotics shipped to your address. Call Officer J. Grant at (202) 555-0149 within 24 hours to avoid arrest."), "notices@dea-compliance-office.example", "DEA Compliance Office"), true},
		// standingThreat's number read as the reader sees it, its threat in the subject, and a condition of calling
		{"L42 SSA from Gmail: letters O and l for digits", true, gmail("Your Social Security number has been suspended. Call the Inspector General today at 1-8O8-555-Ol89.", "Social Security Administration"), true},
		{"L43 SSA from Gmail: the number split by dots", true, gmail("Your Social Security number has been suspended. Call the Inspector General today at 1.8.0.8.5.5.5.0.1.8.9.", "Social Security Administration"), true},
		{"L44 SSA from Gmail: the suspension in the subject only", true, withSubject(gmail("Please call the Office of the Inspector General at 1-808-555-0189 immediately regarding case 4471.", "Social Security Administration"), "Your Social Security number has been suspended"), true},
		{"L45 a new domain: the warrant in the subject only", true, withSubject(fromAddr(stranger("Call Officer J. Grant at (202) 555-0149 within 24 hours."), "notices@dea-compliance-office.example", "DEA Compliance Office"), "Arrest warrant issued in your name"), true},
		{"L46 DEA from Gmail: suspended unless you contact this office and pay the fee", true, gmail("Your DEA registration will be suspended unless you contact this office and pay the $500.00 reinstatement fee within 24 hours. Call Special Agent R. Miller at (202) 555-0147.", "DEA Diversion Control Division"), true},
		{"L47 a new domain: a warrant if you do not call", true, fromAddr(stranger("If you do not call this office within 24 hours, a warrant will be issued for your arrest. Call Officer J. Grant at (202) 555-0149."), "notices@dea-compliance-office.example", "DEA Compliance Office"), true},
		{"L48 SSA from Gmail: suspended unless the penalty is paid", true, gmail("Your Social Security number will be suspended unless the penalty is paid within 24 hours. Call the Inspector General at 1-808-555-0189.", "Social Security Administration"), true},
		{"L49 a new domain: a warrant if the penalty is not paid", true, fromAddr(stranger("A warrant will be issued for your arrest if the penalty is not paid within 24 hours. Call Officer J. Grant at (202) 555-0149."), "notices@dea-compliance-office.example", "DEA Compliance Office"), true},
		// link-bearing: platform notes and PDFs
		{"L23 PayPal invoice, note: charged, any query", true, platformNote("service@paypal.com", "www.paypal.com", "paypal.com", "Geek Squad sent you an invoice for $699.99 USD", "Note from seller: Your PayPal account has been charged $699.99 for a Bitcoin purchase. If you have any query call +1 808 555 0199."), true},
		{"L24 PayPal invoice, note: renewal, helpline", true, platformNote("service@paypal.com", "www.paypal.com", "paypal.com", "Norton sent you an invoice for $449.99 USD", "Note from seller: Your Norton plan renewed today. Amount $449.99. For help with this invoice call our helpline +1 808 555 0123."), false}, // not held: a merchant's renewal invoice reads so
		{"L25 DocuSign envelope: auto-debited, cancellation", true, platformNote("dse_na2@docusign.net", "na2.docusign.net", "docusign.net", "Billing Department sent you a document to review and sign", "Please review: Invoice #GS-4471, Geek Squad annual plan, $449.99 auto-debited from your account. For cancellation call +1 808 555 0177."), true},
		{"L26 QuickBooks invoice: a refund desk", true, platformNote("quickbooks@notification.intuit.com", "connect.intuit.com", "intuit.com", "Invoice 4471 from Geek Squad Services", "Your Geek Squad renewal payment of $399.99 is processed. To get a refund, call our desk +1 808 555 0101."), true},
		{"L27 PDF only: renewal invoice with a support number", true, fromAddr(pdfOnly(newInput(), "Please find attached.", "INVOICE GS-88412 Geek Squad Total Protection 3 years Amount charged: $499.99 Payment: card on file Customer support: call +1 (808) 555-0142"), "orders.desk7731@gmail.com", "Billing Dept"), true},
		{"L28 PDF only: invoice, nothing charged, call to cancel", true, fromAddr(pdfOnly(newInput(), "", "McAfee LiveSafe Invoice MC-4471 Subscription: 1 year Total: $349.99 Auto-renewal active. To cancel, call 1-808-555-0173."), "orders.desk7731@gmail.com", "Billing Dept"), true},
		{"L50 a look-alike shop's order: you can request a refund by calling", true, fromAddr(stranger("Your order BBY01-8057 for a MacBook Pro 16 is confirmed and $2,849.00 has been charged to your card. You can request a full refund within 24 hours by calling +1 808 555 0166."), "billing@bestbuy-orders-support.example", "Best Buy"), true},

		// legitimate look-alikes, each from its own domain
		{"H01 a SaaS renewal receipt: charged, questions", false, fromAddr(stranger("Your annual subscription to Acme Cloud Pro has been renewed. $120.00 has been charged to your card ending 4242 for this payment. You can manage your subscription in your account settings. Questions? Call our support team at +1 (415) 555-0101."), "billing@acmecloud.example", "Acme Cloud"), false},
		{"H02 a software shop's receipt", false, fromAddr(stranger("Thank you for your purchase of Affinity Photo. Your card was charged $69.99 (invoice 4471). For support call +1 (415) 555-0102."), "orders@serif-shop.example", "Serif Store"), false},
		{"H03 a collector's validation notice (Reg F)", false, fromAddr(stranger("This is a communication from a debt collector. We are trying to collect a debt that you owe to Lakeside Energy. As of 1 October 2026 you owed $612.40; between then and now you paid $0.00. Total amount of the debt now: $612.40. How can you dispute the debt? Call or write to us by 5 January 2027 to dispute all or part of the debt. Call us at (206) 555-0177."), "letters@northgaterecovery.example", "Northgate Recovery"), false},
		{"H04 a bank's fraud alert: the number on the card", false, fromAddr(stranger("Fraud alert: we noticed a purchase of $842.17 at BESTBUY.COM on your debit card ending 4471. If you did not make this purchase, please call the number on the back of your card. Do not reply to this email."), "alerts@firstmutual-bank.example", "First Mutual Bank"), false},
		{"H05 a doctor's office reminder: a missed-visit fee", false, fromAddr(stranger("Reminder: your appointment with Dr. Patel is on 3 December at 10:30. A $25 copay payment is due at check-in; a $50 fee will be charged for missed appointments not cancelled 24 hours ahead. To cancel or reschedule, call (206) 555-0123."), "frontdesk@lakeviewclinic.example", "Lakeview Clinic"), false},
		{"H06 a carrier's duties notice", false, fromAddr(stranger("Your package 1Z999AA10123456784 is held: a duties and taxes payment of $23.50 is due before delivery. To pay or arrange redelivery, call 1-800-742-5877."), "pkginfo@parcelco.example", "ParcelCo"), false},
		{"H07 a utility's disconnection notice with may", false, fromAddr(stranger("Final notice: your electricity account is past due by $312.48. If payment is not received by 12 December, your service may be disconnected. To make a payment arrangement, call 1-888-555-0110."), "billing@lakesideenergy.example", "Lakeside Energy"), false},
		{"H08 a gym's welcome", false, fromAddr(stranger("Welcome to Ironside Gym! Your membership renews monthly and your first payment of $49.00 has been charged to your card. Questions about your plan? Call the front desk at (206) 555-0188."), "frontdesk@ironsidegym.example", "Ironside Gym"), false},
		{"H09 a collector's letter: may garnish", false, fromAddr(stranger("We write on behalf of Northwind Bank about account 4471-2231 and its balance of $2,150.00. If the balance is not paid, our client may apply to the court to garnish your wages. To discuss a payment plan, call us at (555) 123-4567."), "letters@northgaterecovery.example", "Northgate Recovery"), false},
		{"H10 a subscription box: skip or cancel", false, fromAddr(stranger("Your subscription box ships on the 5th. Your card will be charged $39.00 on 1 December. To skip or cancel a box, call (503) 555-0187."), "hello@boxco.example", "BoxCo"), false},
		{"H11 a council's parking penalty: may increase", false, fromAddr(stranger("Penalty charge notice PCN 4471223: a penalty of \u00a370.00 is unpaid. If it is not paid within 28 days the charge may increase and we may register the debt with the court. To pay, call 020 7946 0555."), "parking@camdenshire.example", "Camdenshire Council"), false},
		{"H12 a tax office's reminder: we may levy", false, fromAddr(stranger("Our records show an unpaid balance of $1,204.00 on your 2025 return. If it is not paid, we may levy your bank account after further notice. To set up a payment plan, call 1-800-555-0142."), "notices@revenue.state.example", "Department of Revenue"), false},
		{"H14 a tutor's invoice from Gmail", false, fromAddr(stranger("Hi! Invoice for November tutoring: 6 sessions, $240.00. Payment by Zelle or check is fine. Questions? Call me at (206) 555-0143."), "jane.tutoring@gmail.com", "Jane Miller"), false},
		{"H15 a club's renewal reminder from Gmail", false, fromAddr(stranger("It's time to renew your membership of the Lakeside Rowing Club for 2027: the payment is $120.00, due by 31 December. Questions? Call the club office at (206) 555-0166."), "lakesiderowing@gmail.com", "Lakeside Rowing Club"), false},
		{"H16 a gym's welcome from Gmail: held as before the change", false, fromAddr(stranger("Welcome to Ironside Gym! Your membership renews monthly and your first payment of $49.00 has been charged to your card. Questions about your plan? Call the front desk at (206) 555-0188."), "ironsidegym@gmail.com", "Ironside Gym"), true},
		// a refund stated as a policy (refundAsked)
		{"H17 a hotel's booking from a first contact: a full refund", false, fromAddr(stranger("Your booking at Harbour Inn is confirmed: 2 nights, 14-16 December. $150.00 has been charged to your card as a deposit. Cancellations made 48 hours before arrival receive a full refund; to cancel, call the front desk at (206) 555-0190."), "reservations@harbourinn.example", "Harbour Inn"), false},
		{"H18 a renewal receipt stating its refund policy", false, fromAddr(stranger("Your annual subscription to Acme Cloud Pro has been renewed and $120.00 has been charged to your card ending 4242. Refunds are issued within 14 days of renewal under our refund policy. Questions? Call our billing team at +1 (415) 555-0101."), "billing@acmecloud.example", "Acme Cloud"), false},
		{"H19 a non-refundable rate", false, fromAddr(stranger("Thank you for booking with Lakeside Lodge. Your non-refundable rate of $220.00 has been charged. For questions about your stay, call reception at (206) 555-0191."), "stay@lakesidelodge.example", "Lakeside Lodge"), false},
		// owed amounts under a threat to a vehicle, from their agencies (vehicleThreat)
		{"H20 a toll agency from its own domain, its site named", false, fromAddr(stranger("E-ZPass New York: your account has an unpaid toll balance of $6.99. Pay within 30 days at www.ezpassny-tolls.example or call 1-800-555-0170 to avoid a $25.00 late fee and the suspension of your vehicle registration."), "notices@ezpassny-tolls.example", "E-ZPass New York"), false},
		{"H21 a council's overdue penalty: registration may be suspended", false, fromAddr(stranger("Our records show an unpaid parking penalty of $70.00, now overdue. Failure to pay within 28 days may result in the suspension of your vehicle registration. To pay, call 020 7946 0555."), "parking@camdenshire.example", "Camdenshire Council"), false},
		{"H22 a utility's disconnection notice: will be disconnected", false, fromAddr(stranger("Final notice: your electricity account is past due by $312.48. Your service will be disconnected within 10 days unless payment is received. To make a payment arrangement, call 1-888-555-0110."), "billing@lakesideenergy.example", "Lakeside Energy"), false},
		// the hedge still read where a modal governs the threat
		{"H23 a collector's letter in May: may garnish", false, fromAddr(stranger("Since your last payment in May, the balance of $2,150.00 is unpaid; if it is not paid, our client may apply to the court to garnish your wages. To discuss a payment plan, call us at (555) 123-4567."), "letters@northgaterecovery.example", "Northgate Recovery"), false},
		{"H24 a collector's letter: agents can seize, under a court order", false, fromAddr(stranger("Your balance of \u00a3940.00 is overdue. Under a court order, enforcement agents can seize your goods. To discuss a payment plan, call 020 7946 0123."), "letters@northgaterecovery.example", "Northgate Recovery"), false},
		{"H25 a collector's letter: legal action may be taken against you", false, fromAddr(stranger("Your balance of $940.00 is overdue. Legal action may be taken against you if it is not paid. To discuss a payment plan, call (555) 123-4567."), "letters@northgaterecovery.example", "Northgate Recovery"), false},
		// a vehicle named but no threat to the reader's own; "toll free" is no toll owed (vehicleThreat)
		{"H26 a car rental's confirmation: its terms on suspended licences", false, fromAddr(stranger("Your rental is confirmed: pick-up 3 December, estimated total $312.40. Tolls incurred during your rental are charged with a $5.95 fee within 30 days. Drivers with a suspended or revoked licence are not permitted to drive the vehicle. Questions? Call us at 1-800-555-0199."), "reservations@drivewaycars.example", "Driveway Cars"), false},
		{"H27 an insurer's premium due, toll-free number", false, fromAddr(stranger("Your auto policy premium of $142.50 is due today. If no payment is received, your vehicle's cover is suspended. Call toll free 1-800-555-0123 to pay."), "billing@acmeauto.example", "Acme Auto Insurance"), false},
		// an agency's own letter, a court's summons, a colleague's number: no threat told as certain from free mail (standingThreat)
		{"H28 a licensing board from its own domain: licence suspended, questions", false, fromAddr(stranger("Your dental licence has been suspended effective today under Board order 2026-114. For questions, call the Board office at (206) 555-0150."), "board@westmarch-dentalboard.example", "Westmarch Board of Dentistry"), false},
		{"H29 a court's jury summons: a warrant may be issued", false, fromAddr(stranger("You are summoned for jury service on 12 January. Failure to appear may result in a warrant for your arrest. To postpone, call the jury office at (206) 555-0160 within 10 days."), "jury@courts.westmarch.example", "Westmarch County Courts"), false},
		{"H30 an agency naming its own site: registration suspended", false, fromAddr(stranger("Your DEA registration has been suspended pending review; you will be arrested if you continue to prescribe. Read the order at www.diversion-registry.example and call (202) 555-0147 within 10 days with questions."), "registration@diversion-registry.example", "Diversion Registry"), false},
		{"H31 a stranger to a law firm from Gmail: a brother who could be arrested", false, fromAddr(stranger("My brother was arrested last night and could be arrested again tomorrow unless we post bail. Please contact the family at (206) 555-0143 today."), "maria.lopez82@gmail.com", "Maria Lopez"), false},
		{"H32 a correspondent's signature: a licence renewal", false, noLink(knownInput(), "Hi Bob, your licence renewal is due today; I filed the form and the board will not suspend anything. Call me if needed. Alice Doe | Tel +1 (206) 555-0143"), false},
		{"H33 a colleague passing on a suspension call", false, func() Input {
			in := fromAddr(stranger("Heads up: a patient says her licence was suspended today and she faces arrest; please call her back at (206) 555-0143 within the hour."), "theresa@corp.example", "Theresa")
			return in
		}(), false},
		// receipts and order confirmations from shops (bareRenewal, refundAsked)
		{"H34 a shop's order confirmation with a phone", false, fromAddr(stranger("Thank you for your order 4471 from Lakeside Outfitters. Your card was charged $84.50. Questions about your order? Call us at (206) 555-0170."), "orders@lakesideoutfitters.example", "Lakeside Outfitters"), false},
		{"H35 a renewal receipt sending the reader to its site", false, fromAddr(stranger("Your hosting plan renewed and $120.00 was charged to your card. Manage or cancel your plan at www.hostco.example/account. Questions? Call (415) 555-0110."), "billing@hostco.example", "HostCo"), false},
		{"H36 a renewal the reader made", false, fromAddr(stranger("Thanks, you renewed your membership: $49.00 was charged to your card. Questions? Call the front desk at (206) 555-0188."), "frontdesk@ironsidegym.example", "Ironside Gym"), false},
		{"H37 a renewal receipt naming the card by its last digits", false, fromAddr(stranger("Your plan renewed today and $99.00 was charged to your Visa ****4242. Questions? Call our billing team at (415) 555-0111."), "billing@acmecloud.example", "Acme Cloud"), false},
		{"H38 an order confirmation: you can request a refund within 14 days", false, fromAddr(stranger("Your order 4471 is confirmed and $84.50 has been charged to your card. You can request a refund within 14 days. Questions? Call us at (206) 555-0170."), "orders@lakesideoutfitters.example", "Lakeside Outfitters"), false},
		{"H39 an order confirmation: cancel before it ships and get a full refund", false, fromAddr(stranger("Your order 4471 is confirmed and $84.50 has been charged to your card. Cancel your order before it ships and get a full refund. For help call (206) 555-0170."), "orders@lakesideoutfitters.example", "Lakeside Outfitters"), false},
		// reminders of a fee, a document or a court date, a hedged, denied or supposed threat (standingThreat: reminded, denied, hedged)
		{"H40 a sports club from Gmail: registration suspended unless fees are paid", false, fromAddr(stranger("Your registration will be suspended unless the season fees are paid within 7 days. Please call the club office at (206) 555-0166 with any questions."), "lakesidesoccer@gmail.com", "Lakeside Youth Soccer"), false},
		{"H41 a sports club from Gmail: a fee with cents", false, fromAddr(stranger("Your player registration will be suspended if the $85.00 fee is not paid within 7 days. Call the club office at (206) 555-0166."), "lakesidesoccer@gmail.com", "Lakeside Youth Soccer"), false}, // the decimal point ends no sentence
		{"H42 a school office from Gmail: enrollment and a certificate", false, fromAddr(stranger("Your son's registration will be suspended within 10 days unless his immunization certificate is received. Please call the school office at (206) 555-0120."), "stmarys.office@gmail.com", "St Mary's School Office"), false},
		{"H43 a landlord from Gmail: a parking permit and the rent", false, fromAddr(stranger("Hello, I am the new owner of 14 Elm St. Your lease renews on 1 January at $1,450.00 a month. Your parking permit will be revoked if the balance is not paid within 5 days. Please call the office at (206) 555-0170."), "j.morrison.rentals@gmail.com", "John Morrison"), false},
		{"H44 a vet from Gmail: the dog licence may be suspended", false, fromAddr(stranger("Reminder: Max's rabies vaccination is due within 30 days, or your dog licence may be suspended by the county. Call us at (206) 555-0133 to book."), "lakesidevet@gmail.com", "Lakeside Vet"), false},
		{"H45 a bail bondsman: if you miss it, a warrant", false, fromAddr(stranger("Your bond has been posted. Your court date is tomorrow at 9:00; if you miss it, a warrant will be issued for your arrest and the bond forfeited. Call our office at (520) 555-0178 with any questions."), "office@rapidbailbonds.example", "Rapid Bail Bonds"), false},
		{"H46 a bail bondsman from Gmail", false, fromAddr(stranger("Reminder: your court date is tomorrow at 9:00. If you miss it a warrant will be issued for your arrest. Call our office at (520) 555-0178 with any questions."), "rapidbailbonds@gmail.com", "Rapid Bail Bonds"), false},
		{"H47 a defence lawyer: if there is a warrant for your arrest", false, fromAddr(stranger("If there is a warrant for your arrest, do not ignore it. We can arrange a walk-through today. Please call our office at (520) 555-0177 for a free consultation."), "office@hartlaw.example", "Hart Defense Law"), false},
		{"H48 a language school from Gmail in non-native English", false, fromAddr(stranger("Dear student, your registration for the course will be suspend if the payment is not done until tomorrow. Please call to our office +49 30 5555 0142."), "sprachschule.berlin@gmail.com", "Sprachschule Berlin"), false},
		{"H49 an association from Gmail: a pool permit and the dues", false, fromAddr(stranger("Your pool permit will be revoked within 14 days unless the HOA dues are paid. Call the HOA office at (206) 555-0146."), "elmhoa.board@gmail.com", "Elm HOA"), false},
		{"H50 a driving school from Gmail: the permit is not suspended", false, fromAddr(stranger("Your lesson registration will be cancelled tomorrow. Your permit is not suspended. Call the office at (206) 555-0147."), "safedrive.school@gmail.com", "SafeDrive"), false},
		{"H51 a union local from Gmail: benefits suspended unless dues are paid", false, fromAddr(stranger("Your union benefits will be suspended within 30 days unless dues are paid. Call the union hall at (206) 555-0148."), "local42.office@gmail.com", "Local 42"), false},
		{"H52 an auto-renewal reminder: will be renewed, cancel by phone", false, fromAddr(stranger("Dear subscriber, your Daily Courier subscription will be renewed automatically on April 12, 2026, and your card will be charged $179.88 for another year. To make changes or cancel, call Customer Service at 1-800-555-0142 before that date."), "subscriptions@dailycourier-news.example", "Daily Courier"), false},
		{"H53 a renewal reminder: is due to be auto-renewed", false, fromAddr(stranger("Your membership is due to be auto-renewed next week and your card will be charged $420.00. Questions? Call the front desk at (555) 010-4477."), "frontdesk@ironworks-gym.example", "Ironworks Gym"), false},
		{"H54 a defence lawyer: within 24 hours of your arrest", false, fromAddr(stranger("If you have been arrested, do not talk to the police. Call us today at (555) 010-2233 for a free consultation within 24 hours of your arrest."), "info@smith-defense-law.example", "Smith Defense Law"), false},
		{"H13 a known supplier's refund call (correspondent)", false, noLink(knownInput(), "We charged your card twice for invoice 4471; please call our accounts desk on +1 (206) 555-0199 about the refund."), false},
	}
}

// TestCallbackRedTeam: realistic callback lures are held and their
// legitimate look-alikes are not; the lures marked "not held" are known
// gaps, the look-alike marked held a known cost (a gym writing from
// Gmail).
func TestCallbackRedTeam(t *testing.T) {
	for _, tc := range redTeamCases() {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			cb := hasReason(v.Reasons, CodeCallback)
			t.Logf("TABLE\t%s\t%v\t%s", tc.name, cb, v.Action)
			if (v.Action == Quarantine) != tc.held {
				t.Errorf("action %s (callback_number %v), want held %v\n%v", v.Action, cb, tc.held, v.Reasons)
			}
		})
	}
}
