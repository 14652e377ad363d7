package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestScoreBasics(t *testing.T) {
	phish := newInput()
	phish.FromName = "PayPal Service"
	phish.Subject = "Your account has been suspended"
	l := web("https://paypa1.com/signin", "paypa1.com", "paypa1.com")
	l.Display, l.DisplayHost = "https://www.paypal.com/", "www.paypal.com"
	l.Context = "Please sign in and verify your account within 24 hours"
	phish.Links = []links.Link{l}

	for _, tc := range []struct {
		name      string
		in        Input
		action    Action
		level     Level
		minScore  float64
		maxScore  float64
		wantCodes []string
	}{
		{name: "known", in: knownInput(), action: Accept, minScore: -5, maxScore: 0.01},
		{name: "all new, nothing else", in: newInput(), action: Lock, level: LevelWarn, minScore: 1.0, maxScore: 1.5,
			wantCodes: []string{CodeOrgFirstSeen, CodeSenderFirst, CodeSenderDomFirst}},
		{name: "phish", in: phish, action: Quarantine, level: LevelHard, minScore: 2.6,
			wantCodes: []string{CodeLookalike, CodeDisplayMismatch, CodeIntentCredentials, CodeBrandName}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if v.Action != tc.action || v.Level != tc.level {
				t.Errorf("Score() = %s/%s, want %s/%s; %v", v.Action, v.Level, tc.action, tc.level, v.Reasons)
			}
			if v.Score < tc.minScore || tc.maxScore != 0 && v.Score > tc.maxScore {
				t.Errorf("Score().Score = %v, want in [%v, %v]", v.Score, tc.minScore, tc.maxScore)
			}
			if len(v.Links) != len(tc.in.Links) {
				t.Fatalf("got %d link decisions, want %d", len(v.Links), len(tc.in.Links))
			}
			for _, c := range tc.wantCodes {
				if !hasReason(v.Links[0].Reasons, c) {
					t.Errorf("link reasons lack %s: %v", c, v.Links[0].Reasons)
				}
			}
		})
	}
}
