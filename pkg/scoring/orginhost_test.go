package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// Our name in a host the sender itself has linked on many days is no
// borrowing new here (senderLinkNovel): a monitoring service's notices
// linking our own tenant there for months, one with a word of the mailbox
// lures ("quota"), are not held as our name in a foreign host asking to
// sign in. A sender new to the domain, a tenant of another domain, and a
// From a verifier failed keep org_in_host and its quarantine rule.
func TestOrgInHostSenderLinks(t *testing.T) {
	p := testPolicy()
	long := Stat{FirstSeen: now.AddDate(0, -3, 0), LastSeen: now.AddDate(0, 0, -1), Messages: 20, Days: 12, Senders: 1, Recipients: 1}
	short := Stat{FirstSeen: now.AddDate(0, 0, -2), LastSeen: now.AddDate(0, 0, -1), Messages: 2, Days: 2, Senders: 1, Recipients: 1}
	for _, tc := range []struct {
		name, host, domain string
		links              map[string]Stat
		auth               string
		want               bool
	}{
		{"our tenant the sender linked on 12 days", "corp.monitor-saas.example", "monitor-saas.example", map[string]Stat{"monitor-saas.example": long}, "", false},
		{"linked on 2 days only", "corp.monitor-saas.example", "monitor-saas.example", map[string]Stat{"monitor-saas.example": short}, "", true},
		{"never linked by this sender", "corp.monitor-saas.example", "monitor-saas.example", nil, "", true},
		{"a lure's domain, the sender's history elsewhere", "corp-example.login-check.example", "login-check.example", map[string]Stat{"monitor-saas.example": long}, "", true},
		{"a From a verifier failed", "corp.monitor-saas.example", "monitor-saas.example", map[string]Stat{"monitor-saas.example": long}, "dmarc", true},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "alerts@monitor-saas.example", "alerts@monitor-saas.example", "Monitor"
		in.Subject = "You have used 80% of your quota"
		l := web("https://"+tc.host+"/settings/billing", tc.host, tc.domain)
		l.Context = "You have used 80% of your error quota. Manage subscription"
		in.Links = []links.Link{l}
		in.History.SenderLinks = tc.links
		in.AuthFail = tc.auth
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgInHost); got != tc.want {
			t.Errorf("%s: org_in_host %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
		if got := v.Action == Quarantine; got != tc.want {
			t.Errorf("%s: quarantined %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}

// Our name in a preview deployment's host (previews.txt) is our own
// project's in the platform's own established notice (previewHost); from
// the platform on first contact, from a code host's notification, from a
// lookalike of the platform, under another platform's suffix, from a
// From a verifier failed, or beside a request to sign in (which the
// platform's notices never make on a preview, and a forged one does), it
// is borrowed as before.
func TestOrgInHostPreview(t *testing.T) {
	p := testPolicy()
	known := Stat{FirstSeen: now.AddDate(0, -3, 0), LastSeen: now.AddDate(0, 0, -1), Messages: 30, Days: 20, Senders: 1, Recipients: 1}
	const vercel = "corp-web-git-fix-login-corp.vercel.app"
	for _, tc := range []struct {
		name, from, host string
		sender           Stat
		auth, ctx        string
		want             bool
	}{
		{"the platform's established notice", "notifications@vercel.com", vercel, known, "", "", false},
		{"Netlify's, under its own suffix", "team@netlify.com", "deploy-preview-42--corp-docs.netlify.app", known, "", "", false},
		{"the platform on first contact", "notifications@vercel.com", vercel, Stat{}, "", "", true},
		{"a code host's notification (anyone can make it send)", "notifications@github.com", vercel, known, "", "", true},
		{"a lookalike of the platform", "notifications@vercel-deployments.example", vercel, known, "", "", true},
		{"another platform's suffix", "team@netlify.com", vercel, known, "", "", true},
		{"the platform's established notice asking to sign in there", "notifications@vercel.com", vercel, known, "", "Your session has expired. Sign in with your password to view the preview", true},
		{"a From a verifier failed", "notifications@vercel.com", vercel, known, "dmarc", "", true},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = tc.from, tc.from, "Deploys"
		in.Subject = "Deployment ready"
		l := web("https://"+tc.host, tc.host, tc.host)
		l.Context = "Your deployment is ready. Visit Preview"
		if tc.ctx != "" {
			l.Context = tc.ctx
		}
		in.Links = []links.Link{l}
		in.History.Sender = tc.sender
		in.AuthFail = tc.auth
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgInHost); got != tc.want {
			t.Errorf("%s: org_in_host %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
		if !hasReason(v.Links[0].Reasons, CodeFreeHosting) {
			t.Errorf("%s: free_hosting missing (%v)", tc.name, codesOf(v))
		}
	}
}

// A preview deployment named after our project, in an established
// platform's notice (a code host's bot comment on a pull request, the
// preview platform's own), is locked at warn only (previewNotice): its free
// hosting, hyphens and our name are every preview's shape. A sender new
// here, one that is no platform, a From a verifier failed, and a request
// to sign in beside the link keep the stronger lock; the link stays
// locked in every row.
func TestPreviewNoticeLevel(t *testing.T) {
	p := testPolicy()
	known := Stat{FirstSeen: now.AddDate(0, -3, 0), LastSeen: now.AddDate(0, 0, -1), Messages: 60, Days: 50, Senders: 1, Recipients: 1}
	const preview = "deploy-preview-1618--corp-docs.netlify.app"
	for _, tc := range []struct {
		name, from, host string
		sender           Stat
		auth, ctx        string
		warn             bool
	}{
		{"a code host's established notification", "notifications@github.com", preview, known, "", "", true},
		{"the same on first contact", "notifications@github.com", preview, Stat{}, "", "", false},
		{"an established sender that is no platform", "builds@ci-vendor.example", preview, known, "", "", false},
		{"an established platform that is no code host", "noreply@eventbrite.com", preview, known, "", "", false},
		{"another code host's established notification", "gitlab@gitlab.com", preview, known, "", "", true},
		{"a From a verifier failed", "notifications@github.com", preview, known, "dmarc", "", false},
		{"asking to sign in there", "notifications@github.com", preview, known, "", "Your session expired: sign in with your password to verify your account", false},
		{"free hosting that is no preview platform", "notifications@github.com", "deploy-preview-1618--corp-docs.web.app", known, "", "", false},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = tc.from, tc.from, "netlify[bot]"
		in.Subject = "Re: [corp/docs] Update runbook pages (PR #1618)"
		l := web("https://"+tc.host, tc.host, tc.host)
		l.Context = "Deploy Preview for corp-docs ready! Deploy Preview"
		if tc.ctx != "" {
			l.Context = tc.ctx
		}
		in.Links = []links.Link{l}
		in.History.Sender = tc.sender
		in.AuthFail = tc.auth
		v := Score(p, in)
		ld := v.Links[0]
		if !ld.Lock {
			t.Errorf("%s: link not locked (%v)", tc.name, codesOf(v))
		}
		if got := ld.Level == LevelWarn && v.Action == Lock; got != tc.warn {
			t.Errorf("%s: %s at %s, want warn %v (%v)", tc.name, v.Action, ld.Level, tc.warn, codesOf(v))
		}
	}
}

// A monitoring service's alert that a certificate expires, linking our
// tenant on the service's domain it has linked on few days, asks for no
// credentials: org_in_host and unsolicited alone are not held, while the
// same alert saying a password expires is (the quarantine rule
// org_in_host + unsolicited + intent_credentials).
func TestOrgInHostExpiryAlert(t *testing.T) {
	p := testPolicy()
	short := Stat{FirstSeen: now.AddDate(0, 0, -6), LastSeen: now.AddDate(0, 0, -1), Messages: 5, Days: 5, Senders: 1, Recipients: 1}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a certificate expires", "Alert: Certificate expires in 14 days. Priority P2, team SRE. View alert", false},
		{"a password expires", "Alert: your password expires in 14 days. View alert", true},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "alerts@oncall-saas.example", "alerts@oncall-saas.example", "OnCall"
		in.Subject = "[OnCall] Alert: expiry"
		const host = "corp.app.oncall-saas.example"
		l := web("https://"+host+"/alert/detail/1/details", host, "oncall-saas.example")
		l.Context = tc.text
		in.Links = []links.Link{l}
		in.History.Sender = short
		in.History.SenderLinks = map[string]Stat{"oncall-saas.example": short}
		v := Score(p, in)
		if !hasReason(v.Links[0].Reasons, CodeOrgInHost) {
			t.Errorf("%s: org_in_host missing (%v)", tc.name, codesOf(v))
		}
		if got := v.Action == Quarantine; got != tc.want {
			t.Errorf("%s: quarantined %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}

// Our name on a host of a service where anyone names a tenant at sign-up
// (a Box enterprise, a HubSpot landing page, a Salesforce site) is
// borrowed (org_in_host) unless the policy lists the host as our own
// tenant (own_tenants), or it is under one; listing one tenant vouches
// for no other.
func TestOrgInHostOwnTenants(t *testing.T) {
	own := []string{"corp.app.box.com", "corp-21876543.hs-sites.com", "corp.my.site.com"}
	for _, tc := range []struct {
		name, host, domain string
		tenants            []string
		want               bool
	}{
		{"a Box enterprise named after us", "corp.app.box.com", "box.com", nil, true},
		{"the same, listed as ours", "corp.app.box.com", "box.com", own, false},
		{"a HubSpot landing page named after us", "corp-21876543.hs-sites.com", "hs-sites.com", nil, true},
		{"the same, listed as ours", "corp-21876543.hs-sites.com", "hs-sites.com", own, false},
		{"another HubSpot page named after us", "corp-99.hs-sites.com", "hs-sites.com", own, true},
		{"a Salesforce site named after us", "corp.my.site.com", "site.com", nil, true},
		{"a host under our listed site", "support.corp.my.site.com", "site.com", own, false},
		{"a Salesforce org's other host named after us", "corp-support.my.site.com", "site.com", own, true},
		{"a Salesforce Site named after us", "corp.my.salesforce-sites.com", "salesforce-sites.com", own, true},
		// own_tenants matches whole labels: a host ending in our tenant's
		// letters is another customer's
		{"another enterprise ending in our tenant's name", "evil-corp.app.box.com", "box.com", own, true},
		{"another site ending in our site's name", "x-corp.my.site.com", "site.com", own, true},
	} {
		p := testPolicy()
		p.OwnTenants = tc.tenants
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = "news@stranger-mail.example", "news@stranger-mail.example", "Events"
		in.Subject = "Your documents"
		l := web("https://"+tc.host+"/files", tc.host, tc.domain)
		l.Context = "Open the shared folder"
		in.Links = []links.Link{l}
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgInHost); got != tc.want {
			t.Errorf("%s: org_in_host %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}
