package links

import "bytes"

// Opaque S/MIME signing (application/pkcs7-mime; smime-type=signed-data,
// smime.p7m) puts the signed MIME entity inside the signature's DER or BER
// encoding (RFC 5652 SignedData, its encapsulated content). Outlook,
// Thunderbird and Apple Mail open it and show that entity as the message,
// links and all, so it is read as the message's body: signed, so never
// rewritten (signed_action decides). Enveloped (encrypted) data cannot be
// read: the scan says so (walker.sealed, Extracted.CutBody).

// oidSignedData is the DER content of the object identifier
// 1.2.840.113549.1.7.2 (id-signedData).
var oidSignedData = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}

// maxBERDepth bounds the nesting signedContent follows (constructed
// octet strings inside constructed octet strings).
const maxBERDepth = 16

// signedData walks the entity an opaque S/MIME part src[start:end]
// encapsulates, decoded within the message's decoding budget.
func (w *walker) signedData(src []byte, start, end int, path string, depth int, cte string) {
	w.signed = true
	if depth >= w.opts.MaxDepth {
		w.partial = true
		return
	}
	if int64(end-start) > w.decodeLeft {
		w.partial = true
		return
	}
	der, err := decodeCTE(cte, src[start:end])
	if err != nil {
		w.malformed = true
	}
	inner, ok := signedContent(der)
	if !ok {
		w.sealed = true // enveloped (encrypted) data, or nothing readable
		return
	}
	w.decodeLeft -= int64(len(inner))
	w.entity(inner, 0, len(inner), path, depth+1, true, true, "text/plain")
}

// signedContent returns the encapsulated content of a CMS ContentInfo
// holding SignedData: ContentInfo{OID signedData, [0] SignedData{version,
// digestAlgorithms, EncapsulatedContentInfo{OID, [0] OCTET STRING}, ...}}.
// ok is false for anything else (enveloped data, a detached signature).
func signedContent(der []byte) ([]byte, bool) {
	ci, ok := berChildren(der, 0x30, 0)
	if !ok || len(ci) < 2 || ci[0].tag != 0x06 || !bytes.Equal(ci[0].body, oidSignedData) || ci[1].tag != 0xa0 {
		return nil, false
	}
	sd, ok := berChildren(ci[1].body, 0x30, 0)
	if !ok || len(sd) < 3 || sd[2].tag != 0x30 {
		return nil, false
	}
	encap, ok := berList(sd[2].body, 0)
	if !ok || len(encap) < 2 || encap[1].tag != 0xa0 {
		return nil, false
	}
	content, ok := berList(encap[1].body, 0)
	if !ok || len(content) == 0 {
		return nil, false
	}
	return octetString(content[0], 0)
}

// berElem is one BER element: its identifier octet and its contents (for
// an indefinite length, the encodings of its children).
type berElem struct {
	tag  byte
	body []byte
}

// berChildren reads b as one element with identifier tag and returns its
// children.
func berChildren(b []byte, tag byte, depth int) ([]berElem, bool) {
	e, _, ok := berNext(b, depth)
	if !ok || e.tag != tag {
		return nil, false
	}
	return berList(e.body, depth+1)
}

// berList reads b as a run of elements, up to its end or an
// end-of-contents marker.
func berList(b []byte, depth int) ([]berElem, bool) {
	var out []berElem
	for len(b) > 0 && !bytes.HasPrefix(b, []byte{0, 0}) {
		e, rest, ok := berNext(b, depth)
		if !ok {
			return out, len(out) > 0
		}
		out = append(out, e)
		b = rest
	}
	return out, true
}

// berNext reads the element at the start of b and returns it and what
// follows. Only single-octet identifiers are read (CMS uses no others).
func berNext(b []byte, depth int) (berElem, []byte, bool) {
	if len(b) < 2 || b[0]&0x1f == 0x1f || depth > maxBERDepth {
		return berElem{}, nil, false
	}
	tag, l := b[0], int(b[1])
	b = b[2:]
	switch {
	case l == 0x80:
		if tag&0x20 == 0 {
			return berElem{}, nil, false // only constructed elements may be indefinite
		}
		return berIndefinite(tag, b, depth)
	case l > 0x84:
		return berElem{}, nil, false
	case l > 0x80:
		n := l - 0x80
		if len(b) < n {
			return berElem{}, nil, false
		}
		l = 0
		for _, c := range b[:n] {
			l = l<<8 | int(c)
		}
		b = b[n:]
	}
	if l < 0 || l > len(b) {
		return berElem{}, nil, false
	}
	return berElem{tag: tag, body: b[:l]}, b[l:], true
}

// berIndefinite reads the children of an indefinite-length element up to
// its end-of-contents marker.
func berIndefinite(tag byte, b []byte, depth int) (berElem, []byte, bool) {
	rest := b
	for !bytes.HasPrefix(rest, []byte{0, 0}) {
		_, r, ok := berNext(rest, depth+1)
		if !ok {
			return berElem{}, nil, false
		}
		rest = r
	}
	return berElem{tag: tag, body: b[:len(b)-len(rest)]}, rest[2:], true
}

// octetString returns the bytes of a primitive OCTET STRING, or the
// joined pieces of a constructed one.
func octetString(e berElem, depth int) ([]byte, bool) {
	var out []byte
	ok := appendOctets(&out, e, depth)
	return out, ok
}

// appendOctets appends the bytes of the OCTET STRING e to out, piece by
// piece as it reads them (listing a million pieces first cost twenty
// times the signature's size). A constructed string cut short by a
// malformed piece keeps the pieces before it, and counts as read if it
// gave any; false appends nothing.
func appendOctets(out *[]byte, e berElem, depth int) bool {
	switch {
	case e.tag == 0x04:
		*out = append(*out, e.body...)
		return true
	case e.tag != 0x24 || depth > maxBERDepth:
		return false
	}
	start, parsed := len(*out), false
	for b := e.body; len(b) > 0 && !bytes.HasPrefix(b, []byte{0, 0}); {
		p, rest, ok := berNext(b, depth+1)
		if !ok {
			return parsed
		}
		parsed = true
		if !appendOctets(out, p, depth+1) {
			return len(*out) > start
		}
		b = rest
	}
	return true
}
