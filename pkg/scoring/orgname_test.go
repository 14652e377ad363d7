package scoring

import (
	"slices"
	"strings"
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
		{"a correspondent's name, vouched at the domain", "accounts@printhaus.example", "Karl Brenner", false, true, false},
		{"a correspondent's name, from another tenant of its registrable domain", "accounts@lind-invoices.onmicrosoft.com", "Karl Brenner", false, true, true},
		{"a correspondent's name, vouched at a platform", "karl.b@substack.com", "Karl Brenner", false, true, true},
		{"the platform's own name from a customer's address", "billing-team@substack.com", "Substack", false, true, true},
		{"the platform's own name, hosted customer", "support@acme.zendesk.com", "Zendesk", false, true, true},
		{"a correspondent's name, vouched, free mail", "karl.b@gmail.com", "Karl Brenner", true, true, true},
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
		if tc.display == "Karl Brenner" { // seen in mail from an address we wrote to
			in.History.SenderNameOrg.Vouched = 4
			if !strings.Contains(tc.from, "onmicrosoft") {
				// at the sender's own domain, not only its registrable one
				in.History.SenderDomain = Stat{Messages: 4, Days: 4, Vouched: 4, Outbound: 4}
			}
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

// With the organisation's own name (orgOwnName), the sender domain's
// history includes the name's mail from the organisation's other
// addresses: sender_domain_first_seen goes, and the domain is established
// as that history is. Without the name, the domain's own history alone.
func TestOrgOwnNameSenderDomain(t *testing.T) {
	for _, tc := range []struct {
		name, display string
		nameOrg       Stat
		want          string // sender-domain code, or ""
	}{
		{"name seen at the domain on 8 days", "Harbour Bank", Stat{Messages: 8, Days: 8}, ""},
		{"name seen at the domain on 2 days", "Harbour Bank", Stat{Messages: 2, Days: 2}, CodeSenderDomRare},
		{"a name that does not spell the domain", "Card Services", Stat{Messages: 8, Days: 8}, CodeSenderDomFirst},
		{"no sighting of the name at the domain", "Harbour Bank", Stat{}, CodeSenderDomFirst},
	} {
		in := newInput()
		in.FromAddr, in.MailFrom, in.FromName = "statements@harbourbank.example", "statements@harbourbank.example", tc.display
		in.History.SenderName = Stat{Messages: 8, Days: 8, Senders: 1}
		in.History.SenderNameOrg = tc.nameOrg
		codes := codesOf(Score(testPolicy(), in))
		got := ""
		for _, c := range []string{CodeSenderDomFirst, CodeSenderDomRare} {
			if slices.Contains(codes, c) {
				got = c
			}
		}
		if got != tc.want {
			t.Errorf("%s: sender domain code %q, want %q (%v)", tc.name, got, tc.want, codes)
		}
	}
}

func TestWider(t *testing.T) {
	a := Stat{FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -1), Messages: 3, Days: 2, Senders: 2}
	b := Stat{FirstSeen: now.AddDate(0, 0, -9), LastSeen: now.AddDate(0, 0, -2), Messages: 9, Days: 7, Vouched: 1}
	w := wider(a, b)
	want := Stat{FirstSeen: b.FirstSeen, LastSeen: a.LastSeen, Messages: 9, Days: 7, Senders: 2, Vouched: 1}
	if w != want {
		t.Errorf("wider = %+v, want %+v", w, want)
	}
	if wider(Stat{}, b) != b || wider(b, Stat{}) != b {
		t.Error("wider with an empty Stat changed the other")
	}
}
