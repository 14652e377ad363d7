package filter

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"testing"

	"github.com/d--j/go-milter/mailfilter/addr"
	"github.com/d--j/go-milter/mailfilter/testtrx"
)

// bigLockedMessage is a header of about 20 KiB (a long Received chain, as
// relays and DKIM and ARC seals build) and a body of about size bytes: a
// lure in its text and a large attachment, so that the verdict locks the
// link and rewrites the body.
func bigLockedMessage(size int) (head, body []byte) {
	var h strings.Builder
	h.WriteString("From: Billing <billing@stranger.example>\r\nTo: dana@corp.example\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n")
	for i := 0; h.Len() < 20<<10; i++ {
		fmt.Fprintf(&h, "Received: from relay%d.example.net (relay%d.example.net [192.0.2.1]) by mx.corp.example\r\n", i, i)
	}
	h.WriteString("\r\n")
	var b bytes.Buffer
	b.WriteString("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease verify your password at https://paypa1-login.example/verify now\r\n")
	b.WriteString("--b\r\nContent-Type: application/octet-stream; name=\"a.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	raw := make([]byte, size*3/4)
	for i := range raw {
		raw[i] = byte(i * 7919 >> 3)
	}
	enc := base64.StdEncoding.EncodeToString(raw)
	for i := 0; i < len(enc); i += 76 {
		b.WriteString(enc[i:min(i+76, len(enc))] + "\r\n")
	}
	b.WriteString("--b--\r\n")
	return []byte(h.String()), b.Bytes()
}

// A large message costs about its own size in memory to judge, lock and
// rewrite, not several times it: the milter read it into a buffer sized
// by a guess at the header that grew to twice the message when the header
// passed the guess, and the rewrite copied the whole message once more
// (a 50 MB message peaked near 280 MB RSS).
func TestLargeMessageMemory(t *testing.T) {
	head, body := bigLockedMessage(8 << 20)
	mil := NewMilter(testEngine(t), MilterOptions{InflightBytes: 64 << 20}, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	defer mil.Close()
	trx := (&testtrx.Trx{}).SetMailFrom(addr.NewMailFrom("billing@stranger.example", "", "smtp", "", "")).
		SetRcptTosList("dana@corp.example").SetHeadersRaw(head).SetBodyBytes(body)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := mil.Decide(context.Background(), trx); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	size := uint64(len(head) + len(body))
	got := after.TotalAlloc - before.TotalAlloc
	t.Logf("a %d-byte message: %d bytes allocated, %.2f times its size", size, got, float64(got)/float64(size))
	if got > size*5/4+2<<20 {
		t.Errorf("judging a %d-byte message allocated %d bytes (%.1f times its size); want at most 1.25 times and 2 MiB", size, got, float64(got)/float64(size))
	}
	replaced := bodyReplacement(t, trx)
	if len(replaced) < len(body) || !bytes.HasPrefix(replaced, body[:64]) || !bytes.Contains(replaced, []byte("https://lock.corp.example/l/")) || !bytes.HasSuffix(replaced, body[len(body)-1024:]) {
		t.Errorf("replacement body of %d bytes (the original %d): want the whole body with the lure locked", len(replaced), len(body))
	}
}

// bodyReplacement is the body the milter sent back, or fails.
func bodyReplacement(t *testing.T, trx *testtrx.Trx) []byte {
	t.Helper()
	for _, m := range trx.Modifications() {
		if m.Kind == testtrx.ReplaceBody {
			return m.Body
		}
	}
	t.Fatal("no replacement body")
	return nil
}
