package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
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

// TestListBypassShadow: a list's post the list did not deliver
// (Input.ListBypass, judged as the list's, whose history is established
// and solicited) in a member's name, or in a name known from another
// address, from an author address new here that never posted under it,
// is a shadow_identity (its fourth form) when it asks to pay, or to sign
// in or download at a host new here, and the list's posts learned here
// came from its own envelope (History.ListSent); the list then vouches
// for nothing (unsolicited, no pair credit), so it is held. Not when the
// list delivered it, nor for a list never seen sending its own posts (a
// replay stream whose envelopes are the From addresses), when its author posted under the name or is established
// or someone wrote to it, for a name three members share or an unknown
// one, a service's notice, nor when it asks nothing, or asks to sign in
// only at a host the history knows.
func TestListBypassShadow(t *testing.T) {
	const (
		list   = "fundraisers@lists.npo.example"
		author = "pat.nguyen.home@gmail.com"
		gifts  = "I'm stuck at the conference and can't take calls. Could you pick up four $200 Amazon gift cards today? Send me photos of the codes."
	)
	member := Stat{FirstSeen: now.AddDate(0, 0, -20), LastSeen: now.AddDate(0, 0, -1), Messages: 12, Days: 9, Senders: 1, Recipients: 1}
	signIn := func(host, domain string) func(*Input) {
		return func(in *Input) {
			l := web("https://"+host+"/login", host, domain)
			l.Context = "the member library moved. Sign in with your email and password to download the templates"
			in.Links, in.Lead = []links.Link{l}, "Hi all, the member library moved."
		}
	}
	mk := func(fs ...func(*Input)) Input {
		in := noLink(newInput(), gifts)
		in.FromName, in.FromAddr, in.MailFrom = "Pat Nguyen", list, author
		in.Subject, in.List, in.ListAuthor, in.ListBypass = "[Fundraisers] quick favor", true, author, author
		in.History.Sender, in.History.SenderDomain = est(), est()
		in.History.Sender.Outbound = 2 // the reader posts to the list
		in.History.ListAuthorName, in.History.ListSent = member, est()
		in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {Recipient: est(), Pair: est()}}
		for _, f := range fs {
			f(&in)
		}
		return in
	}
	for _, tc := range []struct {
		name       string
		in         Input
		want, held bool
	}{
		{"a stranger in a member's name, gift cards", mk(), true, true},
		{"a sign-in at a new host", mk(signIn("npo-member-library.example", "npo-member-library.example")), true, true},
		{"a name known from direct mail", mk(func(in *Input) { in.History.ListAuthorName, in.History.SenderName = Stat{}, member }), true, true},
		{"the list delivered it", mk(func(in *Input) { in.ListBypass = "" }), false, false},
		{"a list never learned to send its posts itself (a replay stream)", mk(func(in *Input) { in.History.ListSent = Stat{} }), false, false},
		{"the address posted under the name", mk(func(in *Input) { in.History.ListAuthorNameSender = member }), false, false},
		{"an established author address", mk(func(in *Input) { in.History.Author = est() }), false, false},
		{"an author address someone here wrote to", mk(func(in *Input) { in.History.Author = Stat{Outbound: 1} }), false, false},
		{"a name three members post under", mk(func(in *Input) { in.History.ListAuthorName.Senders = 3 }), false, false},
		{"an unknown name", mk(func(in *Input) { in.History.ListAuthorName = Stat{} }), false, false},
		{"the name known only from this address", mk(func(in *Input) {
			in.History.ListAuthorName, in.History.SenderName, in.History.Author = Stat{}, member, Stat{FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -3), Messages: 1, Days: 1, Senders: 1}
		}), false, false},
		{"a service's notice in the name", mk(func(in *Input) { in.ListBypass, in.ListAuthor = "notifications@github.com", "notifications@github.com" }), false, false},
		{"asking nothing", mk(func(in *Input) { in.Lead = "here are the slides from our planned giving session, comments welcome." }), false, false},
		{"a sign-in at a host known here", mk(signIn("npo.example", "npo.example"), func(in *Input) { in.History.Hosts = map[string]Stat{"npo.example": est()} }), false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			r := reasonOf(v.Reasons, CodeShadowIdentity)
			if got := r.Code != ""; got != tc.want || (v.Action == Quarantine) != tc.held {
				t.Fatalf("shadow_identity %v, action %s; want %v, held %v\n%v", got, v.Action, tc.want, tc.held, v.Reasons)
			}
			if tc.want && !strings.Contains(r.Text, "did not deliver it") {
				t.Errorf("sentence %q, want the list bypass form", r.Text)
			}
			if u := reasonOf(v.Reasons, CodeUnsolicited); tc.want && !strings.Contains(u.Text, "did not come through it") {
				t.Errorf("unsolicited %q, want the list's", u.Text)
			}
		})
	}
}
