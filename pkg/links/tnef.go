package links

import (
	"bytes"
	"encoding/binary"
	"html"
	"slices"
)

// TNEF attachments (application/ms-tnef, "winmail.dat"): Outlook sends a
// message's formatted body in one, and Exchange unpacks it on delivery, so
// Outlook shows the body the TNEF holds, not the MIME text beside it. The
// body is a MAPI property of the attMAPIProps attribute (MS-OXTNEF 2.1.3):
// PR_RTF_COMPRESSED (compressed RTF, often HTML encapsulated in RTF),
// PR_HTML or PR_BODY. tnefBodies reads those; the RTF is decompressed
// (MS-OXRTFCP) and read by the RTF reader, and the text of every body is
// read for the URLs written in it (an encapsulated page's <a href> among
// them). Links found so are KindTNEF, never rewritten.

const tnefSignature = 0x223e9f78

// TNEF attribute and MAPI property identifiers read here.
const (
	attMAPIProps     = 0x00069003
	attBodyText      = 0x0002800c
	prBody           = 0x1000
	prRTFCompressed  = 0x1009
	prHTML           = 0x1013
	maxTNEFAttrs     = 4096
	maxTNEFProps     = 4096
	maxTNEFBody      = 8 << 20
	maxTNEFValues    = 1024
	tnefMultiValued  = 0x1000
	tnefNamedPropMin = 0x8000
)

// tnefBody is one body a TNEF stream holds: RTF (decompressed) or text
// (HTML or plain).
type tnefBody struct {
	data []byte
	rtf  bool
}

// tnefBodies returns the bodies of the TNEF stream b, what could be read
// of a broken one; cut when a bound (attributes, properties, values, the
// inflation budget) left some of it unread, which a sender can cause at
// will: junk attributes ahead of the body, or RTF padded past the budget.
// The RTF bodies decompress to at most *budget bytes in all (and
// maxTNEFBody), which it lowers.
func tnefBodies(b []byte, budget *int64) (out []tnefBody, cut bool) {
	if len(b) < 6 || binary.LittleEndian.Uint32(b) != tnefSignature {
		return nil, false
	}
	start := int(min(*budget, maxTNEFBody))
	left := start // bytes the compressed RTF bodies may inflate to, in all
	defer func() { *budget -= int64(start - left) }()
	pos := 6 // signature and key
	for n := 0; pos+9 <= len(b); n++ {
		if n == maxTNEFAttrs {
			return out, true
		}
		id := binary.LittleEndian.Uint32(b[pos+1:])
		size := int(binary.LittleEndian.Uint32(b[pos+5:]))
		start := pos + 9
		if size < 0 || size > len(b)-start {
			size = len(b) - start // a cut stream: read what is there
		}
		data := b[start : start+size]
		switch id {
		case attBodyText:
			out = append(out, tnefBody{data: data})
		case attMAPIProps:
			out = append(out, mapiBodies(data, &left, &cut)...)
		}
		pos = start + size + 2 // checksum
	}
	return out, cut
}

// mapiBodies reads the body properties of an attMAPIProps attribute,
// decompressing RTF to at most *left bytes, which it lowers; it sets *cut
// when a bound left a property or some of a body unread.
func mapiBodies(b []byte, left *int, cut *bool) []tnefBody {
	var out []tnefBody
	mapiProps(b, cut, func(typ, id uint16, data []byte) {
		switch id {
		case prRTFCompressed:
			rtf, short := lzfu(data, *left)
			*cut = *cut || short
			if rtf != nil {
				*left -= len(rtf)
				out = append(out, tnefBody{data: rtf, rtf: true})
			}
		case prHTML:
			out = append(out, tnefBody{data: data})
		case prBody:
			out = append(out, tnefBody{data: mapiString(typ, data)})
		}
	})
	return out
}

// mapiString is a string property's value as UTF-8: PT_UNICODE is
// UTF-16LE, PT_STRING8 is taken as it is; a final NUL is dropped.
func mapiString(typ uint16, data []byte) []byte {
	if typ == 0x001f { // PT_UNICODE
		return bytes.TrimRight([]byte(utf16Text(data, binary.LittleEndian)), "\x00")
	}
	return bytes.TrimRight(data, "\x00")
}

