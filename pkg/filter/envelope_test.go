package filter

import (
	"net/netip"
	"testing"
	"time"

	"github.com/d--j/go-milter/mailfilter"
	"github.com/d--j/go-milter/mailfilter/addr"
	"github.com/d--j/go-milter/mailfilter/testtrx"
)

// TestEnvelopeAuthenticated: SMTP AUTH, or a TCP client inside a trusted
// network, authenticates the sender; nothing else does.
func TestEnvelopeAuthenticated(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.1.0.0/16"), netip.MustParsePrefix("2001:db8::/32")}
	tests := []struct {
		name    string
		family  string
		address string
		user    string
		trusted []netip.Prefix
		want    bool
	}{
		{"no auth, untrusted client", "tcp4", "198.51.100.9", "", trusted, false},
		{"smtp auth", "tcp4", "198.51.100.9", "alice", trusted, true},
		{"smtp auth, no trusted networks", "tcp4", "198.51.100.9", "alice", nil, true},
		{"trusted ipv4 client", "tcp4", "10.1.7.25", "", trusted, true},
		{"just outside the prefix", "tcp4", "10.2.0.1", "", trusted, false},
		{"trusted ipv6 client", "tcp6", "2001:db8:5::25", "", trusted, true},
		{"ipv4-mapped ipv6 client", "tcp6", "::ffff:10.1.0.3", "", trusted, true},
		{"bracketed ipv6 client", "tcp6", "[2001:db8::7]", "", trusted, true},
		{"trusted address, no trusted networks", "tcp4", "10.1.7.25", "", nil, false},
		{"unix socket is never trusted", "unix", "/var/run/x.sock", "", []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0")}, false},
		{"local pickup has no client", "unknown", "", "", []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0")}, false},
		{"junk address", "tcp4", "not-an-ip", "", trusted, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trx := (&testtrx.Trx{}).
				SetConnect(mailfilter.Connect{Family: tt.family, Addr: tt.address}).
				SetMailFrom(addr.NewMailFrom("a@corp.example", "", "smtp", tt.user, "")).
				SetRcptTosList("b@corp.example")
			env := envelopeOf(trx, time.Unix(0, 0), tt.trusted)
			if env.Authenticated != tt.want {
				t.Errorf("Authenticated = %v, want %v", env.Authenticated, tt.want)
			}
			if env.MailFrom != "a@corp.example" || len(env.Recipients) != 1 {
				t.Errorf("envelope = %+v", env)
			}
		})
	}
}

// TestEnvelopeNullSender: the milter always knows the envelope sender, so
// an empty MAIL FROM is the null reverse-path (MAIL FROM:<>), which no
// list sends its posts with (listEnvelope).
func TestEnvelopeNullSender(t *testing.T) {
	for _, tc := range []struct {
		from string
		want bool
	}{
		{"", true},
		{"<>", true},
		{"a@corp.example", false},
	} {
		trx := (&testtrx.Trx{}).SetMailFrom(addr.NewMailFrom(tc.from, "", "smtp", "", "")).SetRcptTosList("b@corp.example")
		if env := envelopeOf(trx, time.Unix(0, 0), nil); env.NullSender != tc.want || normAddr(env.MailFrom) != normAddr(tc.from) {
			t.Errorf("MAIL FROM %q: %+v, want NullSender %v", tc.from, env, tc.want)
		}
	}
}
