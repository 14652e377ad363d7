package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestPrivateAddress: a link to an address no outside server answers is
// private_address (half ip_literal's weight, class place) instead of
// ip_literal; public, documentation and reserved addresses stay
// ip_literal, and a disguised notation stays obfuscated_ip.
func TestPrivateAddress(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	tb := data()
	for _, tc := range []struct {
		host  string
		flags links.Flag
		code  string
		w     float64
		cls   class
	}{
		{"10.0.4.21", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"172.16.0.1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"172.31.255.254", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"192.168.1.1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"127.0.0.1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"127.3.2.1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"169.254.236.44", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"100.64.0.1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"100.127.255.254", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"0.0.0.0", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"::1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"[::1]", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"fe80::1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"fd12:3456:789a::1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"::ffff:10.0.0.1", links.FlagIPLiteral, CodePrivateAddress, 0.25, classPlace},
		{"172.32.0.1", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"172.15.255.255", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"100.128.0.1", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"11.0.0.1", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"192.0.2.1", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"240.91.74.97", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"2001:db8::1", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"::ffff:198.51.100.7", links.FlagIPLiteral, CodeIPLiteral, 0.5, classForm},
		{"10.0.0.1", links.FlagIPLiteral | links.FlagObfuscatedIP, CodeObfuscatedIP, 0.8, classForm},
		{"10.example.com", 0, "", 0, 0},
	} {
		l := web("http://"+tc.host+"/", tc.host, tc.host)
		l.Flags = tc.flags
		e, ok := ipLiteral(w, tb, &l)
		if ok != (tc.code != "") || ok && (e.code != tc.code || !near(e.w, tc.w) || e.cls != tc.cls || e.a != tc.host) {
			t.Errorf("%s: got %v %s %v class %d, want %s %v class %d", tc.host, ok, e.code, e.w, e.cls, tc.code, tc.w, tc.cls)
		}
	}
}

// TestPrivateAddressLevels: a private address adds to the score but not
// to the evidence that lifts a lock above warn, so a kit's placeholder is
// still locked (at warn) and a device page beside a password word is no
// longer locked at lock, while other strong evidence keeps its weight.
func TestPrivateAddressLevels(t *testing.T) {
	ipLink := func(host, context string) links.Link {
		l := web("http://"+host+":8080/", host, host)
		l.Scheme, l.Flags, l.Context = "http", links.FlagIPLiteral, context
		return l
	}
	stranger := func(l links.Link) Input {
		in := newInput()
		in.Links = []links.Link{l}
		return in
	}
	device := func(host string) Input {
		in := knownInput()
		in.Links = []links.Link{ipLink(host, "The camera's web page; the root password is empty, set one first.")}
		return in
	}
	const pay = "Please find your invoice for payment at the link below."
	for _, tc := range []struct {
		name   string
		in     Input
		action Action
		level  Level
		codes  []string
	}{
		{"a stranger's payment lure at a public address", stranger(ipLink("198.51.100.7", pay)), Lock, LevelLock, []string{CodeIPLiteral}},
		{"the same lure at a private address (a kit's placeholder): still locked, at warn", stranger(ipLink("10.4.1.12", pay)), Lock, LevelWarn, []string{CodePrivateAddress}},
		{"a link-local placeholder", stranger(ipLink("169.254.236.44", pay)), Lock, LevelWarn, []string{CodePrivateAddress}},
		{"a correspondent's device page beside a password word", device("10.0.4.21"), Accept, "", []string{CodePrivateAddress}},
		{"the same at a public address", device("198.51.100.7"), Lock, LevelWarn, []string{CodeIPLiteral}},
		{"a stranger's device page beside a password word", stranger(ipLink("192.168.10.2", device("").Links[0].Context)), Lock, LevelWarn, []string{CodePrivateAddress}},
		{"the stranger's at a public address", stranger(ipLink("198.51.100.7", device("").Links[0].Context)), Lock, LevelLock, []string{CodeIPLiteral}},
		{"a router lure whose link shows another host: display_mismatch still counts", func() Input {
			l := ipLink("192.168.1.1", "Your router's firmware has expired. Sign in with your admin password to verify your account and install the update.")
			l.DisplayHost, l.Display = "update.router-vendor.example", "https://update.router-vendor.example/"
			return stranger(l)
		}(), Quarantine, LevelHard, []string{CodePrivateAddress, CodeDisplayMismatch}},
		{"a brand in the subject: a private address is a place no brand links", func() Input {
			in := stranger(ipLink("10.4.1.12", pay))
			in.Subject = "PayPal: your account is limited"
			return in
		}(), Lock, LevelLock, []string{CodePrivateAddress, CodeBrandSubject}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			d := v.Links[0]
			got := map[string]bool{}
			for _, r := range d.Reasons {
				got[r.Code] = true
			}
			for _, c := range tc.codes {
				if !got[c] {
					t.Errorf("no %s in %v", c, d.Reasons)
				}
			}
			if got[CodeIPLiteral] && got[CodePrivateAddress] {
				t.Errorf("both ip_literal and private_address: %v", d.Reasons)
			}
			if v.Action != tc.action || d.Level != tc.level {
				t.Errorf("Score() = %s/%s (score %v), want %s/%s\nreasons %v", v.Action, d.Level, d.Score, tc.action, tc.level, d.Reasons)
			}
		})
	}
}

