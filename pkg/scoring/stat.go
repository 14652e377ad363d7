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
