package scoring

import (
	"math/rand"
	"strings"
	"testing"
)

// storyVocab is what the differential tests build text from: the
// callback story readers' trigger words, the words around them they read
// (modals, clause words, negations, conditions, duties, aims, call and
// refund verbs, month contexts) and the bytes that end or split their
// sentences and words.
func storyVocab() []string {
	v := []string{"warrant", "legal action", "legal proceedings", "refund", "refunds", "policy", "for", "and",
		"suspended", "suspension", "revoked", "revocation", "suspend", "revoke", "yours", "arrests", "arrested",
		"not", "never", "won't", "isn't", "after", "since", "hours of", "14", "2026", "in", "of", "the", "a",
		"5.00", "$85.00", "1", "555.0166", ".", ". ", ", ", ",", "; ", ";", "\n", "!", "?", " ", "  ", "-", "'", "\u2019", "x"}
	for _, l := range [][]string{enforcementWords, warrantAims, suitAims, readerWords, vehicleWords, standingWords,
		hedgeWords, clauseWords, undoWords, reminderIfs, courtDuties, standingDuties, stateMoney, contactWords,
		supposeWords, refundVerbs, promiseWords, callWords} {
		v = append(v, l...)
	}
	return v
}

// storyFrom builds text from the vocabulary, a byte a word: its low bits
// choose the word, its high bit joins it to the last without a space.
func storyFrom(vocab []string, picks []byte) string {
	var b strings.Builder
	for i, p := range picks {
		if i > 0 && p&0x80 == 0 {
			b.WriteByte(' ')
		}
		b.WriteString(vocab[int(p&0x7f)%len(vocab)])
	}
	return b.String()
}

// checkStoryReaders compares the callback story's readers and their
// helpers with the reference (callback_ref_test.go) on lower-case text.
func checkStoryReaders(t *testing.T, text string) {
	t.Helper()
	for _, h := range []bool{false, true} {
		if got, want := enforcementThreat(text, h), enforcementThreatRef(text, h); got != want {
			t.Fatalf("enforcementThreat(%q, %v) = %v, reference %v", text, h, got, want)
		}
		if got, want := libertyThreat(text, h), libertyThreatRef(text, h); got != want {
			t.Fatalf("libertyThreat(%q, %v) = %v, reference %v", text, h, got, want)
		}
		if got, want := vehicleSuspension(text, h), vehicleSuspensionRef(text, h); got != want {
			t.Fatalf("vehicleSuspension(%q, %v) = %v, reference %v", text, h, got, want)
		}
	}
	if got, want := standingSuspension(text), standingSuspensionRef(text); got != want {
		t.Fatalf("standingSuspension(%q) = %v, reference %v", text, got, want)
	}
	if got, want := refundAsked(text), refundAskedRef(text); got != want {
		t.Fatalf("refundAsked(%q) = %v, reference %v", text, got, want)
	}
	st := storyText{text: text}
	for i := 0; i < len(text); i++ {
		if st.start(i) != sentenceStartRef(text, i) || st.end(i) != sentenceEndRef(text, i) {
			t.Fatalf("sentence of %d in %q: [%d:%d], reference [%d:%d]", i, text, st.start(i), st.end(i), sentenceStartRef(text, i), sentenceEndRef(text, i))
		}
	}
	for a := 0; a < len(text); a++ {
		if !isWordByte(text[a]) || a > 0 && isWordByte(text[a-1]) {
			continue // the readers read around words found at a word's start
		}
		checkAround(t, &st, a)
	}
}

// checkAround compares hedged, denied, reminded and refundVerb with the
// reference around the word starting at text[a], ending at its own end,
// inside it and at the next word's end, where no sentence stop stands
// between.
func checkAround(t *testing.T, st *storyText, a int) {
	t.Helper()
	text := st.text
	end := a
	for end < len(text) && isWordByte(text[end]) {
		end++
	}
	next := end
	for next < len(text) && !isWordByte(text[next]) && !sentenceStop(text, next) {
		next++
	}
	for next < len(text) && isWordByte(text[next]) {
		next++
	}
	if got, want := denied(st, a), deniedRef(text, a); got != want {
		t.Fatalf("denied(%q, %d) = %v, reference %v", text, a, got, want)
	}
	if got, want := refundVerb(st, a, end), refundVerbRef(text, a, end); got != want {
		t.Fatalf("refundVerb(%q, %d, %d) = %v, reference %v", text, a, end, got, want)
	}
	for _, b := range []int{end, min(a+1, end), next} {
		if got, want := hedged(st, a, b), hedgedRef(text, a, b); got != want {
			t.Fatalf("hedged(%q, %d, %d) = %v, reference %v", text, a, b, got, want)
		}
		for _, d := range [][]string{courtDuties, standingDuties} {
			if got, want := reminded(st, a, b, d), remindedRef(text, a, b, d); got != want {
				t.Fatalf("reminded(%q, %d, %d, %v) = %v, reference %v", text, a, b, d, got, want)
			}
		}
	}
}

// TestStoryReadersRef: on texts of random picks of the story's words the
// linear readers decide as the reference did; and on the tests' own
// sentences.
func TestStoryReadersRef(t *testing.T) {
	vocab := storyVocab()
	r := rand.New(rand.NewSource(1))
	n := 4000
	if testing.Short() {
		n = 1000
	}
	for range n {
		picks := make([]byte, 1+r.Intn(40))
		r.Read(picks)
		checkStoryReaders(t, storyFrom(vocab, picks))
	}
	for _, s := range storySeeds {
		checkStoryReaders(t, strings.ToLower(s))
	}
}

// storySeeds are sentences the readers decide on either way.
var storySeeds = []string{
	"Failure to pay may result in the suspension of your vehicle registration.",
	"Your DEA registration has been suspended pending investigation. To avoid arrest, call Special Agent within 24 hours",
	"Your registration will be suspended unless the season fees are paid within 7 days",
	"if you miss it, a warrant will be issued for your arrest",
	"If there is a warrant for your arrest, do not ignore it",
	"on 14 May we will levy your account; you can stop the levy on your bank account only by calling 1 888 555 0199 today",
	"your permit isn't revoked. your permit is not suspended. won't be revoked",
	"For a refund, call 1-888-555-0199. You can request a refund within 14 days. Cancel and get a full refund. You will get a full refund",
	"call our accounts desk on 0044 20 7946 0958 about the refund; see our refund policy",
	"seizure of your assets may follow; legal action may be taken against you; a warrant has been issued in your name",
	"within 24 hours of your arrest, after your arrest",
	"if the $85.00 fee is not paid your permit is suspended if there is a warrant for your arrest",
}

// FuzzStoryReaders compares the callback story's readers with the
// reference on the input as text and as picks of the story's words.
func FuzzStoryReaders(f *testing.F) {
	for _, s := range storySeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte{3, 0x85, 200, 17, 9, 44, 120, 1, 0x90, 60})
	vocab := storyVocab()
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 64 {
			return // the references and checkAround cost the square of a sentence
		}
		checkStoryReaders(t, strings.ToLower(string(in)))
		checkStoryReaders(t, storyFrom(vocab, in))
	})
}
