package filter

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/lock"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// strippedPost is a message as a replay stream keeps it: no List-* field,
// the envelope sender the author, the reader in the envelope only.
func strippedPost(from, to, cc, subject, body string) []byte {
	h := "From: " + from + "\nTo: " + to + "\n"
	if cc != "" {
		h += "Cc: " + cc + "\n"
	}
	return []byte(strings.ReplaceAll(fmt.Sprintf("%sSubject: %s\nMessage-ID: <%d.%d@mail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
		h, subject, len(body), len(from)+len(to)+len(cc), body), "\n", "\r\n"))
}

// After three weeks of a discussion list's posts, delivered without
// List-Id and imported as history (replay -learn-only), the list's address
// is known (baseline/list): a new poster's post to it loses part of the
// sender's novelty (known_list) and passes, a localhost example in it
// included (as in list mail, private_address spares it), where the same post to an
// address nobody wrote to, or To the reader alone (or with the author's
// own address, or a colleague's) with the list only in Cc, is warned as
// before; a credential lure written to the list is still
// locked above warn; and an address in our own domains is never a list.
func TestKnownListPosts(t *testing.T) {
	const list, reader = "dev@lists.proj.example", "kai@corp.example"
	e := testEngine(t)
	start := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	posters := []string{"ana@univ-a.example", "bo@lab-b.example", "cy@gmail.com", "di@firm-d.example"}
	for d := range 21 {
		p := posters[d%len(posters)]
		body := "The fix is in https://git.proj.example/proj/commit/4711, docs at https://docs.proj.example/build.html"
		for _, to := range []string{list, "team@corp.example"} {
			r, err := e.Decide(context.Background(), strippedPost(p, to, "", "Re: build fails", body),
				Envelope{MailFrom: p, Recipients: []string{reader}, Now: start.Add(time.Duration(d) * 24 * time.Hour)})
			if err != nil {
				t.Fatal(err)
			}
			e.Teach(r) // history import, as replay -learn-only does
		}
	}
	f, err := e.history.Lookup(baseline.Query{Now: start.Add(22 * 24 * time.Hour), Lists: []string{list}})
	if err != nil || f.Lists[list].Senders < 3 {
		t.Fatalf("the list was not learned: %+v, %v", f.Lists, err)
	}
	later := start.Add(22 * 24 * time.Hour)
	const (
		newSite = "Our measurements are on https://www.radio-bench.example/results.html if anyone wants to compare."
		example = "Run it and open http://localhost:3000/ to see the dashboard; our numbers are on https://www.radio-bench.example/results.html"
		lure    = "Your mailbox is full. Sign in with your email password at https://mail-desk-verify.example/login to verify your account today."
	)
	for _, tc := range []struct {
		name, from, to, cc, body string
		action                   Action
		level                    scoring.Level // for locks
		list                     bool          // known_list expected
	}{
		{"new poster to the list", "ed@gmail.com", list, "", newSite, ActionAccept, "", true},
		{"a localhost example to the list", "ed@gmail.com", list, "", example, ActionAccept, "", true},
		{"a localhost example to an address nobody wrote to", "ed@gmail.com", "dev@lists.other.example", "", example, ActionLock, scoring.LevelWarn, false},
		{"the same post to an address nobody wrote to", "ed@gmail.com", "dev@lists.other.example", "", newSite, ActionLock, scoring.LevelWarn, false},
		{"the list in Cc of a thread's answer", "ed@gmail.com", "ana@univ-a.example", list, newSite, ActionAccept, "", true},
		{"the list in Cc of mail to the reader alone", "ed@gmail.com", reader, list, newSite, ActionLock, scoring.LevelWarn, false},
		{"the list in Cc of mail to the reader and the author", "ed@gmail.com", reader + ", ed@gmail.com", list, newSite, ActionLock, scoring.LevelWarn, false},
		{"the list in Cc of mail to the reader and a colleague", "ed@gmail.com", reader + ", boss@corp.example", list, newSite, ActionLock, scoring.LevelWarn, false},
		{"an address in our own domains is no list", "ed@gmail.com", "team@corp.example", "", newSite, ActionLock, scoring.LevelWarn, false},
		{"a credential lure to the list", "it-desk@mail-desk.example", list, "", lure, ActionLock, scoring.LevelLock, true},
	} {
		r, err := e.Decide(context.Background(), strippedPost(tc.from, tc.to, tc.cc, "question", tc.body),
			Envelope{MailFrom: tc.from, Recipients: []string{reader}, Now: later})
		if err != nil {
			t.Fatal(err)
		}
		codes := r.ReasonCodes()
		level := scoring.LevelNone
		if r.Action == ActionLock {
			level = r.Verdict.Level
		}
		if r.Action != tc.action || level != tc.level || slices.Contains(codes, scoring.CodeKnownList) != tc.list {
			t.Errorf("%s: %s %s (score %.2f, %v), want %s %s, known_list %v", tc.name, r.Action, level, r.Verdict.Score, codes, tc.action, tc.level, tc.list)
		}
	}
}

