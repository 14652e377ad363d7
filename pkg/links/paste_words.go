package links

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// The keys of a paste-and-run lure written without "+": "press the
// Windows key and R", "Win-R", "⊞ Win + R", "hold the Windows key, press
// R", "Ctrl V", "CTRL and V", and the same in Spanish, Portuguese, French,
// German and Italian ("pulse Windows + R", "pressione as teclas Windows e
// R", "appuyez sur Windows + R", "drücken Sie die Windows-Taste und R",
// "premi Windows + R"; "Strg + V"), and in Dutch, Polish, Russian and
// Turkish ("druk op de Windows-toets en R", "naciśnij klawisz Windows i R",
// "нажмите клавишу Windows и R", "Windows tuşuna ve R tuşuna basın"),
// read word by word.

// pasteWinKeys name the Windows key.
var pasteWinKeys = foldedWords(map[string]bool{"win": true, "windows": true, "winkey": true, "windowskey": true, "windowstaste": true, "⊞": true})

// pasteCtrlKeys name the Control key (German keyboards say Strg).
var pasteCtrlKeys = foldedWords(map[string]bool{"ctrl": true, "ctl": true, "control": true, "strg": true})

// pasteVerbs are the words for "paste" in the ten languages (imperative
// and infinitive; German "fügen Sie ... ein" has "fügen"; Turkish in
// capitals lower-cases its I to i, not ı).
var pasteVerbs = foldedWords(map[string]bool{"paste": true, "pegar": true, "pega": true, "pegue": true, "peguen": true,
	"colar": true, "cole": true, "coller": true, "collez": true, "colle": true,
	"einfügen": true, "fügen": true, "incolla": true, "incollare": true, "incolli": true,
	"plak": true, "plakken": true, "plakt": true, "wklej": true, "wkleić": true, "wklejcie": true,
	"вставьте": true, "вставить": true, "вставь": true,
	"yapıştır": true, "yapıştırın": true, "yapıştırmak": true, "yapiştir": true, "yapiştirin": true})

// pasteJoiners may stand between a key and the next one ("the Windows
// key and R", "la tecla Windows y la R", "die Windows-Logo-Taste und R",
// "hold ... then press R"): key words, "and", "then", "press", "hold",
// articles, in the ten languages. Any other word ends the combination,
// so "Windows 11, R 4.3" or "Windows users can use R" names no keys.
var pasteJoiners = foldedWords(map[string]bool{
	"key": true, "keys": true, "shift": true, "logo": true, "button": true, "and": true, "then": true, "press": true, "hold": true,
	"holding": true, "down": true, "the": true, "a": true, "plus": true, "with": true, "while": true,
	"tecla": true, "teclas": true, "botón": true, "botão": true, "y": true, "e": true, "la": true, "las": true,
	"el": true, "o": true, "os": true, "as": true, "do": true, "de": true, "pulse": true, "pulsa": true,
	"presione": true, "presiona": true, "pressione": true, "aperte": true, "mantenga": true, "mantenha": true,
	"luego": true, "depois": true, "touche": true, "touches": true, "et": true, "le": true, "les": true,
	"puis": true, "appuyez": true, "sur": true, "maintenez": true, "taste": true, "tasten": true, "und": true,
	"die": true, "den": true, "dann": true, "drücken": true, "sie": true, "halten": true, "gedrückt": true,
	"tasto": true, "tasti": true, "il": true, "i": true, "poi": true, "premi": true, "premere": true,
	"tieni": true, "premuto": true,
	"toets": true, "toetsen": true, "knop": true, "en": true, "druk": true, "op": true, "dan": true,
	"houd": true, "ingedrukt": true, "het": true, "vervolgens": true,
	"klawisz": true, "klawisze": true, "klawiszy": true, "naciśnij": true, "wciśnij": true,
	"przytrzymaj": true, "następnie": true, "potem": true, "oraz": true,
	"клавишу": true, "клавиши": true, "клавиша": true, "кнопку": true, "и": true, "нажмите": true,
	"нажми": true, "затем": true, "потом": true, "удерживая": true,
	"tuşu": true, "tuşuna": true, "tuşları": true, "tuşlarına": true, "ve": true, "basın": true,
	"bas": true, "sonra": true, "ardından": true, "basılı": true, "tutun": true,
})

// foldedWords is words as forEachPasteWord reads them (the Russian words
// hold look-alikes: "вставьте" reads "вcтaвьтe"); a word it would split
// is a build defect.
func foldedWords(words map[string]bool) map[string]bool {
	out := make(map[string]bool, len(words))
	for w := range words {
		n := 0
		forEachPasteWord([]byte(w), func(f []byte) bool {
			out[string(f)] = true
			n++
			return true
		})
		if n != 1 {
			panic("links: paste word " + w + " is not one word") // a build defect
		}
	}
	return out
}

// winLogo is the Windows logo key's sign, a word of its own.
var winLogo = []byte("⊞")

// pasteWordsMax bounds the bytes of one word kept for the lookups; a
// longer word is none of them.
const pasteWordsMax = 32

// maxJoiners is how many joining words may stand between two keys.
const maxJoiners = 4

