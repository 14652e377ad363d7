package links

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// errInternal reports a recovered panic; it should never happen.
var errInternal = errors.New("links: internal error")

// hit is a view of one found link: the Link plus what Rewrite needs to
// change it. The pointers are valid until the next collector.add.
type hit struct {
	*Link
	*hitMeta
}

// hitMeta is what Rewrite needs besides the Link.
type hitMeta struct {
	visPos             int  // HTML: offset in the visible text
	attr               bool // HTML: Start:End is a whole attribute value
	inner              bool // HTML: Start:End is inside a larger attribute value or CSS
	quote              byte // HTML: quote of the attribute (0 = unquoted)
	dispStart, dispEnd int  // HTML anchors: the raw anchor content
	markerEnd          int  // text: where the lock marker goes
	html               bool // found by the HTML scanner: edits are HTML-escaped
}

// collector gathers links for a message, bounded by MaxLinks. links and
// meta are parallel slices.
type collector struct {
	links []Link
	meta  []hitMeta
	max   int
	stop  *stopper // nil: never stops
	part  string
	hosts hostCache
	html  bool // the HTML scanner is running
	// lead is the message's lead (Extracted.Lead), settled from leads
	// once the text parts are read (settleLead); the attachments read
	// after them take it as their links' context. leaf is the index of
	// the text part being read (-1: none), leadFixed once a part outside
	// any multipart/alternative gave a lead (no later part can change
	// it), and leadOff while a reader scans text that is never the lead
	// (a file in an archive, a calendar's HTML).
	lead      string
	leads     []leadCand
	leaf      int
	leadFixed bool
	leadOff   bool
	// inline are images embedded in the HTML as data: URLs (an <img>
	// source, a CSS background), read for a QR code after the text.
	inline []inlineImage
	// grids are QR codes drawn without an image (qrgrid.go), read after
	// the inline images.
	grids []gridCode
	// password: a page that runs script (the message's HTML, an attached
	// or archived one, an SVG drawing's HTML) holds a password field whose
	// form sends it nowhere the scan reads (Extracted.PasswordField).
	password bool
	// hiddenSplits counts hidden text inside words (Extracted.HiddenSplits).
	hiddenSplits int
}

// inlineImage is an image a data: URL carries, with the part it is in.
type inlineImage struct {
	part string
	data []byte
}

// maxInlineImages bounds the data: images read for QR codes per message.
const maxInlineImages = 16

// addInline keeps the image of a data:image/png, jpeg or gif URL in base64
// for the QR reader: mail clients (Apple Mail, Thunderbird, Outlook)
// show such images, and lures print their code so to pass image scanners.
func (c *collector) addInline(v string) {
	if len(c.inline) >= maxInlineImages || len(v) > maxQRImageBytes*4/3+64 {
		return
	}
	v, _ = cleanRaw(v, false)
	head, data, ok := strings.Cut(v, ",")
	if !ok || len(head) < 11 || !strings.EqualFold(head[:11], "data:image/") {
		return
	}
	mt, enc, _ := strings.Cut(head[11:], ";")
	if !strings.EqualFold(strings.TrimSpace(enc), "base64") {
		return
	}
	if attachedType("image/"+asciiLower(strings.TrimSpace(mt))) != attImage {
		return
	}
	if b, err := b64Decode([]byte(data)); err == nil {
		c.inline = append(c.inline, inlineImage{part: c.part, data: b})
	}
}

// LeadBytes bounds Extracted.Lead.
const LeadBytes = 600

// leadCand is the lead a text part offers: the index of the part in
// walker.leaves, and its text.
type leadCand struct {
	leaf int
	text string
}

// setLead offers the start of the text part being read, white space
// collapsed, within LeadBytes and cut after a whole word. whole is the
// part's whole text (lead its start before any quote): a part with no
// word at all (an empty text/plain alternative before the HTML one, as
// kits send to leave filters nothing to read) is no part a reader reads
// and offers none; a part all quoted still does ("" : nothing new).
// settleLead picks among the offers.
func (c *collector) setLead(whole, lead []byte) {
	if c.leadOff || c.leadFixed || c.leaf < 0 || len(bytes.TrimSpace(whole)) == 0 {
		return
	}
	if n := len(c.leads); n > 0 && c.leads[n-1].leaf == c.leaf {
		return // a part offers once (its first reading)
	}
	c.leads = append(c.leads, leadCand{leaf: c.leaf, text: leadCut(collapse(lead[:min(len(lead), 4*LeadBytes)]))})
}

// leadOffered notes that the text part leaves[i] was read: one outside
// any multipart/alternative that offered a lead fixes it, for every
// later part comes after it at the top of the message.
func (c *collector) leadOffered(leaves []leaf, i int) {
	if n := len(c.leads); n > 0 && c.leads[n-1].leaf == i && leaves[i].alt == 0 {
		c.leadFixed = true
	}
}

