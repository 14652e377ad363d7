package scoring

import (
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// pwPage replaces in's links with an attached HTML page's form posting to
// a domain new here (links.FlagHTMLFile), with a password field when pw.
func pwPage(in Input, pw bool) Input {
	l := web("https://collect.new-portal.example/p", "collect.new-portal.example", "new-portal.example")
	l.Kind, l.Part, l.Flags = links.KindForm, "2", links.FlagHTMLFile
	if pw {
		l.Flags |= links.FlagPassword
	}
	in.Links = []links.Link{l}
	return in
}

// ownColleague is in sent by our own authenticated colleague.
func ownColleague(in Input) Input {
	in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
	return in
}

// withoutRule is the test policy without the quarantine combination of
// code alone, to read the link's own decision.
func withoutRule(code string) Policy {
	p := testPolicy()
	p.QuarantineWhen = slices.DeleteFunc(slices.Clone(p.QuarantineWhen), func(r []string) bool { return len(r) == 1 && r[0] == code })
	return p
}

// TestPasswordForm: a form that asks for a password (its target carries
// links.FlagPassword) or a password field no target carries away
// (Input.PasswordField) is password_form, form evidence that holds the
// message from anyone but our own authenticated people: a known
// partner's attached page posting a password to a new domain, which
// form_link alone left at warn, is held, and without the rule its link
// locks above warn; a form without a password field is judged as before.
func TestPasswordForm(t *testing.T) {
	field := func(in Input) Input { in.PasswordField = true; return in }
	for _, tc := range []struct {
		name     string
		p        Policy
		in       Input
		reported bool
		action   Action
		level    Level // of the first link, when the message is not held
	}{
		{"a known partner's attached page posting a password to a new domain is held", testPolicy(), pwPage(knownInput(), true), true, Quarantine, ""},
		{"the same page without a password field is accepted (form_link and novelty: 1.0)", testPolicy(), pwPage(knownInput(), false), false, Accept, ""},
		{"without the rule, its link locks above warn", withoutRule(CodePasswordForm), pwPage(knownInput(), true), true, Lock, LevelLock},
		{"a stranger's password form in the body is held", testPolicy(), func() Input {
			in := pwPage(newInput(), true)
			in.Links[0].Flags, in.Links[0].Part = links.FlagPassword, ""
			return in
		}(), true, Quarantine, ""},
		{"a partner's page whose script posts the password is held", testPolicy(), field(knownInput()), true, Quarantine, ""},
		{"so is one without any link", testPolicy(), field(noLink(knownInput(), "Please see the attached remittance.")), true, Quarantine, ""},
		{"without the rule, the field raises every link of a stranger's mail above warn", withoutRule(CodePasswordForm), field(newInput()), true, Lock, LevelLock},
		{"the partner's mail without it", testPolicy(), knownInput(), false, Accept, ""},
		{"our own authenticated colleague's saved sign-in page", testPolicy(), ownColleague(pwPage(knownInput(), true)), false, Accept, ""},
		{"our own authenticated colleague's page with a field", testPolicy(), ownColleague(field(knownInput())), false, Accept, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(tc.p, tc.in)
			got := hasReason(v.Reasons, CodePasswordForm)
			for _, l := range v.Links {
				got = got || hasReason(l.Reasons, CodePasswordForm)
			}
			if got != tc.reported || v.Action != tc.action {
				t.Fatalf("Score(%s) = %s, password_form %v; want %s, %v\n%v", tc.name, v.Action, got, tc.action, tc.reported, v.Reasons)
			}
			if tc.level != "" && (len(v.Links) == 0 || v.Links[0].Level != tc.level) {
				t.Errorf("Score(%s): link level %v, want %s (%v)", tc.name, v.Links, tc.level, v.Reasons)
			}
		})
	}
}

// TestPasswordFormWeight: password_form adds its whole weight to the
// form's link, whatever the sender's history, and once: the field is
// not counted again for the message when a target carries it.
func TestPasswordFormWeight(t *testing.T) {
	for _, in := range []Input{knownInput(), newInput()} {
		plain := Score(testPolicy(), pwPage(in, false))
		v := Score(testPolicy(), pwPage(in, true))
		if added := v.Links[0].Score - plain.Links[0].Score; !near(added, DefaultWeights().PasswordForm) {
			t.Errorf("password_form adds %v to %s's form, want %v", added, in.FromAddr, DefaultWeights().PasswordForm)
		}
	}
}