// TestPrivateName: a link to a name only the reader's own network or
// computer resolves (localhost, .local, .home.arpa, .internal, and the
// de facto private names .intranet, .private, .corp, .home, .lan) is
// private_address, as a private IP address is; public names (one merely
// containing such a word), the documentation and test names, IP
// addresses (ipLiteral's) and our own domains are not.
func TestPrivateName(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	for _, tc := range []struct {
		host string
		org  bool
		want bool
	}{
		{"localhost", false, true},
		{"LOCALHOST.", false, true},
		{"app.localhost", false, true},
		{"nas.local", false, true},
		{"printer.office.local", false, true},
		{"router.home.arpa", false, true},
		{"grafana.internal", false, true},
		{"wiki.intranet", false, true},
		{"vault.private", false, true},
		{"portal.corp", false, true},
		{"media.home", false, true},
		{"nas.lan", false, true},
		{"intranet.corp.example.local", true, false}, // our own directory's domain
		{"portal.corp", true, false},
		{"local.example", false, false},
		{"www.mylocal", false, false},
		{"www.corp.com", false, false},
		{"internal.example.com", false, false},
		{"homearpa.com", false, false},
		{"a.xlan", false, false},
		{"shop.example", false, false},
		{"dev.test", false, false},
		{"x.invalid", false, false},
		{"home.arpa.example.com", false, false},
		{"shop.homes", false, false}, // a delegated gTLD ending in a private name's letters
		{"app.plan", false, false},   // ends in "lan" without its dot
		{"www.privatecorp", false, false},
		{"nas.local.", false, true},
		{"NAS.Lan", false, true},
	} {
		l := web("http://"+tc.host+"/", tc.host, tc.host)
		e, ok := privateName(w, &l, tc.org, false, false)
		if ok != tc.want || ok && (e.code != CodePrivateAddress || !near(e.w, 0.25) || e.cls != classPlace || e.a != tc.host) {
			t.Errorf("%s (ours %v): got %v %s %v class %d, want %v", tc.host, tc.org, ok, e.code, e.w, e.cls, tc.want)
		}
	}
	l := web("http://127.0.0.1/", "127.0.0.1", "127.0.0.1")
	l.Flags = links.FlagIPLiteral
	if _, ok := privateName(w, &l, false, false, false); ok {
		t.Errorf("an IP address is ipLiteral's")
	}
	l = web("http://localhost:3000/", "localhost", "localhost")
	if _, ok := privateName(w, &l, false, true, false); ok {
		t.Errorf("localhost in list mail: private_address")
	}
}

// TestSingleLabelName: a web link to a single-label name (http://go/links,
// http://wiki:8080/) counts as a private name, but from our own
// authenticated people, in list mail or when it is an IP address in one
// number; a private name (intranet) still counts from our own people, as
// before, and other schemes and numbers are no names.
func TestSingleLabelName(t *testing.T) {
	w := weightsPtr(DefaultWeights())
	for _, tc := range []struct {
		name, url, host, scheme string
		flags                   links.Flag
		list, internal, want    bool
	}{
		{"go link", "http://go/links", "go", "http", 0, false, false, true},
		{"wiki with a port", "http://wiki:8080/", "wiki", "http", 0, false, false, true},
		{"https, capitals, a final dot", "https://Intranet./", "Intranet.", "https", 0, false, false, true},
		{"an IDN label", "http://xn--80ak6aa92e/", "xn--80ak6aa92e", "http", 0, false, false, true},
		{"a colleague's go link", "http://go/links", "go", "http", 0, false, true, false},
		{"a colleague's localhost stays a private name", "http://localhost:3000/", "localhost", "http", 0, false, true, true},
		{"list mail", "http://wiki/", "wiki", "http", 0, true, false, false},
		{"one number", "http://3232235777/", "3232235777", "http", links.FlagObfuscatedIP, false, false, false},
		{"digits alone", "http://12345/", "12345", "http", 0, false, false, false},
		{"a public name", "http://shop.example/", "shop.example", "http", 0, false, false, false},
		{"ftp", "ftp://files/", "files", "ftp", 0, false, false, false},
		{"mailto", "mailto:root@wiki", "wiki", "mailto", 0, false, false, false},
		{"no host", "http:///x", "", "http", 0, false, false, false},
	} {
		l := web(tc.url, tc.host, strings.ToLower(strings.TrimSuffix(tc.host, ".")))
		l.Scheme, l.Flags = tc.scheme, tc.flags
		e, ok := privateName(w, &l, false, tc.list, tc.internal)
		if ok != tc.want || ok && (e.code != CodePrivateAddress || !near(e.w, 0.25) || e.cls != classPlace || e.a != tc.host) {
			t.Errorf("%s: got %v %s %v, want %v", tc.name, ok, e.code, e.w, tc.want)
		}
	}
}