// settleLead sets the message's lead from the text parts' offers: the
// start of the first text part a reader sees. Inside a
// multipart/alternative that is its HTML alternative offering one, the
// one the common clients show whatever the order (Outlook always, the
// others as the last they can show, after the plain text: RFC 2046
// 5.1.4), so that a harmless plain-text stub before or after an HTML
// lure leads nowhere; with no such HTML alternative, the last one
// offering one, an alternative with no word falling back to the one
// before it. A related or mixed alternative offers the first of its
// parts that offers one, HTML when that part is or holds HTML. Elsewhere
// (a multipart/mixed or related, a message attached) the lead is the
// first part offering one, each alternative group taken as one part at
// its place. groups are walker.alts, children after their parents, so
// one pass from the last settles each group before the one holding it.
func (c *collector) settleLead(leaves []leaf, groups []altGroup) {
	if len(c.leads) == 0 {
		return
	}
	type offer struct {
		at, pos int
		html    bool
		text    string
	}
	// offers[g]: those of group g (0: the message, outside any group),
	// in the order of their parts.
	offers := make([][]offer, len(groups)+1)
	for _, o := range c.leads {
		l := leaves[o.leaf]
		offers[l.alt] = append(offers[l.alt], offer{at: l.altAt, pos: o.leaf, html: l.mtype == "text/html", text: o.text})
	}
	for g := len(groups); g > 0; g-- {
		os := offers[g]
		if len(os) == 0 {
			continue
		}
		// A group's offers come in its parts' order but for those its
		// own groups pass up after; sorted, each alternative's offers
		// are a run, its first the one it offers.
		slices.SortFunc(os, func(a, b offer) int { return a.pos - b.pos })
		var pick offer
		for k, o := range os {
			if k > 0 && o.at == os[k-1].at {
				continue // not its alternative's first
			}
			if k == 0 || o.html && !pick.html || o.html == pick.html && o.at > pick.at {
				pick = o
			}
		}
		a := groups[g-1]
		offers[a.parent] = append(offers[a.parent], offer{at: a.at, pos: a.first, html: pick.html, text: pick.text})
		offers[g] = nil
	}
	if os := offers[0]; len(os) > 0 {
		c.lead = slices.MinFunc(os, func(a, b offer) int { return a.pos - b.pos }).text
	}
}

// leadCut cuts collapsed text s to at most LeadBytes, after a whole word.
func leadCut(s string) string {
	if len(s) > LeadBytes {
		end := LeadBytes
		if s[end] != ' ' {
			if i := strings.LastIndexByte(s[:end], ' '); i > 0 {
				end = i
			}
		}
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = strings.TrimSpace(s[:end]) // a vertical tab or form feed before the cut stays in collapsed text
	}
	return s
}

// full: readers are to look for no more links, for the collector holds
// MaxLinks or the scan must stop (stopper); they loop while it is not.
func (c *collector) full() bool { return len(c.links) >= c.max || c.stop.stopped() }

func (c *collector) at(i int) hit { return hit{&c.links[i], &c.meta[i]} }

// add normalises and unwraps raw and appends it. The returned pointer is
// valid until the next add.
func (c *collector) add(raw string, base *url.URL, kind Kind, text bool) (hit, bool) {
	if len(c.links) >= c.max { // a link a reader found before a stop is kept
		return hit{}, false
	}
	c.links = append(c.links, Link{}) // built in place: a Link is large
	l := &c.links[len(c.links)-1]
	if !makeLinkAt(l, raw, base, kind, text, c.hosts) {
		c.links = c.links[:len(c.links)-1]
		return hit{}, false
	}
	l.Part = c.part
	c.meta = append(c.meta, hitMeta{markerEnd: -1, html: c.html})
	return c.at(len(c.links) - 1), true
}

// makeLink fills the URL facts of a Link from its raw form.
func makeLink(raw string, base *url.URL, kind Kind, text bool, hosts hostCache) (Link, bool) {
	var l Link
	ok := makeLinkAt(&l, raw, base, kind, text, hosts)
	return l, ok
}

// makeLinkAt is makeLink into *l, which must be the zero Link.
func makeLinkAt(l *Link, raw string, base *url.URL, kind Kind, text bool, hosts hostCache) bool {
	raw, long := boundURL(raw)
	s, flags := cleanRaw(raw, text)
	if long {
		flags |= FlagTruncatedChain
	}
	abs, f, ok := absolute(s, base)
	if !ok {
		return false
	}
	flags |= f
	if len(abs) > MaxURLBytes { // resolved against a long <base> or Content-Base
		abs, _ = boundURL(abs)
		flags |= FlagTruncatedChain
	}
	var outer []string
	if inner, ok := appTarget(abs); ok {
		outer, abs, flags = []string{abs}, inner, flags|FlagAppScheme
	}
	dest, chain, f := Unwrap(abs)
	flags |= f
	if outer != nil {
		chain = append(outer, chain...)
	}
	if len(chain) > 0 {
		d, f1 := cleanRaw(dest, false)
		if a, f2, ok := absolute(d, nil); ok {
			dest, flags = a, flags|f1|f2
		}
	}
	t := analyze(dest, hosts)
	l.Raw, l.URL, l.Chain, l.Scheme, l.Host = raw, t.url, chain, t.scheme, t.host
	l.UnicodeHost, l.Domain, l.Kind = t.uhost, t.domain, kind
	l.Clickable, l.Flags = kind != KindImage && kind != KindCSS, flags|t.flags
	if l.Clickable && len(chain) > 0 {
		l.Via = viaHop(chain, t.domain, hosts)
	}
	return true
}

