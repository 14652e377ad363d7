package scoring

import (
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// familyInput: a first-contact sender nobody here knows (no history at
// all, as a brand's first notice arrives) links url once.
func familyInput(from, url, host, domain, context string) Input {
	in := newInput()
	in.MailFrom, in.FromAddr, in.FromName = from, from, ""
	in.Subject = "Your account"
	l := web(url, host, domain)
	l.Context = context
	in.Links = []links.Link{l}
	return in
}

// A link to another domain of the sender's brand family (families.txt),
// on a host the family publishes itself, is the sender's own site: its
// novelty is counted once, as the sender's. Hosts where users publish
// (the shared lists, the family's "user" and "sender" entries), free-mail
// senders, DMARC failures and dishonest senders get nothing.
func TestFamilySite(t *testing.T) {
	p := testPolicy()
	const ms = "account-security-noreply@accountprotection.microsoft.com"
	activity := "If this wasn't you, review your recent activity."
	for _, tc := range []struct {
		name                        string
		from, url, host, domain, cx string
		novel, lock                 bool
	}{
		{"Microsoft account notice linking account.live.com", ms, "https://account.live.com/activity", "account.live.com", "live.com", activity, false, false},
		{"the same linking its own domain", ms, "https://go.microsoft.com/fwlink/?LinkId=1", "go.microsoft.com", "microsoft.com", activity, false, false},
		{"Azure AD notice linking aka.ms", "msonlineservicesteam@microsoftonline.com", "https://aka.ms/mfasetup", "aka.ms", "aka.ms", "Set up multi-factor authentication.", false, false},
		{"Duo enrolment linking duo.com", "no-reply@duosecurity.com", "https://duo.com/", "duo.com", "duo.com", "Learn more about Duo.", false, false},
		{"Amazon UK linking amazon.com", "order-update@amazon.co.uk", "https://www.amazon.com/gp/help", "www.amazon.com", "amazon.com", "Help with your order.", false, false},
		{"Google linking g.co", "no-reply@accounts.google.com", "https://g.co/recover", "g.co", "g.co", "Recover your account.", false, false},
		{"DocuSign envelope mail linking docusign.com", "dse_na2@docusign.net", "https://www.docusign.com/support", "www.docusign.com", "docusign.com", "Questions about this document?", false, false},
		{"Datadog EU invitation from dtdg.eu linking app.datadoghq.eu", "noreply@dtdg.eu", "https://app.datadoghq.eu/invite/790686", "app.datadoghq.eu", "datadoghq.eu", "Accept the invitation.", false, false},
		{"Datadog alert from dtdg.co linking app.datadoghq.com", "alert@dtdg.co", "https://app.datadoghq.com/monitors/123", "app.datadoghq.com", "datadoghq.com", "View the monitor.", false, false},
		{"npm's notice linking GitHub's changelog", "support@npmjs.com", "https://github.blog/changelog/2026-10-01-npm-publishing-security/", "github.blog", "github.blog", "Read more about the change.", false, false},
		{"GitHub's notice linking its status page", "noreply@github.com", "https://www.githubstatus.com/incidents/abc", "www.githubstatus.com", "githubstatus.com", "See the incident.", false, false},
		// users' content in the family: judged as before
		{"a public Datadog dashboard (user)", "alert@dtdg.co", "https://p.datadoghq.com/sb/abc-123", "p.datadoghq.com", "datadoghq.com", "See the dashboard.", true, true},
		{"OneDrive share (sharing.txt)", ms, "https://onedrive.live.com/redir?resid=ABC", "onedrive.live.com", "live.com", activity, true, true},
		{"a live.com host not named as Microsoft's own (live.com is a sender domain)", ms, "https://sway.live.com/abc", "sway.live.com", "live.com", activity, true, true},
		{"OneDrive download host (user)", ms, "https://storage.live.com/items/ABC", "storage.live.com", "live.com", activity, true, true},
		{"Outlook on the web, where any sender's encrypted message opens (user)", ms, "https://outlook.live.com/owa/?viewmodel=ReadMessageItem", "outlook.live.com", "live.com", activity, true, true},
		{"Teams (free) on live.com, any free account's (user)", ms, "https://teams.live.com/l/community/AbCdEf", "teams.live.com", "live.com", activity, true, true},
		{"Office viewer of any document (user)", ms, "https://view.officeapps.live.com/op/view.aspx?src=x", "view.officeapps.live.com", "live.com", activity, true, true},
		{"Microsoft Forms on microsoft.com from microsoftonline.com", "msonlineservicesteam@microsoftonline.com", "https://forms.microsoft.com/r/abc", "forms.microsoft.com", "microsoft.com", "Please fill in the survey.", true, true},
		{"a shared whiteboard (sharing.txt)", "msonlineservicesteam@microsoftonline.com", "https://whiteboard.microsoft.com/me/whiteboards/abc", "whiteboard.microsoft.com", "microsoft.com", "Open the board.", true, true},
		{"a shared Loop page (sharing.txt)", "msonlineservicesteam@microsoftonline.com", "https://loop.microsoft.com/p/abc", "loop.microsoft.com", "microsoft.com", "Open the page.", true, true},
		{"a Copilot Studio agent's demo site (sharing.txt)", "msonlineservicesteam@microsoftonline.com", "https://copilotstudio.microsoft.com/environments/Default-abc/bots/cr123_agent/webchat?__version__=2", "copilotstudio.microsoft.com", "microsoft.com", "Open the assistant.", true, true},
		{"a community forum post (user)", "msonlineservicesteam@microsoftonline.com", "https://answers.microsoft.com/thread/1", "answers.microsoft.com", "microsoft.com", "See this answer.", true, true},
		{"google.com is only a sender (Looker Studio report)", "no-reply@withgoogle.com", "https://lookerstudio.google.com/reporting/abc", "lookerstudio.google.com", "google.com", "Open the report.", true, true},
		{"docusign.net is only a sender (an envelope)", "dse@docusign.com", "https://na2.docusign.net/Signing/abc", "na2.docusign.net", "docusign.net", "Review the document.", true, true},
		{"github.com is only a sender (a repository)", "support@npmjs.com", "https://github.com/someone/pkg", "github.com", "github.com", "See the repository.", true, true},
		{"npmjs.com is only a sender (a package)", "noreply@github.com", "https://www.npmjs.com/package/left-pad", "www.npmjs.com", "npmjs.com", "See the package.", true, true},
		// senders that are not the family's
		{"a live.com address is anyone's", "someone@live.com", "https://go.microsoft.com/fwlink/?LinkId=1", "go.microsoft.com", "microsoft.com", "My notes.", true, true},
		{"another family's domain", "no-reply@duosecurity.com", "https://account.live.com/activity", "account.live.com", "live.com", activity, true, true},
		{"a stranger linking a family domain", "news@shop-new.example", "https://account.live.com/activity", "account.live.com", "live.com", activity, true, true},
	} {
		v := Score(p, familyInput(tc.from, tc.url, tc.host, tc.domain, tc.cx))
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.novel || v.Links[0].Lock != tc.lock {
			t.Errorf("%s: org_first_seen %v lock %v, want %v %v (score %.2f, %v)", tc.name, got, v.Links[0].Lock, tc.novel, tc.lock, v.Links[0].Score, codesOf(v))
		}
		if got := hasReason(v.Links[0].Reasons, CodeSenderOwnDomain); got == tc.novel {
			t.Errorf("%s: sender_own_domain %v, want %v (%v)", tc.name, got, !tc.novel, codesOf(v))
		}
	}
	v := Score(p, familyInput(ms, "https://account.live.com/activity", "account.live.com", "live.com", activity))
	for _, r := range v.Links[0].Reasons {
		if want := "the link goes to live.com, a domain of the same company as the sender's microsoft.com"; r.Code == CodeSenderOwnDomain && r.Text != want {
			t.Errorf("sender_own_domain text %q, want %q", r.Text, want)
		}
	}
}

// The family credit gives a forged From nothing: a DMARC failure or a
// dishonest name loses it, a lookalike of a family domain is still one,
// and a lure link beside a genuine family link is judged exactly as it
// is alone (brand_sender_elsewhere and all).
func TestFamilySiteForged(t *testing.T) {
	p := testPolicy()
	const ms = "account-security-noreply@accountprotection.microsoft.com"
	live := func() Input {
		return familyInput(ms, "https://account.live.com/activity", "account.live.com", "live.com", "Review your recent activity.")
	}
	in := live()
	in.AuthFail = "dmarc"
	if v := Score(p, in); !hasReason(v.Links[0].Reasons, CodeOrgFirstSeen) {
		t.Errorf("DMARC failed: family credit kept (%v)", codesOf(v))
	}
	in = live()
	in.FromName = "security@paypal.com"
	if v := Score(p, in); !hasReason(v.Links[0].Reasons, CodeOrgFirstSeen) {
		t.Errorf("a dishonest name: family credit kept (%v)", codesOf(v))
	}
	in = live()
	in.Links[0].Flags |= links.FlagOpenRedirect
	if v := Score(p, in); !hasReason(v.Links[0].Reasons, CodeOrgFirstSeen) {
		t.Errorf("through an open redirect: family credit kept (%v)", codesOf(v))
	}
	in = familyInput(ms, "https://account.1ive.com/activity", "account.1ive.com", "1ive.com", "Review your recent activity.")
	if v := Score(p, in); !hasReason(v.Links[0].Reasons, CodeLookalike) || !v.Links[0].Lock {
		t.Errorf("a lookalike of live.com: %v lock %v", codesOf(v), v.Links[0].Lock)
	}
	lure := web("https://ms-account-verify.example/login", "ms-account-verify.example", "ms-account-verify.example")
	lure.Context = "Your password expires today. Verify your account and password here."
	alone := live()
	alone.Links = []links.Link{lure}
	both := live()
	both.Links = append(both.Links, lure)
	a, b := Score(p, alone), Score(p, both)
	la, lb := a.Links[0], b.Links[1]
	if la.Lock != lb.Lock || la.Level != lb.Level || !near(la.Score, lb.Score) || !slices.Equal(reasonCodes(la.Reasons), reasonCodes(lb.Reasons)) ||
		a.Action != b.Action || !hasReason(lb.Reasons, CodeBrandSender) || !lb.Lock {
		t.Errorf("lure beside a family link: %v %s %.2f %v, alone %v %s %.2f %v", b.Action, lb.Level, lb.Score, reasonCodes(lb.Reasons), a.Action, la.Level, la.Score, reasonCodes(la.Reasons))
	}
	if b.Links[0].Lock || hasReason(b.Links[0].Reasons, CodeOrgFirstSeen) {
		t.Errorf("the family link beside the lure: %v", reasonCodes(b.Links[0].Reasons))
	}
}

func reasonCodes(rs []Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return out
}

// Every family but one of customers' hosts only ("tenant") has a domain
// it publishes itself, a "user" entry is a host under a family domain, a
// tenant host (a parent of customers' hosts: app.box.com) one under a
// tenant domain, and no family domain is a shared host as a
// whole (its users' content would get the credit).
func TestFamiliesData(t *testing.T) {
	d := data()
	own := map[string]bool{}
	for k, e := range d.families {
		if e.role == "" {
			own[e.name] = true
		}
		// a tenant host (app.box.com) is a parent of customers' hosts under
		// a tenant domain of its family
		parentOf := e.tenants && registrable(k) != k
		if parentOf && !d.families[registrable(k)].tenants {
			t.Errorf("families.txt: tenant host %q is under no tenant domain", k)
		}
		hostOf := e.role == "user" || parentOf || e.role == "" && registrable(k) != k && d.families[registrable(k)].role == "sender"
		if !hostOf && registrable(k) != k {
			t.Errorf("families.txt: %q is no registrable domain", k)
		}
		if hostOf {
			if p, ok := d.families[registrable(k)]; !ok || p.name != e.name {
				t.Errorf("families.txt: user host %q is under no domain of family %s", k, e.name)
			}
		}
		// a tenant domain's own hosts (www.box.com) only take the tenant
		// marking off the company's own sites, even where a sharing entry
		// covers the whole domain (box.com)
		if parent := d.families[registrable(k)]; e.role == "" && !(registrable(k) != k && parent.tenants && parent.name == e.name) && d.matchHostLists(k).shared() {
			t.Errorf("families.txt: %q is a shared host as a whole", k)
		}
	}
	for _, e := range d.families {
		if !own[e.name] && !e.tenants { // Box: every host under box.com is a customer's or a user's
			t.Errorf("families.txt: family %s has no domain of its own", e.name)
		}
	}
}

// A family host new here is as established as the best known domain of
// its family (History.FamilyDomains), whoever links it: a Teams
// invitation's aka.ms help link from a new external organiser, once
// microsoft.com is known. Users' content, other families' domains and a
// lookalike stay new, and so does the link for its recipient and sender.
func TestFamilyHistory(t *testing.T) {
	p := testPolicy()
	known := map[string]Stat{"microsoft.com": est(), "live.com": {}}
	for _, tc := range []struct {
		name, url, host, domain string
		fam                     map[string]Stat
		novel, lock             bool
	}{
		{"aka.ms once microsoft.com is known", "https://aka.ms/JoinTeamsMeeting", "aka.ms", "aka.ms", known, false, false},
		{"account.live.com once microsoft.com is known", "https://account.live.com/activity", "account.live.com", "live.com", known, false, false},
		{"aka.ms with the family new here too", "https://aka.ms/JoinTeamsMeeting", "aka.ms", "aka.ms", map[string]Stat{"microsoft.com": {}}, true, true},
		{"aka.ms without the family's history", "https://aka.ms/JoinTeamsMeeting", "aka.ms", "aka.ms", nil, true, true},
		{"OneDrive share (sharing.txt)", "https://onedrive.live.com/redir?resid=ABC", "onedrive.live.com", "live.com", known, true, true},
		{"OneDrive download host (user)", "https://storage.live.com/items/ABC", "storage.live.com", "live.com", known, true, true},
		{"a free account's Teams meeting or community (user)", "https://teams.live.com/meet/9312345678901?p=AbCdEf", "teams.live.com", "live.com", known, true, true},
		{"an encrypted message's Read button (user)", "https://outlook.live.com/owa/?viewmodel=ReadMessageItem", "outlook.live.com", "live.com", known, true, true},
		{"a lookalike of live.com", "https://account.1ive.com/activity", "account.1ive.com", "1ive.com", known, true, true},
		{"another company's domain", "https://duo.com/", "duo.com", "duo.com", known, true, true},
	} {
		in := familyInput("amelie.dubois@maison-lumiere.example", tc.url, tc.host, tc.domain, "Need help?")
		in.History.FamilyDomains = tc.fam
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen) || hasReason(v.Links[0].Reasons, CodeOrgRare); got != tc.novel || v.Links[0].Lock != tc.lock {
			t.Errorf("%s: org novelty %v lock %v, want %v %v (score %.2f, %v)", tc.name, got, v.Links[0].Lock, tc.novel, tc.lock, v.Links[0].Score, codesOf(v))
		}
		if !tc.novel && (!hasReason(v.Links[0].Reasons, CodeRcptFirstSeen) || !hasReason(v.Links[0].Reasons, CodeSenderFirstLink)) {
			t.Errorf("%s: the recipient's and sender's novelty went too (%v)", tc.name, codesOf(v))
		}
	}
	in := familyInput("amelie.dubois@maison-lumiere.example", "https://aka.ms/x", "aka.ms", "aka.ms", "Need help?")
	in.History.FamilyDomains = map[string]Stat{"microsoft.com": {Messages: 2, Days: 2, Senders: 2}}
	v := Score(p, in)
	want := "aka.ms is a domain of the same company as microsoft.com, which was linked here only "
	found := false
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeOrgRare {
			found = strings.HasPrefix(r.Text, want)
			if !found {
				t.Errorf("org_rare text %q, want it to start %q", r.Text, want)
			}
		}
	}
	if !found {
		t.Errorf("no org_rare read from the family: %v", codesOf(v))
	}
	in = familyInput("amelie.dubois@maison-lumiere.example", "https://aka.ms/x", "aka.ms", "aka.ms", "Need help?")
	in.History.FamilyDomains = known
	in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {FamilyLinks: map[string]Stat{"microsoft.com": {Messages: 3, Days: 3, Senders: 2, Vouched: 1}}}}
	v = Score(p, in)
	found = false
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeRcptFirstSeen || r.Code == CodeRcptRare {
			found = true
			if want := "bob@corp.example was sent links to microsoft.com only on 3 days"; r.Text != want {
				t.Errorf("recipient novelty from the family: %q, want %q", r.Text, want)
			}
		}
	}
	if !found || !hasReason(v.Links[0].Reasons, CodeSenderFirstLink) {
		t.Errorf("recipient novelty from the family: %v", codesOf(v))
	}
	in.History.Recipients["bob@corp.example"] = RecipientHistory{FamilyLinks: map[string]Stat{"microsoft.com": est()}}
	if v = Score(p, in); hasReason(v.Links[0].Reasons, CodeRcptRare) || hasReason(v.Links[0].Reasons, CodeRcptFirstSeen) || v.Links[0].Lock {
		t.Errorf("a recipient who gets microsoft.com links: %v lock %v", codesOf(v), v.Links[0].Lock)
	}
	// the words name Microsoft: aka.ms is its site as much as microsoft.com
	in = familyInput("amelie.dubois@maison-lumiere.example", "https://aka.ms/JoinTeamsMeeting", "aka.ms", "aka.ms", "Need help?")
	in.Subject = "Microsoft Teams meeting: Rebrand kickoff"
	in.History.FamilyDomains = map[string]Stat{"microsoft.com": {Messages: 5, Days: 5, Senders: 2}}
	v = Score(p, in)
	found = false
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeNamedSite {
			found = strings.Contains(r.Text, "name microsoft, the site of aka.ms")
		}
	}
	if !found {
		t.Errorf("aka.ms in mail naming Microsoft: %v", v.Links[0].Reasons)
	}
	in.History.FamilyDomains = nil
	in.Links[0] = web("https://storage.live.com/x", "storage.live.com", "live.com")
	if v = Score(p, in); hasReason(v.Links[0].Reasons, CodeNamedSite) {
		t.Errorf("a user host in mail naming Microsoft: %v", codesOf(v))
	}
	familyDomainsCheck(t)
}

