package scoring

import (
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// unicodeDomain returns the registrable domain in Unicode form, taken from
// the Unicode host with as many labels as the ASCII domain has.
func unicodeDomain(domain, uhost string) string {
	if uhost == "" || isASCII(uhost) {
		return domain
	}
	n := strings.Count(domain, ".") + 1
	labels := strings.Split(uhost, ".")
	if len(labels) < n {
		return domain
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

// lookalikeOf: the link domain is a near miss of one of the protected
// domains (the organisation's or, per recipient, its history), scaled by how
// unestablished the domain is here.
// skeleton maps a protected domain to its skeleton (callers may cache).
func lookalikeOf(w *Weights, skeleton func(string) string, domain, skel string, protected []string, novel float64) (evid, bool) {
	if novel <= 0 {
		return evid{}, false
	}
	for _, p := range protected {
		if closeSpelling(skeleton, domain, skel, p) {
			return evid{code: CodeLookalike, w: w.Lookalike * novel, cls: classLookalike, a: domain, b: p}, true
		}
	}
	return evid{}, false
}

// lookalikeHistory: the link domain is a confusable near miss of a domain
// from the recipient's history (historyLookalike), scaled by how
// unestablished the domain is here.
func lookalikeHistory(w *Weights, skeleton func(string) string, domain, skel string, known []string, novel float64) (evid, bool) {
	if novel <= 0 {
		return evid{}, false
	}
	for _, p := range known {
		if historyLookalike(skeleton, domain, skel, p) {
			return evid{code: CodeLookalike, w: w.Lookalike * novel, cls: classLookalike, a: domain, b: p}, true
		}
	}
	return evid{}, false
}

// lookalikeBrand: the link domain is a near miss of a shipped brand domain.
func lookalikeBrand(w *Weights, t *tables, domain, skel string, novel float64) (evid, bool) {
	if novel <= 0 {
		return evid{}, false
	}
	if b, ok := t.brands.nearConfusable(domain, skel); ok {
		return evid{code: CodeLookalike, w: w.Lookalike * novel, cls: classLookalike, a: domain, b: b}, true
	}
	return evid{}, false
}

// orgInHost: a foreign host carries one of our domains' names as a label or
// hyphenated word (example.com.login.top, example-com-secure.top), in the
// part its registrant chose (registrantPart). Our name as a tenant of a
// shipped brand (example.okta.com, example.sharepoint.com) is not counted:
// see tenantHost.
func orgInHost(w *Weights, t *tables, host, domain string, org []string, novel float64) (evid, bool) {
	if novel <= 0 {
		return evid{}, false
	}
	p := orgWord(host, domain, org)
	if p == "" || t.tenantHost(host, domain) {
		return evid{}, false
	}
	return evid{code: CodeOrgInHost, w: w.OrgInHost * novel, cls: classLookalike, a: host, b: p}, true
}

// orgWord returns the first of our domains org whose name (its first
// label, of 4 letters or more) is a word of the part of host its
// registrant chose (registrantPart), when the host's domain is not that
// domain or under it; else "".
func orgWord(host, domain string, org []string) string {
	own := registrantPart(host, domain)
	for _, p := range org {
		pl, _ := label(p)
		if len(pl) >= 4 && domain != p && !dotSuffix(domain, p) && hasWord(own, pl) {
			return p
		}
	}
	return ""
}

// brandInDomain: a distinctive brand token appears as a word of a foreign
// host (paypal-secure.top, paypal.com.evil.example), also behind confusable
// characters (micros0ft-support.top), but not as the whole label of a
// sibling domain (paypal.de). Only the part its registrant chose counts
// (registrantPart): a project page on GitHub Pages (tool.github.io) does not
// "use the brand name" of the platform it is hosted on. The brand's
// domain named is its site under domain's suffix when the list has one
// there (amazon.co.uk for amazon-refund.co.uk: underSuffix).
func brandInDomain(w *Weights, t *tables, host, domain string, novel float64) (evid, bool) {
	if novel <= 0 || t.brands.exact[domain] {
		return evid{}, false
	}
	lab, suffix := label(domain)
	for tok := range hostWords(registrantPart(host, domain)) {
		bd, ok := t.brands.tokens[tok]
		if sk := t.skeleton(tok); !ok && sk != tok { // micros0ft-support.top
			bd, ok = t.brands.tokens[sk]
		}
		if !ok || lab == tok {
			continue
		}
		return evid{code: CodeBrandInDomain, w: w.BrandInDomain * novel, cls: classLookalike, a: domain, b: t.brands.underSuffix(bd, suffix)}, true
	}
	return evid{}, false
}

// brandInSubject: the subject names a shipped brand (its domain brand:
// brandIndex.named), and the link, to a place no brand's mail links
// (noBrandsPlace: a bare IP address, free hosting, ...; the caller checks
// that), goes to a domain new here that is no shipped brand's ("PayPal:
// your account is limited" linking http://203.0.113.5/). Scaled by the
// link domain's novelty; never for one of our own domains.
func brandInSubject(w *Weights, t *tables, l *links.Link, brand string, novel float64, org []string) (evid, bool) {
	if brand == "" || novel <= 0 || t.brands.exact[l.Domain] || inDomains(l.Domain, org) {
		return evid{}, false
	}
	return evid{code: CodeBrandSubject, w: w.BrandSubject * novel, cls: classLookalike, a: l.Host, b: brand}, true
}

// brandSenderElsewhere: the From address is at a shipped brand's own
// domain (the caller checks that no trusted verifier vouched for it and
// that the link is no shortener, which brands use for their own pages),
// and the text near the link asks to sign in or to pay (cue weight
// askBrand) at a domain new here that is no shipped brand's ("PayPal"
// <service@paypal.com> asking to confirm the account at
// paypal-help.example, or at a bare IP address). A brand's own mail sends
// its readers to its own sites to sign in or pay; the forged From is what
// a verifier (auth_fail) would catch, where one is configured. Scaled by
// the link domain's novelty; never for one of our own domains. A brand
// that sends for its customers (relayed: relays.txt) links a merchant's
// own site to pay, so only a credential ask counts there.
func brandSenderElsewhere(w *Weights, t *tables, l *links.Link, brand string, s *intentScan, novel float64, org []string, relayed bool) (evid, bool) {
	if novel <= 0 || l.Domain == brand || t.brands.exact[l.Domain] || inDomains(l.Domain, org) {
		return evid{}, false
	}
	if s.w[intentCredentials] < askBrand && (relayed || s.w[intentPayment] < askBrand) {
		return evid{}, false
	}
	return evid{code: CodeBrandSender, w: w.BrandSender * novel, cls: classLookalike, a: l.Domain, b: brand}, true
}

// askBrand is the credential or payment cue weight near a link at which a
// brand's mail counts as asking for them (brandSenderElsewhere):
// "password", "verify your account", "sign in" with "verify", "billing
// information", "invoice" with "payment"; a lone "sign in", "payment" or
// "login" is not enough.
const askBrand = 0.3

// noBrandsPlace: form evidence of a place no brand's own mail links: a
// bare or disguised IP address (a private one too: a kit's placeholder
// under a brand's name is still a lure's), a user name before the host, free hosting
// (anyone's pages under one domain) or a TLD that abuse favours. Brands do
// link their own shorteners (aka.ms, lnkd.in) and send through mailing
// services (a click tracker showing the brand's site), so those do not
// count; nor does free hosting in mail from a shipped brand's own domain,
// since brands run such platforms and write about their users' sites there
// (GitHub Pages, Azure, Firebase).
func (m *message) noBrandsPlace(e evid) bool {
	switch e.code {
	case CodeIPLiteral, CodePrivateAddress, CodeObfuscatedIP, CodeUserinfo, CodeSuspiciousTLD:
		return true
	case CodeFreeHosting:
		return !m.brandSender()
	}
	return false
}

// tenantHost: the host is a customer's name under a shipped brand's own
// domain (corp.okta.com, corp-my.sharepoint.com, corp.my.salesforce.com)
// or a subscription service's (tenants.txt: corp.libguides.com):
// the brand provisions those names for organisations, so our name there is
// most likely our own tenant, and when the brand is new here (the day an
// organisation rolls out single sign-on) every employee's activation mail
// would otherwise read as our name in a foreign host asking for a password,
// and be quarantined. Help desks and other platforms where anyone picks a
// free name at sign-up (corp-support.zendesk.com, as lures do) and free
// hosting are not exempt, and neither is a private suffix (corp.github.io),
// where the tenant's name is the registrable domain itself.
func (t *tables) tenantHost(host, domain string) bool {
	return host != domain && dotSuffix(host, domain) && (t.brands.exact[domain] || t.tenants[domain])
}

// brandOwn: a sender domain is a shipped brand's own (brandSender,
// brandName), unless it is free mail, whose addresses anyone may hold.
func (t *tables) brandOwn(senderDomain string, free bool) bool {
	return !free && t.brands.exact[senderDomain]
}

// registrantPart is host without the public suffix of its registrable
// domain: the labels someone registered or made up (login.paypal-secure of
// login.paypal-secure.top, tool of tool.github.io). The suffix's own words
// (github, io, co, uk) name the registry or the platform, not the site.
func registrantPart(host, domain string) string {
	_, suffix := label(domain)
	cut := len(host) - len(suffix) - 1
	if suffix == "" || cut < 1 || !strings.HasSuffix(host, suffix) || host[cut] != '.' {
		return host
	}
	return host[:cut]
}

// hasWord reports whether w is a dot- or hyphen-separated word of host.
func hasWord(host, w string) bool {
	for x := range hostWords(host) {
		if x == w {
			return true
		}
	}
	return false
}

// hostWords yields the dot-, hyphen- and underscore-separated words of
// host, as strings.FieldsFunc would cut them ('.', '-' and '_' are single
// bytes that never occur inside a multi-byte rune; FuzzHostWords compares).
func hostWords(host string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for i := 0; i < len(host); {
			for i < len(host) && (host[i] == '.' || host[i] == '-' || host[i] == '_') {
				i++
			}
			j := i
			for j < len(host) && host[j] != '.' && host[j] != '-' && host[j] != '_' {
				j++
			}
			if j > i && !yield(host[i:j]) {
				return
			}
			i = j
		}
	}
}

// partnerNameIn returns the domain of known (a recipient's history) whose
// name domain carries as a word: domain's first label, split on hyphens,
// has the known domain's whole first label as one of two or more tokens
// (balticcrest-customs.com, kesslersteel-billing.net for balticcrest.example,
// kesslersteel.example). The known label must be one word of 5 letters or
// more (no hyphen, no digit): a hyphenated or short name ("tnt", "dhl-hub")
// is too often part of other names, and one word of a compound name
// ("global" of global-freight.example) is no correspondent's own. A word
// alone under another suffix (balticcrest.net) is not counted: that is
// another country's site or sameNameOtherSuffix's. Not our own domains
// (org_in_host's and sender_lookalike's), nor another domain of the known
// one's brand family (families.txt: google-analytics.com for google.com),
// nor a known tenant under a private suffix (tallyloop.github.io), whose
// name is one account's, often our own.
func (t *tables) partnerNameIn(domain string, known, own []string) (string, bool) {
	dl, _ := label(domain)
	if strings.IndexByte(dl, '-') < 0 {
		return "", false
	}
	for _, k := range known {
		p := registrable(k) // a sender's entry is its address's domain (notify.balticcrest.example)
		pl, _ := label(p)
		if p == domain || len(pl) < 5 || !lettersOnly(pl) || !hasToken(dl, pl) || inDomains(p, own) || t.sameFamily(domain, p) || tenantDomain(p) || t.commonName(p) {
			continue
		}
		return p, true
	}
	return "", false
}

// maxPartnerSubLabels bounds the labels below a registrable domain that
// partnerSubName reads: the nearest ones, where a lure puts the name
// (pinecrest-loans.securedocs-share.com), not a long host's every label.
const maxPartnerSubLabels = 3

// minPartnerSubLen is the least length of a known label partnerSubName
// looks for: a subdomain is anyone's free choice of words, so a short
// name ("portal", "secure") is every vendor's host too.
const minPartnerSubLen = 8

// partnerSubName returns the domain of known (a recipient's history) whose
// name a label below host's registrable domain spells: one of its
// maxPartnerSubLabels nearest labels holds the known domain's first
// label, hyphens aside, as a run of its hyphen- or underscore-separated
// words (pinecrest-loans, pinecrest_loans or pinecrest-loans-docs for
// pinecrestloans.example or pinecrest-loans.example; pinecrest-docs for
// pinecrest.example). Stricter
// than partnerNameIn, as a subdomain costs nothing: the known label,
// hyphens dropped, must have minPartnerSubLen letters or more and no common host word
// (commonSubWords), with partnerNameIn's other guards (not our own
// domains, free mail, a brand family's other domain or a tenant).
func (t *tables) partnerSubName(host, domain string, known, own []string) (string, bool) {
	sub, ok := strings.CutSuffix(host, "."+domain)
	if !ok || !longSubLabel(sub) { // most hosts (www.) hold no name: no suffix lookup
		return "", false
	}
	for _, k := range known {
		p := registrable(k)
		pl, _ := label(p)
		joined := strings.ReplaceAll(pl, "-", "")
		if p == domain || len(joined) < minPartnerSubLen || !lettersOnly(joined) || commonSubWords[joined] || roleWords[joined] ||
			inDomains(p, own) || t.sameFamily(domain, p) || tenantDomain(p) || t.commonName(p) {
			continue
		}
		if subLabelNames(sub, joined) {
			return p, true
		}
	}
	return "", false
}

// subLabelNames: one of the maxPartnerSubLabels last labels of sub holds
// joined as a run of its words (tokenRunIs: pinecrest-loans,
// pinecrest_loans, pinecrest-loans-docs, or pinecrest-docs for the one-word
// pinecrest). Read from the right without allocating: Score runs it per
// link.
func subLabelNames(sub, joined string) bool {
	return anyLastLabel(sub, func(sl string) bool { return len(sl) >= len(joined) && tokenRunIs(sl, joined) })
}

// anyLastLabel: f holds for one of the maxPartnerSubLabels last labels of
// sub, read from the right without allocating.
func anyLastLabel(sub string, f func(string) bool) bool {
	for n := 0; n < maxPartnerSubLabels && sub != ""; n++ {
		sl := sub
		if i := strings.LastIndexByte(sub, '.'); i >= 0 {
			sl, sub = sub[i+1:], sub[:i]
		} else {
			sub = ""
		}
		if f(sl) {
			return true
		}
	}
	return false
}

// tokenRunIs: a run of adjacent words of label s (split at hyphens and
// underscores) is w, run together: pinecrest-lending-docs and
// pinecrest_lending hold pinecrestlending; xpinecrest-lending does not.
// Reads s in place: Score runs it per link.
func tokenRunIs(s, w string) bool {
	for start := 0; start < len(s); start++ {
		if start > 0 && !labelSep(s[start-1]) || labelSep(s[start]) {
			continue
		}
		j, i := 0, start
		for ; i < len(s) && j < len(w); i++ {
			if labelSep(s[i]) {
				continue
			}
			if s[i] != w[j] {
				break
			}
			j++
		}
		if j == len(w) && (i == len(s) || labelSep(s[i])) {
			return true
		}
	}
	return false
}

// labelSep: a hyphen or underscore, the word separators of a host label.
func labelSep(c byte) bool { return c == '-' || c == '_' }

// longSubLabel: one of the maxPartnerSubLabels last labels of sub has
// minPartnerSubLen bytes or more, as a name partnerSubName counts needs.
func longSubLabel(sub string) bool {
	return anyLastLabel(sub, func(sl string) bool { return len(sl) >= minPartnerSubLen })
}

// commonSubWords are words of 8 letters or more that hosts of every kind
// carry as a label (download.vendor.com), too common to name a
// correspondent when one of them is its domain's whole label.
var commonSubWords = map[string]bool{
	"download": true, "downloads": true, "security": true, "services": true, "solutions": true, "customer": true, "customers": true,
	"marketing": true, "newsletter": true, "calendar": true, "shopping": true, "feedback": true, "payments": true, "checkout": true,
	"identity": true, "training": true, "partners": true, "platform": true, "analytics": true, "community": true, "learning": true,
}

// commonName: the known domain p is a free mail provider's (email.com,
// orange.fr, libero.it): its name is the provider's, and its users are
// anyone, so acme-email.com or agence-orange.fr names no correspondent
// (a lure on the provider's own name is the brand list's).
func (t *tables) commonName(p string) bool { return t.freemail[p] }

// hasToken: tok is one of the hyphen-separated tokens of s.
func hasToken(s, tok string) bool {
	for s != "" {
		t := s
		if i := strings.IndexByte(s, '-'); i >= 0 {
			t, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if t == tok {
			return true
		}
	}
	return false
}

// lettersOnly: s is ASCII letters a-z only.
func lettersOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// sameFamily: a and b are domains of one brand family (families.txt).
func (t *tables) sameFamily(a, b string) bool {
	fa, ok := t.families[a]
	if !ok || fa.name == "" {
		return false
	}
	fb, ok := t.families[b]
	return ok && fb.name == fa.name
}