// viaHop is Link.Via: the first layer of chain that is a generic redirect
// (not a known rewriter, a search engine's or big site's public redirect
// (searchRedirect) or Google's) in
// another registrable domain than the destination. Layers in the
// destination's own domain are passed over, so an open redirect there
// cannot hide a foreign layer behind it (corp.example -> evil -> corp.example).
func viaHop(chain []string, dest string, hosts hostCache) *Hop {
	for _, c := range chain {
		if trustedLayer(c) {
			continue
		}
		if _, rest, _ := splitScheme(c); dotSuffix(strings.ToLower(looseHost(rest)), dest) {
			continue // a tracker of the destination's own domain: the common case, no parse
		}
		h := analyze(c, hosts)
		if h.domain == "" || h.domain == dest {
			continue
		}
		return &Hop{URL: h.url, Host: h.host, UnicodeHost: h.uhost, Domain: h.domain, Flags: h.flags}
	}
	return nil
}

// checkDisplay sets DisplayHost and FlagDisplayMismatch from Display.
func (h hit) checkDisplay() {
	h.DisplayHost = displayHost(h.Display)
	if h.DisplayHost != "" && fileNameShown(h.Display, h.URL) {
		h.DisplayHost = ""
	}
	if h.DisplayHost != "" && registrable(h.DisplayHost) != h.Domain {
		h.Flags |= FlagDisplayMismatch
	}
}

// displayHost returns the host shown by anchor text that looks like a URL
// or a host name, or "". A character that reads as a dot or a slash is
// read as one (asRead): "www.paypal\uff0ecom" and "www.paypal.com\u2215signin"
// show www.paypal.com. Invisible characters (paste.go's invisibleRune)
// are dropped, as the reader does not see them: "www.pay\u200bpal.com" and "www.pay&shy;pal.com"
// show www.paypal.com too.
func displayHost(d string) string {
	if !isASCII(d) {
		d = strings.Map(func(r rune) rune {
			if invisibleRune(r) {
				return -1
			}
			return asRead(r)
		}, d)
	}
	if strings.IndexByte(d, '.') < 0 {
		return ""
	}
	var host string
	scanText([]byte(d), scanMode{}, func(u textURL) bool {
		if l, ok := makeLink(d[u.start:u.end], nil, KindText, true, nil); ok {
			host = l.Host
		}
		return false
	})
	if host != "" {
		return host
	}
	tok := strings.TrimSpace(d)
	tok, _, _ = strings.Cut(tok, "/")
	if hostLike(tok) {
		return strings.TrimSuffix(strings.ToLower(tok), ".")
	}
	return ""
}

// fileTLDs are top-level domains that are also common file extensions
// (export.zip, setup.py, README.md, clip.mov).
var fileTLDs = map[string]bool{
	"zip": true, "mov": true, "py": true, "rs": true, "sh": true, "md": true, "pl": true,
	"pm": true, "ps": true, "ai": true, "cc": true, "so": true, "tf": true, "ml": true,
}

// fileNameShown: the anchor text is the name of the file the link leads to
// (Jira's "export-log.zip", GitHub's "setup.py"): the last segment of the
// URL's path, ending in a file extension that is also a top-level domain.
// That names the file, not a host, so it is no display mismatch. A name
// ending in a site's TLD (.com) still counts as a host. So does the name
// of another file than the URL's (other.zip for .../report.zip).
func fileNameShown(display, rawURL string) bool {
	d := strings.ToLower(strings.TrimSpace(display))
	dot := strings.LastIndexByte(d, '.')
	if dot < 0 || !fileTLDs[d[dot+1:]] {
		return false
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	p := strings.TrimSuffix(u.Path, "/")
	last := p[strings.LastIndexByte(p, '/')+1:]
	return strings.EqualFold(last, d) || bareArchiveName(d) && !strings.Contains(last, ".")
}

// bareArchiveName: d is a bare file name under .zip or .mov ("logs-0309.zip",
// one dot, no www., scheme or slash), the two file-extension TLDs whose
// names stand for files far more often than for sites. Sharing platforms
// link such a file by an ID (OneDrive's /:u:/g/personal/.../EXy9z, Drive's
// /file/d/1AbC/view), under its name as the text: that text names the file
// behind the link, not a host, as long as the URL names no other file.
func bareArchiveName(d string) bool {
	ext := d[strings.LastIndexByte(d, '.')+1:]
	return (ext == "zip" || ext == "mov") && strings.Count(d, ".") == 1 &&
		!strings.HasPrefix(d, "www.") && !strings.ContainsAny(d, "/:@")
}

// hostLike reports whether s is a dotted host name under an ICANN suffix.
func hostLike(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 4 || len(s) > 253 || !strings.Contains(s, ".") {
		return false
	}
	for _, label := range strings.Split(s, ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			if c := label[i]; !isAlnum(c) && c != '-' {
				return false
			}
		}
	}
	tld := s[strings.LastIndexByte(s, '.')+1:]
	for i := 0; i < len(tld); i++ {
		if tld[i] >= '0' && tld[i] <= '9' {
			return false
		}
	}
	tld = strings.ToLower(tld)
	if tld == "example" || tld == "test" { // RFC 2606 names, used in tests and documentation
		return true
	}
	_, icann := publicsuffix.PublicSuffix(tld)
	return icann
}

