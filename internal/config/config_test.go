package config

import (
	"net/netip"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		toml    string
		wantErr string // substring; empty means success
		check   func(Config) bool
	}{
		{name: "empty uses defaults", toml: "", check: func(c Config) bool { return c.Listen == "inet:127.0.0.1:10025" && c.HTTP == "127.0.0.1:8025" }},
		{name: "override listen", toml: `listen = "unix:/run/fs.sock"`, check: func(c Config) bool { return c.Listen == "unix:/run/fs.sock" }},
		{name: "days duration", toml: "[baseline]\nretention = \"30d\"", check: func(c Config) bool { return c.Baseline.Retention.Duration == 30*24*time.Hour }},
		{name: "unknown top key names key and line", toml: "listen = \"inet:127.0.0.1:1\"\nlisten_addr = 1", wantErr: `x.toml:2: unknown key "listen_addr"`},
		{name: "unknown nested key", toml: "[limits]\n\nmax_bytes = 3", wantErr: `x.toml:3: unknown key "limits.max_bytes"`},
		{name: "bad listen", toml: `listen = "127.0.0.1:10025"`, wantErr: "is not inet:HOST:PORT"},
		{name: "http without port", toml: `http = "localhost"`, wantErr: `http: "localhost" is not HOST:PORT`},
		{name: "http on all addresses", toml: `http = ":8025"`, check: func(c Config) bool { return c.HTTP == ":8025" }},
		{name: "http on a unix socket", toml: `http = "unix:/run/firstsight/http.sock"`, check: func(c Config) bool { return c.HTTP == "unix:/run/firstsight/http.sock" }},
		{name: "admin listen without port", toml: "[admin]\nlisten = \"127.0.0.1:\"", wantErr: "admin.listen"},
		// An empty milter port listened on a random one (Postfix then
		// tempfails all mail); a port past 65535 passed -check-config and
		// stopped the daemon with exit 1, which systemd restarts forever.
		{name: "listen without port", toml: `listen = "inet:127.0.0.1:"`, wantErr: `listen: "inet:127.0.0.1:" is not inet:HOST:PORT`},
		{name: "listen port out of range", toml: `listen = "inet:127.0.0.1:99999"`, wantErr: `listen: "inet:127.0.0.1:99999"`},
		{name: "listen port not a number", toml: `listen = "inet:127.0.0.1:10o25"`, wantErr: `listen: "inet:127.0.0.1:10o25"`},
		// Port 0 listened on a random free port: the MTA, lock links and
		// admin commands could not find the daemon.
		{name: "listen port 0", toml: `listen = "inet:127.0.0.1:0"`, wantErr: `listen: "inet:127.0.0.1:0" has port 0`},
		{name: "listen port 00 on ipv6", toml: `listen = "inet6:[::1]:00"`, wantErr: `listen: "inet6:[::1]:00" has port 0`},
		{name: "http port 0", toml: `http = "127.0.0.1:0"`, wantErr: `http: "127.0.0.1:0" has port 0`},
		{name: "http port 0 on all addresses", toml: `http = ":0"`, wantErr: `http: ":0" has port 0`},
		{name: "admin listen port 0", toml: "[admin]\nlisten = \"127.0.0.1:0\"", wantErr: `admin.listen: "127.0.0.1:0" has port 0`},
		{name: "listen port 1", toml: `listen = "inet:127.0.0.1:1"`, check: func(c Config) bool { return c.Listen == "inet:127.0.0.1:1" }},
		{name: "listen on ipv6 loopback", toml: `listen = "inet6:[::1]:10025"`, check: func(c Config) bool { return c.Listen == "inet6:[::1]:10025" }},
		{name: "http port out of range", toml: `http = "127.0.0.1:80250"`, wantErr: `http: "127.0.0.1:80250" is not HOST:PORT`},
		{name: "admin listen port out of range", toml: "[admin]\nlisten = \"127.0.0.1:65536\"", wantErr: "admin.listen"},
		{name: "admin listen relative unix path", toml: "[admin]\nlisten = \"unix:admin.sock\"", wantErr: "admin.listen"},
		{name: "mta idle timeouts", toml: "[limits]\nmta_idle_timeout = \"2m\"\nmta_session_idle_timeout = \"0s\"", check: func(c Config) bool {
			return c.Limits.MTAIdle.Duration == 2*time.Minute && c.Limits.MTASessionIdle.Duration == 0
		}},
		{name: "mta idle timeouts default", toml: "", check: func(c Config) bool {
			return c.Limits.MTAIdle.Duration == 5*time.Minute && c.Limits.MTASessionIdle.Duration == time.Hour
		}},
		// Each refusal names its own key, the value and what to give.
		{name: "negative mta idle timeout", toml: "[limits]\nmta_idle_timeout = \"-1s\"", wantErr: `x.toml: limits.mta_idle_timeout: "-1s" is negative; give a positive duration such as "5m", or "0s" for no bound`},
		{name: "negative mta session idle timeout", toml: "[limits]\nmta_session_idle_timeout = \"-30m\"", wantErr: `x.toml: limits.mta_session_idle_timeout: "-30m0s" is negative`},
		{name: "negative lock ttl", toml: "[lock]\nttl = \"-1d\"", wantErr: "lock.ttl"},
		{name: "zero lock ttl", toml: "[lock]\nttl = \"0s\"", wantErr: "lock.ttl"},
		{name: "bad on_error", toml: `on_error = "reject"`, wantErr: "on_error"},
		// RFC 5322 field names are printable ASCII but the colon: another
		// byte made milterd add a header MTAs and readers may refuse.
		{name: "header name", toml: `header_name = "X-Link-Check"`, check: func(c Config) bool { return c.HeaderName == "X-Link-Check" }},
		{name: "header name not ASCII", toml: `header_name = "X-Prüfung"`, wantErr: `header_name: "X-Prüfung" is not a valid header field name`},
		{name: "header name with a control byte", toml: `header_name = "X-A\u0000B"`, wantErr: "header_name"},
		{name: "header name with a colon", toml: `header_name = "X-A:B"`, wantErr: "header_name"},
		// A zero or negative count was replaced by 2 without a word.
		{name: "establish_days zero", toml: "[baseline]\nestablish_days = 0", wantErr: "baseline: establish_days and establish_senders must be positive"},
		{name: "establish_senders negative", toml: "[baseline]\nestablish_senders = -1", wantErr: "establish_senders"},
		{name: "establish after one day", toml: "[baseline]\nestablish_days = 1", check: func(c Config) bool { return c.Baseline.EstablishDays == 1 }},
		{name: "trusted verifier", toml: `trusted_authserv_ids = ["mx.example.com"]`, check: func(c Config) bool { return len(c.TrustedAuthServIDs) == 1 }},
		{name: "bad authserv-id", toml: `trusted_authserv_ids = ["mx.example.com; dmarc=pass"]`, wantErr: "trusted_authserv_ids"},
		{name: "trusted networks", toml: `trusted_networks = ["10.1.0.0/16", "192.0.2.7", "2001:db8::/32"]`, check: func(c Config) bool {
			p, err := c.TrustedPrefixes()
			return err == nil && len(p) == 3 && p[1].Bits() == 32 && p[1].Contains(netip.MustParseAddr("192.0.2.7"))
		}},
		{name: "trusted network host bits masked", toml: `trusted_networks = ["10.1.2.3/16"]`, check: func(c Config) bool {
			p, _ := c.TrustedPrefixes()
			return len(p) == 1 && p[0].String() == "10.1.0.0/16"
		}},
		{name: "bad trusted network", toml: `trusted_networks = ["10.0.0.0/33"]`, wantErr: `trusted_networks: "10.0.0.0/33"`},
		{name: "host name is no trusted network", toml: `trusted_networks = ["mail.example.com"]`, wantErr: "trusted_networks"},
		{name: "longest days duration", toml: "[baseline]\nretention = \"106751d\"", check: func(c Config) bool { return c.Baseline.Retention.Duration == 106751*24*time.Hour }},
		{name: "days duration past the largest wraps no more", toml: "[baseline]\nretention = \"213504d\"", wantErr: `bad duration "213504d": over 106751 days`},
		{name: "days duration just past the largest", toml: "[lock]\nttl = \"106752d\"", wantErr: "over 106751 days"},
		{name: "bad duration", toml: "[limits]\ndecision_budget = \"soon\"", wantErr: "bad duration"},
		{name: "duration without unit says the form", toml: "[limits]\ndecision_budget = \"20\"", wantErr: `bad duration "20": want a string such as "200ms", "20s"`},
		{name: "bad policy", toml: "[policy]\nmode = \"loud\"", wantErr: "policy"},
		// The top-level internal_domains, the one README asks for, is held
		// to [policy] internal_domains' rule: "@example.org" made our own
		// domain a lookalike of itself (level hard), "Example.ORG" matched
		// no mail.
		{name: "internal domain", toml: `internal_domains = ["example.org", "bücher.example"]`, check: func(c Config) bool { return len(c.InternalDomains) == 2 }},
		{name: "internal domain in capitals", toml: `internal_domains = ["Example.ORG"]`, wantErr: `internal_domains: "Example.ORG" is not a lowercase domain`},
		{name: "internal domain as an address", toml: `internal_domains = ["@example.org"]`, wantErr: `internal_domains: "@example.org"`},
		{name: "internal domain as a URL", toml: `internal_domains = ["https://example.org/"]`, wantErr: `internal_domains: "https://example.org/"`},
		{name: "empty internal domain", toml: `internal_domains = [""]`, wantErr: `internal_domains: ""`},
		{name: "body limit too small", toml: "[limits]\nmax_body_bytes = 10", wantErr: "max_body_bytes"},
		{name: "QR reading on by default", toml: "", check: func(c Config) bool { return c.Limits.MaxQRPixels == 4<<20 }},
		{name: "QR reading off", toml: "[limits]\nmax_qr_pixels = 0", check: func(c Config) bool { return c.Limits.MaxQRPixels == 0 }},
		{name: "negative QR budget", toml: "[limits]\nmax_qr_pixels = -1", wantErr: "max_qr_pixels"},
		{name: "syntax error has line", toml: "a = \n", wantErr: "x.toml:1:"},
		// A wrong type names the key, not the Go field, and what it takes.
		{name: "string for a number", toml: "[policy]\nlock_threshold = \"high\"", wantErr: `x.toml:2: policy.lock_threshold: a TOML string, want a number`},
		{name: "string for an integer", toml: "[limits]\nmax_links = \"many\"", wantErr: `x.toml:2: limits.max_links: a TOML string, want an integer`},
		{name: "number for a string", toml: "listen = 10025", wantErr: `x.toml:1: listen: a TOML integer, want a string (in quotes)`},
		{name: "string for a list", toml: `trusted_networks = "10.0.0.0/8"`, wantErr: `x.toml:1: trusted_networks: a TOML string, want a list of strings`},
		{name: "weight as a string", toml: "[policy.weights]\nlookalike = \"0.9\"", wantErr: `policy.weights.lookalike: a TOML string, want a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.toml), "x.toml")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Parse(%q) error = %v, want it to contain %q", tt.toml, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q) error = %v", tt.toml, err)
			}
			if !tt.check(c) {
				t.Errorf("Parse(%q) = %+v, check failed", tt.toml, c)
			}
		})
	}
}

// Each problem Validate finds is a line of its own, and every line names
// the file and the key's section: a journal shows each line as an entry,
// and "quarantine_threshold below lock_threshold" on its own named
// neither the file nor [policy].
func TestParseErrorLines(t *testing.T) {
	toml := "on_error = \"x\"\nlearn = \"y\"\n[policy]\nlock_threshold = 99\n"
	_, err := Parse([]byte(toml), "x.toml")
	if err == nil {
		t.Fatal("Parse accepted a bad config")
	}
	lines := strings.Split(err.Error(), "\n")
	want := []string{
		`config: x.toml: on_error: "x" is not accept or tempfail`,
		`config: x.toml: learn: "y" is not accepted, all or none`,
		`config: x.toml: policy: want lock_threshold <= level_lock_score <= level_hard_score`,
		`config: x.toml: policy: quarantine_threshold below lock_threshold`,
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("Parse(%q) error lines:\n%s\nwant:\n%s", toml, strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestExampleConfigIsTrue uncomments every "#key = value" line of the
// shipped example and checks it parses to exactly the embedded defaults:
// the example documents real keys with their real defaults.
func TestExampleConfigIsTrue(t *testing.T) {
	b, err := os.ReadFile("../../deploy/milterd.toml")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^#([a-z_]+ = )`)
	uncommented := re.ReplaceAll(b, []byte("$1"))
	if n := len(re.FindAll(b, -1)); n < 30 {
		t.Fatalf("example config documents only %d keys", n)
	}
	got, err := Parse(uncommented, "milterd.toml")
	if err != nil {
		t.Fatalf("example config with every key uncommented: %v", err)
	}
	want := Default()
	got.DB, want.DB = "", ""                   // the default path depends on the user
	for _, c := range []*Config{&got, &want} { // an empty list reads as non-nil
		if len(c.Admin.ReleaseCommands) == 0 {
			c.Admin.ReleaseCommands = nil
		}
		c.InternalDomains, c.Policy.InternalDomains, c.Policy.OrgDomains = nilIfEmpty(c.InternalDomains), nilIfEmpty(c.Policy.InternalDomains), nilIfEmpty(c.Policy.OrgDomains)
		c.Policy.OwnTenants = nilIfEmpty(c.Policy.OwnTenants)
		c.TrustedAuthServIDs, c.TrustedNetworks = nilIfEmpty(c.TrustedAuthServIDs), nilIfEmpty(c.TrustedNetworks)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("example config values differ from the defaults:\n got %+v\nwant %+v", got, want)
	}
}

