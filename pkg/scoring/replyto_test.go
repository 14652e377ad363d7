package scoring

import (
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestReplyElsewhere(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Input, *Policy)
		want string // the reply code expected, or ""
	}{
		{"a known company's mail replying to free mail", func(*Input, *Policy) {}, CodeReplyFree},
		{"the address in brackets and capitals", func(in *Input, _ *Policy) { in.ReplyTo = "<Alice.Doe@GMAIL.com>" }, CodeReplyFree},
		{"replies to the company itself", func(in *Input, _ *Policy) { in.ReplyTo = "billing@partner.example" }, ""},
		{"replies to a company never seen here", func(in *Input, _ *Policy) { in.ReplyTo = "desk@helpdesk-vendor.example" }, CodeReplyNew},
		{"replies to a company that wrote here", func(in *Input, _ *Policy) {
			in.ReplyTo, in.History.ReplyDomain = "desk@helpdesk-vendor.example", est()
		}, ""},
		{"replies to a company we wrote to", func(in *Input, _ *Policy) {
			in.ReplyTo, in.History.ReplyDomain = "desk@helpdesk-vendor.example", Stat{Outbound: 1}
		}, ""},
		{"a sender we never wrote to replies to a new company", func(in *Input, _ *Policy) {
			in.ReplyTo, in.History.Sender = "desk@helpdesk-vendor.example", est()
		}, ""},
		{"we wrote to the sender's domain", func(in *Input, _ *Policy) {
			in.ReplyTo, in.History.Sender, in.History.SenderDomain = "desk@helpdesk-vendor.example", est(), withOutbound(est())
		}, CodeReplyNew},
		{"replies to a help desk platform", func(in *Input, _ *Policy) { in.ReplyTo = "support@partner.zendesk.com" }, ""},
		{"replies to a shipped brand", func(in *Input, _ *Policy) { in.ReplyTo = "dse@docusign.net" }, ""},
		{"replies to a doubled letter of the company", func(in *Input, _ *Policy) { in.ReplyTo = "alice@partnner.example" }, CodeReplyLook},
		{"replies to two letters of the company swapped", func(in *Input, _ *Policy) { in.ReplyTo = "alice@patrner.example" }, CodeReplyLook},
		{"replies to another name holding the company's", func(in *Input, _ *Policy) { in.ReplyTo = "alice@partner-billing.example" }, CodeReplyNew},
		{"a near miss of a domain never seen here", func(in *Input, _ *Policy) {
			in.ReplyTo, in.History.SenderDomain = "alice@partnner.example", Stat{}
		}, ""},
		{"no Reply-To", func(in *Input, _ *Policy) { in.ReplyTo = "" }, ""},
		{"a sender domain never seen here", func(in *Input, _ *Policy) { in.History.SenderDomain = Stat{} }, ""},
		{"the sender itself at free mail", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "alice.doe@gmail.com", "alice.doe@gmail.com"
			in.ReplyTo = "alice.doe@yahoo.com"
		}, ""},
		{"list mail", func(in *Input, _ *Policy) { in.List = true }, ""},
		{"a merchant's invoice through a billing service", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "invoice+statements+acct_1qz@stripe.com", "bounces@stripe.com"
		}, ""},
		{"a shop's contact form, the customer at free mail", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "store+5812@t.shopifyemail.com", "bounces@t.shopifyemail.com"
		}, ""},
		{"a billing service's name forged: the verifier failed it", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "invoice+statements@stripe.com", "invoice+statements@stripe.com"
			in.AuthChecked, in.AuthPass, in.AuthFail = true, false, "dmarc"
		}, CodeReplyFree},
		{"a Drive share from a person at free mail, through Google's notice", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom, in.FromName = "drive-shares-dm-noreply@google.com", "drive-shares-dm-noreply@google.com", "Irene Vasquez (via Google Drive)"
		}, ""},
		{"a DocuSign envelope from a small customer at free mail", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom, in.FromName = "dse_na3@docusign.net", "dse_na3@docusign.net", "Marco Bellini via DocuSign"
		}, ""},
		{"a note service's name forged: the verifier failed it", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "drive-shares-dm-noreply@google.com", "drive-shares-dm-noreply@google.com"
			in.AuthChecked, in.AuthPass, in.AuthFail = true, false, "dmarc"
		}, CodeReplyFree},
		{"a note service replying to a near miss of itself", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom, in.ReplyTo = "dse_na3@docusign.net", "dse_na3@docusign.net", "dse@docusiign.net"
		}, CodeReplyLook},
		{"a billing service's host under another name", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom = "billing@intuit.com", "billing@intuit.com"
		}, CodeReplyFree},
		{"a billing service replying to a near miss of itself", func(in *Input, _ *Policy) {
			in.FromAddr, in.MailFrom, in.ReplyTo = "invoicing@messaging.squareup.com", "invoicing@messaging.squareup.com", "alice@squarreup.com"
		}, CodeReplyLook},
		{"turned off, with reply_to_mismatch on", func(in *Input, p *Policy) { p.Weights.ReplyFree, p.Weights.ReplyTo = -1, 0.1 }, CodeReplyTo},
		{"both on: counted once", func(in *Input, p *Policy) { p.Weights.ReplyTo = 0.1 }, CodeReplyFree},
	} {
		in, p := knownInput(), testPolicy()
		in.ReplyTo = "alice.doe@gmail.com"
		tc.edit(&in, &p)
		codes := codesOf(Score(p, in))
		var got []string
		for _, c := range []string{CodeReplyFree, CodeReplyLook, CodeReplyNew, CodeReplyTo} {
			if slices.Contains(codes, c) {
				got = append(got, c)
			}
		}
		if want := []string{tc.want}; tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Equal(got, want) {
			t.Errorf("%s: reply codes %v, want %q (%v)", tc.name, got, tc.want, codes)
		}
	}
}

