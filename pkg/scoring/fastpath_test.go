package scoring

import (
	"encoding/base64"
	"math"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/firstsight/firstsight/pkg/links"
	"golang.org/x/text/unicode/norm"
)

// The fast paths of this package must answer exactly as the plain code
// they replace. The plain code is kept here as the reference, and the
// differential fuzz targets compare the two.

// refCueIndex is the former cue index: two maps keyed by the same hashes.
type refCueIndex struct {
	cues   map[uint64]cueRef
	prefix map[uint64]bool
}

func newRefCueIndex() refCueIndex {
	var x refCueIndex
	x.cues, x.prefix = cueMaps()
	return x
}

// refFold is the reference folding of one rune: an ASCII letter or digit
// lowercased, a letter of Latin-1 (U+00C0 to U+00FF, not × or ÷) or of
// Latin Extended-A (U+0100 to U+017F, by its NFD base letter or as it
// reads) to its lowercase base letters, anything else "" (no word
// character, or a combining accent: refMark).
func refFold(r rune) string {
	if r >= 0x100 && r <= 0x17F {
		reads := map[rune]string{'đ': "d", 'Đ': "d", 'ħ': "h", 'Ħ': "h", 'ı': "i", 'Ĳ': "ij", 'ĳ': "ij", 'Ŀ': "l", 'ŀ': "l",
			'Ł': "l", 'ł': "l", 'Œ': "oe", 'œ': "oe", 'Ŧ': "t", 'ŧ': "t", 'ſ': "s"}
		if f, ok := reads[r]; ok {
			return f
		}
		// The base letter is the decomposition's first rune; a letter
		// with none (ŉ, whose decomposition is only a compatibility one)
		// reads as no letter, as wordAt reads it.
		d := []rune(norm.NFD.String(string(r)))
		if d[0] == r {
			return ""
		}
		return refFold(d[0])
	}
	const latin = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿß"
	base := []string{"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n",
		"o", "o", "o", "o", "o", "o", "u", "u", "u", "u", "y", "th", "y", "ss"}
	if r < 0x80 {
		if isWordByte(byte(r)) {
			return string(rune(lower(byte(r))))
		}
		return ""
	}
	if r == 'ß' {
		return "ss"
	}
	if r >= 0xC0 && r <= 0xDE {
		r += 0x20 // the lowercase twin (× becomes ÷, no letter)
	}
	for i, c := range []rune(latin) {
		if c == r {
			return base[i]
		}
	}
	return ""
}

// refMark: r is a combining accent (U+0300 to U+036F), which goes on
// with a word and folds to nothing, so that "e\u0301" reads as "é" does;
// it starts no word.
func refMark(r rune) bool { return r >= 0x300 && r <= 0x36F }

// refScan is the former intentScan.scan, word by word with two map probes,
// reading runes and folding them with refFold.
func (s *intentScan) refScan(x refCueIndex, text string) {
	var open [2]uint64
	nOpen := 0
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if f := refFold(r); f != "" && (r != utf8.RuneError || n != 1) || refMark(r) && inWord {
			cur.WriteString(f)
			inWord = true
		} else if inWord {
			words = append(words, cur.String())
			cur.Reset()
			inWord = false
		}
		i += n
	}
	if inWord {
		words = append(words, cur.String())
	}
	for k, word := range words {
		var next [2]uint64
		nNext := 0
		cands := [3]uint64{fnvOffset, open[0], open[1]}
		var hits []cueRef
		void := false
		for _, h := range cands[:1+nOpen] {
			if h != fnvOffset {
				h = (h ^ ' ') * fnvPrime
			}
			h = fnvString(h, word)
			if c, ok := x.cues[h]; ok {
				void = void || c.void
				if !c.void {
					hits = append(hits, c)
				}
			}
			if nNext < len(next) && x.prefix[h] {
				next[nNext] = h
				nNext++
			}
		}
		for _, c := range hits {
			if void {
				break // a void cue's tails
			}
			c.reported = refReported(c, words[k+1:])
			s.hit(c)
		}
		open, nOpen = next, nNext
	}
}

