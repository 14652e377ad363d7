package links

import (
	"bytes"
	"slices"
	"unicode/utf8"
)

// A PDF's words around its links: a link annotation is read with the
// text of the page that holds it (ISO 32000-1, 12.5: a page lists its
// annotations in /Annots), start of page first: its first words, within
// contextRadius bytes on either side of a point contextRadius bytes in,
// as a link's context is bounded (where on the page the link's /Rect
// stands is not read). A link on no page found (a document's
// OpenAction, or an annotation inside an object stream, whose objects
// are not resolved) has the first page's words. The page's words are
// what its content streams show (pdf_content.go) in the fonts of its
// resources (pdf_font.go). Pages are taken in file order and only plain
// objects are read: a page inside an object stream is not found, and a
// document whose pages all are gives its links no words.

// Bounds per document: pages indexed and read for their words,
// annotations read for their actions, fonts read, content and CMap
// streams read, the bytes inflated of one page's content streams, and of
// all text streams together (out of the document's budget).
const (
	maxPDFPages       = 1024
	maxPDFTextPages   = 16
	maxPDFAnnotsRead  = 512
	maxPDFFonts       = 64
	maxPageFonts      = 64
	maxPDFTextStreams = 128
	maxPageContent    = 256 << 10
	maxPDFTextInflate = 2 << 20
)

// pdfText finds the pages of a document and reads their words.
type pdfText struct {
	r       *pdfRefs
	stop    *stopper
	pages   []int        // page object numbers, in file order
	isPage  map[int]bool // the same
	annots  map[int]int  // annotation (or its action's) object number -> page
	acted   bool         // annots holds the actions of annotations too
	words   map[int]string
	fonts   map[int]*pdfFont // font object number -> font (nil: not read)
	streams int              // content and CMap streams read
}

// pdfFirstWords returns the start of the words the document b's first
// page shows, at most LeadBytes cut after a whole word, read within
// *left bytes inflated (which it lowers, by at most maxPDFTextInflate).
func pdfFirstWords(b []byte, left *int64, stop *stopper) string {
	if !isPDF(b) {
		return ""
	}
	budget := min(*left, maxPDFTextInflate)
	start := budget
	defer func() { *left -= start - budget }()
	t := newPDFText(newPDFRefs(b, &budget), stop)
	if len(t.pages) == 0 {
		return ""
	}
	return leadCut(t.pageWords(t.pages[0]))
}

// pdfLinkWords returns the words of the page of each link in us, read
// from the document b within *left bytes inflated (which it lowers, by
// at most maxPDFTextInflate).
func pdfLinkWords(b []byte, us []pdfURI, left *int64, stop *stopper) []string {
	words := make([]string, len(us))
	if len(us) == 0 || !isPDF(b) {
		return words
	}
	budget := min(*left, maxPDFTextInflate)
	start := budget
	defer func() { *left -= start - budget }()
	t := newPDFText(newPDFRefs(b, &budget), stop)
	if len(t.pages) == 0 {
		return words
	}
	for i, u := range us {
		p := -1
		if !u.packed {
			p = t.pageOf(u.off)
		}
		if p < 0 {
			p = t.pages[0]
		}
		words[i] = t.pageWords(p)
	}
	return words
}

func newPDFText(r *pdfRefs, stop *stopper) *pdfText {
	t := &pdfText{r: r, stop: stop, isPage: map[int]bool{}, annots: map[int]int{}, words: map[int]string{}, fonts: map[int]*pdfFont{}}
	t.findPages()
	return t
}

// findPages indexes the plain objects whose dictionary says /Type /Page,
// and the annotations each lists.
func (t *pdfText) findPages() {
	b := t.r.b
	for pos, seen := 0, 0; seen < 4*maxPDFPages && len(t.pages) < maxPDFPages; seen++ {
		i := bytes.Index(b[pos:], []byte("/Page"))
		if i < 0 {
			return
		}
		at := pos + i
		pos = at + len("/Page")
		if pos < len(b) && !pdfDelimiter(b[pos]) || !bytes.HasSuffix(bytes.TrimRight(b[max(0, at-32):at], "\x00\t\n\f\r "), []byte("/Type")) {
			continue // /Pages, /PageLabels, or no page's type
		}
		if num, ok := t.r.enclosing(at); ok && !t.isPage[num] { // the first page found indexes the objects
			t.isPage[num] = true
			t.pages = append(t.pages, num)
			t.pageAnnots(num)
		}
	}
}

// pageAnnots notes the annotations page p lists by reference.
func (t *pdfText) pageAnnots(p int) {
	list := t.r.resolve(dictValue(t.r.objectBody(p), "/Annots"))
	arrayElems(list, func(v []byte) bool {
		if num, _, ok := pdfRef(v, 0); ok {
			if _, dup := t.annots[num]; !dup {
				t.annots[num] = p
			}
		}
		return len(t.annots) < 4*maxPDFAnnotsRead
	})
}

