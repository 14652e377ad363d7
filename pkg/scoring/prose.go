package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/firstsight/firstsight/pkg/links"
)

// proseOnly is text with its URLs taken out (each white-space-separated
// token that holds "://" or starts with "www."), for intent cues: the
// words of a URL ("/login/agenda", "login-check.example") are not the
// text asking anything; login_path and the host signals read URLs. The
// notes milterd writes after a locked text link ("[locked: host[.]example]",
// "[locked]", pkg/links) go too: in a reply quoting a locked link, "locked"
// is our word, not the sender's. Text without either is returned as it
// is, without allocating.
func proseOnly(s string) string {
	if !strings.Contains(s, "://") && !hasWWW(s) && !strings.Contains(s, lockNote) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	noteHost := false // the token before was "[locked:"
	for tok := range strings.FieldsSeq(s) {
		wasNote := noteHost
		noteHost = tok == lockNote+":"
		if noteHost || tok == lockNote+"]" || wasNote && noteHostToken(tok) {
			continue
		}
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

// lockNote opens the note pkg/links writes after a locked text link.
const lockNote = "[locked"

// noteHostToken reports whether tok is the host of a lock note: defanged
// ("evil[.]example"), then "]" and perhaps the sentence's punctuation. A
// word of the sender's own after "[locked:" ("password]") is not one.
func noteHostToken(tok string) bool {
	return strings.Contains(tok, "[.]") && strings.HasSuffix(strings.TrimRight(tok, ".,;:!?)>'\""), "]")
}

// hasWWW: s holds "www." in any case. Only w and W fold to w, so it is
// four ASCII bytes, read without strings.EqualFold at every byte.
func hasWWW(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 'w' && s[i+1]|0x20 == 'w' && s[i+2]|0x20 == 'w' && s[i+3] == '.' {
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
// alone (Russian, Greek) are left as they are, and text with nothing to
// unmask is returned as it is, without allocating.
func (t *tables) unmasked(s string) string {
	if isASCII(s) {
		return s
	}
	var b []byte // nil until a word changes
	done := 0    // s[:done] is in b
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !maskWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !maskWordRune(r) {
				break
			}
			j += n
		}
		if w, ok := t.unmaskWord(s[i:j]); ok {
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			b = append(append(b, s[done:i]...), w...)
			done = j
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(append(b, s[done:]...))
}

// maskWordRune: r belongs to a word as unmasked reads it (a letter, digit,
// combining mark or an invisible format character).
func maskWordRune(r rune) bool {
	return r < utf8.RuneSelf && isWordByte(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r))
}

// unmaskWord folds one word (see unmasked); ok is false when the word
// stays as it is: plain ASCII, Latin with nothing disguised, or of another
// script without Latin letters and not wholly full-width or mathematical.
func (t *tables) unmaskWord(w string) (string, bool) {
	if isASCII(w) {
		return "", false
	}
	ascii, compat, letters, masks := false, 0, 0, 0
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			ascii = ascii || unicode.IsLetter(r)
		case unicode.Is(unicode.Cf, r):
			masks++
		default:
			letters++
			if _, ok := compatLatin(r); ok {
				compat++
			}
		}
	}
	if !ascii && (letters == 0 || compat != letters) || ascii && masks+compat == 0 && !t.hasConfusable(w) {
		return "", false // another script's word, or nothing to unmask ("bestätigen")
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch k, ok := compatLatin(r); {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case unicode.Is(unicode.Cf, r):
		case ok:
			b = append(b, k)
		default:
			if m, ok := t.textConfusable(r); ok {
				b = append(b, m...)
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return string(b), true
}

// hasConfusable: w holds a letter of another script that imitates a Latin one.
func (t *tables) hasConfusable(w string) bool {
	for _, r := range w {
		if _, ok := t.textConfusable(r); ok && r >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// textConfusable returns the Latin letter r imitates in a word of text
// or a name, which keeps its case: r itself as confusables.txt lists it
// (a capital such as Н, which looks like H, while its small н does not
// look like h), else its small letter's.
func (t *tables) textConfusable(r rune) (string, bool) {
	if m, ok := t.confusable[r]; ok {
		return m, true
	}
	m, ok := t.confusable[unicode.ToLower(r)]
	return m, ok
}

// compatLatin is the ASCII letter or digit a full-width, mathematical,
// letterlike or enclosed form stands for (NFKC), looked up only in those
// blocks, so ordinary letters of other scripts cost no normalisation.
func compatLatin(r rune) (byte, bool) {
	switch {
	case r >= 0xFF00 && r <= 0xFFEF, r >= 0x1D400 && r <= 0x1D7FF, r >= 0x2100 && r <= 0x214F, r >= 0x2460 && r <= 0x24FF, r >= 0x1F100 && r <= 0x1F1FF:
	default:
		return 0, false
	}
	var buf [utf8.UTFMax]byte
	k := norm.NFKC.Bytes(buf[:utf8.EncodeRune(buf[:], r)])
	if len(k) == 1 && k[0] < utf8.RuneSelf && isWordByte(k[0]) {
		return k[0], true
	}
	return 0, false
}

// linkNamesOut is text without the tokens that name one of the message's
// links, for intent cues: three or more lowercase words joined by
// hyphens, underscores or slashes ("feat-invoice-templates",
// "fix/invoice-rounding"), brackets and the sentence's punctuation aside,
// that the URL of one of the links holds too (the branch a deploy notice
// names, whose preview is tallyloop-web-git-feat-invoice-templates-
// tallyloop.vercel.app). Such a token is the name of the link's place,
// as its URL is (proseOnly), not words asking anything; the words around
// it, a lure's own sentence, still count. Text without such a token is
// returned as it is, without allocating; so is all text when names is
// nil or holds no links, as it does for mail from a sender not
// established here (estDays under 1), whose sender evidence doubts who
// it is, or in our own domains that did not authenticate (a forged
// colleague's address has its owner's history): a phisher's own link can hold the lure's words joined as its
// text writes them ("verify-your-account", in the text and the path). Only the first linkNameTokens tokens of that shape are looked up
// (past them a token stays, as its cues do), so a text costs at most that
// many searches of names' bounded text.
func linkNamesOut(s string, names *linkNames) string {
	if names == nil || len(names.ls) == 0 || !strings.ContainsAny(s, "-_/") {
		return s
	}
	found, budget := false, linkNameTokens
	for tok := range strings.FieldsSeq(s) {
		if found = names.named(tok, &budget); found {
			break
		}
	}
	if !found {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	budget = linkNameTokens
	for tok := range strings.FieldsSeq(s) {
		if names.named(tok, &budget) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
	}
	return b.String()
}

// linkNameTokens, linkNameLinks and linkNameBytes bound linkNamesOut's
// work, which a message's text and links would otherwise multiply (each
// link's context searched in every URL): the tokens looked up per text,
// and the links (the first ones: a deploy notice's preview comes first)
// and bytes of each URL (its host and path) searched. A bound only keeps
// words in the text, never takes one out.
const (
	linkNameTokens = 4
	linkNameLinks  = 16
	linkNameBytes  = 512
)

// linkNames is what linkNamesOut searches: the URLs of ls, lowercased,
// within linkNameLinks and linkNameBytes, joined once on first use.
type linkNames struct {
	ls   []links.Link
	text string
	done bool
}

// named: tok has a link name's shape (linkName) and, while budget lasts
// (each such token spends one), the links' text holds it.
func (n *linkNames) named(tok string, budget *int) bool {
	tok, ok := linkName(tok)
	if !ok || *budget <= 0 {
		return false
	}
	*budget--
	if !n.done {
		var b strings.Builder
		for i := range n.ls[:min(len(n.ls), linkNameLinks)] {
			u := n.ls[i].URL
			u = u[:min(len(u), linkNameBytes)]
			for j := 0; j < len(u); j++ {
				c := u[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
			b.WriteByte(' ')
		}
		n.text, n.done = b.String(), true
	}
	return strings.Contains(n.text, tok)
}

// linkName returns tok, its brackets and punctuation aside, when it is
// three or more words of lowercase ASCII letters and digits joined by
// single hyphens, underscores or slashes, with a letter in it.
func linkName(tok string) (string, bool) {
	tok = strings.TrimRight(strings.TrimLeft(tok, "([<\"'"), ".,;:!?)]>\"'")
	parts, letter := 1, false
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9':
		case c == '-' || c == '_' || c == '/':
			if i == 0 || i == len(tok)-1 || !isLowerAlnum(tok[i-1]) {
				return "", false
			}
			parts++
		default:
			return "", false
		}
	}
	return tok, parts >= 3 && letter
}

func isLowerAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
