//go:build integration

package integration

import (
	"fmt"
	"strings"
	"sync/atomic"
)

var msgSeq atomic.Int64

// plainMessage builds a small text/plain message; body must use CRLF.
func plainMessage(from, to, subject, body string) outMail {
	return outMail{From: from, To: []string{to}, Data: []byte(headerBlock(from, to, subject, nil) + "\r\n" + body)}
}

// headerBlock renders the usual top-level fields plus extra ones, CRLF-terminated.
func headerBlock(from, to, subject string, extra []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\n", from, to, subject)
	fmt.Fprintf(&b, "Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n")
	fmt.Fprintf(&b, "Message-ID: <it-%d@client.test>\r\n", msgSeq.Add(1))
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	return b.String()
}
