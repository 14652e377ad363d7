package scoring

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// genRepeatsInput is genInput with many more links, most of them again
// the domains of its first ones but each with a display text, a path, a
// context, a kind or flags of its own, so that links of one domain often
// have equal evidence (markRepeats copies their reasons) and often not;
// some in an attachment, some allowlisted.
func genRepeatsInput(r *rand.Rand) Input {
	in := genInput(r)
	for len(in.Links) < 2 {
		in.Links = append(in.Links, genLink(r))
	}
	displays := []string{"", "Read more", "www.partner.example", "paypal.com", "https://login.microsoft.com/", "Unsubscribe", "partner.example"}
	contexts := []string{"", "see you tomorrow", "sign in to verify your account", "pay the overdue invoice", "view our spring collection"}
	paths := []string{"/p", "/a/b", "/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", "/login?next=/", "/page3", "/reset-password"}
	for i := range 4 { // sites established here, each new or not to a recipient: links whose evidence is the recipient's alone
		dom := "site" + strconv.Itoa(i) + ".example"
		in.Links = append(in.Links, web("https://www."+dom+"/", "www."+dom, dom))
		in.History.Domains[dom], in.History.Hosts["www."+dom], in.History.SenderLinks[dom] = est(), est(), est()
	}
	n := 10 + r.IntN(30)
	for range n {
		l := in.Links[r.IntN(len(in.Links))]
		if r.IntN(5) == 0 {
			l = genLink(r)
		}
		switch r.IntN(6) {
		case 0:
			l.Display = displays[r.IntN(len(displays))]
			l.DisplayHost = ""
			if r.IntN(2) == 0 && l.Display != "" {
				l.DisplayHost = l.Display
			}
		case 1:
			l.Context = contexts[r.IntN(len(contexts))]
		case 2:
			l.URL = "https://" + l.Host + paths[r.IntN(len(paths))]
			l.Raw = l.URL
		case 3:
			l.Kind = []links.Kind{links.KindHref, links.KindText, links.KindPDF, links.KindForm, links.KindQR}[r.IntN(5)]
			l.Clickable = true
		case 4:
			l.Flags ^= links.Flag(r.Uint32()) & (links.FlagUserinfo | links.FlagPunycode | links.FlagDisplayMismatch)
		}
		l.Start = len(in.Links) // occurrences of their own
		in.Links = append(in.Links, l)
	}
	for _, l := range in.Links { // history for the links genLink added
		if _, ok := in.History.Domains[l.Domain]; !ok {
			in.History.Domains[l.Domain] = genStat(r)
			in.History.Hosts[l.Host] = genStat(r)
		}
	}
	switch r.IntN(4) {
	case 0:
		in.Allow = []Allow{{Domain: in.Links[r.IntN(len(in.Links))].Domain}, {Domain: in.Links[r.IntN(len(in.Links))].Domain}}
	case 1:
		in.Allow = []Allow{{Domain: in.Links[r.IntN(len(in.Links))].Domain, Recipient: in.Recipients[0]}, {Domain: "site1.example"}, {Domain: "site2.example"}}
	case 2:
		in.Allow = []Allow{{Sender: in.FromAddr}}
	}
	for i := range 1 + r.IntN(2) { // recipients whose histories differ (per-recipient novelty)
		rc := "r" + strconv.Itoa(i) + "@corp.example"
		in.Recipients = append(in.Recipients, rc)
		rh := RecipientHistory{Recipient: genStat(r), Pair: genStat(r), Links: map[string]Stat{}}
		for _, l := range in.Links {
			switch r.IntN(3) {
			case 0:
				rh.Links[l.Domain] = genStat(r)
			case 1:
				rh.Links[l.Domain] = est()
			}
		}
		in.History.Recipients[rc] = rh
	}
	return in
}

// TestPropertyRepeatsAsOwn: a link that copies the reasons of an earlier
// link (markRepeats) holds exactly the decision linkDecision builds for
// it from its own evidence, its lock, level and score its own, and the
// verdict's reasons are those of the verdict built without copies: on
// random messages whose links repeat domains with other display texts,
// paths, contexts, kinds and flags, for every recipient (each with its
// own novelty), allowlisted or not, in an attachment or not. The link it
// copies is earlier, judged, and copies no other.
func TestPropertyRepeatsAsOwn(t *testing.T) {
	r := rand.New(rand.NewPCG(26, 30))
	p, open := testPolicy(), testPolicy()
	open.AttachmentQuarantine = AttachmentNever
	copies, far, cases := 0, 0, 1500
	if testing.Short() {
		cases = 300
	}
	for c := range cases {
		in := genRepeatsInput(r)
		pol := p
		if c%2 == 1 {
			pol = open
		}
		m := newMessage(pol.withDefaults(), &in)
		for _, rc := range append(in.Recipients, "") {
			ev := m.evalRecipient(rc, nil)
			v := m.verdict(ev)
			want := verdictWithoutCopies(m, ev)
			prev := -1
			for i := range v.Links {
				if from := int(ev.links[i].repeats) - 1; from >= 0 {
					copies++
					if from != prev {
						far++
					}
					if from >= i || m.links[from].skip != "" || ev.links[from].repeats != 0 || m.links[i].skip != "" {
						t.Fatalf("case %d, %q: link %d copies link %d (skip %q, itself a copy: %v)", c, rc, i, from, m.links[from].skip, ev.links[from].repeats != 0)
					}
				}
				if m.links[i].skip == "" {
					prev = i
				}
			}
			if !reflect.DeepEqual(v.Links, want.Links) || !reflect.DeepEqual(v.Reasons, want.Reasons) {
				for i := range v.Links {
					if !reflect.DeepEqual(v.Links[i], want.Links[i]) {
						t.Errorf("case %d, %q, link %d (%s, copies %d):\n got %+v\nwant %+v", c, rc, i, in.Links[i].URL, ev.links[i].repeats-1, v.Links[i], want.Links[i])
					}
				}
				t.Fatalf("case %d, %q: verdict with copied reasons differs from the one without:\n%+v\n%+v", c, rc, v.Reasons, want.Reasons)
			}
		}
		m.release()
	}
	if copies == 0 || far == 0 {
		t.Fatalf("%d links copied reasons, %d of a link other than the judged one before: the generator shows nothing", copies, far)
	}
}

// verdictWithoutCopies is the links' decisions and the verdict's reasons
// as verdict builds them with every link's reasons built from its own
// evidence (linkDecision), none copied.
func verdictWithoutCopies(m *message, r *rcptEval) Verdict {
	sender := appendReasons(nil, r.msgEv)
	m.reasonBuf = make([]Reason, 0, m.ownReasonRoom(r))
	v := Verdict{Links: make([]LinkDecision, len(m.links))}
	top, topScore := -1, 0.0
	for i := range m.links {
		v.Links[i] = m.linkDecision(r, i, sender, new([]Reason))
		if m.links[i].skip != "" {
			continue
		}
		if le := r.links[i]; !le.allowed && (top < 0 || le.score > topScore) {
			top, topScore = i, le.score
		}
	}
	var topReasons []Reason
	if top >= 0 {
		topReasons = v.Links[top].Reasons
	}
	v.Reasons = m.messageReasons(r, top, m.rankedReasons(r, top, topReasons, sender), new([]Reason))
	return v
}
