package scoring

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// goldenInputs are the golden cases' inputs and the benchmarks', by name.
func goldenInputs(t *testing.T) map[string]Input {
	t.Helper()
	ins := map[string]Input{"bench": benchInput(), "newsletter": newsletterInput(), "known": knownInput(), "new": newInput()}
	files, _ := filepath.Glob("testdata/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c goldenCase
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		ins[filepath.Base(f)] = c.Input
	}
	return ins
}

// TestPresent: present, which reads the links' own evidence once per
// message and the recipient's in one run, answers as a scan of every
// judged link not allowlisted for the recipient does, with and without a
// link allowlisted for one recipient.
func TestPresent(t *testing.T) {
	ins := goldenInputs(t)
	allowed := benchInput()
	allowed.Links = append(allowed.Links, web("https://www.track.example/c?u=user1@corp.example", "www.track.example", "track.example"))
	allowed.Allow = []Allow{{Domain: "fresh18.top", Recipient: "user1@corp.example"}, {Domain: "paypa1.com"}, {Domain: "track.example"}}
	ins["bench allowlisted"] = allowed
	for name, in := range ins {
		m := newMessage(testPolicy().withDefaults(), &in)
		for _, rc := range append(in.Recipients, "") {
			r := m.evalRecipient(rc, nil)
			for code := range knownCodes {
				want := hasCode(r.msgEv, code) || hasCode(m.subjEv, code)
				for i := range m.links {
					want = want || m.links[i].skip == "" && !r.links[i].allowed && (hasCode(m.links[i].ev, code) || hasCode(r.links[i].ev, code))
				}
				if got := m.present(r, code); got != want {
					t.Errorf("%s, %q: present(%s) = %v, want %v", name, rc, code, got, want)
				}
			}
		}
	}
}

// TestRankedReasons: rankedReasons, which merges sentences the links'
// decisions hold, ranks as appendReasons does from the evidence, for every
// recipient of the golden and benchmark inputs.
func TestRankedReasons(t *testing.T) {
	for name, in := range goldenInputs(t) {
		m := newMessage(testPolicy().withDefaults(), &in)
		for _, rc := range append(in.Recipients, "") {
			r := m.evalRecipient(rc, nil)
			v := m.verdict(r)
			sender := appendReasons(nil, r.msgEv)
			for top := -1; top < len(m.links); top++ {
				want := appendReasons(nil, r.msgEv, m.subjEv)
				var topReasons []Reason
				if top >= 0 {
					if m.links[top].skip != "" || r.links[top].allowed {
						continue
					}
					want = appendReasons(nil, m.links[top].ev, r.links[top].ev, r.msgEv, m.subjEv)
					topReasons = v.Links[top].Reasons
				}
				if got := m.rankedReasons(r, top, topReasons, sender); !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %q, link %d: rankedReasons\n%v\nwant\n%v", name, rc, top, got, want)
				}
			}
		}
	}
}

// TestScoreConcurrent: Score shares nothing it writes between calls (the
// parsed tables are read-only), so concurrent calls on one Policy agree
// with sequential ones; run with -race.
func TestScoreConcurrent(t *testing.T) {
	p := testPolicy()
	ins := goldenInputs(t)
	want := map[string]Verdict{}
	for name, in := range ins {
		want[name] = Score(p, in)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for name, in := range ins {
				if got := Score(p, in); !reflect.DeepEqual(got, want[name]) {
					t.Errorf("%s: concurrent Score differs", name)
				}
			}
		})
	}
	wg.Wait()
}

// TestLinkReasonCount: markRepeats counts exactly the reasons of the
// links' decisions, so verdict carves them all from one allocation and
// each link's reasons are capped where the next one's start, and a link
// that repeats an earlier link holds a copy of its reasons; with links allowlisted (for one recipient and for all) and a
// link kept open in an attachment, which add a reason each.
func TestLinkReasonCount(t *testing.T) {
	p, open := testPolicy(), testPolicy()
	open.AttachmentQuarantine = AttachmentNever
	ins := goldenInputs(t)
	allowed := benchInput()
	allowed.Links = append(allowed.Links, web("https://www.track.example/c?u=user1@corp.example", "www.track.example", "track.example"))
	allowed.Allow = []Allow{{Domain: "fresh18.top", Recipient: "user1@corp.example"}, {Domain: "paypa1.com"}, {Domain: "track.example"}}
	ins["bench allowlisted"] = allowed
	ins["pdf kept open"] = bodyAndPDF(withDisplayTrick)
	unlockable, repeats, far := false, false, false
	for name, in := range ins {
		for _, pol := range []Policy{p, open} {
			m := newMessage(pol.withDefaults(), &in)
			for _, rc := range append(in.Recipients, "") {
				r := m.evalRecipient(rc, nil)
				v := m.verdict(r)
				n, prev := 0, -1
				for i, d := range v.Links {
					unlockable = unlockable || r.links[i].unlockable
					if cap(d.Reasons) != len(d.Reasons) {
						t.Errorf("%s, %q, link %d: %d reasons, capacity %d", name, rc, i, len(d.Reasons), cap(d.Reasons))
					}
					if from := int(r.links[i].repeats) - 1; from >= 0 {
						repeats, far = true, far || from != prev
						if prior := v.Links[from].Reasons; from >= i || m.links[from].skip != "" || !slices.Equal(d.Reasons, prior) || len(prior) > 0 && &d.Reasons[0] == &prior[0] {
							t.Errorf("%s, %q, link %d repeats link %d but does not hold a copy of its reasons", name, rc, i, from)
						}
					}
					n += len(d.Reasons)
					if m.links[i].skip == "" {
						prev = i
					}
				}
				if got := m.markRepeats(r, len(appendReasons(nil, r.msgEv))); got != n {
					t.Errorf("%s, %q: markRepeats %d, the links hold %d reasons", name, rc, got, n)
				}
			}
		}
	}
	if !repeats {
		t.Error("no link repeated the reasons of an earlier link")
	}
	if !far {
		t.Error("no link repeated the reasons of a link other than the judged link before it")
	}
	if !unlockable {
		t.Error("no link was kept open in an attachment")
	}
}