// TestPrivateNameLevels: a private name adds private_address to the score
// as a private address does, never above warn by itself: a stranger's
// sign-in lure at portal.corp is locked, a correspondent's device page
// at nas.local beside a password word is accepted, a link to our own
// directory's domain under .local gets none, and a brand in the subject
// counts the name as a place no brand links.
func TestPrivateNameLevels(t *testing.T) {
	nameLink := func(host, context string) links.Link {
		l := web("http://"+host+"/", host, host)
		l.Scheme, l.Context = "http", context
		if d, _, ok := strings.Cut(host, "."); ok && strings.Count(host, ".") > 1 {
			l.Domain = strings.TrimPrefix(host, d+".")
		}
		return l
	}
	stranger := func(l links.Link) Input {
		in := newInput()
		in.Links = []links.Link{l}
		return in
	}
	const (
		device = "The camera's web page; the root password is empty, set one first."
		signIn = "Your mailbox password expires today. Sign in to verify your account."
		pay    = "Please find your invoice for payment at the link below."
	)
	for _, tc := range []struct {
		name    string
		in      Input
		pol     func(*Policy)
		action  Action
		level   Level
		private bool
		codes   []string
	}{
		{"a stranger's sign-in words at a private name: warn (private_address is no strong evidence)", stranger(nameLink("portal.corp", signIn)), nil, Lock, LevelWarn, true, []string{CodeIntentCredentials}},
		{"the same lure at a sign-in path: locked by its other evidence", func() Input {
			l := nameLink("portal.corp", signIn)
			l.URL, l.Raw = "http://portal.corp/owa/login", "http://portal.corp/owa/login"
			return stranger(l)
		}(), nil, Lock, LevelLock, true, []string{CodeIntentCredentials, CodeLoginPath}},
		{"a stranger's payment lure at localhost: locked at warn", stranger(nameLink("localhost", pay)), nil, Lock, LevelWarn, true, nil},
		{"a correspondent's device page at nas.local beside a password word", func() Input {
			in := knownInput()
			in.Links = []links.Link{nameLink("nas.local", device)}
			return in
		}(), nil, Accept, "", true, nil},
		{"a stranger's device page at a private name: warn", stranger(nameLink("nas.lan", device)), nil, Lock, LevelWarn, true, nil},
		{"a list's post with localhost beside a password word: no private_address", func() Input {
			in := knownInput()
			in.Links, in.List = []links.Link{nameLink("localhost", "Grafana runs at http://localhost:3000 after docker compose up; sign in as admin with the default password admin.")}, true
			return in
		}(), nil, Accept, "", false, nil},
		{"the same post's private IP address keeps private_address (instead of ip_literal's 0.50)", func() Input {
			l := web("http://127.0.0.1:3000/", "127.0.0.1", "127.0.0.1")
			l.Scheme, l.Flags, l.Context = "http", links.FlagIPLiteral, "Grafana runs at http://127.0.0.1:3000 after docker compose up; sign in as admin with the default password admin."
			in := knownInput()
			in.Links, in.List = []links.Link{l}, true
			return in
		}(), nil, Lock, LevelWarn, true, nil},
		{"our own directory's domain under .local: no private_address", func() Input {
			in := knownInput()
			in.Links = []links.Link{nameLink("intranet.corp.local", signIn)}
			return in
		}(), func(p *Policy) { p.InternalDomains = append(p.InternalDomains, "corp.local") }, Accept, "", false, nil},
		{"a stranger's device page at a single-label name: warn", stranger(nameLink("nas", device)), nil, Lock, LevelWarn, true, nil},
		{"a stranger's sign-in lure at a single-label name and a sign-in path: locked", func() Input {
			l := nameLink("portal", signIn)
			l.URL, l.Raw = "http://portal/owa/login", "http://portal/owa/login"
			return stranger(l)
		}(), nil, Lock, LevelLock, true, []string{CodeIntentCredentials, CodeLoginPath}},
		{"a colleague's go link: no private_address", colleague(func() Input {
			in := knownInput()
			in.Links = []links.Link{nameLink("go", "The sign-up sheet is at go/offsite.")}
			return in
		}(), true), nil, Accept, "", false, nil},
		{"an unauthenticated colleague's intranet host: no private_address", colleague(func() Input {
			in := knownInput()
			in.Links = []links.Link{nameLink("hr-web01", "The new timesheet form is on the intranet.")}
			return in
		}(), false), nil, Accept, "", false, nil},
		{"a brand in the subject: a private name is a place no brand links", func() Input {
			in := stranger(nameLink("login.internal", pay))
			in.Subject = "PayPal: your account is limited"
			return in
		}(), nil, Lock, LevelLock, true, []string{CodeBrandSubject}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPolicy()
			if tc.pol != nil {
				tc.pol(&p)
			}
			v := Score(p, tc.in)
			d := v.Links[0]
			got := map[string]bool{}
			for _, r := range d.Reasons {
				got[r.Code] = true
			}
			if got[CodePrivateAddress] != tc.private {
				t.Errorf("private_address %v, want %v: %v", got[CodePrivateAddress], tc.private, d.Reasons)
			}
			for _, c := range tc.codes {
				if !got[c] {
					t.Errorf("no %s in %v", c, d.Reasons)
				}
			}
			if v.Action != tc.action || d.Level != tc.level {
				t.Errorf("Score() = %s/%s (score %v), want %s/%s\nreasons %v", v.Action, d.Level, d.Score, tc.action, tc.level, d.Reasons)
			}
		})
	}
}

