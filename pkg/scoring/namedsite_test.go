package scoring

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestSiteName(t *testing.T) {
	for _, tc := range []struct{ domain, want string }{
		{"aircanada.ca", "aircanada"},
		{"rigzone.com", "rigzone"},
		{"hdi.com.mx", ""},       // too short to tell from a word
		{"live-ledger.eu", ""},   // hyphenated
		{"xn--bcher-kva.de", ""}, // an A-label
		{"81832.com", ""},        // digits only
		{"site01.example", "site01"},
		{"localhost", ""}, // no registrable domain
		{"", ""},
	} {
		if got := siteName(tc.domain); got != tc.want {
			t.Errorf("siteName(%q) = %q, want %q", tc.domain, got, tc.want)
		}
	}
}

// scanOf runs a nameScan for names over texts.
func scanOf(names []string, texts ...string) []string {
	var s nameScan
	for _, n := range names {
		s.add(n)
	}
	for _, t := range texts {
		s.text(t)
	}
	var got []string
	for _, n := range names {
		if s.has(n) {
			got = append(got, n)
		}
	}
	return got
}

func TestNameScan(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		texts []string
		want  []string
	}{
		{"one word, any case", []string{"rigzone"}, []string{"The RIGZONE Daily News"}, []string{"rigzone"}},
		{"two words run together", []string{"geappliances"}, []string{"Rebates & News from GE Appliances"}, []string{"geappliances"}},
		{"three words run together", []string{"usairwaysnews"}, []string{"US Airways News for you"}, []string{"usairwaysnews"}},
		{"four words are too many", []string{"abcd"}, []string{"a b c d"}, nil},
		{"punctuation inside a field splits words", []string{"geappliances"}, []string{"(GE-Appliances)"}, []string{"geappliances"}},
		{"part of a longer word", []string{"rigzone"}, []string{"rigzones and xrigzone"}, nil},
		{"in a URL", []string{"rigzone"}, []string{"see http://www.rigzone.com/news today"}, nil},
		{"as a host name", []string{"rigzone"}, []string{"visit Rigzone.com"}, nil},
		{"in an address", []string{"rigzone"}, []string{"write to news@rigzone"}, nil},
		{"in a URL cut after its host's first label", []string{"evilsite"}, []string{"Click here https://evilsite"}, nil},
		{"at the end of a sentence", []string{"rigzone"}, []string{"Thanks from Rigzone."}, []string{"rigzone"}},
		{"a URL breaks the run", []string{"geappliances"}, []string{"GE www.x.example Appliances"}, nil},
		{"texts do not run together", []string{"geappliances"}, []string{"GE", "Appliances"}, nil},
		{"several names", []string{"aircanada", "starwood", "usairways"}, []string{"Air Canada and Starwood hotels"}, []string{"aircanada", "starwood"}},
		{"non-ASCII letters split words", []string{"intermdica"}, []string{"Intermédica"}, nil},
	} {
		if got := scanOf(tc.names, tc.texts...); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestNameScanCandidates(t *testing.T) {
	var s nameScan
	for i := range maxNames + 5 {
		s.add("name" + itoa(int32(i)))
	}
	s.add("name0") // again
	if s.n != maxNames {
		t.Fatalf("%d candidates, want the first %d", s.n, maxNames)
	}
	s.text("name3 and name31 and name40")
	if !s.has("name3") || !s.has("name31") || s.has("name40") || s.has("name4") {
		t.Errorf("found %b", s.found)
	}
}

func TestNewText(t *testing.T) {
	const whole = "Dear customer, here are this season's rebates and news from GE Appliances: " +
		"offers on washers, dryers and ranges at your local dealer, while stocks last."
	for _, tc := range []struct {
		name, prev, cur, want string
	}{
		{"no overlap", "something else entirely", whole[:40], whole[:40]},
		{"inside the previous", whole, whole[8:80], ""},
		{"first text", "", "abc def", "abc def"},
		// The shared bytes end inside "Appliances:"; the scan restarts at
		// "from", two fields before it.
		{"runs past the end", whole[:68], whole[20:130], whole[55:130]},
	} {
		if got := newText(tc.prev, tc.cur); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// Names run together across the seam are found as in the whole text.
	var s nameScan
	s.add("geappliances")
	s.text(whole[:68])
	if s.has("geappliances") {
		t.Fatal("found in the first window")
	}
	s.text(newText(whole[:68], whole[20:130]))
	if !s.has("geappliances") {
		t.Error("GE Appliances across the seam not found")
	}
}

func TestNamedSites(t *testing.T) {
	l := func(host, dom, display, context string) links.Link {
		x := web("https://"+host+"/p", host, dom)
		x.Display, x.Context = display, context
		return x
	}
	in := Input{Subject: "Extended Websaver from Air Canada", Links: []links.Link{
		l("www.aircanada.ca", "aircanada.ca", "Book now", "Fares to Europe. Book now"),
		l("promo.starwood.com", "starwood.com", "Hotels", "Stay at Starwood hotels. Hotels"),
		l("cdn.tracker.example", "tracker.example", "", "http://cdn.tracker.example/p"),
		l("evil-login.example", "evil-login.example", "evil login", "evil login"),
	}}
	in.Links[2].Clickable = false // an image: not judged, so no candidate
	var s nameScan
	s.scanNames(&in)
	got := []string{}
	for _, d := range []string{"aircanada.ca", "starwood.com", "tracker.example", "evil-login.example"} {
		if s.has(siteName(d)) {
			got = append(got, d)
		}
	}
	if want := []string{"aircanada.ca", "starwood.com"}; !slices.Equal(got, want) {
		t.Errorf("named %q, want %q", got, want)
	}
}

func TestTenantDomain(t *testing.T) {
	for _, tc := range []struct {
		domain string
		want   bool
	}{
		{"notifications.googleapis.com", true},
		{"someone.github.io", true},
		{"shop.s3.us-east-1.amazonaws.com", true},
		{"rigzone.com", false},
		{"aircanada.ca", false},
		{"hdi.com.mx", false},
		{"shop.example", false}, // a TLD the list does not know
	} {
		if got := tenantDomain(tc.domain); got != tc.want {
			t.Errorf("tenantDomain(%q) = %v, want %v", tc.domain, got, tc.want)
		}
	}
}

func TestNamedSiteContext(t *testing.T) {
	w, tb := weightsPtr(DefaultPolicy().withDefaults().Weights), data()
	yes := func(string) bool { return true }
	no := func(string) bool { return false }
	ip := web("http://192.0.2.7/a", "192.0.2.7", "192.0.2.7")
	ip.Flags |= links.FlagIPLiteral
	for _, tc := range []struct {
		name  string
		link  links.Link
		named func(string) bool
		novel float64
		want  float64 // the offset; 0: does not fire
	}{
		{"named new site", web("https://www.rigzone.com/a", "www.rigzone.com", "rigzone.com"), yes, 0.8, 0.25},
		{"capped at the novelty left", web("https://www.rigzone.com/a", "www.rigzone.com", "rigzone.com"), yes, 0.1, 0.1},
		{"no novelty left", web("https://www.rigzone.com/a", "www.rigzone.com", "rigzone.com"), yes, 0, 0},
		{"not named", web("https://www.rigzone.com/a", "www.rigzone.com", "rigzone.com"), no, 0.8, 0},
		{"shortener", web("https://bit.ly/abc", "bit.ly", "bit.ly"), yes, 0.8, 0},
		{"free hosting", web("https://kit.web.app/a", "kit.web.app", "kit.web.app"), yes, 0.8, 0},
		{"shared platform", web("https://acme.zendesk.com/hc", "acme.zendesk.com", "zendesk.com"), yes, 0.8, 0},
		{"IP literal", ip, yes, 0.8, 0},
		{"text shows another site", mismatched(web("https://www.rigzone.com/a", "www.rigzone.com", "rigzone.com"), "www.bank.example"), yes, 0.8, 0},
	} {
		e, ok := namedSiteContext(w, &tc.link, tb.matchHostLists(tc.link.Host), tc.named, tc.novel)
		if ok != (tc.want > 0) {
			t.Errorf("%s: fired %v, want %v", tc.name, ok, tc.want > 0)
			continue
		}
		if ok && (e.code != CodeNamedSite || e.cls != classContext || !near(e.w, -tc.want)) {
			t.Errorf("%s: got %+v, want weight %v", tc.name, e, -tc.want)
		}
	}
	off := *w
	off.LessNamedSite = 0
	l := web("https://www.rigzone.com/a", "www.rigzone.com", "rigzone.com")
	if _, ok := namedSiteContext(&off, &l, tb.matchHostLists(l.Host), yes, 0.8); ok {
		t.Error("fired with its weight turned off")
	}
}

// A company's first mail, which names itself and links its site, is
// accepted; the same mail leading to a domain it never names is locked at
// warn, and a named site asking for a password is still locked.
func TestNamedSiteVerdict(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, dom, ctx string
		action         Action
		named          bool // named_site among the link's reasons
	}{
		{"names its site", "geappliances.example", "", Accept, true},
		{"never names the domain", "deals-portal.example", "", Lock, false},
		{"named, asking for a password", "geappliances.example", "verify your password now or your account is closed", Lock, true},
		{"a tenant's domain under a private suffix", "notifications.googleapis.com", "Notifications", Lock, false},
	} {
		in := newInput()
		in.Subject = "Rebates & News from GE Appliances"
		l := web("https://www."+tc.dom+"/deals", "www."+tc.dom, tc.dom)
		l.Display, l.Context = "See the offers", "This winter's rebates. See the offers "+tc.ctx
		in.Links = []links.Link{l}
		v := Score(p, in)
		if v.Action != tc.action || hasReason(v.Links[0].Reasons, CodeNamedSite) != tc.named {
			t.Errorf("%s: %s (score %v), named_site %v; want %s, %v\n%v", tc.name, v.Action, v.Score,
				hasReason(v.Links[0].Reasons, CodeNamedSite), tc.action, tc.named, v.Links[0].Reasons)
		}
		if v.Action == Lock && !tc.named && v.Links[0].Level != LevelWarn {
			t.Errorf("%s: level %s, want warn (novelty alone)", tc.name, v.Links[0].Level)
		}
	}
}

func ExampleScore_namedSite() {
	in := Input{
		Now: now, MailFrom: "acedirect@airline.example", FromAddr: "acedirect@airline.example",
		Recipients: []string{"bob@corp.example"}, Subject: "Websaver fares from Air Canada",
	}
	in.Links = []links.Link{web("https://www.aircanada.example/fares", "www.aircanada.example", "aircanada.example")}
	v := Score(DefaultPolicy(), in)
	fmt.Println(v.Action)
	for _, r := range v.Links[0].Reasons {
		if r.Code == CodeNamedSite {
			fmt.Println(r)
		}
	}
	// Output:
	// accept
	// named_site: the message's own words name aircanada, the site of aircanada.example, as a company's mail names itself
}

var urlishRef = regexp.MustCompile(`[A-Za-z0-9][./@][A-Za-z0-9]|://`)

// spelledRef is nameScan's rule written plainly: split the text into
// fields at ASCII white space, drop URL-like fields (which break runs),
// split the rest into words of ASCII letters, digits and non-ASCII bytes,
// and try every word alone and run together with the one or two before it.
func spelledRef(names []string, text string) map[string]bool {
	lowerASCII := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	isWord := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
	}
	var runs [][]string
	cur := []string{}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(" \t\n\r\f\v", r) }) {
		if urlishRef.MatchString(f) {
			runs, cur = append(runs, cur), []string{}
			continue
		}
		for i := 0; i < len(f); i++ {
			if isWord(f[i]) && (i == 0 || !isWord(f[i-1])) {
				j := i
				for j < len(f) && isWord(f[j]) {
					j++
				}
				cur = append(cur, lowerASCII(f[i:j]))
			}
		}
	}
	runs = append(runs, cur)
	out := map[string]bool{}
	for _, r := range runs {
		for i := range r {
			for k := 1; k <= 3 && k <= i+1; k++ {
				w := strings.Join(r[i+1-k:i+1], "")
				if slices.Contains(names, w) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// FuzzNameScan: nameScan finds exactly the names spelledRef finds.
func FuzzNameScan(f *testing.F) {
	f.Add("Rebates & News from GE Appliances", "geappliances", "rigzone")
	f.Add("see http://www.rigzone.com/ or Rigzone. today", "rigzone", "today")
	f.Add("Intermédica a b c d", "abc", "bcd")
	f.Add("RIG zone\tGE-Appl iances x@y.z GE", "rigzone", "geappliances")
	f.Fuzz(func(t *testing.T, text, n1, n2 string) {
		var names []string
		for _, n := range []string{n1, n2} {
			if n = siteName(n + ".example"); n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		want := spelledRef(names, text)
		got := scanOf(names, text)
		if len(got) != len(want) {
			t.Fatalf("%q, names %q: got %q, want %v", text, names, got, want)
		}
		for _, n := range got {
			if !want[n] {
				t.Fatalf("%q, names %q: got %q, want %v", text, names, got, want)
			}
		}
	})
}

// Words run together that include a shipped brand's name spell no site (a
// lure's netflixbilling.com, spelled by "Netflix billing"); a brand's name
// alone does (amazon.de by "Amazon"), and so do names that merely contain
// a brand's letters (costcontrol.example by "Cost Control").
func TestNameScanBrandWords(t *testing.T) {
	names := []string{"netflixbilling", "amazon", "costcontrol", "paypalsecurecenter"}
	s := nameScan{brands: &data().brands}
	for _, n := range names {
		s.add(n)
	}
	s.text("Update your Netflix billing today. Amazon delivers. Cost Control news. PayPal secure center")
	var got []string
	for _, n := range names {
		if s.has(n) {
			got = append(got, n)
		}
	}
	if want := []string{"amazon", "costcontrol"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