// refReported: the cue c is followed by a word of its cueReports entry;
// for an import charge (reportCue.settled), after up to 4 words of
// settledAux, and not then "by" ("the") a word of readerPayers.
func refReported(c cueRef, rest []string) bool {
	r, ok := cueReports[phraseOf(c.cat, c.id)]
	if !ok {
		return false
	}
	in := func(set map[uint64]bool, i int) bool { return i < len(rest) && set[fnvString(fnvOffset, rest[i])] }
	i := 0
	if c.due {
		for n := 0; n < 4 && in(dueAux, i); n++ {
			i++
		}
		switch {
		case i >= len(rest) || !slices.Contains(r.words, rest[i]):
			return false
		case !in(billedWords, i):
			return true
		}
		if i++; i >= len(rest) || rest[i] != "to" && rest[i] != "by" {
			return false
		}
		if i++; i < len(rest) && (rest[i] == "the" || rest[i] == "our") {
			i++
		}
		return in(thirdPayers, i)
	}
	for n := 0; r.settled && n < 4 && in(settledAux, i); n++ {
		i++
	}
	if i >= len(rest) || !slices.Contains(r.words, rest[i]) {
		return false
	}
	if i++; !r.settled || i >= len(rest) || rest[i] != "by" {
		return true
	}
	if i++; i < len(rest) && rest[i] == "the" {
		i++
	}
	return !in(readerPayers, i)
}

// intentSeeds are texts with cues at word edges, repeats and mixed case.
var intentSeeds = []string{
	"",
	"Please SIGN-IN and verify your account now.",
	"Your invoice is overdue: pay by wire transfer",
	"I recorded you with your webcam. Pay within 48 hours in bitcoin.",
	"Congratulations! You have won: claim your reward now, you ve won, you won",
	"social security number; view the document; you are selected; open the attachment",
	"passwordless loginator sign sign in in log log in",
	"Wir gratulieren, Sie haben einen Gutschein gewonnen. mot de passe, iniciar sesion",
	"This week: markets moved, our team shipped a new release. Read the full story and sign in to comment.",
	"a survey of renters; the survey, finds; survey-results; take our survey; Survey",
	"a survey of 5 questions, a $100 gift card; gift cards for a survey of",
	"customs duties prepaid; pay the remaining fee. remaining charges, duties and taxes paid",
	"duties prepaid, no remaining fees; any remaining charges will be billed to the shipper. remaining fee paid by our sender, remaining fees waived",
	"we scanned and indexed; I've scanned, they had scanned; scanned document; we we scanned; no no remaining fee",
	"Customs duties tAX pAid; import duties and taxes have been paid by the recipient",
	"verify your verify your email will be will be deleted within within 24 hours",
	"Ihr Passwort zurücksetzen: ÜBERWEISUNG dringend, Zollgebühr, réinitialiser le mot de passe, iniciar sesión, contraseña",
	"Stra\u00dfe \xc3 \xc3\x28 caf\xc3\xa9 \xe9t\xe9 × ÷ Ωmega Ťest",
}

func FuzzIntentScan(f *testing.F) {
	for _, s := range intentSeeds {
		f.Add(s, s+" final notice")
	}
	ref, x := newRefCueIndex(), data().cues
	f.Fuzz(func(t *testing.T, a, b string) { checkScan(t, ref, x, a, b) })
}

// checkScan scans a then b with the cue index and with the reference maps
// and requires the same counts.
func checkScan(t *testing.T, ref refCueIndex, x cueIndex, a, b string) {
	t.Helper()
	var got, want intentScan
	got.scan(x, a)
	got.scan(x, b)
	want.refScan(ref, a)
	want.refScan(ref, b)
	if got != want {
		t.Fatalf("scan(%q, %q) = %+v, want %+v", a, b, got, want)
	}
}

func TestCueIndexMatchesMaps(t *testing.T) {
	ref, x := newRefCueIndex(), data().cues
	n := 0
	for i, k := range x.keys {
		if k == 0 {
			continue
		}
		n++
		c, isCue := ref.cues[k]
		if v := x.vals[i]; v.cue != isCue || v.prefix != ref.prefix[k] || isCue && v.ref != c {
			t.Errorf("slot %d (%x): %+v, want cue %v %+v prefix %v", i, k, v, isCue, c, ref.prefix[k])
		}
	}
	union := len(ref.cues)
	for k := range ref.prefix {
		if _, ok := ref.cues[k]; !ok {
			union++
		}
	}
	if n != union {
		t.Errorf("table holds %d hashes, want %d", n, union)
	}
}

