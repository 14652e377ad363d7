package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// loadConfig reads -config (or the embedded defaults) and applies overrides.
func loadConfig(path string) (config.Config, error) {
	if path == "" {
		c := config.Default()
		return c, c.Validate()
	}
	return config.Load(path)
}

func newLogger(c config.Config, w io.Writer) *slog.Logger {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(c.LogLevel))
	o := &slog.HandlerOptions{Level: lv}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, o))
	}
	return slog.New(slog.NewTextHandler(w, o))
}

var errDBLocked = errors.New("database locked")

// lockedError is openDB's error for a file another process holds locked:
// it is errDBLocked, and keeps the holder read once from /proc/locks
// (known false: this system could not tell).
type lockedError struct {
	path   string
	holder holder
	known  bool
}

func (e *lockedError) Error() string {
	return fmt.Sprintf("db: %s is locked by %s", e.path, lockedBy(e.holder, e.known))
}

func (e *lockedError) Unwrap() error { return errDBLocked }

// openDB opens the one bbolt file, creating its directory. It fails fast
// when another process holds the file. scratch skips fsync: only for a
// throwaway DB (a replay's temp file), never for the daemon's.
func openDB(path string, scratch bool) (*bolt.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("db: create directory: %w", err)
	}
	db, err := boltOpen(path, &bolt.Options{Timeout: time.Second, FreelistType: bolt.FreelistMapType, NoSync: scratch, NoGrowSync: scratch})
	if errors.Is(err, berrors.ErrTimeout) {
		h, known := lockHolder(path)
		return nil, &lockedError{path: path, holder: h, known: known}
	}
	if err != nil {
		return nil, fmt.Errorf("db: open %s: %w", path, err)
	}
	return db, nil
}

// boltOpen is bolt.Open, with a panic (bbolt panics on some damaged files)
// or a memory fault (a truncated file, read through its mapping past the
// end) turned into an error that names the file.
func boltOpen(path string, o *bolt.Options) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			db, err = nil, fmt.Errorf("the file is damaged (%v): restore it from a backup (milterd backup), or move it away to start with an empty history", p)
		}
	}()
	return bolt.Open(path, 0o600, o)
}

// checkDB reads every key and value of the database once at start,
// before the stores write, and says so loudly if a page is damaged: bbolt
// opens such a file, and every message whose lookup touches a bad page
// would otherwise pass unscanned with only a per-message error. The walk
// runs in this goroutine with faults turned into panics, which bbolt's own
// Check, walking in a goroutine of its own, cannot offer: a fault there
// kills the process. A 250 MB file takes about 30 ms from the page cache.
func checkDB(db *bolt.DB, path string, log *slog.Logger, met interface{ Error(string) }) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	var fault string
	defer func() {
		if p := recover(); p != nil {
			fault = fmt.Sprint(p)
		}
		if fault != "" {
			met.Error("db")
			log.Error("db: the database is damaged: messages whose history is on a damaged page pass unscanned; stop milterd and restore it from a backup (milterd backup), or move it away to start with an empty history",
				"path", path, "fault", fault)
		}
	}()
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return walkBucket(b, 0) })
	})
	if err != nil {
		fault = err.Error()
	}
}

// touched keeps walkBucket's reads from being optimised away.
var touched byte

// walkBucket reads the first and last byte of every key and value of b
// and of the buckets nested in it, which reads every page they sit on.
func walkBucket(b *bolt.Bucket, depth int) error {
	if depth > 16 {
		return errors.New("buckets nested deeper than milterd makes them")
	}
	var sum byte
	err := b.ForEach(func(k, v []byte) error {
		if len(k) > 0 {
			sum ^= k[0] ^ k[len(k)-1]
		}
		if v == nil {
			if nb := b.Bucket(k); nb != nil {
				return walkBucket(nb, depth+1)
			}
			return nil
		}
		if len(v) > 0 {
			sum ^= v[0] ^ v[len(v)-1]
		}
		return nil
	})
	touched ^= sum
	return err
}

// storeHooks are the daemon's observers of background store work; all
// fields may be nil.
type storeHooks struct {
	flush   lock.FlushObserver
	onError func(error)
}

// stores opens the baseline and lock stores inside db.
func stores(c config.Config, db *bolt.DB, hooks storeHooks) (*baseline.Store, *lock.Store, error) {
	bo := baseline.Options{
		FlushInterval: c.Baseline.FlushInterval.Duration, Retention: c.Baseline.Retention.Duration,
		ThreadRetention: c.Baseline.ThreadRetention.Duration,
		EstablishDays:   c.Baseline.EstablishDays, EstablishSenders: c.Baseline.EstablishSenders,
		InternalDomains: c.InternalDomains, OnError: hooks.onError,
	}
	if c.Baseline.HashKeyFile != "" {
		key, err := os.ReadFile(c.Baseline.HashKeyFile)
		if err != nil {
			return nil, nil, fmt.Errorf("baseline: hash key: %w", err)
		}
		bo.HashKey = key
	}
	b, err := baseline.New(db, bo)
	if errors.Is(err, baseline.ErrSchema) {
		return nil, nil, fmt.Errorf("%w; this build cannot read that history: stop milterd, run \"milterd reset-baseline -yes\" (lock records stay), then warm up with \"milterd replay -learn-only\"", err)
	}
	if err != nil {
		return nil, nil, err
	}
	l, err := lock.NewStore(db, lock.StoreOptions{LockTTL: c.Lock.TTL.Duration, Observer: hooks.flush})
	if err != nil {
		return nil, nil, err
	}
	return b, l, nil
}

// engineOptions maps the config onto the decision core.
func engineOptions(c config.Config) filter.Options {
	// Domains configured in Unicode also match their A-label form; expanded
	// here once, not on every message.
	internal := scoring.WithALabels(c.InternalDomains)
	p := c.Policy
	if len(p.InternalDomains) == 0 {
		p.InternalDomains = internal
	} else {
		p.InternalDomains = scoring.WithALabels(p.InternalDomains)
	}
	p.OrgDomains = scoring.WithALabels(p.OrgDomains)
	return filter.Options{
		Policy: p, LockBaseURL: c.LockBaseURL, InternalDomains: internal, Learn: c.Learn,
		TrustedAuthServIDs: c.TrustedAuthServIDs,
		Links: links.Options{MaxDepth: c.Limits.MaxDepth, MaxParts: c.Limits.MaxParts,
			MaxPartBytes: c.Limits.MaxPartBytes, MaxLinks: c.Limits.MaxLinks,
			MaxQRPixels: c.Limits.MaxQRPixels, NoQR: c.Limits.MaxQRPixels == 0},
	}
}

// configFlags registers the flags every DB-using command shares.
type configFlags struct {
	config, db string
}

// load reads the config file (or the embedded defaults) with -db applied.
func (f *configFlags) load() (config.Config, error) {
	c, err := loadConfig(f.config)
	if err == nil && f.db != "" {
		c.DB = f.db
	}
	return c, err
}

func (f *configFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.config, "config", "", "TOML config file (default: embedded defaults)")
	fs.StringVar(&f.db, "db", "", "bbolt database path (overrides the config)")
}

// parseStatus is the exit status for a command line that did not parse:
// 0 when help was asked for (-h), 2 otherwise. The flag package has
// printed the usage either way.
func parseStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
