package links

import (
	"bytes"
	"unicode/utf8"
)

// The key names that make a text without "+" keys read closely
// (keysNamed), as instructions write them: capitalised or in capitals
// ("Windows key and R", "Win-R", "CTRL V", "Strg V"), "ctrl" in lower case
// ("press win r then ctrl v": no common word holds it, and a lure asks for
// the paste), or the Windows logo ("Win" also reads "Windows 11" and
// "Winter": this only chooses which texts are read closely). A key name
// may hold look-alike letters of other alphabets or fullwidth letters
// (latinFold: "Ｗｉｎ", "Сtrl" with a Cyrillic С, "WΙΝ" with Greek
// capitals, "ctrӏ" with a Cyrillic ӏ), which a reader takes for the Latin
// name, and invisible characters ("W\u200bin"). "win" and "windows" in
// lower case ("window", "twin") are read only once a text is read
// closely.
//
// Each name is found by a vectorised search for an anchor, then read
// around it, folded: the 'W' of "Win" and "WIN", the 'C' of "Ctrl" and
// "CTRL", the 'S' of "Strg" and "STRG", and the byte 0xEF
// that starts every fullwidth character, for names and '＋' written in
// fullwidth letters. Upper-case letters and 0xEF are rare in text; a
// search for a word starting with a common lower-case letter costs about
// 30 µs per 100 KB (bytes.Index compares at every byte), ten times one
// for a capitalised name, so "ctrl" in lower case is searched as written,
// as before look-alikes were read. Not read here, so only in a text read
// closely for another key: a look-alike first letter of "Ctrl", "ctrl"
// or "Strg" ("Сtrl" with a Cyrillic С: a search for each such letter
// costs every text one more pass, and Russian text holds them
// everywhere), a look-alike letter in "ctrl" in lower case ("ctrӏ"), and
// a Cyrillic Ԝ for the W of "Win", a letter few fonts draw.
func keysNamed(doc []byte) bool {
	return anchoredKey(doc, "W", "in") || anchoredKey(doc, "C", "trl") || anchoredKey(doc, "S", "trg") ||
		bytes.Contains(doc, []byte("ctrl")) || bytes.Contains(doc, winLogo) || fullwidthKey(doc)
}

// keyReadBytes bounds what is read around an anchor: a key name's letters
// and invisible characters between them.
const keyReadBytes = 64

// anchoredKey: anchor in doc is followed by rest, folded.
func anchoredKey(doc []byte, anchor, rest string) bool {
	for off := 0; off < len(doc); off++ {
		k := bytes.Index(doc[off:], []byte(anchor))
		if k < 0 {
			return false
		}
		off += k
		if foldedPrefix(doc[off+len(anchor):], rest) {
			return true
		}
	}
	return false
}

// fullwidthKey: doc holds a key written in fullwidth characters
// (fullwidthAt).
func fullwidthKey(doc []byte) bool {
	misses := 0
	for off := 0; off < len(doc); off++ {
		k := bytes.IndexByte(doc[off:], 0xef)
		if k < 0 {
			return false
		}
		off += k
		hit, key := fullwidthAt(doc, off)
		switch {
		case key:
			return true
		case !hit:
			misses++
		}
		if misses > fullwidthMisses {
			return false
		}
	}
	return false
}

// fullwidthMisses is how many characters starting with 0xEF that are no
// key letter fullwidthKey steps through before it gives up: Chinese and
// Japanese text holds fullwidth punctuation (EF BC 8C "，") everywhere,
// and stepping through each (a restarted vectorised search, or a loop
// over every byte) made pasteCommand on 100 KB of Chinese text five to
// seven times as slow. Such a text's fullwidth keys are read only when
// it is read closely for another key ("Win+R", "Windows"); its words
// are no language pasteWords reads.
const fullwidthMisses = 32

// fullwidthAt reads the character starting with 0xEF at off in doc: hit
// when it is '＋' or a fullwidth letter of a key name, key when it is '＋'
// followed by a key (keyAfter) or a letter of a key name written around
// it ("Ｗｉｎ", "Ｃｔｒｌ", "Cｔrl"). Fullwidth ASCII is EF BC 81-BF and
// EF BD 80-9E, read from its bytes.
func fullwidthAt(doc []byte, off int) (hit, key bool) {
	if off+2 >= len(doc) {
		return false, false
	}
	b1, b2 := doc[off+1], doc[off+2]
	if b1 != 0xbc && b1 != 0xbd || b2 < 0x80 || b2 > 0xbf {
		return false, false
	}
	switch c := latinFold(0xf000 | rune(b1&0x3f)<<6 | rune(b2&0x3f)); {
	case c == '+':
		return true, keyAfter(doc[off+3 : min(len(doc), off+3+plusWindow)])
	case keyLetter[c&0x7f]:
		return true, keyAround(doc, off)
	}
	return false, false
}

// keyLetter marks the letters of the key names keyAround reads.
var keyLetter = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "wincrtlsg" {
		t[c] = true
	}
	return t
}()

// keyAround: a key name (win, ctrl, strg), folded, starts at i in doc or
// up to three characters before it.
func keyAround(doc []byte, i int) bool {
	for k := 0; k < 4 && i >= 0; k++ {
		s := doc[i:]
		if foldedPrefix(s, "win") || foldedPrefix(s, "ctrl") || foldedPrefix(s, "strg") {
			return true
		}
		_, size := utf8.DecodeLastRune(doc[max(0, i-utf8.UTFMax):i])
		i -= max(size, 1)
	}
	return false
}

// foldedPrefix: s starts with word (lower-case ASCII letters), each
// character folded (foldedChar), invisible characters aside, within
// keyReadBytes.
func foldedPrefix(s []byte, word string) bool {
	s = s[:min(len(s), keyReadBytes)]
	for j := 0; j < len(word); j++ {
		c, size := foldedChar(s)
		if c != word[j] {
			return false
		}
		s = s[size:]
	}
	return true
}

// foldedChar returns the first character of s, invisible characters
// aside, lower-cased and folded to the ASCII letter it is drawn like
// (latinFold), or 0, and the bytes it took.
func foldedChar(s []byte) (byte, int) {
	n := 0
	for n < len(s) {
		if b := s[n]; b < utf8.RuneSelf {
			return asciiCompact[b], n + 1
		}
		r, size := utf8.DecodeRune(s[n:])
		n += size
		if !invisibleRune(r) {
			return latinFold(r), n
		}
	}
	return 0, n
}
