package scoring

// estOrg says how established an organisation-wide key is, from 0 (never
// seen) to 1: outbound use establishes it, and so do several days or several
// senders (0.4 for one sighting, 1 from 4 days or 3 senders). A burst on a
// single day from one sender stays at 0.4, so a harmless first message does
// not make the next one familiar. It never decreases when any count grows.
func estOrg(s Stat) float64 {
	if !s.Seen() {
		return 0
	}
	if s.Outbound > 0 {
		return 1
	}
	return 0.4 + 0.6*max(ramp(s.Days-1, 3), ramp(s.Senders-1, 2))
}

// estDays is estOrg for keys of one sender or one recipient, where only the
// number of days counts (a burst on one day establishes nothing).
func estDays(s Stat) float64 {
	if !s.Seen() {
		return 0
	}
	if s.Outbound > 0 {
		return 1
	}
	return 0.4 + 0.6*ramp(s.Days-1, 3)
}

// ramp is n/full clamped to [0, 1].
func ramp(n, full int) float64 {
	return min(1, max(0, float64(n)/float64(full)))
}

// orgNovelty: the link domain is new or rare to the whole organisation.
func orgNovelty(w Weights, domain string, s Stat) (evid, bool) {
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

// hostNovelty: the domain is known here but this host under it never was.
func hostNovelty(w Weights, host, domain string, d, h Stat) (evid, bool) {
	if host == domain || !d.Seen() || h.Seen() {
		return evid{}, false
	}
	return evid{code: CodeHostFirstSeen, w: w.HostNovel, cls: classNovelty, a: host, b: domain}, true
}

// rcptNovelty: this recipient was never (or rarely) sent a link to the domain.
func rcptNovelty(w Weights, domain, rcpt string, s Stat) (evid, bool) {
	e := estDays(s)
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
// to the domain. The sender domain's history does not count for free mail.
func senderLinkNovelty(w Weights, domain, sender string, own, dom Stat, freemail bool) (evid, bool) {
	e := estDays(own)
	if !freemail {
		e = max(e, 0.7*estDays(dom))
	}
	if e >= 1 {
		return evid{}, false
	}
	return evid{code: CodeSenderFirstLink, w: w.SenderLink * (1 - e), cls: classNovelty, a: domain, b: sender}, true
}

// pairNovelty: the sender never wrote to this recipient.
func pairNovelty(w Weights, sender, rcpt string, pair Stat) (evid, bool) {
	if pair.Seen() {
		return evid{}, false
	}
	return evid{code: CodePairFirst, w: w.PairNovel, cls: classNovelty, a: sender, b: rcpt}, true
}
