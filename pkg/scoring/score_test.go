package scoring

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestScoreBasics(t *testing.T) {
	phish := newInput()
	phish.FromName = "PayPal Service"
	phish.Subject = "Your account has been suspended"
	l := web("https://paypa1.com/signin", "paypa1.com", "paypa1.com")
	l.Display, l.DisplayHost = "https://www.paypal.com/", "www.paypal.com"
	l.Context = "Please sign in and verify your account within 24 hours"
	phish.Links = []links.Link{l}

	for _, tc := range []struct {
		name      string
		in        Input
		action    Action
		level     Level
		minScore  float64
		maxScore  float64
		wantCodes []string
	}{
		{name: "known", in: knownInput(), action: Accept, minScore: -5, maxScore: 0.01},
		{name: "all new, nothing else", in: newInput(), action: Lock, level: LevelWarn, minScore: 1.0, maxScore: 1.5,
			wantCodes: []string{CodeOrgFirstSeen, CodeSenderFirst, CodeSenderDomFirst}},
		{name: "phish", in: phish, action: Quarantine, level: LevelHard, minScore: 2.6,
			wantCodes: []string{CodeLookalike, CodeDisplayMismatch, CodeIntentCredentials, CodeBrandName}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if v.Action != tc.action || v.Level != tc.level {
				t.Errorf("Score() = %s/%s, want %s/%s; %v", v.Action, v.Level, tc.action, tc.level, v.Reasons)
			}
			if v.Score < tc.minScore || tc.maxScore != 0 && v.Score > tc.maxScore {
				t.Errorf("Score().Score = %v, want in [%v, %v]", v.Score, tc.minScore, tc.maxScore)
			}
			if len(v.Links) != len(tc.in.Links) {
				t.Fatalf("got %d link decisions, want %d", len(v.Links), len(tc.in.Links))
			}
			for _, c := range tc.wantCodes {
				if !hasReason(v.Links[0].Reasons, c) {
					t.Errorf("link reasons lack %s: %v", c, v.Links[0].Reasons)
				}
			}
		})
	}
}

// TestOwnDomainCountedOnce: a first contact linking its own site is judged
// on the sender's novelty alone (the site is as new as the sender's domain),
// while the same sender linking an unrelated new domain is locked at warn.
func TestOwnDomainCountedOnce(t *testing.T) {
	p := testPolicy()
	own := newInput()
	own.Links = []links.Link{web("https://www.shop-new.example/spring", "www.shop-new.example", "shop-new.example")}
	v := Score(p, own)
	if v.Action != Accept || v.Links[0].Lock {
		t.Errorf("own site: action %s, lock %v, want accept and no lock", v.Action, v.Links[0].Lock)
	}
	for _, r := range v.Links[0].Reasons {
		switch r.Code {
		case CodeOrgFirstSeen, CodeRcptFirstSeen, CodeSenderFirstLink, CodeHostFirstSeen:
			t.Errorf("own site: link novelty %s counted", r.Code)
		}
	}
	other := Score(p, newInput())
	if other.Action != Lock || other.Links[0].Level != LevelWarn {
		t.Errorf("unrelated new domain: action %s level %s, want lock at warn", other.Action, other.Links[0].Level)
	}
	if other.Score <= v.Score {
		t.Errorf("unrelated new domain scored %v, not above own site %v", other.Score, v.Score)
	}
}

func TestSisterDomain(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"brand and brand-mail", "brand.example", "brand-mail.example", true},
		{"other order", "brandnews.test", "brand.example", true},
		{"contained long label", "acmecorp.example", "acmecorp-news.test", true},
		{"short label", "abc.example", "abc-mail.example", false},
		{"same domain", "brand.example", "brand.example", false},
		{"unrelated", "brand.example", "landing.example", false},
		{"shared hyphen token", "brandnews.example", "brand-mail.example", true},
		{"short shared token", "my-shop.example", "myshop-deals.example", false},
		{"empty", "", "brand.example", false},
	} {
		if got := sisterDomain(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: sisterDomain(%q, %q) = %v, want %v", tc.name, tc.a, tc.b, got, tc.want)
		}
	}
}

