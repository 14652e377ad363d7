package scoring

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestRankedReasons: rankedReasons, which merges sentences the links'
// decisions hold, ranks as appendReasons does from the evidence, for every
// recipient of the golden and benchmark inputs.
func TestRankedReasons(t *testing.T) {
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
	for name, in := range ins {
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
