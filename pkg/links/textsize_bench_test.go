package links

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkExtractNearURLs times Extract on text/plain bodies of 1, 2
// and 4 MB made of one near-URL repeated: schemes without "//", "://"
// without a scheme, hosts that end in brackets or dots, "www" without its
// dot, shares without a name, long URLs that go on with separators, and
// real URLs back to back. ns/op must double with the size. Run
//
//	go test -run '^$' -bench '^BenchmarkExtractNearURLs$' -benchtime 3x ./pkg/links
func BenchmarkExtractNearURLs(b *testing.B) {
	for _, unit := range []string{
		"http:/", "http//a", "hxxp://a ", "://", "http://", "https://[", "http://a", "www", "www.", "WwW.a.",
		"www.a.b)", "a.b.c.d.e.", "\\\\", "\\\\a\\", "http://a.example/?a=b&", "http://a.example/ ",
		"<http://a.example/", "(http://a.example/)", "http://a.example/%", "ftp.", "mailto:a@b.", "h t t p : / / ",
		"https://a.example/" + strings.Repeat(".", 64), "www.a.example" + strings.Repeat(",", 64),
	} {
		for _, mb := range []int{1, 2, 4} {
			body := strings.Repeat(unit, mb<<20/len(unit)+1)[:mb<<20]
			msg := msgOf("text/plain", "", body)
			b.Run(fmt.Sprintf("%q/%dMB", unit, mb), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					Extract(msg, Options{})
				}
			})
		}
	}
}
