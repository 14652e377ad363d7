package scoring

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"testing"
)

// cloneInput is a deep copy of in (through JSON: Input is plain data).
func cloneInput(t *testing.T, in Input) Input {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Input
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// withRecipients gives in several recipients who differ: one knows every
// link's domain, one none and has a Reply-To partner listed, one has the
// sender allowlisted... each with its own history.
func withRecipients(in Input) Input {
	in.History.Recipients = map[string]RecipientHistory{}
	for k, v := range in.History.Recipients {
		in.History.Recipients[k] = v
	}
	var doms []string
	for _, l := range in.Links {
		doms = append(doms, l.Domain)
	}
	in.Recipients = []string{"a@corp.example", "b@corp.example", "c@corp.example", "d@corp.example"}
	in.History.Recipients = map[string]RecipientHistory{
		"a@corp.example": {Recipient: est(), Pair: est(), Links: map[string]Stat{}, Known: doms},
		"b@corp.example": {Recipient: est(), Known: []string{"partner.example"}},
		"c@corp.example": {},
		"d@corp.example": {Recipient: est(), Pair: est(), Known: doms},
	}
	for _, d := range doms {
		in.History.Recipients["a@corp.example"].Links[d] = est()
	}
	return in
}

// TestScoreIndependent: a verdict depends on its input alone: scoring the
// same input twice, other inputs in between, and with its recipients in
// another order, gives the verdict fresh scoring gives; scoring leaves its
// input as it was; the strictest recipient's verdict among several is the
// verdict that recipient alone gets.
func TestScoreIndependent(t *testing.T) {
	p := testPolicy()
	ins := goldenInputs(t)
	ins["mixed"] = mixedInput()
	var names []string
	for name := range ins {
		names = append(names, name)
	}
	for _, name := range names {
		ins[name+"/multi"] = withRecipients(cloneInput(t, ins[name]))
	}
	for _, name := range slices.Clone(names) {
		names = append(names, name+"/multi")
	}
	sort.Strings(names)
	fresh := map[string]Verdict{}
	for _, name := range names {
		in := cloneInput(t, ins[name])
		fresh[name] = Score(p, in)
		if !reflect.DeepEqual(in, cloneInput(t, ins[name])) {
			t.Errorf("%s: scoring changed its input", name)
		}
	}
	for round := range 2 {
		order := slices.Clone(names)
		if round == 1 {
			slices.Reverse(order)
		}
		var held []Verdict
		for _, name := range order {
			v := Score(p, ins[name])
			held = append(held, v)
			if !reflect.DeepEqual(v, fresh[name]) {
				t.Errorf("round %d, %s: verdict differs from fresh scoring:\n%+v\nwant\n%+v", round, name, v, fresh[name])
			}
		}
		for i, name := range order { // verdicts kept do not change later
			if !reflect.DeepEqual(held[i], fresh[name]) {
				t.Errorf("round %d, %s: verdict changed after later scoring", round, name)
			}
		}
	}
	for _, name := range names { // a link's decision does not depend on its neighbours' order
		in := cloneInput(t, ins[name])
		slices.Reverse(in.Links)
		got, want := Score(p, in), fresh[name]
		slices.Reverse(got.Links)
		if !reflect.DeepEqual(got.Links, want.Links) || got.Action != want.Action || got.Score != want.Score {
			t.Errorf("%s: links reversed:\n%+v\nwant\n%+v", name, got.Links, want.Links)
		}
	}
	for _, name := range names {
		in := ins[name]
		if len(in.Recipients) < 2 {
			continue
		}
		v := fresh[name]
		rev := cloneInput(t, in)
		slices.Reverse(rev.Recipients)
		if got := Score(p, rev); !sameDecisions(got, v) { // a tie may name another recipient
			t.Errorf("%s: recipients reversed:\n%+v\nwant\n%+v", name, got, v)
		}
		one := cloneInput(t, in)
		one.Recipients = []string{v.Recipient}
		got := Score(p, one)
		got.Recipient = v.Recipient
		if !reflect.DeepEqual(got, v) {
			t.Errorf("%s: %s alone:\n%+v\nwant\n%+v", name, v.Recipient, got, v)
		}
		for _, rc := range in.Recipients {
			one.Recipients = []string{rc}
			a := Score(p, one)
			if b := Score(p, one); !reflect.DeepEqual(a, b) {
				t.Errorf("%s: %s twice differs", name, rc)
			}
		}
	}
}

// sameDecisions: the verdicts take the same action on the message and
// each link.
func sameDecisions(a, b Verdict) bool {
	if a.Action != b.Action || a.Score != b.Score || a.Level != b.Level || len(a.Links) != len(b.Links) {
		return false
	}
	for i := range a.Links {
		x, y := a.Links[i], b.Links[i]
		if x.Lock != y.Lock || x.Level != y.Level || x.Score != y.Score {
			return false
		}
	}
	return true
}

// mixedInput: a stranger's message whose links share texts in part: the
// same words near an established domain and a new one, a sign-in request
// beside them, a look-alike twice, the recipient's address in base64 and a
// voicemail notice's words, for two recipients with other histories.
func mixedInput() Input {
	in := newInput()
	in.FromName, in.Subject = "Payroll", "About your salary"
	in.History.Domains = map[string]Stat{"old.example": est()}
	in.History.Hosts = map[string]Stat{"www.old.example": est()}
	add := func(raw, host, domain, display, context string) {
		l := web(raw, host, domain)
		l.Display, l.Context = display, context
		in.Links = append(in.Links, l)
	}
	add("https://www.old.example/a", "www.old.example", "old.example", "Read more", "Our quarterly report is out.")
	add("https://www.fresh-one.example/a", "www.fresh-one.example", "fresh-one.example", "Read more", "Our quarterly report is out.")
	add("https://www.fresh-one.example/b", "www.fresh-one.example", "fresh-one.example", "Read more", "Sign in to verify your account password now.")
	add("https://paypa1.com/x", "paypa1.com", "paypa1.com", "PayPal", "Sign in to verify your account password now.")
	add("https://www.old.example/c", "www.old.example", "old.example", "Read more", "Sign in to verify your account password now.")
	add("https://paypa1.com/y", "paypa1.com", "paypa1.com", "PayPal", "Our quarterly report is out.")
	add("https://view-new.example/#Ym9iQGNvcnAuZXhhbXBsZQ==", "view-new.example", "view-new.example", "Listen", "You have a new voicemail (0:47).")
	add("https://www.old.example/d", "www.old.example", "old.example", "Listen", "You have a new voicemail (0:47).")
	in.Recipients = []string{"bob@corp.example", "ann@corp.example"}
	in.History.Recipients = map[string]RecipientHistory{
		"ann@corp.example": {Recipient: est(), Links: map[string]Stat{"paypa1.com": est()}, Known: []string{"paypa1.com"}},
	}
	return in
}
