package links

import "sync/atomic"

// A scan honours its context (ExtractAllContext) cooperatively: the
// context's end sets a flag, and the scan looks at it where work
// accumulates: before each MIME part, text part, attachment, archive
// entry, PDF object stream, Office relationship part and image decoded for
// a QR code, at each HTML and SVG token (collector.full) and every
// rtfCheckEvery bytes of RTF. One look is an atomic load, nothing on normal
// mail. A reader that sees it returns what it found so far, as it does at
// its other bounds, and the scan is partial (Extracted.Stopped).

// stopper is the flag a scan looks at. A nil *stopper never stops (Extract,
// Rewrite, Signed).
type stopper struct {
	flag atomic.Bool // set once the context ends (context.AfterFunc's goroutine)
	// seen: a look found the flag set, so something was left unread. A
	// flag set after the last look stopped nothing: the scan is whole.
	seen bool
	// after, for tests: the flag sets itself at the after-th look (0:
	// never), so a test can stop a reader at a chosen point of its work.
	after int
}

// stopped reports whether the scan must stop now.
func (s *stopper) stopped() bool {
	if s == nil {
		return false
	}
	if s.after > 0 {
		if s.after--; s.after == 0 {
			s.flag.Store(true)
		}
	}
	if !s.flag.Load() {
		return false
	}
	s.seen = true
	return true
}
