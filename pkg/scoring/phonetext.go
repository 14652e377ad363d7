package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// phoneText rewrites NFKC text so that phoneAt sees a phone number the
// way its reader does, through the disguises callback scams put between
// its digits to slip past a filter looking for them:
//
//   - invisible characters (zero-width spaces and joiners, soft hyphens,
//     byte order marks, direction marks: Unicode Cf) and combining marks
//     (the keycap of "1️⃣", variation selectors: Mn, Me) are dropped:
//     "1\u200b8\u200b0\u200b8" reads "1808";
//   - decimal digits of other scripts, which NFKC keeps (Arabic-Indic
//     "١٨٠٨", Devanagari, Bengali), are written as ASCII digits;
//   - a run of other symbols, punctuation and spaces outside ASCII (an
//     emoji, a bullet, an en dash, a thin space) becomes one space, a
//     separator phoneAt allows: "1📞808📞555" reads "1 808 555";
//   - digits spelled in words ("one eight zero eight", "1 eight 0 eight",
//     "eight oh oh", "eight hundred") become digits, when the word stands
//     next to a digit or another such word with at most maxPhoneSeps
//     separators between (spelledDigits): "call one of our team" and "at
//     nine, or" keep their words.
//
// Line breaks are kept: the lead, a document's words and a link's context
// arrive with white space collapsed (a <br> or </div><div> inside a number
// is one space there), and a line break in the text read here joins two
// pieces (the subject and the body, a notice's lead and a link's words),
// which one number never spans. The result is never longer than text.
// callbackIn asks for it only once the payment and charge words are
// there, so what it allocates is spent on few messages.
func phoneText(text string) string {
	if !isASCII(text) {
		text = plainSeparators(text)
	}
	return spelledDigits(text)
}

// plainSeparators is phoneText's first step: invisible characters and
// marks dropped, other runs of non-ASCII symbols, punctuation and spaces
// one space. Letters, digits and ASCII are kept.
func plainSeparators(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	sym := false // the last rune written stood for a run of symbols
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
			sym = false
		case unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me):
		case unicode.IsDigit(r):
			b.WriteByte('0' + digitValue(r))
			sym = false
		case unicode.In(r, unicode.S, unicode.P, unicode.Z), r == utf8.RuneError:
			if !sym {
				b.WriteByte(' ')
			}
			sym = true
		default:
			b.WriteRune(r)
			sym = false
		}
	}
	return b.String()
}

// digitValue is the value of r, a decimal digit (Unicode Nd). Every
// script's digits are a run of ten, zero first, and runs of them stand
// back to back (mathematical digits: five runs), so the value is r's
// distance from the start of its block of digits, modulo ten.
func digitValue(r rune) byte {
	first := r
	for first > 0 && r-first < maxDigitRun && unicode.IsDigit(first-1) {
		first--
	}
	return byte((r - first) % 10)
}

// maxDigitRun bounds digitValue's walk: the longest block of digits, the
// mathematical ones, holds 50.
const maxDigitRun = 50

// spelledWords are the words of a number spelled out ("oh" is how a zero
// is said); hundreds and thousands count only after a digit ("eight
// hundred" is 800).
var spelledWords = map[string]string{
	"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
	"five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
	"hundred": "00", "thousand": "000",
}

// maxSpelled is the length of the longest of spelledWords.
const maxSpelled = len("thousand")

// spelledDigits writes the words of spelledWords that stand in a number
// as digits (phoneText). It reads each byte once, and looks at most
// maxPhoneSeps separators and one word ahead.
func spelledDigits(text string) string {
	out := make([]byte, 0, len(text))
	num, seps := false, 0 // the last token was a digit or a digit's word; separators since
	lastDigit := 0        // len(out) after the last digit written
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case isDigit(c):
			out = append(out, c)
			num, seps, lastDigit = true, 0, len(out)
			i++
		case phoneSep(c):
			out = append(out, c)
			seps++
			num = num && seps <= maxPhoneSeps
			i++
		case isLetter(c):
			j := wordEnd(text, i)
			d, ok := spelledAt(text, i, j)
			switch {
			case ok && len(d) > 1 && num && wordAlone(text, i, j): // "eight hundred" is 800
				out = append(out[:lastDigit], d...)
				num, seps, lastDigit = true, 0, len(out)
			case ok && len(d) == 1 && wordAlone(text, i, j) && (num || numberAhead(text, j)):
				out = append(out, d...)
				num, seps, lastDigit = true, 0, len(out)
			default:
				out = append(out, text[i:j]...)
				num = false
			}
			i = j
		default:
			out = append(out, c)
			num = false
			i++
		}
	}
	return string(out)
}

// numberAhead: after at most maxPhoneSeps separators from text[j] comes
// a digit or a spelled digit standing alone.
func numberAhead(text string, j int) bool {
	k := j
	for k < len(text) && k-j <= maxPhoneSeps && phoneSep(text[k]) {
		k++
	}
	if k-j > maxPhoneSeps || k == len(text) {
		return false
	}
	if isDigit(text[k]) {
		return true
	}
	if !isLetter(text[k]) {
		return false
	}
	e := k
	for e < len(text) && e-k <= maxSpelled && isLetter(text[e]) {
		e++
	}
	d, ok := spelledAt(text, k, e)
	return ok && len(d) == 1 && wordAlone(text, k, e)
}

// spelledAt returns the digits the word text[i:j] spells.
func spelledAt(text string, i, j int) (string, bool) {
	if j-i > maxSpelled || j-i < 2 {
		return "", false
	}
	var buf [maxSpelled]byte
	for k := i; k < j; k++ {
		buf[k-i] = lower(text[k])
	}
	d, ok := spelledWords[string(buf[:j-i])]
	return d, ok
}

// wordAlone: text[i:j] is a whole word, no letter, digit or non-ASCII
// letter on either side.
func wordAlone(text string, i, j int) bool {
	return (i == 0 || !wordish(text[i-1])) && (j == len(text) || !wordish(text[j]))
}

// wordish: c is a letter, a digit or part of a non-ASCII character.
func wordish(c byte) bool { return isWordByte(c) || c >= utf8.RuneSelf }

// wordEnd returns where the run of ASCII letters at text[i] ends.
func wordEnd(text string, i int) int {
	for i < len(text) && isLetter(text[i]) {
		i++
	}
	return i
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// phoneSep: c is one of the separators phoneAt allows between digits.
func phoneSep(c byte) bool { return strings.IndexByte(" -.()+/", c) >= 0 }
