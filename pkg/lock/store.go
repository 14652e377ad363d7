package lock

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Bucket names. Every bucket this package uses starts with "lock/".
var (
	bucketRecords    = []byte("lock/records")
	bucketByTime     = []byte("lock/bytime")
	bucketAllow      = []byte("lock/allow")
	bucketVerdicts   = []byte("lock/verdicts")
	bucketQuarantine = []byte("lock/quarantine")
	bucketStats      = []byte("lock/stats")
	bucketMeta       = []byte("lock/meta")
	bucketMessages   = []byte("lock/messages")
	// bucketQuarantineByTime indexes the quarantine notes by time (quarantine.go).
	bucketQuarantineByTime = []byte("lock/quarantine-bytime")
	allBuckets             = [][]byte{bucketRecords, bucketByTime, bucketAllow, bucketVerdicts, bucketQuarantine, bucketStats, bucketMeta, bucketMessages,
		bucketQuarantineByTime}
)

// A build before this one indexed the verdict log by recipient in
// staleVerdictRcpts, with a lock/meta marker staleVerdictMark. Nothing
// reads them now: NewStore deletes both (dropStaleVerdictIndex).
var (
	staleVerdictRcpts = []byte("lock/verdict-rcpts")
	staleVerdictMark  = []byte("verdict-rcpts")
)

// FlushObserver is told how long each write-behind flush took.
type FlushObserver interface {
	ObserveFlush(d time.Duration, err error)
}

// StoreOptions tunes a Store. The zero value works.
type StoreOptions struct {
	Now           func() time.Time // clock; default time.Now
	LockTTL       time.Duration    // expiry for records created without one; default 30 days
	ExpiredGrace  time.Duration    // expired records are kept this long (the API can still show them); default 7 days
	FlushInterval time.Duration    // write-behind interval; default 2s
	FlushBatch    int              // pending verdicts that trigger an early flush; default 1000
	MaxPending    int              // pending verdicts kept if flushing fails; oldest dropped beyond; default 50000
	MaxVerdicts   int              // verdict log length; default 20000
	VerdictTTL    time.Duration    // verdict log age limit; default 30 days
	StatsTTL      time.Duration    // hourly counters age limit; default 400 days
	QuarantineTTL time.Duration    // quarantine notes age limit; default 60 days
	PruneInterval time.Duration    // how often Run prunes; default 1h
	MaxClickTimes int              // click times kept per record; default 10
	Observer      FlushObserver    // optional
}

func (o StoreOptions) withDefaults() StoreOptions {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	defInt := func(d *int, v int) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	def(&o.LockTTL, 30*24*time.Hour)
	def(&o.ExpiredGrace, 7*24*time.Hour)
	def(&o.FlushInterval, 2*time.Second)
	def(&o.VerdictTTL, 30*24*time.Hour)
	def(&o.StatsTTL, 400*24*time.Hour)
	def(&o.QuarantineTTL, 60*24*time.Hour)
	def(&o.PruneInterval, time.Hour)
	defInt(&o.FlushBatch, 1000)
	defInt(&o.MaxPending, 50000)
	defInt(&o.MaxVerdicts, 20000)
	defInt(&o.MaxClickTimes, 10)
	return o
}

// Store keeps lock records and the admin-side data in the shared bbolt DB.
// It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	opts StoreOptions

	mu      sync.Mutex // guards the write-behind queue below
	pending []VerdictRecord
	deltas  map[int64]Counters // hour (unix seconds) -> counter deltas
	dropped int64
	closed  bool

	flushMu   sync.Mutex // serialises flushes; guards seq and nVerdicts
	seq       uint32
	nVerdicts int

	allowMu sync.RWMutex
	allows  []Allow

	secret []byte
	kick   chan struct{}
}

// NewStore prepares the lock buckets in db and loads the allowlist cache.
// The caller owns db and closes it after Close.
func NewStore(db *bolt.DB, opts StoreOptions) (*Store, error) {
	s := &Store{db: db, opts: opts.withDefaults(), deltas: map[int64]Counters{}, kick: make(chan struct{}, 1)}
	err := db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		s.nVerdicts = tx.Bucket(bucketVerdicts).Stats().KeyN
		if err := s.loadSecret(tx.Bucket(bucketMeta)); err != nil {
			return err
		}
		if err := dropStaleVerdictIndex(tx); err != nil {
			return err
		}
		return checkQuarantineIndex(tx)
	})
	if err != nil {
		return nil, fmt.Errorf("lock: open store: %w", err)
	}
	if err := s.reloadAllows(); err != nil {
		return nil, err
	}
	return s, nil
}

// dropStaleVerdictIndex deletes the verdict recipient index and its
// marker that a build before this one kept (a database it wrote), in
// NewStore's transaction. It frees the index's pages for reuse (bbolt
// does not shrink the file); bbolt's DeleteBucket walks the index's
// entries (looking for nested buckets) and then its pages, so a large
// index costs two passes at that one start, still far less than the
// rebuild it replaced. Only a development build kept such an index.
func dropStaleVerdictIndex(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(staleVerdictRcpts); err != nil && !errors.Is(err, bolt.ErrBucketNotFound) {
		return err
	}
	return tx.Bucket(bucketMeta).Delete(staleVerdictMark)
}

func (s *Store) loadSecret(meta *bolt.Bucket) error {
	if v := meta.Get([]byte("secret")); len(v) == 32 {
		s.secret = append([]byte(nil), v...)
		return nil
	}
	s.secret = make([]byte, 32)
	if _, err := rand.Read(s.secret); err != nil {
		return err
	}
	return meta.Put([]byte("secret"), s.secret)
}

func (s *Store) now() time.Time { return s.opts.Now() }

// DB returns the underlying database (for backups and size reporting).
func (s *Store) DB() *bolt.DB { return s.db }

// Run flushes the write-behind queue every FlushInterval and prunes old data
// every PruneInterval, until ctx is done; then it flushes once more. It
// returns the final flush's error and the last prune's: a flush that fails
// on the way is reported to the Observer when it happens, and a later one
// that succeeds has written what it held.
func (s *Store) Run(ctx context.Context) error {
	flush := time.NewTicker(s.opts.FlushInterval)
	defer flush.Stop()
	prune := time.NewTicker(s.opts.PruneInterval)
	defer prune.Stop()
	var pruneErr error // the last prune's; a later one that succeeds clears it
	for {
		select {
		case <-ctx.Done():
			return errors.Join(pruneErr, s.Flush())
		case <-flush.C:
			s.Flush()
		case <-s.kick:
			s.Flush()
		case <-prune.C:
			pruneErr = s.Prune()
		}
	}
}

// Close flushes pending writes. Later RecordVerdict calls are dropped. It
// does not close the DB.
func (s *Store) Close() error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	return s.Flush()
}

func getJSON(b *bolt.Bucket, key string, v any) error {
	raw := b.Get([]byte(key))
	if raw == nil {
		return ErrNotFound
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("lock: decode %s: %w", key, err)
	}
	return nil
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("lock: encode: %w", err)
	}
	return b.Put(key, raw)
}

func getJSONBytes(raw []byte, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("lock: decode: %w", err)
	}
	return nil
}
