package links

import "bytes"

// PDF attachments: the web links a reader can click in a PDF are URI
// actions of link annotations (ISO 32000-1, 12.6.4.7):
//
//	<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://...) >> >>
//
// They sit in plain objects, or, since PDF 1.5, inside compressed object
// streams (/Type /ObjStm, /FlateDecode). pdfURIs reads both, and the
// targets of SubmitForm actions (where a PDF form sends what the reader
// typed), the addresses its JavaScript actions open (pdf_script.go), and
// the URLs, share paths and local programs its Launch, GoToR, GoToE and
// ImportData actions open (pdf_launch.go). It does not render pages, run
// scripts or decrypt: the strings of an encrypted PDF (/Encrypt) are
// unreadable and yield nothing.

// maxPDFURI bounds one URI string; longer ones are cut (and then usually
// fail to parse as a URL, which drops them).
const maxPDFURI = 4096

// maxPDFStringScan bounds the bytes one string may span in the document
// (escapes and white space that decode to nothing included).
const maxPDFStringScan = 4 * maxPDFURI

// isPDF: the first 1024 bytes hold the "%PDF-" header, as readers accept it.
func isPDF(b []byte) bool {
	return bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-"))
}

// maxObjStms bounds the object streams inflated per document (each costs a
// decompressor); real documents hold a few dozen.
const maxObjStms = 1024

// pdfURI is one URI action, SubmitForm target or file action's target
// (fileActions): its decoded string and
// the offset in the decoded attachment (or of the object stream that held
// it).
type pdfURI struct {
	uri     string
	off     int
	submits bool // the target of a SubmitForm action, not a link
	program bool // uri is the file name of a local program a Launch action runs, not a link
	packed  bool // found in an object stream
}

// pdfURIs returns at most limit URI actions, SubmitForm targets and file
// actions' targets of the
// PDF document b: those in plain objects, then those in object streams, inflating at
// most budget bytes of them in all; b's names are read as written (the
// caller decodes their escapes: pdfNames), those of its object streams
// decoded. A document is one whose first 1024
// bytes hold the "%PDF-" header, as readers accept it. It is lenient: a
// broken object or stream is skipped, never fatal. It stops before the
// next object stream once stop is set.
func pdfURIs(b []byte, budget int64, limit int, stop *stopper) []pdfURI {
	out, _ := pdfURIsWithin(b, &budget, limit, stop)
	return out
}

// pdfURIsWithin is pdfURIs inflating within *budget, which it lowers; cut
// reports that the budget ran out (an object stream or a referenced
// script may be left unread or cut).
func pdfURIsWithin(b []byte, left *int64, limit int, stop *stopper) (out []pdfURI, cut bool) {
	if !isPDF(b) {
		return nil, false
	}
	budget := *left
	defer func() { *left = budget }()
	refs := newPDFRefs(b, &budget)
	out = uriActions(b, -1, nil, limit, refs)
	out = submitActions(b, -1, out, limit)
	out = fileActions(b, -1, out, limit, refs)
	out = jsActions(b, -1, out, limit, refs)
	streams := objStms(b)
	for n := 0; n < maxObjStms && len(out) < limit && !stop.stopped(); n++ {
		s, ok := streams.next()
		if !ok {
			break
		}
		if budget <= 0 {
			return out, true
		}
		inner, used := inflate(b[s.start:s.end], budget)
		cut = cut || used == budget
		budget -= used
		inner = pdfNames(inner)
		from := len(out)
		out = uriActions(inner, s.start, out, limit, refs)
		out = submitActions(inner, s.start, out, limit)
		out = fileActions(inner, s.start, out, limit, refs)
		out = jsActions(inner, s.start, out, limit, refs)
		for i := from; i < len(out); i++ {
			out[i].packed = true
		}
	}
	return out, cut || refs.cut
}

// submitWindow bounds how far after /SubmitForm its target is looked for.
const submitWindow = 1024

// submitActions appends the targets of SubmitForm actions, where a PDF
// form sends the fields the reader filled in (ISO 32000-1, 12.7.5.2):
//
//	<< /S /SubmitForm /F << /FS /URL /F (https://...) >> >>  or  /F (https://...)
//
// The target is the first string after a /F key within submitWindow bytes.
// Offsets as in uriActions.
func submitActions(b []byte, streamAt int, out []pdfURI, limit int) []pdfURI {
	for pos := 0; len(out) < limit; {
		i := bytes.Index(b[pos:], []byte("/SubmitForm"))
		if i < 0 {
			return out
		}
		at := pos + i
		pos = at + len("/SubmitForm")
		s, n, ok := fileSpecURL(b[pos:min(len(b), pos+submitWindow)])
		pos += n // what was read for this action is not read again: the reading stays linear
		if !ok {
			continue
		}
		off := at
		if streamAt >= 0 {
			off = streamAt
		}
		out = append(out, pdfURI{uri: s, off: off, submits: true})
	}
	return out
}

// fileSpecURL returns the first string that follows a /F key in w, and
// how much of w it read.
func fileSpecURL(w []byte) (string, int, bool) {
	for pos := 0; ; {
		i := bytes.Index(w[pos:], []byte("/F"))
		if i < 0 {
			return "", len(w), false
		}
		at := pos + i + len("/F")
		pos = at
		if at < len(w) && !pdfDelimiter(w[at]) {
			continue // /FS, /Flags, /Fields
		}
		s, next, ok := pdfString(w, skipPDFSpace(w, at))
		if ok && s != "" {
			return s, next, true
		}
		pos = min(len(w), max(pos, next))
	}
}

// uriActions appends the URI action strings of b. Every occurrence
// of the name /URI followed by a string counts; /S /URI (the action
// type, followed by a name) does not. Each gets its offset in b, or, for
// the inflated data of an object stream, streamAt: the stream's offset.
// It stops when out holds limit. A reference to a string object is
// resolved through refs (nil: not at all).
func uriActions(b []byte, streamAt int, out []pdfURI, limit int, refs *pdfRefs) []pdfURI {
	if len(out) >= limit {
		return out
	}
	nameStrings(b, "/URI", streamAt, refs, func(s string, off int) bool {
		out = append(out, pdfURI{uri: s, off: off})
		return len(out) < limit
	})
	return out
}

// nameStrings calls fn with each non-empty string that follows the PDF
// name in b (not a longer name it begins), or that a reference there
// names (resolved through refs, when not nil), and its offset: the name's in
// b, or streamAt when that is not negative, until fn returns false. What
// white space, comments and a string span is read once, even when the
// string is broken: the reading stays linear.
func nameStrings(b []byte, name string, streamAt int, refs *pdfRefs, fn func(s string, off int) bool) {
	for pos := 0; ; {
		i := bytes.Index(b[pos:], []byte(name))
		if i < 0 {
			return
		}
		at := pos + i + len(name)
		pos = at
		if at < len(b) && !pdfDelimiter(b[at]) {
			continue // a longer name, such as /URIs
		}
		j := skipPDFSpace(b, at)
		s, next, ok := pdfString(b, j)
		if !ok && refs != nil {
			num, after, isRef := pdfRef(b, j)
			if isRef {
				s, ok = refs.value(num)
			}
			// what a reference read, or what may start one (numbers, white
			// space, a comment to the end of its line), is not read again
			next = max(next, after)
		}
		pos = min(len(b), max(pos, j, next)) // an escape at the very end reads one past it
		if !ok || s == "" {
			continue
		}
		off := at - len(name)
		if streamAt >= 0 {
			off = streamAt
		}
		if !fn(s, off) {
			return
		}
	}
}
