package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// Our name in a host a colleague links (a preview of our site, our pages
// on github.io) is our own project's (colleague): no org_in_host. A new or
// rare address in our domain, an outsider, a From a verifier failed, an
// unauthenticated colleague where our mail authenticates, and a text asking
// to sign in keep it.
func TestOrgInHostColleague(t *testing.T) {
	const host = "corp-web-git-fix-timezone-corp.vercel.app"
	for _, tc := range []struct {
		name, from   string
		sender       Stat
		auth         bool
		authRequired bool
		fail, ctx    string
		want         bool
	}{
		{"an established colleague", "ann@corp.example", est(), false, false, "", "", false},
		{"an authenticated colleague, new", "ann@corp.example", Stat{}, true, false, "", "", false},
		{"a new address in our domain", "ann@corp.example", Stat{}, false, false, "", "", true},
		{"an outsider", "ann@partner.example", est(), false, false, "", "", true},
		{"a From a verifier failed", "ann@corp.example", est(), false, false, "dmarc", "", true},
		{"unauthenticated where our mail authenticates", "ann@corp.example", est(), false, true, "", "", true},
		{"asking to sign in", "ann@corp.example", est(), false, false, "", "We moved to the new SSO: sign in with your password here", true},
	} {
		p := testPolicy()
		p.InternalAuthenticated = tc.authRequired
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = tc.from, tc.from, "Ann"
		in.History.Sender = tc.sender
		in.Authenticated = tc.auth
		in.AuthFail = tc.fail
		in.Subject = "preview?"
		l := web("https://"+host, host, host)
		l.Context = "can you check the preview before I merge?"
		if tc.ctx != "" {
			l.Context = tc.ctx
		}
		in.Links = []links.Link{l}
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgInHost); got != tc.want {
			t.Errorf("%s: org_in_host %v, want %v (%v)", tc.name, got, tc.want, codesOf(v))
		}
	}
}
