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

// TestOwnDomainCountedOnce: a first contact linking its own site is judged
// on the sender's novelty alone (the site is as new as the sender's domain),
// while the same sender linking an unrelated new domain is locked at warn.
func TestOwnDomainCountedOnce(t *testing.T) {
	p := testPolicy()
	own := newInput()
	own.Links = []links.Link{web("https://www.shop-new.example/spring", "www.shop-new.example", "shop-new.example")}
	v := Score(p, own)
	if v.Action != Accept || v.Links[0].Lock {
		t.Errorf("own site: action %s, lock %v, want accept and no lock", v.Action, v.Links[0].Lock)
	}
	for _, r := range v.Links[0].Reasons {
		switch r.Code {
		case CodeOrgFirstSeen, CodeRcptFirstSeen, CodeSenderFirstLink, CodeHostFirstSeen:
			t.Errorf("own site: link novelty %s counted", r.Code)
		}
	}
	other := Score(p, newInput())
	if other.Action != Lock || other.Links[0].Level != LevelWarn {
		t.Errorf("unrelated new domain: action %s level %s, want lock at warn", other.Action, other.Links[0].Level)
	}
	if other.Score <= v.Score {
		t.Errorf("unrelated new domain scored %v, not above own site %v", other.Score, v.Score)
	}
}
