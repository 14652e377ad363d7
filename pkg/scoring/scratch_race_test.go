package scoring

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"
)

// TestScoreConcurrentKeepsVerdicts: verdicts computed by many goroutines
// at once, each scoring a different message, equal those computed one by
// one, both when each is returned and after every goroutine is done: no
// verdict shares storage with the scratch pool, whose scratches other
// messages clear and fill meanwhile. Run it with -race too.
func TestScoreConcurrentKeepsVerdicts(t *testing.T) {
	p := testPolicy()
	ins := goldenInputs(t)
	names := slices.Sorted(maps.Keys(ins))
	want := map[string]string{}
	for _, name := range names {
		v := Score(p, ins[name])
		if !reasonsNamed(v) {
			t.Fatalf("%s: a reason without a code: %+v", name, v)
		}
		want[name] = verdictJSON(t, v)
	}
	const workers, rounds = 16, 40
	kept := make([][]Verdict, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				name := names[(w+i)%len(names)]
				kept[w] = append(kept[w], Score(p, ins[name]))
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i, v := range kept[w] {
			name := names[(w+i)%len(names)]
			if got := verdictJSON(t, v); got != want[name] {
				t.Fatalf("%s (worker %d, round %d): verdict kept differs from the serial one:\n%s\nwant\n%s", name, w, i, got, want[name])
			}
		}
	}
}

func verdictJSON(t *testing.T, v Verdict) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestScratchAfterPanic: a panic while a message is judged (after its
// scratch is taken and filled) gives the scratch back cleared, and the
// next messages get the verdicts they get on their own.
func TestScratchAfterPanic(t *testing.T) {
	p := testPolicy().withDefaults()
	ins := goldenInputs(t)
	names := slices.Sorted(maps.Keys(ins))
	want := map[string]string{}
	for _, name := range names {
		want[name] = verdictJSON(t, Score(p, ins[name]))
	}
	var s *scratch
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no panic")
			}
		}()
		in := ins["bench"]
		var m message
		m.init(p, &in)
		defer m.release()
		s = m.s
		evals := m.newRcptEvals(m.evals[:min(2, len(in.Recipients))])
		m.evalRecipient(in.Recipients[0], &evals[0])
		m.verdict(&evals[0])
		panic("in the middle of a message")
	}()
	if s == nil || s.links.used != 0 || s.evs.used != 0 || s.reasons.used != 0 {
		t.Fatalf("scratch not released: %+v", s)
	}
	for name, b := range map[string]any{"links": s.links.s, "chunk": s.chunk.s, "les": s.les.s, "evs": s.evs.s, "hist": s.hist.s, "reasons": s.reasons.s} {
		if !allZero(b) {
			t.Errorf("scratch %s not cleared after a panic", name)
		}
	}
	for _, name := range names {
		if got := verdictJSON(t, Score(p, ins[name])); got != want[name] {
			t.Errorf("%s: verdict after a panic differs", name)
		}
	}
}

// allZero: every value of the slice b, up to its capacity, is zero.
func allZero(b any) bool {
	v := reflect.ValueOf(b)
	v = v.Slice(0, v.Cap())
	for i := range v.Len() {
		if !v.Index(i).IsZero() {
			return false
		}
	}
	return true
}

// reasonsNamed: every reason of v, the message's and its links', has a
// code (a reason cleared with the scratch would have none).
func reasonsNamed(v Verdict) bool {
	for _, d := range v.Links {
		for _, r := range d.Reasons {
			if r.Code == "" {
				return false
			}
		}
	}
	for _, r := range v.Reasons {
		if r.Code == "" {
			return false
		}
	}
	return true
}
