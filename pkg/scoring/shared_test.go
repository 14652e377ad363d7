package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// docInput: a first message from a free-mail address linking a document on
// Google Docs, whose domain (and host) is established here.
func docInput() Input {
	in := newInput()
	in.MailFrom, in.FromAddr, in.FromName = "jane.roe@gmail.com", "jane.roe@gmail.com", "Jane Roe"
	in.Subject = "Proposal"
	in.Links = []links.Link{web("https://docs.google.com/document/d/1x/edit", "docs.google.com", "google.com")}
	in.History = History{
		Domains: map[string]Stat{"google.com": est()},
		Hosts:   map[string]Stat{"docs.google.com": est()},
	}
	return in
}

func TestSharedDocument(t *testing.T) {
	solicited := docInput()
	solicited.History.Sender = withOutbound(est())
	rare := docInput()
	rare.History.Sender = Stat{FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -1), Messages: 3, Days: 3}
	newPlatform := docInput()
	newPlatform.History.Domains, newPlatform.History.Hosts = nil, nil
	colleagues := docInput() // a company whose people have shared documents here before
	colleagues.MailFrom, colleagues.FromAddr = "ann@partner.example", "ann@partner.example"
	colleagues.History.SenderDomainLinks = map[string]Stat{"google.com": est()}
	notice := docInput() // the platform's own share notification
	notice.MailFrom, notice.FromAddr, notice.FromName = "no-reply@dropboxmail.com", "no-reply@dropboxmail.com", "Jane Roe (via Dropbox)"
	notice.Links = []links.Link{web("https://www.dropbox.com/scl/fi/x1/plan.pdf", "www.dropbox.com", "dropbox.com")}
	notice.History.Domains, notice.History.Hosts = map[string]Stat{"dropbox.com": est()}, map[string]Stat{"www.dropbox.com": est()}
	agent := withLink(docInput(), "https://copilotstudio.microsoft.com/environments/Default-abc/bots/cr123_agent/webchat?__version__=2", "copilotstudio.microsoft.com", "microsoft.com") // an agent anyone publishes, whose login button leads where its maker wants
	agent.History.Domains = map[string]Stat{"microsoft.com": est()}
	survey := withLink(docInput(), "https://customervoice.microsoft.com/Pages/ResponsePage.aspx?id=Xy7Kq2", "customervoice.microsoft.com", "microsoft.com") // any tenant's survey
	survey.History.Domains = map[string]Stat{"microsoft.com": est()}
	form := withLink(docInput(), "https://forms.cloud.microsoft/r/Xy7Kq2Lm9P", "forms.cloud.microsoft", "forms.cloud.microsoft")
	form.History.Domains = map[string]Stat{"forms.cloud.microsoft": est()}
	mktPage := withLink(docInput(), "https://assets-usa.mkt.dynamics.com/b1c2/digitalassets/standaloneforms/5e6f", "assets-usa.mkt.dynamics.com", "dynamics.com")
	mktPage.History.Domains = map[string]Stat{"dynamics.com": est()}
	board := withLink(docInput(), "https://www.figma.com/proto/AbC123/Shared-Invoice", "www.figma.com", "figma.com")
	board.History.Domains = map[string]Stat{"figma.com": est()}
	code := withLink(docInput(), "https://github.com/jane/tool", "github.com", "github.com")
	code.History.Domains = map[string]Stat{"github.com": est()}
	plain := withLink(docInput(), "https://www.news.example/story", "www.news.example", "news.example")
	plain.History.Domains = map[string]Stat{"news.example": est()}
	for _, tc := range []struct {
		name     string
		in       Input
		min, max float64 // the shared_document weight (with a new host under the platform, host_first_seen takes 0.05 of org_novel's 0.30)
		action   Action
		text     string // in the reason's sentence
	}{
		{"a stranger's document is warned", docInput(), 0.3, 0.3, Lock, "jane.roe@gmail.com writes here for the first time"},
		{"a correspondent we wrote to", solicited, 0, 0, Accept, ""},
		{"a sender seen on a few days counts in part", rare, 0.01, 0.29, Accept, "seen here on only 3 days"},
		{"a platform new here is novel already", newPlatform, 0, 0, Lock, ""},
		{"the sender's company shared documents before", colleagues, 0, 0, Accept, ""},
		{"the platform's own notification", notice, 0, 0, Accept, ""},
		{"a stranger's Copilot Studio agent is warned", agent, 0.25, 0.25, Lock, "jane.roe@gmail.com writes here for the first time"},
		{"a stranger's Customer Voice survey is warned", survey, 0.25, 0.25, Lock, "jane.roe@gmail.com writes here for the first time"},
		{"a stranger's form on forms.cloud.microsoft is warned", form, 0.3, 0.3, Lock, "jane.roe@gmail.com writes here for the first time"},
		{"a stranger's Dynamics 365 Marketing page is warned", mktPage, 0.25, 0.25, Lock, "jane.roe@gmail.com writes here for the first time"},
		{"a stranger's Figma prototype is warned", board, 0.25, 0.25, Lock, "jane.roe@gmail.com writes here for the first time"},
		{"a code host is no sharing platform", code, 0, 0, Accept, ""},
		{"an established site", plain, 0, 0, Accept, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			sd := reasonOf(v.Links[0].Reasons, CodeSharedDocument)
			got := sd.Weight
			if got < tc.min || got > tc.max || v.Action != tc.action {
				t.Errorf("shared_document %.3f, action %s; want %.2f..%.2f, %s\n%v", got, v.Action, tc.min, tc.max, tc.action, v.Links[0].Reasons)
			}
			if !strings.Contains(sd.Text, tc.text) {
				t.Errorf("sentence %q, want it to say %q", sd.Text, tc.text)
			}
			if v.Action == Lock && v.Level != LevelWarn {
				t.Errorf("level %s, want warn: novelty alone", v.Level)
			}
		})
	}
}

// reasonOf is the reason with the code, the zero Reason when absent.
func reasonOf(rs []Reason, code string) Reason {
	for _, r := range rs {
		if r.Code == code {
			return r
		}
	}
	return Reason{}
}

// TestOwnSiteOfDishonestSender: a sender whose name or words deceive gets
// no own-site credit for its own domain; a failed DMARC check alone does
// not take it away (the From domain is then someone else's), nor does a
// brand's name (partners and brands' secondary domains sign so).
func TestOwnSiteOfDishonestSender(t *testing.T) {
	own := func(subject, name, auth string) Input {
		in := newInput()
		in.Subject, in.FromName, in.AuthFail = subject, name, auth
		in.Links[0] = web("https://www.shop-new.example/offer", "www.shop-new.example", "shop-new.example")
		return in
	}
	for _, tc := range []struct {
		name   string
		in     Input
		credit bool
		action Action
	}{
		{"an honest new sender's own site", own("Our spring collection", "Shop New", ""), true, Accept},
		{"disguised words in the subject", own("Your Pаyment is ready", "Shop New", ""), false, Lock}, // Cyrillic а
		{"a name showing another domain", own("Our spring collection", "billing@paypal.com", ""), false, Lock},
		{"a brand's name from a partner's domain", own("Our spring collection", "Google Cloud events", ""), true, Accept},
		{"a failed DMARC check alone", own("Our spring collection", "Shop New", "dmarc"), true, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Links[0].Reasons, CodeSenderOwnDomain)
			if got != tc.credit || v.Action != tc.action {
				t.Errorf("sender_own_domain %v, action %s; want %v, %s\n%v\n%v", got, v.Action, tc.credit, tc.action, v.Reasons, v.Links[0].Reasons)
			}
		})
	}
}
