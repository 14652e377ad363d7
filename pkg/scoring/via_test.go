package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestVia: a link redirecting through another host is judged at both ends
// and keeps the stricter decision, saying so when the host decided.
func TestVia(t *testing.T) {
	dest := web("https://www.paypal.com/myaccount", "www.paypal.com", "paypal.com")
	known := func(in Input) Input {
		in.History.Domains = map[string]Stat{"paypal.com": est(), "tracker.example": est()}
		in.History.Hosts = map[string]Stat{"www.paypal.com": est(), "t.tracker.example": est()}
		return in
	}
	via := func(host, domain string) *links.Hop {
		return &links.Hop{URL: "https://" + host + "/auth?next=https://www.paypal.com/myaccount", Host: host, UnicodeHost: host, Domain: domain}
	}
	tests := []struct {
		name    string
		hop     *links.Hop
		lock    bool
		viaCode bool
	}{
		{"no hop: an established destination passes", nil, false, false},
		{"a new host in front of it is judged", via("evil-login.example", "evil-login.example"), true, true},
		{"an established tracker in front of it passes", via("t.tracker.example", "tracker.example"), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := known(newInput())
			l := dest
			l.Via = tt.hop
			in.Links = []links.Link{l}
			v := Score(testPolicy(), in)
			d := v.Links[0]
			if d.Lock != tt.lock || (v.Action == Accept) == tt.lock {
				t.Fatalf("lock %v, action %s; want lock %v (reasons %v)", d.Lock, v.Action, tt.lock, d.Reasons)
			}
			first := len(d.Reasons) > 0 && d.Reasons[0].Code == CodeVia
			if first != tt.viaCode {
				t.Errorf("redirect_via first = %v, want %v: %v", first, tt.viaCode, d.Reasons)
			}
			if tt.viaCode && !mentions(d.Reasons, CodeOrgFirstSeen, "evil-login.example") {
				t.Errorf("the hop's own reasons are missing: %v", d.Reasons)
			}
		})
	}
}

func mentions(rs []Reason, code, word string) bool {
	for _, r := range rs {
		if r.Code == code && strings.Contains(r.Text, word) {
			return true
		}
	}
	return false
}

// TestAppSchemeLink: a stranger's link that opens Word on a new host is
// locked above warn (app_scheme is form evidence); the same address as a
// plain web link from the same stranger stays at warn.
func TestAppSchemeLink(t *testing.T) {
	for _, app := range []bool{false, true} {
		in := newInput()
		l := web("https://files.evil-docs.example/doc.docx", "files.evil-docs.example", "evil-docs.example")
		if app {
			l.Flags |= links.FlagAppScheme
		}
		in.Links = []links.Link{l}
		v := Score(testPolicy(), in)
		want := LevelWarn
		if app {
			want = LevelLock
		}
		if !v.Links[0].Lock || v.Links[0].Level != want {
			t.Errorf("app scheme %v: lock %v level %s, want %s", app, v.Links[0].Lock, v.Links[0].Level, want)
		}
	}
}

// TestViaDisplay: a click tracker's link whose text shows where it leads
// (a wire service's release through its own click host on another
// domain) has no display_mismatch at the hop: the hop's novelty alone
// locks it at warn. A text showing a third site keeps the destination's
// mismatch, and a redirect page on free hosting that shows another site
// keeps it at the hop too: no mailing service tracks clicks there.
func TestViaDisplay(t *testing.T) {
	dest := web("https://www.client.example/", "www.client.example", "client.example")
	hop := func(host, domain string) *links.Hop {
		return &links.Hop{URL: "https://" + host + "/c/link/?u=https%3A%2F%2Fwww.client.example%2F", Host: host, UnicodeHost: host, Domain: domain}
	}
	tests := []struct {
		name     string
		hop      *links.Hop
		display  string
		mismatch bool
	}{
		{"a tracker showing its destination", hop("c.tracker.example", "tracker.example"), "www.client.example", false},
		{"a tracker showing a third site", hop("c.tracker.example", "tracker.example"), "www.bank.example", true},
		{"free hosting showing the destination", hop("client-redirect.web.app", "client-redirect.web.app"), "www.client.example", true},
	}
	// A page of a new domain that shows a brand's address, or one of
	// ours, and names it in its query (via.go's own example:
	// https://evil.example/auth?next=https://www.paypal.com/) sends the
	// reader anywhere: the text is a mismatch at the hop.
	lure := func(dest links.Link, shown string) {
		t.Helper()
		in := newInput()
		in.History.Domains = map[string]Stat{dest.Domain: est()}
		in.History.Hosts = map[string]Stat{dest.Host: est()}
		l := dest
		l.Via = &links.Hop{URL: "https://account-check.example/auth?next=" + dest.URL, Host: "account-check.example", UnicodeHost: "account-check.example", Domain: "account-check.example"}
		l.Display, l.DisplayHost = shown, shown
		in.Links = []links.Link{l}
		d := Score(testPolicy(), in).Links[0]
		if !hasReason(d.Reasons, CodeDisplayMismatch) || !d.Lock || d.Level == LevelWarn {
			t.Errorf("%s through a new redirect page: lock %v level %s, want display_mismatch above warn: %v", shown, d.Lock, d.Level, d.Reasons)
		}
	}
	lure(web("https://www.paypal.com/signin", "www.paypal.com", "paypal.com"), "www.paypal.com")
	lure(web("https://mail.corp.example/owa", "mail.corp.example", "corp.example"), "mail.corp.example")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := newInput()
			in.History.Domains = map[string]Stat{"client.example": est()}
			in.History.Hosts = map[string]Stat{"www.client.example": est()}
			l := dest
			l.Via, l.Display, l.DisplayHost = tt.hop, tt.display, tt.display
			if registrable(tt.display) != l.Domain {
				l.Flags |= links.FlagDisplayMismatch // as links.checkDisplay sets it
			}
			in.Links = []links.Link{l}
			d := Score(testPolicy(), in).Links[0]
			if got := hasReason(d.Reasons, CodeDisplayMismatch); got != tt.mismatch {
				t.Errorf("display_mismatch %v, want %v: %v", got, tt.mismatch, d.Reasons)
			}
			if !d.Lock || (d.Level == LevelWarn) == tt.mismatch {
				t.Errorf("lock %v level %s, want locked above warn %v: %v", d.Lock, d.Level, tt.mismatch, d.Reasons)
			}
		})
	}
}

// TestViaPassword: a password form whose action redirects to an
// established site (evil-login.example/s?redirect=https://www.paypal.com/)
// sends the password to the action's host: the hop is judged with the
// password, not only the destination.
func TestViaPassword(t *testing.T) {
	in := newInput()
	in.History.Domains = map[string]Stat{"paypal.com": est()}
	in.History.Hosts = map[string]Stat{"www.paypal.com": est()}
	l := web("https://www.paypal.com/", "www.paypal.com", "paypal.com")
	l.Kind, l.Flags = links.KindForm, links.FlagPassword|links.FlagSubmits
	l.Via = &links.Hop{URL: "https://evil-login.example/s?redirect=https://www.paypal.com/", Host: "evil-login.example", UnicodeHost: "evil-login.example", Domain: "evil-login.example"}
	in.Links = []links.Link{l}
	v := Score(testPolicy(), in)
	if !mentions(v.Links[0].Reasons, CodePasswordForm, "evil-login.example") {
		t.Errorf("the hop gets no password_form: %s %v", v.Action, v.Links[0].Reasons)
	}
}
