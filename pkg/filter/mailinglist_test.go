package filter

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/scoring"
)

// listPost is one post to a technical mailing list, as delivered to a
// subscriber (the list's own address in To, its footer at the end).
func listPost(from, subject, body string) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: %s
To: radio-users@lists.sdr.example
Subject: %s
Message-ID: <%d.%d@mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s
_______________________________________________
Radio-users mailing list -- radio-users@lists.sdr.example
To unsubscribe send an email to radio-users-leave@lists.sdr.example
https://lists.sdr.example/mailman3/lists/radio-users.lists.sdr.example/
`, from, subject, len(body), len(from), body), "\n", "\r\n"))
}

// Posts to a technical mailing list the recipient reads, after 30 days of
// the list's traffic were imported as history (replay -learn-only), all
// without List-Id: the list's address is known from that history
// (known_list), so new posters at free mail asking questions full of
// "login", "password" and "download" pass, as they do when a List-Id has
// them judged as the list's; a poster's own site and a regular poster's
// new link pass, and a credential phish written to the list is still
// blocked (known_list offsets the sender's novelty, never the link's
// intent).
func TestMailingListPosts(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	rcpt := []string{"dana@corp.example"}
	posters := []string{"ana.k@gmail.com", "j.smith@univ-a.example", "wei@lab.example", "rk@gmail.com", "m.ortiz@outlook.com", "tomas@univ-b.example"}
	history := []string{
		"The build fails at cmake with the latest master, see https://github.com/sdr/radio-driver/issues/512 for the log.",
		"Try the image from https://files.sdr.example/binaries/images/ and follow https://docs.sdr.example/setup.html",
		"I saw the same; the fix is in https://github.com/sdr/radio-driver/pull/519",
		"Manual page: https://docs.sdr.example/api/streamer.html",
	}
	for d := range 30 {
		for i, p := range posters {
			if (d+i)%3 != 0 {
				continue
			}
			now := start.Add(time.Duration(d)*24*time.Hour + time.Duration(i)*time.Hour)
			raw := listPost(p, "Re: streaming drops", history[(d+i)%len(history)])
			r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: p, Recipients: rcpt, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			e.Teach(r) // history import, as replay -learn-only does
		}
	}
	later := start.Add(31 * 24 * time.Hour)
	for _, tc := range []struct {
		name, from, body string
		action           Action
		level            string // for locks
	}{
		{"new poster, known links, technical words", "newbie42@gmail.com",
			"Hi all, I cannot login to the embedded device after the update. The default password did not work. I tried to download the new image as in https://docs.sdr.example/setup.html and https://github.com/sdr/radio-driver/issues/530 but it still fails.",
			ActionAccept, ""},
		{"new poster, own university page", "p.lee@univ-c.example",
			"Our measurements are on https://www.univ-c.example/~plee/radio/ if anyone wants to compare.", ActionAccept, ""},
		{"new poster, new vendor's datasheet", "newbie43@gmail.com",
			"You can download the antenna datasheet from https://www.antenna-vendor.example/products/ant500.pdf and install the driver.",
			ActionAccept, ""},
		{"regular poster, new domain", "ana.k@gmail.com",
			"This paper explains it well: https://papers.example/abs/2401.01234", ActionAccept, ""},
		{"credential phish to the reader", "it-support@mail-desk.example",
			"Your mailbox password expires today. Verify your account at https://mail-desk-verify.example/login to keep your email.",
			ActionLock, "lock"},
	} {
		raw := listPost(tc.from, "question", tc.body)
		r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: tc.from, Recipients: rcpt, Now: later})
		if err != nil {
			t.Fatal(err)
		}
		level := ""
		if r.Action == ActionLock {
			level = string(r.Verdict.Level)
		}
		if r.Action != tc.action || level != tc.level {
			t.Errorf("%s: %s %s (score %.2f, %v), want %s %s", tc.name, r.Action, level, r.Verdict.Score, r.ReasonCodes(), tc.action, tc.level)
		}
	}
}

// rewrittenPost is a list's copy of a post whose From the list rewrote to
// its own address (DMARC mitigation), the author moved to Reply-To, with
// no List-Id field (as when a replay stream or a relay dropped it).
func rewrittenPost(name, author, subject, body string) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: "%s via Radio-users" <radio-users@lists.sdr.example>
Reply-To: %s
To: radio-users@lists.sdr.example
Subject: %s
Message-ID: <%d.%d@lists.sdr.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s
`, name, author, subject, len(body), len(author), body), "\n", "\r\n"))
}

