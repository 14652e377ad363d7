package scoring

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
	"github.com/firstsight/firstsight/pkg/links"
)

// A token of three or more lowercase words joined by hyphens, underscores
// or slashes that a link of the message holds too (a deploy notice's
// branch) is the link's name, not words asking anything: it leaves the
// text for intent cues. Shorter or capitalised tokens, tokens no link
// holds, and the words around them stay.
func TestLinkNamesOut(t *testing.T) {
	preview := []links.Link{web("https://corp-web-git-feat-invoice-templates-corp.vercel.app", "", "")}
	path := []links.Link{web("https://git.example/corp/web/tree/Fix/invoice-rounding", "", "")}
	for _, tc := range []struct {
		name, in string
		ls       []links.Link
		want     string
	}{
		{"a branch the preview's host holds", "Branch: feat-invoice-templates Visit Preview", preview, "Branch: Visit Preview"},
		{"in brackets, in a subject", "Deployment ready for corp-web (feat-invoice-templates)", preview, "Deployment ready for corp-web"},
		{"a slash-joined branch a path holds, case aside", "merged fix/invoice-rounding today", path, "merged today"},
		{"no link holds it", "Branch: pay-invoice-now", preview, "Branch: pay-invoice-now"},
		{"two words only", "see invoice-templates", preview, "see invoice-templates"},
		{"capitalised: prose", "Feat-Invoice-Templates", preview, "Feat-Invoice-Templates"},
		{"the lure's own words stay", "Pay your invoice now: feat-invoice-templates", preview, "Pay your invoice now:"},
		{"no links", "Branch: feat-invoice-templates", nil, "Branch: feat-invoice-templates"},
		{"a doubled hyphen is no word joint", "feat--invoice-templates", preview, "feat--invoice-templates"},
	} {
		if got := linkNamesOut(tc.in, &linkNames{ls: tc.ls}); got != tc.want {
			t.Errorf("%s: linkNamesOut(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
	s := "Your deployment for corp-web is ready. Visit Preview"
	if n := testing.AllocsPerRun(100, func() { linkNamesOut(s, &linkNames{ls: preview}) }); n != 0 {
		t.Errorf("linkNamesOut allocates %v times on text without a link's name", n)
	}
}

// A preview platform's established deploy notice naming the branch (whose
// words are a payment cue, "invoice") is no payment request; the same
// notice whose text asks to pay is.
func TestLinkNamesNoIntent(t *testing.T) {
	p := testPolicy()
	const host = "corp-web-git-feat-invoice-templates-corp.vercel.app"
	for _, tc := range []struct {
		name, subj, ctx string
		want            bool
	}{
		{"the branch in subject and text", "Deployment ready for corp-web (feat-invoice-templates)", "Your deployment for corp-web is ready. Branch: feat-invoice-templates Visit Preview", false},
		{"a request to pay beside it", "Deployment ready for corp-web (feat-invoice-templates)", "Your invoice is overdue: pay the invoice now. Branch: feat-invoice-templates Visit Preview", true},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "notifications@vercel.com", "notifications@vercel.com", "Vercel"
		in.History.Sender = est()
		in.Subject = tc.subj
		l := web("https://"+host, host, host)
		l.Context = tc.ctx
		in.Links = []links.Link{l}
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeIntentPayment); got != tc.want {
			t.Errorf("%s: intent_payment %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}

// A stranger's lure written with joined words that its own link holds too
// (verify-your-account in the subject, the text and the path) keeps its
// words, and its link is locked: only an established sender's text loses
// a link's name. They read as a link's name, so a stranger's request to
// verify an account passed unlocked.
func TestLinkNamesStranger(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name   string
		sender Stat
		want   bool // the cue "verify your account" read, the link locked
	}{
		{"a stranger", Stat{}, true},
		{"seen on one day", Stat{FirstSeen: now, LastSeen: now, Messages: 3, Days: 1}, true},
		{"established", est(), false},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "it@mailbox-quota.example", "it@mailbox-quota.example", "IT Support"
		in.History.Sender = tc.sender
		in.Subject = "Action required: verify-your-account"
		l := web("https://mailbox-quota.example/sign-in-now/verify-your-account", "mailbox-quota.example", "mailbox-quota.example")
		l.Context = "Your mailbox is full. Please sign-in-now to verify-your-account"
		in.Links = []links.Link{l}
		v := Score(p, in)
		read := strings.Contains(fmt.Sprint(v.Links[0].Reasons), `"verify your account"`)
		if read != tc.want || (v.Action != Accept) != tc.want {
			t.Errorf("%s: cue read %v, action %s, want read and locked %v (%v)", tc.name, read, v.Action, tc.want, v.Links[0].Reasons)
		}
	}
}

// An unauthenticated colleague's address is anyone's to write: its text
// keeps a link's name, so a forged colleague's joined request to sign in
// (sign-in-with-password, which its preview's host holds) still asks it,
// and our name in that host stays org_in_host (colleague reads the
// request); an authenticated colleague's does not.
func TestLinkNamesForgedColleague(t *testing.T) {
	const host = "corp-sign-in-with-password.vercel.app"
	for _, tc := range []struct {
		name string
		auth bool
		want bool // org_in_host
	}{
		{"unauthenticated", false, true},
		{"authenticated", true, false},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "ann@corp.example", "ann@corp.example", "Ann"
		in.History.Sender = est()
		in.Authenticated = tc.auth
		in.Subject = "action needed"
		l := web("https://"+host, host, host)
		l.Context = "We moved to the new SSO: sign-in-with-password here"
		in.Links = []links.Link{l}
		v := Score(testPolicy(), in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgInHost); got != tc.want {
			t.Errorf("%s: org_in_host %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}

func FuzzLinkNamesOut(f *testing.F) {
	f.Add("Branch: feat-invoice-templates Visit Preview", "https://corp-web-git-feat-invoice-templates-corp.vercel.app")
	f.Add("(fix/a-b) c", "https://x.example/fix/a-b")
	f.Fuzz(func(t *testing.T, s, u string) {
		got := linkNamesOut(s, &linkNames{ls: []links.Link{{URL: u}}})
		if !strings.Contains(s, "-") && !strings.Contains(s, "_") && !strings.Contains(s, "/") && got != s {
			t.Fatalf("changed text without a joint: %q -> %q", s, got)
		}
		for tok := range strings.FieldsSeq(got) {
			if !strings.Contains(s, tok) {
				t.Fatalf("token %q not in the input %q", tok, s)
			}
		}
		if len(got) > len(s) {
			t.Fatalf("longer: %q -> %q", s, got)
		}
	})
}

// TestLinkNamesLinearTime: every link's text is searched for link names
// (linkNamesOut), and each of its tokens of that shape was looked up in
// every URL of the message, whole: links with long URLs and texts full of
// such tokens cost the square of the links times the URLs' length (100
// links took 30 s). Four times the links may cost at most ten times the
// time.
func TestLinkNamesLinearTime(t *testing.T) {
	score := func(n int) func() {
		var text strings.Builder
		for i := 0; text.Len() < 580; i++ {
			fmt.Fprintf(&text, "a%d-b-c ", i)
		}
		u := "https://x.example/" + strings.Repeat("a-b-", 1000)
		in := knownInput()
		in.Subject, in.Lead = text.String(), text.String()
		in.Links = nil
		for i := range n {
			l := web(u+strconv.Itoa(i), "x.example", "x.example")
			l.Display, l.Context = text.String()+strconv.Itoa(i), strconv.Itoa(i)+text.String()
			in.Links = append(in.Links, l)
		}
		return func() { Score(testPolicy(), in) }
	}
	lineartest.Check(t, "Score with 200 links named in every link's text", score(50), score(200))
}
