package scoring

import (
	"bufio"
	"embed"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"

	"github.com/firstsight/firstsight/pkg/links"
)

//go:embed data/*.txt
var dataFS embed.FS

// tables is the shipped data, parsed once and never changed afterwards.
type tables struct {
	shorteners  map[string]bool
	freeHosting map[string]bool
	tlds        map[string]bool
	freemail    map[string]bool
	relays      map[string]bool // services sending for their customers (relays.txt)
	tenants     map[string]bool // services naming a host for each subscriber (tenants.txt)
	// tenantHosts: tenants.txt's hosts below one of its domains, each a
	// parent under which every subscriber has a host (co1.qualtrics.com)
	tenantHosts map[string]bool
	government  map[string]bool // suffixes only a government registers under (government.txt)
	platforms   map[string]bool
	sharing     map[string]bool  // also platforms (listPlatform)
	hostLists   map[string]uint8 // shorteners, free hosting and platforms (list* bits), for matchHostLists
	bareListed  bool             // a hostLists entry is a single label (a TLD)
	brands      brandIndex
	families    map[string]familyEntry // families.txt: domain or host -> its family
	previews    map[string]string      // previews.txt: private suffix -> the platform's own domain
	siteNaming  map[string]string      // previews.txt: private suffix -> how a deployment names its site (previewSite)
	codeHosts   map[string]bool        // previews.txt: code hosts relaying deployment bots' comments
	familyOwn   map[string][]string    // family -> its own domains (role ""), in file order
	confusable  map[rune]string
	cues        cueIndex
	sequences   [][2]string // multi-letter ASCII confusables, e.g. rn -> m
	// byteFold is confusable[rune(b)] for each byte b, which skeleton
	// reads byte by byte; seqStart[b]: a sequence starts with b.
	byteFold [256]string
	seqStart [256]bool
}

// data returns the parsed tables; the embedded files are part of the binary,
// so a parse failure is a build defect and panics (tests cover it).
var data = sync.OnceValue(func() *tables {
	t := &tables{
		shorteners:  set(lines("shorteners.txt")),
		freeHosting: set(lines("freehosting.txt")),
		platforms:   set(lines("platforms.txt")),
		sharing:     set(lines("sharing.txt")),
		tlds:        set(lines("tlds.txt")),
		freemail:    set(lines("freemail.txt")),
		relays:      set(lines("relays.txt")),
		tenants:     map[string]bool{},
		tenantHosts: map[string]bool{},
		government:  set(lines("government.txt")),
		confusable:  map[rune]string{},
		cues:        newCueIndex(),
	}
	t.hostLists = map[string]uint8{}
	for h := range t.shorteners {
		t.hostLists[h] |= listShortener
	}
	for h := range t.freeHosting {
		t.hostLists[h] |= listFreeHosting
	}
	for h := range t.platforms {
		t.hostLists[h] |= listPlatform
	}
	for h := range t.sharing {
		t.hostLists[h] |= listPlatform | listSharing
	}
	for h := range t.hostLists {
		t.bareListed = t.bareListed || !strings.Contains(h, ".")
	}
	for _, h := range lines("tenants.txt") {
		if registrable(h) == h {
			t.tenants[h] = true
		} else {
			t.tenantHosts[h] = true
		}
	}
	t.parseConfusables(lines("confusables.txt"))
	t.brands = newBrandIndex(lines("brands.txt"), t.skeleton)
	t.families = parseFamilies(lines("families.txt"))
	t.previews, t.siteNaming, t.codeHosts = parsePreviews(lines("previews.txt"))
	t.familyOwn = map[string][]string{}
	for _, l := range lines("families.txt") {
		if f := strings.Fields(l); len(f) == 2 && !t.underFamilyEntry(strings.ToLower(f[0])) {
			t.familyOwn[f[1]] = append(t.familyOwn[f[1]], strings.ToLower(f[0]))
		}
	}
	return t
})

