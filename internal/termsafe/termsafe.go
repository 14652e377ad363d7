package termsafe

import (
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// Writer is w for text meant for an administrator's terminal: a
// sender's display name, a recipient or a reason's sentence come from
// mail anyone can send, and an escape sequence in one (an RFC 2047 word
// can spell ESC) would drive the terminal, rewrite the lines above it or
// hide text. Control characters other than a line break and a tab, DEL,
// C1 controls and the bidirectional controls are written as [U+XXXX],
// bytes that are no UTF-8 as [\xNN]. JSON output (-json) is written as the
// API sent it, for programs.
func Writer(w io.Writer) io.Writer { return termWriter{w} }

type termWriter struct{ w io.Writer }

// Write shows p's controls (Writer). Each call is made whole by its
// caller (fmt's print, a tabwriter cell), so no character is split
// between two calls.
func (t termWriter) Write(p []byte) (int, error) {
	if visibleAlready(p) {
		return t.w.Write(p)
	}
	if _, err := t.w.Write(visible(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// visibleAlready: p holds nothing Writer changes (the common case).
func visibleAlready(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			if hidden(rune(p[i])) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 || hidden(r) {
			return false
		}
		i += n
	}
	return true
}

// visible is p with its controls and stray bytes spelled out.
func visible(p []byte) []byte {
	out := make([]byte, 0, len(p)+16)
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			out = fmt.Appendf(out, `[\x%02X]`, p[i])
		case hidden(r):
			out = fmt.Appendf(out, "[U+%04X]", r)
		default:
			out = append(out, p[i:i+n]...)
		}
		i += n
	}
	return out
}

// hidden: r acts on a terminal (a C0 or C1 control or DEL, but a line
// break or a tab) or reorders text (Unicode's Bidi_Control) instead of
// showing.
func hidden(r rune) bool {
	return r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r))
}