// mapiProps walks the properties of a MAPI properties attribute and hands
// each value of a variable length (strings, binary, objects) to visit,
// with its type (single-valued) and ID; it sets *cut when a bound left a
// property unread.
func mapiProps(b []byte, cut *bool, visit func(typ, id uint16, data []byte)) {
	r := tnefReader{b: b}
	count := int(r.u32())
	for i := 0; i < count && !r.bad; i++ {
		if i == maxTNEFProps {
			// Properties left unread, unless the count was junk and
			// nothing follows.
			*cut = *cut || r.pos < len(r.b)
			return
		}
		typ, id := r.u16(), r.u16()
		if id >= tnefNamedPropMin {
			r.skip(16) // the property set's GUID
			if kind := r.u32(); kind == 0 {
				r.skip(4) // a numbered name
			} else {
				r.skip(r.padded(int(r.u32()))) // a string name
			}
		}
		values := 1
		if typ&tnefMultiValued != 0 || isVarType(typ) {
			values = int(r.u32())
		}
		for v := 0; v < values && !r.bad; v++ {
			if v == maxTNEFValues {
				// The rest of the property, and those after it, are
				// unread: where they start is not known.
				*cut = *cut || r.pos < len(r.b)
				return
			}
			if !isVarType(typ &^ tnefMultiValued) {
				r.skip(fixedSize(typ &^ tnefMultiValued))
				continue
			}
			n := int(r.u32())
			if typ&^tnefMultiValued == 0x000d { // PT_OBJECT: an interface GUID first
				r.skip(16)
				n -= 16
			}
			data := r.take(n)
			r.skip(r.padded(n) - n)
			if data == nil {
				break
			}
			visit(typ&^tnefMultiValued, id, data)
		}
	}
}

// TNEF attributes and MAPI properties that name an attached file.
const (
	attAttachRendData    = 0x00069002 // opens each attachment
	attAttachTitle       = 0x00018010 // its short (8.3) name
	attAttachment        = 0x00069005 // its MAPI properties
	prAttachFilename     = 0x3704
	prAttachLongFilename = 0x3707
)

// tnefNames returns the file names of the attachments a TNEF stream packs
// (Outlook shows them as the message's attachments): each one's title and
// the file name properties of its MAPI attributes, at most maxZipEntries.
// Not PR_DISPLAY_NAME: an attached Outlook item (a forwarded mail, a
// meeting) has no file name, and its display name is its subject ("Your
// order from Amazon.com"), which names no file the reader opens.
func tnefNames(b []byte) []string {
	if len(b) < 6 || binary.LittleEndian.Uint32(b) != tnefSignature {
		return nil
	}
	var names []string
	note := func(n []byte) {
		if len(n) > 0 && len(names) < maxZipEntries && !slices.Contains(names, string(n)) {
			names = append(names, string(n))
		}
	}
	var cut bool
	pos := 6
	for n := 0; pos+9 <= len(b) && n < maxTNEFAttrs; n++ {
		id := binary.LittleEndian.Uint32(b[pos+1:])
		size := int(binary.LittleEndian.Uint32(b[pos+5:]))
		start := pos + 9
		if size < 0 || size > len(b)-start {
			size = len(b) - start
		}
		data := b[start : start+size]
		switch id {
		case attAttachTitle:
			note(bytes.TrimRight(data, "\x00"))
		case attAttachment:
			mapiProps(data, &cut, func(typ, id uint16, data []byte) {
				if (id == prAttachLongFilename || id == prAttachFilename) && (typ == 0x001e || typ == 0x001f) {
					note(mapiString(typ, data))
				}
			})
		}
		pos = start + size + 2
	}
	return names
}

// isVarType: a property type whose values carry their length (strings,
// binary, objects).
func isVarType(t uint16) bool {
	switch t {
	case 0x001e, 0x001f, 0x0102, 0x000d:
		return true
	}
	return false
}

// fixedSize is the padded size of a fixed-length value.
func fixedSize(t uint16) int {
	switch t {
	case 0x0014, 0x0005, 0x0007, 0x0006, 0x0040: // I8, R8, APPTIME, CURRENCY, SYSTIME
		return 8
	case 0x0048: // CLSID
		return 16
	}
	return 4 // I2, LONG, R4, BOOLEAN, ERROR, NULL: padded to 4
}

type tnefReader struct {
	b   []byte
	pos int
	bad bool
}

func (r *tnefReader) take(n int) []byte {
	if r.bad || n < 0 || n > len(r.b)-r.pos {
		r.bad = true
		return nil
	}
	d := r.b[r.pos : r.pos+n]
	r.pos += n
	return d
}

func (r *tnefReader) skip(n int) { r.take(n) }

func (r *tnefReader) padded(n int) int { return (n + 3) &^ 3 }

func (r *tnefReader) u16() uint16 {
	if d := r.take(2); d != nil {
		return binary.LittleEndian.Uint16(d)
	}
	return 0
}

func (r *tnefReader) u32() uint32 {
	if d := r.take(4); d != nil {
		return binary.LittleEndian.Uint32(d)
	}
	return 0
}

