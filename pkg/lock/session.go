package lock

import (
	"crypto/rand"
	"encoding/base64"
	"sync"
	"time"
)

// sessions is the dashboard's server-side session table.
type sessions struct {
	ttl time.Duration
	now func() time.Time

	mu sync.Mutex
	m  map[string]session
}

type session struct {
	csrf    string
	expires time.Time
}

const maxSessions = 1000

func newSessions(ttl time.Duration, now func() time.Time) *sessions {
	return &sessions{ttl: ttl, now: now, m: map[string]session{}}
}

func randomToken() string {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("lock: crypto/rand failed: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// create starts a session and returns its ID.
func (s *sessions) create() string {
	id := randomToken()
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.m) >= maxSessions {
		s.expire(now)
	}
	s.m[id] = session{csrf: randomToken(), expires: now.Add(s.ttl)}
	return id
}

func (s *sessions) expire(now time.Time) {
	for k, v := range s.m {
		if !now.Before(v.expires) {
			delete(s.m, k)
		}
	}
	if len(s.m) >= maxSessions {
		clear(s.m)
	}
}

// get returns the session's CSRF token, or false for unknown and expired IDs.
func (s *sessions) get(id string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[id]
	if !ok {
		return "", false
	}
	if !s.now().Before(v.expires) {
		delete(s.m, id)
		return "", false
	}
	return v.csrf, true
}

func (s *sessions) delete(id string) {
	s.mu.Lock()
	delete(s.m, id)
	s.mu.Unlock()
}
