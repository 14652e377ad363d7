package scoring

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// genLink draws a link from pools of benign and risky shapes.
func genLink(r *rand.Rand) links.Link {
	hosts := [][2]string{
		{"www.partner.example", "partner.example"}, {"docs.partner.example", "partner.example"},
		{"paypa1.com", "paypa1.com"}, {"bit.ly", "bit.ly"}, {"evil.web.app", "evil.web.app"},
		{"login.verify.top", "verify.top"}, {"corp.example.secure.top", "secure.top"},
		{"intranet.corp.example", "corp.example"}, {"news.vendor.example", "vendor.example"},
		{"rnicrosoft.com", "rnicrosoft.com"}, {"shop-new.example", "shop-new.example"},
		{"docs.google.com", "google.com"},                                                        // a sharing platform (shared_document)
		{"aka.ms", "aka.ms"}, {"account.live.com", "live.com"}, {"storage.live.com", "live.com"}, // a brand family's (families.txt)
		{"deploy-preview-7--corp-docs.netlify.app", "deploy-preview-7--corp-docs.netlify.app"}, // a preview deployment's (previewSite)
		{"corp-web-git-fix-corp.vercel.app", "corp-web-git-fix-corp.vercel.app"},
	}
	contexts := []string{"", "see you tomorrow", "sign in to verify your account", "pay the overdue invoice",
		"view document shared with you", "your device was hacked, pay within 24 hours",
		"news from our Partner and our Vendor"} // names two sites (named_site)
	h := hosts[r.IntN(len(hosts))]
	l := web("https://"+h[0]+"/p", h[0], h[1])
	l.Context = contexts[r.IntN(len(contexts))]
	l.Flags = links.Flag(r.Uint32()) & (links.FlagUserinfo | links.FlagIPLiteral | links.FlagPunycode | links.FlagDisplayMismatch)
	if r.IntN(4) == 0 {
		l.DisplayHost = hosts[r.IntN(len(hosts))][0]
	}
	kinds := []links.Kind{links.KindHref, links.KindText, links.KindForm, links.KindImage}
	l.Kind = kinds[r.IntN(len(kinds))]
	l.Clickable = l.Kind != links.KindImage
	return l
}

func genStat(r *rand.Rand) Stat {
	if r.IntN(3) == 0 {
		return Stat{}
	}
	s := Stat{Messages: 1 + r.IntN(20), Days: 1 + r.IntN(6), Senders: 1 + r.IntN(3)}
	if r.IntN(5) == 0 {
		s.Outbound = 1
	}
	return s
}

// genListStat is genStat for a list record, whose span of days counts
// (IsKnownList): first seen up to 30 days before the last.
func genListStat(r *rand.Rand) Stat {
	s := genStat(r)
	if s.Seen() {
		s.LastSeen = now
		s.FirstSeen = now.AddDate(0, 0, -r.IntN(31))
	}
	return s
}

// growList is grow for a list record, which may also reach further back.
func growList(r *rand.Rand, s Stat) Stat {
	if r.IntN(3) == 0 {
		if !s.Seen() {
			s.LastSeen, s.FirstSeen = now, now
		}
		s.FirstSeen = s.FirstSeen.AddDate(0, 0, -7)
	}
	return grow(r, s)
}