// A known company's address asking for a payment, with replies going to
// free mail or to a near miss of the company's domain, is quarantined even
// without a link; the same request answering to the company is not.
func TestReplyElsewhereVerdict(t *testing.T) {
	p := testPolicy()
	p.BankChangeAction = BankChangeAccept // the Reply-To rules alone; bank_change's hold is TestBankChangeAction's
	in := knownInput()
	in.Links = nil
	in.Subject = "Updated bank details for invoice 4471"
	in.ReplyTo = "alice.doe.billing@gmail.com"
	if v := Score(p, in); v.Action != Quarantine {
		t.Errorf("replies to free mail: %s (%v), want quarantine", v.Action, codesOf(v))
	}
	in.ReplyTo = "alice.doe@partnner.example"
	if v := Score(p, in); v.Action != Quarantine {
		t.Errorf("replies to a near miss of the company: %s (%v), want quarantine", v.Action, codesOf(v))
	}
	in.ReplyTo = "accounts@partner-remit.example"
	if v := Score(p, in); v.Action != Quarantine {
		t.Errorf("replies to a domain never seen here: %s (%v), want quarantine", v.Action, codesOf(v))
	}
	in.History.ReplyDomain = Stat{Outbound: 2} // the reader has answered there before
	if v := Score(p, in); v.Action != Accept {
		t.Errorf("replies to a domain we wrote to: %s (%v), want accept", v.Action, codesOf(v))
	}
	in.ReplyTo, in.History.ReplyDomain = "", Stat{}
	if v := Score(p, in); v.Action != Accept {
		t.Errorf("no Reply-To: %s (%v), want accept", v.Action, codesOf(v))
	}
	in.FromAddr, in.MailFrom, in.ReplyTo = "store+5812@t.shopifyemail.com", "bounces@t.shopifyemail.com", "greg.tanner@yahoo.com"
	in.Subject = "New customer message: I was charged twice, please refund the duplicate payment"
	if v := Score(p, in); v.Action == Quarantine {
		t.Errorf("a shop's contact form, the customer at free mail: %s (%v), want no quarantine", v.Action, codesOf(v))
	}
}

