package filter

import (
	"context"
	"testing"
	"time"
)

// FuzzDecide: any bytes get a defined action, never a panic; only a lock
// changes the body, and a changed body is never empty.
func FuzzDecide(f *testing.F) {
	for _, m := range corpus() {
		f.Add([]byte(m.raw))
	}
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n"))
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, msg []byte) {
		r, err := e.Decide(context.Background(), msg, Envelope{MailFrom: "a@x.example", Recipients: []string{"b@corp.example"}, Now: time.Now()})
		if err != nil {
			return // on_error applies; the transport decides
		}
		switch r.Action {
		case ActionAccept, ActionQuarantine, ActionReject:
			if r.Body != nil {
				t.Fatalf("%s with a replaced body", r.Action)
			}
		case ActionLock:
			if r.Body.Len() == 0 || r.LockedCount() == 0 {
				t.Fatalf("lock with body %d bytes and %d locked links", r.Body.Len(), r.LockedCount())
			}
		default:
			t.Fatalf("undefined action %q", r.Action)
		}
		e.Finish(r)
	})
}
