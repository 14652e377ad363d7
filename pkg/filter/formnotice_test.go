package filter

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// signInNotice is an open-house sign-in app's notice of one visitor: the
// app's own address in From, the visitor (at free mail) in Reply-To, links
// to the app's own site.
func signInNotice(i int) []byte {
	visitors := [][2]string{{"Gail Porter", "gail.porter@gmail.com"}, {"Nick Yuen", "nyuen88@yahoo.com"},
		{"Bree Coleman", "breecoleman@outlook.com"}, {"Sam Wexler", "samwexler@icloud.com"}, {"Ivy Tran", "ivytran.home@gmail.com"}}
	v := visitors[i%len(visitors)]
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: Curb Open House <visitors@curbsignin.example>
To: jess@corp.example
Reply-To: %[1]s <%[2]s>
Subject: New sign-in: %[1]s at 14 Tern Ct
Message-ID: <visit-%[3]d@curbsignin.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<p>New sign-in at your open house at <b>14 Tern Ct</b></p><p>%[1]s &middot; %[2]s &middot; Working with an agent: No &middot; Pre-approved: Yes</p>
<p><a href="https://app.curbsignin.example/visitors/a%[3]d">View visitor</a> | <a href="https://app.curbsignin.example/events">All open houses</a></p>
`, v[0], v[1], i), "\n", "\r\n"))
}

// From a fresh install, a form notifier's notices (an open-house sign-in
// app's, each answering to another visitor at free mail) are accepted and
// learned one after another: once the app's domain has written here, its
// Reply-To at free mail is no reply_to_freemail, since the notice names
// that address and links only to the app's own site. Before, every notice
// after the first was locked at lock, and locked mail never teaches.
func TestFormNoticeRepeated(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	prev := 10.0
	for i := range 6 {
		r, err := e.Decide(context.Background(), signInNotice(i), Envelope{
			MailFrom: "visitors@curbsignin.example", Recipients: []string{"jess@corp.example"}, Now: start.AddDate(0, 0, i)})
		if err != nil {
			t.Fatal(err)
		}
		e.Finish(r)
		if r.Action != ActionAccept || slices.Contains(r.ReasonCodes(), "reply_to_freemail") || r.Verdict.Score > prev {
			t.Errorf("notice %d: %s %s %.2f %v; want accepted, no reply_to_freemail, no higher than %.2f",
				i, r.Action, r.Verdict.Level, r.Verdict.Score, r.ReasonCodes(), prev)
		}
		prev = r.Verdict.Score
	}
}
