package baseline

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the on-disk layout this build reads and writes.
const SchemaVersion = 4

var (
	// ErrSchema means the DB was written by an incompatible build.
	ErrSchema = errors.New("incompatible database") // always wrapped with a "baseline: ..." message
	// ErrHashKey means the DB was created with a different (or no) HashKey.
	ErrHashKey = errors.New("baseline: address hash key does not match the database")
)

// Store is the baseline history. All methods are safe for concurrent use.
type Store struct {
	db       *bolt.DB
	opts     Options
	keys     *keyer
	halfLife float64 // seconds

	mu       sync.RWMutex // guards pending and flushing
	pending  *batch
	flushing *batch // being written; nil when no flush is in progress

	flushMu sync.Mutex // serialises Flush
}

// New prepares the baseline buckets in db (created if missing) and checks
// the schema version and hash key. The caller owns db and closes it after
// Store.Close.
func New(db *bolt.DB, opts Options) (*Store, error) {
	opts = opts.withDefaults()
	s := &Store{
		db:       db,
		opts:     opts,
		keys:     newKeyer(opts.HashKey),
		halfLife: opts.HalfLife.Seconds(),
		pending:  newBatch(),
	}
	if err := db.Update(s.initBuckets); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Store) initBuckets(tx *bolt.Tx) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return fmt.Errorf("baseline: create %s: %w", bucketMeta, err)
	}
	if err := checkSchema(meta); err != nil {
		return err
	}
	if err := s.checkHashID(meta); err != nil {
		return err
	}
	if err := s.loadIDSalt(meta); err != nil {
		return err
	}
	for _, name := range append(bucketNames(), bucketKnown, bucketLinkNames) {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("baseline: create %s: %w", name, err)
		}
	}
	return nil
}

func bucketNames() [][]byte {
	names := make([][]byte, 0, numKinds+1)
	for i := range kinds {
		names = append(names, kinds[i].bucket)
	}
	return names
}

func checkSchema(meta *bolt.Bucket) error {
	v := meta.Get(keySchema)
	if v == nil {
		return meta.Put(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion))
	}
	if len(v) != 4 {
		return fmt.Errorf("baseline: malformed schema version %x: %w", v, ErrSchema)
	}
	if got := binary.BigEndian.Uint32(v); got != SchemaVersion {
		return fmt.Errorf("baseline: schema version %d, this build supports %d: %w", got, SchemaVersion, ErrSchema)
	}
	return nil
}

func (s *Store) checkHashID(meta *bolt.Bucket) error {
	want := s.keys.hashID()
	got := meta.Get(keyHashID)
	if got == nil {
		if s.empty(meta.Tx()) {
			return meta.Put(keyHashID, append([]byte{1}, want...))
		}
		got = []byte{1} // pre-existing data without a record: clear text
	}
	if !bytes.Equal(got[1:], want) {
		return ErrHashKey
	}
	return nil
}

// loadIDSalt reads the key of two-part-key ids, creating it in a new DB.
func (s *Store) loadIDSalt(meta *bolt.Bucket) error {
	salt := meta.Get(keyIDSalt)
	if salt == nil {
		salt = make([]byte, 32)
		if _, err := rand.Read(salt); err != nil {
			return fmt.Errorf("baseline: id salt: %w", err)
		}
		if err := meta.Put(keyIDSalt, salt); err != nil {
			return fmt.Errorf("baseline: id salt: %w", err)
		}
	}
	s.keys.setIDSalt(salt)
	return nil
}

// empty reports whether no baseline record exists yet.
func (s *Store) empty(tx *bolt.Tx) bool {
	for i := range kinds {
		if b := tx.Bucket(kinds[i].bucket); b != nil {
			if k, _ := b.Cursor().First(); k != nil {
				return false
			}
		}
	}
	return true
}

// Options returns the effective options (defaults applied).
func (s *Store) Options() Options { return s.opts }

// Close flushes pending observations. It is idempotent; it does not close
// the bbolt DB, which the caller owns. Call it after the last Observe.
func (s *Store) Close() error {
	return s.Flush()
}

// Run flushes every FlushInterval and prunes FirstPrune after it starts
// and then every PruneInterval until ctx is done, then flushes a final
// time and returns that flush's error.
// Background errors go to Options.OnError.
func (s *Store) Run(ctx context.Context) error {
	flush := time.NewTicker(s.opts.FlushInterval)
	defer flush.Stop()
	prune := time.NewTicker(s.opts.PruneInterval)
	defer prune.Stop()
	first := time.NewTimer(s.opts.FirstPrune)
	defer first.Stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	var pruning atomic.Bool
	startPrune := func(now time.Time) {
		if !pruning.CompareAndSwap(false, true) {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer pruning.Store(false)
			_, err := s.prune(ctx, now)
			s.report(err)
		}()
	}
	for {
		select {
		case <-ctx.Done():
			wg.Wait()
			return s.Flush()
		case <-flush.C:
			s.report(s.Flush())
		case now := <-first.C:
			startPrune(now)
		case now := <-prune.C:
			startPrune(now)
		}
	}
}

func (s *Store) report(err error) {
	if err != nil && s.opts.OnError != nil && !errors.Is(err, context.Canceled) {
		s.opts.OnError(err)
	}
}