// pasteKeys is what pasteWords found.
type pasteKeys struct {
	runKey bool // the Windows key, then R or X
	ctrlV  bool // the Control key, then V
	paste  bool // a word for "paste"
}

// pasteWords reads doc (plain text, HTML or SVG: tags and character
// references separate words) word by word, lower-cased, for the keys of
// the Run dialog and of pasting written without "+". It stops once both
// are found.
func pasteWords(doc []byte) pasteKeys {
	var k pasteKeys
	win, ctrl := -1, -1 // joining words since the Windows or Control key; -1 when none is pending
	forEachPasteWord(doc, func(w []byte) bool {
		switch {
		case pasteWinKeys[string(w)]:
			win, ctrl = 0, -1
		case pasteCtrlKeys[string(w)]:
			win, ctrl = -1, 0
		case (win >= 0 || ctrl >= 0) && pasteJoiners[string(w)]:
			win, ctrl = joined(win), joined(ctrl)
		default:
			k.runKey = k.runKey || win >= 0 && (string(w) == "r" || string(w) == "x")
			k.ctrlV = k.ctrlV || ctrl >= 0 && string(w) == "v"
			k.paste = k.paste || pasteVerbs[string(w)]
			win, ctrl = -1, -1
		}
		return !(k.runKey && (k.ctrlV || k.paste))
	})
	return k
}

// joined counts one more joining word after a pending key, dropping the
// key after maxJoiners.
func joined(n int) int {
	if n < 0 || n >= maxJoiners {
		return -1
	}
	return n + 1
}

// forEachPasteWord calls f with each word of doc, lower-cased and its
// look-alike letters of other alphabets and fullwidth letters folded to
// the Latin letter they are drawn like (latinFold: "Сtrl" with a Cyrillic
// С reads "ctrl", "Ｗｉｎ" "win"; Russian words keep their other letters,
// "вставьте" reads "вcтaвьтe"), empty for a word longer than
// pasteWordsMax, until f returns false. A word is a
// run of letters and digits (any script), written or as numeric character
// references, which invisible characters (invisibleRune, written or as
// references) do not split: "Win\u00addows" and "Win&#100;ows" read
// "windows". The Windows logo ⊞ is a word of its own; markup tags and
// other character references ("&nbsp;", "&#43;") separate words, as does
// anything else. Linear: a '<' that no '>' follows is text from then on.
func forEachPasteWord(doc []byte, f func([]byte) bool) {
	var buf [pasteWordsMax]byte
	n, long := 0, false
	flush := func() bool {
		ok := true
		switch {
		case long:
			ok = f(buf[:0]) // a word too long to be a key: it still ends a combination
		case n > 0:
			ok = f(buf[:n])
		}
		n, long = 0, false
		return ok
	}
	closes := true
	for i := 0; i < len(doc); {
		b := doc[i]
		r, size := rune(b), 1
		switch {
		case 'a' <= b && b <= 'z' || '0' <= b && b <= '9':
			n, long = addWordBytes(&buf, n, long, b)
			i++
			continue
		case 'A' <= b && b <= 'Z':
			n, long = addWordBytes(&buf, n, long, b+'a'-'A')
			i++
			continue
		case b >= utf8.RuneSelf:
			r, size = utf8.DecodeRune(doc[i:])
		case b == '&':
			if r, size = pasteRef(doc[i:]); size == 0 {
				r, size = '&', 1
			}
		}
		switch {
		case invisibleRune(r):
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if c := latinFold(r); c != 0 { // "Сtrl" with a Cyrillic С, "Ｗｉｎ"
				n, long = addWordBytes(&buf, n, long, c)
			} else {
				n, long = addWordRune(&buf, n, long, unicode.ToLower(r))
			}
			i += size
			continue
		}
		if !flush() {
			return
		}
		switch {
		case r == '⊞':
			if !f(winLogo) {
				return
			}
		case b < utf8.RuneSelf && size == 1:
			// A tag, or a reference pasteRef does not read; one it
			// read ends where pasteRef says ("&#32key" is " key").
			size = skipMarkup(doc[i:], &closes)
		}
		i += size
	}
	flush()
}

// addWordRune appends r's UTF-8 bytes to the word in buf.
func addWordRune(buf *[pasteWordsMax]byte, n int, long bool, r rune) (int, bool) {
	var rb [utf8.UTFMax]byte
	for _, c := range rb[:utf8.EncodeRune(rb[:], r)] {
		n, long = addWordBytes(buf, n, long, c)
	}
	return n, long
}

// addWordBytes appends c to the word in buf, or marks it long.
func addWordBytes(buf *[pasteWordsMax]byte, n int, long bool, c byte) (int, bool) {
	if n >= pasteWordsMax {
		return n, true
	}
	buf[n] = c
	return n + 1, long
}

// skipMarkup returns how many bytes at the start of s a separator takes:
// a markup tag, a character reference of up to 10 bytes, or one byte.
func skipMarkup(s []byte, closes *bool) int {
	switch s[0] {
	case '<':
		if *closes {
			if k := bytes.IndexByte(s, '>'); k > 0 {
				return k + 1
			}
			*closes = false
		}
	case '&':
		if k := bytes.IndexByte(s[:min(len(s), 10)], ';'); k > 1 {
			return k + 1
		}
	}
	return 1
}
