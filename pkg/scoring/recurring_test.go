package scoring

import (
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// warnedOn gives the test recipient a history of mail from the test
// sender locked at warn on days distinct days.
func warnedOn(in Input, days int) Input {
	in.History.Recipients = map[string]RecipientHistory{
		"bob@corp.example": {Warned: Stat{FirstSeen: now.AddDate(0, 0, -days), LastSeen: now.AddDate(0, 0, -1), Messages: days, Days: days}},
	}
	return in
}

// A newsletter from a stranger is warned at first; once its mail to the
// same reader was warned on enough days it is accepted, while a lure from
// the same sender (intent, and link text showing another site) stays locked
// above warn.
func TestRecurringPairVerdict(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name      string
		days      int
		ctx       string
		action    Action
		level     Level
		recurring bool
	}{
		{"first issue", 0, "", Lock, LevelWarn, false},
		{"second day", 1, "", Lock, LevelWarn, false},
		{"warned on 5 days", 5, "", Accept, LevelNone, true},
		{"a lure after 5 warned days", 5, "Your account has been suspended. Verify your account and confirm your identity below", Lock, LevelLock, true},
	} {
		in := newInput()
		if tc.ctx != "" {
			in.Links[0].Context = tc.ctx
			in.Links[0].Flags |= links.FlagDisplayMismatch // the link text shows another site
		}
		if tc.days > 0 {
			in = warnedOn(in, tc.days)
		}
		v := Score(p, in)
		rs := allReasons(v)
		if v.Action != tc.action || v.Level != tc.level || hasReason(rs, CodeRecurringPair) != tc.recurring {
			t.Errorf("%s: %s %s (score %.3f), reasons %v; want %s %s, recurring_pair %v", tc.name, v.Action, v.Level, v.Score, rs, tc.action, tc.level, tc.recurring)
		}
		if tc.days > 1 && hasReason(rs, CodePairFirst) {
			t.Errorf("%s: pair_first_contact after warned mail to the same reader on several days", tc.name)
		}
		for _, r := range rs {
			if r.Code == CodeSenderFirst && strings.HasPrefix(r.Text, "first message") != (tc.days == 0) {
				t.Errorf("%s: %s", tc.name, r)
			}
		}
	}
}

// Mail locked at warn only or accepted as a near miss, with nothing
// doubting who sent it, may record its sender->recipient sighting; mail
// locked higher, mail that teaches everything anyway, or a doubtful sender
// may not.
func TestTeachesPair(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Input
		want bool
	}{
		{"warned newsletter", newInput(), true},
		{"locked lure", func() Input {
			in := newInput()
			in.Links[0].Context = "Your account has been suspended. Verify your account and confirm your identity below"
			in.Links[0].Flags |= links.FlagDisplayMismatch
			return in
		}(), false},
		{"warned, malformed From", func() Input {
			in := newInput()
			in.FromMalformed = true
			return in
		}(), false},
		{"accepted familiar mail", knownInput(), false},
		{"accepted near miss", func() Input {
			in := newInput()
			in.History.SenderDomain = est() // a new address at a known domain: just under the lock threshold
			return in
		}(), true},
	} {
		v := Score(testPolicy(), tc.in)
		if v.TeachesPair != tc.want || v.TeachesPair && v.Teaches {
			t.Errorf("%s: TeachesPair = %v (%s %s, score %.3f), want %v", tc.name, v.TeachesPair, v.Action, v.Level, v.Score, tc.want)
		}
	}
}

func allReasons(v Verdict) []Reason {
	rs := append([]Reason(nil), v.Reasons...)
	for _, l := range v.Links {
		rs = append(rs, l.Reasons...)
	}
	return rs
}

func ExampleScore_recurringPair() {
	in := Input{
		Now: now, MailFrom: "news@letter-new.example", FromAddr: "news@letter-new.example",
		Recipients: []string{"bob@corp.example"}, Subject: "This week's issue",
		Links: []links.Link{web("https://www.sponsor-new.example/offer", "www.sponsor-new.example", "sponsor-new.example")},
	}
	fmt.Println(Score(DefaultPolicy(), in).Action)
	in = warnedOn(in, 5)
	v := Score(DefaultPolicy(), in)
	fmt.Println(v.Action)
	for _, r := range v.Reasons {
		if r.Code == CodeRecurringPair {
			fmt.Println(r)
		}
	}
	// Output:
	// lock
	// accept
	// recurring_pair: news@letter-new.example has written to bob@corp.example on 5 days before, each time delivered with a warning or just under one
}

// Of the two pair credits only the larger counts, so accepted mail after
// many warned days never raises the risk.
func TestPairEvidenceTakesTheLarger(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	two, five := Stat{Messages: 2, Days: 2}, Stat{Messages: 5, Days: 5}
	for _, tc := range []struct {
		name         string
		pair, warned Stat
		code         string
		w            float64
	}{
		{"neither", Stat{}, Stat{}, "", 0},
		{"accepted only", five, Stat{}, CodeEstablishedPair, -0.3},
		{"warned only", Stat{}, five, CodeRecurringPair, -0.3},
		{"warned on more days", two, five, CodeRecurringPair, -0.3},
		{"accepted on more days", five, two, CodeEstablishedPair, -0.3},
		{"a tie goes to the accepted pair", two, two, CodeEstablishedPair, -0.075},
	} {
		check(t, tc.name, s(pairEvidence(w, "a@b", "c@d", RecipientHistory{Pair: tc.pair, Warned: tc.warned})), tc.code, tc.w)
	}
}
