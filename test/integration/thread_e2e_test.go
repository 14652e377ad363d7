//go:build integration

package integration

import (
	"regexp"
	"strings"
	"testing"
)

// TestPostfixThreadReply: a stranger's answer to a message delivered here
// before (its In-Reply-To names that message's Message-ID, as Postfix
// passed it to milterd) is accepted with thread_reply; the same answer
// naming a message never seen here is locked. The first message has no
// link and is accepted, so it teaches its Message-ID.
func TestPostfixThreadReply(t *testing.T) {
	p := postfixPath(t, false, "")
	first := plainMessage("ana@univ-a.test", recipient, "antenna gain",
		"Does anyone have gain figures for the 2.4 GHz antenna?\r\n")
	if v := verdictOf(t, p.deliver(t, first).Data); v.Action != "accept" {
		t.Fatalf("first message: %s, want accept", v.Raw)
	}
	id := regexp.MustCompile(`(?m)^Message-ID: (<[^>]+>)`).FindSubmatch(first.Data)
	if id == nil {
		t.Fatal("no Message-ID in the first message")
	}
	for _, tc := range []struct {
		parent, action string
		thread         bool
	}{
		{string(id[1]), "accept", true},
		{"<never-seen@univ-a.test>", "lock", false},
	} {
		reply := outMail{From: "newcomer@lab-b.test", To: []string{recipient}, Data: []byte(
			headerBlock("newcomer@lab-b.test", recipient, "Re: antenna gain", []string{"In-Reply-To: " + tc.parent}) +
				"\r\nWe measured it last year: https://www.antenna-tests.test/results/ant24.html\r\n")}
		v := verdictOf(t, p.deliver(t, reply).Data)
		if v.Action != tc.action || strings.Contains(v.Reasons, "thread_reply") != tc.thread {
			t.Errorf("reply to %s: %s, want %s with thread_reply %v", tc.parent, v.Raw, tc.action, tc.thread)
		}
	}
}

// TestPostfixTaggedListPost: a post whose Subject carries the tag of the
// list in its To field, as Postfix passed the header to milterd, is judged
// as the list's (notes=list in the verdict header, the list's address as
// the sender); the same post without the tag is not.
func TestPostfixTaggedListPost(t *testing.T) {
	p := postfixPath(t, false, "")
	const list = "radio-users@lists.sdr.test"
	for _, tc := range []struct {
		subject string
		list    bool
	}{
		{"[Radio-users] antenna gain", true},
		{"antenna gain", false},
	} {
		post := outMail{From: "ana@univ-a.test", To: []string{recipient}, Data: []byte(
			headerBlock("ana@univ-a.test", list, tc.subject, nil) +
				"\r\nWe measured it last year: https://www.antenna-tests.test/results/ant24.html\r\n")}
		v := verdictOf(t, p.deliver(t, post).Data)
		if strings.Contains(v.Raw, "notes=list") != tc.list {
			t.Errorf("%q: %s, want notes=list %v", tc.subject, v.Raw, tc.list)
		}
	}
}