// cueVocabulary is every word of every cue, plus fillers and separators,
// for fuzz inputs that hit cues often.
func cueVocabulary() []string {
	v := []string{"the", "a", "now", "Sign", "LOG", "x", "42", "ü", "pass", "word"}
	for _, cs := range intentCues {
		for _, c := range cs {
			v = append(v, strings.Fields(c.phrase)...)
		}
	}
	for _, r := range cueReports {
		v = append(v, r.words...)
	}
	return v
}

// vocabText turns fuzz bytes into text: each byte picks a word (low bits)
// and the separator after it (high bits), some of which glue words.
func vocabText(vocab []string, b []byte) string {
	seps := []string{" ", " ", "-", ", ", "", ".\n", "  ", "é"}
	var sb strings.Builder
	for i, c := range b {
		sb.WriteString(vocab[(int(c)+i*7)%len(vocab)])
		sb.WriteString(seps[int(c)>>5])
	}
	return sb.String()
}

func FuzzIntentScanWords(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, []byte{200, 100, 50, 25})
	f.Add([]byte("verify your account"), []byte("sign in now"))
	ref, x, vocab := newRefCueIndex(), data().cues, cueVocabulary()
	f.Fuzz(func(t *testing.T, a, b []byte) {
		checkScan(t, ref, x, vocabText(vocab, a), vocabText(vocab, b))
	})
}

func BenchmarkIntentScan(b *testing.B) {
	text := strings.Repeat("This week: markets moved, our team shipped a new release. Read the full story and sign in to comment. ", 4)
	ref, x := newRefCueIndex(), data().cues
	b.Run("ref", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			var s intentScan
			s.refScan(ref, text)
		}
	})
	b.Run("table", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			var s intentScan
			s.scan(x, text)
		}
	})
}

func TestRampMatchesFormula(t *testing.T) {
	for full := 1; full <= 8; full++ {
		for n := -10; n <= 20; n++ {
			want := min(1, max(0, float64(n)/float64(full)))
			if got := ramp(n, full); math.Float64bits(got) != math.Float64bits(want) {
				t.Errorf("ramp(%d, %d) = %v, want %v", n, full, got, want)
			}
		}
	}
}

// TestContextWeightOff: context evidence whose weight is turned off adds
// no reason (appended evidence skips zero weights like the rest).
func TestContextWeightOff(t *testing.T) {
	in := knownInput()
	in.Links = append(in.Links, web("https://intranet.corp.example/x", "intranet.corp.example", "corp.example"))
	for _, tc := range []struct {
		name string
		less float64
		want bool
	}{
		{name: "default", less: 0, want: true},
		{name: "turned off", less: -1, want: false},
	} {
		p := testPolicy()
		p.Weights.LessOrgDomain = tc.less
		v := Score(p, in)
		got := false
		for _, r := range v.Links[1].Reasons {
			got = got || r.Code == CodeOrgDomain
		}
		if got != tc.want {
			t.Errorf("%s: org_domain reason %v, want %v (%+v)", tc.name, got, tc.want, v.Links[1].Reasons)
		}
	}
}

func FuzzDotSuffix(f *testing.F) {
	f.Add("a.example.com", "example.com")
	f.Add("example.com", "example.com")
	f.Add("xexample.com", "example.com")
	f.Add(".com", "com")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, d string) {
		if got, want := dotSuffix(s, d), strings.HasSuffix(s, "."+d); got != want {
			t.Fatalf("dotSuffix(%q, %q) = %v, want %v", s, d, got, want)
		}
	})
}

// FuzzCtxScan: Contexts scanned with the previous one's record give the
// hits of a plain scan. The texts are sliding windows of one text (as an
// HTML part's links have), cut anywhere, and sometimes a fresh text.
func FuzzCtxScan(f *testing.F) {
	f.Add([]byte("verify your account and sign in to your mailbox now"), []byte{0, 5, 9, 40, 3, 200})
	f.Add([]byte("released a survey of renters; take our survey; the survey finds"), []byte{0, 22, 2, 30, 5, 60})
	f.Add([]byte("your order: customs duties are prepaid today; customs duties have been paid by the recipient"), []byte{0, 30, 0, 41, 3, 60, 2, 90})
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, []byte{7, 7, 7, 7})
	ref, x, vocab := newRefCueIndex(), data().cues, cueVocabulary()
	f.Fuzz(func(t *testing.T, words, cuts []byte) {
		text := vocabText(vocab, words)
		if len(words) > 0 && words[0]&1 == 1 {
			text = string(words) // raw bytes now and then
		}
		var c ctxScan
		lo := 0
		for i := 0; i+1 < len(cuts); i += 2 {
			lo = (lo + int(cuts[i])%48) % (len(text) + 1)
			hi := min(len(text), lo+int(cuts[i+1]))
			win := text[lo:hi]
			if cuts[i] == 255 {
				win = vocabText(vocab, cuts[i:]) // an unrelated text
			}
			var got, want intentScan
			for _, h := range c.scan(&x, win) {
				got.hit(h)
			}
			want.refScan(ref, win)
			if got != want {
				t.Fatalf("window %d [%d:%d] %q: %+v, want %+v", i/2, lo, hi, win, got, want)
			}
		}
	})
}