// A sister domain shares the sender's novelty only once the sender domain
// has history; a brand-new sender pairing two fresh names gets no pass.
func TestSisterSiteNeedsSenderHistory(t *testing.T) {
	p := testPolicy()
	in := newInput()
	in.FromAddr, in.MailFrom = "news@brandnews.example", "news@brandnews.example"
	in.Links = []links.Link{web("https://www.brand-mail.example/a", "www.brand-mail.example", "brand-mail.example")}
	fresh := Score(p, in)
	if !hasReason(fresh.Links[0].Reasons, CodeOrgFirstSeen) {
		t.Errorf("new sender domain: sister link carries no org novelty: %v", fresh.Links[0].Reasons)
	}
	in.History.SenderDomain = Stat{Messages: 3, Days: 3, Senders: 1}
	seen := Score(p, in)
	if hasReason(seen.Links[0].Reasons, CodeOrgFirstSeen) || seen.Links[0].Lock {
		t.Errorf("known sender domain: sister link still novel or locked: %v", seen.Links[0].Reasons)
	}
}

// A brand-new domain that mails and hosts its own prize lure is not
// excused as "its own site"; an older sender domain, or no lure, is.
func TestOwnSiteLureOnNewDomain(t *testing.T) {
	p := testPolicy()
	lure := func(seen bool, ctx string) Verdict {
		in := newInput()
		l := web("https://www.shop-new.example/x", "www.shop-new.example", "shop-new.example")
		l.Display, l.Context = "Click here", ctx
		in.Links = []links.Link{l}
		if seen {
			in.History.SenderDomain = Stat{Messages: 2, Days: 2, Senders: 1}
		}
		return Score(p, in)
	}
	for _, tc := range []struct {
		name      string
		seen      bool
		ctx       string
		ownCredit bool
	}{
		{"new domain, prize lure", false, "Congratulations, you have won a prize! Claim your reward now", false},
		{"new domain, no lure", false, "Our spring collection is here", true},
		{"known domain, prize lure", true, "Congratulations, you have won a prize! Claim your reward now", true},
	} {
		v := lure(tc.seen, tc.ctx)
		if got := hasReason(v.Links[0].Reasons, CodeSenderOwnDomain); got != tc.ownCredit {
			t.Errorf("%s: sender_own_domain %v, want %v (%v)", tc.name, got, tc.ownCredit, v.Links[0].Reasons)
		}
		if got := !hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.ownCredit {
			t.Errorf("%s: novelty exempt %v, want %v", tc.name, got, tc.ownCredit)
		}
	}
}

// Links into our own domains are never locked, whatever else the message
// carries; a lookalike of them is.
func TestOrgDomainLinkNeverLocked(t *testing.T) {
	p := testPolicy()
	in := newInput()
	in.FromName = "IT Helpdesk"
	own := web("https://portal.corp.example/login", "portal.corp.example", "corp.example")
	own.Display, own.Context = "Verify your password", "Your password expires today. Sign in to verify your password"
	fake := web("https://portal.c0rp.example/login", "portal.c0rp.example", "c0rp.example")
	fake.Display, fake.Context = own.Display, own.Context
	in.Links = []links.Link{own, fake}
	v := Score(p, in)
	if v.Links[0].Lock {
		t.Errorf("own-domain link locked: %+v", v.Links[0])
	}
	if !v.Links[1].Lock {
		t.Errorf("lookalike of the own domain not locked: %+v", v.Links[1])
	}
}

