package scoring

import "time"

// Stat is the baseline's raw evidence for one key. It mirrors baseline.Stat
// field for field so the glue can convert with a plain type conversion; scoring
// never imports baseline.
type Stat struct {
	FirstSeen  time.Time
	LastSeen   time.Time
	Messages   int // messages (decayed/windowed)
	Days       int // distinct days seen
	Senders    int // distinct senders (approximate)
	Recipients int // distinct recipients (approximate)
	Outbound   int // sightings in outbound mail
	Vouched    int // inbound messages from a vouched (solicited or colleague) sender
}

// Seen reports whether the key was ever recorded.
func (s Stat) Seen() bool { return s.Messages > 0 || s.Outbound > 0 }

// wider is the field-wise maximum of two Stats: what either key alone
// shows, never more (two views of one history, not two histories).
func wider(a, b Stat) Stat {
	if b.FirstSeen.Before(a.FirstSeen) && !b.FirstSeen.IsZero() || a.FirstSeen.IsZero() {
		a.FirstSeen = b.FirstSeen
	}
	if b.LastSeen.After(a.LastSeen) {
		a.LastSeen = b.LastSeen
	}
	a.Messages, a.Days, a.Senders = max(a.Messages, b.Messages), max(a.Days, b.Days), max(a.Senders, b.Senders)
	a.Recipients, a.Outbound, a.Vouched = max(a.Recipients, b.Recipients), max(a.Outbound, b.Outbound), max(a.Vouched, b.Vouched)
	return a
}
