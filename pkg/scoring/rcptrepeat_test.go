package scoring

import (
	"fmt"
	"slices"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

func TestDistinctRecipients(t *testing.T) {
	many := make([]string, 40)
	for i := range many {
		many[i] = fmt.Sprintf("u%d@corp.example", i%20)
	}
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"none", nil, nil},
		{"one", []string{"a@corp.example"}, []string{"a@corp.example"}},
		{"distinct", []string{"a@corp.example", "b@corp.example"}, []string{"a@corp.example", "b@corp.example"}},
		{"case and brackets", []string{"a@corp.example", "b@corp.example", "<A@Corp.Example>"}, []string{"a@corp.example", "b@corp.example"}},
		{"first spelling kept", []string{"Bob@corp.example", "bob@corp.example"}, []string{"Bob@corp.example"}},
		{"many", many, many[:20]},
	} {
		if got := distinctRecipients(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("%s: distinctRecipients(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// A message of 200 links (180 of them new) to one address given 4,096
// times (an MTA hands the milter each RCPT as the client gave it) gets the
// verdict of that address alone, and costs about as much: each copy judged
// every link again, 4,096 times the work (about a second).
func TestRepeatedRecipientJudgedOnce(t *testing.T) {
	once := benchInput()
	once.Recipients = once.Recipients[:1]
	rc := once.Recipients[0]
	for i := range 180 {
		host := fmt.Sprintf("login%d.fresh%d.example", i, i)
		once.Links = append(once.Links, web("https://"+host+"/verify?u="+rc, host, fmt.Sprintf("fresh%d.example", i)))
	}
	repeated := once
	repeated.Recipients = slices.Repeat([]string{rc}, 4096)
	repeated.Recipients[7] = "<" + rc + ">"
	p := testPolicy()
	want, got := Score(p, once), Score(p, repeated)
	if got.Action != want.Action || got.Score != want.Score || got.Level != want.Level || got.Recipient != rc {
		t.Errorf("4,096 copies: %v %.2f %v for %q; one: %v %.2f %v", got.Action, got.Score, got.Level, got.Recipient, want.Action, want.Score, want.Level)
	}
	lineartest.Check(t, "Score for one recipient given 4,096 times",
		func() { Score(p, once) }, func() { Score(p, repeated) })
}
