package scoring

import (
	"strings"
	"testing"
)

// TestHiddenText: a stranger's HTML that hides letters inside its words
// (Input.HiddenSplits) is hidden_text, form evidence that raises a lock
// above warn; not from a correspondent, our own people or a list, and
// not when nothing is hidden inside a word.
func TestHiddenText(t *testing.T) {
	salted := func(in Input) Input { in.HiddenSplits = 2; return in }
	for _, tc := range []struct {
		name     string
		in       Input
		reported bool
	}{
		{"a stranger's salted words", salted(newInput()), true},
		{"a stranger's mail without salting", newInput(), false},
		{"a correspondent's (we wrote to it)", salted(knownInput()), false},
		{"a mailing list's post", func() Input { in := salted(newInput()); in.List = true; return in }(), false},
		{"our own authenticated colleague's", ownColleague(salted(newInput())), false},
		// mail between colleagues teaches no reciprocity, and where our mail
		// does not authenticate (replay, internal_mail_authenticated off) an
		// established colleague is one of our own people (colleague)
		{"an established colleague's, unauthenticated", salted(colleagueUnauth(newInput(), true)), false},
		{"a new address in our domain, unauthenticated", salted(colleagueUnauth(newInput(), false)), true},
		{"an established colleague's, DMARC failed", func() Input { in := salted(colleagueUnauth(newInput(), true)); in.AuthFail = "dmarc"; return in }(), true},
		{"a stranger's link-free salted mail", salted(noLink(newInput(), "Your order is confirmed, call us.")), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodeHiddenText)
			for _, l := range v.Links {
				got = got || hasReason(l.Reasons, CodeHiddenText)
			}
			if got != tc.reported {
				t.Fatalf("hidden_text %v, want %v\n%v", got, tc.reported, v.Reasons)
			}
		})
	}
	p := testPolicy()
	p.InternalAuthenticated = true
	v := Score(p, salted(colleagueUnauth(newInput(), true)))
	if !hasReason(v.Reasons, CodeHiddenText) {
		t.Errorf("our mail authenticates: an unauthenticated colleague's salted mail lacks hidden_text\n%v", v.Reasons)
	}
	plain := Score(testPolicy(), newInput())
	v = Score(testPolicy(), salted(newInput()))
	if len(v.Links) == 0 || len(plain.Links) == 0 || v.Links[0].Score <= plain.Links[0].Score {
		t.Errorf("salting does not raise the link's score: %v vs %v", v.Links, plain.Links)
	}
	for _, r := range v.Reasons {
		if r.Code == CodeHiddenText && !strings.Contains(r.Text, "2 of the words") {
			t.Errorf("sentence %q", r.Text)
		}
	}
}

// colleagueUnauth is in from an address in our own domain, not
// authenticated, established here or new.
func colleagueUnauth(in Input, established bool) Input {
	in.FromAddr, in.MailFrom, in.FromName = "hr@corp.example", "hr@corp.example", "HR"
	if established {
		in.History.Sender = est()
	}
	return in
}
