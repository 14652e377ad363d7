package links

import (
	"bytes"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Paste-and-run lures ("ClickFix", fake CAPTCHA pages): "Verify you are
// human: press Windows + R, press Ctrl + V, press Enter", with the command
// (powershell, mshta, cmd /c ...) shown or already put on the clipboard.
// The reader runs the attacker's code with their own hands, so no link
// need be clicked at all. The instructions come in the message's text, in
// an attached HTML file or SVG drawing, or in a page packed in an archive,
// in English, Spanish, Portuguese, French, German, Italian, Dutch,
// Polish, Russian or Turkish, the keys written with "+" or without
// (paste_words.go).

// pasteLaunchers start a program that runs what follows, in the compacted
// text (lower case, no white space, no tags): "cmd /c" reads "cmd/c";
// PowerShell 7 is pwsh, msiexec installs a package from a URL, rundll32
// runs a library's export, and conhost starts a hidden console for the
// command after it. at is the offset of the name's rarest byte in text
// ('w', 'x', '3', '/', 'm', 'h'), where containsLauncher stops.
var pasteLaunchers = []struct {
	name string
	at   int
}{{"powershell", 2}, {"pwsh", 1}, {"mshta", 0}, {"msiexec", 4}, {"rundll32", 6}, {"conhost", 3},
	{"cmd/c", 3}, {"cmd/k", 3}, {"cmd.exe", 5}}

// pasteRunKeys open the Run dialog or the power-user menu (Terminal).
var pasteRunKeys = []string{"win+r", "windows+r", "windowskey+r", "winkey+r", "windowslogokey+r", "⊞+r",
	"win+x", "windows+x", "windowskey+x", "winkey+x"}

// pasteBait is what the fake check calls itself when it asks for Ctrl+V,
// in English, Spanish, Portuguese, French, German and Italian ("human"
// also reads "humano", "humain"; "robot" reads "Roboter", Dutch and
// Turkish "robot" and Polish "robotem"), and Russian "робот".
var pasteBait = []string{"human", "robot", "captcha", "umano", "mensch", "robô", "робот"}

// pasteScanBytes bounds the text read closely.
const pasteScanBytes = 1 << 20

// pasteCommand: the text (plain, HTML or SVG) tells the reader to paste
// (Ctrl+V, "paste" or its Spanish, Portuguese, French, German or Italian
// word) into the Run dialog (Win+R, Win+X) or a fake human check
// ("human", "robot", "captcha"), and names a launcher (powershell, mshta,
// cmd /c) or, without one, also names the fake check itself and the Run
// dialog's keys (pasteCheckCompact) and does not warn about the trick
// near them (pasteWarned: a security bulletin's "beware of fake CAPTCHA
// checks ... never do this"), case, tags, white space, invisible characters and character
// references aside (pasteCompact: "PoWeRsHeLl", "power&#115;hell",
// "power\u200bshell", "power<span>shell</span>"). The lure's command
// waits on the clipboard or is shown to be copied; a vendor's how-to
// ("press Win+R, type cmd.exe") has the reader type. Only a text holding
// such keys (plusKey, a vectorised search for '+') or naming a key
// (keysNamed) is read closely; the keys may then also be written without
// "+" (pasteWords: "Windows key and R", "Win-R", "Ctrl V").
func pasteCommand(doc []byte) bool {
	doc = doc[:min(len(doc), pasteScanBytes)]
	if !plusKey(doc) && !keysNamed(doc) {
		return false
	}
	t := pasteCompact(doc)
	launcher := containsLauncher(t)
	if !launcher && (!containsAny(t, pasteCheckCompact) && !notABot(t) || pasteWarned(t)) {
		return false
	}
	pastes := containsAny(t, pastePlusKeys) || bytes.Contains(t, []byte("paste"))
	keys := containsAny(t, pasteRunKeys)
	runs := keys
	if launcher {
		runs = keys || containsAny(t, pasteBaitCompact)
	}
	if pastes && runs {
		return true
	}
	w := pasteWords(doc)
	return (pastes || w.ctrlV || w.paste) && (runs || w.runKey)
}

// pastePlusKeys are the paste keys written with "+" as pasteCompact reads
// them: Ctrl+V, German Strg+V and Ctrl+Shift+V (paste as plain text).
var pastePlusKeys = []string{"ctrl+v", "strg+v", "ctrl+shift+v", "strg+shift+v", "strg+umschalt+v"}

// pasteCheckCompact are the fake check's own words as pasteCompact reads
// them ("verify you are human", "confirm you are a human", "I'm not a
// robot", "CAPTCHA", "human verification", "bot verification"), English
// only. The compacted text has no word boundaries, so none may end where
// an ordinary word goes on ("Bay Area Human Resources" holds
// "areahuman"); "not a bot" counts only before a byte that is no letter
// (notABot: "I am not a bot:", not "not a botanist"). With them, the Run dialog's keys and a
// paste, the instructions count without a launcher named: the page behind
// the link has put the command on the clipboard, and the mail only
// repeats its steps ("complete the security check: press Windows + R,
// paste with Ctrl + V and press Enter"). A how-to that pastes a path into
// the Run dialog ("press Win+R, paste \\fs01\forms and press Enter") has
// no such check; a bare "human" or "robot" (Human Resources, a robot
// vacuum) is none either.
var pasteCheckCompact = []string{"captcha", "notarobot", "notrobot", "arehuman", "youareahuman", "humanverification",
	"verifyhuman", "humancheck", "robotcheck", "botverification"}

// notABot: t holds "notabot" before its end or a byte that is no letter.
func notABot(t []byte) bool {
	for i := bytes.Index(t, []byte("notabot")); i >= 0; {
		if botAt(t, i) {
			return true
		}
		k := bytes.Index(t[i+1:], []byte("notabot"))
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// botAt: t[i:] starts with "notabot", then its end or a byte that is no
// letter.
func botAt(t []byte, i int) bool {
	const w = "notabot"
	if !bytes.HasPrefix(t[i:], []byte(w)) {
		return false
	}
	e := i + len(w)
	return e == len(t) || !(t[e] >= 'a' && t[e] <= 'z' || t[e] >= 0x80)
}

// pasteWarnings are the phrases of a text that warns about the steps
// rather than plays them, as pasteCompact reads them: a
// security-awareness bulletin's "Beware of fake CAPTCHA checks ... Never
// do this", "do not follow these steps". They count near the fake check's
// words or the Run dialog's keys (pasteWarnedNear) and only where no
// launcher is named: a lure naming powershell or mshta is one whatever it
// says around it. Only phrases about the steps themselves: a bare word
// ("never", "scam", "fraud", "phishing") is a lure's own as often ("never
// share this code", "anti-fraud check", "protects you from scams"), and
// the compacted text holds it across words too ("on every device" holds
// "never", "this camera" "scam"). A bare "do not" is the lure's own as
// well ("do not close this window").
var pasteWarnings = []string{"fakecaptcha", "fakehuman", "fakeverification", "fakecheck", "fakerobot",
	"isascam", "it'sascam", "isphishing", "neverdothat", "neverdoit", "donotdoit", "don'tdoit", "don\u2019tdoit",
	"neverdothis", "neverpaste", "neverpress", "neverrun", "neverfollow", "donotfollow", "donotdothis", "donotpress",
	"donotpaste", "donotrun", "don'tfollow", "don'tdothis", "don'tpress", "don'tpaste", "don'trun",
	"don\u2019tfollow", "don\u2019tdothis", "don\u2019tpress", "don\u2019tpaste", "don\u2019trun"}

// pasteWarnedNear is how many compacted bytes (a few sentences) may stand
// between a warning and the fake check's words or the Run dialog's keys.
const pasteWarnedNear = 400

// pasteWarned: a word of pasteWarnings stands within pasteWarnedNear bytes
// of the fake check's words (pasteCheckCompact) or the Run dialog's keys
// (pasteRunKeys) in the compacted text t.
func pasteWarned(t []byte) bool {
	var anchors []int // where a check's word or a key starts, in order
	for i := 0; i < len(t); i++ {
		if hasPrefixAny(t[i:], pasteCheckCompact) || hasPrefixAny(t[i:], pasteRunKeys) || botAt(t, i) {
			anchors = append(anchors, i)
		}
	}
	if len(anchors) == 0 {
		return false
	}
	for _, w := range pasteWarnings {
		for off := 0; off < len(t); {
			k := bytes.Index(t[off:], []byte(w))
			if k < 0 {
				break
			}
			a := off + k
			j := sort.SearchInts(anchors, a-pasteWarnedNear) // the first anchor not too far before
			if j < len(anchors) && anchors[j] <= a+len(w)+pasteWarnedNear {
				return true
			}
			off = a + 1
		}
	}
	return false
}

// hasPrefixAny: t starts with one of words.
func hasPrefixAny(t []byte, words []string) bool {
	for _, w := range words {
		if bytes.HasPrefix(t, []byte(w)) {
			return true
		}
	}
	return false
}

// plusKey: a '+' in doc is followed by R, X or V, white space, no-break
// spaces and tags aside ("Win + R", "<kbd>Ctrl</kbd>+<kbd>V</kbd>").
func plusKey(doc []byte) bool {
	for off := 0; off < len(doc); {
		k := bytes.IndexByte(doc[off:], '+')
		if k < 0 {
			return false
		}
		off += k + 1
		if keyAfter(doc[off:min(len(doc), off+plusWindow)]) {
			return true
		}
	}
	return false
}

// plusWindow bounds what keyAfter reads after a '+'.
const plusWindow = 64

// keyAfter: the first character of s, white space (Unicode's too),
// invisible characters, "&nbsp;" and tags aside, is the letter R, X or V,
// or a look-alike or fullwidth letter drawn like one (latinFold: "+Ｒ",
// "+Х" with a Cyrillic Х).
func keyAfter(s []byte) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
		case b == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0:
			i++
		case b == '&' && len(s)-i >= 6 && bytes.EqualFold(s[i:i+6], []byte("&nbsp;")):
			i += 5
		case b == '<':
			k := bytes.IndexByte(s[i:], '>')
			if k < 0 {
				return false
			}
			i += k
		case b >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(s[i:])
			if !unicode.IsSpace(r) && !invisibleRune(r) {
				c := latinFold(r) // "+Ｒ", a Cyrillic Х, a Greek ν
				return c == 'r' || c == 'x' || c == 'v'
			}
			i += size - 1
		default:
			b |= 0x20
			return b == 'r' || b == 'x' || b == 'v'
		}
	}
	return false
}