func genInput(r *rand.Rand) Input {
	in := newInput()
	in.FromName = []string{"", "PayPal", "Jane Roe", "Shop", "Vendor News", "Shop New"}[r.IntN(6)] // "Shop New" spells shop-new.example
	in.Subject = []string{"Our spring collection", "Partner update", "Rnicrosoft account"}[r.IntN(3)]
	in.Recipients = []string{"bob@corp.example", "carol@corp.example"}[:1+r.IntN(2)]
	if r.IntN(4) == 0 { // a brand family's sender (familySite)
		in.FromAddr = "account-security-noreply@accountprotection.microsoft.com"
	}
	n := 1 + r.IntN(4)
	for range n {
		in.Links = append(in.Links, genLink(r))
	}
	in.Links = in.Links[1:]
	if r.IntN(3) == 0 { // many pages of one site (site_pages)
		l := genLink(r)
		for i := range minSitePages + r.IntN(3) {
			l.URL = "https://" + l.Host + "/page" + strconv.Itoa(i)
			in.Links = append(in.Links, l)
		}
	}
	in.History = History{
		Sender: genStat(r), SenderDomain: genStat(r), SenderName: genStat(r), SenderNameOrg: genStat(r),
		ListAuthorName: genStat(r), ListAuthorNameSender: genStat(r),
		Domains: map[string]Stat{}, Hosts: map[string]Stat{}, SenderLinks: map[string]Stat{},
		SenderDomainLinks: map[string]Stat{}, Recipients: map[string]RecipientHistory{},
		FamilyDomains: map[string]Stat{"microsoft.com": genStat(r), "live.com": genStat(r), "aka.ms": genStat(r)},
	}
	if r.IntN(4) == 0 { // a note service's invoice answering to free mail (note_payment_reply)
		in.FromAddr, in.ReplyTo, in.Subject = "service@paypal.com", "billing.desk@gmail.com", "You've got a new invoice"
		in.History.ReplyAddr = genStat(r)
	}
	if r.IntN(4) == 0 { // a list's post the list did not deliver, from its author's mailbox (listBypassShadow)
		in.List, in.ListAuthor, in.ListBypass, in.History.Author = true, "jane.roe.home@gmail.com", "jane.roe.home@gmail.com", genStat(r)
		in.History.ListSent = est()
		in.Lead = "Could you pick up four $200 gift cards today? Send me photos of the codes."
	}
	if r.IntN(2) == 0 { // To or Cc addresses asked about as a mailing list's (known_list)
		in.History.Lists = map[string]Stat{"dev@lists.proj.example": genListStat(r), "ann@univ.example": genListStat(r)}
	}
	for _, l := range in.Links {
		in.History.Domains[l.Domain] = genStat(r)
		in.History.Hosts[l.Host] = genStat(r)
		in.History.SenderLinks[l.Domain] = genStat(r)
		if r.IntN(4) == 0 {
			in.History.SenderDomainLinks[l.Domain] = genStat(r)
		}
		if k := data().previewSite(l.Domain); k != "" { // its site's history, as the glue looks it up
			in.History.Domains[k], in.History.SenderLinks[k] = genStat(r), genStat(r)
			if r.IntN(4) == 0 {
				in.History.SenderDomainLinks[k] = genStat(r)
			}
		}
	}
	for _, rc := range in.Recipients {
		in.History.Recipients[rc] = RecipientHistory{Recipient: genStat(r), Pair: genStat(r), Warned: genStat(r),
			Links: map[string]Stat{}, Known: []string{"partner.example", "microsoft.com", "netlify.app/corp-docs"},
			FamilyLinks: map[string]Stat{"microsoft.com": genStat(r), "live.com": genStat(r)}}
		for _, l := range in.Links {
			if k := data().previewSite(l.Domain); k != "" {
				in.History.Recipients[rc].Links[k] = genStat(r)
			}
		}
	}
	return in
}

// siteOf is the key of the site link l is a preview of, or its own
// domain when it is none (previewSite).
func siteOf(l links.Link) string {
	if k := data().previewSite(l.Domain); k != "" {
		return k
	}
	return l.Domain
}

// grow adds history: more messages, days, senders or outbound sightings.
func grow(r *rand.Rand, s Stat) Stat {
	switch r.IntN(4) {
	case 0:
		s.Messages++
	case 1:
		s.Days++
		s.Messages++
	case 2:
		s.Senders++
		s.Messages++
	case 3:
		s.Outbound++
	}
	return s
}

// addHistory grows one random Stat of the input. SenderName and Known are
// left alone, and genInput sets no Reply-To: a known display name on a new
// address (shadow identity), a near miss of a domain in the recipient's
// history or a new domain carrying its name as a word
// (partner_name_domain), and a correspondent's replies diverted elsewhere (reply_to_*) are
// risks that history creates; genInput's only Reply-To is a note service's
// at free mail, which no reply_to_* code reads (note_payment_reply's
// Reply-To address only loses risk with history).
func addHistory(r *rand.Rand, in Input) Input {
	h := in.History
	h.Domains, h.Hosts, h.SenderLinks = clone(h.Domains), clone(h.Hosts), clone(h.SenderLinks)
	h.SenderDomainLinks, h.FamilyDomains = clone(h.SenderDomainLinks), clone(h.FamilyDomains)
	h.Lists = clone(h.Lists)
	h.Recipients = map[string]RecipientHistory{}
	for k, v := range in.History.Recipients {
		v.Links, v.FamilyLinks = clone(v.Links), clone(v.FamilyLinks)
		h.Recipients[k] = v
	}
	l := in.Links[r.IntN(len(in.Links))]
	rc := in.Recipients[r.IntN(len(in.Recipients))]
	rh := h.Recipients[rc]
	switch r.IntN(21) {
	case 0:
		h.Sender = grow(r, h.Sender)
	case 1:
		h.SenderDomain = grow(r, h.SenderDomain)
	case 2:
		h.Domains[l.Domain] = grow(r, h.Domains[l.Domain])
	case 3:
		h.Hosts[l.Host] = grow(r, h.Hosts[l.Host])
	case 4:
		h.SenderLinks[l.Domain] = grow(r, h.SenderLinks[l.Domain])
	case 5:
		rh.Pair = grow(r, rh.Pair)
	case 6:
		rh.Links[l.Domain] = grow(r, rh.Links[l.Domain])
	case 7:
		rh.Recipient = grow(r, rh.Recipient)
	case 8:
		h.SenderDomainLinks[l.Domain] = grow(r, h.SenderDomainLinks[l.Domain])
	case 9:
		rh.Warned = grow(r, rh.Warned)
	case 10:
		h.SenderNameOrg = grow(r, h.SenderNameOrg)
	case 11:
		f := []string{"microsoft.com", "live.com", "aka.ms"}[r.IntN(3)]
		h.FamilyDomains[f] = grow(r, h.FamilyDomains[f])
	case 12:
		f := []string{"microsoft.com", "live.com", "aka.ms"}[r.IntN(3)]
		rh.FamilyLinks[f] = grow(r, rh.FamilyLinks[f])
	case 13:
		a := []string{"dev@lists.proj.example", "ann@univ.example"}[r.IntN(2)]
		h.Lists[a] = growList(r, h.Lists[a])
	case 14:
		h.ReplyAddr = grow(r, h.ReplyAddr)
	case 15: // a preview's site (previewSite), as the link domains
		h.Domains[siteOf(l)] = grow(r, h.Domains[siteOf(l)])
	case 16:
		h.SenderLinks[siteOf(l)] = grow(r, h.SenderLinks[siteOf(l)])
	case 17:
		rh.Links[siteOf(l)] = grow(r, rh.Links[siteOf(l)])
	case 18:
		h.SenderDomainLinks[siteOf(l)] = grow(r, h.SenderDomainLinks[siteOf(l)])
	case 19: // the name on list posts by the sender itself (not ListAuthorName: a member's name is risk history creates)
		h.ListAuthorNameSender = grow(r, h.ListAuthorNameSender)
	case 20: // the author's own address of a post its list did not deliver
		h.Author = grow(r, h.Author)
	}
	h.Recipients[rc] = rh
	in.History = h
	return in
}

