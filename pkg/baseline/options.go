package baseline

import (
	"strings"
	"time"
)

// Options configures a Store. The zero value is valid; each field documents
// its default.
type Options struct {
	// FlushInterval is how often Run writes pending observations. Default 200ms.
	FlushInterval time.Duration
	// Retention: entries unseen for longer are pruned. Default 395 days (13 months).
	Retention time.Duration
	// ThreadRetention: a learned message's Message-ID (kept so that a
	// reply to it is recognised) is pruned after this long. One record per
	// message adds up, and replies come within weeks. Default 90 days, and
	// never longer than Retention.
	ThreadRetention time.Duration
	// PruneInterval is how often Run prunes. Default 6h.
	PruneInterval time.Duration
	// FirstPrune is when Run prunes first, so a daemon restarted more often
	// than PruneInterval still prunes. Default 5 minutes (at most
	// PruneInterval).
	FirstPrune time.Duration
	// HalfLife of the decayed message count (Stat.Messages). Default 90 days.
	HalfLife time.Duration
	// EstablishDays: a key seen on at least this many distinct days is
	// established. Default 2.
	EstablishDays int
	// EstablishSenders: a key seen from at least this many distinct senders is
	// established. Default 2.
	EstablishSenders int
	// HashKey, when non-empty, makes the store keep addresses and display
	// names as HMAC-SHA256 keyed hashes. A DB created with one key (or none)
	// refuses to open with another. Default: clear text.
	HashKey []byte
	// InternalDomains are the organisation's own mail domains. In an outbound
	// Observation, recipients in these domains are learned as inbound
	// (colleague) mail, the others as contacts we wrote to. Default: none, so
	// every recipient of outbound mail is external.
	InternalDomains []string
	// MaxKnown bounds RecipientFacts.Known. Default 50.
	MaxKnown int
	// MaxPending bounds memory: when this many records are pending, Observe
	// hands them to a background flush, waiting first for a flush in
	// progress, so learning slows to the disk's pace instead of growing the
	// heap: about MaxPending records pending plus the batch being written.
	// Default 500000.
	MaxPending int
	// PruneBatch is the number of keys examined per pruning transaction.
	// Default 10000.
	PruneBatch int
	// OnError receives background errors from Run (failed flushes or prunes;
	// pending data is kept and retried). Default: ignored.
	OnError func(error)
}

func (o Options) withDefaults() Options {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.FlushInterval, 200*time.Millisecond)
	def(&o.Retention, 395*24*time.Hour)
	def(&o.ThreadRetention, 90*24*time.Hour)
	o.ThreadRetention = min(o.ThreadRetention, o.Retention)
	def(&o.PruneInterval, 6*time.Hour)
	def(&o.FirstPrune, min(5*time.Minute, o.PruneInterval))
	def(&o.HalfLife, 90*24*time.Hour)
	if o.EstablishDays <= 0 {
		o.EstablishDays = 2
	}
	if o.EstablishSenders <= 0 {
		o.EstablishSenders = 2
	}
	if o.MaxKnown <= 0 {
		o.MaxKnown = 50
	}
	if o.MaxPending <= 0 {
		o.MaxPending = 500000
	}
	if o.PruneBatch <= 0 {
		o.PruneBatch = 10000
	}
	internal := make([]string, 0, len(o.InternalDomains))
	for _, d := range o.InternalDomains {
		internal = append(internal, normHost(d))
	}
	o.InternalDomains = internal
	return o
}

// Established reports whether s carries enough evidence to count as familiar:
// seen on at least EstablishDays distinct days, or from at least
// EstablishSenders distinct senders, or in outbound mail (we wrote to them or
// sent the link ourselves). A single benign message never establishes a key,
// which is what stops "send a harmless message first" poisoning.
func (o Options) Established(s Stat) bool {
	o = o.withDefaults()
	return s.Days >= o.EstablishDays || s.Senders >= o.EstablishSenders || s.Outbound > 0
}

// Internal reports whether addr (an address or a bare domain) belongs to one
// of InternalDomains or their subdomains.
func (o Options) Internal(addr string) bool {
	return isInternal(normHost(domainOf(addr)), o.withDefaults().InternalDomains)
}

func isInternal(dom string, internal []string) bool {
	for _, d := range internal {
		if dom == d || strings.HasSuffix(dom, "."+d) {
			return true
		}
	}
	return false
}
