package links

import "errors"

// Default limits used when an Options field is zero.
const (
	DefaultMaxDepth     = 8       // MIME nesting levels (multipart and message/rfc822)
	DefaultMaxParts     = 256     // MIME parts visited
	DefaultMaxPartBytes = 4 << 20 // decoded bytes scanned per part
	DefaultMaxLinks     = 2000    // links kept per message
	DefaultMaxQRPixels  = 4 << 20 // image pixels decoded for QR codes per message
)

// Options bounds the work done on one message. The zero value is valid:
// every zero field takes its Default* value. Negative values are treated as zero.
type Options struct {
	MaxDepth     int   // MIME nesting depth; default DefaultMaxDepth
	MaxParts     int   // MIME parts visited; default DefaultMaxParts
	MaxPartBytes int64 // decoded bytes scanned per part; default DefaultMaxPartBytes
	MaxLinks     int   // links kept; default DefaultMaxLinks
	MaxQRPixels  int   // image pixels decoded for QR codes; default DefaultMaxQRPixels
	NoQR         bool  // read no image for QR codes
}

func (o Options) withDefaults() Options {
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxParts <= 0 {
		o.MaxParts = DefaultMaxParts
	}
	if o.MaxPartBytes <= 0 {
		o.MaxPartBytes = DefaultMaxPartBytes
	}
	if o.MaxLinks <= 0 {
		o.MaxLinks = DefaultMaxLinks
	}
	if o.MaxQRPixels <= 0 {
		o.MaxQRPixels = DefaultMaxQRPixels
	}
	return o
}

// Errors returned with usable results. Test them with errors.Is; the
// returned error may wrap several of them (errors.Join).
var (
	// ErrPartial: a limit in Options was hit; the links found so far are returned.
	ErrPartial = errors.New("links: partial result, limit reached")
	// ErrStopped: ExtractAllContext's context ended before the scan did;
	// the links found so far are returned (ErrPartial is reported too).
	ErrStopped = errors.New("links: scan stopped before its end")
	// ErrMalformed: the MIME structure or an encoding was broken; what could be
	// read is returned.
	ErrMalformed = errors.New("links: malformed message")
	// ErrSigned: Rewrite refused to touch a part inside a signed or encrypted
	// structure (S/MIME, PGP/MIME or inline PGP).
	ErrSigned = errors.New("links: signed or encrypted part")
	// ErrUnknownRef: a Ref given to Rewrite names no lockable link.
	ErrUnknownRef = errors.New("links: no lockable link at ref")
	// ErrNotRewritable: the part holding the link cannot be re-encoded safely
	// (for example inside an encoded message/rfc822 attachment).
	ErrNotRewritable = errors.New("links: part cannot be rewritten")
	// ErrBadReplacement: a replacement URL given to Rewrite is empty or
	// contains spaces, controls, quotes or angle brackets.
	ErrBadReplacement = errors.New("links: bad replacement URL")
)
