package filter

import (
	"slices"
	"testing"
	"time"
)

// Mail "from yourself": after a week of alice's own authenticated mail
// (to a partner, to a colleague and to herself), a message from outside
// that says it is from alice is judged without her history's credit: a
// threat is quarantined with or without a link, a mailbox-quota lure is
// locked above warn, and neither teaches anything (the same lure again is
// judged the same). Her own authenticated note to herself and her own post
// handed back by a mailing list (List-Id) are not suspects.
func TestFromOwnAddress(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	for d := range 8 {
		for _, to := range []string{"bob@partner.example", "carol@corp.example", "alice@corp.example"} {
			m := msg("alice@corp.example", to, "notes", "text/plain; charset=utf-8", "see https://www.partner.example/q\n")
			deliver(t, e, []byte(m.raw), m.from, to, start.AddDate(0, 0, d), true)
		}
	}
	self := func(subject, body string) testMsg {
		return msg("alice@corp.example", "alice@corp.example", subject, "text/plain; charset=utf-8", body)
	}
	threat := self("Your account was hacked", "I recorded you through your device. Send 0.1 bitcoin within 48 hours.\n")
	quota := self("Mailbox storage full", "Your mailbox is full. Verify your account to keep receiving mail:\nhttps://mail-quota-desk.example/verify\n")
	note := self("note to self", "Look at https://www.garden-tools.example/spring later\n")
	post := msg("alice@corp.example", "gardeners@lists.garden.example", "Re: spring planting", "text/plain; charset=utf-8",
		"My notes are at https://www.garden-tools.example/spring\n")
	for _, tc := range []struct {
		name   string
		m      testMsg
		auth   bool
		extra  string // header fields before the message's own
		action Action
		own    bool // from_own_address expected
	}{
		{"a threat without a link", threat, false, "", ActionQuarantine, true},
		{"a mailbox-quota lure", quota, false, "", ActionLock, true},
		{"the same lure again", quota, false, "", ActionLock, true},
		{"her authenticated note to herself", note, true, "", ActionAccept, false},
		{"her post handed back by a list", post, false, "List-Id: Gardeners <gardeners.lists.garden.example>\r\n", "", false},
	} {
		r := deliver(t, e, []byte(tc.extra+tc.m.raw), tc.m.from, "alice@corp.example", start.AddDate(0, 0, 9), tc.auth)
		codes := r.ReasonCodes()
		if tc.action != "" && r.Action != tc.action {
			t.Errorf("%s: %s (%v), want %s", tc.name, r.Action, codes, tc.action)
		}
		if got := slices.Contains(codes, "from_own_address"); got != tc.own {
			t.Errorf("%s: from_own_address %v, want %v (%v)", tc.name, got, tc.own, codes)
		}
		if tc.action == ActionLock && r.Verdict.Level == "warn" {
			t.Errorf("%s: locked at warn (%v), want above", tc.name, codes)
		}
		if tc.own && slices.Contains(codes, "internal_known") {
			t.Errorf("%s: internal_known credit for a forged own address (%v)", tc.name, codes)
		}
	}
}
