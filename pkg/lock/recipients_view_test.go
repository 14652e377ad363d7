package lock

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// A rcptNamer without a budget names at most max recipients (all when max < 0) and counts
// them all, whatever the record's kind.
func TestViewLockCaps(t *testing.T) {
	five := manyReaders(5)
	tests := []struct {
		name       string
		recipient  string
		recipients []string
		max        int
		want       []string
		total      int
	}{
		{"under the cap", five[0], five, 10, five, 5},
		{"at the cap", five[0], five, 5, five, 5},
		{"over the cap", five[0], five, 2, five[:2], 5},
		{"none named", five[0], five, 0, nil, 5},
		{"all", five[0], five, -1, five, 5},
		{"older record: Recipient only", "bob@corp.example", nil, 0, nil, 1},
		{"no recipient at all", "", nil, 10, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Record{ID: "x", Recipient: tc.recipient, Recipients: tc.recipients}
			v := unbounded(tc.max).lock(r)
			if !slices.Equal(v.Recipients, tc.want) || v.RecipientsTotal != tc.total || v.Recipient != tc.recipient {
				t.Errorf("lock(%d) = %v (total %d, first %q); want %v (total %d)", tc.max, v.Recipients, v.RecipientsTotal, v.Recipient, tc.want, tc.total)
			}
			if len(tc.recipients) > 0 && !slices.Equal(r.Recipients, tc.recipients) {
				t.Errorf("lock changed the record's list: %v", r.Recipients)
			}
		})
	}
}

// rawAPI is the raw body of an admin API call.
func rawAPI(t testing.TB, h *Handler, target string) (int, []byte) {
	t.Helper()
	r := httptest.NewRequest("GET", target, nil)
	r.Header.Set("Authorization", "Bearer "+testToken)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Code, w.Body.Bytes()
}

// GET /api/locks names at most ListRecipients recipients of each lock
// unless ?recipients= says otherwise, and counts them all in
// recipients_total; one lock's answer, a release and a relock name
// every one. A lock of few recipients answers as before, plus the total.
func TestAPILocksRecipientCap(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	readers := manyReaders(10000)
	ids := lockMessage(t, s, 100, readers)
	small := testRecord(LevelWarn, "https://small.example/")
	small.Recipients = []string{"bob@corp.example", "carol@corp.example"}
	smallID := createOne(t, s, small)
	oldID := createOne(t, s, testRecord(LevelWarn, "https://old.example/")) // Recipient only

	type lockAns struct {
		ID         string   `json:"id"`
		Recipient  string   `json:"recipient"`
		Recipients []string `json:"recipients"`
		Total      *int     `json:"recipients_total"`
	}
	tests := []struct {
		query    string
		code     int
		named    int // recipients named for each lock of the big message
		maxBytes int
	}{
		{"", 200, ListRecipients, 1 << 20},
		{"?recipients=" + fmt.Sprint(ListRecipients+1), 200, ListRecipients + 1, 1 << 20},
		{"?recipients=3", 200, 3, 200 << 10},
		{"?recipients=0", 200, 0, 200 << 10},
		{"?recipients=all&limit=2", 200, 10000, 2 << 20},
		{"?recipients=some", 400, 0, 0},
		{"?recipients=-1", 400, 0, 0},
	}
	for _, tc := range tests {
		code, body := rawAPI(t, h, "/api/locks"+tc.query)
		if code != tc.code {
			t.Errorf("GET /api/locks%s = %d, want %d: %.200s", tc.query, code, tc.code, body)
			continue
		}
		if code != 200 {
			if !strings.Contains(string(body), "give all or a number") {
				t.Errorf("GET /api/locks%s: error does not say what to give: %s", tc.query, body)
			}
			continue
		}
		if len(body) > tc.maxBytes {
			t.Errorf("GET /api/locks%s: %d bytes, want at most %d", tc.query, len(body), tc.maxBytes)
		}
		var ans struct{ Locks []lockAns }
		if err := json.Unmarshal(body, &ans); err != nil {
			t.Fatal(err)
		}
		for _, l := range ans.Locks {
			want, wantTotal := tc.named, 10000
			switch l.ID {
			case smallID:
				want, wantTotal = min(tc.named, 2), 2
			case oldID:
				want, wantTotal = 0, 1
			}
			if l.Total == nil || *l.Total != wantTotal || len(l.Recipients) != want || l.Recipient == "" {
				t.Errorf("GET /api/locks%s: lock %s names %d recipients (first %q), total %v; want %d of %d", tc.query, l.ID, len(l.Recipients), l.Recipient, l.Total, want, wantTotal)
				break
			}
			if want > 0 && l.Recipients[want-1] != map[bool]string{true: "carol@corp.example", false: readers[want-1]}[l.ID == smallID] {
				t.Errorf("GET /api/locks%s: lock %s names the wrong recipients: ... %s", tc.query, l.ID, l.Recipients[want-1])
			}
		}
	}
	// One lock, its release and its relock name every recipient.
	for _, c := range []struct{ method, path string }{
		{"GET", "/api/locks/" + ids[0]}, {"POST", "/api/locks/" + ids[0] + "/release"}, {"POST", "/api/locks/" + ids[0] + "/relock"},
	} {
		r := httptest.NewRequest(c.method, c.path, nil)
		r.Header.Set("Authorization", "Bearer "+testToken)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		var ans struct{ Lock lockAns }
		if err := json.Unmarshal(w.Body.Bytes(), &ans); w.Code != 200 || err != nil || len(ans.Lock.Recipients) != 10000 || ans.Lock.Total == nil || *ans.Lock.Total != 10000 {
			t.Errorf("%s %s = %d, %d recipients, total %v; want all 10000", c.method, c.path, w.Code, len(ans.Lock.Recipients), ans.Lock.Total)
		}
	}
}

