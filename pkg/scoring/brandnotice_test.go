package scoring

import "testing"

// TestBrandNoticeFromNewDomain: a brand's name on a domain never seen here,
// from a sender nobody here wrote to, asking to sign in, is held even when
// its link goes to the sender's own domain (a "Microsoft Teams: you have
// unread messages, sign in to read them" look-alike, whose own fresh
// domain earns sender_own_domain); the same notice from the brand's own
// domain, from a domain seen here before, from a sender we wrote to, or
// asking nothing is not held by this rule.
func TestBrandNoticeFromNewDomain(t *testing.T) {
	lure := func() Input {
		in := newInput()
		in.FromName, in.FromAddr, in.MailFrom = "Microsoft Teams", "no-reply@teams-activity-notify.example", "no-reply@teams-activity-notify.example"
		in.Subject = "You have 3 new messages in Microsoft Teams"
		in.Links[0] = web("https://teams-activity-notify.example/chat/open", "teams-activity-notify.example", "teams-activity-notify.example")
		in.Links[0].Context = "You have unread messages. Sign in to Microsoft Teams to read them. Reply in Teams"
		return in
	}
	for _, tc := range []struct {
		name string
		in   func() Input
		held bool
	}{
		{"a brand's name from a new domain, asking to sign in there", lure, true},
		{"the brand's own domain", func() Input {
			in := lure()
			in.FromAddr, in.MailFrom = "no-reply@teams.microsoft.com", "no-reply@teams.microsoft.com"
			in.Links[0] = web("https://teams.microsoft.com/l/chat/0/0", "teams.microsoft.com", "microsoft.com")
			in.Links[0].Context = "You have unread messages. Sign in to Microsoft Teams to read them. Reply in Teams"
			return in
		}, false},
		{"a domain that wrote here before (a brand's reseller we know)", func() Input {
			in := lure()
			in.History.SenderDomain = est()
			return in
		}, false},
		{"a sender someone here wrote to", func() Input {
			in := lure()
			in.History.Sender = withOutbound(est())
			in.History.SenderDomain = est()
			return in
		}, false},
		{"no request to sign in", func() Input {
			in := lure()
			in.Links[0].Context = "Ben Ortiz mentioned you in the Brightwater channel. Open the channel"
			return in
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in())
			if got := v.Action == Quarantine; got != tc.held {
				t.Errorf("held %v, want %v (action %s, reasons %v)", got, tc.held, v.Action, codesOf(v))
			}
		})
	}
}