// A link domain the sender's own domain linked before carries no org-wide
// novelty of its own (the actor's novelty is counted once, as sender
// novelty); free mail domains are shared, so there it still counts.
func TestSenderDomainsLinkCountedOnce(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, from string
		before     bool
		wantOrg    bool
	}{
		{"never linked by the sender domain", "news@shop-new.example", false, true},
		{"linked before by the sender domain", "news@shop-new.example", true, false},
		{"free mail domain linked it before", "someone@gmail.com", true, true},
	} {
		in := newInput()
		in.FromAddr, in.MailFrom = tc.from, tc.from
		in.History.Domains = map[string]Stat{"landing-new.example": {Messages: 1, Days: 1, Senders: 1}}
		if tc.before {
			in.History.SenderDomainLinks = map[string]Stat{"landing-new.example": {Messages: 1, Days: 1}}
		}
		v := Score(p, in)
		if got := hasReason(v.Links[0].Reasons, CodeOrgRare); got != tc.wantOrg {
			t.Errorf("%s: org_rare %v, want %v (%v)", tc.name, got, tc.wantOrg, v.Links[0].Reasons)
		}
		if !hasReason(v.Reasons, CodeSenderFirst) && !hasReason(v.Links[0].Reasons, CodeSenderFirst) {
			t.Errorf("%s: sender novelty gone: %v", tc.name, v.Reasons)
		}
	}
}

// An anchor showing the sender's own site through another host (a mailing
// service's click tracker, with its opaque token) is half a display
// mismatch; a full one when the sender domain is free mail, a shipped brand
// or our own (TestDisplayOfOwnSiteShapes has the link shapes).
func TestDisplayOfOwnSite(t *testing.T) {
	full := DefaultWeights().DisplayMismatch
	for _, tc := range []struct {
		name, from, shown string
		want              float64
	}{
		{"newsletter via tracker", "news@shop-new.example", "www.shop-new.example", full / 2},
		{"subdomain of the sender's site", "news@mail.shop-new.example", "shop-new.example", full / 2},
		{"another site shown", "news@shop-new.example", "www.other-shop.example", full},
		{"shipped brand sender", "service@paypal.com", "www.paypal.com", full},
		{"free-mail sender", "someone@gmail.com", "gmail.com", full},
		{"internal sender", "it@corp.example", "portal.corp.example", full},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr = tc.from, tc.from
		l := web("https://shopnew.us5.tracker.example/track/click?u=2b5f8a41c3e6d7f90a1b2c3d4&id=9a3f0c12de", "shopnew.us5.tracker.example", "tracker.example")
		l.Display, l.DisplayHost = tc.shown, tc.shown
		in.Links = []links.Link{l}
		v := Score(testPolicy(), in)
		got := 0.0
		for _, r := range v.Links[0].Reasons {
			if r.Code == CodeDisplayMismatch {
				got = r.Weight
			}
		}
		if got != tc.want {
			t.Errorf("%s: display_mismatch weight %v, want %v", tc.name, got, tc.want)
		}
		if tc.want < full && v.Links[0].Level != LevelWarn {
			t.Errorf("%s: level %s, want warn (half a mismatch and novelty)", tc.name, v.Links[0].Level)
		}
	}
}

// A sender's own site reached through a search engine's open redirect
// (Bing /ck/a, Google AMP) earns no own-site credit: the redirect is how
// phishing shows a trusted host, not how anyone links their own pages.
func TestOwnSiteThroughSearchRedirect(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name      string
		domain    string
		flags     links.Flag
		ownCredit bool
	}{
		{"own site, direct", "brandnews.example", 0, true},
		{"own site, through bing", "brandnews.example", links.FlagOpenRedirect, false},
		{"sister site, direct", "brand-mail.example", 0, true},
		{"sister site, through google amp", "brand-mail.example", links.FlagOpenRedirect, false},
	} {
		in := newInput()
		in.FromAddr, in.MailFrom = "news@brandnews.example", "news@brandnews.example"
		in.History.SenderDomain = Stat{Messages: 2, Days: 2, Senders: 1}
		l := web("https://www."+tc.domain+"/x", "www."+tc.domain, tc.domain)
		l.Flags = tc.flags
		in.Links = []links.Link{l}
		v := Score(p, in)
		if got := !hasReason(v.Links[0].Reasons, CodeOrgFirstSeen); got != tc.ownCredit {
			t.Errorf("%s: novelty exempt %v, want %v (%v)", tc.name, got, tc.ownCredit, v.Links[0].Reasons)
		}
		if v.Links[0].Lock == tc.ownCredit {
			t.Errorf("%s: lock %v, want %v (%v)", tc.name, v.Links[0].Lock, !tc.ownCredit, v.Links[0].Reasons)
		}
	}
}

