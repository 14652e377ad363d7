package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"time"
)

// summary is what replay prints for a mail admin at the end.
type summary struct {
	learned             int // imported (learn window, or everything with -learn-only)
	noDeliveredTo       int // messages that recorded no recipient (replayEnvelope)
	messages, withLinks int
	flaggedWithLinks    int // locked or quarantined, with links
	links, locked       int // link occurrences, and those rewritten
	actions             map[string]int
	levels              map[string]int // of locks: warn, lock, hard
	would               map[string]int // monitor mode: what milterd would have done
	reasons             map[string]int
	slowest             []decisionLine
}

func newSummary() *summary {
	return &summary{actions: map[string]int{}, levels: map[string]int{}, would: map[string]int{}, reasons: map[string]int{}}
}

func (s *summary) add(l decisionLine) {
	s.messages++
	if l.Links > 0 {
		s.withLinks++
	}
	s.actions[l.Action]++
	s.links += l.Links
	s.locked += l.LockedLinks
	if l.Action == "lock" {
		s.levels[l.Level]++
	}
	if l.Would != "" {
		s.would[l.Would]++
	}
	if (l.Action == "lock" || l.Action == "quarantine") && l.Links > 0 {
		s.flaggedWithLinks++
	}
	if l.Action != "accept" {
		for _, r := range l.Reasons {
			s.reasons[r]++
		}
	}
	s.slowest = append(s.slowest, l)
	sort.Slice(s.slowest, func(i, j int) bool { return s.slowest[i].Micros > s.slowest[j].Micros })
	if len(s.slowest) > 5 {
		s.slowest = s.slowest[:5]
	}
}

func (s *summary) print(w io.Writer) {
	fmt.Fprintf(w, "\nreplay summary: %d messages learned from, %d decided, %d of them with links\n", s.learned, s.messages, s.withLinks)
	if s.noDeliveredTo > 0 {
		fmt.Fprintf(w, "%d messages had no Delivered-To field: their recipient was taken from -rcpt, else from To\n", s.noDeliveredTo)
	}
	if s.messages == 0 {
		return
	}
	for _, a := range []string{"accept", "lock", "quarantine", "reject", "tempfail"} {
		fmt.Fprintf(w, "  %-10s %7d  %5.1f %% of messages\n", a, s.actions[a], pct(s.actions[a], s.messages))
		if a == "lock" && s.actions[a] > 0 {
			fmt.Fprintf(w, "    at level warn %d, lock %d, hard %d (at warn the reader may continue)\n",
				s.levels["warn"], s.levels["lock"], s.levels["hard"])
		}
	}
	if len(s.would) > 0 {
		fmt.Fprintf(w, "monitor mode changed no mail; it would have: lock %d, quarantine %d, reject %d\n",
			s.would["lock"], s.would["quarantine"], s.would["reject"])
	}
	fmt.Fprintf(w, "links rewritten: %d of %d (%.1f %%)\n", s.locked, s.links, pct(s.locked, s.links))
	fmt.Fprintf(w, "would lock or quarantine %.1f %% of messages with links\n", pct(s.flaggedWithLinks, s.withLinks))
	fmt.Fprintln(w, "top reasons on flagged messages:")
	for _, kv := range topN(s.reasons, 10) {
		fmt.Fprintf(w, "  %-28s %6d\n", kv.k, kv.v)
	}
	fmt.Fprintln(w, "slowest messages:")
	for _, l := range s.slowest {
		fmt.Fprintf(w, "  %-14s %8s  links=%d\n", l.File, time.Duration(l.Micros)*time.Microsecond, l.Links)
	}
}

type kv struct {
	k string
	v int
}

func topN(m map[string]int, n int) []kv {
	var out []kv
	for k, v := range m {
		out = append(out, kv{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].v > out[j].v || (out[i].v == out[j].v && out[i].k < out[j].k) })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// progress prints a progress line on a terminal only.
type progress struct {
	w     io.Writer
	total int
	on    bool
	last  time.Time
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	f, ok := w.(*os.File)
	on := false
	if ok && !quiet {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, total: total, on: on}
}

func (p *progress) tick(n int) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r%d/%d messages (%.0f %%)", n, p.total, pct(n, p.total))
}

func (p *progress) done() {
	if p.on {
		fmt.Fprintf(p.w, "\r%d/%d messages (100 %%)\n", p.total, p.total)
	}
}