func clone(m map[string]Stat) map[string]Stat {
	out := make(map[string]Stat, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// TestPropertyHistoryNeverRaisesRisk: adding history never makes a link (or
// the message) riskier, for every recipient. Seeds 42 and 43 found a
// sharing platform's first days adding host_first_seen on top of what
// shared_document gave back (capShared).
func TestPropertyHistoryNeverRaisesRisk(t *testing.T) {
	for _, seed := range []uint64{1, 42, 43} {
		historyNeverRaisesRisk(t, rand.New(rand.NewPCG(seed, 2)))
	}
}

func historyNeverRaisesRisk(t *testing.T, r *rand.Rand) {
	t.Helper()
	p := testPolicy()
	for i := range 3000 {
		in := genInput(r)
		more := addHistory(r, in)
		for _, rc := range in.Recipients {
			a, b := in, more
			a.Recipients, b.Recipients = []string{rc}, []string{rc}
			va, vb := Score(p, a), Score(p, b)
			if vb.Score > va.Score+1e-9 {
				t.Fatalf("case %d: message score rose from %v to %v with more history", i, va.Score, vb.Score)
			}
			for j := range va.Links {
				if vb.Links[j].Score > va.Links[j].Score+1e-9 || levelRank(vb.Links[j].Level) > levelRank(va.Links[j].Level) {
					t.Fatalf("case %d link %d (%s): %v/%s became %v/%s with more history\nbefore %v\nafter %v", i, j,
						in.Links[j].Host, va.Links[j].Score, va.Links[j].Level, vb.Links[j].Score, vb.Links[j].Level,
						va.Links[j].Reasons, vb.Links[j].Reasons)
				}
			}
		}
	}
}

// TestPropertyAllowlistedNeverLocked: an allowlisted domain is never locked,
// whatever else the message carries.
func TestPropertyAllowlistedNeverLocked(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	p := testPolicy()
	for i := range 3000 {
		in := genInput(r)
		d := in.Links[r.IntN(len(in.Links))].Domain
		a := Allow{Domain: d}
		if r.IntN(2) == 0 {
			a.Recipient = in.Recipients[0]
			in.Recipients = in.Recipients[:1]
		}
		in.Allow = []Allow{a}
		v := Score(p, in)
		for j, l := range in.Links {
			if l.Domain == d && v.Links[j].Lock {
				t.Fatalf("case %d: allowlisted %s locked: %v", i, d, v.Links[j].Reasons)
			}
		}
	}
}

// TestPropertyShape: one decision per link, non-clickable links never
// locked, levels only on locks, and Score is deterministic.
func TestPropertyShape(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	p := testPolicy()
	for i := range 2000 {
		in := genInput(r)
		v := Score(p, in)
		if len(v.Links) != len(in.Links) {
			t.Fatalf("case %d: %d decisions for %d links", i, len(v.Links), len(in.Links))
		}
		for j, d := range v.Links {
			if (!in.Links[j].Clickable && d.Lock) || d.Lock != (d.Level != LevelNone) {
				t.Fatalf("case %d link %d: lock=%v level=%q clickable=%v", i, j, d.Lock, d.Level, in.Links[j].Clickable)
			}
		}
		if w := Score(p, in); w.Score != v.Score || w.Action != v.Action {
			t.Fatalf("case %d: Score is not deterministic", i)
		}
	}
}
