package scoring

import (
	"slices"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestTwinsMatchAlone: a link that takes its recipient novelty from an
// earlier link to the same domain (twins) gets exactly what it gets when
// judged alone, for every recipient, also when the two links differ in
// host, in brand family or in allowlisting for the recipient.
func TestTwinsMatchAlone(t *testing.T) {
	ins := goldenInputs(t)
	mixed := benchInput()
	mixed.Links = []links.Link{
		web("https://a.fresh18.top/x", "a.fresh18.top", "fresh18.top"),
		web("https://b.fresh18.top/y", "b.fresh18.top", "fresh18.top"),
		web("https://login.microsoftonline.com/", "login.microsoftonline.com", "microsoftonline.com"),
		web("https://aka.ms/x", "aka.ms", "aka.ms"),
		web("https://fresh18.top/z", "fresh18.top", "fresh18.top"),
	}
	mixed.Allow = []Allow{{Domain: "a.fresh18.top", Recipient: mixed.Recipients[0]}}
	ins["mixed hosts, one allowlisted"] = mixed
	twins := 0
	for name, in := range ins {
		p := testPolicy().withDefaults()
		m := newMessage(p, &in)
		for _, rc := range in.Recipients {
			r := m.evalRecipient(rc, nil)
			for i := range m.links {
				if m.links[i].twin == 0 {
					continue
				}
				twins++
				one := in
				one.Links = in.Links[i : i+1]
				alone := newMessage(p, &one).evalRecipient(rc, nil)
				if got, want := rcptNovel(r.links[i].ev), rcptNovel(alone.links[0].ev); !slices.Equal(got, want) {
					t.Errorf("%s, %s, link %d (%s): %v with a twin, %v alone", name, rc, i, in.Links[i].Host, got, want)
				}
			}
		}
	}
	if twins == 0 {
		t.Error("no link had a twin")
	}
}

func rcptNovel(ev []evid) []evid {
	var out []evid
	for _, e := range ev {
		if e.code == CodeRcptFirstSeen {
			out = append(out, e)
		}
	}
	return out
}