func TestSplitListen(t *testing.T) {
	tests := []struct{ in, network, addr string }{
		{"inet:127.0.0.1:10025", "tcp", "127.0.0.1:10025"},
		{"inet:127.0.0.1:0", "", ""},
		{"unix:/var/spool/postfix/fs/m.sock", "unix", "/var/spool/postfix/fs/m.sock"},
		{"inet6:[::1]:10025", "tcp6", "[::1]:10025"},
		{"inet:10025@127.0.0.1", "", ""},
		{"inet:127.0.0.1:", "", ""},
		{"inet:127.0.0.1:65536", "", ""},
		{"inet:[::1]", "", ""},
		{"unix:relative", "", ""},
	}
	for _, tt := range tests {
		n, a, err := SplitListen(tt.in)
		if n != tt.network || a != tt.addr || (err == nil) != (tt.network != "") {
			t.Errorf("SplitListen(%q) = %q, %q, %v; want %q, %q", tt.in, n, a, err, tt.network, tt.addr)
		}
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestExampleConfigListsEveryKey: deploy/milterd.toml shows every key of
// the configuration (README says so), weights included.
func TestExampleConfigListsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../../deploy/milterd.toml")
	if err != nil {
		t.Fatal(err)
	}
	var walk func(reflect.Type, string)
	walk = func(ty reflect.Type, at string) {
		for i := range ty.NumField() {
			f := ty.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if name == "" || name == "-" {
				continue
			}
			if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(Duration{}) {
				walk(f.Type, at+name+".")
				continue
			}
			if !regexp.MustCompile(`(?m)^#` + name + ` = `).Match(b) {
				t.Errorf("deploy/milterd.toml does not show %s%s", at, name)
			}
		}
	}
	walk(reflect.TypeOf(Config{}), "")
}

// FuzzDuration: a duration read is the one written, a "d" value is whole
// days (never wrapped around), and what MarshalText writes reads back.
func FuzzDuration(f *testing.F) {
	for _, s := range []string{"30d", "-1d", "106751d", "213504d", "200ms", "1h30m", "0", "d", "+1d", "01d", "1.5d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d Duration
		if d.UnmarshalText([]byte(s)) != nil {
			return
		}
		if n, ok := strings.CutSuffix(s, "d"); ok {
			days, err := strconv.Atoi(n)
			if err != nil || d.Duration%(24*time.Hour) != 0 || int64(d.Duration/(24*time.Hour)) != int64(days) {
				t.Fatalf("%q read as %v", s, d.Duration)
			}
		}
		text, _ := d.MarshalText()
		var back Duration
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("%q read as %v, written %q, read back %v, %v", s, d.Duration, text, back.Duration, err)
		}
	})
}