// familyDomainsCheck: the glue looks up the other own domains of a
// family domain's family, never for a "sender" domain or an unknown one.
func familyDomainsCheck(t *testing.T) {
	got := FamilyDomains([]string{"aka.ms", "example.org", "google.com"})
	if !slices.Contains(got, "microsoft.com") || slices.Contains(got, "live.com") || slices.Contains(got, "account.live.com") || slices.Contains(got, "aka.ms") || slices.Contains(got, "g.co") {
		t.Errorf("FamilyDomains = %v", got)
	}
}

// The families of Apple, Meta, PayPal, Adobe, Okta and Zoom: a notice
// linking another domain's page the company runs itself is the sender's
// own site, while their users' pages (profiles, channels, payment pages,
// agreements, customers' orgs and vanity hosts, meetings) and iCloud's
// free mail get nothing.
func TestFamilyBrands(t *testing.T) {
	p := testPolicy()
	cx := "Learn more in our help centre."
	for _, tc := range []struct {
		name                 string
		from, url, host, dom string
		novel                bool
	}{
		{"Facebook security mail linking Accounts Centre", "security@facebookmail.com", "https://accountscenter.meta.com/password_and_security", "accountscenter.meta.com", "meta.com", false},
		{"Instagram mail linking the WhatsApp FAQ", "security@mail.instagram.com", "https://faq.whatsapp.com/1234", "faq.whatsapp.com", "whatsapp.com", false},
		{"PayPal linking its image host", "service@paypal.com", "https://www.paypalobjects.com/en_US/i/logo.png", "www.paypalobjects.com", "paypalobjects.com", false},
		{"Acrobat Sign linking Adobe help", "adobesign@adobesign.com", "https://helpx.adobe.com/sign/using/sign.html", "helpx.adobe.com", "adobe.com", false},
		{"an Okta preview org's notice linking Okta help", "noreply@oktapreview.com", "https://help.okta.com/en-us/content/topics/security.htm", "help.okta.com", "okta.com", false},
		{"Zoom mail linking Zoom support", "no-reply@zoom.us", "https://support.zoom.com/hc/en/article?id=zm_kb", "support.zoom.com", "zoom.com", false},
		// users' pages and customers' hosts
		{"a Facebook page (facebook.com is only a sender)", "notification@facebookmail.com", "https://www.facebook.com/some.page", "www.facebook.com", "facebook.com", true},
		{"Facebook's link relay", "notification@facebookmail.com", "https://l.facebook.com/l.php?u=x", "l.facebook.com", "facebook.com", true},
		{"an Instagram profile", "security@facebookmail.com", "https://www.instagram.com/someone", "www.instagram.com", "instagram.com", true},
		{"a WhatsApp channel", "security@facebookmail.com", "https://whatsapp.com/channel/0029Va", "whatsapp.com", "whatsapp.com", true},
		{"a Meta store listing", "security@facebookmail.com", "https://www.meta.com/experiences/123", "www.meta.com", "meta.com", true},
		{"a PayPal.Me page", "service@paypal.com", "https://paypal.me/someone", "paypal.me", "paypal.me", true},
		{"a PayPal invoice from PayPal's image host's family", "service@paypalobjects.com", "https://www.paypal.com/invoice/p/#ABC", "www.paypal.com", "paypal.com", true},
		{"an Acrobat Sign agreement from Adobe", "mail@mail.adobe.com", "https://secure.na1.adobesign.com/public/esign?tsid=x", "secure.na1.adobesign.com", "adobesign.com", true},
		{"an Adobe Acrobat share (sharing.txt)", "adobesign@adobesign.com", "https://acrobat.adobe.com/id/urn:aaid", "acrobat.adobe.com", "adobe.com", true},
		{"Adobe's forum", "adobesign@adobesign.com", "https://community.adobe.com/t5/x", "community.adobe.com", "adobe.com", true},
		{"a customer's Okta org", "noreply@oktapreview.com", "https://acme.okta.com/signin", "acme.okta.com", "okta.com", true},
		{"a company's Zoom vanity host", "no-reply@zoom.com", "https://acme.zoom.us/j/123", "acme.zoom.us", "zoom.us", true},
		{"a ZoomGov meeting", "no-reply@zoom.us", "https://agency.zoomgov.com/j/123", "agency.zoomgov.com", "zoomgov.com", true},
		{"an iCloud address is anyone's", "someone@icloud.com", "https://support.apple.com/en-us/102568", "support.apple.com", "apple.com", true},
	} {
		v := Score(p, familyInput(tc.from, tc.url, tc.host, tc.dom, cx))
		if got := hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.novel {
			t.Errorf("%s: org_first_seen %v, want %v (%v)", tc.name, got, tc.novel, codesOf(v))
		}
	}
}