// A lock of few recipients answers as it did before recipients_total:
// the same fields, in the same form, plus the total, so a script that
// reads recipients (or decodes a Record) keeps working.
func TestAPILocksCompatible(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	r := testRecord(LevelLock, "https://compat.example/")
	r.Recipients = []string{"bob@corp.example", "carol@corp.example"}
	id := createOne(t, s, r)
	stored, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	before, err := json.Marshal(stored) // what the API answered before
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	json.Unmarshal(before, &want)
	want["recipients_total"] = float64(2)
	for _, target := range []string{"/api/locks", "/api/locks/" + id} {
		code, body := rawAPI(t, h, target)
		var ans struct {
			Lock  map[string]any
			Locks []map[string]any
		}
		if err := json.Unmarshal(body, &ans); code != 200 || err != nil {
			t.Fatalf("GET %s = %d %v", target, code, err)
		}
		got := ans.Lock
		if len(ans.Locks) == 1 {
			got = ans.Locks[0]
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("GET %s answers\n%v\nwant\n%v", target, got, want)
		}
		var old struct {
			Lock  Record
			Locks []Record
		}
		if json.Unmarshal(body, &old) != nil || len(old.Locks) == 1 && !slices.Equal(old.Locks[0].Recipients, r.Recipients) || old.Lock.ID != "" && !slices.Equal(old.Lock.Recipients, r.Recipients) {
			t.Errorf("GET %s does not decode as a Record: %s", target, body)
		}
	}
}

