package filter

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// FuzzDecide: any bytes get a defined action, never a panic; only a lock
// changes the body, and a changed body is never empty.
func FuzzDecide(f *testing.F) {
	for _, m := range corpus() {
		f.Add([]byte(m.raw))
	}
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!\r\n"))
	f.Add([]byte("From: ann@univ.example\r\nTo: dev@lists.example, b@corp.example\r\nCc: \"x\" <team@corp.example>, dev@lists.example\r\n\r\nhttps://docs.example/a\r\n"))
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

// FuzzAddressed: whatever the To and Cc fields hold, the addresses kept
// are at most maxListAddrs (baseline.MaxLists once our own are dropped), distinct, never empty, never a
// recipient's or an author's, and in the order the fields give them; the
// others are the kept ones To names, and there are some whenever To names
// anyone but the recipients and the authors.
func FuzzAddressed(f *testing.F) {
	f.Add("dev@lists.example,kai@corp.example", "dev@lists.example,ann@univ.example", "kai@corp.example", "ann@univ.example")
	f.Add("ann@univ.example,kai@corp.example", "dev@lists.example", "kai@corp.example", "ann@univ.example,office@univ.example")
	f.Add("", "a@b,a@b,,c@d", "", "")
	f.Fuzz(func(t *testing.T, to, cc, rcpt, author string) {
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			return strings.Split(s, ",")
		}
		tos, ccs, rcpts, authors := split(to), split(cc), split(rcpt), split(author)
		got, others := addressed(tos, ccs, rcpts, authors)
		if len(got) > maxListAddrs || len(ourOwnDropped(slices.Clone(got), func(string) bool { return false })) > baseline.MaxLists {
			t.Fatalf("%d addresses kept", len(got))
		}
		all := slices.Concat(tos, ccs)
		last := -1
		for i, a := range got {
			if a == "" || slices.Contains(authors, a) || slices.Contains(rcpts, a) || slices.Contains(got[:i], a) {
				t.Fatalf("kept %q in %q", a, got)
			}
			j := slices.Index(all, a)
			if j < last {
				t.Fatalf("%q out of order in %q", a, got)
			}
			last = j
		}
		named := func(a string) bool { return a != "" && !slices.Contains(rcpts, a) && !slices.Contains(authors, a) }
		if !slices.Equal(others, slices.DeleteFunc(slices.Clone(got), func(a string) bool { return !slices.Contains(tos, a) })) ||
			len(others) > 0 != slices.ContainsFunc(tos, named) {
			t.Fatalf("To names others %q of %q, To %q", others, got, tos)
		}
	})
}
