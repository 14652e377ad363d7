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

func TestListPosting(t *testing.T) {
	list := "radio-users@lists.sdr.example"
	for _, tc := range []struct {
		name, subject, listID string
		addrs                 []string
		want                  string
	}{
		{"subject tag", "[Radio-users] streaming drops", "", []string{list}, list},
		{"tag after Re:", "Re: [Radio-users] streaming drops", "", []string{"ana@gmail.example", list}, list},
		{"tag with a post number", "[Radio-users 1234] streaming", "", []string{list}, list},
		{"list in Cc", "[radio-users] x", "", []string{"ana@gmail.example", "bob@univ.example", list}, list},
		{"List-Id names the address", "no tag", "Radio users <radio-users.lists.sdr.example>", []string{"ana@gmail.example", list}, list},
		{"List-Id without brackets", "", " radio-users.lists.sdr.example ", []string{list}, list},
		{"List-Id of another list", "", "<other.lists.sdr.example>", []string{list}, ""},
		{"newsletter List-Id, subscriber in To", "", "<1234.list-id.mailer.example>", []string{"dana@corp.example"}, ""},
		{"tag of another list", "[Other-users] x", "", []string{list}, ""},
		{"no tag", "streaming drops", "", []string{list}, ""},
		{"gateway tag, no such address", "[EXTERNAL] invoice", "", []string{"dana@corp.example"}, ""},
		{"two letters are no list", "[ab] x", "", []string{"ab@lists.example"}, ""},
		{"tag's own brackets broken", "[Radio-users x", "", []string{list}, ""},
		{"nested bracket", "[[Radio-users] x", "", []string{list}, list},
		{"short brackets are no tags", "[a1] [b2] [c3] [d4] [Radio-users] x", "", []string{list}, list},
		{"fifth tag not read", "[aaa] [bbb] [ccc] [ddd] [Radio-users] x", "", []string{list}, ""},
		{"no addresses", "[Radio-users] x", "", nil, ""},
	} {
		if got := listPosting(tc.subject, tc.listID, func() []string { return tc.addrs }); got != tc.want {
			t.Errorf("%s: listPosting(%q, %q, %v) = %q, want %q", tc.name, tc.subject, tc.listID, tc.addrs, got, tc.want)
		}
	}
}

func FuzzListPosting(f *testing.F) {
	f.Add("[Radio-users 12] x", "<radio-users.lists.example>", "radio-users@lists.example")
	f.Add("[[]] [", "<>", "@")
	f.Fuzz(func(t *testing.T, subject, listID, addr string) {
		got := listPosting(subject, listID, func() []string { return []string{"a@b.example", addr} })
		if got != "" && got != addr && got != "a@b.example" {
			t.Fatalf("listPosting(%q, %q, %q) = %q, not one of the addresses", subject, listID, addr, got)
		}
		if len(subjectTags(subject)) > maxListTags {
			t.Fatalf("subjectTags(%q) read more than %d tags", subject, maxListTags)
		}
	})
}

