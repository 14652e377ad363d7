package scoring

import (
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// PreviewSites lists, for the glue to look up and to teach beside the
// link domains, the site keys of those that are preview deployments
// (previewSite): each deployment of a Netlify site or a Vercel project is
// a registrable domain of its own under a private public suffix, new with
// every branch or pull request, while its site stays the same.
func PreviewSites(linkDomains []string) []string {
	t := data()
	var out []string
	for _, d := range linkDomains {
		if k := t.previewSite(strings.ToLower(d)); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// previewSite returns the key of the site whose deployment the lowercase
// registrable domain d is, by its suffix's naming in previews.txt:
// "netlify.app/SITE" for SITE.netlify.app and DEPLOY--SITE.netlify.app,
// "vercel.app/SCOPE/PROJECT" for PROJECT-git-BRANCH-SCOPE.vercel.app and
// PROJECT-HASH-SCOPE.vercel.app; "" for any other domain, for a
// pages.dev project (its registrable domain is the site already) and for
// a label these namings do not read. A key is no host name (it holds a
// "/"), so no link's own domain shares its history.
func (t *tables) previewSite(d string) string {
	lab, suffix := label(d)
	if !siteLabel(lab) {
		return ""
	}
	switch t.siteNaming[suffix] {
	case "netlify":
		if site := netlifySite(lab); site != "" {
			return suffix + "/" + site
		}
	case "vercel":
		if scope, project := vercelSite(lab); scope != "" {
			return suffix + "/" + scope + "/" + project
		}
	}
	return ""
}

// netlifySite is the site name of a Netlify host's label: after its first
// "--" (deploy-preview-42--SITE, BRANCH--SITE, DEPLOYID--SITE), or the
// whole label without one (the site's own host). An IDNA label (xn--) is
// none of Netlify's.
func netlifySite(lab string) string {
	i := strings.Index(lab, "--")
	switch {
	case i < 0:
		return lab
	case i == 0 || lab[:i] == "xn":
		return ""
	}
	if site := lab[i+2:]; wordEnds(site) {
		return site
	}
	return ""
}

// vercelSite reads a Vercel deployment's label as its scope (the last
// hyphen-separated word) and project: PROJECT-git-BRANCH-SCOPE (the
// project before the first "-git-") or PROJECT-HASH-SCOPE (HASH nine
// letters and digits). Anything else reads as none, and so does a Hobby
// account's scope (NAMEs-projects, NAME-s-projects): its last word is
// "projects" for every Hobby account, so the key would be the project's
// name alone, shared by any stranger's project named like it ("my-app").
func vercelSite(lab string) (scope, project string) {
	j := strings.LastIndexByte(lab, '-')
	if j <= 0 {
		return "", ""
	}
	scope, rest := lab[j+1:], lab[:j]
	if scope == "projects" {
		return "", ""
	}
	if i := strings.Index(rest, "-git-"); i > 0 && i+len("-git-") < len(rest) {
		project = rest[:i]
	} else if k := strings.LastIndexByte(rest, '-'); k > 0 && deployHash(rest[k+1:]) {
		project = rest[:k]
	}
	if !wordEnds(scope) || !wordEnds(project) {
		return "", ""
	}
	return scope, project
}

// deployHash: s is nine lowercase letters and digits, as the unique part
// of a Vercel deployment's generated URL.
func deployHash(s string) bool {
	if len(s) != 9 {
		return false
	}
	for i := range len(s) {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// siteLabel: lab is a host label of lowercase letters, digits and
// hyphens, as the platforms name deployments.
func siteLabel(lab string) bool {
	if lab == "" || len(lab) > 63 {
		return false
	}
	for i := range len(lab) {
		if c := lab[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// wordEnds: s is not empty and neither starts nor ends with a hyphen.
func wordEnds(s string) bool {
	return s != "" && s[0] != '-' && s[len(s)-1] != '-'
}

// previewSite is the key of the site the link is a preview deployment of
// (k: tables.previewSite of its domain, read once per host: hostFacts), whose history its novelty is also read from
// (org_first_seen, rcpt_first_seen, sender_first_link: siteHistory), or
// "" when it is none or the words around it ask to sign in (askBrand):
// a site's previews ask for no password, and a key anyone may share by
// a scope's name (previews.txt) must not spare a lure's novelty. Only
// novelty reads the site: our name in the host (org_in_host), its
// hyphens, free hosting and every other signal read the host itself.
//
// A Vercel key counts only when this sender or its domain linked the site
// before: a host cannot say where its branch ends and its scope begins
// (PROJECT-git-a-x-corp is branch a of scope x-corp, or branch a-x of
// scope corp), so anyone naming a team after the end of ours writes a
// preview host with our key; the deploy notices that make previews
// recur come from one sender (GitHub relaying the deployment bot, the
// platform itself), whose own history a stranger has not.
func (m *message) previewSite(l *links.Link, k string) string {
	if k == "" || m.linkIntent(l).w[intentCredentials] >= askBrand {
		return ""
	}
	if suffix, _, _ := strings.Cut(k, "/"); m.t.siteNaming[suffix] == "vercel" && !m.senderLinked(k) {
		return ""
	}
	return k
}

// senderLinked: this sender or its domain (not free mail) linked key before.
func (m *message) senderLinked(key string) bool {
	return m.in.History.SenderLinks[key].Seen() || m.senderDomainsLink(key)
}

// siteHistory returns the name a link's novelty is read from and leaves
// its history in *s: the link domain's own (domain, *s unchanged), or its
// preview site's (site, hist[site]) when that is better established by
// est. Both count for the link, so more history of either never raises
// its novelty. *s is the caller's copy: a Stat is large and holds
// pointers, so it is not passed or returned by value.
func siteHistory(domain, site string, s *Stat, hist map[string]Stat, est estimate) string {
	if site == "" {
		return domain
	}
	if ss, ok := hist[site]; ok && est.of(&ss) > est.of(s) {
		*s = ss
		return site
	}
	return domain
}