// A post judged as its list's (List-Id) is judged on the list's own
// history and gets no known_list; the list's address it came through
// still teaches, counting the author's domain.
func TestKnownListWithListID(t *testing.T) {
	const list = "dev@lists.proj.example"
	e := testEngine(t)
	now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	post := func(from string) []byte {
		return []byte(strings.Replace(string(strippedPost(from, list, "", "Re: build", "See https://docs.proj.example/build.html")),
			"Subject:", "List-Id: <dev.lists.proj.example>\r\nSubject:", 1))
	}
	for i, p := range []string{"ana@univ-a.example", "bo@lab-b.example", "cy@gmail.com"} {
		r, err := e.Decide(context.Background(), post(p), Envelope{MailFrom: "dev-bounces@lists.proj.example", Recipients: []string{"kai@corp.example"},
			Now: now.Add(time.Duration(i) * 24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(r.ReasonCodes(), scoring.CodeKnownList) {
			t.Errorf("post %d judged as the list's got known_list: %v", i, r.ReasonCodes())
		}
		e.Teach(r)
	}
	f, err := e.history.Lookup(baseline.Query{Now: now.Add(4 * 24 * time.Hour), Lists: []string{list}})
	if err != nil || f.Lists[list].Senders != 3 {
		t.Errorf("list record %+v, %v; want 3 author domains", f.Lists[list], err)
	}
}

// addressed keeps the To, then the Cc addresses that are neither a
// recipient's nor an author's (From, Sender), and tells which of them To
// names.
func TestAddressed(t *testing.T) {
	rcpts, authors := []string{"kai@corp.example"}, []string{"ann@univ.example", "office@univ.example"}
	for _, tc := range []struct {
		name         string
		to, cc       []string
		want, others []string
	}{
		{"a list in To", []string{"dev@lists.example"}, nil, []string{"dev@lists.example"}, []string{"dev@lists.example"}},
		{"the reader in Cc", []string{"dev@lists.example"}, []string{"kai@corp.example"}, []string{"dev@lists.example"}, []string{"dev@lists.example"}},
		{"the reader alone in To", []string{"kai@corp.example"}, []string{"dev@lists.example"}, []string{"dev@lists.example"}, nil},
		{"no To", nil, []string{"dev@lists.example"}, []string{"dev@lists.example"}, nil},
		{"the author's own address", []string{"ann@univ.example"}, []string{"dev@lists.example", "dev@lists.example"}, []string{"dev@lists.example"}, nil},
		{"the Sender's address", []string{"kai@corp.example", "office@univ.example"}, []string{"dev@lists.example"}, []string{"dev@lists.example"}, nil},
		{"a participant and the author", []string{"ann@univ.example", "bo@lab.example"}, []string{"dev@lists.example"}, []string{"bo@lab.example", "dev@lists.example"}, []string{"bo@lab.example"}},
		{"in To and Cc", []string{"dev@lists.example"}, []string{"dev@lists.example", "bo@lab.example"}, []string{"dev@lists.example", "bo@lab.example"}, []string{"dev@lists.example"}},
	} {
		got, others := addressed(tc.to, tc.cc, rcpts, authors)
		if !slices.Equal(got, tc.want) || !slices.Equal(others, tc.others) {
			t.Errorf("%s: %v, %v; want %v, %v", tc.name, got, others, tc.want, tc.others)
		}
	}
	var many []string
	for i := range 20 {
		many = append(many, fmt.Sprintf("a%d@lists.example", i))
	}
	got, _ := addressed(many, many, rcpts, nil)
	if got = ourOwnDropped(got, func(a string) bool { return a == "a0@lists.example" }); len(got) != baseline.MaxLists || got[0] != "a1@lists.example" {
		t.Errorf("%v kept, want %d from a1", got, baseline.MaxLists)
	}
}

// The admin's inspection of a list address shows its record and whether
// known_list reads it as a mailing list's by scoring's own thresholds:
// a discussion list after three weeks does, an address one organisation
// wrote to on many days, or many organisations on one day, does not, nor
// an address in our own domains (never learned) or one nobody wrote to.
func TestInspectListQualifies(t *testing.T) {
	const reader = "kai@corp.example"
	e := testEngine(t)
	hist, ok := e.history.(*baseline.Store)
	if !ok {
		t.Fatalf("history is %T", e.history)
	}
	start := time.Now().Add(-30 * 24 * time.Hour)
	teach := func(day int, from, to string) {
		r, err := e.Decide(context.Background(), strippedPost(from, to, "", "Re: build", "The fix is in https://git.proj.example/proj/commit/4711"),
			Envelope{MailFrom: from, Recipients: []string{reader}, Now: start.Add(time.Duration(day) * 24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		e.Teach(r)
	}
	posters := []string{"ana@univ-a.example", "bo@lab-b.example", "cy@gmail.com", "di@firm-d.example"}
	for d := range 21 {
		teach(d, posters[d%len(posters)], "dev@lists.proj.example")
		teach(d, "ana@univ-a.example", "ops@lists.one.example")
		teach(d, "team-lead@corp.example", "team@corp.example")
	}
	for _, p := range posters {
		teach(0, p, "burst@lists.new.example")
	}
	for _, tc := range []struct {
		ask             string
		key             string
		orgs            int
		seen, qualifies bool
	}{
		{"Dev@Lists.Proj.EXAMPLE", "dev@lists.proj.example", len(posters), true, true},
		{"ops@lists.one.example", "ops@lists.one.example", 1, true, false},
		{"burst@lists.new.example", "burst@lists.new.example", len(posters), true, false},
		{"team@corp.example", "team@corp.example", 0, false, false},
		{"nobody@lists.else.example", "nobody@lists.else.example", 0, false, false},
	} {
		got, err := Admin{Engine: e, Baseline: hist}.Inspect(context.Background(), lock.InspectQuery{List: tc.ask})
		if err != nil {
			t.Fatalf("%s: %v", tc.ask, err)
		}
		facts := got.(map[string]any)
		st, kl := facts["stat"].(map[string]any), facts["known_list"].(map[string]any)
		if facts["kind"] != "list" || facts["key"] != tc.key || st["organisations"] != tc.orgs || st["seen"] != tc.seen {
			t.Errorf("%s: %v, want %s with %d organisations, seen %v", tc.ask, facts, tc.key, tc.orgs, tc.seen)
		}
		if kl["qualifies"] != tc.qualifies || kl["min_organisations"] != scoring.MinListOrgs || kl["min_days"] != scoring.MinListDays || kl["min_span_days"] != scoring.MinListSpanDays {
			t.Errorf("%s: known_list %v, want qualifies %v", tc.ask, kl, tc.qualifies)
		}
	}
}

// Our own addresses never count against the bound on the addresses asked
// about and learned: a thread's answer To eight of our people and a
// participant elsewhere, with the list in Cc, is still asked about the
// participant's address and the list, and teaches them.
func TestAddressedBoundAfterOurOwn(t *testing.T) {
	const list, other = "dev@lists.proj.example", "bo@lab-b.example"
	e := testEngine(t)
	var ours []string
	for i := range baseline.MaxLists {
		ours = append(ours, fmt.Sprintf("p%d@corp.example", i))
	}
	raw := strippedPost("ana@univ-a.example", strings.Join(append(ours, other), ", "), list, "Re: build", "Thanks, that works.")
	m := e.read(raw, Envelope{MailFrom: "ana@univ-a.example", Recipients: []string{"kai@corp.example"}, Now: time.Now()})
	if want := []string{other, list}; !slices.Equal(m.Addressed, want) || !slices.Equal(m.listQuery(), want) {
		t.Errorf("Addressed %v, listQuery %v; want %v", m.Addressed, m.listQuery(), want)
	}
}

// Mail that is not learned teaches no list: posts to a made-up address
// from three organisations on three days, each locked (a stranger's
// link to a new domain) and finished as the milter finishes them, leave
// the address unknown; so do the same posts judged but never finished.
func TestKnownListNotTaughtByLockedMail(t *testing.T) {
	const fake = "all-staff@lists.lure.example"
	e := testEngine(t)
	start := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	for d, p := range []string{"ana@org-a.example", "bo@org-b.example", "cy@org-c.example"} {
		r, err := e.Decide(context.Background(), strippedPost(p, fake, "", "Updated policy", "Read it at https://policy-portal-"+fmt.Sprint(d)+".example/doc"),
			Envelope{MailFrom: p, Recipients: []string{"kai@corp.example"}, Now: start.Add(time.Duration(d) * 24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if r.Action == ActionAccept {
			t.Fatalf("post %d accepted (%v): the test needs mail that is not learned", d, r.ReasonCodes())
		}
		e.Finish(r)
	}
	f, err := e.history.Lookup(baseline.Query{Now: start.Add(4 * 24 * time.Hour), Lists: []string{fake}})
	if err != nil || f.Lists[fake].Seen() {
		t.Errorf("locked mail taught the list: %+v, %v", f.Lists[fake], err)
	}
}

// The "only addressee" guard (listQuery) asks about a To or Cc address as
// a list's only when To names someone the message was written to besides
// us: not the envelope recipients, not the author (From, or Sender), and
// not a colleague in our own domains, whether the MTA put her in this
// envelope or in another. A direct message To the reader and the author's
// own address, or To the reader and a colleague, with a list's address in
// Cc, is written to us, as one To the reader alone is; a thread's answer
// To a participant elsewhere, with the list in Cc, is the list's copy.
func TestListQueryOnlyAddressee(t *testing.T) {
	const list, reader = "dev@lists.proj.example", "kai@corp.example"
	e := testEngine(t)
	for _, tc := range []struct {
		name, header string
		want         []string
	}{
		{"the list in To", "From: ana@univ-a.example\r\nTo: " + list, []string{list}},
		{"a participant elsewhere in To", "From: ana@univ-a.example\r\nTo: kai@corp.example, bo@lab-b.example\r\nCc: " + list, []string{"bo@lab-b.example", list}},
		{"the reader alone in To", "From: ana@univ-a.example\r\nTo: kai@corp.example\r\nCc: " + list, nil},
		{"the author's own address in To", "From: ana@univ-a.example\r\nTo: kai@corp.example, Ana@Univ-A.example\r\nCc: " + list, nil},
		{"only the author's address in To", "From: ana@univ-a.example\r\nTo: ana@univ-a.example\r\nCc: " + list, nil},
		{"the Sender's address in To", "From: ana@univ-a.example\r\nSender: office@univ-a.example\r\nTo: kai@corp.example, office@univ-a.example\r\nCc: " + list, nil},
		{"a colleague outside the envelope", "From: ana@univ-a.example\r\nTo: kai@corp.example, boss@corp.example\r\nCc: " + list, nil},
		{"a colleague under our subdomain", "From: ana@univ-a.example\r\nTo: boss@eu.corp.example\r\nCc: " + list, nil},
	} {
		raw := []byte(tc.header + "\r\nSubject: build\r\nMessage-ID: <1@univ-a.example>\r\n\r\nSee you there.\r\n")
		m := e.read(raw, Envelope{MailFrom: "ana@univ-a.example", Recipients: []string{reader}, Now: time.Now()})
		if got := m.listQuery(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: listQuery %v, want %v (Addressed %v)", tc.name, got, tc.want, m.Addressed)
		}
	}
}

// A campaign of harmless mail makes no list: three organisations' plain
// notes, accepted and learned as the milter learns them, to a made-up
// address on two days, or on five days within one week, leave a new
// poster's post to it warned as one to an address nobody wrote to; the
// same three organisations writing to it on five days over two weeks,
// as a list's members do, make it a list's.
func TestKnownListCampaign(t *testing.T) {
	const reader = "kai@corp.example"
	start := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
	orgs := []string{"ana@org-a.example", "bo@org-b.example", "cy@org-c.example"}
	for _, tc := range []struct {
		name string
		days []int
		list bool
	}{
		{"three organisations on two days", []int{0, 1}, false},
		{"five days within a week", []int{0, 1, 2, 3, 5}, false},
		{"five days over two weeks", []int{0, 3, 7, 10, 14}, true},
	} {
		e := testEngine(t)
		const addr = "all-members@lists.club.example"
		for _, d := range tc.days {
			for i, p := range orgs {
				r, err := e.Decide(context.Background(), strippedPost(p, addr, "", "Meeting notes", fmt.Sprintf("Thanks all, see you on Thursday (%d/%d).", d, i)),
					Envelope{MailFrom: p, Recipients: []string{reader}, Now: start.Add(time.Duration(d*24+i) * time.Hour)})
				if err != nil {
					t.Fatal(err)
				}
				if r.Action != ActionAccept {
					t.Fatalf("%s: day %d %s: %s %v; the test needs mail that is learned", tc.name, d, p, r.Action, r.ReasonCodes())
				}
				e.Finish(r)
			}
		}
		post := strippedPost("ed@gmail.com", addr, "", "question", "Our measurements are on https://www.radio-bench.example/results.html if anyone wants to compare.")
		r, err := e.Decide(context.Background(), post, Envelope{MailFrom: "ed@gmail.com", Recipients: []string{reader}, Now: start.Add(16 * 24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(r.ReasonCodes(), scoring.CodeKnownList); got != tc.list || got == (r.Action != ActionAccept) {
			t.Errorf("%s: %s (score %.2f, %v), want known_list %v", tc.name, r.Action, r.Verdict.Score, r.ReasonCodes(), tc.list)
		}
	}
}
