package scoring

import (
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// A preview deployment's registrable domain names its site: a Netlify
// site after the first "--", a Vercel project first and scope last; the
// key holds the whole site name (never a prefix of it), so another
// customer's site named like ours gets a key of its own. pages.dev needs
// none (its registrable domain is the project), and a label no naming
// reads gets none.
func TestPreviewSiteKey(t *testing.T) {
	for _, tc := range []struct{ domain, want string }{
		{"deploy-preview-42--corp-docs.netlify.app", "netlify.app/corp-docs"},
		{"fix-login--corp-docs.netlify.app", "netlify.app/corp-docs"},
		{"64b0c1d2e3f4a5b6c7d8e9f0--corp-docs.netlify.app", "netlify.app/corp-docs"},
		{"corp-docs.netlify.app", "netlify.app/corp-docs"}, // the site's own host
		{"deploy-preview-42--corp-docs-x.netlify.app", "netlify.app/corp-docs-x"},
		{"deploy-preview-42--x-corp-docs.netlify.app", "netlify.app/x-corp-docs"},
		{"a--b--corp-docs.netlify.app", "netlify.app/b--corp-docs"}, // read from the first "--": never less than the site
		{"--corp-docs.netlify.app", ""},
		{"deploy-preview-42--.netlify.app", ""},
		{"deploy-preview-42---corp.netlify.app", ""},
		{"xn--80ak6aa92e.netlify.app", ""},
		{"corp-web-git-fix-login-corp.vercel.app", "vercel.app/corp/corp-web"},
		{"corp-web-git-main-corp.vercel.app", "vercel.app/corp/corp-web"},
		{"corp-web-git-fix-login-x-corp.vercel.app", "vercel.app/corp/corp-web"}, // branch fix-login-x or scope x-corp: see previews.txt
		{"corp-web-git-fix-login-corp-eu.vercel.app", "vercel.app/eu/corp-web"},
		{"corp-web-7fk3j2m9q-corp.vercel.app", "vercel.app/corp/corp-web"},
		{"corp-web-git-feat-long-branch-name-for-the-invo-a1b2c3-corp.vercel.app", "vercel.app/corp/corp-web"},
		{"evil-web-git-fix-corp.vercel.app", "vercel.app/corp/evil-web"},
		{"corp-web-git-fix-evil.vercel.app", "vercel.app/evil/corp-web"},
		{"corp-web-git-main-alices-projects.vercel.app", ""}, // a Hobby scope: "projects" is every Hobby account's last word
		{"corp-web-git-main-bob-s-projects.vercel.app", ""},
		{"corp-web-7fk3j2m9q-alices-projects.vercel.app", ""},
		{"corp-web-corp.vercel.app", ""}, // no "-git-" and no deployment hash
		{"corp-web.vercel.app", ""},
		{"corp-web-git--corp.vercel.app", ""},
		{"-git-fix-corp.vercel.app", ""},
		{"corp-web-git-fix-.vercel.app", ""},
		{"corp-web-7fk3j2m9-corp.vercel.app", ""}, // eight characters: no deployment hash
		{"3f9a21c.corp-site.pages.dev", ""},       // the registrable domain would be corp-site.pages.dev
		{"corp-site.pages.dev", ""},
		{"deploy-preview-42--corp-docs.web.app", ""},
		{"corp.example", ""},
		{"", ""},
	} {
		if got := data().previewSite(tc.domain); got != tc.want {
			t.Errorf("previewSite(%q) = %q, want %q", tc.domain, got, tc.want)
		}
	}
	got := PreviewSites([]string{"Deploy-Preview-1--Corp-Docs.netlify.app", "deploy-preview-2--corp-docs.netlify.app", "corp.example", "corp-web-git-a-corp.vercel.app"})
	if want := []string{"netlify.app/corp-docs", "vercel.app/corp/corp-web"}; !slices.Equal(got, want) {
		t.Errorf("PreviewSites = %q, want %q", got, want)
	}
}

// A new preview of a site linked here for weeks (the site's key known
// org-wide, to the recipient and from the sender) is not new to them:
// no org_first_seen, rcpt_first_seen or sender_first_link, and its score
// falls by that novelty alone; our name in its host (org_in_host), its
// hyphens and free hosting stay. A preview of another site, of our
// project under another scope, or with words asking to sign in is judged
// exactly as with no site history at all.
func TestPreviewSiteNovelty(t *testing.T) {
	p := testPolicy()
	weeks := Stat{FirstSeen: now.AddDate(0, 0, -40), LastSeen: now.AddDate(0, 0, -1), Messages: 25, Days: 18, Senders: 3, Vouched: 10}
	known := Stat{FirstSeen: now.AddDate(0, -3, 0), LastSeen: now.AddDate(0, 0, -1), Messages: 60, Days: 50, Senders: 1, Recipients: 1}
	input := func(host, ctx string, site string, stranger bool) Input {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "notifications@github.com", "notifications@github.com", "netlify[bot]"
		in.Subject = "Re: [corp/docs] Update runbook pages (PR #1618)"
		l := web("https://"+host, host, host)
		l.Context = "Deploy Preview for corp-docs ready! Latest commit 61b09c1. Deploy Preview"
		if ctx != "" {
			l.Context = ctx
		}
		in.Links = []links.Link{l}
		in.History.Sender = known
		in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {Recipient: known, Pair: known, Links: map[string]Stat{}}}
		in.History.Domains, in.History.SenderLinks = map[string]Stat{}, map[string]Stat{}
		if site != "" {
			in.History.Domains[site], in.History.SenderLinks[site] = weeks, weeks
			in.History.Recipients["bob@corp.example"].Links[site] = weeks
		}
		if stranger { // a sender that never linked the site, from its own domain
			in.MailFrom, in.FromAddr, in.FromName = "deploy@previews.example", "deploy@previews.example", "Deploy Bot"
			in.History.SenderLinks = map[string]Stat{}
		}
		return in
	}
	novelty := []string{CodeOrgFirstSeen, CodeOrgRare, CodeRcptFirstSeen, CodeRcptRare, CodeSenderFirstLink}
	const ours = "netlify.app/corp-docs"
	for _, tc := range []struct {
		name, host, ctx, site string
		stranger              bool // the sender never linked the site
		known                 bool // the site's history counts
	}{
		{"a new preview of our site", "deploy-preview-1700--corp-docs.netlify.app", "", ours, false, true},
		{"a branch deploy of our site", "fix-typo--corp-docs.netlify.app", "", ours, false, true},
		{"our Vercel project's new branch", "corp-web-git-fix-nav-corp.vercel.app", "", "vercel.app/corp/corp-web", false, true},
		{"our Vercel project's deployment", "corp-web-7fk3j2m9q-corp.vercel.app", "", "vercel.app/corp/corp-web", false, true},
		{"a site named like ours", "deploy-preview-1--corp-docs-x.netlify.app", "", ours, false, false},
		{"a site ending in our name", "deploy-preview-1--x-corp-docs.netlify.app", "", ours, false, false},
		{"our project's name under another scope", "corp-web-git-fix-nav-evil.vercel.app", "", "vercel.app/corp/corp-web", false, false},
		{"another team's project named like ours", "corp-web-x-git-fix-nav-corp.vercel.app", "", "vercel.app/corp/corp-web", false, false},
		{"a stranger's Hobby project named like ours", "corp-web-git-main-eves-projects.vercel.app", "", "vercel.app/projects/corp-web", false, false},
		{"our site's preview asking to sign in", "deploy-preview-1700--corp-docs.netlify.app", "Your session expired: sign in with your password to verify your account", ours, false, false},
		{"free hosting that is no preview platform", "deploy-preview-1700--corp-docs.web.app", "", ours, false, false},
		{"a stranger's preview of our Netlify site", "deploy-preview-1700--corp-docs.netlify.app", "", ours, true, true},
		{"a stranger's host with our Vercel key", "corp-web-git-a-x-corp.vercel.app", "", "vercel.app/corp/corp-web", true, false},
		{"a stranger's Vercel deployment of our project", "corp-web-7fk3j2m9q-corp.vercel.app", "", "vercel.app/corp/corp-web", true, false},
	} {
		before := Score(p, input(tc.host, tc.ctx, "", tc.stranger))
		v := Score(p, input(tc.host, tc.ctx, tc.site, tc.stranger))
		for _, c := range novelty {
			want := !tc.known && (c == CodeOrgFirstSeen || c == CodeRcptFirstSeen || c == CodeSenderFirstLink) ||
				tc.stranger && c == CodeSenderFirstLink // a stranger's own novelty for the site stays
			if got := hasReason(v.Links[0].Reasons, c); got != want {
				t.Errorf("%s: %s %v, want %v (%v)", tc.name, c, got, want, codesOf(v))
			}
		}
		if !tc.known && (v.Score != before.Score || v.Action != before.Action || v.Links[0].Level != before.Links[0].Level) {
			t.Errorf("%s: %v %s %.2f, want as with no site history: %v %s %.2f", tc.name, codesOf(v), v.Action, v.Score, codesOf(before), before.Action, before.Score)
		}
		if tc.known && v.Links[0].Score >= before.Links[0].Score {
			t.Errorf("%s: link score %.2f, want below %.2f with no site history", tc.name, v.Links[0].Score, before.Links[0].Score)
		}
		for _, c := range []string{CodeOrgInHost, CodeFreeHosting} {
			if hasReason(before.Links[0].Reasons, c) != hasReason(v.Links[0].Reasons, c) {
				t.Errorf("%s: %s changed with the site's history (%v -> %v)", tc.name, c, codesOf(before), codesOf(v))
			}
		}
	}
}

