package scoring

import (
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// minSitePages is how many different pages of one domain a message must
// link before that domain reads as a publisher's own site.
const minSitePages = 5

// domainPages is how many different pages of one domain a message links.
type domainPages struct {
	domain string
	n      int
}

// page is one judged web link: its registrable domain, host and pagePath.
type page struct{ domain, host, path string }

// sitePages counts, for each registrable domain, the different pages
// (host and path; the query and fragment left out) that the message's
// judged web links open, sorted by domain. A newsletter links many pages of
// its site, one per story or product; a lure leads to one landing page,
// however often it is linked, and per-recipient tracking usually lives in
// the query (trackers that put a token per link in the path make every
// link a page: a known gap, as is a kit that links made-up pages). It
// returns nil when the message has too few links for any domain to count.
func sitePages(ls []links.Link) []domainPages {
	if len(ls) < minSitePages {
		return nil
	}
	ps := make([]page, 0, len(ls))
	for i := range ls {
		l := &ls[i]
		if skipCode(l) == "" && (l.Scheme == "http" || l.Scheme == "https") && l.Domain != "" {
			ps = append(ps, page{l.Domain, l.Host, pagePath(l.URL, l.Scheme)})
		}
	}
	slices.SortFunc(ps, comparePages)
	var out []domainPages
	for i, p := range slices.Compact(ps) {
		if i > 0 && out[len(out)-1].domain == p.domain {
			out[len(out)-1].n++
		} else {
			out = append(out, domainPages{p.domain, 1})
		}
	}
	return out
}

// comparePages orders pages by domain, host and path, comparing the host
// and path only when the domains, then the hosts, are equal.
func comparePages(a, b page) int {
	if c := strings.Compare(a.domain, b.domain); c != 0 {
		return c
	}
	if c := strings.Compare(a.host, b.host); c != 0 {
		return c
	}
	return strings.Compare(a.path, b.path)
}

// sitePages is the domain's count in sitePages(links), or 0 when that is
// below minSitePages (which sitePagesContext ignores) or the domain is a
// tenant's under a private suffix (many owners' sites). Only links with
// novelty ask, and most new domains are linked fewer than minSitePages
// times, which counting the links answers; the pages are counted, once per
// message, when a domain is linked that often or after maxPageAsks asks.
func (m *message) sitePages(domain string) int {
	if !m.pagesDone {
		m.pageAsks++
		if m.pageAsks <= maxPageAsks && linksTo(m.in.Links, domain) < minSitePages {
			return 0
		}
		m.pages, m.pagesDone = sitePages(m.in.Links), true
	}
	if n := pagesOf(m.pages, domain); n >= minSitePages && !m.tenant(domain) {
		return n
	}
	return 0
}

// maxPageAsks bounds the link counts sitePages makes before it counts all
// pages at once (a message of many links to many new domains).
const maxPageAsks = 8

// linksTo counts the links into the domain (at least its pages).
func linksTo(ls []links.Link, domain string) int {
	n := 0
	for i := range ls {
		if ls[i].Domain == domain {
			n++
		}
	}
	return n
}

// pagesOf finds the domain's count in sitePages' answer (0 if absent).
func pagesOf(dp []domainPages, domain string) int {
	i, ok := slices.BinarySearchFunc(dp, domain, func(d domainPages, s string) int { return strings.Compare(d.domain, s) })
	if !ok {
		return 0
	}
	return dp[i].n
}

// pagePath is the path of an absolute URL of the given scheme without its
// query, fragment and trailing slashes ("" for the root).
func pagePath(u, scheme string) string {
	rest, ok := strings.CutPrefix(u, scheme+"://")
	if !ok {
		i := strings.Index(u, "://")
		if i < 0 {
			return ""
		}
		rest = u[i+3:]
	}
	start := -1
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '/':
			if start < 0 {
				start = i
			}
		case '?', '#':
			if start < 0 {
				return ""
			}
			return strings.TrimRight(rest[start:i], "/")
		}
	}
	if start < 0 {
		return ""
	}
	return strings.TrimRight(rest[start:], "/")
}

// sitePagesContext: the message links several different pages of the
// link's domain, as a site's own newsletter does. It offsets at most the
// link's own novelty (novel: the novelty evidence so far, never form,
// lookalike or intent evidence), so it never lets more history raise the
// link's score. Not for shared hosts (shorteners, free hosting, shared
// platforms: hl.shared; tenants' domains under a private public suffix),
// where many pages belong to many owners, nor for IP literals, which are no site's
// name, nor when the sender writes from a free mail account (free): a
// site's newsletter comes from its own or its mailing service's domain.
// hl is the link host's matchHostLists. The pages are counted (count) only
// when nothing else rules it out.
func sitePagesContext(w *Weights, l *links.Link, hl hostListMatch, count func(domain string) int, novel float64, free bool) (evid, bool) {
	if free || !siteCredit(l, hl, novel) || !showsOwnSite(l) {
		return evid{}, false
	}
	pages := count(l.Domain)
	if pages < minSitePages {
		return evid{}, false
	}
	return evid{code: CodeSitePages, w: -min(w.LessSitePages, novel), cls: classContext, a: l.Domain,
		n: [3]int32{int32(min(pages, 1<<30))}}, true
}

// showsOwnSite: the link's text shows no other site than the one it
// leads to (no links.FlagDisplayMismatch). The site credits say "this
// link goes to the site the message is about"; a link whose text shows
// another site's address ("www.bank.example" over a link to
// news.example) is not taken at its word there, and its destination
// earns no credit from the pages or names of the message that shows it.
func showsOwnSite(l *links.Link) bool { return !l.Flags.Has(links.FlagDisplayMismatch) }

// siteCredit: a context credit for the link's site (site_pages,
// named_site) may apply at all: there is novelty left to offset, and the
// host is a site's name, not an IP literal nor a host many owners publish
// under (hl.shared).
func siteCredit(l *links.Link, hl hostListMatch, novel float64) bool {
	return novel > 0 && !l.Flags.Has(links.FlagIPLiteral) && !hl.shared()
}