// scannedLeaf is a text part with its decoded text and its hits.
type scannedLeaf struct {
	leaf
	text        []byte // full decoded text (UTF-8 unless the charset is unknown)
	charsetOK   bool
	html        bool // scanned as HTML (text/html, or sniffed text/plain)
	first, last int  // links[first:last] belong to this leaf
}

// scan is the result of reading a whole message.
type scan struct {
	leaves         []scannedLeaf
	links          []Link
	meta           []hitMeta
	lead           string
	docLead        string // Extracted.DocLead
	docLeadDone    bool   // a PDF without links was read for docLead
	partial        bool
	overflow       bool // a structure limit (parts, nesting, links) was hit, or the scan was stopped
	stopped        bool // the scan stopped before its end (stopper)
	sealed         bool // part of the message is encrypted (walker.sealed); cutBody with it
	cutBody        bool // a text part of the body (not an attached file), or a page or other markup file in an archive, was cut at MaxPartBytes
	malformed      bool
	internal       bool
	signed         bool
	scripted       bool      // an SVG attachment carries script (svg.go)
	launch         string    // the first local program a PDF's Launch action runs (pdf_launch.go)
	scriptedHTML   bool      // an attached HTML file carries script (svg.go)
	hiddenRedirect bool      // an attached HTML file's script navigates to an address it hides (redirect.go)
	pasteCmd       bool      // a text part of the body tells the reader to paste and run a command (paste.go)
	pasteFile      bool      // an attached HTML file, SVG or archived page does
	password       bool      // Extracted.PasswordField (collector.password)
	hiddenSplits   int       // Extracted.HiddenSplits (collector.hiddenSplits)
	bidiNames      []string  // file names holding a direction control (walker.bidiNames)
	programNames   []string  // file names of programs (walker.programNames, archives')
	qr             qrBudget  // image pixels decoded for QR codes (qr.go)
	zipLeft        int64     // bytes archives may still inflate (zipBudget)
	icsFiles       []icsFile // files embedded in calendar parts, read with the attachments (calendar_attach.go)
	// signedExact: the walk visited what Signed's walk (default limits)
	// visits, so signed equals Signed(msg).
	signedExact bool
}

func (s *scan) err() error {
	var errs []error
	if s.partial {
		errs = append(errs, ErrPartial)
	}
	if s.malformed {
		errs = append(errs, ErrMalformed)
	}
	if s.internal {
		errs = append(errs, errInternal)
	}
	return errors.Join(errs...)
}

// scanMessage walks msg and extracts the links of every text part, then
// those of its attachments, inline images and drawn QR codes unless
// textOnly (Rewrite: none of those can be rewritten). stop may be nil.
func scanMessage(msg []byte, opts Options, stop *stopper, textOnly bool) (sc *scan) {
	sc = &scan{}
	defer func() {
		if r := recover(); r != nil {
			sc.internal = true
		}
	}()
	opts = opts.withDefaults()
	sc.qr = newQRBudget(opts, stop)
	sc.zipLeft = zipBudget(len(msg))
	w := newWalker(opts, stop, len(msg))
	w.entity(msg, 0, len(msg), "", 0, false, true, "text/plain")
	sc.partial, sc.malformed, sc.signed, sc.signedExact = w.partial, w.malformed, w.signed, w.withinDefaults()
	sc.cutBody, sc.sealed = w.sealed, w.sealed
	sc.bidiNames = w.bidiNames // the archives' file names join them (noteBidiName)
	sc.programNames = w.programNames
	c := &collector{max: opts.MaxLinks, stop: stop, hosts: hostCache{}, leaf: -1}
	// About one link per 300 bytes in newsletters; growing past 256 is rare.
	n := min(opts.MaxLinks, len(msg)/300+4, 256)
	c.links, c.meta = make([]Link, 0, n), make([]hitMeta, 0, n)
	for i, l := range w.leaves {
		if stop.stopped() {
			break
		}
		c.leaf = i
		sc.leaves = append(sc.leaves, sc.scanLeaf(l, c, opts))
		c.leadOffered(w.leaves, i)
	}
	c.leaf = -1
	c.settleLead(w.leaves, w.alts)
	if !textOnly {
		sc.scanRest(w.attached, c, opts)
	}
	sc.links, sc.meta, sc.lead, sc.password, sc.hiddenSplits = c.links, c.meta, c.lead, c.password, c.hiddenSplits
	sc.stopped = stop != nil && stop.seen
	atMax := len(c.links) >= c.max
	sc.partial = sc.partial || atMax || sc.stopped
	sc.overflow = w.partial || atMax || w.ambiguous || sc.stopped
	sc.malformed = sc.malformed || w.ambiguous
	return sc
}

