package links

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
)

// An image's alt text stands in for the picture: Outlook for Windows and
// many webmail clients block remote pictures by default and draw the alt
// text in their place, and where the picture is shown the alt text is what
// it says in words. A lure that is one big picture ("Your account is
// suspended - call 1-800-...", "Verify your account") has no other words,
// so its alt text is read as visible text, at the picture's place, for the
// lead and the words around its links (Context). So is the alt text of
// a picture that is a button (<input type=image>, drawn as its alt text
// where pictures are blocked) and of an image map's linked region
// (<area href>, whose alt HTML requires: what the part of the picture
// the link covers says), where:
//   - the part is image-only: its visible text without the alt texts has
//     fewer than imageOnlyWords words. A newsletter's pictures beside its
//     own text carry labels ("Shop now", "Sign in", "Download the app",
//     "Facebook", "Pay with PayPal") that would read as intent cues,
//     while its text already says what the message says; the image-only
//     message has nothing else to read;
//   - the picture is drawn: it has a source (remote, cid: or data:), is
//     not hidden (display:none, the hidden attribute, a hidden ancestor, as
//     text is: html_hidden.go) and is no tracking pixel (a width or height
//     of at most two pixels, by attribute or style);
//   - the alt text says something: not empty, not a file name
//     ("banner_01.png"), not only placeholder words ("logo", "image",
//     "spacer", "header image 2").
//
// An anchor's display (Link.Display) stays the text it shows: an alt text
// is not read as the address a link names. Each alt text is cut to
// maxAltBytes and a part's to maxAltTotal, so the reading stays linear.

const (
	imageOnlyWords = 20   // a part with fewer visible words of its own is image-only
	maxAltBytes    = 300  // of one image's alt text read
	maxAltTotal    = 2000 // of a part's alt texts read
)

// altText is an image's alt text read at vis offset pos.
type altText struct {
	pos  int
	text string
}

// imgAlt notes the alt text of the picture whose start tag was just
// parsed, hidden when it is not drawn (hidden itself or inside a hidden
// element), src its source: an <img>'s or an <input type=image>'s src,
// an <area>'s href.
func (s *htmlScanner) imgAlt(hidden bool, src *attr) {
	if hidden || s.altBytes >= maxAltTotal {
		return
	}
	a := s.attr("alt")
	if a == nil || !a.hasValue || a.ve <= a.vs || src == nil || len(bytes.TrimSpace(s.data[src.vs:src.ve])) == 0 {
		return
	}
	if s.tinyImage() {
		return
	}
	raw := s.data[a.vs:min(a.ve, a.vs+4*maxAltBytes)] // entities and spaces shrink; more is never read
	if bytes.IndexByte(raw, '&') >= 0 {
		raw = unescapeBytes(raw)
	}
	t := collapse(raw)
	if len(t) > maxAltBytes {
		t = leadCutAt(t, maxAltBytes)
	}
	if t == "" || placeholderAlt(t) {
		return
	}
	s.alts = append(s.alts, altText{len(s.vis), t})
	s.altBytes += len(t)
}

// leadCutAt cuts collapsed text t to at most n bytes, after a whole word
// where there is one, on a rune boundary.
func leadCutAt(t string, n int) string {
	end := n
	if t[end] != ' ' {
		if i := strings.LastIndexByte(t[:end], ' '); i > 0 {
			end = i
		}
	}
	for end > 0 && !utf8.RuneStart(t[end]) {
		end--
	}
	return strings.TrimSpace(t[:end])
}

// tinyImage: the image's width or height attribute, or its style's
// width, height, max-width or max-height, is at most two pixels: a
// tracking pixel or a spacer, whose alt text no reader sees as words.
func (s *htmlScanner) tinyImage() bool {
	for _, k := range [...]string{"width", "height"} {
		if a := s.attr(k); a != nil && a.hasValue && tinySize(bytes.TrimSpace(s.data[a.vs:a.ve])) {
			return true
		}
	}
	a := s.attr("style")
	if a == nil {
		return false
	}
	st := s.data[a.vs:min(a.ve, a.vs+maxStyleBytes)]
	for len(st) > 0 {
		decl := st
		if i := bytes.IndexByte(st, ';'); i >= 0 {
			decl, st = st[:i], st[i+1:]
		} else {
			st = nil
		}
		prop, val, ok := bytes.Cut(decl, []byte(":"))
		if !ok {
			continue
		}
		prop = bytes.TrimSpace(prop)
		if asciiEqualFold(prop, "width") || asciiEqualFold(prop, "height") || asciiEqualFold(prop, "max-width") || asciiEqualFold(prop, "max-height") {
			v, _ := important(bytes.TrimSpace(val))
			if tinySize(v) {
				return true
			}
		}
	}
	return false
}

