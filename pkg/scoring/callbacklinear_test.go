package scoring

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/firstsight/firstsight/internal/lineartest"
	"github.com/firstsight/firstsight/pkg/links"
)

// TestCallbackLongSubjectLinear: a subject has no length bound of its
// own (an MTA lets 100 KB of header through), and the callback story's
// readers of a refund, a hedged threat and a vehicle threat look back
// and forth around every word they find: one long sentence of those
// words in the subject must not make Score quadratic (it took 2 s on a
// 117 KB subject; call_refused's reading of a phrase in its sentence,
// 53 ms on a 64 KB one: the last unit, each phrase in it not counting).
func TestCallbackLongSubjectLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for _, unit := range []string{"bailiffs can seize your goods ", "your vehicle may suspend ", "the refund ", "you may be arrested ", "your licence suspended ", "cancel and get a refund ", "unless the fee is paid your permit is suspended if there is a warrant for your arrest ",
		"never new bank \"dont call call me "} {
		score := func(n int) func() {
			in := noLink(newInput(), "Pay $5.00 today.")
			in.Subject = "Unpaid toll $5.00 within " + strings.Repeat(unit, n)
			return func() { Score(testPolicy(), in) }
		}
		lineartest.Check(t, "Score of a long subject of "+strings.TrimSpace(unit), score(1000), score(4000))
	}
}

// TestSubjectRead: a subject is read up to maxSubjectRead bytes, cut at
// the start of a character; a callback number in a subject within it is
// still read.
func TestSubjectRead(t *testing.T) {
	long := "a" + strings.Repeat("é", maxSubjectRead) // two bytes each: byte maxSubjectRead is inside one
	if got := subjectRead(long); len(got) != maxSubjectRead-1 || !utf8.ValidString(got) {
		t.Errorf("subjectRead of %d bytes: %d bytes, valid %v", len(long), len(got), utf8.ValidString(got))
	}
	if got := subjectRead("Norton renewal +1 (808) 555-0142"); got != "Norton renewal +1 (808) 555-0142" {
		t.Errorf("a short subject changed: %q", got)
	}
}

// TestFormNoticeLongSubjectLinear: a form notice's subject repeating the
// words formNamesOut and noticeHeaded read (a form's name, a password
// field, a lone address field) keeps Score linear.
func TestFormNoticeLongSubjectLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for _, unit := range []string{"password reset form submitted password: **** ", "new subscriber! email: gail.porter@gmail.com ", "password password ",
		"hello email gail.porter@gmail.com "} { // a bare label after free words: bareField reads the word after the address only
		score := func(n int) func() {
			in := formNoticeInput()
			in.Subject = "New sign-in: " + strings.Repeat(unit, n)
			return func() { Score(testPolicy(), in) }
		}
		lineartest.Check(t, "Score of a form notice's long subject of "+strings.TrimSpace(unit), score(1000), score(4000))
	}
}

// TestScanSubjectLinear: a subject repeating a scan verb or the passive's
// "scanned" (readerScans and passiveScan walk back to the clause's start
// from each) keeps Score linear: the scan readers read the subject's
// first maxSubjectRead bytes.
func TestScanSubjectLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	for _, unit := range []string{"scanned ", "scan "} {
		score := func(n int) func() {
			in := noLink(newInput(), "Please sign in to keep your mailbox.")
			in.Subject = "Sign in to your account " + strings.Repeat(unit, n)
			return func() { Score(testPolicy(), in) }
		}
		lineartest.Check(t, "Score of a long subject of "+strings.TrimSpace(unit), score(1000), score(4000))
		qr := func(n int) func() {
			in := newInput() // a stranger's QR code to its own site (scannedOwnSite)
			in.Links = []links.Link{web("https://shop-new.example/renew", "shop-new.example", "shop-new.example")}
			in.Links[0].Kind = links.KindQR
			in.Subject = "Renew your access: " + strings.Repeat(unit, n)
			return func() { Score(testPolicy(), in) }
		}
		lineartest.Check(t, "Score of a QR code's long subject of "+strings.TrimSpace(unit), qr(1000), qr(4000))
	}
}