// TestCtxScanReuses: sliding windows of one text reuse most words, and
// still give a plain scan's hits.
func TestCtxScanReuses(t *testing.T) {
	text := strings.Repeat("Dear customer, please sign in to verify your account; your invoice is overdue. ", 12)
	ref, x := newRefCueIndex(), data().cues
	var c ctxScan
	words := 0
	for lo := 0; lo+400 <= len(text); lo += 37 {
		win := strings.TrimSpace(text[lo : lo+400])
		var got, want intentScan
		for _, h := range c.scan(&x, win) {
			got.hit(h)
		}
		want.refScan(ref, win)
		if got != want {
			t.Fatalf("window at %d: %+v, want %+v", lo, got, want)
		}
		words += len(c.last.words)
	}
	t.Logf("copied %d of %d words", c.copied, words)
	if c.copied < words/2 {
		t.Errorf("copied %d of %d words, want most", c.copied, words)
	}
}

// formSignalsRef is the former form-signal loop: every signal in
// formSignalOrder, each matching its list on its own.
func formSignalsRef(w *Weights, t *tables, l *links.Link) []evid {
	var out []evid
	for _, f := range formSignalOrder {
		if e, ok := f(w, t, l); ok && e.w != 0 {
			out = append(out, e)
		}
	}
	return out
}

func FuzzFormSignals(f *testing.F) {
	for _, h := range []string{"bit.ly", "x.bit.ly", "evil.web.app", "sites.google.com", "www.google.com",
		"a.b.c.d.e.example.top", "t.co", "x.t.co.web.app", "photos.app.goo.gl", "maps.app.goo.gl", "", "."} {
		f.Add(h, "https://"+h+"/a.exe", uint32(0))
	}
	t, w := data(), weightsPtr(DefaultPolicy().withDefaults().Weights)
	f.Fuzz(func(t2 *testing.T, host, url string, flags uint32) {
		l := links.Link{URL: url, Host: host, Domain: registrable(host), Flags: links.Flag(flags), Kind: links.KindHref, Clickable: true}
		got, want := appendFormSignals(nil, w, t, &l, t.matchHostLists(l.Host)), formSignalsRef(w, t, &l)
		if !slices.Equal(got, want) {
			t2.Fatalf("%+v: %+v, want %+v", l, got, want)
		}
	})
}

// newRcptFormsRef is the former newRcptForms.
func newRcptFormsRef(addr string) rcptForms {
	addr = strings.ToLower(addr)
	f := rcptForms{addr: addr, domain: domainOf(addr)}
	if addr == "" || f.domain == "" {
		return f
	}
	variants := []string{addr, strings.ToLower(url.QueryEscape(addr))}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		variants = append(variants, strings.TrimRight(enc.EncodeToString([]byte(addr)), "="))
	}
	copy(f.variants[:], variants)
	return f
}

func FuzzRcptForms(f *testing.F) {
	for _, s := range []string{"bob@corp.example", "Bob.Smith+x@Corp.Example", "a b~c_d-e@x.y", "ü@ß.de", "", "@", "x@" + strings.Repeat("y", 400)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, addr string) {
		got, want := newRcptForms(addr), newRcptFormsRef(addr)
		if got.addr != want.addr || got.domain != want.domain || got.variants != want.variants {
			t.Fatalf("newRcptForms(%q) = %+v, want %+v", addr, got, want)
		}
		if got, want := string(appendQueryEscapeLower(nil, addr)), strings.ToLower(url.QueryEscape(addr)); got != want {
			t.Fatalf("appendQueryEscapeLower(%q) = %q, want %q", addr, got, want)
		}
	})
}