// underPrivateNameRef is underPrivateName before privateTLD: the whole
// host lowercased and compared with every private name.
func underPrivateNameRef(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	for _, n := range privateNames {
		if h == n || strings.HasSuffix(h, n) && h[len(h)-len(n)-1] == '.' {
			return true
		}
	}
	return false
}

// TestUnderPrivateNameFastPath: asking the last label first
// (privateTLD) answers as lowercasing the whole host and comparing it
// with every private name does, for names in any case, non-ASCII labels
// that lowercase to a private name, and names that merely contain one.
func TestUnderPrivateNameFastPath(t *testing.T) {
	for _, h := range underPrivateSeeds {
		if got, want := underPrivateName(h), underPrivateNameRef(h); got != want {
			t.Errorf("underPrivateName(%q) = %v, lowercasing the host says %v", h, got, want)
		}
	}
}

var underPrivateSeeds = []string{"localhost", "LocalHost.", "Router.Home.ARPA", "nas.LAN", "x.\u0130nternal", "x.\u212Aorp", "\u0130ntranet",
	"corp.example", "example.corpx", "xcorp", "home.arpa.example", "arpa", "x.arpa", ".", "", "a..local", "shop.example", "münchen.local", "münchen.de"}

// FuzzUnderPrivateName: underPrivateName answers as underPrivateNameRef.
func FuzzUnderPrivateName(f *testing.F) {
	for _, h := range underPrivateSeeds {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, host string) {
		if got, want := underPrivateName(host), underPrivateNameRef(host); got != want {
			t.Fatalf("underPrivateName(%q) = %v, want %v", host, got, want)
		}
	})
}

// TestSingleLabelNameForms: only a link whose address was written as one
// (an href, a form's action) can name a single-label host. A URL read
// from plain text ends where a line is wrapped ("http://pws." then
// "wt.net/" on the next line reads http://pws), and a host holding bytes
// no host name has (a quoted-printable leftover, gri=2Eexample=2Ecom) is
// damage, not a network's name.
func TestSingleLabelNameForms(t *testing.T) {
	for _, tc := range []struct {
		name, url, host string
		kind            links.Kind
		want            bool
	}{
		{"an href", "http://pws/", "pws", links.KindHref, true},
		{"a hyphenated href", "http://hr-web01/", "hr-web01", links.KindHref, true},
		{"a URL in text cut at a wrapped line", "http://pws", "pws", links.KindText, false},
		{"a quoted-printable leftover", "https://gri=2Eexample=2Ecom", "gri=2eexample=2ecom", links.KindHref, false},
		{"an underscore (Windows names have them)", "https://iso_si/", "iso_si", links.KindHref, true},
	} {
		l := web(tc.url, tc.host, tc.host)
		l.Scheme, l.Kind = "http", tc.kind
		if got := singleLabelName(&l); got != tc.want {
			t.Errorf("%s: singleLabelName = %v, want %v", tc.name, got, tc.want)
		}
	}
}
