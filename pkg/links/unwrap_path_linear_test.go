package links

import (
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// TestPathRedirectLinear: pathRedirect looks at every "http" of a path,
// and what stands before one in its segment ('/', a run of '*' and '-',
// a "name=") must be read from that "http" back, not from the
// segment's start: a path of one segment of "http" repeated (16 KB, as
// long as a URL is read) took 18 ms per URL, quadratic.
func TestPathRedirectLinear(t *testing.T) {
	for _, unit := range []string{"http", "*http", "a=http", "-http"} {
		small := "https://a.example/" + strings.Repeat(unit, 4000/len(unit))
		big := "https://a.example/" + strings.Repeat(unit, 16000/len(unit))
		unwrap := func(u string) func() {
			return func() {
				for range 20 {
					Unwrap(u)
				}
			}
		}
		lineartest.Check(t, fmt.Sprintf("Unwrap(a path of %q x n)", unit), unwrap(small), unwrap(big))
	}
}

// TestPathTargetStart: what may stand before a path redirect's "http"
// in its segment.
func TestPathTargetStart(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want bool
	}{
		{"/http", true}, {"/*http", true}, {"/**http", true}, {"/*-http", true}, {"/-*http", true},
		{"/-http", false}, {"/--http", false}, {"/ru=http", true}, {"/_ylt=http", true}, {"/r_1=http", true},
		{"/=http", false}, {"/a.b=http", false}, {"/x*http", false}, {"http", false}, {"x/a-http", false},
		{"/a/b*http", false}, {"/a/*http", true}, {"/a=b=http", false}, {"/**a=http", false},
	} {
		if got := pathTargetStart(tc.p, len(tc.p)-len("http")); got != tc.want {
			t.Errorf("pathTargetStart(%q) = %v, want %v", tc.p, got, tc.want)
		}
	}
}
