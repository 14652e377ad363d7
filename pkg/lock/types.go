package lock

import (
	"errors"
	"time"
)

// Level is how firmly a link is locked.
type Level string

// Lock levels, from mildest to strictest.
const (
	LevelWarn Level = "warn" // the reader may continue after a confirmation
	LevelLock Level = "lock" // the reader may ask an admin for access
	LevelHard Level = "hard" // no way through; the page says whom to contact
)

// Valid reports whether l is one of the known levels.
func (l Level) Valid() bool { return l == LevelWarn || l == LevelLock || l == LevelHard }

// Reason is one piece of evidence: a stable code and a sentence for people.
// Lowers marks evidence that spoke for the link (it lowered the risk, as a
// sender who has written before does); records saved before it existed
// have none.
type Reason struct {
	Code   string `json:"code"`
	Text   string `json:"text"`
	Lowers bool   `json:"lowers,omitempty"`
}

// Risks are the record's reasons that raised the risk: why it was locked.
func (r Record) Risks() []Reason { return r.reasons(false) }

// Mitigations are the reasons that spoke for the link.
func (r Record) Mitigations() []Reason { return r.reasons(true) }

func (r Record) reasons(lowers bool) []Reason {
	var out []Reason
	for _, x := range r.Reasons {
		if x.Lowers == lowers {
			out = append(out, x)
		}
	}
	return out
}

// Record is one locked link.
type Record struct {
	ID  string `json:"id"`
	URL string `json:"url"` // the original destination; the only redirect target
	// Truncated: the destination was longer than the store keeps (8 KiB);
	// URL holds its start, for the page, and nobody may go through.
	Truncated bool     `json:"truncated,omitempty"`
	Chain     []string `json:"chain,omitempty"` // unwrap chain, outermost first
	Reasons   []Reason `json:"reasons"`
	Score     float64  `json:"score"`
	Level     Level    `json:"level"`
	MessageID string   `json:"message_id,omitempty"`
	QueueID   string   `json:"queue_id,omitempty"`
	Sender    string   `json:"sender,omitempty"`
	Recipient string   `json:"recipient,omitempty"` // the first recipient (records before 0.2 hold only this)
	// Recipients are all the message's envelope recipients. The store
	// keeps a list of more than one in the message's record (Msg), once
	// for all its locks, and fills it in on every read; records stored
	// before message records hold it inline, and still work.
	Recipients []string `json:"recipients,omitempty"`
	// Msg names the message record (lock/messages) that keeps
	// Recipients; empty: they are inline. Only the store sets it.
	Msg string `json:"msg,omitempty"`
	// ReplyTo is the message's Reply-To address when it is neither the
	// sender's nor in our own domains (the journal keeps none then),
	// which a release teaches as an address someone here wrote
	// to only when the admin also trusts it (trust_reply_to,
	// LearnEvent.ReplyTo). Records stored before it existed have none:
	// their release teaches no Reply-To.
	ReplyTo string `json:"reply_to,omitempty"`
	// ReplyTrustedAt is when a release trusted ReplyTo (the admin's
	// explicit choice; zero: never). A relock does not unlearn it, and a
	// later trusting release does not teach it again.
	ReplyTrustedAt time.Time `json:"reply_trusted_at,omitzero"`
	Created        time.Time `json:"created"`
	Expires        time.Time `json:"expires"`

	Clicks     int             `json:"clicks"`
	LastClicks []time.Time     `json:"last_clicks,omitempty"` // newest last, bounded
	Continues  int             `json:"continues"`
	Requests   []AccessRequest `json:"requests,omitempty"`
	Released   bool            `json:"released"`
	ReleasedAt time.Time       `json:"released_at,omitzero"`
	ReleasedBy string          `json:"released_by,omitempty"`
	// Taught: a release of this lock has taught the baseline; a relock
	// does not unlearn it, and a later release does not teach again.
	Taught bool `json:"taught,omitempty"`
}

// AccessRequest is a reader's request to open a lock-level link.
type AccessRequest struct {
	Time time.Time `json:"time"`
	Note string    `json:"note,omitempty"`
}

// AllRecipients returns every recipient of the locked message: Recipients,
// or the single Recipient of an older record.
func (r Record) AllRecipients() []string {
	if len(r.Recipients) > 0 {
		return r.Recipients
	}
	return nonEmpty(r.Recipient)
}

// Expired reports whether the record is past its expiry at now.
func (r *Record) Expired(now time.Time) bool { return !r.Expires.IsZero() && !now.Before(r.Expires) }

// Passable reports whether the reader may go through to the URL.
func (r *Record) Passable() bool { return !r.Truncated && (r.Released || r.Level == LevelWarn) }