// A site the organisation saw only a little (rare) reads as rare, named
// by its key; the link's own history, when better established, wins.
func TestPreviewSiteRare(t *testing.T) {
	p := testPolicy()
	in := newInput()
	host := "deploy-preview-9--corp-docs.netlify.app"
	in.Links = []links.Link{web("https://"+host, host, host)}
	once := Stat{FirstSeen: now.AddDate(0, 0, -2), LastSeen: now.AddDate(0, 0, -2), Messages: 1, Days: 1, Senders: 1, Vouched: 1}
	in.History.Domains = map[string]Stat{"netlify.app/corp-docs": once}
	v := Score(p, in)
	i := slices.IndexFunc(v.Links[0].Reasons, func(r Reason) bool { return r.Code == CodeOrgRare })
	if i < 0 || !strings.HasPrefix(v.Links[0].Reasons[i].Text, "netlify.app/corp-docs was linked here only") {
		t.Errorf("%v, want org_rare naming the site", v.Links[0].Reasons)
	}
	in.History.Domains[host] = Stat{FirstSeen: now.AddDate(0, -2, 0), LastSeen: now.AddDate(0, 0, -1), Messages: 40, Days: 30, Senders: 4, Outbound: 2}
	if v := Score(p, in); hasReason(v.Links[0].Reasons, CodeOrgRare) || hasReason(v.Links[0].Reasons, CodeOrgFirstSeen) {
		t.Errorf("established host: %v, want no org novelty", codesOf(v))
	}
}

// A site's key in a recipient's history is no domain a link can miss by
// a letter: historyLookalike skips it.
func TestPreviewSiteNoLookalike(t *testing.T) {
	sk := data().skeleton
	for _, a := range []string{"netlifv.app", "netlify.app", "vercei.app"} {
		for _, p := range []string{"netlify.app/corp-docs", "vercel.app/corp/corp-web"} {
			if historyLookalike(sk, a, sk(a), p) {
				t.Errorf("historyLookalike(%q, %q) = true, want false", a, p)
			}
		}
	}
}
