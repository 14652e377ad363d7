package filter

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestLockReachesEveryCopy: a stranger's new link locked in a message
// is locked wherever the reader could click it, in the text part, the
// HTML part, a form, a refresh, a frame and the document of an <iframe
// srcdoc>, however its HTML text spells it; the header stays as it was
// and the message still reads.
func TestLockReachesEveryCopy(t *testing.T) {
	alt := func(text, html string) string {
		return "From: Bob Stranger <bob@stranger-mail.example>\r\nTo: alice@corp.example\r\nSubject: document\r\nMessage-ID: <1@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
			text + "\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b--\r\n"
	}
	const lead = "Hi Alice, the shared document for tomorrow is here: "
	a := `<a href="https://evil.example/login">the document</a>`
	tests := []struct{ name, msg string }{
		{"text and html", alt(lead+"https://evil.example/login", "<p>"+lead+a)},
		{"text copy differs", alt(lead+"www.evil.example/login?id=1", "<p>"+lead+a)},
		{"form", alt(lead, "<p>"+lead+a+`<form action="https://evil.example/post"><input type=email name=e></form>`)}, // a password field would hold the message (password_form)
		{"refresh", alt(lead, `<meta http-equiv=refresh content="5;url=https://evil.example/r"><p>`+lead+a)},
		{"frame", alt(lead, "<p>"+lead+a+`<iframe src="https://evil.example/f"></iframe>`)},
		{"srcdoc", alt(lead, "<p>"+lead+a+`<iframe srcdoc="&lt;a href=&quot;https://evil.example/x&quot;&gt;go&lt;/a&gt;"></iframe>`)},
		{"srcdoc only", alt(lead, "<p>"+lead+`<iframe srcdoc="&lt;a href=&quot;https://evil.example/x&quot;&gt;the document&lt;/a&gt;"></iframe>`)},
		{"text spelled with references", alt(lead, "<p>"+lead+`https&#58;//evil.example/login</p>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := testEngine(t)
			raw := []byte(tt.msg)
			r, err := e.Decide(context.Background(), raw, Envelope{MailFrom: "bob@stranger-mail.example", Recipients: []string{"alice@corp.example"}, Now: time.Now()})
			if err != nil {
				t.Fatal(err)
			}
			if r.Action != ActionLock || r.Body == nil {
				t.Fatalf("action %s, body %v; want a lock (%s)", r.Action, r.Body != nil, r.Header())
			}
			hdr := raw[:bytes.Index(raw, []byte("\r\n\r\n"))+4]
			out := append(append([]byte(nil), hdr...), r.Body.Bytes()...)
			ls, err := links.Extract(out, links.Options{})
			if err != nil {
				t.Fatalf("the rewritten message does not read: %v", err)
			}
			for _, l := range ls {
				if l.Clickable && strings.HasSuffix(l.Host, "evil.example") {
					t.Errorf("%s link %q still open after the lock", l.Kind, l.Raw)
				}
			}
		})
	}
}
