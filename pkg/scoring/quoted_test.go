package scoring

import (
	"fmt"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestQuotedContext(t *testing.T) {
	w := DefaultWeights()
	quoted := web("https://www.notes-new.example/a", "www.notes-new.example", "notes-new.example")
	quoted.Flags |= links.FlagQuoted
	plain := quoted
	plain.Flags &^= links.FlagQuoted
	ip := web("http://192.0.2.9/a", "192.0.2.9", "192.0.2.9")
	ip.Flags |= links.FlagQuoted | links.FlagIPLiteral
	for _, tc := range []struct {
		name  string
		l     links.Link
		hl    hostListMatch
		novel float64
		want  float64 // the evidence weight; 0: none
	}{
		{"quoted, full credit", quoted, hostListMatch{}, 0.40, -0.25},
		{"quoted, capped at the novelty left", quoted, hostListMatch{}, 0.10, -0.10},
		{"quoted, no novelty left", quoted, hostListMatch{}, 0, 0},
		{"in the new text", plain, hostListMatch{}, 0.40, 0},
		{"quoted shortener", quoted, hostListMatch{isShortener: true}, 0.40, 0},
		{"quoted free hosting", quoted, hostListMatch{isFreeHosting: true}, 0.40, 0},
		{"quoted IP literal", ip, hostListMatch{}, 0.40, 0},
	} {
		e, ok := quotedContext(&w, &tc.l, tc.hl, tc.novel)
		if got := map[bool]float64{true: e.w}[ok]; got != tc.want || ok && e.code != CodeQuotedLink {
			t.Errorf("%s: %v %v, want weight %v", tc.name, e, ok, tc.want)
		}
	}
}

// TestQuotedLinkVerdict: a first contact forwarding an article is accepted
// when its only link is in the forwarded part, warned when the same link is
// in the new text, and a quoted link asking for a password stays locked.
func TestQuotedLinkVerdict(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name   string
		quoted bool
		ctx    string
		action Action
	}{
		{"forwarded article", true, "an interesting read about pipeline capacity", Accept},
		{"same link, new text", false, "an interesting read about pipeline capacity", Lock},
		{"quoted password lure", true, "verify your password now or your account is closed", Lock},
	} {
		in := newInput()
		in.Links[0].Context = tc.ctx
		if tc.quoted {
			in.Links[0].Flags |= links.FlagQuoted
		}
		v := Score(p, in)
		if v.Action != tc.action || hasReason(v.Links[0].Reasons, CodeQuotedLink) != tc.quoted {
			t.Errorf("%s: %s (score %v), reasons %v; want %s", tc.name, v.Action, v.Score, v.Links[0].Reasons, tc.action)
		}
	}
}

func ExampleScore_quotedLink() {
	in := Input{
		Now: now, MailFrom: "ann@consult-new.example", FromAddr: "ann@consult-new.example",
		Recipients: []string{"bob@corp.example"}, Subject: "Fwd: capacity study",
		Links: []links.Link{web("https://www.study-new.example/report", "www.study-new.example", "study-new.example")},
	}
	in.Links[0].Flags |= links.FlagQuoted
	v := Score(DefaultPolicy(), in)
	fmt.Println(v.Action)
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeQuotedLink {
			fmt.Println(r)
		}
	}
	// Output:
	// accept
	// quoted_link: the link to study-new.example is in the quoted or forwarded part of the message, not in what the sender wrote now
}