// A platform that names a host for each of its customers (families.txt
// "tenant": an Okta org, a Zoom vanity host) sends its notices for any
// customer from its own domain; a customer's host there is not the
// sender's own site, nor is one named after us (corp-example.okta.com),
// since anyone picks that name. The company's own hosts, its domain
// itself and our own tenant as the policy lists it (own_tenants) keep the
// credit, and so do platforms whose users publish under paths of the
// company's own hosts (PayPal, DocuSign).
func TestCustomersHost(t *testing.T) {
	p := testPolicy()
	activate := "Your organization is using Okta. Activate your account and sign in to set your password."
	for _, tc := range []struct {
		name                        string
		from, url, host, domain, cx string
		credit                      bool
	}{
		{"a trial org's activation notice", "noreply@okta.com", "https://any-trial-org.okta.com/welcome/abc", "any-trial-org.okta.com", "okta.com", activate, false},
		{"a trial org's admin console", "noreply@okta.com", "https://any-trial-org-admin.okta.com/admin", "any-trial-org-admin.okta.com", "okta.com", activate, false},
		{"a preview org", "noreply@oktapreview.com", "https://evil.oktapreview.com/welcome/abc", "evil.oktapreview.com", "oktapreview.com", activate, false},
		{"a stranger's vanity host in a Zoom invitation", "no-reply@zoom.us", "https://evil.zoom.us/j/123", "evil.zoom.us", "zoom.us", "Join Zoom Meeting", false},
		{"a Zoom user's meeting host", "no-reply@zoom.us", "https://us06web.zoom.us/j/123", "us06web.zoom.us", "zoom.us", "Join Zoom Meeting", false},
		// our name is anyone's to pick: only the policy makes a tenant ours
		{"a trial org named after us", "noreply@okta.com", "https://corp-example.okta.com/welcome/abc", "corp-example.okta.com", "okta.com", activate, false},
		{"an admin console named after us", "noreply@okta.com", "https://corp-admin.okta.com/admin", "corp-admin.okta.com", "okta.com", activate, false},
		{"our own tenant, listed", "noreply@okta.com", "https://corp.okta.com/welcome/abc", "corp.okta.com", "okta.com", activate, true},
		{"a host under our own tenant, listed", "noreply@okta.com", "https://login.corp.okta.com/welcome/abc", "login.corp.okta.com", "okta.com", activate, true},
		{"our own Zoom vanity host, listed", "no-reply@zoom.us", "https://corp.zoom.us/j/123", "corp.zoom.us", "zoom.us", "Join Zoom Meeting", true},
		{"a Zoom vanity host named after us", "no-reply@zoom.us", "https://corp-example.zoom.us/j/123", "corp-example.zoom.us", "zoom.us", "Join Zoom Meeting", false},
		{"a Box enterprise named after us", "noreply@box.com", "https://corp-example.app.box.com/s/abc", "corp-example.app.box.com", "box.com", "Open", false},
		{"a Box custom subdomain named after us", "noreply@box.com", "https://corp.box.com/s/abc", "corp.box.com", "box.com", "Open", false},
		{"our own Box enterprise, listed", "noreply@box.com", "https://corp.app.box.com/s/abc", "corp.app.box.com", "box.com", "Open", true},
		{"Box's web app, where any user's shares are", "noreply@box.com", "https://app.box.com/s/abc", "app.box.com", "box.com", "Open", false},
		{"a Salesforce org named after us", "noreply@salesforce.com", "https://corp-example.my.salesforce.com/_ui/system/security/ChangePassword", "corp-example.my.salesforce.com", "salesforce.com", activate, false},
		{"Salesforce's sign-in page", "noreply@salesforce.com", "https://login.salesforce.com/", "login.salesforce.com", "salesforce.com", "Log in", true},
		// the company's own sites under a tenant domain keep the credit:
		// no customer can pick those names
		{"Box's own site", "noreply@box.com", "https://www.box.com/pricing", "www.box.com", "box.com", "See our plans", true},
		{"Box's sign-in and account pages", "noreply@box.com", "https://account.box.com/login", "account.box.com", "box.com", "Log in", true},
		{"Box's developer documentation", "noreply@box.com", "https://developer.box.com/guides/", "developer.box.com", "box.com", "Read the guides", true},
		{"Salesforce's developer documentation", "noreply@salesforce.com", "https://developer.salesforce.com/docs", "developer.salesforce.com", "salesforce.com", "Read the docs", true},
		{"Salesforce's status site", "noreply@salesforce.com", "https://status.salesforce.com/", "status.salesforce.com", "salesforce.com", "Check status", true},
		{"Okta's documentation", "noreply@okta.com", "https://help.okta.com/en-us/content/topics/end-user.htm", "help.okta.com", "okta.com", "Need help?", true},
		{"Okta's own domain", "noreply@okta.com", "https://okta.com/privacy", "okta.com", "okta.com", "Privacy policy", true},
		{"Zoom's support site from zoom.us", "no-reply@zoom.us", "https://support.zoom.com/hc", "support.zoom.com", "zoom.com", "Need help?", true},
		{"PayPal's own site", "service@paypal.com", "https://www.paypal.com/invoice/p/#ABC", "www.paypal.com", "paypal.com", "View and pay invoice", true},
		{"a DocuSign envelope", "dse_na2@docusign.net", "https://na2.docusign.net/Signing/EmailStart.aspx?a=1", "na2.docusign.net", "docusign.net", "REVIEW DOCUMENT", true},
	} {
		p.OwnTenants = []string{"corp.okta.com", "corp.zoom.us", "corp.app.box.com"}
		v := Score(p, familyInput(tc.from, tc.url, tc.host, tc.domain, tc.cx))
		if got := hasReason(v.Links[0].Reasons, CodeSenderOwnDomain); got != tc.credit {
			t.Errorf("%s: sender_own_domain %v, want %v (score %.2f, %v)", tc.name, got, tc.credit, v.Links[0].Score, codesOf(v))
		}
		if !tc.credit && !hasReason(v.Links[0].Reasons, CodeOrgFirstSeen) {
			t.Errorf("%s: the customer's host is not new (%v)", tc.name, codesOf(v))
		}
		if asks := tc.cx == activate; asks && v.Links[0].Lock == tc.credit {
			t.Errorf("%s: lock %v, want %v (score %.2f, %v)", tc.name, v.Links[0].Lock, !tc.credit, v.Links[0].Score, codesOf(v))
		}
	}
}
