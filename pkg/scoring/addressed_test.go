package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// A known partner's link to a domain nobody here has been sent that
// carries the recipient's address in base64 or after its # is locked at
// warn (adversary-in-the-middle kits fill their sign-in page with it),
// whatever the words; the address in clear in a query (a mailing
// service's personalised link), a domain linked here before, list mail
// and our own people's authenticated mail are not locked.
func TestAddressedNewPlace(t *testing.T) {
	const b64 = "Ym9iQGNvcnAuZXhhbXBsZQ" // bob@corp.example
	partner := func(raw, host, domain string) Input {
		in := knownInput()
		in.Subject = "Updated drawings"
		l := web(raw, host, domain)
		l.Display, l.Context = "Open drawings", "Hi Bob, the updated drawings are ready for your review."
		in.Links = []links.Link{l}
		return in
	}
	for _, tc := range []struct {
		name string
		in   func() Input
		lock bool
	}{
		{"base64 in the path", func() Input {
			return partner("https://drawings-view.example/"+b64+"==", "drawings-view.example", "drawings-view.example")
		}, true},
		{"base64 after the #", func() Input {
			return partner("https://drawings-view.example/cf/#"+b64+"==", "drawings-view.example", "drawings-view.example")
		}, true},
		{"in clear after the #", func() Input {
			return partner("https://drawings-view.example/cf/#bob@corp.example", "drawings-view.example", "drawings-view.example")
		}, true},
		{"in clear in a query", func() Input {
			return partner("https://events-new.example/register?email=bob@corp.example", "events-new.example", "events-new.example")
		}, false},
		{"a domain linked here before", func() Input {
			in := partner("https://drawings-view.example/"+b64+"==", "drawings-view.example", "drawings-view.example")
			in.History.Domains["drawings-view.example"] = est()
			return in
		}, false},
		{"list mail", func() Input {
			in := partner("https://drawings-view.example/"+b64+"==", "drawings-view.example", "drawings-view.example")
			in.List = true
			return in
		}, false},
		{"our own authenticated colleague", func() Input {
			in := partner("https://drawings-view.example/"+b64+"==", "drawings-view.example", "drawings-view.example")
			in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
			return in
		}, false},
	} {
		v := Score(testPolicy(), tc.in())
		if lock := v.Links[0].Lock; lock != tc.lock {
			t.Errorf("%s: lock %v level %s (score %.2f, %v), want lock %v", tc.name, lock, v.Level, v.Links[0].Score, codesOf(v), tc.lock)
		}
	}
}