// lines returns the non-comment, non-empty lines of a data file, with
// trailing comments removed.
func lines(name string) []string {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic("scoring: embedded data: " + err.Error())
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func set(ls []string) map[string]bool {
	m := make(map[string]bool, len(ls))
	for _, l := range ls {
		m[strings.ToLower(strings.Fields(l)[0])] = true
	}
	return m
}

func (t *tables) parseConfusables(ls []string) {
	for _, l := range ls {
		f := strings.Fields(l)
		if len(f) != 2 {
			panic("scoring: confusables.txt: bad line " + strconv.Quote(l))
		}
		if hex, ok := strings.CutPrefix(f[0], "U+"); ok {
			n, err := strconv.ParseUint(hex, 16, 32)
			if err != nil {
				panic("scoring: confusables.txt: " + err.Error())
			}
			t.confusable[rune(n)] = f[1]
			continue
		}
		if len(f[0]) == 1 {
			t.confusable[rune(f[0][0])] = f[1]
			continue
		}
		t.sequences = append(t.sequences, [2]string{f[0], f[1]})
	}
	for b := range t.byteFold {
		t.byteFold[b] = t.confusable[rune(b)]
	}
	for _, q := range t.sequences {
		t.seqStart[q[0][0]] = true
	}
}

// familyEntry is one line of families.txt: the family a domain or host
// belongs to, and what it is not (role).
type familyEntry struct {
	name string
	role string // "" (the family's own), "sender" (never a link target) or "user" (users' content)
	// tenants: a "tenant" entry, a "sender" domain where each customer
	// has a host it named (customersHost), or a host of one below which
	// each customer names a host (app.box.com: validTenants)
	tenants bool
}

// parsePreviews reads previews.txt: "suffix platform-domain naming"
// lines (naming: netlify, vercel or registrable, previewSite), and
// "domain relay" lines naming the code hosts that relay deployment bots'
// comments.
func parsePreviews(ls []string) (pv, naming map[string]string, relay map[string]bool) {
	pv, naming, relay = map[string]string{}, map[string]string{}, map[string]bool{}
	for _, l := range ls {
		f := strings.Fields(strings.ToLower(l))
		switch {
		case len(f) == 2 && f[1] == "relay":
			relay[f[0]] = true
		case len(f) == 3 && (f[2] == "netlify" || f[2] == "vercel" || f[2] == "registrable"):
			pv[f[0]], naming[f[0]] = f[1], f[2]
		default:
			panic("scoring: previews.txt: bad line " + strconv.Quote(l))
		}
	}
	return pv, naming, relay
}

func parseFamilies(ls []string) map[string]familyEntry {
	m := make(map[string]familyEntry, len(ls))
	for _, l := range ls {
		f := strings.Fields(l)
		if len(f) < 2 || len(f) > 3 || len(f) == 3 && f[2] != "sender" && f[2] != "user" && f[2] != "tenant" {
			panic("scoring: families.txt: bad line " + strconv.Quote(l))
		}
		e := familyEntry{name: f[1]}
		if len(f) == 3 {
			e.role, e.tenants = f[2], f[2] == "tenant"
		}
		if e.tenants {
			e.role = "sender"
		}
		m[strings.ToLower(f[0])] = e
	}
	return m
}

// senderFamily returns the brand family of a sender's registrable
// domain, or "" when it has none or is a "user" entry.
func (t *tables) senderFamily(senderDomain string) string {
	s, ok := t.families[senderDomain]
	if !ok || s.role == "user" {
		return ""
	}
	return s.name
}

// familyLink: the link's registrable domain belongs to the family fam of
// the sender's registrable domain (senderFamily) and is another domain
// than it, on a host the family publishes itself (familyHost). The shared
// host lists are the caller's to check (familySite): they take precedence.
func (t *tables) familyLink(fam, senderDomain, host, domain string) bool {
	if fam == "" || domain == senderDomain {
		return false
	}
	name, ok := t.familyHost(host, domain)
	return ok && name == fam
}

// familyHost returns the family of the host's registrable domain when
// the family publishes there itself: the domain has no "sender" entry,
// and no "user" entry holds the host; or, under a "sender" domain, an
// entry of its own holds the host (account.live.com).
func (t *tables) familyHost(host, domain string) (string, bool) {
	d, ok := t.families[domain]
	if ok && d.role == "sender" {
		return t.ownHostUnder(host, domain)
	}
	if !ok || d.role != "" {
		return "", false
	}
	if e, ok := t.hostEntry(host, domain); ok && e.role == "user" {
		return "", false
	}
	return d.name, true
}

// underFamilyEntry: a parent of name has an entry of its own (name is a
// host of that domain, such as account.live.com, not a family domain).
func (t *tables) underFamilyEntry(name string) bool {
	for i := strings.IndexByte(name, '.'); i >= 0; i = strings.IndexByte(name, '.') {
		name = name[i+1:]
		if _, ok := t.families[name]; ok {
			return true
		}
	}
	return false
}

// ownHostUnder returns the family of an entry without a role that holds
// host below the "sender" domain domain.
func (t *tables) ownHostUnder(host, domain string) (string, bool) {
	e, ok := t.hostEntry(host, domain)
	return e.name, ok && e.role == ""
}

// ownHostExact: families.txt names host itself, without a role, as its
// company's own (help.okta.com, account.box.com); a host below it is not
// (NAME.account.box.com).
func (t *tables) ownHostExact(host string) bool {
	e, ok := t.families[host]
	return ok && e.role == "" && !e.tenants
}

// hostEntry returns the nearest entry for host or a parent of it below
// its registrable domain domain (a "user" host, or a host a "sender"
// domain's company runs itself; only those are listed below a domain).
func (t *tables) hostEntry(host, domain string) (familyEntry, bool) {
	for h := host; h != domain && len(h) > len(domain); {
		if e, ok := t.families[h]; ok && len(h) <= maxDNSName {
			return e, true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return familyEntry{}, false
}

// FamilyDomains lists, for the glue to look up, the other domains of the
// brand families of the given link domains (families.txt), whose history
// History.FamilyDomains holds: a family domain new here is as
// established as the best known of them (familyHistory).
func FamilyDomains(linkDomains []string) []string {
	t := data()
	var out []string
	for _, d := range linkDomains {
		for _, o := range t.ownDomains(strings.ToLower(d)) {
			if o != d && !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// ownDomains returns the own domains of the brand family of the
// lowercase domain d (familyOwn, which may hold d itself) when d is one
// of the family's own.
func (t *tables) ownDomains(d string) []string {
	e, ok := t.families[d]
	if !ok || e.role != "" {
		return nil
	}
	return t.familyOwn[e.name]
}

// maxDNSName is the longest domain name (RFC 1035: 253 characters in
// text). No list entry is longer, so the suffix walks below look up only
// suffixes this short: hashing every suffix of a host of a million
// labels (a text URL "www.awww.awww.a...") was quadratic.
const maxDNSName = 253

// hostMatch reports whether host equals an entry of m or is a subdomain of one,
// and returns the entry.
func hostMatch(m map[string]bool, host string) (string, bool) {
	for h := host; h != ""; {
		if len(h) <= maxDNSName && m[h] {
			return h, true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return "", false
}

// Bits of tables.hostLists.
const (
	listShortener = 1 << iota
	listFreeHosting
	listPlatform
	listSharing
)

// hostListMatch is hostMatch for the shorteners and the free hosting list
// at once, the entry each matched, if any, and whether the host is on a
// shared platform.
type hostListMatch struct {
	shortener, freeHosting     string
	isShortener, isFreeHosting bool
	isPlatform                 bool
	isSharing                  bool // a sharing platform (sharing.txt), also a platform
}

// shared reports whether many owners publish under the host's domain (a
// shortener, free hosting or a shared platform), so that neither the
// domain's name nor its many pages say who wrote the page.
func (r hostListMatch) shared() bool { return r.isShortener || r.isFreeHosting || r.isPlatform }

// tenantDomain reports whether the registrable domain sits under a
// private suffix of the public suffix list (github.io, googleapis.com,
// myshopify.com, s3.us-east-1.amazonaws.com): the list's private section
// names the domains whose subdomains different parties control, so the
// first label is whatever a tenant chose. (A TLD the list does not know
// also reads as not ICANN, with a one-label suffix: not a tenant.)
func tenantDomain(domain string) bool {
	suffix, icann := publicsuffix.PublicSuffix(domain)
	return !icann && strings.Contains(suffix, ".")
}

// tenant is tenantDomain, remembered for the last domain asked (the links
// of one domain tend to come together; the list lookup allocates).
func (m *message) tenant(domain string) bool {
	if domain != m.tenantOf {
		m.tenantOf, m.isTenant = domain, tenantDomain(domain)
	}
	return m.isTenant
}

// matchHostLists walks the host's suffixes once for all lists; each gets
// the first (longest) suffix in it, as hostMatch does.
func (t *tables) matchHostLists(host string) hostListMatch {
	var r hostListMatch
	for h := host; h != "" && !(r.isShortener && r.isFreeHosting && r.isPlatform); {
		i := strings.IndexByte(h, '.')
		var k uint8
		if len(h) <= maxDNSName && (i >= 0 || t.bareListed) { // a TLD is looked up only if listed
			k = t.hostLists[h]
		}
		r.isPlatform = r.isPlatform || k&listPlatform != 0
		r.isSharing = r.isSharing || k&listSharing != 0
		// a platform's host under a shortener's domain (photos.app.goo.gl)
		// is the platform's, not the shortener's
		if k&listShortener != 0 && !r.isShortener && !r.isPlatform {
			r.shortener, r.isShortener = h, true
		}
		if k&listFreeHosting != 0 && !r.isFreeHosting {
			r.freeHosting, r.isFreeHosting = h, true
		}
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return r
}

// ipfs marks a link to content on IPFS as free hosting when no list entry
// did: a gateway's subdomain form (CID.ipfs.gateway.example, a name key in
// KEY.ipns.gateway.example) or its path form (gateway.example/ipfs/CID),
// on any gateway, since anyone runs one. Content on IPFS is whatever
// anyone pinned under a hash, with no owner a domain names; lures use it
// because no host can take the page down.
func (r *hostListMatch) ipfs(l *links.Link) {
	if r.isFreeHosting {
		return
	}
	switch {
	case ipfsHost(l.Host) || ipfsPath(l.URL):
		r.freeHosting, r.isFreeHosting = "IPFS content on "+l.Host, true
	case bucketHost(l.Host):
		r.freeHosting, r.isFreeHosting = l.Host, true
	}
}

// opaqueRedirect marks a big site's redirect endpoint whose target the
// link does not show (links.FlagOpaqueRedirect: LinkedIn's /slink?code=,
// Baidu's /link?url=TOKEN) as a shortener: like one, it hides where the
// reader lands, so the site's name and its history here say nothing
// about that place, and the link is never credited as the site's.
func (r *hostListMatch) opaqueRedirect(l *links.Link) {
	if r.isShortener || !l.Flags.Has(links.FlagOpaqueRedirect) {
		return
	}
	r.shortener, r.isShortener = l.Host+urlPath(l.URL), true
}

// urlPath is the path of an absolute URL, without its query or fragment.
func urlPath(u string) string {
	_, rest, _ := strings.Cut(u, "://")
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return ""
	}
	p := rest[i:]
	if j := strings.IndexAny(p, "?#"); j >= 0 {
		p = p[:j]
	}
	return p
}

// bucketHost: a cloud storage bucket's host in a region, which a list of
// suffixes cannot name (bucket.s3.us-east-1.amazonaws.com,
// s3.eu-west-2.amazonaws.com/bucket/, bucket.s3-website-us-east-1...,
// objectstorage.us-ashburn-1.oraclecloud.com/n/.../b/bucket/): anyone
// with an account publishes a page there, as on s3.amazonaws.com.
func bucketHost(host string) bool {
	if rest, ok := strings.CutSuffix(host, ".amazonaws.com"); ok {
		rest = "." + rest
		return strings.Contains(rest, ".s3.") || strings.Contains(rest, ".s3-") || strings.HasSuffix(rest, ".s3")
	}
	if rest, ok := strings.CutSuffix(host, ".oraclecloud.com"); ok {
		return strings.HasPrefix(rest, "objectstorage.")
	}
	return false
}

// minCIDLen is the shortest content or name key read as one: a CIDv0 is
// 46 characters (Qm...), a CIDv1 in base32 59 (bafy...), an IPNS key 62
// (k51...); words and project names are shorter.
const minCIDLen = 40

// ipfsHost: a label "ipfs" or "ipns" right after a label as long as a
// content or name key (docs.ipfs.tech is a site, not a gateway's).
func ipfsHost(host string) bool {
	if !strings.Contains(host, ".ip") { // most hosts: one search, not two
		return false
	}
	for _, k := range []string{".ipfs.", ".ipns."} {
		i := strings.Index(host, k)
		if i < 0 {
			continue
		}
		key := host[strings.LastIndexByte(host[:i], '.')+1 : i]
		if len(key) >= minCIDLen && isAlnum(key) {
			return true
		}
	}
	return false
}

// ipfsPath: the URL's path starts with /ipfs/ or /ipns/ and a key.
func ipfsPath(u string) bool {
	if !strings.Contains(u, "/ip") { // most addresses: one search, not the path's
		return false
	}
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return false
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return false
	}
	p := rest[i:]
	for _, k := range []string{"/ipfs/", "/ipns/"} {
		if key, ok := strings.CutPrefix(p, k); ok {
			if j := strings.IndexAny(key, "/?#"); j >= 0 {
				key = key[:j]
			}
			return len(key) >= minCIDLen && isAlnum(key)
		}
	}
	return false
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// companyHost: host, below its registrable domain domain, is one
// families.txt names as the company's own or its users' (www.box.com,
// help.okta.com, outlook.live.com), or the home page (www) of a service
// whose customers each have a host there (a families.txt "tenant" domain
// or a tenants.txt one: www.zoom.us, www.qualtrics.com). No customer names
// such a host: the service runs it.
func (t *tables) companyHost(host, domain string) bool {
	if host == domain {
		return false
	}
	if _, ok := t.families[host]; ok {
		return true
	}
	return host == "www."+domain && (t.families[domain].tenants || t.tenants[domain])
}

// tenantParent: families.txt marks host as a "tenant" host of a tenant
// domain, below which each customer names a host of its own (app.box.com,
// my.salesforce.com, lightning.force.com), or tenants.txt names it as a
// subscription service's parent of its subscribers' hosts (a Qualtrics
// data centre, co1.qualtrics.com).
func (t *tables) tenantParent(host string) bool {
	e, ok := t.families[host]
	return ok && e.tenants && registrable(host) != host || t.tenantHosts[host]
}