// lzfuPrefix is the dictionary compressed RTF starts from (MS-OXRTFCP 2.1.2.1).
const lzfuPrefix = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"

// lzfu decompresses compressed RTF ("LZFu", or "MELA" stored as is), at
// most limit bytes, and reports whether it was cut there; nil when b is
// none.
func lzfu(b []byte, limit int) (rtf []byte, cut bool) {
	if len(b) < 16 {
		return nil, false
	}
	raw := int(binary.LittleEndian.Uint32(b[4:]))
	data := b[16:]
	switch binary.LittleEndian.Uint32(b[8:]) {
	case 0x414c454d: // MELA: not compressed
		n := min(len(data), max(raw, 0))
		return data[:min(n, max(limit, 0))], n > limit
	case 0x75465a4c: // LZFu
	default:
		return nil, false
	}
	if limit <= 0 {
		return nil, true
	}
	out := lzfuInflate(data, min(max(raw, 0), limit, 16*len(data)), limit+1)
	if len(out) > limit {
		return out[:limit], true
	}
	return out, false
}

// lzfuInflate decompresses LZFu data (after its header) until its end
// marker, its end, or until at least limit bytes are out.
func lzfuInflate(data []byte, capacity, limit int) []byte {
	var dict [4096]byte
	copy(dict[:], lzfuPrefix)
	w := len(lzfuPrefix)
	out := make([]byte, 0, capacity)
	for i := 0; i < len(data) && len(out) < limit; {
		ctrl := data[i]
		i++
		for bit := 0; bit < 8 && i < len(data); bit++ {
			if ctrl&(1<<bit) == 0 {
				c := data[i]
				i++
				out = append(out, c)
				dict[w] = c
				w = (w + 1) % 4096
				continue
			}
			if i+1 >= len(data) {
				return out
			}
			ref := int(data[i])<<8 | int(data[i+1])
			i += 2
			off, n := ref>>4, ref&15+2
			if off == w {
				return out // the end marker
			}
			for k := 0; k < n; k++ {
				c := dict[(off+k)%4096]
				out = append(out, c)
				dict[w] = c
				w = (w + 1) % 4096
			}
		}
	}
	return out
}

// scanTNEF adds the links of the bodies a TNEF attachment holds: the
// fields of its RTF, and the URLs written in every body (KindTNEF). Its
// compressed RTF decompresses within the message's archive budget
// (zipBudget), as archives inflate: LZFu writes 17 bytes for 2, and each
// TNEF attachment had 8 MiB of its own, so 46 of them in a 64 MB message
// made 368 MiB of RTF to read (3.1 s through milterd explain).
func (sc *scan) scanTNEF(l leaf, c *collector, opts Options) {
	doc, _ := sc.attachment(l, c, opts)
	for _, n := range tnefNames(doc) {
		// Outlook shows them as the message's own attachments.
		sc.noteBidiName(n)
		sc.programNames = noteProgramName(sc.programNames, n, true)
	}
	bodies, cut := tnefBodies(doc, &sc.zipLeft)
	if cut {
		// The body is the message Outlook shows: a cut one hides its end
		// as a cut text part does (CutBody).
		sc.partial, sc.cutBody = true, true
	}
	for _, body := range bodies {
		if c.full() || c.stop.stopped() {
			return
		}
		seen := map[string]bool{}
		// The body is the message Outlook shows: the words around a
		// link in it are its context, as in a text part.
		add := func(raw string, text []byte, start, end int) {
			n := len(c.links)
			c.addAttached(raw, KindTNEF, true, start, start, 0)
			if len(c.links) > n {
				c.links[n].Context = window(text, start, end)
			}
		}
		if body.rtf {
			for _, u := range rtfLinks(body.data, c.max-len(c.links), c.stop) {
				seen[u.uri] = true
				add(u.uri, body.data, u.off, u.off)
			}
		}
		scanText(body.data, scanMode{html: true}, func(u textURL) bool {
			if raw := string(body.data[u.start:u.end]); !seen[raw] {
				seen[raw], seen[html.UnescapeString(raw)] = true, true
				add(raw, body.data, u.start, u.end)
			}
			return !c.full()
		})
		if !mayHideMarker(body.data) || c.full() {
			continue
		}
		// An HTML body's href or text may spell its URL with character
		// references (https&#58;//), as a message's HTML part may
		// (html_refs.go): it is read decoded too.
		dec := []byte(html.UnescapeString(string(body.data)))
		scanText(dec, scanMode{}, func(u textURL) bool {
			if raw := string(dec[u.start:u.end]); !seen[raw] {
				seen[raw] = true
				add(raw, dec, u.start, u.end)
			}
			return !c.full()
		})
	}
}
