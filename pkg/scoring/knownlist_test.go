package scoring

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/links"
)

// A stranger writing to a mailing list's address (one that mail from three
// or more organisations learned here was written to, on five days or more
// over two weeks or more) loses part of the sender's novelty, not the
// link's: a new link alone passes, the same message to an address fewer
// organisations, fewer days or a shorter span wrote to is warned, a link that asks for a password is still locked
// above warn, and a sender in doubt (a known name from a new address)
// gets no credit.
func TestKnownList(t *testing.T) {
	p := testPolicy()
	const list = "dev@lists.proj.example"
	listStat := func(orgs, days, span int) map[string]Stat {
		return map[string]Stat{list: {FirstSeen: now.AddDate(0, 0, -1-span), LastSeen: now.AddDate(0, 0, -1),
			Messages: 3 * orgs, Days: days, Senders: orgs, Recipients: 1}}
	}
	for _, tc := range []struct {
		name    string
		lists   map[string]Stat
		context string
		name2   Stat // history of the display name (shadow identity when specific)
		action  Action
		level   Level  // for locks
		text    string // known_list's sentence, "" when absent
	}{
		{"no list", nil, "", Stat{}, Lock, LevelWarn, ""},
		{"a list", listStat(5, 9, 20), "", Stat{}, Accept, "",
			"the message is written to dev@lists.proj.example, a mailing list's address: mail from 5 organisations learned here was written to it on 9 days"},
		{"two organisations are no list", listStat(2, 9, 20), "", Stat{}, Lock, LevelWarn, ""},
		{"one day is no list", listStat(5, 1, 0), "", Stat{}, Lock, LevelWarn, ""},
		{"four days are no list", listStat(5, MinListDays-1, 20), "", Stat{}, Lock, LevelWarn, ""},
		{"two weeks less a day are no list", listStat(5, 9, MinListSpanDays-1), "", Stat{}, Lock, LevelWarn, ""},
		{"the link still asks for a password", listStat(5, 9, 20), "Your mailbox is full: sign in with your email password to verify your account.",
			Stat{}, Lock, LevelWarn, "the message is written to dev@lists.proj.example, a mailing list's address: mail from 5 organisations learned here was written to it on 9 days"},
		{"a known name from a new address", listStat(5, 9, 20), "", Stat{Messages: 9, Days: 9, Senders: 1}, Lock, LevelWarn, ""},
		{"a sign-in page on an abused TLD stays above warn", listStat(5, 9, 20), "Your mailbox is full: sign in with your email password to verify your account.",
			Stat{}, Lock, LevelLock, "the message is written to dev@lists.proj.example, a mailing list's address: mail from 5 organisations learned here was written to it on 9 days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := newInput()
			in.History.Lists = tc.lists
			in.History.SenderName = tc.name2
			in.Links[0].Context = tc.context
			if tc.level == LevelLock {
				in.Links[0] = web("https://login.verify.top/signin", "login.verify.top", "verify.top")
				in.Links[0].Context = tc.context
			}
			v := Score(p, in)
			if v.Action != tc.action || v.Action == Lock && v.Level != tc.level {
				t.Errorf("%s %s (score %.3f, %v), want %s %s", v.Action, v.Level, v.Score, codesOf(v), tc.action, tc.level)
			}
			i := slices.IndexFunc(v.Reasons, func(r Reason) bool { return r.Code == CodeKnownList })
			switch {
			case tc.text == "" && i >= 0:
				t.Errorf("known_list given: %v", v.Reasons[i])
			case tc.text != "" && i < 0:
				t.Errorf("no known_list in %v", codesOf(v))
			case tc.text != "" && v.Reasons[i].Text != tc.text:
				t.Errorf("known_list says %q, want %q", v.Reasons[i].Text, tc.text)
			}
		})
	}
}

// The credit offsets the sender's novelty and never more: an established
// correspondent writing to a list scores as without it, and a stranger's
// link keeps its novelty, form and intent evidence whole.
func TestKnownListNeverBelowSender(t *testing.T) {
	p := testPolicy()
	lists := map[string]Stat{"dev@lists.proj.example": {FirstSeen: now.AddDate(0, 0, -30), LastSeen: now, Messages: 40, Days: 20, Senders: 12}}
	in := knownInput()
	in.Links = []links.Link{web("https://new-site.example/a", "new-site.example", "new-site.example")}
	base := Score(p, in)
	in.History.Lists = lists
	with := Score(p, in)
	if !near(with.Score, base.Score) || !near(with.Links[0].Score, base.Links[0].Score) {
		t.Errorf("list credit lowered an established sender's link: %.3f -> %.3f", base.Links[0].Score, with.Links[0].Score)
	}
	in = newInput()
	in.Links[0].Context = "Your mailbox is full: sign in with your email password to verify your account."
	base = Score(p, in)
	in.History.Lists = lists
	with = Score(p, in)
	var senderRisk float64
	for _, r := range base.Reasons {
		if r.Weight > 0 && slices.Contains([]string{CodeSenderFirst, CodeSenderDomFirst, CodeUnsolicited, CodeFreemail, CodePairFirst}, r.Code) {
			senderRisk += r.Weight
		}
	}
	if drop := base.Links[0].Score - with.Links[0].Score; drop <= 0 || drop > senderRisk+1e-9 || drop > DefaultWeights().LessList+1e-9 {
		t.Errorf("list credit took %.3f off the link (sender risk %.3f)", drop, senderRisk)
	}
	if with.Links[0].Level != base.Links[0].Level {
		t.Errorf("list credit changed the lure's level: %s -> %s", base.Links[0].Level, with.Links[0].Level)
	}
}

