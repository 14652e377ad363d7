package links

import (
	"runtime"
	"strings"
	"testing"
)

// TestRTFMemory: a document whose every character is set apart (a line
// break, an escape or an empty group between characters) makes no
// table per character: reading it allocates a few times its size at most.
func TestRTFMemory(t *testing.T) {
	for _, body := range []string{strings.Repeat("a\r", 1<<20), strings.Repeat(`\'41`, 1<<19), strings.Repeat("a{}", 1<<19)} {
		doc := []byte(`{\rtf1 ` + body + ` https://a.example/x}`)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		ls := rtfLinks(doc, 10, nil)
		runtime.ReadMemStats(&m1)
		if got := m1.TotalAlloc - m0.TotalAlloc; got > 4*uint64(len(doc)) {
			t.Errorf("%q...: %d bytes allocated for %d bytes", body[:4], got, len(doc))
		}
		if len(ls) != 1 || ls[0].uri != "https://a.example/x" || ls[0].off != len(doc)-len("https://a.example/x}") {
			t.Errorf("%q...: links %+v, want https://a.example/x at %d", body[:4], ls, len(doc)-len("https://a.example/x}"))
		}
	}
}

// TestRTFTextOffsets: a URL in the text is at the offset of its first
// character in the document, past escapes and groups before it.
func TestRTFTextOffsets(t *testing.T) {
	doc := `{\rtf1{\fonttbl{\f0 Arial;}}\'41{\b x}\u8364? see https://a.example/p and {www.b.example}}`
	ls := rtfLinks([]byte(doc), 10, nil)
	want := map[string]int{"https://a.example/p": strings.Index(doc, "https:"), "www.b.example": strings.Index(doc, "www.b")}
	if len(ls) != 2 {
		t.Fatalf("links %+v", ls)
	}
	for _, l := range ls {
		if want[l.uri] != l.off {
			t.Errorf("%s at %d, want %d", l.uri, l.off, want[l.uri])
		}
	}
}