// rcptInURLRef is the former rcptInURLWith: every form spelled and
// searched.
func rcptInURLRef(w *Weights, l *links.Link, u string, r rcptForms) (evid, bool) {
	lu := strings.ToLower(u)
	if r.variants[0] == "" || l.Domain == "" || l.Domain == r.domain || dotSuffix(r.domain, l.Domain) || unsubscribePath(lu) {
		return evid{}, false
	}
	at := hasAt(lu)
	for i, v := range &r.variants {
		if i == 3 && v == r.variants[2] {
			break
		}
		if i < 2 && at && strings.Contains(lu, v) || i >= 2 && strings.Contains(u, v) {
			if inFragment(u, lu, v, i >= 2) {
				return evid{code: CodeRcptAddrFragment, w: w.RcptAddrFragment, cls: classForm, a: r.addr}, true
			}
			e := evid{code: CodeRcptAddrInURL, w: w.RcptAddrInURL, cls: classForm, a: r.addr}
			if i >= 2 {
				e.b = encodedMark
			}
			return e, true
		}
	}
	if len(r.domain) >= 5 && strings.Contains(lu, r.domain) {
		return evid{code: CodeRcptDomInURL, w: w.RcptDomInURL, cls: classForm, a: r.domain, b: l.Host}, true
	}
	return evid{}, false
}

// FuzzRcptInURL: the address forms spelled only when the URL may hold
// them (addressInURL) find what spelling and searching every form finds.
func FuzzRcptInURL(f *testing.F) {
	for _, s := range [][2]string{
		{"bob@corp.example", "https://evil.example/login?u=bob@corp.example"},
		{"bob@corp.example", "https://evil.example/#Ym9iQGNvcnAuZXhhbXBsZQ"},
		{"bob@corp.example", "https://evil.example/p?e=Ym9iQGNvcnAuZXhhbXBsZQ==&x=1"},
		{"bob@corp.example", "https://evil.example/p?e=Ym9iQGNvcnAuZXhhbXBsZ"},
		{"zz~@corp.example", "https://evil.example/?q=enp-QGNvcnAuZXhhbXBsZQ"},
		{"bob@corp.example", "https://evil.example/welcome/corp.example"},
		{"", "https://evil.example/"},
	} {
		f.Add(s[0], s[1])
	}
	w := DefaultWeights()
	f.Fuzz(func(t *testing.T, addr, u string) {
		l := links.Link{URL: u, Host: "www.evil.example", Domain: "evil.example"}
		facts, lazy := newURLFacts(u), lazyForms{addr: addr}
		got, gok := rcptInURLWith(&w, &l, u, &facts, lazy.get())
		want, wok := rcptInURLRef(&w, &l, u, newRcptForms(addr))
		if got != want || gok != wok {
			t.Fatalf("rcptInURLWith(%q, %q) = %+v %v, want %+v %v", addr, u, got, gok, want, wok)
		}
	})
}

func FuzzHostWords(f *testing.F) {
	for _, h := range []string{"paypal-secure.top", "a..b--c__d", ".x.", "", "ü-\xff.-\xc3.x", "micros0ft-support.top"} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, host string) {
		want := strings.FieldsFunc(host, func(r rune) bool { return r == '.' || r == '-' || r == '_' })
		got := slices.Collect(hostWords(host))
		if len(want) == 0 {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Fatalf("hostWords(%q) = %q, want %q", host, got, want)
		}
	})
}

// registrantPart only ever cuts a whole public suffix off the host's end.
func FuzzRegistrantPart(f *testing.F) {
	for _, hd := range [][2]string{{"tool.github.io", "tool.github.io"}, {"login.paypal-secure.co.uk", "paypal-secure.co.uk"}, {"x.top", "x.top"}, {"", ""}, {"a.b", "zz.b"}, {".", "."}} {
		f.Add(hd[0], hd[1])
	}
	f.Fuzz(func(t *testing.T, host, domain string) {
		got := registrantPart(host, domain)
		if got == host {
			return
		}
		_, suffix := label(domain)
		if got+"."+suffix != host || got == "" {
			t.Fatalf("registrantPart(%q, %q) = %q, want host less its suffix %q", host, domain, got, suffix)
		}
	})
}

// weightsPtr returns a pointer to a copy of w (signals take *Weights).
func weightsPtr(w Weights) *Weights { return &w }

