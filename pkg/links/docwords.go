package links

// A link inside a document (an Office document, an SVG drawing) is read
// with the document's own words around it, as a link in the message's
// text is: a stranger's "please see attached" says nothing, the lure's
// "your mailbox password expires today, sign in here" stands in the
// document. docWords follows a document's text as a reader reads it and
// gives each link marked in it the words of its paragraph and of the
// paragraphs before and after it, within contextRadius bytes on either
// side of the link, as an HTML link's context is bounded. It keeps only
// the text that a link marked or still to come can use, so its memory
// does not grow with the document.

// docWords is the text of one document part, read in order.
type docWords struct {
	text []byte    // the text from the oldest byte still needed on
	prev int       // where the previous paragraph starts in text (0 once cut)
	cur  int       // where the current paragraph starts in text (0 once cut)
	n    int       // paragraphs ended
	open []docLink // links still waiting for text after them, oldest first
	done []docLink // links given their words, in the order marked
}

// docLink is a link waiting for the words around it: a target not yet
// added to the collector (url), or an added link (link, its index there).
type docLink struct {
	url   string
	link  int
	words string
	at    int // where the link stands in text
	from  int // where its words may start in text
	para  int // the paragraph it is in (docWords.n when marked)
}

// mark places the link l at the current end of the text.
func (d *docWords) mark(l docLink) {
	l.at, l.para = len(d.text), d.n
	l.from = max(d.prev, l.at-contextRadius-1) // one byte more: runeWindow then sees whether a word was cut
	d.open = append(d.open, l)
}

// add appends text the reader sees.
func (d *docWords) add(b []byte) {
	d.text = append(d.text, b...)
	d.ready()
}

// space separates words: a tab, a line break, the end of a text element.
func (d *docWords) space() { d.add([]byte{' '}) }

// endPara ends a paragraph.
func (d *docWords) endPara() {
	d.n++
	d.space()
	d.prev, d.cur = d.cur, len(d.text)
	d.ready()
}

// ready gives its words to each link whose following paragraph has ended
// or that has contextRadius bytes of text after it, then drops the text
// nothing needs any more.
func (d *docWords) ready() {
	k := 0
	for ; k < len(d.open); k++ {
		if l := d.open[k]; d.n < l.para+2 && len(d.text) <= l.at+contextRadius {
			break
		}
		d.finish(d.open[k])
	}
	if k > 0 {
		d.open = d.open[:copy(d.open, d.open[k:])]
	}
	if len(d.text) > 8*contextRadius {
		d.trim()
	}
}

// finish sets the words of l from the text after it so far.
func (d *docWords) finish(l docLink) {
	l.words = window(d.text[l.from:], l.at-l.from, l.at-l.from)
	d.done = append(d.done, l)
}

// trim drops the text before what an open link or the next one may use:
// the start of the previous paragraph, or contextRadius bytes back.
func (d *docWords) trim() {
	cut := max(d.prev, len(d.text)-contextRadius-1)
	if len(d.open) > 0 {
		cut = min(cut, d.open[0].from)
	}
	if cut <= 0 {
		return
	}
	d.text = d.text[:copy(d.text, d.text[cut:])]
	d.prev, d.cur = max(0, d.prev-cut), max(0, d.cur-cut)
	for i := range d.open {
		d.open[i].at -= cut
		d.open[i].from -= cut
	}
}

// close gives their words to the links still open at the end of the
// document and returns every marked link, in the order marked.
func (d *docWords) close() []docLink {
	for _, l := range d.open {
		d.finish(l)
	}
	d.open = nil
	return d.done
}

// withLead is the context of a link in an attachment: the message's lead,
// what the reader reads before opening it, then the document's own words
// around the link.
func withLead(lead, words string) string {
	switch {
	case words == "":
		return lead
	case lead == "":
		return words
	}
	return lead + " " + words
}
