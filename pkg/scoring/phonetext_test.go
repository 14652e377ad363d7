package scoring

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// TestPhoneText: digits spelled in words, spaced out by invisible
// characters, emoji and non-ASCII punctuation read as the reader sees
// them; words that are no part of a number, and line breaks, kept.
func TestPhoneText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"call one eight zero eight five five five zero one four two", "call 1 8 0 8 5 5 5 0 1 4 2"},
		{"One-Eight-Zero-Zero", "1-8-0-0"},
		{"call 1 eight 0 eight 555 0142", "call 1 8 0 8 555 0142"},
		{"call 1-eight hundred-555-0142", "call 1-800-555-0142"},
		{"eight oh oh 555", "8 0 0 555"},
		{"1\u200b8\u200b0\u200b8", "1808"},
		{"1\u00ad8\u2060 0\ufeff8", "18 08"},
		{"1📞808📞555", "1 808 555"},
		{"1 📞 808", "1   808"},
		{"1\u2013808\u2013555", "1 808 555"},
		{"1\ufe0f\u20e38\ufe0f\u20e3", "18"},
		{"1 • 808 • 555", "1   808   555"},
		{"👨\u200d💻 call", "  call"},
		// words that stand in no number
		{"call one of our team", "call one of our team"},
		{"at nine, or later", "at nine, or later"},
		{"one", "one"},
		{"phone someone", "phone someone"},
		{"eight hundred", "eight hundred"},
		{"a hundred 5", "a hundred 5"},
		{"onerous nine", "onerous nine"},
		{"Oh, and 5 more", "Oh, and 5 more"},
		{"line one\n2 more", "line one\n2 more"},
		{"1-8OO-555", "1-8OO-555"},
		{"caf\u00e9 one 5", "caf\u00e9 1 5"},
		{"\u0661\u0668\u0660\u0668", "1808"},                 // Arabic-Indic digits, which NFKC keeps
		{"\u06f1\u06f8\u06f0\u06f8 \u0967\u096e", "1808 18"}, // Persian and Devanagari
		{"\u0644\u0627 one", "\u0644\u0627 one"},             // Arabic letters stay letters
		{"\u00e9one 5", "\u00e9one 5"},
		{"", ""},
	} {
		if got := phoneText(tc.in); got != tc.want {
			t.Errorf("phoneText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCalledNumberDisguised: the numbers of TestPhoneText's disguises are
// found after phoneText; dates, postal codes, order and tracking numbers
// are still none.
func TestCalledNumberDisguised(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"call one eight zero zero five five five zero one nine nine to cancel", "1 8 0 0 5 5 5 0 1 9 9"},
		{"Call 1 eight 0 eight five five five 0142 now", "1 8 0 8 5 5 5 0142"},
		{"call one-eight hundred-five five five-zero one four two", "1-800-5 5 5-0 1 4 2"},
		{"call 1-8O5-555-O142 today", "1-8O5-555-O142"},
		{"call 8OO-555-0199", "8OO-555-0199"},
		{"call +1\u200b808\u200b555\u200b0142", "+18085550142"},
		{"call 1📞808📞555📞0142", "1 808 555 0142"},
		{"call 1 ☎️ 808 ☎️ 555 ☎️ 0142", "1   808   555   0142"},
		{"call \uff11\uff18\uff10\uff18\uff15\uff15\uff15\uff10\uff11\uff14\uff12", "18085550142"}, // every decimal digit (NFKC is the caller's too: callbackIn)
		{"call 1\u2013808\u2013555\u20130142", "1 808 555 0142"},
		{"call 1.8.0.8.5.5.5.0.1.4.2", "1.8.0.8.5.5.5.0.1.4.2"},
		{"call \u0661-\u0668\u0660\u0668-\u0665\u0665\u0665-\u0660\u0661\u0664\u0662", "1-808-555-0142"},
		// no phone numbers
		{"call us about order 4471 • 2231", ""},
		{"call about delivery on 26/11/2026", ""},
		{"call the depot, Springfield IL 62704", ""},
		{"call about tracking 1Z 999 AA1 0123 4567 84", ""},
		{"call one of our team on Monday", ""},
		{"call me at nine, or at five", ""},
	} {
		got, _ := calledNumber(phoneText(tc.text), false)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSubjectNumber: a number in the subject alone, the body asking to
// call without one of its own.
func TestSubjectNumber(t *testing.T) {
	for _, tc := range []struct{ subj, body, want string }{
		{"Norton renewal +1 (808) 555-0142", "If you did not authorize this charge, call the billing desk at the number above.", "+1 (808) 555-0142"},
		{"Invoice INV-4471 | 1-808-555-0142", "Call our helpline immediately to cancel.", "1-808-555-0142"},
		{"Your bill for (206) 555-0188 is ready", "AutoPay will be charged on Dec 3. Questions? Call 611 from your phone.", ""},
		{"Your bill for (206) 555-0188 is ready", "AutoPay will be charged on Dec 3.", ""},
		{"Renewal receipt", "Call the number above.", ""},
		{"Invoice 4471", "Call us today.", ""},
		{"Norton renewal +1 (808) 555-0142", "", ""},
		// document numbers and dates
		{"Invoice 2026-1126-4471", "Questions about the charge? Call us.", ""},
		{"Order No. 4471223190 confirmed", "Call us if anything is wrong.", ""},
		{"Ref: 2026 1126 4471", "Call us.", ""},
		{"Renewal review 2026-11-26 10:00", "Call me before then.", ""},
		{"Invoice #INV-4471 | 1-808-555-0142", "Call our helpline to cancel.", "1-808-555-0142"},
	} {
		text := phoneText(tc.subj + "\n" + tc.body)
		got, _ := subjectNumber(text, len(tc.subj))
		if got != tc.want {
			t.Errorf("%q / %q: %q, want %q", tc.subj, tc.body, got, tc.want)
		}
	}
}

// TestPhoneTextLinear: phoneText and the number reading after it stay
// linear on words, emoji and separators built to make them look back or
// ahead.
func TestPhoneTextLinear(t *testing.T) {
	for _, unit := range []string{"one ", "1 hundred ", "eight - - - ", "📞\u200b", "oneoneone ", "1 ", "o"} {
		run := func(n int) func() {
			s := "call " + strings.Repeat(unit, n)
			return func() { calledNumber(phoneText(s), false); subjectNumber(phoneText(s+"\n"+s), len(s)) }
		}
		lineartest.Check(t, "phoneText of "+strings.TrimSpace(unit), run(20_000), run(80_000))
	}
}

func FuzzPhoneText(f *testing.F) {
	f.Add("call one eight zero eight five five five zero one four two")
	f.Add("1 eight hundred 📞 555\u200b0142")
	f.Add("1\ufe0f\u20e3 oh oh")
	f.Add("call \u0661-\u0668\u0660\u0668 \U0001d7d6")
	f.Fuzz(func(t *testing.T, s string) {
		got := phoneText(s)
		if len(got) > len(s) {
			t.Fatalf("phoneText(%q) = %q, longer", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("phoneText(%q) = %q, not UTF-8", s, got)
		}
		if strings.Count(got, "\n") != strings.Count(s, "\n") {
			t.Fatalf("phoneText(%q) = %q: line breaks changed", s, got)
		}
		if again := phoneText(got); again != got {
			t.Fatalf("phoneText(%q) = %q, then %q", s, got, again)
		}
	})
}
