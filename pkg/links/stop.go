package links

import (
	"context"
	"sync/atomic"
)

// A scan honours its context (ExtractAllContext) cooperatively: the
// context's end sets a flag, and the scan looks at it where work
// accumulates: before each MIME part, text part, attachment, archive
// entry, PDF object stream, Office relationship part and image decoded for
// a QR code, at each HTML and SVG token (collector.full) and every
// rtfCheckEvery bytes of RTF. One look is an atomic load, nothing on normal
// mail. A reader that sees it returns what it found so far, as it does at
// its other bounds, and the scan is partial (Extracted.Stopped).

// stopper is what a scan looks at. A nil *stopper never stops (Extract,
// Rewrite, Signed).
type stopper struct {
	// ended reports whether the scan's context has ended: an atomic flag
	// the context sets (newStopper); tests give one that ends at a chosen
	// look, to stop a reader at a chosen point of its work.
	ended func() bool
	// seen: a look found the scan ended, so something was left unread. An
	// end after the last look stopped nothing: the scan is whole.
	seen bool
}

// newStopper is the stopper of a scan under ctx; release stops watching
// ctx once the scan is done.
func newStopper(ctx context.Context) (s *stopper, release func() bool) {
	var flag atomic.Bool
	flag.Store(ctx.Err() != nil) // AfterFunc would set it only soon after
	release = context.AfterFunc(ctx, func() { flag.Store(true) })
	return &stopper{ended: flag.Load}, release
}

// stopped reports whether the scan must stop now.
func (s *stopper) stopped() bool {
	if s == nil || !s.ended() {
		return false
	}
	s.seen = true
	return true
}