// rcpts names the first recipient, counts the others, and folds out at
// most dashRecipients of them.
func TestDashRcpts(t *testing.T) {
	tests := []struct {
		n, more, shown, rest int
	}{
		{0, 0, 0, 0},
		{1, 0, 0, 0},
		{2, 1, 2, 0},
		{dashRecipients, dashRecipients - 1, dashRecipients, 0},
		{dashRecipients + 1, dashRecipients, dashRecipients, 1},
		{10000, 9999, dashRecipients, 10000 - dashRecipients},
	}
	for _, tc := range tests {
		as := manyReaders(tc.n)
		l := rcpts(as, tc.n, "milterd locks X")
		first := ""
		if tc.n > 0 {
			first = as[0]
		}
		if l.First != first || l.Total != tc.n || l.More != tc.more || len(l.Shown) != tc.shown || l.Rest != tc.rest || l.All != "milterd locks X" {
			t.Errorf("rcpts(%d) = %q total %d +%d, %d shown, %d left; want +%d, %d shown, %d left", tc.n, l.First, l.Total, l.More, len(l.Shown), l.Rest, tc.more, tc.shown, tc.rest)
		}
	}
}

// A dashboard full of locks of one message to 10,000 readers, every one
// with an access request, a held message to the same readers, verdicts
// of such messages and a search by one of them stays small: each row
// names the first reader (in the search, the one searched for),
// "+9999 more" and folds out 20, never the whole list.
func TestDashboardManyRecipientsBounded(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	readers := manyReaders(10000)
	ids := lockMessage(t, s, 60, readers)
	for _, id := range ids {
		if _, err := s.Request(id, "please"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Sender: "alice@sender.example", Recipients: readers, Subject: "To all"}); err != nil {
		t.Fatal(err)
	}
	for range 30 {
		s.RecordVerdict(VerdictRecord{Action: "lock", Sender: "alice@sender.example", Recipients: readers, LinkCount: 2, LockedCount: 1})
	}
	c, _ := dashLogin(t, h, testToken)
	w := dashDo(h, "GET", "/admin/?kind=recipient&q=reader9999@corp.example", nil, c)
	body := w.Body.String()
	if w.Code != 200 || len(body) > 250<<10 {
		t.Fatalf("dashboard = %d, %d bytes; want 200 and at most 250 KB", w.Code, len(body))
	}
	t.Logf("dashboard with %d rows of 10,000 recipients: %d bytes", 30+50+20+20+1, len(body))
	for _, want := range []struct {
		what  string
		count int
	}{
		{"(+9999 more)", 30 + 50 + 20 + 20 + 1}, // recent locks, requests, search locks and verdicts, held message
		{"reader19@corp.example", 30 + 50 + 1},
		{"reader9999@corp.example, reader0@corp.example, ", 20 + 20},             // the search: the reader searched for first
		{"reader18@corp.example and 9980 more</details>", 20},                    // a verdict: no command names them all
		{"and 9980 more: <code>milterd locks " + slices.Max(ids) + "</code>", 3}, // one clock tick: newest is the last ID
		{"<code>milterd quarantine 4QaBc9</code> names them all", 1},
		{"10000 recipients</summary>", 30 + 50 + 20 + 20 + 1},
	} {
		if n := strings.Count(body, want.what); n != want.count {
			t.Errorf("dashboard shows %q %d times, want %d", want.what, n, want.count)
		}
	}
	for _, never := range []string{"reader20@corp.example", "reader9998@corp.example"} {
		if strings.Contains(body, never) {
			t.Errorf("dashboard names %q, past the first %d", never, dashRecipients)
		}
	}
}

