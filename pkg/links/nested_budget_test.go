package links

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// nestedMessage wraps body (a message) depth times in multipart/mixed
// messages, each with a text part holding a link to level<i>.example and
// the inner message attached in the transfer encoding cte (the quotes
// keep "=B" from reading as a quoted-printable escape).
func nestedMessage(body string, depth int, cte string) string {
	for i := depth - 1; i >= 0; i-- {
		enc := body
		if cte == "base64" {
			enc = base64.StdEncoding.EncodeToString([]byte(body))
		}
		b := fmt.Sprintf("B%d", i)
		body = "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\nContent-Type: text/plain\r\n\r\nsee https://level" + fmt.Sprint(i) + ".example/\r\n--" + b +
			"\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: " + cte + "\r\n\r\n" + enc + "\r\n--" + b + "--\r\n"
	}
	return "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\n" + body
}

// TestNestedMessageDecodeBudget: the messages attached in base64 or
// quoted-printable inside a message decode to at most decodeBudget in all.
// Quoted-printable of text without "=" is as long as the text, so each
// level of such nesting was a whole copy of the message: 19 levels of a
// 60 MB message made 856 MB. Past the budget the scan is partial and
// overflows (scan_limit), as past MaxDepth; a chain of forwards in base64
// stays within it. Nothing is timed.
func TestNestedMessageDecodeBudget(t *testing.T) {
	pad := strings.Repeat("a line of text without an equals sign\r\n", 4<<20/39)
	inner := "Content-Type: text/plain\r\n\r\ndeep https://deep.example/\r\n" + pad
	msg := nestedMessage(inner, 19, "quoted-printable")
	if 19*len(msg) <= 2*int(zipBudget(len(msg))) {
		t.Fatal("the nesting must decode to past twice the budget")
	}
	x, err := ExtractAll([]byte(msg), Options{MaxDepth: 40})
	if !errors.Is(err, ErrPartial) || !x.Overflow {
		t.Errorf("err %v, overflow %v; want ErrPartial and an overflow", err, x.Overflow)
	}
	hosts := map[string]bool{}
	for _, l := range x.Links {
		hosts[l.Host] = true
	}
	if !hosts["level0.example"] || !hosts["level1.example"] || hosts["deep.example"] {
		t.Errorf("links %v; want the outer levels', not the innermost", hosts)
	}

	// Three forwards in base64, each nearly the whole message, are read whole.
	msg = nestedMessage("Content-Type: text/plain\r\n\r\ndeep https://deep.example/\r\n"+pad, 3, "base64")
	if len(msg) <= maxZipMessageBytes/2 {
		t.Fatal("the forwards must be larger than the budget's floor")
	}
	x, err = ExtractAll([]byte(msg), Options{MaxPartBytes: 8 << 20})
	if err != nil || x.Overflow || len(x.Links) != 4 {
		t.Errorf("base64 forwards: %d links, overflow %v, err %v; want 4, a whole scan", len(x.Links), x.Overflow, err)
	}
}