// containsLauncher: t holds one of pasteLaunchers. It stops at each
// launcher's rare byte (bytes.IndexByte) and compares the name around it:
// bytes.Contains, whose search for a name starting with a common letter
// compares at every byte of the compacted text, took two to three times
// as long.
func containsLauncher(t []byte) bool {
	for _, l := range pasteLaunchers {
		for off := l.at; off < len(t); off++ {
			k := bytes.IndexByte(t[off:], l.name[l.at])
			if k < 0 {
				break
			}
			off += k
			if bytes.HasPrefix(t[off-l.at:], []byte(l.name)) {
				return true
			}
		}
	}
	return false
}

func containsAny(t []byte, words []string) bool {
	for _, w := range words {
		if bytes.Contains(t, []byte(w)) {
			return true
		}
	}
	return false
}

// pasteCompact lowers ASCII letters and drops markup tags, white space
// (Unicode's too: no-break, thin and ideographic spaces) and invisible
// characters (invisibleRune), written or as character references, and
// decodes the references that stand for other ASCII characters, so that
// "Press <kbd>Win</kbd>&nbsp;+&nbsp;<kbd>R</kbd>" reads "presswin+r" and
// "power&#115;hell", "power\u200bshell" and "power<span>shell</span>" read
// "powershell", and folds the look-alike letters of other alphabets and
// fullwidth characters to ASCII (latinFold: "pоwershell" with a Cyrillic
// о, "ｐｏｗｅｒｓｈｅｌｌ"). A reference for any other character stays as written
// (lower-cased).
// The result is never longer than doc.
func pasteCompact(doc []byte) []byte {
	out := make([]byte, len(doc))
	n := 0
	closes := true // a '>' may follow: once none does, '<' is text (linear time)
	for i := 0; i < len(doc); {
		b := doc[i]
		if b < utf8.RuneSelf && b != '<' && b != '&' {
			out[n] = asciiCompact[b]
			n += int(asciiKept[b])
			i++
			continue
		}
		r, size := rune(b), 1
		switch {
		case b == '<' && closes:
			if k := bytes.IndexByte(doc[i:], '>'); k > 0 {
				i += k + 1
				continue
			}
			closes = false
		case b == '&':
			if c, m := pasteRef(doc[i:]); m > 0 {
				r, size = c, m
			}
		case b >= utf8.RuneSelf:
			r, size = utf8.DecodeRune(doc[i:])
		}
		k := copy(out[n:], compacted(r, doc[i:i+size]))
		if b == '&' { // a reference left as written ("&#X4E00;") is lower-cased too
			for j := n; j < n+k; j++ {
				if out[j] < utf8.RuneSelf {
					out[j] = asciiCompact[out[j]]
				}
			}
		}
		n += k
		i += size
	}
	return out[:n]
}

