package scoring

import (
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// A stranger answering mail learned here (a colleague's partner copied
// into a thread, a new poster on a mailing list) loses part of the
// sender's novelty, not the link's: a new link alone passes, the same
// message outside a known thread is warned, a link that asks for a
// password is still locked, and a sender in doubt (a known name from a new
// address) gets no credit.
func TestThreadReply(t *testing.T) {
	p := testPolicy()
	delivered := Stat{FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -2), Messages: 1, Days: 1}
	sent := Stat{FirstSeen: now.AddDate(0, 0, -1), LastSeen: now.AddDate(0, 0, -1), Outbound: 1}
	for _, tc := range []struct {
		name    string
		thread  Stat
		context string
		name2   Stat // history of the display name (shadow identity when specific)
		action  Action
		text    string // thread_reply's sentence, "" when absent
	}{
		{"outside any known thread", Stat{}, "", Stat{}, Lock, ""},
		{"answers mail delivered here", delivered, "", Stat{}, Accept,
			"the message answers mail delivered here (last on 2026-02-28)"},
		{"answers mail sent from here", sent, "", Stat{}, Accept,
			"the message answers mail sent from here (last on 2026-03-01)"},
		{"the link still asks for a password", delivered, "Sign in with your email password to keep your mailbox.",
			Stat{}, Lock, "the message answers mail delivered here (last on 2026-02-28)"},
		{"a known name from a new address", delivered, "", Stat{Messages: 9, Days: 9, Senders: 1}, Lock, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := newInput()
			in.History.Thread = tc.thread
			in.History.SenderName = tc.name2
			in.Links[0].Context = tc.context
			v := Score(p, in)
			if v.Action != tc.action {
				t.Errorf("action %s (score %.3f, %v), want %s", v.Action, v.Score, codesOf(v), tc.action)
			}
			i := slices.IndexFunc(v.Reasons, func(r Reason) bool { return r.Code == CodeThreadReply })
			switch {
			case tc.text == "" && i >= 0:
				t.Errorf("thread_reply given: %v", v.Reasons[i])
			case tc.text != "" && i < 0:
				t.Errorf("no thread_reply in %v", codesOf(v))
			case tc.text != "" && v.Reasons[i].Text != tc.text:
				t.Errorf("thread_reply says %q, want %q", v.Reasons[i].Text, tc.text)
			}
		})
	}
}

// The credit offsets the sender's novelty and never more: an established
// correspondent answering a thread scores as without it.
func TestThreadReplyNeverBelowSender(t *testing.T) {
	p := testPolicy()
	in := knownInput()
	in.Links = []links.Link{web("https://new-site.example/a", "new-site.example", "new-site.example")}
	base := Score(p, in)
	in.History.Thread = Stat{FirstSeen: now, LastSeen: now, Messages: 2, Days: 1}
	with := Score(p, in)
	if !near(with.Score, base.Score) || !near(with.Links[0].Score, base.Links[0].Score) {
		t.Errorf("thread credit lowered an established sender's link: %.3f -> %.3f", base.Links[0].Score, with.Links[0].Score)
	}
}
