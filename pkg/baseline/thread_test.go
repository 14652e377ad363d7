package baseline_test

import (
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/baseline/baselinetest"
)

// A reply's In-Reply-To and References are looked up among the messages
// learned here: delivered ones count as Messages, sent ones as Outbound,
// several found ones add up, the replier's own earlier messages do not
// count, and a message delivered with a warning only is not remembered.
func TestThread(t *testing.T) {
	bob := []string{"bob@corp.test"}
	withID := func(o baseline.Observation, id string) baseline.Observation {
		o.MessageID = id
		return o
	}
	sent := baseline.Observation{Time: t0, Sender: "bob@corp.test", Recipients: []string{"ann@partner.test"},
		Outbound: true, MessageID: "<out-1@corp.test>"}
	warned := withID(inbound(t0, "x@spam.test", bob), "w-1@spam.test")
	warned.Warned = true
	tests := []struct {
		name          string
		learned       []baseline.Observation
		thread        []string
		messages, out int
	}{
		{"nothing learned", nil, []string{"a-1@list.test"}, 0, 0},
		{"no references", []baseline.Observation{withID(inbound(t0, "a@list.test", bob), "a-1@list.test")}, nil, 0, 0},
		{"reply to a delivered message", []baseline.Observation{withID(inbound(t0, "a@list.test", bob), "<a-1@list.test>")},
			[]string{"a-1@list.test"}, 1, 0},
		{"brackets and spaces do not matter", []baseline.Observation{withID(inbound(t0, "a@list.test", bob), "a-1@list.test")},
			[]string{" <a-1@list.test> "}, 1, 0},
		{"Message-IDs are compared exactly", []baseline.Observation{withID(inbound(t0, "a@list.test", bob), "a-1@list.test")},
			[]string{"A-1@list.test"}, 0, 0},
		{"reply to our own mail", []baseline.Observation{sent}, []string{"out-1@corp.test"}, 0, 1},
		{"two known messages of the thread add up", []baseline.Observation{
			withID(inbound(t0, "a@list.test", bob), "a-1@list.test"), sent},
			[]string{"a-1@list.test", "x-9@else.test", "out-1@corp.test"}, 1, 1},
		{"warned mail is not remembered", []baseline.Observation{warned}, []string{"w-1@spam.test"}, 0, 0},
		{"the replier's own earlier message does not count", []baseline.Observation{
			withID(inbound(t0, "c@list.test", bob), "c-1@list.test")}, []string{"c-1@list.test"}, 0, 0},
		{"only the others' messages count", []baseline.Observation{
			withID(inbound(t0, "c@list.test", bob), "c-1@list.test"), withID(inbound(t0, "a@list.test", bob), "a-1@list.test")},
			[]string{"c-1@list.test", "a-1@list.test"}, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := baselinetest.Store(t, baseline.Options{})
			for _, o := range tc.learned {
				s.Observe(o)
			}
			for _, flushed := range []bool{false, true} { // pending, then stored
				q := query(t0.Add(time.Hour), "c@list.test", bob)
				q.Thread = tc.thread
				f := lookup(t, s, q)
				if f.Thread.Messages != tc.messages || f.Thread.Outbound != tc.out {
					t.Errorf("flushed %v: thread %+v, want %d delivered and %d sent", flushed, f.Thread, tc.messages, tc.out)
				}
				if err := s.Flush(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// Message-IDs are kept for ThreadRetention, not the whole Retention.
func TestPruneThread(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{Retention: 300 * 24 * time.Hour, ThreadRetention: 30 * 24 * time.Hour})
	o := inbound(t0, "a@list.test", []string{"b@corp.test"})
	o.MessageID = "old@list.test"
	s.Observe(o)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Inspect("thread", "<old@list.test>"); err != nil || st["stat"].(map[string]any)["seen"] != true {
		t.Errorf("Inspect thread before pruning = %v, %v", st, err)
	}
	if _, err := s.Prune(t0.Add(40 * 24 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	q := query(t0.Add(40*24*time.Hour), "a@list.test", []string{"b@corp.test"})
	q.Thread = []string{"old@list.test"}
	f := lookup(t, s, q)
	if f.Thread.Seen() {
		t.Errorf("Message-ID survived ThreadRetention: %+v", f.Thread)
	}
	if !f.Sender.Seen() {
		t.Errorf("sender pruned before Retention")
	}
	st, err := s.Inspect("thread", "<old@list.test>")
	if err != nil || st["stat"].(map[string]any)["seen"] != false {
		t.Errorf("Inspect thread = %v, %v", st, err)
	}
}
