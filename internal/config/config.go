package config

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"

	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// Config is the whole milterd configuration. deploy/milterd.toml documents
// every key with its default; keep the two in step.
type Config struct {
	Listen          string   `toml:"listen"`           // milter socket: inet:HOST:PORT or unix:/path
	HTTP            string   `toml:"http"`             // lock page, admin API and metrics: HOST:PORT
	DB              string   `toml:"db"`               // the one bbolt file
	LockBaseURL     string   `toml:"lock_base_url"`    // public base of lock links: <base>/l/<id>
	InternalDomains []string `toml:"internal_domains"` // the organisation's own domains
	HeaderName      string   `toml:"header_name"`      // the verdict header
	OnError         string   `toml:"on_error"`         // accept | tempfail
	Learn           string   `toml:"learn"`            // accepted | all | none
	// TrustedAuthServIDs: the authserv-ids of the verifiers (OpenDMARC,
	// OpenDKIM, rspamd, ...) whose Authentication-Results fields are read.
	TrustedAuthServIDs []string `toml:"trusted_authserv_ids"`
	// TrustedNetworks: client addresses or CIDR prefixes of the servers
	// that relay mail your own people wrote (groupware, a submission host),
	// as Postfix's mynetworks. Mail from them counts as authenticated, like
	// SMTP AUTH. Never list a gateway that relays inbound mail.
	TrustedNetworks []string `toml:"trusted_networks"`
	LogLevel        string   `toml:"log_level"`  // debug | info | warn | error
	LogFormat       string   `toml:"log_format"` // text | json

	Limits   Limits         `toml:"limits"`
	Socket   Socket         `toml:"socket"`
	Baseline Baseline       `toml:"baseline"`
	Lock     Lock           `toml:"lock"`
	Admin    Admin          `toml:"admin"`
	Policy   scoring.Policy `toml:"policy"`
}

// Limits bound the work done per message.
type Limits struct {
	MaxBodyBytes   int64    `toml:"max_body_bytes"`     // larger bodies pass unscanned, never truncated
	MaxMemBytes    int      `toml:"max_mem_bytes"`      // body bytes kept in RAM before spilling to a temp file
	MemoryLimit    int64    `toml:"memory_limit"`       // soft Go heap limit in bytes (GOMEMLIMIT wins); 0: none
	GCPercent      int      `toml:"gc_percent"`         // Go GC target percentage (GOGC wins)
	InflightBytes  int64    `toml:"max_inflight_bytes"` // message bytes judged at once; others wait
	DecisionBudget Duration `toml:"decision_budget"`    // per-message time budget, below milter_content_timeout
	MaxDepth       int      `toml:"max_mime_depth"`     // MIME nesting depth parsed
	MaxParts       int      `toml:"max_mime_parts"`     // MIME parts parsed
	MaxPartBytes   int64    `toml:"max_part_bytes"`     // decoded bytes scanned per part
	MaxLinks       int      `toml:"max_links"`          // links kept per message
	MaxQRPixels    int      `toml:"max_qr_pixels"`      // image pixels decoded for QR codes per message; 0: none
	// MTAIdle: how long the MTA may send nothing on a milter connection
	// before its connect event and inside a message; 0: no bound.
	MTAIdle Duration `toml:"mta_idle_timeout"`
	// MTASessionIdle: the same between SMTP commands and messages; 0: no bound.
	MTASessionIdle Duration `toml:"mta_session_idle_timeout"`
}

// Socket sets ownership of a unix milter socket.
type Socket struct {
	Group string `toml:"group"` // group owning the socket (postfix for a chrooted smtpd)
	Mode  string `toml:"mode"`  // octal permission bits
}

// Baseline configures the history store.
type Baseline struct {
	FlushInterval    Duration `toml:"flush_interval"`
	Retention        Duration `toml:"retention"`
	ThreadRetention  Duration `toml:"thread_retention"` // how long learned Message-IDs are kept (thread_reply)
	EstablishDays    int      `toml:"establish_days"`
	EstablishSenders int      `toml:"establish_senders"`
	HashKeyFile      string   `toml:"hash_key_file"` // when set, addresses are stored as HMACs keyed by this file
}

// Lock configures lock records and the lock page.
type Lock struct {
	TTL            Duration `toml:"ttl"`             // how long a lock link keeps working
	Contact        string   `toml:"contact"`         // whom readers contact about a locked link
	Organization   string   `toml:"organization"`    // shown in lock-page titles
	TrustForwarded bool     `toml:"trust_forwarded"` // behind a reverse proxy: client IP from X-Forwarded-For
	LookupRate     float64  `toml:"lookup_rate"`     // lock-page lookups per second per client IP
	LookupBurst    int      `toml:"lookup_burst"`
}

// Admin configures the admin API and dashboard.
type Admin struct {
	Listen          string     `toml:"listen"`           // own listener (HOST:PORT or unix:/path); empty: on `http` when that is loopback
	Token           string     `toml:"token"`            // bearer token; empty with no token_file disables the admin API
	TokenFile       string     `toml:"token_file"`       // file holding the token (preferred over token)
	ReleaseCommands [][]string `toml:"release_commands"` // argv lists run to release a held message; "{queue_id}" is replaced
}

// Duration is a time.Duration written as "200ms", "13h", "395d" in TOML.
type Duration struct{ time.Duration }

// durationForm says what a duration key takes. go-toml reports an
// UnmarshalText error without the key or line, so the value and this
// are what the admin gets to find it by.
const durationForm = `want a string such as "200ms", "20s", "15m", "12h" or "30d"`