// Allow is an allowlist entry for a link domain or a sender (address or
// domain), org-wide when Recipient is empty.
type Allow struct {
	ID        string    `json:"id"`
	Domain    string    `json:"domain,omitempty"`
	Sender    string    `json:"sender,omitempty"`
	Recipient string    `json:"recipient,omitempty"`
	Expires   time.Time `json:"expires,omitzero"` // zero: never
	Note      string    `json:"note,omitempty"`
	Created   time.Time `json:"created"`
	// Ignored says why an entry stored by an older version, before entries
	// were checked (a public suffix such as "com"), is not applied. Set
	// when the allowlist is loaded; never stored.
	Ignored string `json:"ignored,omitempty"`
}

// Active reports whether the entry applies at now.
func (a *Allow) Active(now time.Time) bool {
	return a.Ignored == "" && (a.Expires.IsZero() || now.Before(a.Expires))
}

// VerdictRecord is one line of the recent-verdict log.
type VerdictRecord struct {
	Time        time.Time `json:"time"`
	QueueID     string    `json:"queue_id,omitempty"`
	MessageID   string    `json:"message_id,omitempty"`
	Sender      string    `json:"sender,omitempty"`
	Recipients  []string  `json:"recipients,omitempty"`
	Action      string    `json:"action"`
	Monitor     bool      `json:"monitor,omitempty"` // judged in monitor mode: Would and Locked are what enforce would have done
	Would       string    `json:"would,omitempty"`   // monitor mode: the action enforce would have taken
	Score       float64   `json:"score"`
	Level       Level     `json:"level,omitempty"`
	Reasons     []string  `json:"reasons,omitempty"` // reason codes
	LinkCount   int       `json:"links"`
	LockedCount int       `json:"locked"` // link occurrences rewritten; in monitor mode, that enforce would have rewritten
	LockedHosts []string  `json:"locked_hosts,omitempty"`
	LockIDs     []string  `json:"lock_ids,omitempty"`
}

// QuarantineRecord notes why a message was put on hold.
type QuarantineRecord struct {
	QueueID    string    `json:"queue_id"`
	MessageID  string    `json:"message_id,omitempty"`
	Time       time.Time `json:"time"`
	Sender     string    `json:"sender,omitempty"`
	Recipients []string  `json:"recipients,omitempty"`
	Subject    string    `json:"subject,omitempty"`
	// ReplyTo is the message's Reply-To address when it is neither the
	// sender's nor ours, as on Record: a release teaches it only when the admin
	// also trusts it; records stored before it existed have none and
	// teach no Reply-To.
	ReplyTo    string    `json:"reply_to,omitempty"`
	Score      float64   `json:"score"`
	Reasons    []Reason  `json:"reasons"`
	URLs       []string  `json:"urls,omitempty"` // the links that caused it
	Released   bool      `json:"released"`
	ReleasedAt time.Time `json:"released_at,omitzero"`
	// ReplyTrustedAt is when a release trusted ReplyTo, as on Record.
	ReplyTrustedAt time.Time `json:"reply_trusted_at,omitzero"`
}

// Counters are the dashboard's numbers for one hour.
type Counters struct {
	Messages       int64 `json:"messages"`            // messages judged
	MessagesLinks  int64 `json:"messages_with_links"` // messages with at least one link
	Links          int64 `json:"links"`               // links seen
	LinksLocked    int64 `json:"links_locked"`
	MessagesLocked int64 `json:"messages_locked"`
	Quarantined    int64 `json:"quarantined"`
	// Monitored messages were judged in monitor mode: their locked links
	// and quarantines above are what enforce would have done.
	Monitored int64 `json:"monitored"`
}

func (c *Counters) add(o Counters) {
	c.Messages += o.Messages
	c.MessagesLinks += o.MessagesLinks
	c.Links += o.Links
	c.LinksLocked += o.LinksLocked
	c.MessagesLocked += o.MessagesLocked
	c.Quarantined += o.Quarantined
	c.Monitored += o.Monitored
}

// LockRate is the percentage of links seen that were locked.
func (c Counters) LockRate() float64 {
	if c.Links == 0 {
		return 0
	}
	return 100 * float64(c.LinksLocked) / float64(c.Links)
}

// Bucket is Counters for one period starting at Start.
type Bucket struct {
	Start time.Time `json:"start"`
	Counters
}

// Errors returned by the Store.
var (
	ErrNotFound   = errors.New("lock: not found")
	ErrExpired    = errors.New("lock: expired")
	ErrBadID      = errors.New("lock: malformed id")
	ErrBadRecord  = errors.New("lock: invalid record")
	ErrClosed     = errors.New("lock: store closed")
	ErrNotAllowed = errors.New("lock: not allowed at this level")
	// ErrNotQueued: the MTA holds no message with that queue ID to release
	// (released, delivered or deleted already).
	ErrNotQueued = errors.New("lock: no such message held in the MTA's queue")
)