// scanRest reads what follows the text parts: the attachments, the images
// inline in the HTML, and the QR codes drawn without an image.
func (sc *scan) scanRest(attached []leaf, c *collector, opts Options) {
	for _, l := range attached {
		if c.stop.stopped() {
			return
		}
		sc.scanAttached(l, c, opts)
	}
	sc.readICSFiles(c, opts)
	for _, im := range c.inline {
		if c.stop.stopped() {
			return
		}
		c.part = im.part
		sc.readImage(im.data, c)
	}
	sc.readGrids(c)
}

func (sc *scan) scanLeaf(l leaf, c *collector, opts Options) scannedLeaf {
	text, bad := l.body, l.decodeErr
	if !l.decoded {
		var err error
		text, err = decodeCTE(l.cte, l.src[l.bodyStart:l.bodyEnd])
		bad = err != nil
	}
	if bad {
		sc.malformed = true
	}
	if l.charset == "" && l.mtype == "text/html" {
		l.charset = metaCharset(text) // a rewrite encodes back to it too
	}
	if l.shortcut && asciiLabel(l.charset) {
		if cs := shortcutUTF16(text); cs != "" {
			l.charset = cs // a shortcut in UTF-16 without its byte order mark, never rewritten
		}
	}
	if asciiLabel(l.charset) && !utf8.Valid(text) {
		l.charset = "iso-8859-1" // eight-bit text labelled ASCII or not at all (asciiLabel)
	}
	text, ok := decodeCharset(l.charset, text)
	sl := scannedLeaf{leaf: l, text: text, charsetOK: ok, first: len(c.links)}
	if int64(len(text)) > opts.MaxPartBytes {
		text = text[:opts.MaxPartBytes]
		sc.partial = true
		// A cut body hides its end, where a link locked before the cut
		// would stay live; a long text file attached is ordinary (logs).
		sc.cutBody = sc.cutBody || !l.attached
	}
	c.part = l.path
	sl.html = l.mtype == "text/html" || l.mtype == "text/plain" && sniffHTML(text)
	q := quoteStart(text, sl.html)
	switch {
	case l.shortcut: // before text/html: Invoice.url declared as a page opens as a shortcut
		c.readShortcutText(text, sl, q)
		c.blockGrids(text)
	case l.mtype == "text/html":
		c.html = true
		scanHTMLBase(text, c, q, l.base)
		c.html = false
		sc.scriptedHTML = sc.scriptedHTML || l.file && scriptedHTML(text)
		sc.hiddenRedirect = sc.hiddenRedirect || l.file && hiddenRedirect(text)
		if l.file {
			for i := sl.first; i < len(c.links); i++ {
				c.links[i].Flags |= FlagHTMLFile
			}
		}
	case sl.html:
		scanSniffed(text, c, q)
	case l.mtype == "text/calendar":
		scanPlain(text, c, KindCalendar, scanMode{fold: true})
		scanUnfolded(text, c, KindCalendar, sl.first)
		scanAltDesc(text, c, sl.first)
		sc.icsFiles = appendICSFiles(sc.icsFiles, text, l.path)
	case vCardType(l.mtype):
		// A contact card folds its lines as iCalendar does (RFC 6350
		// 3.2), wherever they fall: read unfolded, a URL property's value
		// is locked without a marker, as a calendar's URL: is.
		scanPlain(text, c, KindCalendar, scanMode{fold: true})
		scanUnfolded(text, c, KindCalendar, sl.first)
	default:
		c.setLead(text, text[:cut(q, len(text))])
		scanPlain(text, c, KindText, scanMode{delsp: l.delsp})
		c.blockGrids(text)
	}
	switch {
	case l.file:
		sc.pasteFile = sc.pasteFile || pasteCommand(text)
	case !sc.pasteCmd && (l.mtype == "text/html" || l.mtype == "text/plain"):
		sc.pasteCmd = pasteCommand(text)
	}
	sl.last = len(c.links)
	markQuoted(c.links[sl.first:sl.last], q)
	if !l.rewritable {
		for i := sl.first; i < sl.last; i++ {
			c.links[i].Flags |= FlagEncodedMessage
		}
	}
	return sl
}

// scanPDF adds the URI actions of a PDF attachment, at most MaxPartBytes of
// it decoded and as much of its object streams inflated. Start and End are
// both the offset of the action (or of the object stream holding it) in
// the decoded attachment: the link has no text to replace. Its Context is
// the message's lead, what a reader reads before opening the attachment,
// then the words of the page that holds it (pdfLinkWords).
func (sc *scan) scanPDF(l leaf, c *collector, opts Options) {
	doc, _ := sc.attachment(l, c, opts)
	sc.readPDF(doc, c, opts)
}

