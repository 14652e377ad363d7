package scoring

import "github.com/firstsight/firstsight/pkg/links"

// estOrg says how established an organisation-wide key is, from 0 (never
// seen) to 1. Outbound use establishes it. Vouched history (mail from a
// sender we wrote to, or a colleague) counts from the first sighting: 0.4
// for one, 1 from 4 days or 3 senders. Repeats by unsolicited strangers
// count only when broad: several days AND several senders (0 for a
// one-sender campaign however long, 1 from 4 days and 4 senders), so an
// attacker's harmless first message does not make the next one familiar.
// It never decreases when any count grows.
func estOrg(s *Stat) float64 {
	return tiered(s, max(ramp(s.Days-1, 3), ramp(s.Senders-1, 2)), min(ramp(s.Days-1, 3), ramp(s.Senders-1, 3)))
}

// estLinkDays is estOrg for link keys of one sender or one recipient, where
// only the number of days counts (a burst on one day establishes nothing).
// Without vouched history it takes longer: nothing before 3 days, 1 from 8
// days, so a short campaign does not vouch for its own links.
func estLinkDays(s *Stat) float64 {
	return tiered(s, ramp(s.Days-1, 3), ramp(s.Days-2, 6))
}

// estDays says how established a sender-side key (an address, a pair) is,
// where only the number of days counts (a burst on one day establishes
// nothing). Outbound contact or vouched history: 0.4 for one sighting, 1
// from 4 days. Unsolicited repeats alone: nothing for one day, 1 from 6
// days, so a campaign's first harmless message does not make the next one
// familiar, while a sender that writes every week still becomes known.
func estDays(s *Stat) float64 {
	return tiered(s, ramp(s.Days-1, 3), ramp(s.Days-1, 5))
}

// estSenderDomain is estDays for a sender domain, which several senders
// also establish (vouched: 1 from 3 senders; unsolicited: from 4).
func estSenderDomain(s *Stat) float64 {
	return tiered(s, max(ramp(s.Days-1, 3), ramp(s.Senders-1, 2)), max(ramp(s.Days-1, 5), ramp(s.Senders-1, 3)))
}

// ramp is n/full clamped to [0, 1] (full > 0).
func ramp(n, full int) float64 {
	switch {
	case n <= 0:
		return 0
	case n >= full:
		return 1
	}
	return float64(n) / float64(full)
}

// orgNovelty: the link domain is new or rare to the whole organisation.
func orgNovelty(w *Weights, domain string, s *Stat) (evid, bool) {
	e := estOrg(s)
	if e >= 1 {
		return evid{}, false
	}
	if !s.Seen() {
		return evid{code: CodeOrgFirstSeen, w: w.OrgNovel, cls: classNovelty, a: domain}, true
	}
	return evid{code: CodeOrgRare, w: w.OrgNovel * (1 - e), cls: classNovelty, a: domain,
		n: [3]int32{int32(s.Messages), int32(s.Days), int32(s.Senders)}}, true
}

// familyNovelty is orgNovelty and hostNovelty of the link, read from the
// history of its family's domain fdom (familyHistory) when that is not
// "", and then named in their sentences: a host below the link's own
// domain that was never linked counts as new under that known domain
// (account.live.com, though microsoft.com was linked), the domain's own
// name does not (aka.ms), as for any link. Both read the same history,
// so more of it never raises their sum.
func familyNovelty(w *Weights, l *links.Link, fdom string, d, host *Stat) (evid, bool, evid, bool) {
	o, ook := orgNovelty(w, l.Domain, d)
	if fdom == "" {
		h, hok := hostNovelty(w, l.Host, l.Domain, d, host)
		return o, ook, h, hok
	}
	if ook {
		o.b = fdom
	}
	if l.Host == l.Domain {
		return o, ook, evid{}, false
	}
	h, hok := hostNovelty(w, l.Host, fdom, d, host)
	return o, ook, h, hok
}

// hostNovelty: the domain is known here but this host under it never was.
// It grows with the domain's establishment (full from 0.4) while org
// novelty shrinks faster, so more history never raises their sum.
func hostNovelty(w *Weights, host, domain string, d, h *Stat) (evid, bool) {
	e := estOrg(d)
	if host == domain || e <= 0 || h.Seen() {
		return evid{}, false
	}
	return evid{code: CodeHostFirstSeen, w: w.HostNovel * min(1, e/0.4), cls: classNovelty, a: host, b: domain}, true
}

