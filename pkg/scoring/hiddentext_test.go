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
	plain := Score(testPolicy(), newInput())
	v := Score(testPolicy(), salted(newInput()))
	if len(v.Links) == 0 || len(plain.Links) == 0 || v.Links[0].Score <= plain.Links[0].Score {
		t.Errorf("salting does not raise the link's score: %v vs %v", v.Links, plain.Links)
	}
	for _, r := range v.Reasons {
		if r.Code == CodeHiddenText && !strings.Contains(r.Text, "2 of the words") {
			t.Errorf("sentence %q", r.Text)
		}
	}
}