// compacted is what the compacted text holds for r, written as raw:
// nothing for white space or an invisible character, an ASCII character
// lower-cased, '?' for a byte that is no UTF-8 (kept, it could join the
// bytes around a dropped character into one the text never held), the
// Latin letter a look-alike of another alphabet or a fullwidth character
// is drawn like (latinFold: "pоwershell" with a Cyrillic о reads
// "powershell"), anything else as written (never longer than raw).
func compacted(r rune, raw []byte) []byte {
	switch {
	case unicode.IsSpace(r) || invisibleRune(r):
		return nil
	case r < utf8.RuneSelf:
		return asciiCompact[r : r+int32(asciiKept[r])]
	case r == utf8.RuneError && len(raw) == 1:
		return asciiCompact['?' : '?'+1]
	}
	if c := latinFold(r); c != 0 {
		return asciiCompact[c : c+1]
	}
	return raw
}

// asciiCompact is each ASCII character lower-cased; asciiKept is 0 for
// white space, which the compacted text drops, and 1 for the rest.
var asciiCompact, asciiKept = func() (c, k [utf8.RuneSelf]byte) {
	for b := range utf8.RuneSelf {
		c[b], k[b] = byte(b), 1
		if 'A' <= b && b <= 'Z' {
			c[b] += 'a' - 'A'
		}
	}
	for _, b := range "\t\n\v\f\r " {
		k[b] = 0
	}
	return c, k
}()