// FuzzParse: any file is a config or an error, and a config Parse returns
// is valid.
func FuzzParse(f *testing.F) {
	f.Add([]byte("listen = \"unix:/run/fs.sock\"\n[baseline]\nretention = \"30d\"\n[limits]\nmax_links = 10\n"))
	f.Add([]byte("[policy.weights]\nlookalike = 0.9\n[admin]\nrelease_commands = [[\"/bin/true\"]]\n"))
	if b, err := os.ReadFile("../../deploy/milterd.toml"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse(b, "fuzz.toml")
		if err == nil {
			if verr := c.Validate(); verr != nil {
				t.Fatalf("Parse accepted an invalid config: %v", verr)
			}
		}
	})
}

// A session bound under an MTA's default wait for its SMTP client is
// allowed (the MTA's own timeout may be lower) but warned about, naming
// both values.
func TestWarnings(t *testing.T) {
	for _, tt := range []struct {
		toml string
		want []string // each a piece of one warning, in order
	}{
		{"", nil},
		{"[limits]\nmta_session_idle_timeout = \"0s\"", nil},
		{"[limits]\nmta_session_idle_timeout = \"2h\"", nil},
		{"[limits]\nmta_session_idle_timeout = \"2m\"", []string{"limits.mta_session_idle_timeout: 2m0s is below both MTAs' default wait", "smtpd_timeout (5m0s)", "Timeout.command (1h0m0s)", "with no F= flag the rest passes unfiltered"}},
		{"[limits]\nmta_session_idle_timeout = \"30m\"", []string{"limits.mta_session_idle_timeout: 30m0s is below Sendmail's default Timeout.command (1h0m0s)", "enough for Postfix's default smtpd_timeout (5m0s)"}},
		{"[limits]\nmta_session_idle_timeout = \"10s\"\ndecision_budget = \"20s\"", []string{"below both", "10s is below limits.decision_budget (20s)"}},
	} {
		c, err := Parse([]byte(tt.toml), "x.toml")
		if err != nil {
			t.Fatalf("%q: %v", tt.toml, err)
		}
		got := strings.Join(c.Warnings(), "\n")
		if (got == "") != (len(tt.want) == 0) {
			t.Errorf("%q: warnings %q, want %q", tt.toml, got, tt.want)
		}
		rest := got
		for _, w := range tt.want {
			i := strings.Index(rest, w)
			if i < 0 {
				t.Errorf("%q: warnings %q lack %q (in order)", tt.toml, got, w)
				break
			}
			rest = rest[i+len(w):]
		}
	}
}

// The reference file warns about nothing.
func TestReferenceWarnsNothing(t *testing.T) {
	c, err := Load("../../deploy/milterd.toml")
	if err != nil {
		t.Fatal(err)
	}
	if w := c.Warnings(); len(w) > 0 {
		t.Errorf("deploy/milterd.toml: %q", w)
	}
}
