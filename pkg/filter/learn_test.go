package filter

import (
	"errors"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// factsHistory answers every lookup with fixed facts (or an error) and
// keeps what it is taught.
type factsHistory struct {
	facts baseline.Facts
	err   error
	got   []baseline.Observation
}

func (h *factsHistory) Lookup(baseline.Query) (baseline.Facts, error) { return h.facts, h.err }
func (h *factsHistory) Observe(o baseline.Observation)                { h.got = append(h.got, o) }

// Teach marks an observation vouched exactly when the sender was vouched
// for before the message: we or a recipient wrote to it, or it is a
// colleague (authenticated internal, or internal and seen on 4+ days).
// Outbound mail is not inbound vouched evidence.
func TestTeachSetsVouched(t *testing.T) {
	outbound := baseline.Stat{Messages: 1, Days: 1, Outbound: 1}
	for _, tc := range []struct {
		name     string
		from     string
		auth     bool
		outbound bool
		facts    baseline.Facts
		err      error
		want     bool
	}{
		{name: "stranger", from: "news@shop.example", want: false},
		{name: "stranger seen on many days", from: "news@shop.example",
			facts: baseline.Facts{Sender: baseline.Stat{Messages: 30, Days: 30}}, want: false},
		{name: "we wrote to the sender", from: "alice@partner.example",
			facts: baseline.Facts{Sender: outbound}, want: true},
		{name: "a recipient wrote to the sender", from: "alice@partner.example",
			facts: baseline.Facts{Recipients: map[string]baseline.RecipientFacts{"bob@corp.example": {Pair: outbound}}}, want: true},
		{name: "authenticated colleague", from: "carol@corp.example", auth: true, want: true},
		{name: "authenticated outside our domains", from: "eve@shop.example", auth: true, want: false},
		{name: "colleague seen on 4 days", from: "carol@corp.example",
			facts: baseline.Facts{Sender: baseline.Stat{Messages: 4, Days: 4}}, want: true},
		{name: "internal address seen on 2 days", from: "carol@corp.example",
			facts: baseline.Facts{Sender: baseline.Stat{Messages: 2, Days: 2}}, want: false},
		{name: "lookup error vouches for nothing", from: "alice@partner.example",
			facts: baseline.Facts{Sender: outbound}, err: errors.New("boom"), want: false},
		{name: "outbound mail", from: "carol@corp.example", auth: true, outbound: true, want: false},
	} {
		h := &factsHistory{facts: tc.facts, err: tc.err}
		e := New(Options{LockBaseURL: "https://lock.corp.example", InternalDomains: []string{"corp.example"}}, h, nil)
		r := &Result{Outbound: tc.outbound, Message: Message{
			Envelope: Envelope{MailFrom: tc.from, Recipients: []string{"bob@corp.example"}, Now: time.Now(), Authenticated: tc.auth},
			FromAddr: tc.from,
		}}
		e.Teach(r)
		if len(h.got) != 1 {
			t.Fatalf("%s: %d observations, want 1", tc.name, len(h.got))
		}
		if got := h.got[0].Vouched; got != tc.want {
			t.Errorf("%s: Vouched = %v, want %v", tc.name, got, tc.want)
		}
		if tc.err != nil {
			continue
		}
		// A judged message carries its lookup's facts: no second lookup
		// (this history fails every lookup), the same answer.
		judged := &factsHistory{err: errors.New("no second lookup expected")}
		e = New(Options{LockBaseURL: "https://lock.corp.example", InternalDomains: []string{"corp.example"}}, judged, nil)
		r.facts = &tc.facts
		e.Teach(r)
		if got := judged.got[0].Vouched; got != tc.want {
			t.Errorf("%s, judged: Vouched = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Learn follows the learn setting: "accepted" teaches only what scoring
// says may teach (accepted, below learn_below), and of mail locked at warn
// only (TeachesPair) just its sender->recipient sightings; "all" teaches
// locked mail too; "none" nothing; outbound mail always teaches.
func TestLearnFollowsPolicy(t *testing.T) {
	for _, tc := range []struct {
		name              string
		learn             string
		action            Action
		teaches, pair     bool
		outbound, monitor bool
		want              int
		warned            bool
	}{
		{name: "accepted and below learn_below", learn: "accepted", action: ActionAccept, teaches: true, want: 1},
		{name: "accepted near miss, doubtful sender", learn: "accepted", action: ActionAccept, want: 0},
		{name: "accepted near miss: the pair", learn: "accepted", action: ActionAccept, pair: true, want: 1, warned: true},
		{name: "locked", learn: "accepted", action: ActionLock, want: 0},
		{name: "locked at warn only: the pair", learn: "accepted", action: ActionLock, pair: true, want: 1, warned: true},
		{name: "warn only, monitor mode: as if enforced", learn: "accepted", action: ActionAccept, pair: true, monitor: true, want: 1, warned: true},
		{name: "warn only, but quarantined (signed mail)", learn: "accepted", action: ActionQuarantine, pair: true, want: 0},
		{name: "warn only, learn none", learn: "none", action: ActionLock, pair: true, want: 0},
		{name: "locked, learn all", learn: "all", action: ActionLock, want: 1},
		{name: "accepted, learn none", learn: "none", action: ActionAccept, teaches: true, want: 0},
		{name: "outbound, learn none", learn: "none", outbound: true, want: 1},
	} {
		h := &factsHistory{}
		e := New(Options{LockBaseURL: "https://lock.corp.example", Learn: tc.learn}, h, nil)
		r := &Result{Action: tc.action, Outbound: tc.outbound, Message: Message{
			Envelope: Envelope{MailFrom: "news@shop.example", Recipients: []string{"bob@corp.example"}, Now: time.Now()},
		}}
		r.Verdict.Teaches, r.Verdict.TeachesPair, r.Verdict.Monitor = tc.teaches, tc.pair, tc.monitor
		e.Learn(r)
		if len(h.got) != tc.want {
			t.Errorf("%s: %d observations, want %d", tc.name, len(h.got), tc.want)
		}
		if len(h.got) == 1 && h.got[0].Warned != tc.warned {
			t.Errorf("%s: Warned = %v, want %v", tc.name, h.got[0].Warned, tc.warned)
		}
	}
}
