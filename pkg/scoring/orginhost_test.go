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
