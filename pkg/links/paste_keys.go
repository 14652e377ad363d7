package links

import (
	"bytes"
	"encoding/binary"
	"math/bits"
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
// capitals, "CТRL" with a Cyrillic Т), which a reader takes for the Latin
// name, and invisible characters ("W\u200bin"). "win" and "windows" in
// lower case ("window", "twin") are read only once a text is read
// closely.
//
// Each name is found by a vectorised search for an anchor, then read
// after it, folded: the 'W' of "Win" and "WIN", the 'C' of "Ctrl" and
// "CTRL", the 'S' of "Strg" and "STRG"; the byte 0xEF that starts every
// fullwidth character, for names and '＋' written in fullwidth letters;
// the bytes 0xD0 and 0xD1 that start the Cyrillic С, с, Ѕ and ѕ, for a
// name whose first letter is one of them ("Сtrl"). Upper-case letters
// and those bytes are rare in English text; in Chinese, Japanese or
// Russian text, full of them, leadKey soon reads on in a way that costs
// less there (fullwidthKey, cyrillicKey); a search for a word starting with
// a common lower-case letter costs about 30 µs per 100 KB (bytes.Index
// compares at every byte), ten times one for a capitalised name, so
// "ctrl" in lower case is searched as written, as before look-alikes
// were read. Not read here, so only in a text read closely for another
// key: "ctrl" in lower case with a look-alike or fullwidth letter after
// a plain c ("ctrӏ", "cｔrl"), and a Cyrillic Ԝ for the W of "Win", a
// letter few fonts draw.
func keysNamed(doc []byte) bool {
	return anchoredKey(doc, "W", "in") || anchoredKey(doc, "C", "trl") || anchoredKey(doc, "S", "trg") ||
		bytes.Contains(doc, []byte("ctrl")) || bytes.Contains(doc, winLogo) || leadKey(doc)
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

// leadKey: doc holds a key starting with a fullwidth character ('＋',
// "Ｗｉｎ") or a Cyrillic letter drawn like C or S ("Сtrl", "Ѕtrg"). It
// steps through the characters starting with the byte 0xEF (every
// fullwidth character), then 0xD0 and 0xD1 (U+0400-U+047F); once
// leadMisses of them are no key, it reads the rest of doc in a way that
// costs less in a text full of them (fullwidthKey: eight bytes at once,
// initials only; cyrillicKey: from the r of a key name), so that no
// padding ("，，，…" before "Ｗｉｎ＋Ｒ") hides a key.
func leadKey(doc []byte) bool {
	off, key := steppedKey(doc, 0xef, fullwidthAt)
	if key || fullwidthKey(doc, off) {
		return true
	}
	offC, key := steppedKey(doc, 0xd0, cyrillicAt)
	if key {
		return true
	}
	offS, key := steppedKey(doc, 0xd1, cyrillicAt)
	return key || cyrillicKey(doc, min(offC, offS))
}

// steppedKey steps through the characters starting with lead in doc
// (at reads each): key when one starts a key, else the offset where
// leadMisses characters that are no key stopped it (len(doc) if none
// did).
func steppedKey(doc []byte, lead byte, at func([]byte, int) (letter, key bool)) (int, bool) {
	misses := 0
	for off := 0; off < len(doc); off++ {
		k := bytes.IndexByte(doc[off:], lead)
		if k < 0 {
			break
		}
		off += k
		letter, key := at(doc, off)
		if key {
			return off, true
		}
		if !letter {
			if misses++; misses > leadMisses {
				return off, false
			}
		}
	}
	return len(doc), false
}

// fullwidthKey: a key starts with a fullwidth character in doc at or
// after off: '＋' or the first letter of "Win", "Ctrl" or "Strg"
// (fullwidthInitial), read by fullwidthAt. Chinese and Japanese text
// holds a fullwidth character (punctuation) every dozen characters or
// so: it looks at eight bytes at once for the byte 0xEF that starts
// each. On 100 KB of Chinese text (leadKey alone, random ideographs /
// dense punctuation) this took 25 / 38 µs; a restarted bytes.IndexByte
// for 0xEF 22 / 54 µs, and a search for each initial by its last byte
// (the first two, EF BC, start all fullwidth punctuation too) 55 / 22
// µs, stopping at 1/64 of ideographs for each of seven initials.
func fullwidthKey(doc []byte, off int) bool {
	const ones, highs, efs = 0x0101010101010101, 0x8080808080808080, 0xefefefefefefefef
	i := off
	for ; i+8 <= len(doc); i += 8 {
		x := binary.LittleEndian.Uint64(doc[i:]) ^ efs
		// The high bit of each byte of x that is zero (one of doc that
		// is 0xEF), and of some after it, which fullwidthKeyAt rereads.
		for m := (x - ones) &^ x & highs; m != 0; m &= m - 1 {
			if fullwidthKeyAt(doc, i+bits.TrailingZeros64(m)>>3) {
				return true
			}
		}
	}
	for ; i < len(doc); i++ {
		if fullwidthKeyAt(doc, i) {
			return true
		}
	}
	return false
}

// fullwidthKeyAt: a key starts at i in doc with a fullwidth initial.
func fullwidthKeyAt(doc []byte, i int) bool {
	if i+2 >= len(doc) || doc[i] != 0xef || !fullwidthInitial(doc[i+1], doc[i+2]) {
		return false
	}
	_, key := fullwidthAt(doc, i)
	return key
}

// fullwidthInitial: EF b1 b2 is '＋' (EF BC 8B) or a fullwidth W, C or S
// (Ｗ Ｃ Ｓ: EF BC B7, A3, B3; ｗ ｃ ｓ: EF BD 97, 83, 93).
func fullwidthInitial(b1, b2 byte) bool {
	switch b1 {
	case 0xbc:
		return b2 == 0x8b || b2 == 0xb7 || b2 == 0xa3 || b2 == 0xb3
	case 0xbd:
		return b2 == 0x97 || b2 == 0x83 || b2 == 0x93
	}
	return false
}

// cyrillicKey: a key name starting with a Cyrillic С, с, Ѕ or ѕ
// ("Сtrl", "Ѕtrg") ends in doc at or after off. In Russian text such
// letters stand everywhere (с is a word), and Latin letters are rare: it
// searches for the r of "ctrl" and "strg" (plain or fullwidth: no other
// letter is drawn like it), then reads the two letters before it.
func cyrillicKey(doc []byte, off int) bool {
	for _, r := range []string{"r", "R", "ｒ", "Ｒ"} {
		for i := off; i < len(doc); i++ {
			k := bytes.Index(doc[i:], []byte(r))
			if k < 0 {
				break
			}
			i += k
			if cyrillicKeyBefore(doc, i) {
				return true
			}
		}
	}
	return false
}

// cyrillicKeyBefore: the letter before the r at i in doc reads t, and
// the one before that is a Cyrillic letter starting a key (cyrillicAt),
// invisible characters aside.
func cyrillicKeyBefore(doc []byte, i int) bool {
	t := prevChar(doc, i)
	if t < 0 {
		return false
	}
	if c, _ := foldedChar(doc[t:]); c != 't' {
		return false
	}
	c := prevChar(doc, t)
	if c < 0 || doc[c] != 0xd0 && doc[c] != 0xd1 {
		return false
	}
	_, key := cyrillicAt(doc, c)
	return key
}

// prevChar returns where the last character of doc[:i] that is not
// invisible starts, within keyReadBytes, or -1.
func prevChar(doc []byte, i int) int {
	for j := i; j > 0 && i-j < keyReadBytes; {
		r, size := utf8.DecodeLastRune(doc[:j])
		j -= size
		if !invisibleRune(r) {
			return j
		}
	}
	return -1
}

// leadMisses is how many characters that are no key leadKey steps
// through for one lead byte before it reads on as fullwidthKey and
// cyrillicKey do: Chinese and Japanese text holds fullwidth
// punctuation (EF BC 8C "，") everywhere, and Russian text Cyrillic
// letters, and stepping through each (a restarted vectorised search, or
// a loop over every byte) made pasteCommand on 100 KB of Chinese text
// five to seven times as slow, and on 100 KB of Russian text eighty
// times. Fullwidth letters are no misses: a lure may be written in
// them from its first word. Till then a text with few such characters
// (English with a "，" or a Russian name) costs one vectorised search for
// each lead byte.
const leadMisses = 32

// fullwidthAt reads the character starting with 0xEF at off in doc:
// letter when it is '＋' or a fullwidth letter, key when it is '＋'
// followed by a key (keyAfter) or the first letter of a key name written
// from it ("Ｗｉｎ", "Ｃｔｒｌ", "ＳＴＲＧ"). Fullwidth ASCII is EF BC
// 81-BF and EF BD 80-9E, read from its bytes.
func fullwidthAt(doc []byte, off int) (letter, key bool) {
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
	case 'a' <= c && c <= 'z':
		return true, pasteKeyAt(doc[off:], c)
	}
	return false, false
}

// cyrillicAt reads the two-byte character starting at off in doc (0xD0
// or 0xD1): key when it is a look-alike of C or S that starts a key name
// ("Сtrl", "сtrl", "СTRL", "Ѕtrg" with a Cyrillic С or Ѕ). A Cyrillic
// letter is never a miss-free letter: Russian text is full of с.
func cyrillicAt(doc []byte, off int) (letter, key bool) {
	if off+1 >= len(doc) || doc[off+1] < 0x80 || doc[off+1] > 0xbf {
		return false, false
	}
	c := latinFold(rune(doc[off]&0x1f)<<6 | rune(doc[off+1]&0x3f))
	return false, (c == 'c' || c == 's') && pasteKeyAt(doc[off:], c)
}

// pasteKeyAt: s starts with the key name that starts with c, folded.
func pasteKeyAt(s []byte, c byte) bool {
	switch c {
	case 'w':
		return foldedPrefix(s, "win")
	case 'c':
		return foldedPrefix(s, "ctrl")
	case 's':
		return foldedPrefix(s, "strg")
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
