package scoring

import (
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// formNoticeInput: a web form's notice (an open-house sign-in app's) from
// a service that wrote here once before: its own address in From, the
// visitor at free mail in Reply-To and named in the text, links to the
// service's own site, nobody here ever wrote to it.
func formNoticeInput() Input {
	in := knownInput()
	in.MailFrom, in.FromAddr, in.FromName = "visitors@curbsignin.example", "visitors@curbsignin.example", "Curb Open House"
	in.ReplyTo = "gail.porter@gmail.com"
	in.Subject = "New sign-in: Gail Porter at 14 Tern Ct"
	in.Lead = "New open house sign-in: Gail Porter <gail.porter@gmail.com> Working with an agent: No"
	in.Links = []links.Link{web("https://app.curbsignin.example/visitors/a1", "app.curbsignin.example", "curbsignin.example")}
	in.History = History{Sender: Stat{Messages: 1, Days: 1, FirstSeen: now.AddDate(0, 0, -1)}, SenderDomain: Stat{Messages: 1, Days: 1, FirstSeen: now.AddDate(0, 0, -1)}}
	return in
}

// A form notifier's Reply-To at free mail is the person who filled its
// form, not a diverted answer: no reply_to_freemail when the notice names
// that address and links only to the sender's own site, for a sender
// nobody here writes to, asking no payment. A correspondent's (hijack),
// a forged one's, a payment request's, an urgent one's or a notice
// linking elsewhere stays.
func TestFormNoticeReplyTo(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Input)
		want bool // reply_to_freemail expected
	}{
		{"the visitor's address in the text", func(*Input) {}, false},
		{"the visitor's address in the subject only", func(in *Input) {
			in.Lead, in.Subject = "New open house sign-in at 14 Tern Ct", "New sign-in: GAIL.PORTER@gmail.com"
		}, false},
		{"the Reply-To named nowhere", func(in *Input) { in.Lead = "New open house sign-in: Gail Porter" }, true},
		{"another free-mail address named", func(in *Input) { in.Lead = "Visitor: gail.porter1@gmail.com" }, true},
		{"a link to another site", func(in *Input) {
			in.Links = append(in.Links, web("https://login.curb-portal.example/", "login.curb-portal.example", "curb-portal.example"))
		}, true},
		{"no link", func(in *Input) { in.Links = nil }, true},
		{"a payment asked", func(in *Input) {
			in.Subject = "New form entry: updated bank details for the deposit"
		}, true},
		{"a credential ask beside the form's fields", func(in *Input) {
			in.Subject = "New sign-in: verify your account password to view it"
		}, true},
		{"a sign-in to see the entry", func(in *Input) {
			in.Subject = "New sign-in: log in to see the visitor"
		}, false},
		{"urgency (a hijacked sender's 'reply only to' this address)", func(in *Input) {
			in.MailFrom, in.FromAddr, in.FromName = "jsmith@curbsignin.example", "jsmith@curbsignin.example", "John Smith"
			in.ReplyTo, in.Subject = "exec.desk.office@gmail.com", "Urgent request"
			in.Lead = "I'm in a board meeting all day, reply only to exec.desk.office@gmail.com. I need you to handle a confidential task for me today."
		}, true},
		{"a bland subject, the address in a sentence (a hijacked sender's diverted answer)", func(in *Input) {
			in.MailFrom, in.FromAddr, in.FromName = "jsmith@curbsignin.example", "jsmith@curbsignin.example", "John Smith"
			in.ReplyTo, in.Subject = "exec.desk.office@gmail.com", "Quick question"
			in.Lead = "Are you at your desk? Please reply to exec.desk.office@gmail.com when you can."
		}, true},
		{"the address the tail of another in a sentence (reply goes to desk.office@gmail.com)", func(in *Input) {
			in.MailFrom, in.FromAddr, in.FromName = "jsmith@curbsignin.example", "jsmith@curbsignin.example", "John Smith"
			in.ReplyTo, in.Subject = "desk.office@gmail.com", "Quick question"
			in.Lead = "Are you at your desk? Please reply to exec.desk.office@gmail.com when you can."
		}, true},
		{"the visitor's address after a list separator", func(in *Input) {
			in.Lead = "New sign-in at your open house: Gail Porter \u00b7 gail.porter@gmail.com \u00b7 Working with an agent: No"
		}, false},
		{"the visitor's address in angle brackets", func(in *Input) { in.Lead = "New visitor Gail Porter <gail.porter@gmail.com>" }, false},
		{"a form's fields: name, address, phone, message", func(in *Input) {
			in.Subject, in.Lead = "New contact form entry", "Name: Gail Porter\nEmail: gail.porter@gmail.com\nPhone: 555 0134\nMessage: Is the house on Tern Ct still available?"
		}, false},
		{"a booking's invitee email beside its other fields", func(in *Input) {
			in.Subject, in.Lead = "New booking", "Invitee: Gail Porter Invitee Email: gail.porter@gmail.com Event: Viewing, 14 Tern Ct"
		}, false},
		{"a lure printing its Reply-To as its only field", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Hello, the documents are ready for your review.\nEmail: gail.porter@gmail.com"
		}, true},
		{"a lure labelling its Reply-To 'reply to:'", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Name: Gail Porter\nReply to: gail.porter@gmail.com"
		}, true},
		{"a lure's 'contact:' label", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Contact: gail.porter@gmail.com"
		}, true},
		{"a lure's bare 'message from' its Reply-To", func(in *Input) {
			in.Subject, in.Lead = "Message from gail.porter@gmail.com", "The documents are ready for your review."
		}, true},
		{"a lure's 'reply to' a name in angle brackets", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Please reply to Gail Porter <gail.porter@gmail.com>"
		}, true},
		{"a contact form's fields run together, a message before the address", func(in *Input) {
			in.Subject, in.Lead = "New message", "Name: Gail Porter Message: I'd like to go to the open house at 2pm Email: gail.porter@gmail.com"
		}, false},
		{"French labels, a space before the colon", func(in *Input) {
			in.Subject, in.Lead = "Nouveau message", "Nom : Gail Porter E-mail : gail.porter@gmail.com Téléphone : 555 0134 Message : Bonjour"
		}, false},
		{"a form submission from the visitor", func(in *Input) {
			in.Subject, in.Lead = "New form submission from gail.porter@gmail.com", "Someone filled in your form."
		}, false},
		{"a password reset form's notice", func(in *Input) {
			in.Subject, in.Lead = "Password reset form submitted", "Name: Gail Porter Email: gail.porter@gmail.com Message: I can't sign in to the owner portal"
		}, false},
		{"a registration notice reporting a password field", func(in *Input) {
			in.Subject, in.Lead = "New registration", "Username: gailp Email: gail.porter@gmail.com Password: ********"
		}, false},
		{"the form named after a label: a password help request", func(in *Input) {
			in.Subject, in.Lead = "New form submission: Password help", "Name: Gail Porter Email: gail.porter@gmail.com"
		}, false},
		{"a lure asking for the email and password below", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com. To view the entry, enter your email and password below."
		}, true},
		{"a lure's 'confirm your password:' label", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com Confirm your password: click the button below"
		}, true},
		{"a lure's password field whose value asks to enter it", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com Password: enter yours below to view the entry"
		}, true},
		{"a lure's password field whose value asks to confirm it", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com Password: confirm it at the link to keep access"
		}, true},
		{"a lure's password field whose value says it expired", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com Password: expired, verify it now"
		}, true},
		{"a lure's password field left blank to fill", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com Password: ________"
		}, true},
		{"a lure's password reset form to complete", func(in *Input) {
			in.Lead = "Name: Gail Porter Email: gail.porter@gmail.com. Complete the password reset form below to keep access."
		}, true},
		{"a lone email field under a sign-up subject", func(in *Input) {
			in.Subject, in.Lead = "New newsletter sign-up", "Email: gail.porter@gmail.com"
		}, false},
		{"a lone email field under its heading", func(in *Input) {
			in.Subject, in.Lead = "Curb Open House", "You have a new subscriber! Email: gail.porter@gmail.com"
		}, false},
		{"a lone email field under a lure's subject", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Email: gail.porter@gmail.com"
		}, true},
		{"a lone email field under prose naming an inquiry a sentence before", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Hello, thank you for the inquiry. The documents are ready for your review.\nEmail: gail.porter@gmail.com"
		}, true},
		{"a lone email field under a request to fill in a form", func(in *Input) {
			in.Subject, in.Lead = "Documents for 14 Tern Ct", "Please fill in the attached form and send it back today.\nEmail: gail.porter@gmail.com"
		}, true},
		{"a lone email field under prose about a lead time", func(in *Input) {
			in.Subject, in.Lead = "Order for Tern Ct", "The lead time on the order is two weeks, please confirm.\nEmail: gail.porter@gmail.com"
		}, true},
		{"a lone email field under a booking lure's subject", func(in *Input) {
			in.Subject, in.Lead = "Reservation inquiry for 12-15 December", "Email: gail.porter@gmail.com"
		}, true},
		{"a lone email field under a booking engine's new-booking subject", func(in *Input) {
			in.Subject, in.Lead = "New reservation inquiry", "Email: gail.porter@gmail.com"
		}, false},
		{"an email label run into the heading, before the phone's", func(in *Input) {
			in.Subject, in.Lead = "Curb Open House", "New contact form submission Email gail.porter@gmail.com Phone 555 0134"
		}, false},
		{"a lure's 'reply to this form entry', a lone email field", func(in *Input) {
			in.Subject, in.Lead = "New form entry", "Please reply to this form entry. Email: gail.porter@gmail.com"
		}, true},
		{"the sender's own other mailbox (a hijacked account's personal address)", func(in *Input) {
			in.MailFrom, in.FromAddr, in.FromName = "gail@curbsignin.example", "gail@curbsignin.example", "Gail Porter"
			in.Lead = "Please answer me at gail.porter@gmail.com, my work mail is down."
		}, true},
		{"we wrote to the sender (a correspondent hijacked)", func(in *Input) { in.History.Sender.Outbound = 1 }, true},
		{"we wrote to the sender's domain", func(in *Input) { in.History.SenderDomain.Outbound = 1 }, true},
		{"a trusted verifier failed the From", func(in *Input) {
			in.AuthChecked, in.AuthPass, in.AuthFail = true, false, "dmarc"
		}, true},
	} {
		in := formNoticeInput()
		tc.edit(&in)
		v := Score(testPolicy(), in)
		if got := slices.Contains(codesOf(v), CodeReplyFree); got != tc.want {
			t.Errorf("%s: reply_to_freemail %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}

// TestFieldValue: where fieldValue finds addr shown as a field's value.
func TestFieldValue(t *testing.T) {
	for _, tc := range []struct {
		text, addr string
		want       bool
	}{
		{"gail.porter@gmail.com", "gail.porter@gmail.com", true},
		{"email: gail.porter@gmail.com", "gail.porter@gmail.com", true},
		{"gail porter <gail.porter@gmail.com>", "gail.porter@gmail.com", true},
		{"please reply to gail.porter@gmail.com", "gail.porter@gmail.com", false},
		{"reply to exec.desk@gmail.com", "desk@gmail.com", false},
		{"email: exec.desk@gmail.com", "desk@gmail.com", false},
		{"email: exec_desk@gmail.com", "desk@gmail.com", false},
		{"email: exec-desk@gmail.com", "desk@gmail.com", false},
		{"email: exec+desk@gmail.com", "desk@gmail.com", false},
		{"from exec.desk@gmail.com, email: desk@gmail.com", "desk@gmail.com", true},
		{"\xff desk@gmail.com", "desk@gmail.com", true},
		{"", "desk@gmail.com", false},
		{"new form submission from gail.porter@gmail.com", "gail.porter@gmail.com", true},
		{"submitted by gail.porter@gmail.com on 3 march", "gail.porter@gmail.com", true},
		{"a message from  gail.porter@gmail.com via your website", "gail.porter@gmail.com", true},
		{"contact me at gail.porter@gmail.com", "gail.porter@gmail.com", false},
		{"write to gail.porter@gmail.com", "gail.porter@gmail.com", false},
		{"ask bobby gail.porter@gmail.com", "gail.porter@gmail.com", false},             // "by" inside a word
		{"name gail porter email gail.porter@gmail.com", "gail.porter@gmail.com", true}, // a table's cells run together
		{"full name gail e-mail gail.porter@gmail.com", "gail.porter@gmail.com", true},  // "e-mail" as a label
		{"please email gail.porter@gmail.com", "gail.porter@gmail.com", true},           // a label's place; formField refuses it
		{"gmail gail.porter@gmail.com", "gail.porter@gmail.com", false},                 // no label word
		{"emails2 gail.porter@gmail.com", "gail.porter@gmail.com", false},               // a digit ends it
	} {
		if got := fieldValue(tc.text, tc.addr); got != tc.want {
			t.Errorf("fieldValue(%q, %q) = %v, want %v", tc.text, tc.addr, got, tc.want)
		}
	}
}

// TestFormField: where formField finds addr shown as a form's field, not
// merely printed as where to answer.
func TestFormField(t *testing.T) {
	const a = "gail.porter@gmail.com"
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"new open house sign-in: gail porter <gail.porter@gmail.com>", true},
		{"new visitor gail porter <gail.porter@gmail.com>", true},
		{"please reply to gail porter <gail.porter@gmail.com>", false},
		{"write to gail <gail.porter@gmail.com>", false},
		{"new sign-in: gail.porter@gmail.com", true},
		{"visitor: gail.porter@gmail.com", true},
		{"name: gail porter\nemail: gail.porter@gmail.com\nphone: 555 0134", true},
		{"name: gail porter e-mail address: gail.porter@gmail.com", true},
		{"email: gail.porter@gmail.com", false},
		{"thanks, gail\nemail: gail.porter@gmail.com\nweb: https://example.com", true},
		{"reply to: gail.porter@gmail.com", false},
		{"name: gail\nreply-to: gail.porter@gmail.com", false},
		{"contact email: gail.porter@gmail.com name: gail", true},
		{"contact: gail.porter@gmail.com", false},
		{"contact gail porter <gail.porter@gmail.com>", false},
		{"ok, so as i said earlier gail porter <gail.porter@gmail.com>", false},
		{"email me: gail.porter@gmail.com name: gail", false},
		{"message from gail.porter@gmail.com", false},
		{"new form submission from gail.porter@gmail.com", true},
		{"a message from gail.porter@gmail.com via your website", true},
		{"submitted by gail.porter@gmail.com on 3 march", true},
		{"a file was shared with you by gail.porter@gmail.com. sign in with your password to view it", false},
		{"a file was shared by gail.porter@gmail.com\nnew form entry", false},
		{"gail.porter@gmail.com", false},
		{"gail.porter@gmail.com · agent: no", true},
		{"gail porter · gail.porter@gmail.com", false},
		{"gail porter · gail.porter@gmail.com · working with an agent: no", true},
		// a notice's lines come run together (links.Extracted.Lead): the
		// previous field's value is no part of the "Email:" label
		{"name: gail porter message: i'd like to go to the open house at 2pm email: gail.porter@gmail.com", true},
		{"name: gail porter subject: call me email: gail.porter@gmail.com phone: 555", true},
		{"name: gail porter subject: write to us email: gail.porter@gmail.com", true},
		{"name: gail porter reply to email: gail.porter@gmail.com", false},
		{"name: gail porter please send your answer to this email: gail.porter@gmail.com", false},
		// French spacing before the colon, an address in angle brackets after its label, a survey's question
		{"nom : gail porter e-mail : gail.porter@gmail.com téléphone : 555", true},
		{"nom\u202f: gail porter e-mail\u202f: gail.porter@gmail.com", true},
		{"name: gail porter email: <gail.porter@gmail.com>", true},
		{"reply to: <gail.porter@gmail.com> name: gail", false},
		{"you got a new response! what's your name? gail porter what's your email address? gail.porter@gmail.com", true},
		{"questions? gail.porter@gmail.com", false},
		// a table's label and value cells, or a label's line over its
		// value's, run together in the lead (links.Extracted.Lead)
		{"name gail porter email gail.porter@gmail.com comments do you take new patients?", true},
		{"form: contact us first name gail email gail.porter@gmail.com message hello", true},
		{"full name gail porter e-mail gail.porter@gmail.com phone number (555) 010-0134", true},
		{"your name gail porter your email gail.porter@gmail.com", true},
		{"name gail porter email address gail.porter@gmail.com", true},
		{"new submission! email gail.porter@gmail.com phone 555 0134", true},
		{"email gail.porter@gmail.com\nphone 555 0134", true},
		{"please email gail.porter@gmail.com", false},
		{"name gail porter please email gail.porter@gmail.com", false},
		{"name gail reply to email gail.porter@gmail.com", false},
		{"name gail porter send it to this email gail.porter@gmail.com", false},
		{"email gail.porter@gmail.com", false},
		{"the documents are ready. email gail.porter@gmail.com", false},
		{"you can email gail.porter@gmail.com phone 555", false},
		{"hi, my name is gail porter email gail.porter@gmail.com", false},
		{"my name gail email gail.porter@gmail.com", false},
		{"name of the buyer and the closing date, email gail.porter@gmail.com phone 555", false},
		{"name gail porter and more words email gail.porter@gmail.com", false},
		{"email gail.porter@gmail.com, phone 555", false},
		{"email gail.porter@gmail.com today", false},
		{"", false},
		// an address's label standing alone under a heading naming the
		// form's entry, or run into it
		{"new subscriber! email: gail.porter@gmail.com", true},
		{"you have a new newsletter sign-up. email: gail.porter@gmail.com", true},
		{"new website lead. your email address: gail.porter@gmail.com", true},
		{"please reply to this form entry. email: gail.porter@gmail.com", false},
		{"the documents are ready for your review. email: gail.porter@gmail.com", false},
		{"new contact form submission email gail.porter@gmail.com phone 555 0134", true},
		{"new website lead email gail.porter@gmail.com", true},
		{"new contact us form submission email gail.porter@gmail.com phone 555 0134", true},
		{"write to us about this form submission email gail.porter@gmail.com phone 555", false},
		{"new subscriber! email gail.porter@gmail.com", true},
		{"you have a new form submission email gail.porter@gmail.com thanks", false},
		{"please reply to the form submission email gail.porter@gmail.com", false},
		{"the documents are ready email gail.porter@gmail.com phone 555", false},
		{"contact the form submission email gail.porter@gmail.com phone 555", false},
		// the heading is the sentence or line right before, announcing a
		// new entry, its word naming the entry near its end (review A #7)
		{"hello, thank you for the inquiry. the documents are ready for your review.\nemail: gail.porter@gmail.com", false},
		{"please fill in the attached form and send it back today.\nemail: gail.porter@gmail.com", false},
		{"the lead time on the order is two weeks, please confirm.\nemail: gail.porter@gmail.com", false},
		{"the new lead time on the order is two weeks.\nemail: gail.porter@gmail.com", false},
		{"thank you for your new inquiry!\nemail: gail.porter@gmail.com", false},
		{"a form is attached. new pricing inside.\nemail: gail.porter@gmail.com", false},
		{"new form submission received\nemail: gail.porter@gmail.com", true},
		{"you have a new subscriber!\nemail gail.porter@gmail.com", true},
		{"new lead from your website. e-mail address: gail.porter@gmail.com", true},
		{"new prices for the lead pipes in your order. e-mail address: gail.porter@gmail.com", false},
		{"new website lead\r\nyour e-mail address: gail.porter@gmail.com", true},
		// a notifier's greeting, and where or when after the entry's
		// word (review E F9)
		{"hi sam, you have a new subscriber!\nemail: gail.porter@gmail.com", true},
		{"new form submission on www.tern-realty.com\nemail: gail.porter@gmail.com", true},
		{"you have a new booking request for 12-15 december\nemail: gail.porter@gmail.com", true},
		{"hi sam, the documents are ready for your review.\nemail: gail.porter@gmail.com", false},
		{"hello, thank you for your new inquiry!\nemail: gail.porter@gmail.com", false},
		{"the new lead time on the order is two weeks.\nemail: gail.porter@gmail.com", false},
	} {
		if got := formField(tc.text, a); got != tc.want {
			t.Errorf("formField(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFormFieldHeaded: an address's label standing alone at the start
// of the text is a form's field under a subject naming the form's entry;
// after other words, only those words can head it.
func TestFormFieldHeaded(t *testing.T) {
	const a = "gail.porter@gmail.com"
	for _, tc := range []struct {
		text, heading string
		want          bool
	}{
		{"email: gail.porter@gmail.com", "new sign-up", true},
		{"e-mail address: gail.porter@gmail.com", "new form submission", true},
		{"email gail.porter@gmail.com", "new subscriber", true},
		{"email: gail.porter@gmail.com", "documents for 14 tern ct", false},
		{"email: gail.porter@gmail.com", "", false},
		{"the documents are ready. email: gail.porter@gmail.com", "new form entry", false},
		{"email gail.porter@gmail.com today", "new subscriber", false},
		{"email: gail.porter@gmail.com", "please reply to this form entry", false},
		// a booking lure's subject names an inquiry but announces no new
		// entry (review A #7): a booking engine's says "new"
		{"email: gail.porter@gmail.com", "reservation inquiry for 12-15 december", false},
		{"email: gail.porter@gmail.com", "booking inquiry", false},
		{"email: gail.porter@gmail.com", "new reservation inquiry", true},
		{"email: gail.porter@gmail.com", "new reservation inquiry for 12-15 december", true}, // as without its dates (review E F9)
		{"email: gail.porter@gmail.com", "form submission received", true},
	} {
		if got := formFieldHeaded(tc.text, a, tc.heading); got != tc.want {
			t.Errorf("formFieldHeaded(%q, %q) = %v, want %v", tc.text, tc.heading, got, tc.want)
		}
	}
}

// TestFormNamesOut: "password" naming a form or a field a notice reports
// is blanked; asked for, it stays.
func TestFormNamesOut(t *testing.T) {
	for _, tc := range []struct {
		text  string
		blank bool
	}{
		{"Password reset form submitted", true},
		{"New password change request submission from Gail", true},
		{"PASSWORD RESET FORM RECEIVED", true},
		{"New form submission: Password help", true},
		{"Username: gailp Password: ********", true},
		{"New password: set by the visitor", true},
		{"Enter your email and password below", false},
		{"Confirm your password: click the button below", false},
		{"Password: ________", false},
		{"Complete the password reset form below to keep access", false},
		{"Your password expires today", false},
		{"Reply to me with your password: thanks", false},
		{"passwords: none", false},
		{"Reset password: action required", false},
		{"Password expired: renew it now", false},
		{"Message: I forgot my password: please call me", true},
		// the value asks, not reports (review A #6)
		{"Password: enter yours below to view the entry", false},
		{"Password: confirm it at the link to keep access", false},
		{"Password: expired, verify it now", false},
		{"Password: click here to keep it", false},
		{"Password: please reply with it", false},
		// the value reports; the next field's label is no part of it
		{"Password: ******** Message: hi", true},
		{"Password: set Reset link: sent", true},
		{"Password: chosen by the visitor. Phone: 555 0134", true},
		// an ask past the value's fourth word
		{"Password: the one you use for email, enter it below to view the entry", false},
		{"Password: same as the mailbox login, please confirm it now", false},
		{"Password: not shown in this notice; click here to see it", false},
		{"Password: the same as on file for the account - verify it", false},
		{"Password: set by the visitor to confirm the account", true},
		{"Password: chosen by the visitor on the sign-up form at 10:42", true},
		{"Password: set by the visitor on the portal Reply to: gail@example.org", true},
		{"Password: hidden by the form plugin, see the site settings", true},
	} {
		got := formNamesOut(tc.text)
		if len(got) != len(tc.text) {
			t.Fatalf("formNamesOut(%q) = %q: length changed", tc.text, got)
		}
		if blanked := !strings.Contains(strings.ToLower(got), "password"); blanked != tc.blank {
			t.Errorf("formNamesOut(%q) = %q, blanked %v, want %v", tc.text, got, blanked, tc.blank)
		}
	}
}

// FuzzFieldValue: fieldValue never panics, and finds addr only where text
// holds it.
func FuzzFieldValue(f *testing.F) {
	f.Add("please reply to exec.desk@gmail.com", "desk@gmail.com")
	f.Add("email: gail.porter@gmail.com", "gail.porter@gmail.com")
	f.Add("\xff desk@gmail.com", "desk@gmail.com")
	f.Add("", "")
	f.Add("nom\u202f: gail e-mail : g@gmail.com message : ok", "g@gmail.com")
	f.Add("name: gail email: <g@gmail.com>", "g@gmail.com")
	f.Add("what's your name? gail what's your email address? g@gmail.com", "g@gmail.com")
	f.Add(": ?g@gmail.com", "g@gmail.com")
	f.Add("first name gail email g@gmail.com message hi", "g@gmail.com")
	f.Add("your name gail your e-mail g@gmail.com", "g@gmail.com")
	f.Add("email g@gmail.com phone 555", "g@gmail.com")
	f.Add("please email g@gmail.com", "g@gmail.com")
	f.Add("name email g@gmail.com", "g@gmail.com")
	f.Add("email\u00a0g@gmail.com", "g@gmail.com")
	f.Add("hello, thank you for the inquiry. the documents are ready.\nemail: g@gmail.com", "g@gmail.com")
	f.Add("new website lead\r\nyour e-mail address: g@gmail.com", "g@gmail.com")
	f.Add("! . \n e-mail your email: g@gmail.com", "g@gmail.com")
	f.Fuzz(func(t *testing.T, text, addr string) {
		if fieldValue(text, addr) && !strings.Contains(text, addr) {
			t.Errorf("fieldValue(%q, %q) without addr in text", text, addr)
		}
		if formField(text, addr) && !fieldValue(text, addr) {
			t.Errorf("formField(%q, %q) where fieldValue finds no field", text, addr)
		}
	})
}

// TestFormNoticeHTMLTables: form notifiers that lay their fields out as
// an HTML table of label and value cells, or a label's line over its
// value's, read through links (whose lead runs cells and lines
// together), keep no reply_to_freemail; lures in the same HTML that
// print the address in prose or as a lone field keep it.
func TestFormNoticeHTMLTables(t *testing.T) {
	const mailto = `<a href="mailto:gail.porter@gmail.com">gail.porter@gmail.com</a>`
	for _, tc := range []struct {
		name, body string
		want       bool // reply_to_freemail expected
	}{
		{"wix: label and value rows", `<table><tr><td><h2>You've got a new submission</h2><p>Form: Contact Us</p></td></tr>
<tr><td><table><tr><td><b>First Name</b></td></tr><tr><td>Gail</td></tr><tr><td><b>Email</b></td></tr><tr><td>` + mailto + `</td></tr>
<tr><td><b>Message</b></td></tr><tr><td>Do you take new patients?</td></tr></table></td></tr></table>`, false},
		{"gravity forms: label rows over indented value rows", `<table width="100%" cellpadding="5">
<tr bgcolor="#EAF2FA"><td colspan="2"><font><strong>Name</strong></font></td></tr>
<tr><td width="20">&nbsp;</td><td><font>Gail Porter</font></td></tr>
<tr bgcolor="#EAF2FA"><td colspan="2"><font><strong>Email</strong></font></td></tr>
<tr><td width="20">&nbsp;</td><td><font>` + mailto + `</font></td></tr>
<tr bgcolor="#EAF2FA"><td colspan="2"><font><strong>Comments</strong></font></td></tr>
<tr><td width="20">&nbsp;</td><td><font>Do you take new patients?</font></td></tr></table>`, false},
		{"wpforms: a table per field", `<table><tr><td class="field-name"><strong>Name</strong></td></tr><tr><td class="field-value">Gail Porter</td></tr></table>
<table><tr><td class="field-name"><strong>Email</strong></td></tr><tr><td class="field-value">gail.porter@gmail.com</td></tr></table>
<table><tr><td class="field-name"><strong>Comment or Message</strong></td></tr><tr><td class="field-value">Do you take new patients?</td></tr></table>`, false},
		{"jotform: question and answer columns", `<table><tr><td class="questionColumn"><b>Full Name</b></td><td class="valueColumn">Gail Porter</td></tr>
<tr><td class="questionColumn"><b>E-mail</b></td><td class="valueColumn">` + mailto + `</td></tr>
<tr><td class="questionColumn"><b>Phone Number</b></td><td class="valueColumn">(555) 010-0134</td></tr></table>`, false},
		{"elementor: label and value on their own lines", `<p>Name<br>Gail Porter</p><p>Email<br>gail.porter@gmail.com</p><p>Message<br>Do you take new patients?</p>`, false},
		{"squarespace: bold labels over values", `<h1>Form Submission - Contact Us</h1><p>Sent via form submission from Harborview Dental</p>
<p><b>Name</b><br>Gail Porter</p><p><b>Email Address</b><br>` + mailto + `</p><p><b>Message</b><br>Do you take new patients?</p>`, false},
		{"hubspot: label and value rows", `<table><tr><td><h2>Someone filled out Contact Us on Harborview Dental</h2></td></tr>
<tr><td><table><tr><td><span>First Name</span></td></tr><tr><td>Gail</td></tr><tr><td><span>Email</span></td></tr><tr><td>` + mailto + `</td></tr>
<tr><td><span>Message</span></td></tr><tr><td>Do you take new patients?</td></tr></table></td></tr></table>`, false},
		{"an email-first form: the address's row before the phone's", `<table><tr><td>New submission!</td></tr><tr><td>Email</td><td>` + mailto + `</td></tr><tr><td>Phone</td><td>555 0134</td></tr></table>`, false},
		{"lure: a lone email cell under its text", `<p>The documents for 14 Tern Ct are ready for your review.</p><table><tr><td>Email</td><td>` + mailto + `</td></tr></table>`, true},
		{"lure: please email in a table cell", `<table><tr><td>The documents for 14 Tern Ct are ready.</td></tr><tr><td>Please email ` + mailto + ` to receive them.</td></tr></table>`, true},
		{"lure: a name in prose, then the address", `<p>Hi, my name is Gail Porter</p><p>Email ` + mailto + `</p><p>Phone 555 0134</p>`, true},
		{"lure: reply to in a cell", `<table><tr><td>Name</td><td>Gail Porter</td></tr><tr><td>Reply to</td><td>` + mailto + `</td></tr></table>`, true},
	} {
		x, err := links.ExtractAll([]byte("Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>"+tc.body+"</body></html>"), links.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		in := formNoticeInput()
		in.Subject, in.Lead = "New form entry", x.Lead
		v := Score(testPolicy(), in)
		if got := slices.Contains(codesOf(v), CodeReplyFree); got != tc.want {
			t.Errorf("%s: reply_to_freemail %v, want %v (lead %q, %v)", tc.name, got, tc.want, x.Lead, codesOf(v))
		}
	}
}

// FuzzFormNamesOut: formNamesOut never panics, keeps the text's length,
// and changes only bytes of "password" words to spaces.
func FuzzFormNamesOut(f *testing.F) {
	f.Add("Password reset form submitted")
	f.Add("Username: gailp Password: ********")
	f.Add("New form submission: Password help")
	f.Add("Confirm your password: ____ \xff PASSWORD")
	f.Add("Password: enter yours below. Password: ******** Confirm password: set:")
	f.Fuzz(func(t *testing.T, text string) {
		got := formNamesOut(text)
		if len(got) != len(text) {
			t.Fatalf("formNamesOut(%q) = %q: length changed", text, got)
		}
		for i := range len(text) {
			if got[i] != text[i] && (got[i] != ' ' || !strings.ContainsRune("passwordPASSWORD", rune(text[i]))) {
				t.Fatalf("formNamesOut(%q) = %q: byte %d changed", text, got, i)
			}
		}
	})
}
