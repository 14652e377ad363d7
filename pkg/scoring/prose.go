package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// proseOnly is text with its URLs taken out (each white-space-separated
// token that holds "://" or starts with "www."), for intent cues: the
// words of a URL ("/login/agenda", "login-check.example") are not the
// text asking anything; login_path and the host signals read URLs. Text
// without a URL is returned as it is, without allocating.
func proseOnly(s string) string {
	if !strings.Contains(s, "://") && !containsFold(s, "www.") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for tok := range strings.FieldsSeq(s) {
		if strings.Contains(tok, "://") || hasPrefixFold(strings.TrimLeft(tok, "<(\"'["), "www.") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
	}
	return b.String()
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// unmasked is text with the disguises taken off its words, for intent
// cues: a word that holds Latin letters loses the invisible characters
// inside it (soft hyphen, zero-width space and joiners, word joiner, byte
// order mark) and has its look-alike letters of other scripts read as the
// Latin ones they imitate ("pаsswоrd" with Cyrillic а and о, "pass\u200bword"),
// and a word written wholly in full-width or mathematical letters
// ("ｐａｓｓｗｏｒｄ", "𝐩𝐚𝐬𝐬𝐰𝐨𝐫𝐝") is read as the plain one. The reader sees the
// word; a cue list that reads bytes would not. Words of another script
// alone (Russian, Greek) are left as they are, and plain ASCII text is
// returned as it is, without allocating.
func (t *tables) unmasked(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !maskWordRune(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !maskWordRune(r) {
				break
			}
			j += n
		}
		b.WriteString(t.unmaskWord(s[i:j]))
		i = j
	}
	return b.String()
}

// maskWordRune: r belongs to a word as unmasked reads it (a letter, digit,
// combining mark or an invisible format character).
func maskWordRune(r rune) bool {
	return r < utf8.RuneSelf && isWordByte(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r))
}

// unmaskWord folds one word (see unmasked), or returns it as it is.
func (t *tables) unmaskWord(w string) string {
	if isASCII(w) {
		return w
	}
	var b strings.Builder
	ascii, compat, letters := false, 0, 0
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			ascii = ascii || unicode.IsLetter(r)
			b.WriteRune(r)
			continue
		case unicode.Is(unicode.Cf, r):
			continue
		}
		letters++
		if k := norm.NFKC.String(string(r)); len(k) == 1 && k[0] < utf8.RuneSelf {
			compat++ // full-width or mathematical Latin
			b.WriteString(k)
			continue
		}
		if m, ok := t.confusable[unicode.ToLower(r)]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	if ascii || letters > 0 && compat == letters {
		return b.String()
	}
	return w
}
