package links

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Fonts of a page's text (ISO 32000-1, 9.5-9.10): what a string's codes
// say is read through the font's /ToUnicode CMap; without one, a simple
// font's codes are read through its /Encoding: WinAnsiEncoding (as
// Windows-1252) or StandardEncoding (its ASCII part), with the glyph
// names of /Differences that spell a letter, digit or common punctuation
// mark, or uniXXXX. A composite font (Type0) without a ToUnicode CMap,
// and a simple font with another or no encoding, are not read: their
// codes are glyph numbers a reader cannot spell without the font program.

// pdfFont decodes the strings shown in one font.
type pdfFont struct {
	cmap   *toUnicode
	size   int        // bytes per code without a CMap code space: 2 for Type0
	simple *[256]rune // a simple font's codes; 0 reads as nothing
}

// appendText appends the text of the string s shown in the font.
func (f *pdfFont) appendText(out, s []byte) []byte {
	if f.cmap == nil {
		for _, c := range s {
			if r := f.simple[c]; r != 0 {
				out = utf8.AppendRune(out, r)
			}
		}
		return out
	}
	for len(s) > 0 {
		c, n := f.cmap.next(s, f.size)
		out = f.cmap.appendText(out, c)
		s = s[n:]
	}
	return out
}

// readFont reads the font dictionary d, or returns nil when its codes
// cannot be read.
func (t *pdfText) readFont(d []byte) *pdfFont {
	composite := hasName(d, "/Subtype", "/Type0")
	f := &pdfFont{size: 1}
	if composite {
		f.size = 2
	}
	if tu := dictValue(d, "/ToUnicode"); tu != nil {
		if data := t.textStream(tu, maxPDFCMapStream); data != nil {
			f.cmap = parseCMap(data)
			return f
		}
	}
	if composite {
		return nil
	}
	f.simple = simpleEncoding(t.r, d)
	if f.simple == nil {
		return nil
	}
	return f
}

// simpleEncoding is the code table of a simple font without a ToUnicode
// CMap, or nil when its encoding is not one read.
func simpleEncoding(r *pdfRefs, d []byte) *[256]rune {
	enc := dictValue(d, "/Encoding")
	if enc == nil && hasName(d, "/Subtype", "/Type1") && !symbolFont(d) {
		return baseEncoding("/StandardEncoding")
	}
	enc = r.resolve(enc)
	if len(enc) == 0 {
		return nil
	}
	if enc[0] == '/' {
		return baseEncoding(string(enc))
	}
	base := string(dictValue(enc, "/BaseEncoding"))
	if base == "" {
		base = "/StandardEncoding"
	}
	t := baseEncoding(base)
	if t != nil {
		applyDifferences(t, dictValue(enc, "/Differences"))
	}
	return t
}

// symbolFont: a standard font of symbols, whose codes are no letters.
func symbolFont(d []byte) bool {
	return hasName(d, "/BaseFont", "/Symbol") || hasName(d, "/BaseFont", "/ZapfDingbats")
}

// baseEncoding returns a fresh table of the named encoding, or nil.
func baseEncoding(name string) *[256]rune {
	var t [256]rune
	switch name {
	case "/WinAnsiEncoding":
		for c := 0x20; c < 256; c++ {
			if r := charmap.Windows1252.DecodeByte(byte(c)); r != utf8.RuneError && !c1Control(r) {
				t[c] = r
			}
		}
	case "/StandardEncoding":
		for c := 0x20; c < 0x7f; c++ {
			t[c] = rune(c)
		}
		t['\''], t['`'] = '\u2019', '\u2018'
	default:
		return nil
	}
	return &t
}

// applyDifferences sets the codes a /Differences array names: a number
// gives the code of the glyph name after it, each further name the next
// code. A name that spells no known character reads as nothing.
func applyDifferences(t *[256]rune, diffs []byte) {
	code := -1
	arrayElems(diffs, func(v []byte) bool {
		if v[0] != '/' {
			n, err := strconv.Atoi(string(v))
			if err != nil {
				n = -1
			}
			code = n
			return true
		}
		if code >= 0 && code < 256 {
			t[code] = glyphRune(string(v[1:]))
		}
		if code >= 0 {
			code++
		}
		return true
	})
}

// glyphRune is the character a glyph name spells (Adobe Glyph List names
// of ASCII letters, digits and common punctuation, and uniXXXX), or 0.
func glyphRune(name string) rune {
	if len(name) == 1 && (name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return rune(name[0])
	}
	if r, ok := glyphNames[name]; ok {
		return r
	}
	if hex, ok := strings.CutPrefix(name, "uni"); ok && len(hex) == 4 {
		if v, err := strconv.ParseUint(hex, 16, 16); err == nil && v >= 0x20 && !utf16Surrogate(rune(v)) {
			return rune(v)
		}
	}
	return 0
}

// c1Control: DEL or a C1 control character, which draws nothing.
func c1Control(r rune) bool { return r >= 0x7f && r < 0xa0 }

func utf16Surrogate(r rune) bool { return r >= 0xd800 && r < 0xe000 }

// glyphNames are the Adobe Glyph List names of digits and common
// punctuation.
var glyphNames = map[string]rune{
	"space": ' ', "period": '.', "comma": ',', "colon": ':', "semicolon": ';',
	"hyphen": '-', "exclam": '!', "question": '?', "quoteright": '\u2019', "quotesingle": '\'',
	"quotedbl": '"', "parenleft": '(', "parenright": ')', "slash": '/', "at": '@', "ampersand": '&',
	"percent": '%', "dollar": '$', "numbersign": '#', "underscore": '_', "endash": '\u2013', "emdash": '\u2014',
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4',
	"five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9',
}