// invisibleRune: r is drawn as nothing, so a word it splits reads whole:
// the soft hyphen (U+00AD), the combining grapheme joiner (U+034F), the
// Mongolian vowel separator (U+180E), the zero-width space, non-joiner and
// joiner and the direction marks (U+200B-U+200F), the word joiner and the
// invisible operators (U+2060-U+2064) and the zero-width no-break space
// (U+FEFF).
func invisibleRune(r rune) bool {
	return r == 0xad || r == 0x34f || r == 0x180e || 0x200b <= r && r <= 0x200f ||
		0x2060 <= r && r <= 0x2064 || r == 0xfeff
}

// pasteNamedRefs are the named references read in a lure's text: the
// no-break space, the invisible characters (invisibleRune) and '+'. The
// names are case-sensitive, but for &nbsp;, which clients also read in
// capitals. HTML reads &nbsp and &shy in text without their ';' too
// (legacy references: "power&shyshell" shows "powershell").
var pasteNamedRefs = []struct {
	name string
	r    rune
}{{"&nbsp;", 0xa0}, {"&NBSP;", 0xa0}, {"&shy;", 0xad}, {"&ZeroWidthSpace;", 0x200b}, {"&zwnj;", 0x200c},
	{"&zwj;", 0x200d}, {"&lrm;", 0x200e}, {"&rlm;", 0x200f}, {"&NoBreak;", 0x2060}, {"&plus;", '+'},
	{"&nbsp", 0xa0}, {"&shy", 0xad}}

// pasteRef returns the character of the reference at the start of s
// (after '&') and its length, or 0 when none it reads starts there: a
// numeric one, decimal or hexadecimal, of any number of digits, its ';'
// optional as browsers read it ("&#115hell" and "&#0000000115;hell" are
// "shell"), or one of pasteNamedRefs. A numeric
// reference for NUL, a surrogate or past U+10FFFF is U+FFFD.
func pasteRef(s []byte) (rune, int) {
	if len(s) < 3 || s[0] != '&' {
		return 0, 0
	}
	if s[1] != '#' {
		for _, e := range pasteNamedRefs {
			if bytes.HasPrefix(s, []byte(e.name)) {
				return e.r, len(e.name)
			}
		}
		return 0, 0
	}
	i, base := 2, 10
	if s[i]|0x20 == 'x' {
		i, base = 3, 16
	}
	v, d := 0, i
	for ; i < len(s); i++ { // every digit, as browsers read them ("&#0000000115;")
		dv := digitValue(s[i], base)
		if dv < 0 {
			break
		}
		v = min(v*base+dv, unicode.MaxRune+1) // past U+10FFFF stays past it
	}
	if i == d {
		return 0, 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	if v == 0 || v > unicode.MaxRune || 0xd800 <= v && v <= 0xdfff {
		return utf8.RuneError, i
	}
	return rune(v), i
}

// digitValue is the value of the digit c in base (10 or 16), or -1.
func digitValue(c byte, base int) int {
	if v, ok := unhex(c); ok && int(v) < base {
		return int(v)
	}
	return -1
}