// The recipients a row folds out are escaped and their bidi controls
// shown, in the recent locks, the search and a held message alike: an
// envelope address may carry quotes, angle brackets and any Unicode (a
// quoted local part, SMTPUTF8).
func TestDashboardHostileRecipients(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	hostile := []string{
		"bob@corp.example",
		`"<script>alert(1)</script>"@evil.example`,
		`"x' onmouseover='alert(2)"@evil.example`,
		"\u202egro.live@evil.example",
		`"{{.Org}}"@evil.example`,
	}
	r := testRecord(LevelLock, "https://l.example/")
	r.Recipient, r.Recipients = hostile[0], hostile
	createOne(t, s, r)
	if err := s.SaveQuarantine(QuarantineRecord{QueueID: "4QaBc9", Sender: "alice@sender.example", Recipients: hostile}); err != nil {
		t.Fatal(err)
	}
	c, _ := dashLogin(t, h, testToken)
	w := dashDo(h, "GET", "/admin/?kind=recipient&q=bob@corp.example", nil, c)
	body := w.Body.String()
	if w.Code != 200 {
		t.Fatalf("dashboard = %d", w.Code)
	}
	for _, never := range []string{"<script>alert", "' onmouseover='", "\u202e", `"{{.Org}}"`} {
		if strings.Contains(body, never) {
			t.Errorf("dashboard carries %q raw", never)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "[U&#43;202E]gro.live@evil.example", "{{.Org}}"} {
		if n := strings.Count(body, want); n < 3 { // recent locks, search, held message
			t.Errorf("dashboard shows %q %d times, want at least 3", want, n)
		}
	}
}

// firstWith keeps the order of the first k unless want is past them:
// then want (as stored) comes first, before the first k-1.
func TestFirstWith(t *testing.T) {
	five := manyReaders(5)
	tests := []struct {
		name, want string
		k          int
		named      []string
	}{
		{"no filter", "", 2, five[:2]},
		{"filter among the first", "reader1@corp.example", 2, five[:2]},
		{"filter past them", "reader4@corp.example", 2, []string{five[4], five[0]}},
		{"in another case", "READER4@Corp.Example", 3, []string{five[4], five[0], five[1]}},
		{"not a recipient", "nobody@corp.example", 2, five[:2]},
		{"none named", "reader4@corp.example", 0, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := firstWith(five, tc.k, tc.want); !slices.Equal(got, tc.named) {
				t.Errorf("firstWith(%d, %q) = %v, want %v", tc.k, tc.want, got, tc.named)
			}
			if !slices.Equal(five, manyReaders(5)) {
				t.Errorf("firstWith changed its list: %v", five)
			}
		})
	}
}

// listAnswer is one item of a list answer, whatever its kind.
type listAnswer struct {
	Recipients []string `json:"recipients"`
	Total      *int     `json:"recipients_total"`
}

// manyRecipientAPI stores n locks, n verdicts and n held messages of
// messages to 10,000 readers.
func manyRecipientAPI(t testing.TB, n int) (*Handler, []string) {
	t.Helper()
	h, s, _, _ := newAdminHandler(t)
	readers := manyReaders(10000)
	lockMessage(t, s, n, readers)
	for i := range n {
		s.RecordVerdict(VerdictRecord{Action: "lock", Sender: "alice@sender.example", Recipients: readers, LinkCount: 2, LockedCount: 1})
		if err := s.SaveQuarantine(QuarantineRecord{QueueID: fmt.Sprintf("4Q%05d", i), Sender: "alice@sender.example", Recipients: readers}); err != nil {
			t.Fatal(err)
		}
	}
	return h, readers
}

