package links

import (
	"strings"
	"testing"
)

// Every flag has its own name in String, so a golden file or an explain
// line never drops one: the last flag defined must be named, and no bit
// past it may be.
func TestFlagNames(t *testing.T) {
	last := FlagPassword
	if got := last.String(); got == "0" || strings.Contains(got, "|") {
		t.Fatalf("the last flag prints %q, want its own name", got)
	}
	if (last << 1).String() != "0" {
		t.Errorf("a bit past the last flag has a name: %q (add its const)", (last << 1).String())
	}
	seen := map[string]bool{}
	for f := FlagUserinfo; f <= last; f <<= 1 {
		n := f.String()
		if n == "0" || seen[n] {
			t.Errorf("flag %#x prints %q: missing or repeated name", uint32(f), n)
		}
		seen[n] = true
	}
	if got := (FlagQuoted | FlagHTMLFile).String(); got != "quoted|html-file" {
		t.Errorf("two flags print %q, want quoted|html-file", got)
	}
}
