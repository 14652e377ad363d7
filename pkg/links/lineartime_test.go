package links

import (
	"strings"
	"testing"
	"time"
)

// TestExtractLinearTime feeds inputs that would be quadratic in a naive
// scanner; each must finish quickly.
func TestExtractLinearTime(t *testing.T) {
	for _, body := range []string{
		"http://a.example/" + strings.Repeat(")", 1<<20),
		strings.Repeat("www.a/", 1<<18),
		strings.Repeat("<http://a.example/", 1<<16),
		strings.Repeat("a://", 1<<18),
		strings.Repeat("<a href=x>", 1<<16),
		strings.Repeat("<a href=\"https://a.example/\">", 1<<15),
		"<a " + strings.Repeat("x ", 1<<19) + "href=https://a.example/>",
	} {
		for _, ct := range []string{"text/plain", "text/html"} {
			t0 := time.Now()
			Extract(msgOf(ct, "", body), Options{})
			if d := time.Since(t0); d > 10*time.Second {
				t.Errorf("Extract(%s %q...) took %v", ct, body[:20], d)
			}
		}
	}
}

func TestExtractManyAttributes(t *testing.T) {
	msg := msgOf("text/html", "", "<a "+strings.Repeat("x ", 1000)+"href=https://a.example/>x</a>")
	ls, _ := Extract(msg, Options{})
	wantURLs("https://a.example/")(t, ls)
}
