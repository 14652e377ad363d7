package links

import (
	"encoding/base64"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// htmlAttachment is a message whose attachment Invite.html (base64) is doc.
func htmlAttachment(doc []byte) []byte {
	return []byte("From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
		"--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; filename=\"Invite.html\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(doc) + "\r\n--b--\r\n")
}

// nestedDecoders is a page of at least size bytes that is script
// decoding a page (eval(atob("..."))) that is a data:text/html;base64
// frame of a page that is such script..., about forty levels deep for 10
// MB, a navigation at the bottom.
func nestedDecoders(size int) []byte {
	doc := "<script>location.href='https://a.example/'</script>"
	for lvl := 0; len(doc) < size; lvl++ {
		b := base64.StdEncoding.EncodeToString([]byte(doc))
		if lvl%2 == 0 {
			doc = `<iframe src="data:text/html;base64,` + b + `"></iframe>`
		} else {
			doc = `<script>eval(atob("` + b + `"))</script>`
		}
	}
	return []byte(doc)
}

// nestedPercentFrames is a page of about size bytes of copies of a
// data:text/html,... frame six levels deep whose innermost page, links in
// plain words, grows by nothing at each level (only its quotes and
// percent signs are escaped): each level's page is read again, up to the
// frame depth the reader stops at.
func nestedPercentFrames(size int) []byte {
	doc := strings.Repeat("<a href=https://a.example/x>y</a> ", max(1, size/34/16))
	for range 6 {
		doc = `<iframe src="data:text/html,` + strings.NewReplacer("%", "%25", `"`, "%22").Replace(doc) + `"></iframe>`
	}
	return []byte(strings.Repeat(doc, max(1, size/len(doc))))
}

// escapedScript is a script of size bytes of \x41 escapes in a string a
// navigation reads.
func escapedScript(size int) []byte {
	return []byte("<script>var s='" + strings.Repeat(`\x41`, size/4) + "';location.href=s</script>")
}

// foldedScript is a script of about size bytes repeating the forms
// redirect_fold.go reads, none of them hiding an address: reversed
// words, frames given addresses in clear, the store read back.
func foldedScript(size int) []byte {
	unit := `var r='olleh';var w=r.split('').reverse().join('');var f=document.createElement('iframe');f.src=v;localStorage.setItem('k','en');location.href=x+localStorage.getItem('k');`
	return []byte("<script>" + strings.Repeat(unit, size/len(unit)) + "</script>")
}

// plainPage is size bytes of words in an HTML file.
func plainPage(size int) []byte {
	return []byte(strings.Repeat("word plain text here and there ", size/31))
}

// timeAlloc is the time and the bytes allocated by f.
func timeAlloc(f func()) (time.Duration, uint64) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	t0 := time.Now()
	f()
	d := time.Since(t0)
	runtime.ReadMemStats(&b)
	return d, b.TotalAlloc - a.TotalAlloc
}

// TestExtractAdversarialDecoders: an attached page built to make the
// decoders of data: frames and of script (hiddenRedirect) work at every
// level (frames and decoded script nested about forty deep, frames in
// percent-encoding whose page each level reads again, a megabyte of \x41
// escapes in a script, a megabyte of reversed words, frames and store
// reads) costs ExtractAll at most ten times the time and
// the memory of a page of plain words of the same size (the whole file
// read: MaxPartBytes past it), and four times the page costs at most
// about four times as much (lineartest). Not under -short: the pages are
// up to 10 MB (an eighth of that under the race detector, which took 76 s
// for the full sizes).
func TestExtractAdversarialDecoders(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB pages")
	}
	scale := 1
	if raceOn {
		scale = 8
	}
	opts := Options{MaxPartBytes: 16 << 20}
	for _, tc := range []struct {
		name string
		page func(int) []byte
		size int
	}{
		{"nested atob and data: frames", nestedDecoders, 10 << 20},
		{"nested percent-encoded data: frames", nestedPercentFrames, 10 << 20},
		{"\\x41 escapes in a script", escapedScript, 1 << 20},
		{"reversals, frames and store reads", foldedScript, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			size := tc.size / scale
			adv, plain := htmlAttachment(tc.page(size)), htmlAttachment(plainPage(size))
			var ta, tp time.Duration
			var ma, mp uint64
			for round := 0; round < 3 && (round == 0 || slower(ta, tp)); round++ {
				// best of two, both at the same moment; measured again
				// when a busy machine made it look slow (as lineartest)
				for range 2 {
					d, m := timeAlloc(func() { ExtractAll(adv, opts) })
					ta, ma = minNonZero(ta, d), m
					d, m = timeAlloc(func() { ExtractAll(plain, opts) })
					tp, mp = minNonZero(tp, d), m
				}
			}
			t.Logf("%d bytes: %v, %d MB allocated; plain words %v, %d MB", len(adv), ta, ma>>20, tp, mp>>20)
			if slower(ta, tp) {
				t.Errorf("took %v, plain words of the same size %v: more than 10x", ta, tp)
			}
			if ma > 10*mp {
				t.Errorf("allocated %d bytes, plain words of the same size %d: more than 10x", ma, mp)
			}
			small, big := htmlAttachment(tc.page(size/16)), htmlAttachment(tc.page(size/4))
			lineartest.Check(t, fmt.Sprintf("ExtractAll(%s)", tc.name),
				func() { ExtractAll(small, opts) }, func() { ExtractAll(big, opts) })
		})
	}
}

// slower: ta is more than ten times tp, and more than 200 ms.
func slower(ta, tp time.Duration) bool { return ta > 10*tp && ta > 200*time.Millisecond }

// minNonZero is the smaller of a and b, b when a is zero.
func minNonZero(a, b time.Duration) time.Duration {
	if a == 0 {
		return b
	}
	return min(a, b)
}
