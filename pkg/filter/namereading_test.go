package filter

import (
	"slices"
	"testing"
	"time"
)

// A colleague known here as "Dr. Owen Hartley" is impersonated from free
// mail under the other writings of his name (display-name BEC): each is
// his name as a reader reads it, so each is a shadow_identity; other
// people's names and a bare first name are not.
func TestShadowIdentityNameReadings(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC)
	for d := range 6 {
		m := msg("alice@corp.example", "owen.hartley@acme.example", "notes", "text/plain; charset=utf-8", "see https://www.acme.example/q\n")
		deliver(t, e, []byte(m.raw), m.from, m.to, start.AddDate(0, 0, d), true)
		raw := "From: \"Dr. Owen Hartley\" <owen.hartley@acme.example>\r\nTo: alice@corp.example\r\nSubject: Re: notes\r\nMessage-ID: <o" +
			string(rune('a'+d)) + "@acme.example>\r\nContent-Type: text/plain\r\n\r\nThanks, see https://www.acme.example/r\r\n"
		deliver(t, e, []byte(raw), "owen.hartley@acme.example", "alice@corp.example", start.AddDate(0, 0, d).Add(time.Hour), true)
	}
	for _, tc := range []struct {
		name   string
		shadow bool
	}{
		{"Owen Hartley", true},
		{"Dr Owen Hartley", true},
		{"Hartley, Owen", true},
		{"Owen Hartley (CEO)", true},
		{"Owen Hartley | Acme", true},
		{"Owen Hartley - Acme Ltd", true},
		{"Owen Hartley, PhD", true},
		{"Owen J. Hartley", true},
		{"[EXT] Owen Hartley", true},
		{"EXTERNAL: Hartley, Owen", true},
		{"Owen Hartley (External)", true},
		{"Owen Hartley, CEO", true},
		{"Owen Hartley, Head of Finance", true},
		{"Owen James Hartley", false},
		{"Owen Hartley-Smith", false},
		{"Owen Hartleys", false},
		{"Dr. Owen", false},
	} {
		raw := "From: \"" + tc.name + "\" <ceo.office.mail@gmail.com>\r\nTo: alice@corp.example\r\nSubject: quick favour\r\nMessage-ID: <lure@gmail.com>\r\n" +
			"Content-Type: text/plain\r\n\r\nAre you at your desk? I need you to process a wire transfer to a new vendor today.\r\n"
		r, err := e.Judge(t.Context(), []byte(raw), Envelope{MailFrom: "ceo.office.mail@gmail.com", Recipients: []string{"alice@corp.example"}, Now: start.AddDate(0, 0, 7)})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(r.ReasonCodes(), "shadow_identity"); got != tc.shadow {
			t.Errorf("%q: shadow_identity %v, want %v (%s, %v)", tc.name, got, tc.shadow, r.Action, r.ReasonCodes())
		}
	}
}
