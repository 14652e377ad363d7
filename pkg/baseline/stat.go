package baseline

import "time"

// Stat is what the baseline knows about one key (a link domain, a sender,
// a pair, ...). The zero Stat means "never seen". Counts are the effective,
// recency-windowed values at lookup time. scoring.Stat has the same fields, so
// the glue converts with scoring.Stat(s).
type Stat struct {
	FirstSeen  time.Time
	LastSeen   time.Time
	Messages   int // messages (decayed/windowed)
	Days       int // distinct days seen
	Senders    int // distinct senders (approximate); 0 where meaningless
	Recipients int // distinct recipients (approximate); 0 where meaningless
	Outbound   int // sightings in outbound mail (we sent it / we wrote to them)
	Vouched    int // inbound messages from a vouched sender (Observation.Vouched), lifetime
}

// Seen reports whether the key was ever recorded.
func (s Stat) Seen() bool { return s.Messages > 0 || s.Outbound > 0 }
