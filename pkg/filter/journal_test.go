package filter

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// A locked link of a message to several recipients is recorded for all.
func TestLockRecordsEveryRecipient(t *testing.T) {
	e := testEngine(t)
	m := msg("news@new-shop.example", "bob@corp.example", "Offer", "text/plain; charset=utf-8",
		"Sign in to verify your account: http://198.51.100.9/login\n")
	rcpts := []string{"bob@corp.example", "carol@corp.example"}
	r, err := e.Decide(context.Background(), []byte(m.raw), Envelope{MailFrom: m.from, Recipients: rcpts, Now: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if r.Action != ActionLock {
		t.Fatalf("action %s, want lock", r.Action)
	}
	recs, err := e.journal.(LockJournal).Store.ListLocks(lock.LockFilter{Recipient: "carol@corp.example"})
	if err != nil || len(recs) != 1 {
		t.Fatalf("locks for carol: %d, %v", len(recs), err)
	}
	if !slices.Equal(recs[0].Recipients, rcpts) || recs[0].Recipient != rcpts[0] {
		t.Errorf("record recipients %q / %q, want %q", recs[0].Recipients, recs[0].Recipient, rcpts)
	}
}

// Reasons that lowered the risk are marked, so the lock page shows them
// apart from why the link was stopped.
func TestLockReasonsMarkMitigations(t *testing.T) {
	got := lockReasons([]scoring.Reason{
		{Code: scoring.CodeOrgFirstSeen, Text: "new here", Weight: 0.3},
		{Code: scoring.CodeSenderOwnDomain, Text: "own domain", Weight: -0.25},
		{Code: scoring.CodeSigned, Text: "signed"},              // no weight: not a mitigation
		{Code: scoring.CodeSolicited, Text: "we wrote to them"}, // a credit with nothing to offset still speaks for it
	})
	want := []lock.Reason{{Code: scoring.CodeOrgFirstSeen, Text: "new here"},
		{Code: scoring.CodeSenderOwnDomain, Text: "own domain", Lowers: true}, {Code: scoring.CodeSigned, Text: "signed"},
		{Code: scoring.CodeSolicited, Text: "we wrote to them", Lowers: true}}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
