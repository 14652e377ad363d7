package scoring

import (
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
