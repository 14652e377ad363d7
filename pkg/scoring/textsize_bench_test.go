package scoring

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkTextScanners times the scanners of message text (the intent
// cues, a link's Context, the callback number, phoneText, the callback
// story's readers) on hostile text of 1, 2, 4 and 8 times a unit size:
// where ns/op doubles with the size, the scanner is linear. Run
//
//	go test -run '^$' -bench '^BenchmarkTextScanners$' -benchtime 3x ./pkg/scoring
//
// The scanners of unbounded text (the intent cues and a Context, read
// over whatever a link's words hold; the number readers) are timed from
// 1 MB. The callback story's readers read at most a subject cut to
// maxSubjectRead and a lead, a PDF's first words or a note of about
// maxNoteText, so they are timed from 4 KB; when they looked through the
// sentence of every word they found, one sentence of their words (the
// "story" text) cost the square of its length (4 KB 4 ms, 32 KB 240 ms
// for libertyThreat), which storyText's lookups made linear.
const (
	textUnitBytes  = 1 << 20
	storyUnitBytes = 4 << 10
)

// hostileTexts are units repeated to a size: cue words, cues read ahead
// of (cueReports) before long separator runs, phone-like digit runs,
// separators, one long word, deep punctuation, digits written as
// letters, vanity numbers, spelled digits, invisible characters and
// emoji between digits, and the callback story's words in one sentence.
var hostileTexts = []struct{ name, unit string }{
	{"cues", "verify your account, sign in to reset your password; wire transfer a gift card. "},
	{"reportcue", "a survey of ,;:-,;:-,;:-,;:-,;:-,;:-,;:-,;:- "},
	{"digits", "8885550199"},
	{"phones", "call +1 (888) 555-0199 "},
	{"spaced", "1 - 2 - 3 ( "},
	{"seps", " -.()+/"},
	{"oneword", "a"},
	{"punct", "(((([[[[{{{{<<<<"},
	{"lettered", "1 OOlIZSB8 "},
	{"vanity", "1-800-FLOWERS-"},
	{"spelled", "one eight zero eight oh "},
	{"unicode", "1\u200b8\u00e9\u0661\U0001F4DE\u2013"},
	{"story", "your vehicle may be suspended unless the refund is paid, a warrant for your arrest may be issued, renewed and charged $5.00 "},
}

func hostileText(unit string, size int) string {
	return strings.Repeat(unit, size/len(unit)+1)[:size]
}

// textScanners are the readers timed, each given the text as Score
// gives it (lower case where it reads lower case).
var textScanners = []struct {
	name string
	unit int // the smallest size timed
	fn   func(text, lower string)
}{
	{"intent", textUnitBytes, func(text, _ string) { var s intentScan; s.scan(data().cues, text) }},
	{"ctx", textUnitBytes, func(text, _ string) { var c ctxScan; x := data().cues; c.scan(&x, text) }},
	{"called", textUnitBytes, func(text, _ string) { calledNumber(text, false); calledNumber(text, true) }},
	{"phonetext", textUnitBytes, func(text, _ string) { phoneText(text) }},
	{"subjectnumber", textUnitBytes, func(text, _ string) { subjectNumber(text, len(text)/2) }},
	{"story", storyUnitBytes, func(_, lower string) {
		enforcementThreat(lower, true)
		libertyThreat(lower, true)
		vehicleSuspension(lower, true)
		standingSuspension(lower)
	}},
	{"charge", storyUnitBytes, func(_, lower string) {
		refundAsked(lower)
		owedNamed(lower)
		renewalMade(lower)
		readerCharged(lower)
		renewalCharge(lower)
		callWithoutNumber(lower)
	}},
}

func BenchmarkTextScanners(b *testing.B) {
	for _, sc := range textScanners {
		for _, h := range hostileTexts {
			for _, k := range []int{1, 2, 4, 8} {
				b.Run(fmt.Sprintf("%s/%s/%dx", sc.name, h.name, k), func(b *testing.B) {
					text := hostileText(h.unit, k*sc.unit)
					lower := strings.ToLower(text)
					b.SetBytes(int64(len(text)))
					for b.Loop() {
						sc.fn(text, lower)
					}
				})
			}
		}
	}
}
