package baseline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/baseline/baselinetest"
)

// The To and Cc addresses of learned inbound mail are remembered with the
// registrable domains of the mail's authors: several people of one
// organisation count once, a post judged as its list's counts its author,
// and what is not learned as inbound mail (warned mail, outbound mail, the
// message's own recipients and author) teaches no list.
func TestLists(t *testing.T) {
	const list = "dev@lists.proj.test"
	kai := []string{"kai@corp.test"}
	post := func(day int, from string, lists ...string) baseline.Observation {
		o := inbound(t0.Add(time.Duration(day)*24*time.Hour), from, kai)
		o.Lists = lists
		return o
	}
	warned := post(0, "x@spam.test", list)
	warned.Warned = true
	judgedAsList := post(1, list, list) // a List-Id post: the list is the sender, the author is the header From
	judgedAsList.Author = "ann@univ.test"
	sent := baseline.Observation{Time: t0, Sender: "kai@corp.test", Recipients: []string{list}, Outbound: true, Lists: []string{list}}
	for _, tc := range []struct {
		name    string
		learned []baseline.Observation
		ask     string
		msgs    int
		senders int // distinct author domains
		days    int
	}{
		{"nothing learned", nil, list, 0, 0, 0},
		{"three organisations", []baseline.Observation{
			post(0, "ann@univ.test", list), post(1, "bo@lab.test", list), post(2, "cy@gmail.test", list)}, list, 3, 3, 3},
		{"one organisation's people and subdomains count once", []baseline.Observation{
			post(0, "ann@univ.test", list), post(0, "bo@univ.test", list), post(0, "cy@cs.univ.test", list)}, list, 3, 1, 1},
		{"addresses compare as addresses", []baseline.Observation{post(0, "ann@univ.test", "Dev@Lists.Proj.TEST")},
			" <dev@lists.proj.test> ", 1, 1, 1},
		{"Cc and To addresses alike", []baseline.Observation{post(0, "ann@univ.test", "bo@lab.test", list)}, list, 1, 1, 1},
		{"a post judged as its list's counts its author", []baseline.Observation{judgedAsList}, list, 1, 1, 1},
		{"the recipient's own address is no list", []baseline.Observation{post(0, "ann@univ.test", "kai@corp.test")}, "kai@corp.test", 0, 0, 0},
		{"nor the author's", []baseline.Observation{post(0, "ann@univ.test", "ann@univ.test")}, "ann@univ.test", 0, 0, 0},
		{"warned mail teaches no list", []baseline.Observation{warned}, list, 0, 0, 0},
		{"outbound mail teaches no list", []baseline.Observation{sent}, list, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := baselinetest.Store(t, baseline.Options{})
			for _, o := range tc.learned {
				s.Observe(o)
			}
			for _, flushed := range []bool{false, true} { // pending, then stored
				q := query(t0.Add(3*24*time.Hour), "new@else.test", kai)
				q.Lists = []string{tc.ask}
				f := lookup(t, s, q)
				st, ok := f.Lists[strings.Trim(tc.ask, " <>")] // keyed by the normalised address
				if !ok {
					t.Fatalf("flushed %v: %q not answered: %v", flushed, tc.ask, f.Lists)
				}
				if st.Messages != tc.msgs || st.Senders != tc.senders || st.Days != tc.days {
					t.Errorf("flushed %v: %+v, want %d messages from %d domains on %d days", flushed, st, tc.msgs, tc.senders, tc.days)
				}
				if tc.msgs > 0 && st.Recipients != 1 {
					t.Errorf("flushed %v: %d recipients, want 1", flushed, st.Recipients)
				}
				if err := s.Flush(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// An observation teaches at most MaxLists addresses and a lookup reads at
// most MaxLists; no question, no map.
func TestListsBounded(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	var many []string
	for i := range baseline.MaxLists + 4 {
		many = append(many, string(rune('a'+i))+"@lists.test")
	}
	o := inbound(t0, "ann@univ.test", []string{"kai@corp.test"})
	o.Lists = many
	s.Observe(o)
	q := query(t0.Add(time.Hour), "ann@univ.test", []string{"kai@corp.test"})
	if f := lookup(t, s, q); f.Lists != nil {
		t.Errorf("Lists without a question: %v", f.Lists)
	}
	q.Lists = many
	f := lookup(t, s, q)
	if len(f.Lists) != baseline.MaxLists {
		t.Errorf("%d lists answered, want %d", len(f.Lists), baseline.MaxLists)
	}
	q.Lists = many[baseline.MaxLists:]
	for a, st := range lookup(t, s, q).Lists {
		if st.Seen() {
			t.Errorf("%s learned beyond MaxLists: %+v", a, st)
		}
	}
}

// List records are pruned with Retention, as other records are.
func TestPruneLists(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{Retention: 30 * 24 * time.Hour})
	o := inbound(t0, "ann@univ.test", []string{"kai@corp.test"})
	o.Lists = []string{"dev@lists.proj.test"}
	s.Observe(o)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Inspect("list", "dev@lists.proj.test"); err != nil || st["stat"].(map[string]any)["seen"] != true {
		t.Errorf("Inspect list before pruning = %v, %v", st, err)
	}
	ask := func(at time.Time) baseline.Stat {
		q := query(at, "x@else.test", []string{"kai@corp.test"})
		q.Lists = []string{"dev@lists.proj.test"}
		return lookup(t, s, q).Lists["dev@lists.proj.test"]
	}
	if _, err := s.Prune(t0.Add(20 * 24 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if !ask(t0.Add(20 * 24 * time.Hour)).Seen() {
		t.Errorf("list pruned before Retention")
	}
	if _, err := s.Prune(t0.Add(40 * 24 * time.Hour)); err != nil {
		t.Fatal(err)
	}
	if st := ask(t0.Add(40 * 24 * time.Hour)); st.Seen() {
		t.Errorf("list survived Retention: %+v", st)
	}
}

// Inspect("list") names a list record's counts for what they are:
// organisations (the authors' registrable domains) and readers, with
// its days and first and last sightings, pending or stored alike.
func TestInspectList(t *testing.T) {
	const list = "dev@lists.proj.test"
	post := func(day int, from string, readers ...string) baseline.Observation {
		o := inbound(t0.Add(time.Duration(day)*24*time.Hour), from, readers)
		o.Lists = []string{list}
		return o
	}
	for _, tc := range []struct {
		name                string
		learned             []baseline.Observation
		ask                 string
		orgs, readers, days int
		first, last         time.Time // zero when unseen
	}{
		{"unseen", nil, list, 0, 0, 0, time.Time{}, time.Time{}},
		{"three organisations, two readers", []baseline.Observation{
			post(0, "ann@univ.test", "kai@corp.test"), post(1, "bo@lab.test", "kai@corp.test"), post(4, "cy@gmail.test", "lu@corp.test")},
			" <Dev@Lists.Proj.TEST> ", 3, 2, 3, t0, t0.Add(4 * 24 * time.Hour)},
		{"one organisation's people count once", []baseline.Observation{
			post(0, "ann@univ.test", "kai@corp.test"), post(0, "bo@cs.univ.test", "kai@corp.test")}, list, 1, 1, 1, t0, t0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := baselinetest.Store(t, baseline.Options{})
			for _, o := range tc.learned {
				s.Observe(o)
			}
			for _, flushed := range []bool{false, true} {
				got, err := s.Inspect("list", tc.ask)
				if err != nil {
					t.Fatal(err)
				}
				st := got["stat"].(map[string]any)
				if got["key"] != list || st["organisations"] != tc.orgs || st["readers"] != tc.readers || st["days"] != tc.days ||
					st["seen"] != !tc.first.IsZero() {
					t.Errorf("flushed %v: %v, want %s: %d organisations, %d readers, %d days", flushed, got, list, tc.orgs, tc.readers, tc.days)
				}
				if first, _ := st["first_seen"].(time.Time); !first.Equal(tc.first) {
					t.Errorf("flushed %v: first seen %v, want %v", flushed, st["first_seen"], tc.first)
				}
				if last, _ := st["last_seen"].(time.Time); !last.Equal(tc.last) {
					t.Errorf("flushed %v: last seen %v, want %v", flushed, st["last_seen"], tc.last)
				}
				if err := s.Flush(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
