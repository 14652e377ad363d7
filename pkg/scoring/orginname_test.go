package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestOrgInName: a stranger naming itself after our organisation (the
// name of one of our domains) is doubted; our own people, correspondents,
// namesakes writing from their own name's domain, relays sending in our
// name, brands and platforms, and list mail are not.
func TestOrgInName(t *testing.T) {
	mk := func(name, from string, f func(*Input)) Input {
		in := newInput()
		in.FromName, in.FromAddr, in.MailFrom = name, from, from
		in.Subject = "December payroll: confirm your direct deposit"
		in.Links = []links.Link{web("https://hr-notify.example/confirm", "hr-notify.example", "hr-notify.example")}
		in.Links[0].Context = "Please confirm your direct deposit details before the payroll run."
		if f != nil {
			f(&in)
		}
		return in
	}
	noAsk := func(in *Input) { // a notice asking for neither a payment nor a sign-in
		in.Subject = "Your timesheet for week 47 is ready"
		in.Links[0].Context = "Your timesheet for week 47 is ready to review."
	}
	for _, tc := range []struct {
		name string
		in   Input
		want bool
		held bool
	}{
		{"our name for a department, payment words", mk("Corp Payroll", "payroll@hr-notify.example", nil), true, true},
		{"our name after a bar", mk("HR | Corp", "hr@hr-notify.example", nil), true, true},
		{"our domain in the name", mk("corp.example IT Desk", "it@hr-notify.example", nil), true, true},
		{"at free mail", mk("Corp Payroll", "corp.payroll@gmail.com", nil), true, true},
		{"a person's name", mk("Dana Lee", "dana@hr-notify.example", nil), false, false},
		{"our university's library, a sign-in request", mk("Corp Libraries", "library-access@hr-notify.example", func(in *Input) {
			in.Subject = "Your library access will expire"
			in.Links[0].Context = "Sign in with your NetID to renew your access."
		}), true, true},
		{"our registrar's name, payment words", mk("Corp Registrar", "registrar@hr-notify.example", nil), true, true},
		{"our name alone", mk("Corp", "notice@hr-notify.example", nil), true, true},
		{"our domain alone", mk("corp.example", "notice@hr-notify.example", nil), true, true},
		{"another company sharing a word with our name", mk("Corp Logistics Group", "info@hr-notify.example", nil), false, false},
		{"another company's name around our word", mk("Global Corp Partners", "info@hr-notify.example", nil), false, false},
		{"a namesake writing from its own name's domain", mk("Corp Consulting", "info@corpconsulting.example", nil), false, false},
		{"a service's notice about our account with it", mk("Corp", "corp@hr-saas.example", noAsk), false, false},
		{"a service's tenant host for us", mk("Corp Expenses", "noreply@corp.expense-saas.example", noAsk), false, false},
		// The local part and the host labels below the registrable
		// domain are the sender's to pick at no cost: a lure asking for
		// a payment or a sign-in cannot borrow the namesake's pass so.
		{"our name as the local part of a new domain, payment words", mk("Corp Payroll", "corp@hr-notify.example", nil), true, true},
		{"our name as a subdomain of a new domain, payment words", mk("Corp Payroll", "payroll@corp.hr-notify.example", nil), true, true},
		{"our name as the local part, a sign-in request", mk("Corp IT Desk", "corp@hr-notify.example", func(in *Input) {
			in.Subject = "Password expiry"
			in.Links[0].Context = "Sign in to keep your password."
		}), true, true},
		// A tenant of free hosting is a name anyone picks at sign-up, as
		// a subdomain is: it is no platform sending in our name.
		{"from a free hosting tenant, payment words", mk("Corp Payroll", "payroll@hr-notify.firebaseapp.com", nil), true, true},
		{"our name as a free hosting tenant, payment words", mk("Corp Payroll", "payroll@corp-hr.firebaseapp.com", nil), true, true},
		{"our own app on free hosting, no request", mk("Corp", "noreply@corp-app.firebaseapp.com", noAsk), false, false},
		{"a service established here asking for a payment", mk("Corp", "corp@hr-saas.example", func(in *Input) { in.History.SenderDomain = est() }), false, false},
		{"our name in a free mail address is still a stranger's", mk("Corp Payroll", "payroll.corp@gmail.com", nil), true, true},
		{"a correspondent we wrote to", mk("Corp Payroll", "payroll@hr-notify.example", func(in *Input) { in.History.Sender = withOutbound(est()) }), false, false},
		{"a domain we wrote to", mk("Corp account team", "team@hr-notify.example", func(in *Input) { in.History.SenderDomain = withOutbound(est()) }), false, false},
		{"our own shop through a relay", mk("Corp", "store+123@t.shopifyemail.com", nil), false, false},
		{"our own survey through a survey service", mk("Corp Office of Research", "noreply@qemailserver.com", noAsk), false, false},
		{"our workspace at a brand", mk("Corp Design (Slack)", "feedback@slack.com", nil), false, false},
		{"our help desk at a platform", mk("Corp Support", "support@corp.zendesk.com", nil), false, false},
		{"list mail", mk("Corp staff", "staff@lists.example", func(in *Input) { in.List = true }), false, false},
		{"our own domain", mk("Corp Payroll", "payroll@corp.example", nil), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodeOrgInName)
			for _, l := range v.Links {
				got = got || reasonOf(l.Reasons, CodeOrgInName).Code != ""
			}
			if got != tc.want || (v.Action == Quarantine) != tc.held {
				t.Errorf("org_in_name %v, action %s; want %v, held %v\n%v", got, v.Action, tc.want, tc.held, v.Reasons)
			}
		})
	}
}

// TestOrgInNameSubdomain: an internal domain given with a subdomain
// (mail.corp.example) is judged by its registrable name.
func TestOrgInNameSubdomain(t *testing.T) {
	p := testPolicy()
	p.InternalDomains = []string{"mail.corp.example"}
	in := newInput()
	in.FromName, in.FromAddr, in.MailFrom = "Corp Payroll", "payroll@hr-notify.example", "payroll@hr-notify.example"
	if v := Score(p, in); !hasReason(v.Reasons, CodeOrgInName) {
		t.Errorf("reasons %v, want %s", v.Reasons, CodeOrgInName)
	}
}

// TestLabelIn: labelIn finds the name of a domain's registrable label
// among the name's letters, hyphens dropped, from any label of the domain.
func TestLabelIn(t *testing.T) {
	for _, tc := range []struct {
		d, letters string
		want       bool
	}{
		{"corp.example", "corppayroll", true},
		{"mail.bright-water.example", "brightwaterit", true},
		{"mail.brightwater.co.uk", "brightwaterhr", true},
		{"corp.example", "alicedoe", false},
		{"bright-water.example", "brightwave", false},
	} {
		if got := labelIn(tc.d, tc.letters); got != tc.want {
			t.Errorf("labelIn(%q, %q) = %v, want %v", tc.d, tc.letters, got, tc.want)
		}
		if lab, _, _ := strings.Cut(registrable(tc.d), "."); !tc.want && strings.Contains(tc.letters, strings.ReplaceAll(lab, "-", "")) {
			t.Errorf("labelIn(%q, %q) is false, but the registrable label %q is in the letters", tc.d, tc.letters, lab)
		}
	}
}