// readPDF adds the links of the PDF document doc (an attachment, or a file
// in an archive): its URI actions and SubmitForm targets, then the QR
// codes of its images and those drawn with rectangles (pdf_vector.go). Its object streams and referenced scripts inflate
// within MaxPartBytes and the message's archive budget (zipBudget), as
// archives inflate: each PDF had MaxPartBytes of its own, so 300 PDFs of
// 96 KB, each inflating 8 MiB (a 40 MB message), took 7.3 s to read.
// Past either bound the scan is partial. The page text its links are
// read with inflates within the same budget (at most maxPDFTextInflate
// of it); text cut short leaves no link unread, so it makes no scan
// partial.
func (sc *scan) readPDF(doc []byte, c *collector, opts Options) {
	if isPDF(doc) {
		doc = pdfNames(doc)
	}
	budget := min(opts.MaxPartBytes, sc.zipLeft)
	start := budget
	us, cut := pdfURIsWithin(doc, &budget, c.max-len(c.links), c.stop)
	words := pdfLinkWords(doc, us, &budget, c.stop)
	if len(us) == 0 && !sc.docLeadDone {
		sc.docLead, sc.docLeadDone = pdfFirstWords(doc, &budget, c.stop), true
	}
	qrs := pdfQRs(doc, nil, c.max-len(c.links)-len(us), &sc.qr)
	qrs = pdfVectorQRs(doc, qrs, &budget, &sc.qr, c.stop)
	sc.zipLeft -= start - budget
	sc.partial = sc.partial || cut
	for i, u := range us {
		if u.program {
			sc.launch = cmp.Or(sc.launch, u.uri)
			continue
		}
		var f Flag
		if u.submits {
			f = FlagSubmits
		}
		n := len(c.links)
		c.addAttached(u.uri, KindPDF, false, u.off, u.off, f)
		if len(c.links) > n {
			c.links[n].Context = withLead(c.lead, words[i])
		}
	}
	for _, u := range qrs {
		c.addAttached(u.uri, KindQR, false, u.off, u.off, 0)
	}
}

// scanAttached reads one attachment. A fault in a reader (a bug: it should
// never happen) costs only that attachment's links, and is reported as an
// internal error, never the links found in the text.
func (sc *scan) scanAttached(l leaf, c *collector, opts Options) {
	defer func() {
		if r := recover(); r != nil {
			sc.internal = true
			n := min(len(c.links), len(c.meta)) // a link half added is dropped
			c.links, c.meta = c.links[:n], c.meta[:n]
		}
	}()
	switch l.mtype {
	case attSVG:
		sc.scanSVG(l, c, opts)
	case attOffice:
		sc.scanOffice(l, c, opts)
	case attImage:
		sc.scanImage(l, c, opts)
	case attZip:
		sc.scanZip(l, c, opts)
	case attGzip, attTar:
		sc.scanPacked(l, c, opts)
	case attTNEF:
		sc.scanTNEF(l, c, opts)
	case attRar, att7z:
		doc, cut := sc.attachment(l, c, opts)
		sc.listNames(l.mtype, doc, cut, c)
	case attRTF:
		sc.scanRTF(l, c, opts)
	case attShortcut:
		sc.scanShortcut(l, c, opts)
	default:
		sc.scanPDF(l, c, opts)
	}
}

// addAttached adds a link found in an attachment at start:end of its
// decoded bytes, with the message's lead as its context (what a reader
// reads before opening the attachment) and the given flags.
func (c *collector) addAttached(raw string, kind Kind, text bool, start, end int, f Flag) {
	if h, ok := c.add(raw, nil, kind, text); ok {
		h.Start, h.End, h.Context = start, end, c.lead
		h.Flags |= f
	}
}

// addWords adds a link found in a document at no place in its bytes
// (Start and End 0), its context the message's lead and the document's
// own words around it (docWords).
func (c *collector) addWords(raw string, kind Kind, words string) {
	n := len(c.links)
	c.addAttached(raw, kind, false, 0, 0, 0)
	if len(c.links) > n {
		c.links[n].Context = withLead(c.lead, words)
	}
}

// attachment decodes an attachment for reading, at most MaxPartBytes of it
// (cut reports a longer one, and the scan is partial), and points the
// collector at its part.
func (sc *scan) attachment(l leaf, c *collector, opts Options) (doc []byte, cut bool) {
	doc, err := decodeCTE(l.cte, l.src[l.bodyStart:l.bodyEnd])
	if err != nil {
		sc.malformed = true
	}
	if int64(len(doc)) > opts.MaxPartBytes {
		doc, cut = doc[:opts.MaxPartBytes], true
		sc.partial = true
	}
	c.part = l.path
	return doc, cut
}

// sniffHTML reports whether a text/plain part is really an HTML document,
// as some senders (and spammers) label it; clients that sniff render it.
func sniffHTML(text []byte) bool {
	t := bytes.TrimLeft(text[:min(len(text), 512)], " \t\r\n\ufeff")
	return len(t) > 5 && (asciiEqualFold(t[:5], "<html") || len(t) > 9 && asciiEqualFold(t[:9], "<!doctype"))
}

// cut is q when it is an offset (a quote's start), else n.
func cut(q, n int) int {
	if q < 0 {
		return n
	}
	return q
}