// maxDays is the most days a time.Duration holds (about 292 years): more
// wrapped around, so "213504d" was 25 minutes (a retention that forgets
// the history) where time.ParseDuration refuses "5124096h".
const maxDays = int(math.MaxInt64 / int64(24*time.Hour))

// UnmarshalText parses Go durations plus a "d" (day) suffix.
func (d *Duration) UnmarshalText(b []byte) error {
	s := string(b)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		var days int
		if _, err := fmt.Sscanf(n, "%d", &days); err != nil || fmt.Sprint(days) != n {
			return fmt.Errorf("bad duration %q: %s", s, durationForm)
		}
		if days > maxDays || days < -maxDays {
			return fmt.Errorf("bad duration %q: over %d days, the longest a duration holds", s, maxDays)
		}
		d.Duration = time.Duration(days) * 24 * time.Hour
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("bad duration %q: %s", s, durationForm)
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration back in Go notation.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// Default returns the embedded defaults: milterd runs on them with no file.
func Default() Config {
	return Config{
		Listen:      "inet:127.0.0.1:10025",
		HTTP:        "127.0.0.1:8025",
		DB:          DefaultDBPath(),
		LockBaseURL: "http://127.0.0.1:8025",
		HeaderName:  "X-Firstsight",
		OnError:     "accept",
		Learn:       "accepted",
		LogLevel:    "info",
		LogFormat:   "text",
		Limits: Limits{
			MaxBodyBytes:   64 << 20,
			MaxMemBytes:    128 << 10,
			InflightBytes:  4 << 20,
			MemoryLimit:    96 << 20,
			GCPercent:      400,
			DecisionBudget: Duration{20 * time.Second},
			MaxDepth:       20,
			MaxParts:       500,
			MaxPartBytes:   8 << 20,
			MaxLinks:       2000,
			MaxQRPixels:    links.DefaultMaxQRPixels,
			MTAIdle:        Duration{5 * time.Minute},
			MTASessionIdle: Duration{time.Hour},
		},
		Socket:   Socket{Group: "", Mode: "0660"},
		Baseline: Baseline{FlushInterval: Duration{200 * time.Millisecond}, Retention: Duration{395 * 24 * time.Hour}, ThreadRetention: Duration{90 * 24 * time.Hour}, EstablishDays: 2, EstablishSenders: 2},
		Lock:     Lock{TTL: Duration{30 * 24 * time.Hour}, Contact: "your IT team", Organization: "your organisation", LookupRate: 1, LookupBurst: 20},
		Policy:   scoring.DefaultPolicy(),
	}
}

// DefaultDBPath is $STATE_DIRECTORY/firstsight.db under systemd, else
// /var/lib/firstsight/firstsight.db for root, else ~/.local/state/firstsight/firstsight.db.
func DefaultDBPath() string {
	if d := os.Getenv("STATE_DIRECTORY"); d != "" {
		return filepath.Join(strings.Split(d, ":")[0], "firstsight.db")
	}
	if os.Geteuid() == 0 {
		return "/var/lib/firstsight/firstsight.db"
	}
	if d, err := os.UserHomeDir(); err == nil {
		return filepath.Join(d, ".local", "state", "firstsight", "firstsight.db")
	}
	return "firstsight.db"
}

// Load reads a config file over the defaults. Unknown keys are errors.
func Load(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return Parse(b, path)
}

// Parse decodes TOML over the defaults; name is used in error messages.
func Parse(b []byte, name string) (Config, error) {
	c := Default()
	dec := toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Config{}, describe(name, err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, eachLine("config: "+name+": ", "", err)
	}
	return c, nil
}

// describe turns go-toml errors into one line per problem with key and line.
func describe(name string, err error) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var lines []string
		for _, e := range strict.Errors {
			row, _ := e.Position()
			lines = append(lines, fmt.Sprintf("%s:%d: unknown key %q", name, row, strings.Join(e.Key(), ".")))
		}
		return fmt.Errorf("config: %s", strings.Join(lines, "; "))
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, _ := de.Position()
		return fmt.Errorf("config: %s:%d: %s", name, row, decodeProblem(de))
	}
	return fmt.Errorf("config: %s: %w", name, err)
}

// typeMismatch is go-toml's message for a value of the wrong type, which
// names the Go struct field ("scoring.Policy.LockThreshold") rather than
// the key the admin wrote.
var typeMismatch = regexp.MustCompile(`^cannot decode TOML (\w+) into struct field \S+ of type (\S+)$`)

// decodeProblem names the key, and for a wrong type what the key takes:
// "policy.lock_threshold: a TOML string, want a number".
func decodeProblem(de *toml.DecodeError) string {
	msg := strings.TrimPrefix(de.Error(), "toml: ")
	key := strings.Join(de.Key(), ".")
	if key == "" {
		return msg
	}
	if m := typeMismatch.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s: a TOML %s, want %s", key, m[1], tomlType(m[2]))
	}
	return key + ": " + msg
}

// tomlType says in TOML's words what a Go field type takes.
func tomlType(goType string) string {
	switch {
	case goType == "string":
		return "a string (in quotes)"
	case goType == "bool":
		return "true or false"
	case goType == "float64":
		return "a number"
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "an integer"
	case goType == "[]string":
		return `a list of strings (["a", "b"])`
	case goType == "[][]string":
		return `a list of lists of strings ([["a", "b"]])`
	}
	return goType
}
