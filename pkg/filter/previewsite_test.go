package filter

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// previewComment is a code host's notification relaying a deployment
// bot's comment that links one preview.
func previewComment(host string) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: "netlify[bot]" <notifications@github.com>
To: dana@corp.example
Subject: Re: [corp/docs] Update runbook pages
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Deploy Preview ready! https://%s
`, host), "\n", "\r\n"))
}

// The glue looks up and teaches a preview deployment's site beside its
// own domain (withPreviewSites): once previews of a site were taught, a
// new preview of it is not new to the organisation, while a new preview
// of a site named like it still is.
func TestPreviewSiteLearned(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	decide := func(day int, host string) *Result {
		t.Helper()
		r, err := e.Decide(context.Background(), previewComment(host), Envelope{
			MailFrom: "notifications@github.com", Recipients: []string{"dana@corp.example"}, Now: start.AddDate(0, 0, day)})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for day := range 10 { // taught as outbound mail is, whatever its verdict
		r := decide(day, fmt.Sprintf("deploy-preview-%d--corp-docs.netlify.app", 100+day))
		r.Outbound = true
		e.Teach(r)
	}
	novelty := []string{"org_first_seen", "org_rare"}
	for _, tc := range []struct {
		host  string
		novel bool
	}{
		{"deploy-preview-200--corp-docs.netlify.app", false},
		{"fix-typo--corp-docs.netlify.app", false},
		{"deploy-preview-200--corp-docs-x.netlify.app", true},
		{"deploy-preview-200--x-corp-docs.netlify.app", true},
	} {
		codes := decide(20, tc.host).ReasonCodes()
		if got := slices.ContainsFunc(novelty, func(c string) bool { return slices.Contains(codes, c) }); got != tc.novel {
			t.Errorf("%s: novelty %v, want %v (%v)", tc.host, got, tc.novel, codes)
		}
	}
}