// tinySize: v is a length of at most two pixels ("1", "0", "1px", "2px",
// "0em"): zero in any unit, else unitless or in px.
func tinySize(v []byte) bool {
	if len(v) == 0 || len(v) > 16 {
		return false
	}
	n, ok := cssLength(string(v))
	if !ok {
		return false
	}
	unit := cssUnit(string(v))
	return n <= 0 || n <= 2 && (unit == "" || asciiEqualFold([]byte(unit), "px"))
}

// imageExts are the endings of image file names: an alt text that is one
// such name ("banner_01.png") is the file's name, no words.
var imageExts = []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".tif", ".tiff", ".ico", ".avif"}

// placeholderWords name a picture without saying anything: an alt text
// made of them alone (digits and single letters aside) is not read.
var placeholderWords = map[string]bool{"logo": true, "logos": true, "image": true, "images": true, "img": true,
	"picture": true, "pic": true, "photo": true, "icon": true, "spacer": true, "pixel": true, "blank": true,
	"banner": true, "header": true, "footer": true, "graphic": true, "divider": true, "separator": true,
	"line": true, "bullet": true, "arrow": true, "shim": true, "clear": true, "transparent": true,
	"tracking": true, "tracker": true, "beacon": true, "hero": true, "top": true,
	"bottom": true, "gif": true, "png": true, "jpg": true, "jpeg": true, "untitled": true, "alt": true}

// placeholderAlt: alt text t (collapsed) is a file name or only
// placeholder words, digits and single letters.
func placeholderAlt(t string) bool {
	low := asciiLower(t)
	if !strings.ContainsRune(low, ' ') {
		for _, e := range imageExts {
			if strings.HasSuffix(low, e) {
				return true
			}
		}
	}
	for i := 0; i < len(low); {
		r, n := utf8.DecodeRuneInString(low[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		letters := 0
		for j < len(low) {
			r, n := utf8.DecodeRuneInString(low[j:])
			if !wordRune(r) {
				break
			}
			if !('0' <= r && r <= '9') {
				letters++
			}
			j += n
		}
		w := strings.TrimRight(low[i:j], "0123456789")
		if letters > 1 && !placeholderWords[w] {
			return false
		}
		i = j
	}
	return true
}

// fewWords: b has fewer than n words (runs of characters between white
// space that hold a letter or a digit).
func fewWords(b []byte, n int) bool {
	words := 0
	for i := 0; i < len(b); {
		if htmlSpace[b[i]] {
			i++
			continue
		}
		j, word := i, false
		for j < len(b) && !htmlSpace[b[j]] {
			r, size := utf8.DecodeRune(b[j:])
			word = word || wordRune(r)
			j += size
		}
		if word {
			words++
			if words >= n {
				return false
			}
		}
		i = j
	}
	return true
}

// readAlts splices the alt texts noted into the visible text at their
// places when the part is image-only (fewWords), and moves the links'
// places and the lead's end after them: an alt text at a link's place
// comes before it (the picture inside an anchor is what the link shows),
// one at the lead's end stands in the quoted text after it.
func (s *htmlScanner) readAlts() {
	if len(s.alts) == 0 || !fewWords(s.vis, imageOnlyWords) {
		return
	}
	old := s.vis
	vis := make([]byte, 0, len(old)+s.altBytes+2*len(s.alts))
	shift := make([]int, len(s.alts)) // bytes added up to and including alt k
	prev := 0
	for k, a := range s.alts {
		pos := min(max(a.pos, prev), len(old)) // a preheader's trimmed space can leave a place past the end
		vis = append(vis, old[prev:pos]...)
		prev, s.alts[k].pos = pos, pos
		if n := len(vis); n > 0 && vis[n-1] != ' ' {
			vis = append(vis, ' ')
		}
		vis = append(vis, a.text...)
		if pos < len(old) && old[pos] != ' ' {
			vis = append(vis, ' ')
		}
		shift[k] = len(vis) - pos
	}
	vis = append(vis, old[prev:]...)
	// added returns the bytes added before vis offset p: by the alt texts
	// at places before p, or at p too when at is true (places ascend).
	added := func(p int, at bool) int {
		k := sort.Search(len(s.alts), func(k int) bool { return s.alts[k].pos > p || s.alts[k].pos == p && !at })
		if k == 0 {
			return 0
		}
		return shift[k-1]
	}
	for i := s.first; i < len(s.sink.links); i++ {
		h := s.sink.at(i)
		h.visPos += added(h.visPos, true)
	}
	if s.leadEnd >= 0 {
		s.leadEnd += added(s.leadEnd, false)
	}
	s.vis = vis
}
