package filter

import (
	"cmp"
	"slices"
	"strconv"
	"testing"
	"time"
)

// A list member's name learned from her posts (judged as the list's, the
// history keyed by the list address) is not the list's: her first
// off-list mail from her own address is no shadow identity, even asking
// to sign in at her organisation's site, and the reader's own posts to
// the list change nothing; the posts themselves are none either. It is
// learned as her name under the address she posts from, so a stranger
// writing privately in it from another address is one. A name learned
// from a person's own address still makes a new address under it one.
func TestListMemberNameOffList(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	const list = "fundraisers@lists.npo-assoc.example"
	offList := "Hi Alice,\nreplying off-list: the template is in our member library, sign in with your member account to download it:\n" +
		"https://npo-assoc.example/members/library/gift-policy\nPat\n"
	for _, tc := range []struct {
		name       string
		viaList    bool // the name was learned from list posts, else from Pat's own direct mail
		readerPost bool // alice posted to the list before
		sender     string
		shadow     bool
		poster     string // the address Pat posts from ("": pnguyen@npo-assoc.example)
	}{
		{"name learned from list posts", true, false, "pnguyen@npo-assoc.example", false, ""},
		{"name learned from list posts the reader answered", true, true, "pnguyen@npo-assoc.example", false, ""},
		{"name learned from her own direct mail, then a new address", false, false, "pnguyen@npo-assoc.example", true, ""},
		{"name learned from list posts, a stranger at free mail in it", true, false, "pat.nguyen.npo@gmail.com", true, ""},
		{"name learned from list posts, a stranger at her domain in it", true, false, "p.nguyen@npo-assoc.example", true, ""},
		// her own mailbox under a +tag subaddress, or with the dots Gmail ignores
		{"posts from a +tag subaddress, writes from the mailbox", true, false, "pat.nguyen@gmail.com", false, "pat.nguyen+fundraisers@gmail.com"},
		{"posts from her mailbox, writes from a +tag subaddress", true, false, "pnguyen+alice@npo-assoc.example", false, ""},
		{"posts at Gmail with dots, writes without", true, false, "patnguyen@gmail.com", false, "Pat.Nguyen@gmail.com"},
		{"posts from a +tag subaddress, a stranger at another Gmail mailbox", true, false, "pat.nguyen.npo@gmail.com", true, "pat.nguyen+fundraisers@gmail.com"},
		{"posts with dots outside Gmail, a stranger without them", true, false, "pnguyen@npo-assoc.example", true, "p.nguyen@npo-assoc.example"},
	} {
		poster := cmp.Or(tc.poster, "pnguyen@npo-assoc.example")
		e := testEngine(t)
		if tc.readerPost {
			m := msg("Alice <alice@corp.example>", "Fundraisers <"+list+">", "[Fundraisers] year-end appeal timing", "text/plain; charset=utf-8", "When do you all mail it?\n")
			deliver(t, e, []byte(m.raw), "alice@corp.example", list, at, true)
		}
		for d := range 4 {
			var raw, from string
			if tc.viaList {
				from = "fundraisers-bounces@lists.npo-assoc.example"
				raw = "From: \"Pat Nguyen\" <" + poster + ">\r\nTo: Fundraisers <" + list + ">\r\nSubject: [Fundraisers] post " + strconv.Itoa(d) +
					"\r\nList-Id: Fundraisers <fundraisers.lists.npo-assoc.example>\r\nMessage-ID: <p" + strconv.Itoa(d) + "@test>\r\n\r\nSharing our policy.\r\n"
			} else {
				from = "pat.nguyen@oldjob.example"
				raw = "From: \"Pat Nguyen\" <" + from + ">\r\nTo: alice@corp.example\r\nSubject: note " + strconv.Itoa(d) +
					"\r\nMessage-ID: <q" + strconv.Itoa(d) + "@test>\r\n\r\nSee you Thursday.\r\n"
			}
			if r := deliver(t, e, []byte(raw), from, "alice@corp.example", at.AddDate(0, 0, 1+d), false); slices.Contains(r.ReasonCodes(), "shadow_identity") {
				t.Errorf("%s: post %d is a shadow_identity (%v)", tc.name, d, r.ReasonCodes())
			}
		}
		m := msg("\"Pat Nguyen\" <"+tc.sender+">", "alice@corp.example", "Re: [Fundraisers] gift acceptance policy template", "text/plain; charset=utf-8", offList)
		r := deliver(t, e, []byte(m.raw), tc.sender, "alice@corp.example", at.AddDate(0, 0, 8), false)
		if got := slices.Contains(r.ReasonCodes(), "shadow_identity"); got != tc.shadow {
			t.Errorf("%s: shadow_identity %v, want %v (%s %v)", tc.name, got, tc.shadow, r.Action, r.ReasonCodes())
		}
		if !tc.shadow && r.Action == ActionQuarantine {
			t.Errorf("%s: off-list mail quarantined (%v)", tc.name, r.ReasonCodes())
		}
	}
}
