package config

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/firstsight/firstsight/pkg/scoring"
)

// Validate reports every bad value or combination at once.
func (c Config) Validate() error {
	var errs []error
	add := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if _, _, err := SplitListen(c.Listen); err != nil {
		errs = append(errs, err)
	}
	if err := httpAddr("http", c.HTTP); err != nil {
		errs = append(errs, err)
	}
	if a := c.Admin.Listen; a != "" {
		if err := httpAddr("admin.listen", a); err != nil {
			errs = append(errs, err)
		}
	}
	if c.Lock.LookupRate <= 0 || c.Lock.LookupBurst <= 0 {
		add("lock: lookup_rate and lookup_burst must be positive")
	}
	if c.Lock.TTL.Duration <= 0 {
		add("lock.ttl: must be positive")
	}
	for _, argv := range c.Admin.ReleaseCommands {
		if len(argv) == 0 || argv[0] == "" {
			add("admin.release_commands: an empty command")
		}
	}
	if c.DB == "" {
		add("db: must not be empty")
	}
	if u, err := url.Parse(c.LockBaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		add("lock_base_url: %q is not an absolute http(s) URL", c.LockBaseURL)
	}
	if err := scoring.ValidDomains("internal_domains", c.InternalDomains); err != nil {
		errs = append(errs, err)
	}
	if !oneOf(c.OnError, "accept", "tempfail") {
		add("on_error: %q is not accept or tempfail", c.OnError)
	}
	if !oneOf(c.Learn, "accepted", "all", "none") {
		add("learn: %q is not accepted, all or none", c.Learn)
	}
	for _, id := range c.TrustedAuthServIDs {
		if id == "" || strings.ContainsAny(id, " \t\r\n;()\"") {
			add("trusted_authserv_ids: %q is not an authserv-id (a host name such as mx.example.com)", id)
		}
	}
	if _, err := c.TrustedPrefixes(); err != nil {
		errs = append(errs, err)
	}
	if !oneOf(c.LogLevel, "debug", "info", "warn", "error") {
		add("log_level: %q is not debug, info, warn or error", c.LogLevel)
	}
	if !oneOf(c.LogFormat, "text", "json") {
		add("log_format: %q is not text or json", c.LogFormat)
	}
	if !fieldName(c.HeaderName) {
		add("header_name: %q is not a valid header field name", c.HeaderName)
	}
	errs = append(errs, c.Limits.validate()...)
	if _, err := strconv.ParseUint(c.Socket.Mode, 8, 32); err != nil {
		add("socket.mode: %q is not an octal mode", c.Socket.Mode)
	}
	if c.Baseline.EstablishDays <= 0 || c.Baseline.EstablishSenders <= 0 {
		add("baseline: establish_days and establish_senders must be positive")
	}
	if c.Baseline.FlushInterval.Duration <= 0 || c.Baseline.Retention.Duration <= 0 || c.Baseline.ThreadRetention.Duration <= 0 {
		add("baseline: flush_interval, retention and thread_retention must be positive")
	}
	if err := c.Policy.Validate(); err != nil {
		errs = append(errs, eachLine("policy: ", "scoring: policy: ", err))
	}
	return errors.Join(errs...)
}

// lineError prefixes every line of err's message, after cutting trim
// from the first: errors.Join puts one problem on each line, and a
// journal shows each line as an entry of its own, so each must name the
// file and the key's section itself.
type lineError struct {
	prefix, trim string
	err          error
}

func eachLine(prefix, trim string, err error) error { return lineError{prefix, trim, err} }

func (e lineError) Error() string {
	lines := strings.Split(strings.TrimPrefix(e.err.Error(), e.trim), "\n")
	for i, l := range lines {
		lines[i] = e.prefix + l
	}
	return strings.Join(lines, "\n")
}

func (e lineError) Unwrap() error { return e.err }

func (l Limits) validate() []error {
	var errs []error
	if l.MaxBodyBytes < 1<<20 {
		errs = append(errs, fmt.Errorf("limits.max_body_bytes: %d is below 1 MiB", l.MaxBodyBytes))
	}
	if l.MaxMemBytes <= 0 || l.InflightBytes <= 0 {
		errs = append(errs, fmt.Errorf("limits: max_mem_bytes and max_inflight_bytes must be positive"))
	}
	if l.MemoryLimit < 0 || l.GCPercent <= 0 {
		errs = append(errs, fmt.Errorf("limits: memory_limit must not be negative and gc_percent must be positive"))
	}
	if l.DecisionBudget.Duration <= 0 {
		errs = append(errs, fmt.Errorf("limits.decision_budget: must be positive"))
	}
	if l.MaxDepth <= 0 || l.MaxParts <= 0 || l.MaxPartBytes <= 0 || l.MaxLinks <= 0 {
		errs = append(errs, fmt.Errorf("limits: max_mime_depth, max_mime_parts, max_part_bytes and max_links must be positive"))
	}
	for _, d := range []struct {
		key string
		v   time.Duration
	}{{"mta_idle_timeout", l.MTAIdle.Duration}, {"mta_session_idle_timeout", l.MTASessionIdle.Duration}} {
		if d.v < 0 {
			errs = append(errs, fmt.Errorf("limits.%s: %q is negative; give a positive duration such as \"5m\", or \"0s\" for no bound", d.key, d.v))
		}
	}
	if l.MaxQRPixels < 0 {
		errs = append(errs, fmt.Errorf("limits.max_qr_pixels: must be 0 (no QR reading) or positive"))
	}
	return errs
}

