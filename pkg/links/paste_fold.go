package links

// Look-alike letters of other alphabets: a lure may spell its launcher
// "pоwershell" with a Cyrillic о (U+043E), "mshtа" with a Cyrillic а, with
// Greek ο, or in fullwidth letters ("ｐｏｗｅｒｓｈｅｌｌ"), which a
// reader takes for the Latin word and the search for it does not, and may
// spell the keys so ("Ｗｉｎ＋Ｒ", "Сtrl V" with a Cyrillic С). The
// compacted text (pasteCompact), the words pasteWords reads and the
// key names that choose the texts read closely (keysNamed, keyAfter) fold
// them to the Latin letter; the shown text keeps them. The pairs are the common confusables of Latin letters
// in Unicode's confusables.txt (UTS #39, the file pkg/scoring/data holds;
// links may not import scoring, so the few it needs are written here):
// only letters drawn like a Latin one in common fonts, so that genuine
// Russian or Greek text keeps its words ("робот" reads "poбoт", and no
// common Russian or Greek word folds to a launcher's name).

// confusableLatin pairs each look-alike with its Latin letter.
var confusableLatin = []struct {
	r rune
	c byte
}{
	// Cyrillic small letters.
	{'а', 'a'}, {'е', 'e'}, {'о', 'o'}, {'р', 'p'}, {'с', 'c'}, {'у', 'y'}, {'х', 'x'},
	{'і', 'i'}, {'ј', 'j'}, {'ѕ', 's'}, {'ԁ', 'd'}, {'ԛ', 'q'}, {'ԝ', 'w'}, {'һ', 'h'}, {'ӏ', 'l'},
	// Cyrillic capitals drawn like Latin capitals.
	{'А', 'a'}, {'В', 'b'}, {'Е', 'e'}, {'К', 'k'}, {'М', 'm'}, {'Н', 'h'}, {'О', 'o'}, {'Р', 'p'},
	{'С', 'c'}, {'Т', 't'}, {'Х', 'x'}, {'І', 'i'}, {'Ј', 'j'}, {'Ѕ', 's'}, {'Ԛ', 'q'}, {'Ԝ', 'w'},
	// Greek small letters.
	{'ο', 'o'}, {'α', 'a'}, {'ε', 'e'}, {'ι', 'i'}, {'κ', 'k'}, {'ν', 'v'}, {'ρ', 'p'}, {'τ', 't'},
	{'υ', 'u'}, {'χ', 'x'},
	// Greek capitals drawn like Latin capitals.
	{'Α', 'a'}, {'Β', 'b'}, {'Ε', 'e'}, {'Ζ', 'z'}, {'Η', 'h'}, {'Ι', 'i'}, {'Κ', 'k'}, {'Μ', 'm'},
	{'Ν', 'n'}, {'Ο', 'o'}, {'Ρ', 'p'}, {'Τ', 't'}, {'Υ', 'y'}, {'Χ', 'x'},
}

// Greek and Cyrillic (with its supplement) span confusableLo to
// confusableHi; confusableTable indexes confusableLatin by r-confusableLo
// (0: no Latin look-alike), one array read per letter of those scripts.
const confusableLo, confusableHi = 0x370, 0x52f

var confusableTable = func() (t [confusableHi - confusableLo + 1]byte) {
	for _, p := range confusableLatin {
		t[p.r-confusableLo] = p.c
	}
	return t
}()

// Fullwidth ASCII (U+FF01-U+FF5E) stands U+FEE0 above the ASCII character.
const fullwidthLo, fullwidthHi, fullwidthOffset = 0xff01, 0xff5e, 0xfee0

// latinFold returns the ASCII character, lower-cased, that r is drawn
// like (confusableLatin, fullwidth ASCII), or 0.
func latinFold(r rune) byte {
	switch {
	case confusableLo <= r && r <= confusableHi:
		return confusableTable[r-confusableLo]
	case fullwidthLo <= r && r <= fullwidthHi:
		return asciiCompact[r-fullwidthOffset]
	}
	return 0
}

// pasteBaitCompact is pasteBait as pasteCompact reads it ("робот" holds
// look-alikes: "poбoт").
var pasteBaitCompact = func() []string {
	s := make([]string, len(pasteBait))
	for i, w := range pasteBait {
		s[i] = string(pasteCompact([]byte(w)))
	}
	return s
}()