// scanSniffed scans a text/plain part holding HTML twice: as text (what
// most clients show, auto-linking the URLs) and as HTML (what sniffing
// clients render), keeping HTML links that no text link overlaps.
func scanSniffed(text []byte, c *collector, quoteAt int) {
	first := len(c.links)
	scanPlain(text, c, KindText, scanMode{})
	mid := len(c.links)
	c.html = true
	scanHTML(text, c, quoteAt)
	c.html = false
	textLinks := c.links[first:mid]
	order := make([]int, 0, len(c.links)-first)
	for i := first; i < len(c.links); i++ {
		h := c.links[i]
		j := sort.Search(len(textLinks), func(j int) bool { return textLinks[j].End > h.Start })
		if i >= mid && j < len(textLinks) && textLinks[j].Start < max(h.End, h.Start+1) {
			if c.meta[i].attr {
				// The text link is an attribute's value (href="URL"):
				// locked as text, its marker would land inside the
				// quotes and break the lock link where the part is
				// shown as HTML.
				c.meta[first+j].markerEnd = -1
			}
			continue
		}
		order = append(order, i)
	}
	sort.SliceStable(order, func(a, b int) bool { return c.links[order[a]].Start < c.links[order[b]].Start })
	links, meta := make([]Link, len(order)), make([]hitMeta, len(order))
	for k, i := range order {
		links[k], meta[k] = c.links[i], c.meta[i]
	}
	c.links = append(c.links[:first], links...)
	c.meta = append(c.meta[:first], meta...)
}

// scanPlain extracts URLs from plain text (iCalendar folding and
// format=flowed soft breaks per m).
func scanPlain(text []byte, c *collector, kind Kind, m scanMode) {
	scanText(text, m, func(u textURL) bool {
		raw, long := boundURL(text[u.start:u.end]) // no copy of a URL of megabytes
		h, ok := c.add(raw, nil, kind, true)
		if ok && long {
			h.Flags |= FlagTruncatedChain
		}
		if ok {
			h.Start, h.End, h.markerEnd = u.start, u.end, u.markerEnd
			h.Context = window(text, u.start, u.end)
		}
		return !c.full()
	})
}

// Extract returns every link a reader could see in msg, a whole RFC 5322
// message (headers and body, CRLF or LF line breaks), in document order,
// then the links of its attachments (Link.InAttachment: PDF, SVG, Office
// and zip attachments, QR codes in images). It never panics. When a limit in opts is hit the links
// found so far are returned with an error wrapping ErrPartial (it is also reported when
// exactly MaxLinks links exist); broken MIME or encodings give ErrMalformed
// with everything that could be read.
func Extract(msg []byte, opts Options) ([]Link, error) {
	sc := scanMessage(msg, opts, nil, false)
	if err := sc.err(); err != nil {
		return sc.links, fmt.Errorf("links: extract: %w", err)
	}
	return sc.links, nil
}

// ExtractSigned is Extract and Signed(msg) together, from one walk of the
// MIME tree when that walk stayed within the default limits (Signed's),
// which is almost always.
func ExtractSigned(msg []byte, opts Options) ([]Link, bool, error) {
	x, err := ExtractAll(msg, opts)
	return x.Links, x.Signed, err
}

