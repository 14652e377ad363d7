package scoring

import (
	"fmt"
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// becRow: one red-team message against partnerInName, partnerSubName or
// formNotice: ham a mail admin expects to pass, a lure to be caught.
type becRow struct {
	name string
	ham  bool
	in   Input
	code bool   // the rule's reason (shadow_identity, reply_to_freemail) expected
	act  Action // the action expected
}

const (
	becPay   = "Attached are the final closing figures and wire instructions. Please wire the funds today."
	becPlain = "Good to see you at the closing on Friday. Here are the photos from the walkthrough I promised."
	becNews  = "Our spring newsletter: rates this quarter, our new branch and a recipe from the team."
	becSign  = "I uploaded the closing package to our secure file share, please sign in with your email to download it."
)

// becName: mail from name <from> asking text, to bob, who knows
// pinecrestlending.example.
func becName(name, from, text string, f func(*Input)) Input {
	in := noLink(newInput(), text)
	in.FromName, in.FromAddr, in.MailFrom = name, from, from
	in.Subject = "Re: 14 Tern Ct"
	if text == becPay {
		in.Subject = "Final closing figures and wire instructions"
	}
	in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {Recipient: est(),
		Known: []string{"partner.example", "pinecrestlending.example", "whitfield.example", "northlake.edu", "firstnational.example"}}}
	if f != nil {
		f(&in)
	}
	return in
}

// becSummary: the action, the strictest link level and the reason codes.
func becSummary(v Verdict) string {
	lv := LevelNone
	for _, l := range v.Links {
		if levelRank(l.Level) > levelRank(lv) {
			lv = l.Level
		}
	}
	return fmt.Sprintf("%s/%s %v", v.Action, lv, codesOf(v))
}

