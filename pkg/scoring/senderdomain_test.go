package scoring

import (
	"strings"
	"testing"
)

// The history keeps a sender's domain as the host after the @, so the
// sender-domain reason names that host, not its registrable domain: a new
// subdomain of a domain that wrote before is what the reason says is new.
func TestSenderDomainReasonNamesHost(t *testing.T) {
	tests := []struct {
		from, want, not string
	}{
		{"refunds@treasury.northmark.example", "no mail from the domain treasury.northmark.example before", "domain northmark.example"},
		{"news@shop-new.example", "no mail from the domain shop-new.example before", ""},
	}
	for _, tc := range tests {
		in := newInput()
		in.MailFrom, in.FromAddr = tc.from, tc.from
		v := Score(testPolicy(), in)
		text := reasonText(allReasons(v), CodeSenderDomFirst)
		if text != tc.want {
			t.Errorf("%s: %s text %q, want %q", tc.from, CodeSenderDomFirst, text, tc.want)
		}
		if tc.not != "" && strings.Contains(text, tc.not) {
			t.Errorf("%s: text %q names %q", tc.from, text, tc.not)
		}
	}
}