// The three list answers (locks, verdicts, held messages) name at most
// ListRecipients recipients an item unless ?recipients= says otherwise,
// count them all in recipients_total, name a recipient filter's address
// (first, when the cut would leave it out), and name at most
// MaxAnswerRecipients in all (past it, only the filter's address).
func TestAPIListsRecipientCap(t *testing.T) {
	const items = 30
	h, readers := manyRecipientAPI(t, items)
	full := MaxAnswerRecipients / 10000 // items named in full under recipients=all
	last := "reader9999@corp.example"
	tests := []struct {
		name, query string
		named       func(i int) int // recipients item i names
		first       string          // the first each naming any names
		maxBytes    int
	}{
		{"default", "", func(int) int { return ListRecipients }, readers[0], 1 << 20},
		{"a number", "?recipients=3", func(int) int { return 3 }, readers[0], 256 << 10},
		{"none", "?recipients=0", func(int) int { return 0 }, "", 256 << 10},
		{"filter past the cut", "?recipient=" + last, func(int) int { return ListRecipients }, last, 1 << 20},
		{"filter in another case", "?recipients=1&recipient=READER9999@corp.example", func(int) int { return 1 }, last, 256 << 10},
		{"filter within the cut", "?recipient=reader5@corp.example", func(int) int { return ListRecipients }, readers[0], 1 << 20},
		{"all: up to the budget", "?recipients=all", func(i int) int { return map[bool]int{true: 10000, false: 0}[i < full] }, readers[0], 4 << 20},
		{"all, filtered: the filter's past the budget", "?recipients=all&recipient=" + last, func(i int) int { return map[bool]int{true: 10000, false: 1}[i < full] }, "", 4 << 20},
	}
	for _, path := range []string{"locks", "verdicts", "quarantine"} {
		for _, tc := range tests {
			t.Run(path+"/"+tc.name, func(t *testing.T) {
				code, body := rawAPI(t, h, "/api/"+path+tc.query)
				if code != 200 || len(body) > tc.maxBytes {
					t.Fatalf("GET /api/%s%s = %d, %d bytes; want 200, at most %d", path, tc.query, code, len(body), tc.maxBytes)
				}
				var ans map[string][]listAnswer
				if err := json.Unmarshal(body, &ans); err != nil || len(ans[path]) != items {
					t.Fatalf("GET /api/%s%s: %d items, %v", path, tc.query, len(ans[path]), err)
				}
				for i, it := range ans[path] {
					if it.Total == nil || *it.Total != 10000 || len(it.Recipients) != tc.named(i) {
						t.Fatalf("item %d names %d recipients, total %v; want %d of 10000", i, len(it.Recipients), it.Total, tc.named(i))
					}
					if first := tc.first; len(it.Recipients) > 0 && first != "" && it.Recipients[0] != first {
						t.Fatalf("item %d names %s first, want %s", i, it.Recipients[0], first)
					}
					if len(it.Recipients) == 1 && strings.Contains(tc.query, "recipient=") && !strings.EqualFold(it.Recipients[0], last) {
						t.Fatalf("item %d names %s, not the filter's %s", i, it.Recipients[0], last)
					}
				}
			})
		}
		if code, body := rawAPI(t, h, "/api/"+path+"?recipients=some"); code != 400 || !strings.Contains(string(body), "give all or a number") {
			t.Errorf("GET /api/%s?recipients=some = %d %s; want 400 saying what to give", path, code, body)
		}
	}
}

// One held message's answer names every recipient, and counts them.
func TestAPIQuarantinedNamesAll(t *testing.T) {
	h, _ := manyRecipientAPI(t, 1)
	code, body := rawAPI(t, h, "/api/quarantine/4Q00000")
	var ans struct{ Quarantine listAnswer }
	if err := json.Unmarshal(body, &ans); code != 200 || err != nil || len(ans.Quarantine.Recipients) != 10000 || ans.Quarantine.Total == nil || *ans.Quarantine.Total != 10000 {
		t.Errorf("GET /api/quarantine/4Q00000 = %d, %d recipients, total %v, %v; want all 10000", code, len(ans.Quarantine.Recipients), ans.Quarantine.Total, err)
	}
}