// skeletonRef is the former tables.skeleton, which looked every byte up
// in the confusable map and tried every sequence at every byte.
func skeletonRef(t *tables, s string) string {
	if !isASCII(s) {
		s = t.foldUnicode(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if r, ok := t.confusable[rune(s[i])]; ok {
			b.WriteString(r)
			continue
		}
		found := false
		for _, q := range t.sequences {
			if strings.HasPrefix(s[i:], q[0]) {
				b.WriteString(q[1])
				i += len(q[0]) - 1
				found = true
				break
			}
		}
		if !found {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func FuzzSkeleton(f *testing.F) {
	for _, s := range []string{"paypa1.com", "rnicrosoft.com", "vvells-fargo.example", "claud.example", "site00.example", "раураl.com", "ß\xd0\xff", "", "c"} {
		f.Add(s)
	}
	t := data()
	f.Fuzz(func(t2 *testing.T, s string) {
		if got, want := t.skeleton(s), skeletonRef(t, s); got != want {
			t2.Fatalf("skeleton(%q) = %q, want %q", s, got, want)
		}
	})
}

// containsFoldRef is the former test of proseOnly for "www.".
func containsFoldRef(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func FuzzHasWWW(f *testing.F) {
	for _, s := range []string{"see WWW.Example.com", "wWw.", "ww.w.", "www", "\xffwww.", "ｗｗｗ.", "Www,x www.", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasWWW(s), containsFoldRef(s, "www."); got != want {
			t.Fatalf("hasWWW(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzFoldNFD: text whose composed form (NFC) holds only letters up to
// Latin Extended-A reads the same cues composed and decomposed (NFD), as
// both scanners read it.
func FuzzFoldNFD(f *testing.F) {
	f.Add("Votre compte a été suspendu : vérifiez votre compte")
	f.Add("ÜBERWEISUNG dringend, Zollgebühr offen, hasło wygasło")
	f.Add("e\u0301 \u0301x")
	ref, x := newRefCueIndex(), data().cues
	f.Fuzz(func(t *testing.T, s string) {
		c := norm.NFC.String(s)
		if strings.ContainsFunc(c, func(r rune) bool { return r > 0x17F }) {
			return
		}
		d := norm.NFD.String(c)
		var a, b intentScan
		a.scan(x, c)
		b.scan(x, d)
		if a.w != b.w || a.cue != b.cue {
			t.Fatalf("scan(%q) = %v %v, scan of its NFD %q = %v %v", c, a.w, a.cue, d, b.w, b.cue)
		}
		checkScan(t, ref, x, c, d)
	})
}

// TestCtxScanReportEdge: a cue whose count reads the next word
// (cueReports) at the edge of a shared stretch is scanned afresh, so a
// window that cuts the report's next word off and one that holds it each
// give a plain scan's hits.
func TestCtxScanReportEdge(t *testing.T) {
	text := "Our client released a survey of 1,000 local renters last week."
	cut := strings.Index(text, "survey") + len("survey")
	ref, x := newRefCueIndex(), data().cues
	var c ctxScan
	for _, win := range []string{text[:cut], text, text[:cut], "a survey", text[2:], text[:cut+3]} {
		var got, want intentScan
		for _, h := range c.scan(&x, win) {
			got.hit(h)
		}
		want.refScan(ref, win)
		if got != want {
			t.Fatalf("window %q: %+v, want %+v", win, got, want)
		}
	}
	var whole intentScan
	for _, h := range c.scan(&x, text) {
		whole.hit(h)
	}
	if whole.w[intentLure] != 0 {
		t.Errorf("a survey of renters: lure %.2f, want 0", whole.w[intentLure])
	}
}

// TestCtxScanSettledEdge: an import charge's report is read past its next
// word ("customs duties are prepaid"), so a window that keeps the words
// up to "are" and drops "prepaid" must not copy the previous window's
// settled reading: it names a charge the plain scan counts.
func TestCtxScanSettledEdge(t *testing.T) {
	ref, x := newRefCueIndex(), data().cues
	full := "your order: customs duties are prepaid today"
	for _, win := range []string{full, full[:strings.Index(full, " prepaid")], full, "customs duties have been paid by the recipient", "customs duties have been paid by"} {
		var c ctxScan
		c.scan(&x, full)
		var got, want intentScan
		for _, h := range c.scan(&x, win) {
			got.hit(h)
		}
		want.refScan(ref, win)
		if got != want {
			t.Errorf("window %q after %q: %+v, want %+v", win, full, got.w, want.w)
		}
	}
}