// Extracted is what one walk of a message finds.
type Extracted struct {
	Links  []Link // as Extract returns them
	Signed bool   // as Signed(msg) reports
	// Scripted: an SVG attachment carries a script, an event handler
	// attribute or a javascript: URL: an "image" that runs code when
	// opened in a browser.
	Scripted bool
	// Launch is the file name of the first program on the reader's own
	// computer that a PDF's Launch action runs (cmd.exe, powershell, a
	// script, or any file given /P parameters: pdf_launch.go), or "".
	Launch string
	// ScriptedHTML: an attached HTML file (not the message's body) does.
	ScriptedHTML bool
	// HiddenRedirect: an attached HTML file's script (or a page's in an
	// attached archive) sends the browser to an address it decodes or
	// assembles from pieces (redirect.go): HTML smuggling's redirect.
	HiddenRedirect bool
	// PasteCommand: a text part of the message tells the reader to open
	// the Run dialog (Win+R) or to paste into a fake human check (Ctrl+V)
	// and names a launcher (powershell, mshta, cmd /c), or without one
	// names the fake check itself beside the Run dialog's keys: a
	// paste-and-run lure ("ClickFix"), which needs no link clicked
	// (paste.go).
	PasteCommand bool
	// PasteFile: an attached HTML file or SVG drawing, or a page in an
	// attached archive, does.
	PasteFile bool
	// PasswordField: a page of the message (its HTML, an attached HTML
	// file, a page in an attached archive, HTML drawn in an SVG) that runs
	// script holds a password field (<input type=password>) outside any
	// form, or in a form with no target the scan reads (no action, or one
	// that resolves to nothing): a kit's page that posts the password by
	// script (fetch, XMLHttpRequest). A form with a target marks its
	// target links instead (FlagPassword); see pwform.go.
	PasswordField bool
	// HiddenSplits counts the places where HTML the message shows
	// (its HTML parts, an attached or archived page, an invitation's
	// description) hides letters or digits inside a word of its visible
	// text: "Pass<span style="display:none">xq</span>word", a hidden
	// element (html_hidden.go) between two letters with no space beside
	// it. The visible text leaves such text out; that it was put there is
	// a disguise against filters. A preheader in a hidden block before
	// the body's first words splits no word.
	HiddenSplits int
	// BidiNames are the file names of parts (uuencoded files and TNEF
	// attachments among them) and of files in attached zip, tar, gzip,
	// RAR and 7z archives (at most four) that hold a Unicode direction
	// control: "invoice\u202efdp.exe" shows as "invoiceexe.pdf".
	BidiNames []string
	// ProgramNames are the file names of parts (uuencoded files and TNEF
	// attachments among them) and of files in attached zip, tar, gzip,
	// RAR and 7z archives (at most four) that run or mount when opened
	// (ProgramFile, with ".gz" or without): "Resume.pdf.lnk",
	// "Invoice.iso"; and of scripts (ScriptFile) that stand alone:
	// attached, or in an archive of at most three files or of decoys,
	// not in a project's (archiveNames).
	ProgramNames []string
	// Lead is the start of the first text part a reader sees (plain
	// text, or the visible text of HTML; of a multipart/alternative, the
	// HTML alternative with a word in it, which clients show, else the
	// last with a word),
	// before any quote, white space collapsed, at most LeadBytes and cut
	// after a whole word: what a reader sees first, so that a message
	// without links can still be read for what it asks.
	Lead string
	// DocLead is the start of the first page of the first PDF the message
	// carries without a link (attached, or in an archive), white space
	// collapsed, at most LeadBytes: a callback scam's "invoice" gives its
	// charge and the number to call there, under a body that says only
	// "see attached", and has no link to judge.
	DocLead string
	// Overflow: the message has more MIME parts, deeper nesting or more
	// links than Options allow, or a part whose type mail clients read two
	// ways (two Content-Type fields or boundaries), so what lies past the
	// limit, or what the other reading shows, was not read. A sender makes
	// this cheaply, to hide a link behind it. A scan stopped at its
	// context's end (Stopped) is an overflow too.
	Overflow bool
	// Stopped: ExtractAllContext's context ended before the scan did, so
	// the rest of the message was not read (the error wraps ErrStopped,
	// ErrPartial and the context's cause). A message built to be slow to
	// read gets that far and no farther.
	Stopped bool
	// CutBody: a text part of the body (not an attached file), or a page
	// or other markup file in a zip attachment, is longer than
	// MaxPartBytes and its end was not read, or part of the message is
	// encrypted (multipart/encrypted, S/MIME enveloped data, an inline PGP
	// message), which the reader's program decrypts and shows and milterd
	// cannot read. Lures pad a body so; so do reports with embedded
	// pictures, and correspondents encrypt, which is why scoring counts it
	// only from strangers (who rarely hold the reader's key).
	CutBody bool
	// Sealed: the CutBody above is, at least in part, encrypted content
	// (multipart/encrypted, S/MIME enveloped data, an inline PGP message),
	// so the reason can say so.
	Sealed bool
}

// ExtractAll is ExtractSigned with the message's Lead, from one walk; the
// error is Extract's.
func ExtractAll(msg []byte, opts Options) (Extracted, error) {
	return extractAll(context.Background(), msg, opts, nil)
}

// ExtractAllContext is ExtractAll that stops reading when ctx ends: the
// links found by then are returned with Stopped and Overflow set and an
// error wrapping ErrStopped, ErrPartial and context.Cause(ctx). See stop.go
// for where the scan looks at ctx.
func ExtractAllContext(ctx context.Context, msg []byte, opts Options) (Extracted, error) {
	if ctx.Done() == nil {
		return extractAll(ctx, msg, opts, nil) // never ends
	}
	stop, release := newStopper(ctx)
	defer release()
	return extractAll(ctx, msg, opts, stop)
}

// extractAll is ExtractAll with a stopper (nil: none) that ctx sets.
func extractAll(ctx context.Context, msg []byte, opts Options, stop *stopper) (Extracted, error) {
	sc := scanMessage(msg, opts, stop, false)
	x := Extracted{Links: sc.links, Signed: sc.signed, Lead: sc.lead, DocLead: sc.docLead, Scripted: sc.scripted, Launch: sc.launch, ScriptedHTML: sc.scriptedHTML, HiddenRedirect: sc.hiddenRedirect, PasteCommand: sc.pasteCmd, PasteFile: sc.pasteFile, PasswordField: sc.password, HiddenSplits: sc.hiddenSplits, BidiNames: sc.bidiNames, ProgramNames: sc.programNames, Overflow: sc.overflow, CutBody: sc.cutBody, Sealed: sc.sealed, Stopped: sc.stopped}
	if !sc.signedExact {
		x.Signed = Signed(msg)
	}
	err := sc.err()
	if sc.stopped {
		err = errors.Join(err, ErrStopped, context.Cause(ctx))
	}
	if err != nil {
		return x, fmt.Errorf("links: extract: %w", err)
	}
	return x, nil
}

// dotSuffix: host is d or a name under it.
func dotSuffix(host, d string) bool {
	return d != "" && (host == d || strings.HasSuffix(host, d) && host[len(host)-len(d)-1] == '.')
}