// pageOf is the page that holds the link action at offset off: the page
// whose object holds it, whose /Annots lists the object holding it or the
// annotation whose /A action it is, or that the annotation's /P names;
// -1 for none.
func (t *pdfText) pageOf(off int) int {
	num, ok := t.r.enclosing(off)
	if !ok {
		return -1
	}
	if t.isPage[num] {
		return num
	}
	if p, ok := t.annots[num]; ok {
		return p
	}
	if p, _, ok := pdfRef(dictValue(t.r.objectBody(num), "/P"), 0); ok && t.isPage[p] {
		return p
	}
	t.noteActions()
	if p, ok := t.annots[num]; ok {
		return p
	}
	return -1
}

// noteActions notes, once, the action objects the listed annotations
// name with /A, as on their annotation's page.
func (t *pdfText) noteActions() {
	if t.acted {
		return
	}
	t.acted = true
	nums := make([]int, 0, len(t.annots))
	for num := range t.annots {
		nums = append(nums, num)
	}
	slices.Sort(nums)
	for _, num := range nums[:min(len(nums), maxPDFAnnotsRead)] {
		if a, _, ok := pdfRef(dictValue(t.r.objectBody(num), "/A"), 0); ok {
			if _, dup := t.annots[a]; !dup {
				t.annots[a] = t.annots[num]
			}
		}
	}
}

// pageWords is the text page p shows, start of page first, within
// contextRadius bytes on either side of contextRadius bytes in.
func (t *pdfText) pageWords(p int) string {
	if w, ok := t.words[p]; ok {
		return w
	}
	if len(t.words) >= maxPDFTextPages || t.stop.stopped() {
		return ""
	}
	body := t.r.objectBody(p)
	run := textRun{fonts: t.pageFonts(body)}
	left := int64(maxPageContent)
	arrayElems(t.r.resolveArray(dictValue(body, "/Contents")), func(v []byte) bool {
		data := t.textStream(v, left)
		left -= int64(len(data))
		run.read(data)
		return !run.full() && left > 0 && !t.stop.stopped()
	})
	mid := min(len(run.out), contextRadius)
	for mid > 0 && mid < len(run.out) && !utf8.RuneStart(run.out[mid]) {
		mid-- // runeWindow keeps whole characters around a point that is a character's start
	}
	w := window(run.out, mid, mid)
	t.words[p] = w
	return w
}

// pageFonts returns the lookup of the fonts the page's resources name,
// each read once and at most maxPageFonts names per page.
func (t *pdfText) pageFonts(page []byte) func(string) *pdfFont {
	dict := t.r.resolve(dictValue(t.resources(page), "/Font"))
	byName := map[string]*pdfFont{}
	return func(name string) *pdfFont {
		if f, ok := byName[name]; ok || len(byName) >= maxPageFonts {
			return f
		}
		f := t.font(dictValue(dict, "/"+name))
		byName[name] = f
		return f
	}
}

// resources is the page's resource dictionary, or its nearest parent's
// (a page inherits them), at most eight levels up.
func (t *pdfText) resources(page []byte) []byte {
	for range 8 {
		if res := dictValue(page, "/Resources"); res != nil {
			return t.r.resolve(res)
		}
		num, _, ok := pdfRef(dictValue(page, "/Parent"), 0)
		if !ok {
			return nil
		}
		page = t.r.objectBody(num)
	}
	return nil
}

// font reads the font a resource entry names (a reference, read once per
// document, or a dictionary).
func (t *pdfText) font(v []byte) *pdfFont {
	num, _, isRef := pdfRef(v, 0)
	if !isRef {
		if !bytes.HasPrefix(v, []byte("<<")) {
			return nil
		}
		return t.readFont(v)
	}
	if f, ok := t.fonts[num]; ok || len(t.fonts) >= maxPDFFonts {
		return f
	}
	f := t.readFont(t.r.objectBody(num))
	t.fonts[num] = f
	return f
}

// textStream is the data of the stream object v refers to, at most most
// bytes of it, within the document's budget and maxPDFTextStreams. Once
// the streams read span twice the document (finding a stream's end
// without a /Length searches as far), no more are read: the streams of
// a hostile document cost no more than reading it twice.
func (t *pdfText) textStream(v []byte, most int64) []byte {
	num, _, ok := pdfRef(v, 0)
	if !ok || t.streams >= maxPDFTextStreams || most <= 0 || t.r.spanned > 2*len(t.r.b) {
		return nil
	}
	off, ok := t.r.at[num]
	if !ok {
		return nil
	}
	t.streams++
	data, _ := t.r.streamData(skipPDFSpace(t.r.b, off), most)
	return data
}
