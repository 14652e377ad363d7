package scoring

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestPagePath(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://news.example/story/42?utm=x#top", "/story/42"},
		{"https://news.example/story/42/", "/story/42"},
		{"https://news.example/", ""},
		{"https://news.example", ""},
		{"https://news.example?id=7", ""},
		{"https://news.example#frag", ""},
		{"https://news.example/a?b=/c", "/a"},
		{"https://news.example/Story", "/Story"},
		{"no scheme/path", ""},
		{"http://news.example/other-scheme", "/other-scheme"},
		{"https://news.example:8443/port/", "/port"},
	} {
		if got := pagePath(tc.url, "https"); got != tc.want {
			t.Errorf("pagePath(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// webPages builds links into host, one per path, plus the given extras.
func webPages(host, domain string, paths ...string) []links.Link {
	var ls []links.Link
	for _, p := range paths {
		ls = append(ls, web("https://"+host+p, host, domain))
	}
	return ls
}

func TestSitePages(t *testing.T) {
	img := web("https://news.example/logo.png", "news.example", "news.example")
	img.Kind, img.Clickable = links.KindImage, false
	mail := links.Link{URL: "mailto:a@news.example", Scheme: "mailto", Domain: "news.example", Kind: links.KindHref, Clickable: true}
	for _, tc := range []struct {
		name   string
		links  []links.Link
		domain string
		want   int
	}{
		{"distinct paths", webPages("news.example", "news.example", "/a", "/b", "/c", "/d", "/e"), "news.example", 5},
		{"one page, tracked per link", webPages("kit.example", "kit.example", "/p?u=1", "/p?u=2", "/p?u=3", "/p?u=4", "/p#x"), "kit.example", 1},
		{"trailing slash is the same page", webPages("news.example", "news.example", "/a", "/a/", "/b", "/b/", "/"), "news.example", 3},
		{"hosts of one domain count apart", append(webPages("www.news.example", "news.example", "/", "/a", "/a/"), webPages("shop.news.example", "news.example", "/", "/a")...), "news.example", 4},
		{"images and mailto are not pages", append(webPages("news.example", "news.example", "/a", "/b"), img, mail, img), "news.example", 2},
		{"too few links", webPages("news.example", "news.example", "/a", "/b", "/c"), "news.example", 0},
	} {
		if got := pagesOf(sitePages(tc.links), tc.domain); got != tc.want {
			t.Errorf("%s: %d pages, want %d", tc.name, got, tc.want)
		}
	}
}

func TestSitePagesContext(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	for _, tc := range []struct {
		name  string
		link  links.Link
		pages int
		novel float64
		free  bool    // the sender writes from a free mail account
		want  float64 // the weight subtracted; 0 when the signal must not fire
	}{
		{"many pages of a new site", web("https://news.example/a", "news.example", "news.example"), 6, 0.5, false, w.LessSitePages},
		{"never more than the link's novelty", web("https://news.example/a", "news.example", "news.example"), 6, 0.1, false, 0.1},
		{"no novelty to offset", web("https://news.example/a", "news.example", "news.example"), 6, 0, false, 0},
		{"too few pages", web("https://news.example/a", "news.example", "news.example"), minSitePages - 1, 0.5, false, 0},
		{"sent from a free mail account", web("https://news.example/a", "news.example", "news.example"), 6, 0.5, true, 0},
		{"shortener", web("https://bit.ly/abc", "bit.ly", "bit.ly"), 9, 0.5, false, 0},
		{"free hosting", web("https://kit.web.app/a", "kit.web.app", "kit.web.app"), 9, 0.5, false, 0},
		{"shared platform", web("https://docs.google.com/forms/a", "docs.google.com", "google.com"), 9, 0.5, false, 0},
		{"IP literal", func() links.Link {
			l := web("http://192.0.2.7/a", "192.0.2.7", "192.0.2.7")
			l.Flags |= links.FlagIPLiteral
			return l
		}(), 9, 0.5, false, 0},
		{"text shows another site", mismatched(web("https://news.example/a", "news.example", "news.example"), "www.bank.example"), 6, 0.5, false, 0},
		{"text shows the same site", func() links.Link {
			l := web("https://news.example/a", "news.example", "news.example")
			l.Display, l.DisplayHost = "news.example/a", "news.example"
			return l
		}(), 6, 0.5, false, w.LessSitePages},
	} {
		e, ok := sitePagesContext(w, &tc.link, tb.matchHostLists(tc.link.Host), func(string) int { return tc.pages }, tc.novel, tc.free)
		if ok != (tc.want > 0) {
			t.Errorf("%s: fired %v, want %v", tc.name, ok, tc.want > 0)
			continue
		}
		if ok && (e.code != CodeSitePages || e.cls != classContext || !near(e.w, -tc.want) || int(e.n[0]) != tc.pages) {
			t.Errorf("%s: got %+v, want weight %v", tc.name, e, -tc.want)
		}
	}
}

// A first-contact newsletter linking many pages of a new site is accepted,
// while the same sender linking one lure page as often is locked, and
// form or intent evidence still locks a many-page site.
func TestSitePagesVerdict(t *testing.T) {
	p := testPolicy()
	const host, dom = "www.landing-new.example", "landing-new.example"
	for _, tc := range []struct {
		name   string
		paths  []string
		ctx    string
		action Action
		pages  bool // site_pages among the first link's reasons
	}{
		{"table of contents", []string{"/a", "/b", "/c", "/d", "/e", "/f"}, "", Accept, true},
		{"one lure page six times", []string{"/p?1", "/p?2", "/p?3", "/p?4", "/p?5", "/p?6"}, "", Lock, false},
		{"many pages asking for a password", []string{"/a", "/b", "/c", "/d", "/e", "/f"}, "verify your password now or your account is closed", Lock, true},
	} {
		in := newInput()
		in.Links = webPages(host, dom, tc.paths...)
		for i := range in.Links {
			in.Links[i].Context = tc.ctx
		}
		v := Score(p, in)
		if v.Action != tc.action || hasReason(v.Links[0].Reasons, CodeSitePages) != tc.pages {
			t.Errorf("%s: %s (score %v), site_pages %v; want %s, %v\n%v", tc.name, v.Action, v.Score,
				hasReason(v.Links[0].Reasons, CodeSitePages), tc.action, tc.pages, v.Links[0].Reasons)
		}
	}
}

func ExampleScore_sitePages() {
	in := Input{
		Now: now, MailFrom: "news@paper-new.example", FromAddr: "news@paper-new.example",
		Recipients: []string{"bob@corp.example"}, Subject: "This week's stories",
	}
	for _, p := range []string{"/markets", "/energy", "/people", "/events", "/jobs"} {
		in.Links = append(in.Links, web("https://www.trade-weekly.example"+p, "www.trade-weekly.example", "trade-weekly.example"))
	}
	v := Score(DefaultPolicy(), in)
	fmt.Println(v.Action)
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeSitePages {
			fmt.Println(r)
		}
	}
	// Output:
	// accept
	// site_pages: the message links 5 different pages of trade-weekly.example, as a site's own newsletter does
}

// FuzzPagePath: the page is a slash-led part of the URL after its host,
// with no query, fragment or trailing slash; a query or a trailing slash
// added to a URL without query or fragment leaves it unchanged.
func FuzzPagePath(f *testing.F) {
	for _, s := range []string{"https://a.example/b/c?d#e", "https://a.example", "http://a.example:80/x/", "https://a.example?q=/p", "junk", "https:///p"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		p := pagePath(u, "https")
		if p != "" && (p[0] != '/' || strings.ContainsAny(p, "?#") || strings.HasSuffix(p, "/") || !strings.Contains(u, p)) {
			t.Fatalf("pagePath(%q) = %q", u, p)
		}
		if strings.Contains(u, "://") && !strings.ContainsAny(u, "?#") {
			if q := pagePath(u+"?utm=1", "https"); q != p {
				t.Fatalf("pagePath(%q) = %q but %q with a query", u, p, q)
			}
			if q := pagePath(u+"/", "https"); q != p {
				t.Fatalf("pagePath(%q) = %q but %q with a trailing slash", u, p, q)
			}
		}
	})
}

// The message's shortcut (count the links first, pages only when needed)
// agrees with sitePages on every count that can fire, in every order of
// asking.
func TestSitePagesShortcut(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	doms := []string{"a.example", "b.example", "c.example", "d.example"}
	for i := range 2000 {
		var ls []links.Link
		for range r.IntN(30) {
			d := doms[r.IntN(len(doms))]
			ls = append(ls, web("https://www."+d+"/p"+strconv.Itoa(r.IntN(8)), "www."+d, d))
		}
		want := sitePages(ls)
		m := &message{in: Input{Links: ls}}
		for range 12 {
			d := doms[r.IntN(len(doms))]
			got, plain := m.sitePages(d), pagesOf(want, d)
			if plain < minSitePages {
				plain = 0
			}
			if got != plain {
				t.Fatalf("case %d, %s: shortcut %d, plain %d", i, d, got, plain)
			}
		}
	}
}

// Many pages of a tenant's domain under a private public suffix are many
// owners' pages, not one site's: no site_pages credit.
func TestSitePagesTenant(t *testing.T) {
	in := newInput()
	in.Links = webPages("pages.acme.googleapis.com", "acme.googleapis.com", "/a", "/b", "/c", "/d", "/e", "/f")
	v := Score(testPolicy(), in)
	if v.Action != Lock || hasReason(v.Links[0].Reasons, CodeSitePages) {
		t.Errorf("%s (score %v): %v", v.Action, v.Score, v.Links[0].Reasons)
	}
}

// mismatched is l with a text that shows host, another site than its own
// (links.FlagDisplayMismatch).
func mismatched(l links.Link, host string) links.Link {
	l.Display, l.DisplayHost = host, host
	l.Flags |= links.FlagDisplayMismatch
	return l
}
