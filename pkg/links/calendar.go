package links

import "bytes"

// Calendar HTML descriptions: Outlook shows an invitation's
// X-ALT-DESC;FMTTYPE=text/html property as the rendered page, not its
// plain DESCRIPTION. Its value (folded lines joined, iCalendar escapes
// undone) is read as HTML, so that an anchor whose href the text scan
// cannot see (an entity such as &#58; in "https&#58;//") is judged, and
// rewritten where it is written in the folded, escaped value
// (icsUnescapeMapped), so that it does not stay open beside the same URL
// locked elsewhere. A link whose URL is written out plainly in the value
// is the text scan's already, and is rewritten there (an attribute's
// value without the marker a text URL gets); it is not added twice.

// scanAltDesc reads the HTML descriptions of the calendar text, whose
// text-scan links are c.links[first:].
func scanAltDesc(text []byte, c *collector, first int) {
	eachProperty(text, "x-alt-desc", func(at, end int) bool {
		params, value, ok := propertyValue(text[at:end])
		if ok && indexFold(params, "text/html") >= 0 {
			doc, from := icsUnescapeMapped(value, true)
			c.altDescHTML(doc, altDesc{value, from, end - len(value)}, at, end, first)
		}
		return !c.full()
	})
}

// eachProperty calls fn with the bounds of each property of the calendar
// text whose name starts with name (lowercase), at the start of a line
// and with its folded lines, until fn returns false.
func eachProperty(text []byte, name string, fn func(at, end int) bool) {
	for pos := 0; pos < len(text); {
		i := indexFold(text[pos:], name)
		if i < 0 {
			return
		}
		at := pos + i
		pos = at + len(name)
		if at > 0 && text[at-1] != '\n' {
			continue
		}
		pos = propertyEnd(text, at)
		if !fn(at, pos) {
			return
		}
	}
}

// propertyEnd is the offset after the iCalendar property at text[at:]: its
// line and the folded lines that continue it (starting with a space or tab).
func propertyEnd(text []byte, at int) int {
	_, end := headerLine(text, at)
	for end < len(text) && isSP(text[end]) {
		_, end = headerLine(text, end)
	}
	return end
}

// propertyValue splits a property into its name with parameters and its
// value, at the first colon outside a quoted parameter value.
func propertyValue(p []byte) (params, value []byte, ok bool) {
	quoted := false
	for i, c := range p {
		switch {
		case c == '"':
			quoted = !quoted
		case c == ':' && !quoted:
			return p[:i], p[i+1:], true
		}
	}
	return nil, nil, false
}

// icsUnescape joins folded lines (a line break and one space or tab) and
// undoes the TEXT escapes of RFC 5545 3.3.11: \n, \N, \, \; and \\.
func icsUnescape(v []byte) []byte {
	out, _ := icsUnescapeMapped(v, false)
	return out
}

// icsUnescapeMapped is icsUnescape that also returns, when mapped, where
// each byte of the result is written in v: v[from[i]:from[i]+n] with n 2
// for an escape and 1 otherwise (icsSpan).
func icsUnescapeMapped(v []byte, mapped bool) (out []byte, from []int) {
	out = make([]byte, 0, len(v))
	if mapped {
		from = make([]int, 0, len(v))
	}
	for i := 0; i < len(v); i++ {
		at := i
		switch c := v[i]; {
		case (c == '\r' || c == '\n') && foldEnd(v, i) > i: // a folded line break
			i = foldEnd(v, i) - 1
			continue
		case c == '\r' || c == '\n':
			continue // the property's own line end
		case c == '\\' && i+1 < len(v):
			i++
			if n := v[i]; n == 'n' || n == 'N' {
				out = append(out, '\n')
			} else {
				out = append(out, n)
			}
		default:
			out = append(out, c)
		}
		if mapped {
			from = append(from, at)
		}
	}
	return out, from
}

// icsSpan is where doc[s:e], unescaped by icsUnescapeMapped from the
// value at offset base of the text, is written there: the end is that of
// the last byte's source (an escape's two bytes; a lone backslash ending
// the value is one), never past the value's own line end.
func icsSpan(v []byte, from []int, base, s, e int) (int, int) {
	end := from[e-1] + 1
	if v[from[e-1]] == '\\' && end < len(v) {
		end++
	}
	return base + from[s], base + end
}

// altDesc is the value of an X-ALT-DESC property, where each byte of the
// document it holds is written in it (icsUnescapeMapped), and its offset
// in the calendar text.
type altDesc struct {
	value []byte
	from  []int
	base  int
}

// altDescHTML adds the links of the HTML description doc of the property
// at text[at:end] that the text scan (c.links[first:]) did not find there.
// Their Start and End are where they are written in the value (v), folds
// and escapes inside, so that a lock replaces them there: the lock URL and
// a text URL's marker need no iCalendar escape, and the display of an
// anchor is not defanged (its raw text is folded and escaped).
func (c *collector) altDescHTML(doc []byte, v altDesc, at, end, first int) {
	n0, leadOff := len(c.links), c.leadOff
	c.leadOff, c.html = true, true
	scanHTML(doc, c, -1)
	c.leadOff, c.html = leadOff, false
	k, used := n0, map[int]bool{}
	for i := n0; i < len(c.links); i++ {
		h := c.at(i)
		if j := c.plainTextLink(doc, h, first, n0, at, end, used); j >= 0 {
			if h.Kind != KindText {
				// An attribute's value (href, action, src): a marker after
				// it would land inside the quotes and break the lock link.
				c.meta[j].markerEnd = -1
			}
			continue
		}
		if h.Kind == KindHref || h.Kind == KindText {
			h.Kind = KindCalendar
		}
		c.placeAltDesc(h, v, at, first, n0)
		c.links[k], c.meta[k] = c.links[i], c.meta[i]
		k++
	}
	c.links, c.meta = c.links[:k], c.meta[:k]
}