// rcptNovelty: this recipient was never (or rarely) sent a link to the domain.
func rcptNovelty(w *Weights, domain, rcpt string, s *Stat) (evid, bool) {
	e := estLinkDays(s)
	if e >= 1 {
		return evid{}, false
	}
	code := CodeRcptFirstSeen
	if s.Seen() {
		code = CodeRcptRare
	}
	return evid{code: code, w: w.RcptNovel * (1 - e), cls: classNovelty, a: domain, b: rcpt,
		n: [3]int32{int32(s.Messages), int32(s.Days), int32(s.Senders)}}, true
}

// senderLinkNovelty: this sender (or, more weakly, its domain) never linked
// to the domain, or on too few days to vouch for it (its text says which).
// The sender domain's history does not count for free mail.
func senderLinkNovelty(w *Weights, domain, sender string, own, dom *Stat, freemail bool) (evid, bool) {
	e := estLinkDays(own)
	if !freemail {
		e = max(e, 0.7*estLinkDays(dom))
	}
	if e >= 1 {
		return evid{}, false
	}
	return evid{code: CodeSenderFirstLink, w: w.SenderLink * (1 - e), cls: classNovelty, a: domain, b: sender,
		n: [3]int32{int32(own.Messages), int32(own.Days), int32(own.Senders)}}, true
}

// sharedDocument: a document, form or page on a sharing platform
// (sharing.txt) whose domain is established here. The platform's history
// says nothing about the document: it is whoever sent it, so the link
// keeps the organisation novelty its domain lost (1 - domainNovel), in the
// measure the sender is new (senderNovel, 0 to 1). More history of either
// never raises the link's risk: this grows by at most what org novelty
// loses, and only while the weight does not exceed org_novel.
// The sentence counts the days the sender was seen (senderDays).
func sharedDocument(w *Weights, host, sender string, domainNovel, senderNovel float64, senderDays int) (evid, bool) {
	x := w.SharedDoc * (1 - domainNovel) * senderNovel
	if x <= 0 {
		return evid{}, false
	}
	return evid{code: CodeSharedDocument, w: x, cls: classNovelty, a: host, b: sender, n: [3]int32{0, int32(senderDays)}}, true
}

// capShared keeps sharedDocument to what the platform's history took from
// the link's organisation novelty, net of the host novelty that history
// added (org, host and shared document together never pass org_novel, the
// weight of a platform never linked here), so more history never raises
// their sum: a platform's first few days would otherwise add host_first_seen
// on top of the novelty shared_document gives back.
func capShared(w *Weights, sd evid, sok bool, o evid, ook bool, hn evid, hok bool) (evid, bool) {
	if !sok {
		return sd, false
	}
	room := w.OrgNovel
	if ook {
		room -= o.w
	}
	if hok {
		room -= hn.w
	}
	sd.w = min(sd.w, room)
	return sd, sd.w > 1e-9
}

// pairNovelty: the sender never wrote to this recipient, or only in mail
// delivered with a warning, all on one day. A lure sent again the same day
// must not pass because its first copy was warned; from a second day on,
// recurring_pair weighs the warned mail instead.
func pairNovelty(w *Weights, sender, rcpt string, pair, warned Stat) (evid, bool) {
	if pair.Seen() || warned.Days >= 2 {
		return evid{}, false
	}
	return evid{code: CodePairFirst, w: w.PairNovel, cls: classNovelty, a: sender, b: rcpt, n: [3]int32{int32(warned.Messages)}}, true
}

// tiered is the rule all the est* functions share: never seen is 0, our
// own outbound use is 1, vouched history starts at 0.4 and grows to 1 with
// the vouched progress, and strangers' repeats count only by their own,
// slower progress. Progress values are in [0, 1].
func tiered(s *Stat, vouched, stranger float64) float64 {
	switch {
	case !s.Seen():
		return 0
	case s.Outbound > 0:
		return 1
	case s.Vouched > 0:
		return 0.4 + 0.6*vouched
	}
	return stranger
}