// IsKnownList is the threshold knownList applies (and the admin's
// inspection shows): organisations, days and span each at least their
// minimum, none alone enough;
// it agrees with knownList on every record.
func TestIsKnownList(t *testing.T) {
	w := DefaultWeights()
	for _, tc := range []struct {
		name string
		s    Stat
		want bool
	}{
		{"nothing", Stat{}, false},
		{"just enough", Stat{FirstSeen: now.AddDate(0, 0, -MinListSpanDays), LastSeen: now, Messages: MinListOrgs, Senders: MinListOrgs, Days: MinListDays}, true},
		{"just enough, by calendar day", Stat{FirstSeen: now.AddDate(0, 0, -MinListSpanDays).Truncate(24 * time.Hour).Add(23 * time.Hour), LastSeen: now.Truncate(24 * time.Hour), Messages: 9, Senders: MinListOrgs, Days: MinListDays}, true},
		{"many of all", Stat{FirstSeen: now.AddDate(0, 0, -60), LastSeen: now, Messages: 40, Senders: 9, Days: 30, Recipients: 2}, true},
		{"one organisation short", Stat{FirstSeen: now.AddDate(0, 0, -60), LastSeen: now, Messages: 40, Senders: MinListOrgs - 1, Days: 30}, false},
		{"one day short", Stat{FirstSeen: now.AddDate(0, 0, -60), LastSeen: now, Messages: 40, Senders: 9, Days: MinListDays - 1}, false},
		{"a day short of the span", Stat{FirstSeen: now.AddDate(0, 0, 1-MinListSpanDays), LastSeen: now, Messages: 40, Senders: 9, Days: 9}, false},
		{"readers do not count", Stat{FirstSeen: now.AddDate(0, 0, -60), LastSeen: now, Messages: 40, Senders: 1, Days: 30, Recipients: 50}, false},
		{"three organisations on two days", Stat{FirstSeen: now.AddDate(0, 0, -1), LastSeen: now, Messages: 6, Senders: 3, Days: 2}, false},
		{"five days within a week", Stat{FirstSeen: now.AddDate(0, 0, -6), LastSeen: now, Messages: 15, Senders: 3, Days: 5}, false},
		{"five days over two weeks", Stat{FirstSeen: now.AddDate(0, 0, -14), LastSeen: now, Messages: 15, Senders: 3, Days: 5}, true},
	} {
		if got := IsKnownList(tc.s); got != tc.want {
			t.Errorf("%s: IsKnownList(%+v) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
		if _, got := knownList(&w, map[string]Stat{"dev@lists.example": tc.s}); got != tc.want {
			t.Errorf("%s: knownList fires %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A post to a list the reader receives, without the List-Id that makes it
// list mail, is a list's post for the weak evidence list mail is spared
// because technical posts link such examples: a localhost or .lan name
// (private_address) counts no more than in the same post with List-Id.
// Not when the sender is in doubt (known_list withheld), not for a
// private IP address (counted in list mail too), and the form and intent
// evidence beside it stay whole.
func TestKnownListPrivateName(t *testing.T) {
	p := testPolicy()
	lists := map[string]Stat{"dev@lists.proj.example": {FirstSeen: now.AddDate(0, 0, -60), LastSeen: now.AddDate(0, 0, -1), Messages: 40, Days: 30, Senders: 12}}
	for _, tc := range []struct {
		name    string
		url     string
		lists   map[string]Stat
		shadow  bool // a known name from a new address
		listID  bool
		private bool // private_address expected
	}{
		{"localhost to a known list", "http://localhost:3000/admin", lists, false, false, false},
		{"a .lan name to a known list", "http://nas.lan/", lists, false, false, false},
		{"localhost with List-Id", "http://localhost:3000/admin", nil, false, true, false},
		{"localhost to an address nobody wrote to", "http://localhost:3000/admin", nil, false, false, true},
		{"localhost from a sender in doubt", "http://localhost:3000/admin", lists, true, false, true},
		{"a private IP address to a known list", "http://192.168.1.1/", lists, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := newInput()
			host := strings.Split(strings.TrimPrefix(tc.url, "http://"), "/")[0]
			host = strings.Split(host, ":")[0]
			in.Links[0] = web(tc.url, host, host)
			if host == "192.168.1.1" {
				in.Links[0].Flags = links.FlagIPLiteral
			}
			in.History.Lists, in.List, in.ListID = tc.lists, tc.listID, tc.listID
			if tc.shadow {
				in.History.SenderName = Stat{Messages: 9, Days: 9, Senders: 1}
			}
			v := Score(p, in)
			if got := slices.Contains(codesOf(v), CodePrivateAddress); got != tc.private {
				t.Errorf("private_address %v, want %v: %v", got, tc.private, codesOf(v))
			}
		})
	}
}