// placeAltDesc moves h, a link of the HTML description v of the property
// at offset at, to where it is written in the value. One the text scan
// (c.links[first:to]) overlaps there, written with references the text
// scan read as part of its URL, cannot have edits of its own: it is
// judged only, at the property's offset, as one no place was found for;
// the text scan's link, rewritten, then takes no marker when h is an
// attribute's value (inside the quotes it would break the lock link).
func (c *collector) placeAltDesc(h hit, v altDesc, at, first, to int) {
	if h.Flags.Has(FlagEncodedMessage) || h.End <= h.Start || h.End > len(v.from) {
		h.Start, h.End, h.Flags = at, at, h.Flags|FlagEncodedMessage
		return
	}
	s, e := icsSpan(v.value, v.from, v.base, h.Start, h.End)
	for j := first; j < to; j++ {
		if l := &c.links[j]; s < l.End && l.Start < e {
			if h.attr {
				c.meta[j].markerEnd = -1
			}
			h.Start, h.End, h.Flags = at, at, h.Flags|FlagEncodedMessage
			return
		}
	}
	if h.markerEnd > 0 {
		_, h.markerEnd = icsSpan(v.value, v.from, v.base, h.markerEnd-1, h.markerEnd)
	}
	h.Start, h.End, h.dispStart, h.dispEnd = s, e, 0, 0
}

// plainTextLink is the text scan's link (one of c.links[from:to] in
// text[at:end], not used yet, then marked used) for h, written plainly in
// doc, or -1.
func (c *collector) plainTextLink(doc []byte, h hit, from, to, at, end int, used map[int]bool) int {
	if !plainIn(doc, h) {
		return -1
	}
	j := c.textLinkIn(from, to, at, end, h.URL, used)
	if j >= 0 {
		used[j] = true
	}
	return j
}

// plainIn: the link is written in doc as it reads, without entities (an
// iframe's srcdoc counts as plain: the text scan reads its URLs too).
func plainIn(doc []byte, h hit) bool {
	return h.End <= len(doc) && bytes.IndexByte(doc[h.Start:h.End], '&') < 0
}

// textLinkIn is the first of c.links[from:to] not used yet, found by the
// text scan, that leads to url and starts in text[at:end], or -1. Both
// scans read the property in order, so the n-th such link is the n-th
// time url is written there.
func (c *collector) textLinkIn(from, to, at, end int, url string, used map[int]bool) int {
	for i := from; i < to; i++ {
		if l := &c.links[i]; l.Start >= at && l.Start < end && l.URL == url && !used[i] {
			return i
		}
	}
	return -1
}

// scanUnfolded adds the URLs of calendar text that only its unfolded
// form shows: iCalendar folds a line every 75 octets wherever it falls,
// also inside a URL's scheme or its "://" ("DESCRIPTION:Join htt\r\n
// ps://..."), which the text scan, reading folds only after the marker,
// cannot see; the reader's client joins the lines. URLs overlapping one
// the text scan found (c.links[first:]) are that one. Start and End are
// where the URL is written, its folds inside.
func scanUnfolded(text []byte, c *collector, kind Kind, first int) {
	if bytes.Index(text, []byte("\n ")) < 0 && bytes.Index(text, []byte("\n\t")) < 0 {
		return
	}
	n := len(c.links)
	dec, at := unfoldMapped(text)
	scanText(dec, scanMode{fold: true}, func(u textURL) bool {
		s, e := at[u.start], at[u.end-1]+1
		for i := first; i < n; i++ {
			if l := &c.links[i]; s < l.End && l.Start < e {
				return true
			}
		}
		raw, long := boundURL(dec[u.start:u.end])
		h, ok := c.add(raw, nil, kind, true)
		if ok && long {
			h.Flags |= FlagTruncatedChain
		}
		if ok {
			h.Start, h.End, h.markerEnd = s, e, at[u.markerEnd-1]+1
			h.Context = window(text, s, e)
		}
		return !c.full()
	})
}

// unfoldMapped joins folded lines (a line break and one space or tab)
// and returns for each byte of the result its offset in text, and
// len(text) after the last.
func unfoldMapped(text []byte) (out []byte, at []int) {
	out, at = make([]byte, 0, len(text)), make([]int, 0, len(text)+1)
	for i := 0; i < len(text); i++ {
		if j := foldEnd(text, i); (text[i] == '\r' || text[i] == '\n') && j > i {
			i = j - 1
			continue
		}
		out, at = append(out, text[i]), append(at, i)
	}
	return out, append(at, len(text))
}

// vCardType reports the media types of a contact card (RFC 6350, and the
// older text/x-vcard and text/directory).
func vCardType(mt string) bool {
	return mt == "text/vcard" || mt == "text/x-vcard" || mt == "text/directory"
}