// TestMessageReasons: after the decision, a verdict's reasons are the
// ranked ones without repeated codes, those the quarantine rule names
// first, cut at maxMessageReasons, for every rule a recipient may hold.
func TestMessageReasons(t *testing.T) {
	for name, in := range goldenInputs(t) {
		m := newMessage(testPolicy().withDefaults(), &in)
		for _, rc := range append(in.Recipients, "") {
			r := m.evalRecipient(rc, nil)
			v := m.verdict(r)
			ranked := m.rankedReasons(r, -1, nil, appendReasons(nil, r.msgEv))
			for _, d := range v.Links {
				ranked = append(ranked, d.Reasons...)
			}
			for _, rule := range rulesFor(ranked) {
				r.rule = rule
				got := m.messageReasons(r, -1, ranked, new([]Reason))
				want := m.messageReasons(r, -1, nil, new([]Reason)) // the decision alone
				for _, x := range rankedRuleFirst(ranked, rule) {
					if !hasReason(want, x.Code) {
						want = append(want, x)
					}
				}
				if len(want) > maxMessageReasons {
					want = want[:maxMessageReasons]
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %q, rule %q:\n%v\nwant\n%v", name, rc, rule, got, want)
				}
			}
		}
	}
}

// rulesFor returns rules without codes, of the decisions that name none,
// and of one or two of the reasons' codes (the last ones, which a rule
// moves to the front).
func rulesFor(rs []Reason) []string {
	rules := []string{"", CodeSigned, CodeAttachmentLink, "quarantine_threshold"}
	if n := len(rs); n > 0 {
		rules = append(rules, rs[n-1].Code, rs[0].Code+"+"+rs[n-1].Code, "nothing+"+rs[n/2].Code)
	}
	return rules
}

// rankedRuleFirst moves the reasons whose codes the rule names to the
// front, keeping the order within both groups.
func rankedRuleFirst(rs []Reason, rule string) []Reason {
	if rule == "" || rule == CodeSigned || rule == CodeAttachmentLink {
		return rs
	}
	codes := strings.Split(rule, "+")
	named := func(x Reason) bool { return slices.Contains(codes, x.Code) }
	var out []Reason
	for _, x := range rs {
		if named(x) {
			out = append(out, x)
		}
	}
	for _, x := range rs {
		if !named(x) {
			out = append(out, x)
		}
	}
	return out
}

// TestRepeatedReasonsIndependent: a link whose reasons repeat those of
// an earlier link (markRepeats) holds them apart from it, so a caller
// that edits one link's reasons (a reason's text, weight or code, or an
// append) leaves the other link's untouched, as any two links' reasons.
func TestRepeatedReasonsIndependent(t *testing.T) {
	repeats := false
	for name, in := range goldenInputs(t) {
		v := Score(testPolicy(), in)
		for i := range v.Links {
			for j := i + 1; j < len(v.Links); j++ {
				a, b := v.Links[i].Reasons, v.Links[j].Reasons
				if len(a) == 0 || !slices.Equal(a, b) {
					continue
				}
				repeats = true
				want := slices.Clone(b)
				a[0].Text, a[0].Weight = "edited", 99
				_ = append(v.Links[i].Reasons, Reason{Code: "x"})
				if !slices.Equal(v.Links[j].Reasons, want) {
					t.Errorf("%s: editing link %d's reasons changed link %d's: %v", name, i, j, v.Links[j].Reasons)
				}
			}
		}
	}
	if !repeats {
		t.Error("no two links had the same reasons")
	}
}
