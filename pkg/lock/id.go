package lock

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
)

// idBytes is the number of random bytes in a lock ID (128 bits).
const idBytes = 16

// Accepted ID lengths: 16 bytes encode to 22 characters; longer IDs are
// accepted so the length can grow without breaking old links.
const (
	minIDLen = 22
	maxIDLen = 64
)

// NewID returns a fresh random lock ID: 128 bits, unpadded base64url.
// An ID never starts with "-", which a command line would take for a
// flag (milterd release ID): one draw in 64 is drawn again, which costs
// under 0.03 of the ID's 128 random bits.
func NewID() (string, error) {
	var b [idBytes]byte
	for {
		if _, err := rand.Read(b[:]); err != nil {
			return "", fmt.Errorf("lock: new id: %w", err)
		}
		if id := base64.RawURLEncoding.EncodeToString(b[:]); id[0] != '-' {
			return id, nil
		}
	}
}

// ValidID reports whether s has the shape of a lock ID. It does no lookup.
func ValidID(s string) bool {
	if len(s) < minIDLen || len(s) > maxIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isIDChar(s[i]) {
			return false
		}
	}
	return true
}

func isIDChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

// ParsePath splits a lock-page path "/l/<id>" or "/l/<id>/<action>" into the
// ID and the action ("" for the page itself). ok is false for anything else.
func ParsePath(p string) (id, action string, ok bool) {
	rest, found := strings.CutPrefix(p, "/l/")
	if !found {
		return "", "", false
	}
	id, action, _ = strings.Cut(rest, "/")
	if !ValidID(id) {
		return "", "", false
	}
	switch action {
	case "", "continue", "request":
		return id, action, true
	}
	return "", "", false
}