// Posts whose From a list rewrote to its own address ("Bob via
// Radio-users") and whose authors' free-mail addresses sit in Reply-To,
// delivered to a subscriber or to the list's own address (an archive):
// the list address learns like any correspondent, so after a month of
// them a post linking the list's documentation passes and one linking a
// new site is at most warned, never blocked as mail forged "from yourself"
// or diverting replies to free mail. The same From without "via" and
// the list's name, sent to the list's own address, is still mail from
// the recipient's own address.
func TestListRewrittenPosts(t *testing.T) {
	const list = "radio-users@lists.sdr.example"
	for _, rcpt := range []string{"dana@corp.example", list} {
		e := testEngine(t)
		start := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
		env := func(now time.Time) Envelope {
			return Envelope{MailFrom: "radio-users-bounces@lists.sdr.example", Recipients: []string{rcpt}, Now: now}
		}
		for d := range 30 {
			raw := rewrittenPost(fmt.Sprintf("Poster %d", d), fmt.Sprintf("poster%d@yahoo.example", d), "Re: streaming",
				"The manual has it: https://docs.sdr.example/api/streamer.html")
			r, err := e.Decide(context.Background(), raw, env(start.Add(time.Duration(d)*24*time.Hour)))
			if err != nil {
				t.Fatal(err)
			}
			e.Finish(r)
		}
		later := start.Add(31 * 24 * time.Hour)
		for _, tc := range []struct {
			name   string
			raw    []byte
			action Action
			code   string // a reason code the verdict must (or, with !, must not) carry
		}{
			{"documentation link", rewrittenPost("Carl", "carl@yahoo.example", "Re: x",
				"See https://docs.sdr.example/setup.html"), ActionAccept, "!" + scoring.CodeReplyFree},
			{"a new site", rewrittenPost("Dora", "dora@yahoo.example", "Re: y",
				"We measured it: https://www.antenna-tests.example/results.html"), ActionAccept, "!" + scoring.CodeOwnAddress},
			{"no via: from the list's own address", []byte(strings.ReplaceAll(`From: Radio-users <radio-users@lists.sdr.example>
To: radio-users@lists.sdr.example
Subject: notice

See https://docs.sdr.example/setup.html
`, "\n", "\r\n")), "", scoring.CodeOwnAddress},
		} {
			r, err := e.Decide(context.Background(), tc.raw, env(later))
			if err != nil {
				t.Fatal(err)
			}
			codes := r.ReasonCodes()
			if tc.action != "" && r.Action != tc.action {
				t.Errorf("%s to %s: %s (score %.2f, %v), want %s", tc.name, rcpt, r.Action, r.Verdict.Score, codes, tc.action)
			}
			if want, ok := strings.CutPrefix(tc.code, "!"); ok && slices.Contains(codes, want) {
				t.Errorf("%s to %s: %v carries %s", tc.name, rcpt, codes, want)
			}
			if !strings.HasPrefix(tc.code, "!") && (rcpt == list) != slices.Contains(codes, tc.code) {
				t.Errorf("%s to %s: %v, %s expected only for the list's own address", tc.name, rcpt, codes, tc.code)
			}
		}
	}
}

// A list that rewrites the From shows the author before " via ": their
// name, which the name signals read as the sender's (a brand's name there
// is still a brand's name on a foreign address), or, for an author who gave
// none, their address, which the list also put in Reply-To: that is no
// display name showing another domain.
func TestListRewrittenAuthor(t *testing.T) {
	for _, tc := range []struct {
		name, author, replyTo, wantName string
		code                            string // must be among the reasons ("" for none of the name signals)
	}{
		{"a name", "Jane Roe", "jane@yahoo.example", "Jane Roe", ""},
		{"an address, also in Reply-To", "ann@partner.example", "ann@partner.example", "", ""},
		{"a brand's name", "PayPal", "help@yahoo.example", "PayPal", scoring.CodeBrandName},
	} {
		raw := rewrittenPost(tc.author, tc.replyTo, "Re: x", "See https://docs.sdr.example/setup.html")
		m := readMessage(raw, Envelope{Recipients: []string{"dana@corp.example"}})
		if !m.ListMail || m.FromName != tc.wantName || m.FromAddr != "radio-users@lists.sdr.example" {
			t.Errorf("%s: list %v, name %q, address %q; want list mail from the list's address named %q", tc.name, m.ListMail, m.FromName, m.FromAddr, tc.wantName)
		}
		r, err := testEngine(t).Decide(context.Background(), raw, Envelope{MailFrom: "radio-users-bounces@lists.sdr.example",
			Recipients: []string{"dana@corp.example"}, Now: time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		codes := r.ReasonCodes()
		for _, c := range []string{scoring.CodeNameDomain, scoring.CodeBrandName, scoring.CodeShadowIdentity} {
			if slices.Contains(codes, c) != (c == tc.code) {
				t.Errorf("%s: reasons %v, want %q among the name signals", tc.name, codes, tc.code)
			}
		}
	}
}