// TestBECPartnerInName: partnerInName (shadow_identity) against ham a
// mail admin expects to pass and lures to be caught. Ham rows that carry
// shadow_identity are its known cost: they are accepted unless they also
// ask to pay, when a free-mail or never-seen sender in a correspondent's
// name is what wire fraud looks like. Of the lookalike-label lures, one
// misread character (Lendlng, an l for the i) is read as sender_lookalike
// reads a domain; another edit (Pinecrests, a letter added) is not: a
// name is spelled exactly, case, spacing, punctuation, confusable letters
// and one misread character aside, since one free letter of a company's
// name is often another company's.
func TestBECPartnerInName(t *testing.T) {
	rows := []becRow{
		{"employee at personal gmail, person name plus company", true, becName("Dana Whitfield - Pinecrest Lending", "dana.whitfield@gmail.com", becPlain, nil), true, Accept},
		{"employee at personal gmail, company name only", true, becName("Pinecrest Lending", "dana.whitfield@gmail.com", becPlain, nil), true, Accept},
		{"newsletter through substack", true, becName("Pinecrest Lending", "pinecrestlending@substack.com", becNews, nil), false, Accept},
		{"newsletter through beehiiv, list mail", true, becName("Pinecrest Lending", "pinecrestlending@mail.beehiiv.com", becNews, func(in *Input) { in.List = true }), false, Accept},
		{"newsletter through beehiiv, no list header", true, becName("Pinecrest Lending", "pinecrestlending@mail.beehiiv.com", becNews, nil), false, Accept}, // a domain, not free mail: read no more
		{"newsletter through sendgrid envelope, own From", true, becName("Pinecrest Lending", "news@pinecrestlending.example", becNews, func(in *Input) { in.MailFrom = "bounces+123@em1234.sendgrid.net" }), false, Accept},
		{"newsletter from mailchimp shared From", true, becName("Pinecrest Lending", "pinecrestlending=gmail.com@mail198.atl121.mcsv.net", becNews, nil), false, Accept}, // a domain, not free mail: read no more
		{"event through eventbrite", true, becName("Pinecrest Lending", "noreply@eventbrite.com", becNews, nil), false, Accept},
		{"invoice through stripe", true, becName("Pinecrest Lending", "invoice+statements@stripe.com", becPay, nil), false, Accept},
		{"subsidiary's own domain", true, becName("Pinecrest Mortgage, a Pinecrest Lending company", "info@pinecrestmortgage.example", becNews, nil), false, Accept},
		{"rebranded domain", true, becName("Evergreen Home Loans (formerly Pinecrest Lending)", "team@evergreenhomeloans.example", becNews, nil), false, Accept},
		{"rebranded domain, old name first", true, becName("Pinecrest Lending, now Evergreen", "team@evergreenhomeloans.example", becNews, nil), false, Accept}, // a domain, not free mail: read no more
		{"conference named like the partner", true, becName("Pinecrest Lending Summit 2026", "register@cvent-events.example", becNews, nil), false, Accept},     // a domain, not free mail: read no more
		{"university department", true, becName("Northlake University Chemistry", "chemdept@northlakechem.example", becNews, nil), false, Accept},               // a domain, not free mail: read no more
		{"university bookstore", true, becName("Northlake Bookstore", "orders@bncollege.example", becNews, nil), false, Accept},                                 // a domain, not free mail: read no more
		{"zendesk tenant", true, becName("Pinecrest Lending Support", "support@pinecrestlending.zendesk.com", becPlain, nil), false, Accept},
		{"salesforce tenant", true, becName("Pinecrest Lending", "noreply@pinecrestlending.my.salesforce.com", becPlain, nil), false, Accept},
		{"bamboohr tenant", true, becName("Pinecrest Lending HR", "notifications@pinecrestlending.bamboohr.com", becPlain, nil), false, Accept}, // a domain, not free mail: read no more
		{"atlassian tenant", true, becName("Pinecrest Lending Jira", "jira@pinecrestlending.atlassian.net", becPlain, nil), false, Accept},
		{"common phrase in a name", true, becName("First National Park Tours", "tours@parktours.example", becNews, nil), false, Accept},
		{"surname correspondent, a person at gmail", true, becName("Dana Whitfield", "dana.whitfield@gmail.com", becPlain, nil), false, Accept},
		{"surname correspondent, a person at gmail asking to pay", true, becName("Dana Whitfield", "dana.whitfield@gmail.com", becPay, nil), false, Accept},
		{"surname correspondent, a person at a new domain", true, becName("Mark Whitfield", "mark@whitfield-design.example", becPlain, nil), false, Accept},
		// lures
		{"lure: name at gmail, pay", false, becName("Pinecrest Lending", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: split words", false, becName("Pine Crest Lending", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: dotted", false, becName("P.inecrest Lending", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: hyphen", false, becName("Pinecrest-Lending", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: underscore", false, becName("Pinecrest_Lending", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: cyrillic i", false, becName("Pinecrest Lend\u0456ng", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: zero-width space", false, becName("Pinecrest Len\u200bding", "pinecrest.closing@gmail.com", becPay, nil), true, Quarantine},
		{"lure: accounts payable after", false, becName("Pinecrest Lending Accounts Payable", "ap.pinecrest@gmail.com", becPay, nil), true, Quarantine},
		{"lure: accounts payable before", false, becName("Accounts Payable | Pinecrest Lending", "ap.pinecrest@gmail.com", becPay, nil), true, Quarantine},
		{"lure: domain as name", false, becName("pinecrestlending.example", "ap.pinecrest@gmail.com", becPay, nil), true, Quarantine},
		{"lure: lookalike label lendlng", false, becName("Pinecrest Lendlng", "ap.pinecrest@gmail.com", becPay, nil), true, Quarantine},
		{"lure: lookalike label pinecrests", false, becName("Pinecrests Lending", "ap.pinecrest@gmail.com", becPay, nil), false, Accept},
		{"lure: all caps", false, becName("PINECREST LENDING", "closing@pcl-escrow.example", becPay, nil), false, Accept},                                          // gap: at a new domain of its own, another company may share the name
		{"lure: person plus company at new domain", false, becName("Dana Whitfield | Pinecrest Lending", "dana@pcl-closings.example", becPay, nil), false, Accept}, // gap: at a new domain of its own, another company may share the name
	}
	checkBEC(t, CodeShadowIdentity, rows)
}

// TestBECPartnerSub: a link asking to sign in, from the lender's own
// (hijacked) address, to a host carrying the lender's name below a
// never-seen domain. A tenant at a SaaS not shipped in brands.txt or
// platforms.txt (bamboohr.com, a loan portal vendor) is the rule's known
// cost; the name split across labels or below the third label is not
// read (maxPartnerSubLabels).
func TestBECPartnerSub(t *testing.T) {
	subs := []struct {
		name   string
		ham    bool
		host   string
		domain string
		want   bool // partner_name_domain expected
	}{
		{"zendesk help center", true, "pinecrestlending.zendesk.com", "zendesk.com", false},
		{"salesforce org", true, "pinecrestlending.my.salesforce.com", "salesforce.com", false},
		{"bamboohr tenant", true, "pinecrestlending.bamboohr.com", "bamboohr.com", false},
		{"atlassian site", true, "pinecrestlending.atlassian.net", "atlassian.net", false},
		{"a loan portal vendor not listed", true, "pinecrestlending.loanportal-vendor.example", "loanportal-vendor.example", false},
		{"a file share's tenant, www below it", true, "www.pinecrestlending.citrixdata.example", "citrixdata.example", false},
		{"lure: hyphenated", false, "pinecrest-lending.securedocs-share.example", "securedocs-share.example", true},
		{"lure: underscore", false, "pinecrest_lending.securedocs-share.example", "securedocs-share.example", true},
		{"lure: dot-split", false, "pinecrest.lending.securedocs-share.example", "securedocs-share.example", false},
		{"lure: fourth label", false, "pinecrestlending.a.b.c.securedocs-share.example", "securedocs-share.example", false},
		{"lure: third label", false, "pinecrestlending.secure.docs.securedocs-share.example", "securedocs-share.example", true},
		{"lure: name plus word", false, "pinecrestlending-docs.securedocs-share.example", "securedocs-share.example", true},
		{"lure: split name plus word", false, "pinecrest-lending-docs.securedocs-share.example", "securedocs-share.example", true},
		{"lure: word plus split name", false, "secure-pinecrest-lending.securedocs-share.example", "securedocs-share.example", true},
		{"lure: lookalike label", false, "pinecrestlendlng.securedocs-share.example", "securedocs-share.example", false},
	}
	for _, s := range subs {
		in := partnerMail("mdelgado@pinecrestlending.example", "https://"+s.host+"/d/CL-88120", s.host, s.domain, becSign, "pinecrestlending.example")
		in.FromName = "Mark Delgado"
		v := Score(testPolicy(), in)
		got := slices.ContainsFunc(v.Links[0].Reasons, func(r Reason) bool { return r.Code == CodePartnerName })
		if got != s.want || (got || !s.ham) && !v.Links[0].Lock {
			t.Errorf("%s (ham %v): partner_name_domain %v, want %v; %s", s.name, s.ham, got, s.want, becSummary(v))
		}
	}
}

// becForm: formNoticeInput from name <from>, Reply-To reply, linking once
// to linkHost.
func becForm(from, name, reply, subject, lead string, linkHost, linkDom string, f func(*Input)) Input {
	in := formNoticeInput()
	in.MailFrom, in.FromAddr, in.FromName, in.ReplyTo, in.Subject, in.Lead = from, from, name, reply, subject, lead
	in.Links = []links.Link{web("https://"+linkHost+"/entries/1", linkHost, linkDom)}
	if f != nil {
		f(&in)
	}
	return in
}

// TestBECFormNotice: formNotice's exemption of reply_to_freemail against
// legitimate form notifiers and lures shaped to meet its conditions. The
// sign-in lure on the form's own domain, once accepted as the
// exemption's exposure, now keeps reply_to_freemail: its "from ..." and
// "by ..." stand on lines naming no form, and it asks for a password.
func TestBECFormNotice(t *testing.T) {
	rows := []becRow{
		{"wordpress contact form on a client's site", true, becForm("wordpress@harborviewdental.example", "Harborview Dental", "gail.porter@gmail.com",
			"[Harborview Dental] New contact form submission", "From: Gail Porter <gail.porter@gmail.com> Subject: appointment Message: Do you take new patients?",
			"harborviewdental.example", "harborviewdental.example", nil), false, Accept},
		{"wordpress form on our own site", true, becForm("wordpress@corp.example", "Corp Website", "gail.porter@gmail.com",
			"[Corp] New contact form submission", "From: Gail Porter <gail.porter@gmail.com> Message: Do you ship to Canada?",
			"www.corp.example", "corp.example", func(in *Input) { in.History.SenderDomain = withOutbound(est()) }), true, Accept},
		{"jotform", true, becForm("noreply@jotform.com", "Jotform", "gail.porter@gmail.com",
			"New submission: Rental application", "Rental application - Email: gail.porter@gmail.com Phone: 555-0100",
			"www.jotform.com", "jotform.com", nil), false, Accept},
		{"calendly booking", true, becForm("notifications@calendly.com", "Calendly", "gail.porter@gmail.com",
			"New Event: Gail Porter - 30 Minute Meeting", "Hi Bob, A new event has been scheduled. Invitee: Gail Porter Invitee Email: gail.porter@gmail.com",
			"calendly.com", "calendly.com", nil), false, Accept},
		{"crm lead alert", true, becForm("noreply@leadalerts-crm.example", "LeadDesk", "gail.porter@gmail.com",
			"New lead: Gail Porter", "New web lead assigned to you. Name: Gail Porter Email: gail.porter@gmail.com Interested in: 3BR listings",
			"app.leadalerts-crm.example", "leadalerts-crm.example", nil), false, Accept},
		{"lure: ceo gift cards through a contact form", false, becForm("forms@corp-webforms.example", "Website Form", "richard.hale.ceo@gmail.com",
			"New contact form entry", "Name: Richard Hale (CEO) Email: richard.hale.ceo@gmail.com Message: Are you at your desk? I need you to buy 5 Apple gift cards for a client today, reply by email only.",
			"corp-webforms.example", "corp-webforms.example", nil), true, Lock},
		{"lure: vendor bank change through a form", false, becForm("forms@vendor-portal-forms.example", "Vendor Portal", "ap.kesslersteel@gmail.com",
			"New vendor form entry", "Vendor: Kessler Steel Email: ap.kesslersteel@gmail.com Note: we changed banks, please update our remittance account before the next invoice is paid.",
			"vendor-portal-forms.example", "vendor-portal-forms.example", nil), true, Quarantine}, // bank_change holds it
		{"lure: payroll direct deposit change through a form", false, becForm("hr-forms@staff-requests.example", "HR Forms", "jane.doe.home@gmail.com",
			"New employee request", "Employee: Jane Doe Email: jane.doe.home@gmail.com Request: please change my direct deposit to my new account before Friday's payroll.",
			"staff-requests.example", "staff-requests.example", nil), true, Quarantine}, // bank_change holds it
		{"lure: sign-in link on the form's own domain", false, becForm("forms@docshare-forms.example", "Document Request", "mark.delgado.files@gmail.com",
			"New request from mark.delgado.files@gmail.com", "A document was shared with you by mark.delgado.files@gmail.com. Sign in with your email password to view the document.",
			"docshare-forms.example", "docshare-forms.example", nil), true, Lock}, // no form named on the lines of "from"/"by" (formField), and a password asked (asksCredentials)
	}
	checkBEC(t, CodeReplyFree, rows)
}

// checkBEC: each row's verdict has code iff r.code, and r.act.
func checkBEC(t *testing.T, code string, rows []becRow) {
	t.Helper()
	for _, r := range rows {
		v := Score(testPolicy(), r.in)
		if got := slices.Contains(codesOf(v), code); got != r.code || v.Action != r.act {
			t.Errorf("%s (ham %v): %s %v, action %s; want %v, %s; %s", r.name, r.ham, code, got, v.Action, r.code, r.act, becSummary(v))
		}
	}
}
