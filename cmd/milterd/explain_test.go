package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/replay"
	"github.com/firstsight/firstsight/pkg/filter"
)

func TestExplainEnvelope(t *testing.T) {
	now := time.Now()
	both := "Return-Path: <bounce@esp.example>\r\nDelivered-To: alice@corp.example\r\nFrom: news@shop.example\r\nTo: list@corp.example, bob@corp.example\r\n\r\nhi\r\n"
	header := "From: News <news@shop.example>\r\nTo: list@corp.example, Bob <bob@corp.example>\r\n\r\nhi\r\n"
	for _, tc := range []struct {
		name, raw, from, rcpt string
		wantFrom              string
		wantRcpts             []string
	}{
		{"envelope fields first", both, "", "", "bounce@esp.example", []string{"alice@corp.example"}},
		{"header From and To otherwise", header, "", "", "news@shop.example", []string{"list@corp.example", "bob@corp.example"}},
		{"flags win", header, "x@y.example", "carol@corp.example", "x@y.example", []string{"carol@corp.example"}},
	} {
		env := explainEnvelope(replay.Parse("m.eml", []byte(tc.raw), true), tc.from, tc.rcpt, now)
		if env.MailFrom != tc.wantFrom || !slices.Equal(env.Recipients, tc.wantRcpts) {
			t.Errorf("%s: envelope %q %q, want %q %q", tc.name, env.MailFrom, env.Recipients, tc.wantFrom, tc.wantRcpts)
		}
	}
}

// The text form names the action, score, level and notes on its first
// line (a list post says notes list), then each reason.
func TestPrintExplanationHeadline(t *testing.T) {
	for _, tc := range []struct {
		x    filter.Explanation
		want string
	}{
		{filter.Explanation{Action: "accept", Score: 0.5}, "action accept, score 0.50\n"},
		{filter.Explanation{Action: "lock", Score: 1.25, Level: "warn", Notes: []string{"list"}}, "action lock, score 1.25, level warn, notes list\n"},
	} {
		var b strings.Builder
		printExplanation(&b, tc.x)
		if got, _, _ := strings.Cut(b.String(), "\n"); got+"\n" != tc.want {
			t.Errorf("headline %q, want %q", got, tc.want)
		}
	}
}
