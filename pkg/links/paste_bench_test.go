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

// BenchmarkPasteCommandRussian: Russian text, whose Cyrillic letters
// include look-alikes of Latin ones (с, С, і), names no key.
func BenchmarkPasteCommandRussian(b *testing.B) {
	benchPasteWords(b, []string{"Строка", "с", "уважением", "СТРАНА", "коллеги", "отчёт", "в", "приложении", "сегодня", "и", "Спасибо,", "текст"})
}

// BenchmarkPasteCommandChinese: Chinese text with fullwidth punctuation
// (starting with the byte 0xEF) names no key.
func BenchmarkPasteCommandChinese(b *testing.B) {
	benchPasteWords(b, []string{"你好，", "世界！", "（测试）", "报告", "附件：", "谢谢。", "会议", "今天"})
}

func benchPasteWords(b *testing.B, words []string) {
	r := rand.New(rand.NewSource(2))
	doc := []byte("<html><body><p>")
	for len(doc) < 100<<10 {
		doc = append(doc, words[r.Intn(len(words))]...)
		doc = append(doc, ' ')
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		pasteCommand(doc)
	}
}

// BenchmarkPasteCommandIdeographs: Chinese text of ideographs of every
// kind (the third bytes of their UTF-8 spread over all values, unlike
// BenchmarkPasteCommandChinese's eight words) with fullwidth punctuation
// every 5 to 24 characters names no key.
func BenchmarkPasteCommandIdeographs(b *testing.B) {
	r := rand.New(rand.NewSource(3))
	punct := []rune("，。！？：；（）、")
	doc := []byte("<html><body><p>")
	for len(doc) < 100<<10 {
		for range 5 + r.Intn(20) {
			doc = append(doc, string(rune(0x4e00+r.Intn(0x9fff-0x4e00)))...)
		}
		doc = append(doc, string(punct[r.Intn(len(punct))])...)
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		pasteCommand(doc)
	}
}
