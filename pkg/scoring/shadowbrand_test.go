package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestShadowBrandForCorrespondent: a brand's invitation or share in a
// correspondent's name, answered at a domain we write to, is no shadow of
// the name; the same name from a stranger's domain, at free mail, with
// replies to a domain nobody here wrote to or to free mail (where anyone
// verifies an address in any name), or failed by a verifier is.
func TestShadowBrandForCorrespondent(t *testing.T) {
	mk := func(from, replyTo string, f func(*Input)) Input {
		in := newInput()
		in.FromName, in.FromAddr, in.MailFrom, in.ReplyTo = "Hannah Whitley", from, from, replyTo
		in.Subject = "Webex meeting invitation: multi-site call"
		in.History.SenderName = Stat{Messages: 9, Days: 5, Senders: 1}
		in.History.ReplyDomain = withOutbound(est())
		in.Links = []links.Link{web("https://stateu.webex.com/stateu/j.php?MTID=m1", "stateu.webex.com", "webex.com")}
		in.Links[0].Context = "Join meeting. Meeting number: 2634 118 9921 Meeting password: Xk2q"
		if f != nil {
			f(&in)
		}
		return in
	}
	for _, tc := range []struct {
		name string
		in   Input
		want bool
	}{
		{"a brand's invitation for a correspondent", mk("messenger@webex.com", "hwhitley@stateu.example", nil), false},
		{"the same name from a stranger's domain", mk("hannah@meet-invite.example", "hwhitley@stateu.example", nil), true},
		{"a brand's invitation without Reply-To", mk("messenger@webex.com", "", nil), true},
		{"replies to a domain nobody here wrote to", mk("messenger@webex.com", "hwhitley@stateu.example", func(in *Input) { in.History.ReplyDomain = est() }), true},
		{"replies to the address the name's own mail came from", mk("messenger@webex.com", "hwhitley@stateu.example", func(in *Input) {
			in.History.ReplyDomain, in.History.ReplyAddr = est(), Stat{Messages: 3, Days: 3}
		}), false},
		{"the same from a stranger's domain", mk("hannah@meet-invite.example", "hwhitley@stateu.example", func(in *Input) {
			in.History.ReplyDomain, in.History.ReplyAddr = est(), Stat{Messages: 3, Days: 3}
		}), true},
		{"replies to an address whose one message taught the history (cheap to plant)", mk("messenger@webex.com", "hwhitley@stateu.example", func(in *Input) {
			in.History.ReplyDomain, in.History.ReplyAddr = est(), Stat{Messages: 1, Days: 1}
		}), true},
		{"replies to a free-mail address anyone can verify", mk("messenger@webex.com", "hannah.whitley.work@gmail.com", nil), true},
		{"replies to a free-mail address that wrote here", mk("messenger@webex.com", "hannah.whitley.work@gmail.com", func(in *Input) {
			in.History.ReplyAddr = Stat{Messages: 3, Days: 3}
		}), true},
		{"the name at free mail", mk("hannah.whitley@gmail.com", "hwhitley@stateu.example", nil), true},
		{"a verifier failed the brand's From", mk("messenger@webex.com", "hwhitley@stateu.example", func(in *Input) { in.AuthFail = "dmarc" }), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if got := hasReason(v.Reasons, CodeShadowIdentity); got != tc.want {
				t.Errorf("shadow_identity %v, want %v\n%v", got, tc.want, v.Reasons)
			}
		})
	}
}

// TestNoticeName: a user's or customer's name on a service's notice is
// not the address's own; the service's own name, a person's own address,
// and an organisation's no-reply address are.
func TestNoticeName(t *testing.T) {
	for _, tc := range []struct {
		name, sender string
		want         bool
	}{
		{"Ines Moreau", "notifications@github.com", true},
		{"Ines Moreau", "<Notifications@GitHub.com>", true},
		{"Marco Bellini", "dse_na3@docusign.net", true},
		// The service's name in it: a name no person's own mail carries,
		// which a forged envelope copies (shadow_identity may read it).
		{"Marco Bellini via DocuSign", "dse_na3@docusign.net", false},
		{"PrintHaus", "invoice+statements+acct_1qz@stripe.com", true},
		{"Ines Moreau", "jira@tallyloop.atlassian.net", true},
		{"GitHub", "notifications@github.com", false},
		{"PayPal", "service@paypal.com", false},
		{"Ines Moreau", "ines@moreau-consulting.example", false},
		{"DHL Paket", "noreply@dhl.de", false},
		{"Ines Moreau", "noreply@saas-invites.example", false},
		{"", "notifications@github.com", false},
		{"Ines Moreau", "not-an-address", false},
	} {
		if got := NoticeName(tc.name, tc.sender); got != tc.want {
			t.Errorf("NoticeName(%q, %q) = %v, want %v", tc.name, tc.sender, got, tc.want)
		}
	}
}

// TestShadowFamilyOwnName: a company's name known here from one of its
// domains, on its mail from another domain of its brand family
// (families.txt: Datadog from dtdg.co, then dtdg.eu), is its own name, no
// shadow; the name from any other domain, at free mail of the family
// (icloud.com), from a domain where the company sends for its customers
// (force.com, a "tenant" entry), failed by a verifier, or a
// person's known name from the family's domain still is.
func TestShadowFamilyOwnName(t *testing.T) {
	mk := func(name, from string, f func(*Input)) Input {
		in := newInput()
		in.FromName, in.FromAddr, in.MailFrom = name, from, from
		in.Subject = "Ines Moreau has invited you to join Tallyloop EU"
		in.History.SenderName = Stat{Messages: 40, Days: 30, Senders: 1}
		in.Links = []links.Link{web("https://app.datadoghq.eu/invite/790686", "app.datadoghq.eu", "datadoghq.eu")}
		in.Links[0].Context = "Accept the invitation"
		if f != nil {
			f(&in)
		}
		return in
	}
	for _, tc := range []struct {
		name string
		in   Input
		want bool
	}{
		{"Datadog from dtdg.eu, known from dtdg.co", mk("Datadog", "noreply@dtdg.eu", nil), false},
		{"the name with more words", mk("Datadog EU", "noreply@dtdg.eu", nil), false},
		{"Datadog from a domain of no family", mk("Datadog", "noreply@dtdg-alerts.example", nil), true},
		{"Datadog from another family's domain", mk("Datadog", "no-reply@duosecurity.com", nil), true},
		{"a person's known name from the family's domain", mk("Ines Moreau", "noreply@dtdg.eu", nil), true},
		{"a verifier failed the From", mk("Datadog", "noreply@dtdg.eu", func(in *Input) { in.AuthFail = "dmarc" }), true},
		{"Apple at free mail of Apple's family", mk("Apple Support", "apple.support.desk@icloud.com", nil), true},
		{"Salesforce from force.com, where each org sends (tenant)", mk("Salesforce", "noreply@force.com", nil), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if got := hasReason(v.Reasons, CodeShadowIdentity); got != tc.want {
				t.Errorf("shadow_identity %v, want %v\n%v", got, tc.want, v.Reasons)
			}
		})
	}
}
