package scoring

import (
	"strings"
	"testing"
)

// TestListAuthorShadow: a name known here only as a mailing-list member's
// (the author of the list's posts) on private mail from an address new
// here that never posted under it is a shadow_identity (its third form),
// held with a payment request; not from the address she posts from, not
// on a list post, not for a name three authors post under, an
// established address, a service's notice in the name, and a name seen
// from another address in direct mail is the first form's.
func TestListAuthorShadow(t *testing.T) {
	const pay = "Are you at your desk? I need you to process a wire transfer to a new vendor today."
	member := Stat{FirstSeen: now.AddDate(0, 0, -20), LastSeen: now.AddDate(0, 0, -1), Messages: 12, Days: 9, Senders: 1, Recipients: 1}
	mk := func(name, from string, f func(*Input)) Input {
		in := noLink(newInput(), pay)
		in.FromName, in.FromAddr, in.MailFrom = name, from, from
		in.Subject = "quick favour"
		in.History.ListAuthorName = member
		if f != nil {
			f(&in)
		}
		return in
	}
	for _, tc := range []struct {
		name       string
		in         Input
		want, held bool
		mark       int32
	}{
		{"a stranger at free mail in a member's name", mk("Anna Kovac", "anna.kovac.dev@gmail.com", nil), true, true, listAuthorMark},
		{"the address she posts from", mk("Anna Kovac", "anna@proj.example", func(in *Input) { in.History.ListAuthorNameSender = member }), false, false, 0},
		{"a list post", mk("Anna Kovac", "anna.kovac.dev@gmail.com", func(in *Input) { in.List = true }), false, false, 0},
		{"a name three members post under", mk("Anna Kovac", "anna.kovac.dev@gmail.com", func(in *Input) { in.History.ListAuthorName.Senders = 3 }), false, false, 0},
		{"no member's name", mk("Anna Kovac", "anna.kovac.dev@gmail.com", func(in *Input) { in.History.ListAuthorName = Stat{} }), false, false, 0},
		{"an established address", mk("Anna Kovac", "anna.kovac.dev@gmail.com", func(in *Input) { in.History.Sender = est() }), false, false, 0},
		{"a service's notice in the name", mk("Anna Kovac", "notifications@github.com", nil), false, false, 0},
		{"a name too short to tell", mk("Ann", "ann.dev@gmail.com", nil), false, false, 0},
		{"a name known from direct mail too", mk("Anna Kovac", "anna.kovac.dev@gmail.com", func(in *Input) { in.History.SenderName = member }), true, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			r := reasonOf(v.Reasons, CodeShadowIdentity)
			if got := r.Code != ""; got != tc.want || (v.Action == Quarantine) != tc.held {
				t.Fatalf("shadow_identity %v, action %s; want %v, held %v\n%v", got, v.Action, tc.want, tc.held, v.Reasons)
			}
			if tc.want && (tc.mark == listAuthorMark) != strings.Contains(r.Text, "mailing list member") {
				t.Errorf("sentence %q, want the list form %v", r.Text, tc.mark == listAuthorMark)
			}
		})
	}
}
