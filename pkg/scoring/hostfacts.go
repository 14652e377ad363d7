package scoring

import "github.com/firstsight/firstsight/pkg/links"

// hostFacts is what linkBase reads of a link's host and registrable
// domain alone: the host lists the host is on, its brand family, the
// preview site its domain names and the history of both. Links to one
// site repeat in a message (a newsletter's articles, a notice's buttons),
// so the message keeps the facts of its first maxHostFacts hosts instead
// of walking the lists and reading the history maps again for each link.
type hostFacts struct {
	host, domain string
	hl           hostListMatch // t.matchHostLists(host), before the link's own marks (ipfs, opaqueRedirect)
	fam          string        // t.familyHost(host, domain), when famOK
	famOK        bool
	psite        string // t.previewSite(domain)
	d, hs        Stat   // History.Domains[domain], History.Hosts[host]
	sl, sdl      Stat   // History.SenderLinks[domain], History.SenderDomainLinks[domain]
	sister       bool   // sisterDomain(m.sdom, domain), once sisterDone
	sisterDone   bool
}

// maxHostFacts is how many hosts' facts a message keeps: the facts of
// later hosts are read again for each of their links.
const maxHostFacts = 8

// hostCache holds the facts of the message's first hosts, and those of
// the last host read past them.
type hostCache struct {
	kept [maxHostFacts]hostFacts
	n    int
	last hostFacts
}

// hostFacts returns the facts of the link's host and domain, read once
// for the message's first maxHostFacts hosts. They are the message's:
// the caller copies what it changes.
func (m *message) hostFacts(l *links.Link) *hostFacts {
	c := &m.hosts
	for i := range c.kept[:c.n] {
		if f := &c.kept[i]; f.host == l.Host && f.domain == l.Domain {
			return f
		}
	}
	f := &c.last
	if c.n < len(c.kept) {
		f, c.n = &c.kept[c.n], c.n+1
	}
	h := &m.in.History
	*f = hostFacts{host: l.Host, domain: l.Domain, hl: m.t.matchHostLists(l.Host), psite: m.t.previewSite(l.Domain),
		d: h.Domains[l.Domain], hs: h.Hosts[l.Host], sl: h.SenderLinks[l.Domain], sdl: h.SenderDomainLinks[l.Domain]}
	f.fam, f.famOK = m.t.familyHost(l.Host, l.Domain)
	return f
}

// sisterSite is sisterDomain of the sender's domain and the domain of hf,
// asked once per host.
func (m *message) sisterSite(hf *hostFacts) bool {
	if !hf.sisterDone {
		hf.sister, hf.sisterDone = sisterDomain(m.sdom, hf.domain), true
	}
	return hf.sister
}
