package termsafe

import (
	"strings"
	"testing"
)

func TestVisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text\n\tand a tab", "plain text\n\tand a tab"},
		{"\x1b[31mred", "[U+001B][31mred"},
		{"caf\u00e9 \u202eexe.pdf", "caf\u00e9 [U+202E]exe.pdf"},
		{"c1 \u009b here", "c1 [U+009B] here"},
		{"bad \xff byte", `bad [\xFF] byte`},
		{"cr\rover", "cr[U+000D]over"},
	} {
		var b strings.Builder
		if _, err := Writer(&b).Write([]byte(tc.in)); err != nil || b.String() != tc.want {
			t.Errorf("Writer(%q) = %q, %v; want %q", tc.in, b.String(), err, tc.want)
		}
	}
}