// TestKeptEvidence: each link's evidence, built in place in the message's
// chunk (room, keep), is what linkBase gives that link in a message of its
// own, after every other link's was built, and is capped, so no link's
// evidence overwrites another's; on the golden and benchmark inputs and a
// message whose links outgrow a chunk's room.
func TestKeptEvidence(t *testing.T) {
	ins := goldenInputs(t)
	many := newInput()
	for i := range 3 * evidRoom {
		many.Links = append(many.Links, many.Links[0])
		many.Links[len(many.Links)-1].Context = fmt.Sprint("sign in to verify your account and pay the invoice ", i)
	}
	ins["many"] = many
	for name, in := range ins {
		p := testPolicy().withDefaults()
		m := newMessage(p, &in)
		for i := range m.links {
			got := m.links[i].ev
			one := newMessage(p, &in)
			var b linkBase
			one.linkBase(&b, &in.Links[i], one.textURL(i))
			want := b.ev
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, link %d: kept evidence\n%v\nwant\n%v", name, i, got, want)
			}
			if cap(got) != len(got) {
				t.Errorf("%s, link %d: %d pieces of evidence, capacity %d", name, i, len(got), cap(got))
			}
		}
	}
}

// TestRcptEvalRoom: relationship adds at most four pieces of sender
// evidence, the room newRcptEvals leaves after the message's, so msgEv
// never moves; on the golden and benchmark inputs, for every recipient.
func TestRcptEvalRoom(t *testing.T) {
	for name, in := range goldenInputs(t) {
		m := newMessage(testPolicy().withDefaults(), &in)
		for _, rc := range append(in.Recipients, "") {
			r := m.evalRecipient(rc, nil)
			if added := len(r.msgEv) - len(m.sendEv); added > 4 || cap(r.msgEv) != len(m.sendEv)+4 {
				t.Errorf("%s, %q: relationship added %d, msgEv capacity %d for %d of the message's", name, rc, added, cap(r.msgEv), len(m.sendEv))
			}
		}
	}
}

// TestTwinsRcptNovelty: a link that takes its recipient novelty from its
// twin (twins) gets the very evidence it would from the recipient's
// history, for every recipient of the golden and benchmark inputs; and
// the benchmark input's repeated domains do have twins.
func TestTwinsRcptNovelty(t *testing.T) {
	ins := goldenInputs(t)
	fam := benchInput()
	for i := range fam.Links[:4] {
		fam.Links[i] = web("https://teams.microsoft.com/l/"+fmt.Sprint(i), "teams.microsoft.com", "microsoft.com")
	}
	rh := fam.History.Recipients["user1@corp.example"]
	rh.FamilyLinks = map[string]Stat{"live.com": est()}
	fam.History.Recipients["user1@corp.example"] = rh
	ins["family"] = fam
	twinned := 0
	for name, in := range ins {
		p := testPolicy().withDefaults()
		m := newMessage(p, &in)
		alone := newMessage(p, &in)
		for i := range alone.links {
			if alone.links[i].twin > 0 {
				twinned++
			}
			alone.links[i].twin = 0
		}
		for _, rc := range append(in.Recipients, "") {
			got, want := m.evalRecipient(rc, nil), alone.evalRecipient(rc, nil)
			for i := range got.links {
				if !reflect.DeepEqual(got.links[i].ev, want.links[i].ev) {
					t.Errorf("%s, %q, link %d: evidence with its twin\n%v\nwithout\n%v", name, rc, i, got.links[i].ev, want.links[i].ev)
				}
			}
		}
	}
	if twinned == 0 {
		t.Error("no link had a twin")
	}
}
