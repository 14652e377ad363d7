package lock

import (
	"fmt"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

const maxAllowNote = 500

// AddAllow stores an allowlist entry and returns it with its ID and creation
// time set. Exactly one of Domain and Sender must be set.
func (s *Store) AddAllow(a Allow) (Allow, error) {
	a, err := normAllow(a)
	if err != nil {
		return Allow{}, err
	}
	if a.ID, err = NewID(); err != nil {
		return Allow{}, err
	}
	a.Created = s.now()
	err = s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketAllow), []byte(a.ID), a)
	})
	if err != nil {
		return Allow{}, fmt.Errorf("lock: add allow: %w", err)
	}
	return a, s.reloadAllows()
}

// normAllow checks and normalises an entry: exactly one of Domain and
// Sender, each a real domain or address and no public suffix, and a
// Recipient that is an address.
func normAllow(a Allow) (Allow, error) {
	if (strings.TrimSpace(a.Domain) == "") == (strings.TrimSpace(a.Sender) == "") {
		return Allow{}, fmt.Errorf("%w: allow needs exactly one of domain and sender", ErrBadRecord)
	}
	if len(a.Note) > maxAllowNote || len(a.Domain) > 255 || len(a.Sender) > 320 || len(a.Recipient) > 320 {
		return Allow{}, fmt.Errorf("%w: allow field too long", ErrBadRecord)
	}
	var err error
	if a.Domain != "" {
		a.Domain, err = allowDomain(a.Domain)
	} else {
		a.Sender, err = allowSender(a.Sender)
	}
	if err != nil {
		return Allow{}, err
	}
	if a.Recipient = strings.TrimSpace(a.Recipient); a.Recipient != "" {
		if a.Recipient, err = allowSender(a.Recipient); err != nil || !strings.Contains(a.Recipient, "@") {
			return Allow{}, fmt.Errorf("%w: recipient %q is not an address", ErrBadRecord, a.Recipient)
		}
	}
	// normalised again: a byte that is no UTF-8 becomes U+FFFD, three
	// bytes, so a name within the bound may leave it
	if len(a.Domain) > 255 || len(a.Sender) > 320 || len(a.Recipient) > 320 {
		return Allow{}, fmt.Errorf("%w: allow field too long", ErrBadRecord)
	}
	return a, nil
}

// RemoveAllow deletes an allowlist entry.
func (s *Store) RemoveAllow(id string) error {
	if !ValidID(id) {
		return ErrBadID
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAllow)
		if b.Get([]byte(id)) == nil {
			return ErrNotFound
		}
		return b.Delete([]byte(id))
	})
	if err != nil {
		return err
	}
	return s.reloadAllows()
}

// Allows returns every allowlist entry, expired ones included, oldest first.
func (s *Store) Allows() []Allow {
	s.allowMu.RLock()
	defer s.allowMu.RUnlock()
	return append([]Allow(nil), s.allows...)
}

// ActiveAllows returns the entries in force at now, from memory.
func (s *Store) ActiveAllows(now time.Time) []Allow {
	s.allowMu.RLock()
	defer s.allowMu.RUnlock()
	out := make([]Allow, 0, len(s.allows))
	for _, a := range s.allows {
		if a.Active(now) {
			out = append(out, a)
		}
	}
	return out
}

func (s *Store) reloadAllows() error {
	var all []Allow
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketAllow).ForEach(func(k, v []byte) error {
			var a Allow
			if err := getJSON(tx.Bucket(bucketAllow), string(k), &a); err != nil {
				return err
			}
			if _, err := normAllow(a); err != nil {
				a.Ignored = err.Error()
			}
			all = append(all, a)
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("lock: load allowlist: %w", err)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Created.Before(all[j].Created) })
	s.allowMu.Lock()
	s.allows = all
	s.allowMu.Unlock()
	return nil
}