// A correspondent's ordinary mail with replies going to a new domain is
// not quarantined, and an allowlist entry for the sender still applies to
// its payment request: reply_to_new_domain does not doubt the From.
func TestReplyNewDomainNoPayment(t *testing.T) {
	p := testPolicy()
	in := knownInput()
	in.Links = nil
	in.ReplyTo = "alice@partner-events.example"
	if v := Score(p, in); v.Action != Accept || !slices.Contains(codesOf(v), CodeReplyNew) {
		t.Errorf("no payment asked: %s (%v), want accept with %s", v.Action, codesOf(v), CodeReplyNew)
	}
	in.Subject = "Updated bank details for invoice 4471"
	in.Allow = []Allow{{Sender: "partner.example"}}
	if v := Score(p, in); v.Action != Accept {
		t.Errorf("allowlisted sender: %s (%v), want accept", v.Action, codesOf(v))
	}
}

// TestNotePaymentReply: a PayPal or DocuSign notice under a stranger's
// name that asks for a payment, with replies going to a free-mail address
// nobody here knows, is held (note_payment_reply); a correspondent's
// invoice, a stranger's envelope answering to a company or asking no
// payment, an invoice shared through Drive or Dropbox, a relay's notice
// and a forged note service are not read so.
func TestNotePaymentReply(t *testing.T) {
	notice := func(from, name, reply, subject, ctx string) Input {
		in := knownInput()
		in.FromAddr, in.MailFrom, in.FromName, in.ReplyTo, in.Subject = from, from, name, reply, subject
		d := registrable(domainOf(from))
		l := web("https://www."+d+"/n/8841", "www."+d, d)
		l.Context = ctx
		in.Links = []links.Link{l}
		in.Lead = name + " sent you a notice."
		h := &in.History
		h.Sender, h.SenderName, h.SenderNameOrg = est(), Stat{}, Stat{}
		h.Domains, h.Hosts, h.SenderLinks = map[string]Stat{d: est()}, map[string]Stat{"www." + d: est()}, map[string]Stat{d: est()}
		h.Recipients = map[string]RecipientHistory{"bob@corp.example": {Recipient: est(), Pair: est(), Links: map[string]Stat{d: est()}}}
		return in
	}
	paypal := func(reply string) Input {
		return notice("service@paypal.com", "Geek Squad Billing", reply, "You've got a new invoice from Geek Squad Billing", "View and Pay Invoice")
	}
	for _, tc := range []struct {
		name string
		in   Input
		edit func(*Input, *Policy)
		fire bool
		held bool
	}{
		{"a stranger's PayPal invoice answering to Gmail", paypal("geeksquad.billing@gmail.com"), nil, true, true},
		{"the payment asked only near the button", notice("dse_na3@docusign.net", "Marco Bellini via DocuSign", "marco.bellini@gmail.com",
			"Please DocuSign: Agreement 4471", "Review the agreement and pay the outstanding invoice by Friday"), nil, true, true},
		{"a PayPal money request from a stranger at Outlook", notice("service@paypal.com", "Irene Vasquez", "irene.vasquez@outlook.com",
			"Irene Vasquez requested $1,250.00 USD", "Request for payment: Pay Now"), nil, true, true},
		{"a PayPal money request whose only payment words are those", notice("service@paypal.com", "Irene Vasquez", "irene.vasquez@outlook.com",
			"Irene Vasquez sent you a money request", "Pay Now"), nil, true, true},
		{"a freelancer's invoice shared through Google Drive: a document, as if attached", notice("drive-shares-dm-noreply@google.com",
			"Maya Lindqvist (via Google Drive)", "maya.lindqvist@gmail.com", "File shared with you: Invoice 2026-11",
			"my invoice for the November sprint, payment terms 14 days"), nil, false, false},
		{"an invoice shared through Dropbox", notice("no-reply@dropbox.com", "Maya Lindqvist (via Dropbox)", "maya.lindqvist@gmail.com",
			"Maya Lindqvist shared \"Invoice 2291 - payment due\" with you", "View file"), nil, false, false},
		{"a correspondent's PayPal invoice: we wrote to the address", paypal("geeksquad.billing@gmail.com"),
			func(in *Input, _ *Policy) { in.History.ReplyAddr = Stat{Outbound: 2} }, false, false},
		{"a correspondent's PayPal invoice: the address wrote here", paypal("geeksquad.billing@gmail.com"),
			func(in *Input, _ *Policy) { in.History.ReplyAddr = est() }, false, false},
		{"an address whose one plain message taught the history (an impostor plants it first)", paypal("geeksquad.billing@gmail.com"),
			func(in *Input, _ *Policy) {
				in.History.ReplyAddr = Stat{Messages: 1, Days: 1, Senders: 1, Recipients: 1}
			}, true, true},
		{"a stranger's DocuSign envelope answering to the company", notice("dse_na3@docusign.net", "Marco Bellini via DocuSign", "marco@bellini-bau.example",
			"Please DocuSign: Contract.pdf", "Review Document"), nil, false, false},
		{"a stranger's Dropbox Sign envelope naming a payment, answering to Gmail", notice("noreply@mail.hellosign.com", "Ostrava Build via Dropbox Sign",
			"ostrava.build.billing@gmail.com", "Marta Ilves has requested your signature on Payment_Authorization.pdf",
			"Please review the payment authorization and confirm the updated bank details. Review & sign"), nil, true, true},
		{"a stranger's Dropbox Sign envelope answering to the company", notice("noreply@mail.hellosign.com", "Kira Osei via Dropbox Sign",
			"kira.osei@maplegrove.example", "Kira Osei has requested your signature on Payment_Authorization.pdf",
			"Please review the payment authorization. Review & sign"), nil, false, false},
		{"a stranger's Dropbox Sign envelope at Gmail that asks no payment", notice("noreply@mail.hellosign.com", "Kira Osei via Dropbox Sign",
			"kira.osei@gmail.com", "Kira Osei has requested your signature on Lumenfield DPA", "Review & sign"), nil, false, false},
		{"a stranger's envelope at Gmail that asks no payment", notice("dse_na3@docusign.net", "Marco Bellini via DocuSign", "marco.bellini@gmail.com",
			"Please DocuSign: Contract.pdf", "Review Document"), nil, false, false},
		{"an applicant's portfolio shared from Gmail", notice("drive-shares-dm-noreply@google.com", "Irene Vasquez (via Google Drive)",
			"irene.vasquez@gmail.com", "Portfolio - Irene Vasquez", "Open"), nil, false, false},
		{"no Reply-To", paypal(""), nil, false, false},
		{"list mail", paypal("geeksquad.billing@gmail.com"), func(in *Input, _ *Policy) { in.List = true }, false, false},
		{"a relay's invoice (relays.txt): a shop's or merchant's customers write from Gmail", notice("invoice@messaging.squareup.com", "Geek Squad Billing",
			"geeksquad.billing@gmail.com", "Invoice from Geek Squad Billing", "Pay invoice"), nil, false, false},
		{"a note service's name a verifier failed: reply_to_freemail instead", paypal("geeksquad.billing@gmail.com"), func(in *Input, _ *Policy) {
			in.AuthChecked, in.AuthFail = true, "dmarc"
		}, false, true},
		{"turned off", paypal("geeksquad.billing@gmail.com"), func(_ *Input, p *Policy) { p.Weights.NotePay = -1 }, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, in := testPolicy(), tc.in
			if tc.edit != nil {
				tc.edit(&in, &p)
			}
			v := Score(p, in)
			got := hasReason(v.Reasons, CodeNotePay)
			if got != tc.fire || (v.Action == Quarantine) != tc.held {
				t.Errorf("note_payment_reply %v, action %s; want %v, held %v\n%v", got, v.Action, tc.fire, tc.held, codesOf(v))
			}
			if got && (hasReason(v.Reasons, CodeReplyFree) || hasReason(v.Reasons, CodeReplyTo)) {
				t.Errorf("counted twice: %v", codesOf(v))
			}
		})
	}
}
