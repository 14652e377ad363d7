package scoring

import "strings"

// The Contexts of neighbouring links are windows of one text that overlap
// almost entirely. ctxScan scans a Context with the help of the previous
// one: where the two texts share words, and the scan's state (the open
// prefixes) before such a word is the same in both, the scan goes on
// exactly as it did before, so its hits and states are copied instead of
// computed. Words at the edges of the shared stretch are scanned afresh.
// The result is the same hit sequence as intentScan.scan's, in the same
// order (FuzzCtxScan compares them).

// ctxRecord is one scanned text: its words, the state before each, and the
// cue hits in order.
type ctxRecord struct {
	text  string
	words []ctxWord
	hits  []cueRef
	open  [2]uint64 // the state after the last word
	nOpen int
}

// ctxWord is one word of a scanned text.
type ctxWord struct {
	start, end int32     // bytes of the text
	hitsEnd    int32     // len(hits) after this word's hits
	open       [2]uint64 // open prefixes before the word
	nOpen      int8
	// reach: the end of the last word this word's hits read (a cue of
	// cueReports reads words after it: cueIndex.reportedTo), at least
	// end; readToEnd when one read to the text's end
	reach int32
}

// ctxScan keeps the record of the last Context and a spare one.
type ctxScan struct {
	last, next ctxRecord
	copied     int // words copied rather than scanned, for tests
}

// scan returns the cue hits of text in scan order, reusing the record of
// the previous text where they overlap. The result is valid until the
// next call.
func (c *ctxScan) scan(x *cueIndex, text string) []cueRef {
	p, r := &c.last, &c.next
	r.text, r.words, r.hits, r.open, r.nOpen = text, r.words[:0], r.hits[:0], [2]uint64{}, 0
	if cap(r.words) == 0 {
		r.words = make([]ctxWord, 0, len(text)/5+8) // about one word per 5 bytes of text
	}
	off, k := overlap(p.text, text)
	pj := 0 // the first word of p that may still match
	var open [2]uint64
	nOpen := 0
	for i := 0; i < len(text); {
		for i < len(text) && !wordStart(text, i) {
			i++
		}
		if i == len(text) {
			break
		}
		if k > 0 && i < k {
			for pj < len(p.words) && int(p.words[pj].start) < off+i {
				pj++
			}
			if j, ok := p.synced(pj, off+i, k, off, text, open, nOpen); ok {
				r.copyWords(p, pj, j, off)
				c.copied += j - pj + 1
				open, nOpen = p.stateAfter(j)
				i = int(p.words[j].end) - off
				k = 0 // one stretch is shared at most
				continue
			}
		}
		j, h := hashWord(text, i)
		w := ctxWord{start: int32(i), end: int32(j), open: open, nOpen: int8(nOpen)}
		var reach int
		open, nOpen, r.hits, reach = x.step(text, i, j, h, open, nOpen, r.hits)
		w.reach = int32(reach)
		w.hitsEnd = int32(len(r.hits))
		r.words = append(r.words, w)
		i = j
	}
	r.open, r.nOpen = open, nOpen
	c.last, c.next = c.next, c.last
	return c.last.hits
}

// overlap finds off and k > 0 with b[:k] == a[off:off+k], where k runs to
// the end of a or of b, or returns k = 0.
func overlap(a, b string) (off, k int) {
	if a == "" || b == "" {
		return 0, 0
	}
	probe := b[:min(len(b), 32)]
	for tries, from := 0, 0; tries < 4 && from < len(a); tries++ {
		i := strings.Index(a[from:], probe)
		if i < 0 {
			return 0, 0
		}
		off = from + i
		k = min(len(a)-off, len(b))
		if a[off:off+k] == b[:k] {
			return off, k
		}
		from = off + 1
	}
	return 0, 0
}

// synced reports whether the scan of text can go on as p's did: p's word
// pj starts at start (text's byte start-off), p's state before it is
// open/nOpen, and it is a whole word of text too. It returns the last word
// j of that stretch of p's words that are whole words of text.
func (p *ctxRecord) synced(pj, start, k, off int, text string, open [2]uint64, nOpen int) (int, bool) {
	if pj >= len(p.words) || int(p.words[pj].start) != start || int(p.words[pj].nOpen) != nOpen || p.words[pj].open != open {
		return 0, false
	}
	// A word of p is a whole word of text when it ends inside the shared
	// bytes and text does not go on with a word character after it. That
	// is read in text itself: a letter of two bytes whose first byte is
	// the last one shared ends p's word ("gebuhren" of a window cut inside
	// "é") but goes on in text.
	whole := func(w ctxWord) bool {
		e := int(w.end)
		return e <= off+k && (e-off == len(text) || !wordGoesOn(text, e-off))
	}
	if !whole(p.words[pj]) {
		return 0, false
	}
	j := pj
	for j+1 < len(p.words) && whole(p.words[j+1]) {
		j++
	}
	// a word's hits may have read words after it (cueReports) that text
	// does not share whole: from the first such word on, the stretch is
	// scanned afresh
	limit := p.words[j].end
	for i := pj; i <= j; i++ {
		if p.words[i].reach > limit {
			j = i - 1
			break
		}
	}
	return j, j >= pj
}

// stateAfter is p's scan state after word j.
func (p *ctxRecord) stateAfter(j int) ([2]uint64, int) {
	if j+1 < len(p.words) {
		return p.words[j+1].open, int(p.words[j+1].nOpen)
	}
	return p.open, p.nOpen
}

// copyWords appends p's words pj..j and their hits, shifted by -off.
func (r *ctxRecord) copyWords(p *ctxRecord, pj, j, off int) {
	from := int32(0)
	if pj > 0 {
		from = p.words[pj-1].hitsEnd
	}
	shift := int32(len(r.hits)) - from
	r.hits = append(r.hits, p.hits[from:p.words[j].hitsEnd]...)
	for _, w := range p.words[pj : j+1] {
		w.start -= int32(off)
		w.end -= int32(off)
		w.reach -= int32(off) // within the shared words (synced), never readToEnd
		w.hitsEnd += shift
		r.words = append(r.words, w)
	}
}

// step is intentScan.word recording the hits instead of counting them;
// reach is the end of the last word its hits read (ctxWord.reach).
func (x *cueIndex) step(text string, i, j int, h uint64, open [2]uint64, nOpen int, hits []cueRef) ([2]uint64, int, []cueRef, int) {
	m := x.match(text[i:j], h, open, nOpen)
	reach := j
	for _, r := range m.hits[:m.nHits] {
		var to int
		r.reported, to = x.reportedTo(r, text, j)
		reach = max(reach, to)
		hits = append(hits, r)
	}
	return m.next, m.nNext, hits, reach
}