// ?recipient= on /api/quarantine lists only the messages held for that
// address, in any case.
func TestAPIQuarantineByRecipient(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	for _, q := range []QuarantineRecord{
		{QueueID: "4QaAA1", Recipients: []string{"bob@corp.example", "carol@corp.example"}},
		{QueueID: "4QaAA2", Recipients: []string{"dave@corp.example"}},
		{QueueID: "4QaAA3"},
	} {
		if err := s.SaveQuarantine(q); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"4QaAA1", "4QaAA2", "4QaAA3"}},
		{"?recipient=CAROL@corp.example", []string{"4QaAA1"}},
		{"?recipient=dave@corp.example", []string{"4QaAA2"}},
		{"?recipient=nobody@corp.example", nil},
		{"?limit=1", []string{"4QaAA1"}},
	}
	for _, tc := range tests {
		code, body := rawAPI(t, h, "/api/quarantine"+tc.query)
		var ans struct{ Quarantine []QuarantineRecord }
		if err := json.Unmarshal(body, &ans); code != 200 || err != nil {
			t.Fatalf("GET /api/quarantine%s = %d %v", tc.query, code, err)
		}
		var got []string
		for _, q := range ans.Quarantine {
			got = append(got, q.QueueID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("GET /api/quarantine%s = %v, want %v", tc.query, got, tc.want)
		}
	}
}

// A verdict or held message of few recipients answers as before
// recipients_total: the same fields, in the same form, plus the total.
func TestAPIVerdictsQuarantineCompatible(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	two := []string{"bob@corp.example", "carol@corp.example"}
	v := VerdictRecord{Action: "lock", Sender: "alice@sender.example", Recipients: two, LinkCount: 2, LockedCount: 1}
	s.RecordVerdict(v)
	q := QuarantineRecord{QueueID: "4QaBc9", Sender: "alice@sender.example", Recipients: two, Reasons: []Reason{{Code: "x"}}}
	if err := s.SaveQuarantine(q); err != nil {
		t.Fatal(err)
	}
	vs, _ := s.Verdicts(VerdictFilter{})
	qs, _ := s.ListQuarantine(QuarantineFilter{})
	tests := []struct {
		target, key string
		before      any // what the API answered before
		extra       map[string]any
	}{
		{"/api/verdicts", "verdicts", vs[0], nil},
		{"/api/quarantine", "quarantine", qs[0], map[string]any{"release_instructions": ReleaseInstructions("4QaBc9")}},
	}
	for _, tc := range tests {
		raw, _ := json.Marshal(tc.before)
		var want map[string]any
		json.Unmarshal(raw, &want)
		maps.Copy(want, tc.extra)
		want["recipients_total"] = float64(2)
		code, body := rawAPI(t, h, tc.target)
		var ans map[string][]map[string]any
		if err := json.Unmarshal(body, &ans); code != 200 || err != nil || len(ans[tc.key]) != 1 {
			t.Fatalf("GET %s = %d %v: %s", tc.target, code, err, body)
		}
		if got := ans[tc.key][0]; fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("GET %s answers\n%v\nwant\n%v", tc.target, got, want)
		}
	}
}

// A rcptNamer names a subset of the list, at most max an item and
// budget in all (the filter's address past it), keeps the order of what
// it names but for the filter's address, and names that address
// whenever it names any recipient of a list holding it.
func FuzzRcptNamer(f *testing.F) {
	f.Add("a@x,b@x,c@x", "C@X", 1, 2)
	f.Add("a@x,b@x", "", -1, 0)
	f.Fuzz(func(t *testing.T, list, want string, most, budget int) {
		as := strings.Split(list, ",")
		n := &rcptNamer{max: most, want: want, budget: budget}
		got := n.name(as)
		k := len(as)
		if most >= 0 {
			k = min(k, most)
		}
		if len(got) > k || budget >= 0 && len(got) > max(budget, min(k, 1)) {
			t.Fatalf("named %d of %d (max %d, budget %d)", len(got), len(as), most, budget)
		}
		if want != "" && len(got) > 0 && containsFold(as, want) && !containsFold(got, want) {
			t.Fatalf("%q is left out of %v", want, got)
		}
		rest := got
		if len(rest) > 0 && want != "" && equalFold(rest[0], want) && !slices.Equal(rest, as[:len(rest)]) {
			rest = rest[1:]
		}
		if !slices.Equal(rest, as[:len(rest)]) {
			t.Fatalf("named %v, not the first of %v", got, as)
		}
	})
}