// SplitListen turns Postfix notation (inet:HOST:PORT, unix:/path) into a
// network and address for net.Listen.
func SplitListen(s string) (network, address string, err error) {
	kind, rest, ok := strings.Cut(s, ":")
	switch {
	case ok && (kind == "inet" || kind == "inet6"):
		if err := portZero("listen", s, rest); err != nil {
			return "", "", err
		}
		if !hostPort(rest) {
			break
		}
		if kind == "inet6" {
			return "tcp6", rest, nil
		}
		return "tcp", rest, nil
	case ok && (kind == "unix" || kind == "local") && strings.HasPrefix(rest, "/"):
		return "unix", rest, nil
	}
	return "", "", fmt.Errorf("listen: %q is not inet:HOST:PORT or unix:/path", s)
}

// httpAddr: an HTTP listener (key names it) is HOST:PORT (net.Listen's
// "tcp" form; an empty host listens everywhere) or unix:/path.
// "localhost" without a port passed the check and failed only at start.
func httpAddr(key, s string) error {
	if p, ok := strings.CutPrefix(s, "unix:"); ok && strings.HasPrefix(p, "/") {
		return nil
	}
	if err := portZero(key, s, s); err != nil {
		return err
	}
	if !hostPort(s) {
		return fmt.Errorf("%s: %q is not HOST:PORT or unix:/path", key, s)
	}
	return nil
}

// portZero refuses port 0 in hostport (the address part of value, which
// the key holds): net.Listen takes it as "any free port", so the daemon
// started on a port nobody knows (the MTA tempfailed all mail; lock links
// and admin commands led nowhere), and only the start-up log said which.
func portZero(key, value, hostport string) error {
	_, port, err := net.SplitHostPort(hostport)
	if err != nil || port == "" {
		return nil // not HOST:PORT: the caller says so
	}
	if n, err := net.LookupPort("tcp", port); err == nil && n == 0 {
		return fmt.Errorf("%s: %q has port 0, which listens on a random free port nobody can find; give a fixed port", key, value)
	}
	return nil
}

// hostPort: s is HOST:PORT with a port net.Listen takes, a number from 1
// to 65535 or a service name. An empty port listened on a random one, and
// one past 65535 passed the check and failed only at start (exit 1,
// which systemd's Restart= repeats).
func hostPort(s string) bool {
	_, port, err := net.SplitHostPort(s)
	if err != nil || port == "" {
		return false
	}
	n, err := net.LookupPort("tcp", port)
	return err == nil && n != 0
}

// fieldName: s is an RFC 5322 field name, printable ASCII but the colon.
// A NUL ended the name early in the milter packet, and an 8-bit byte made a
// header MTAs and mail programs may refuse.
func fieldName(s string) bool {
	for i := range len(s) {
		if s[i] < '!' || s[i] > '~' || s[i] == ':' {
			return false
		}
	}
	return s != ""
}

func oneOf(s string, set ...string) bool {
	for _, v := range set {
		if s == v {
			return true
		}
	}
	return false
}

// TrustedPrefixes parses trusted_networks: each entry is an IP address or a
// CIDR prefix ("192.0.2.7", "10.0.0.0/8", "2001:db8::/32").
func (c Config) TrustedPrefixes() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range c.TrustedNetworks {
		p, err := parsePrefix(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("trusted_networks: %q is not an IP address or CIDR prefix", s)
		}
		out = append(out, p)
	}
	return out, nil
}

func parsePrefix(s string) (netip.Prefix, error) {
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		return p.Masked(), err
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	return netip.PrefixFrom(a, a.BitLen()), nil
}

// The MTAs' default waits for an SMTP client's next command (Postfix's
// smtpd_timeout, Sendmail's Timeout.command). All the while the MTA sends
// nothing on the milter connection, so limits.mta_session_idle_timeout
// must outlast them or it cuts live sessions.
const (
	PostfixClientWait  = 300 * time.Second
	SendmailClientWait = time.Hour
)

// Warnings lists values that are allowed but cut live mail sessions at
// the MTAs' defaults; each names the key, its value, the value it falls
// short of and what follows. They are not refused: an MTA whose own
// timeouts were lowered needs no more.
func (c Config) Warnings() []string {
	s := c.Limits.MTASessionIdle.Duration
	if s <= 0 {
		return nil
	}
	const key = "limits.mta_session_idle_timeout"
	const cut = "a live SMTP session whose client pauses longer between commands or messages is cut, and the MTA applies its milter default action to the rest of it " +
		"(Postfix default_action; Sendmail F=T tempfails, F=R rejects, and with no F= flag the rest passes unfiltered)"
	var w []string
	switch {
	case s < PostfixClientWait:
		w = append(w, fmt.Sprintf("%s: %v is below both MTAs' default wait for an SMTP client's next command, Postfix's smtpd_timeout (%v) and Sendmail's Timeout.command (%v): %s; "+
			"give %v, or at least your MTA's own timeout if you lowered it", key, s, PostfixClientWait, SendmailClientWait, cut, SendmailClientWait))
	case s < SendmailClientWait:
		w = append(w, fmt.Sprintf("%s: %v is below Sendmail's default Timeout.command (%v), its wait for an SMTP client's next command: under Sendmail %s; "+
			"enough for Postfix's default smtpd_timeout (%v)", key, s, SendmailClientWait, cut, PostfixClientWait))
	}
	if b := c.Limits.DecisionBudget.Duration; s < b {
		w = append(w, fmt.Sprintf("%s: %v is below limits.decision_budget (%v): the MTA sends nothing while it waits for the verdict, so a verdict that takes longer has its session cut", key, s, b))
	}
	return w
}