// taggedPost is a list's copy of a post that keeps its author's From and
// marks the list in the Subject, with no List-Id field (as when a replay
// stream or a relay dropped it).
func taggedPost(from, to, subject, body string) []byte {
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: %s
To: %s
Subject: %s
Message-ID: <%d.%d@mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s
`, from, to, subject, len(body), len(from)+len(subject), body), "\n", "\r\n"))
}

// Posts to a discussion list that keeps each author's From and tags the
// Subject: after a month of them the list is the correspondent the reader
// knows, so a first-time poster at free mail linking a site new here
// passes, as it does when the list rewrites the From; a first-time
// poster's credential lure is still locked (warned), a post without the
// list's tag is locked like any stranger's, the same holds for an archive
// subscribed as the list's own address, and a list at the
// organisation's own domain is not taken for the correspondent (its
// posters are colleagues).
func TestTaggedListPosts(t *testing.T) {
	for _, c := range []struct{ list, rcpt string }{
		{"radio-users@lists.sdr.example", "dana@corp.example"},
		{"radio-users@lists.sdr.example", "radio-users@lists.sdr.example"}, // an archive subscribed as the list
		{"staff-news@corp.example", "dana@corp.example"},
	} {
		list := c.list
		e := testEngine(t) // corp.example is internal
		start := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
		env := func(from string, now time.Time) Envelope {
			return Envelope{MailFrom: from, Recipients: []string{c.rcpt}, Now: now}
		}
		tag := "[" + list[:strings.IndexByte(list, '@')] + "] "
		for d := range 30 {
			from := fmt.Sprintf("poster%d@gmail.example", d)
			raw := taggedPost(from, list, "Re: "+tag+"streaming", "The manual has it: https://docs.sdr.example/api/streamer.html")
			r, err := e.Decide(context.Background(), raw, env(from, start.Add(time.Duration(d)*24*time.Hour)))
			if err != nil {
				t.Fatal(err)
			}
			e.Finish(r)
		}
		internal := strings.HasSuffix(list, "@corp.example")
		later := start.Add(31 * 24 * time.Hour)
		for _, tc := range []struct {
			name, subject, body string
			action              Action // for the list outside the organisation
			level               scoring.Level
		}{
			{"a new site", tag + "measurements", "We measured it: https://www.antenna-tests.example/results.html", ActionAccept, ""},
			{"a credential lure", tag + "account", "Your password expires today. Verify your account at https://sdr-verify.example/login now.", ActionLock, ""}, // warned at least
			{"no tag: a stranger", "measurements", "We measured it: https://www.antenna-tests.example/results.html", ActionLock, scoring.LevelWarn},
		} {
			from := "newcomer@gmail.example"
			r, err := e.Decide(context.Background(), taggedPost(from, list, tc.subject, tc.body), env(from, later))
			if err != nil {
				t.Fatal(err)
			}
			tagged := strings.HasPrefix(tc.subject, "[")
			if got, want := r.Message.List, list; tagged && !internal && got != want || (!tagged || internal) && got != "" {
				t.Errorf("%s to %s: judged as from list %q", tc.name, list, got)
			}
			if internal {
				if r.Action == ActionAccept && tc.action != ActionAccept {
					t.Errorf("%s via the internal list: accepted (%v)", tc.name, r.ReasonCodes())
				}
				continue
			}
			if r.Action != tc.action || tc.level != "" && r.Verdict.Level != tc.level {
				t.Errorf("%s via %s to %s: %s %s (score %.2f, %v), want %s %s", tc.name, list, c.rcpt, r.Action, r.Verdict.Level, r.Verdict.Score, r.ReasonCodes(), tc.action, tc.level)
			}
			if codes := r.ReasonCodes(); tagged && (slices.Contains(codes, scoring.CodeFreemail) || slices.Contains(codes, scoring.CodeOwnAddress)) {
				t.Errorf("%s via %s to %s: %v judges the author's free mail or a forgery of the list, not the list", tc.name, list, c.rcpt, codes)
			}
		}
	}
}

// A list that rewrote the From to its own address under a display name
// that does not spell the address ("Jane Doe via Radio Users Group") is
// list mail when the list's own mark names that address: the author is
// the part before " via ". Without the mark it is not, and a list at the
// organisation's own domains never is.
func TestListMarkNamesTheFrom(t *testing.T) {
	e := testEngine(t) // corp.example is internal
	for _, tc := range []struct {
		name, from, subject string
		list                bool
		wantName            string
	}{
		{"tagged", `"Jane Doe via Radio Users Group" <radio-users@lists.sdr.example>`, "[Radio-users] x", true, "Jane Doe"},
		{"tagged, author shown by the Reply-To address", `"jane@univ.example via Radio Users Group" <radio-users@lists.sdr.example>`, "[Radio-users] x", true, ""},
		{"no tag", `"Jane Doe via Radio Users Group" <radio-users@lists.sdr.example>`, "x", false, "Jane Doe via Radio Users Group"},
		{"internal list", `"Jane Doe via Staff Group" <staff-news@corp.example>`, "[staff-news] x", false, "Jane Doe via Staff Group"},
	} {
		to := tc.from[strings.IndexByte(tc.from, '<'):]
		raw := []byte(strings.ReplaceAll("From: "+tc.from+"\nReply-To: jane@univ.example\nTo: "+to+"\nSubject: "+tc.subject+"\n\nhi\n", "\n", "\r\n"))
		m := e.read(raw, Envelope{Recipients: []string{"dana@corp.example"}})
		if m.ListMail != tc.list || m.FromName != tc.wantName || m.List != "" {
			t.Errorf("%s: list mail %v, name %q, list %q; want %v, %q, \"\"", tc.name, m.ListMail, m.FromName, m.List, tc.list, tc.wantName)
		}
	}
}

// A colleague's own post to an outside list is theirs, not the list's:
// going out (SMTP AUTH), it is outbound mail that teaches that we wrote to
// the list; coming back through the list to a colleague, it is judged by
// the colleague's own history.
func TestOwnPostToList(t *testing.T) {
	e := testEngine(t) // corp.example is internal
	const list = "radio-users@lists.sdr.example"
	raw := taggedPost("dana@corp.example", list, "[Radio-users] antenna gain", "Measured: https://www.antenna-tests.example/r.html")
	now := time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)
	out, err := e.Decide(context.Background(), raw, Envelope{MailFrom: "dana@corp.example", Recipients: []string{list}, Authenticated: true, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if !out.Outbound || out.Message.List != "" {
		t.Errorf("outgoing post: outbound %v, list %q; want outbound mail of dana's", out.Outbound, out.Message.List)
	}
	back := e.read(raw, Envelope{MailFrom: "radio-users-bounces@lists.sdr.example", Recipients: []string{"eve@corp.example"}, Now: now})
	if back.List != "" || back.sender() != "dana@corp.example" {
		t.Errorf("the list's copy to a colleague: list %q, sender %q; want dana's own", back.List, back.sender())
	}
}

func FuzzListsEnvelope(f *testing.F) {
	f.Add("alice+SRS=44ldt=IX=lists.example=dev-bounces@contoso.example", "dev@lists.example")
	f.Add("SRS1+xy=fwd1.example=+ab12=kv=lists.example=dev-bounces@fwd2.example", "dev@lists.example")
	f.Add("SRS0+ab+kv+lists.example+dev-bounces@fwd.example", "dev@lists.example")
	f.Add("dev+bncX@googlegroups.com", "dev@googlegroups.com")
	f.Add("bounce+1+2@radio.groups.io", "main@radio.groups.io")
	f.Fuzz(func(t *testing.T, env, list string) {
		local, domain := envelopeOrigin(env)
		if at := strings.LastIndexByte(env, '@'); at >= 0 && (!strings.Contains(env[:at], local) || !strings.Contains(env, domain)) {
			t.Fatalf("envelopeOrigin(%q) = %q, %q: text it was not given", env, local, domain)
		}
		if listsEnvelope(env, list) && domain == "" {
			t.Fatalf("listsEnvelope(%q, %q) without a domain", env, list)
		}
	})
}
