package scoring

import (
	"slices"
	"testing"
)

// A known display name on a new address is no shadow identity when the
// name was used before at the sender's own registrable domain and spells
// that domain's name; it still is at free mail, where the name does not
// spell the domain (a platform's per-account address), or when the name
// was never seen at that domain.
func TestOrgOwnNameIsNoShadow(t *testing.T) {
	for _, tc := range []struct {
		name, from, display string
		free, nameOrg       bool
		shadow              bool
	}{
		{"the company's new address", "statements@harbourbank.example", "Harbour Bank", false, true, false},
		{"hyphenated domain", "checkin@skylark-air.example", "Skylark Air", false, true, false},
		{"name never seen at the domain", "statements@harbourbank.example", "Harbour Bank", false, false, true},
		{"name does not spell the domain", "invoice+acct_2@billing.example", "PrintHaus", false, true, true},
		{"free mail", "harbourbank@gmail.com", "Harbour Bank", true, true, true},
	} {
		in := newInput()
		in.FromAddr, in.MailFrom, in.FromName = tc.from, tc.from, tc.display
		in.History.SenderName = Stat{Messages: 9, Days: 5, Senders: 1}
		if tc.nameOrg {
			in.History.SenderNameOrg = in.History.SenderName
		}
		if tc.free {
			in.History.SenderNameOrg = Stat{Messages: 9, Days: 5}
		}
		got := slices.Contains(codesOf(Score(testPolicy(), in)), CodeShadowIdentity)
		if got != tc.shadow {
			t.Errorf("%s: shadow_identity %v, want %v", tc.name, got, tc.shadow)
		}
	}
}

func TestNameSpellsDomain(t *testing.T) {
	for _, tc := range []struct {
		name, domain string
		want         bool
	}{
		{"Harbour Bank", "harbourbank.example", true},
		{"Skylark Air", "skylark-air.example", true},
		{"Amazon.com", "amazon.com", true},
		{"The Tidewater Ceramics Shop", "tidewater-ceramics.example", true},
		{"Harbour", "harbourbank.example", false},
		{"PrintHaus", "stripe.com", false},
		{"GE", "ge.com", false}, // too short to tell
		{"Harbour Bank Online Services Ltd", "bankonlineservices.example", true},
		{"Bücher", "xn--bcher-kva.example", false},
	} {
		if got := nameSpellsDomain(tc.name, tc.domain); got != tc.want {
			t.Errorf("nameSpellsDomain(%q, %q) = %v, want %v", tc.name, tc.domain, got, tc.want)
		}
	}
}
