package links

import (
	"math/rand"
	"testing"
)

func BenchmarkPasteCommandNewsletter(b *testing.B) {
	doc := []byte(newsletterHTML(rand.New(rand.NewSource(2)), 100<<10))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		pasteCommand(doc)
	}
}

// BenchmarkPasteCommandKeysNamed: a newsletter that names a key without
// "+" ("Windows") is searched for launchers too.
func BenchmarkPasteCommandKeysNamed(b *testing.B) {
	doc := []byte("<p>Windows 11 tips inside.</p>" + newsletterHTML(rand.New(rand.NewSource(2)), 100<<10))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		pasteCommand(doc)
	}
}
