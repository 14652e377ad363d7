package scoring

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// genRcptsInput is genInput sent to 8 to 24 recipients drawn from a few
// addresses and domains (the sender's own and the empty one among them),
// whose histories are copies of a few, some with one field changed, some
// with only RecipientHistory.Recipient, which no signal reads, changed;
// with links holding an address or a domain, plain, escaped, in base64
// or after #, and allowlist entries for one recipient.
func genRcptsInput(r *rand.Rand) Input {
	in := genInput(r)
	domains := []string{"corp.example", "corp.example", "branch.example", "partner.example", "shop-new.example"}
	var pool []string
	for i := range 14 {
		pool = append(pool, fmt.Sprintf("user%d@%s", i, domains[r.IntN(len(domains))]))
	}
	pool = append(pool, in.FromAddr, "", "plain-name")
	protos := make([]RecipientHistory, 3)
	for i := range protos {
		protos[i] = RecipientHistory{Pair: genStat(r), Warned: genStat(r), Links: map[string]Stat{}, FamilyLinks: map[string]Stat{"live.com": genStat(r)},
			Known: [][]string{nil, {"partner.example"}, {"partner.example", "microsoft.com", "paypal.com"}}[r.IntN(3)]}
		for _, l := range in.Links {
			if r.IntN(2) == 0 {
				protos[i].Links[l.Domain] = genStat(r)
			}
		}
	}
	in.Recipients = nil
	for range 8 + r.IntN(17) {
		rc := pool[r.IntN(len(pool))]
		if r.IntN(5) == 0 {
			rc = "<" + strings.ToUpper(rc) + ">"
		}
		in.Recipients = append(in.Recipients, rc)
		if r.IntN(4) == 0 {
			continue // no history of its own
		}
		rh := protos[r.IntN(len(protos))]
		switch r.IntN(14) {
		case 0:
			rh.Recipient = genStat(r)
		case 1:
			rh.Pair = grow(r, rh.Pair)
		case 2:
			rh.Warned = Stat{Messages: 1 + r.IntN(6), Days: 1 + r.IntN(6), Senders: 1}
		case 3:
			rh.Known = append([]string{"paypa1.com"}, rh.Known...)
		case 4:
			rh.Links = clone(rh.Links)
			for _, l := range in.Links { // a reader who knows them all
				rh.Links[l.Domain] = est()
			}
		case 5:
			rh.FamilyLinks = map[string]Stat{"live.com": est(), "microsoft.com": genStat(r)}
		}
		in.History.Recipients[normAddr(rc)] = rh
	}
	if len(in.Links) > 0 {
		l := in.Links[r.IntN(len(in.Links))]
		who := normAddr(pool[r.IntN(len(pool))])
		switch r.IntN(6) {
		case 0:
			l.URL = "https://" + l.Host + "/p?u=" + who
		case 1:
			l.URL = "https://" + l.Host + "/p?u=" + strings.ReplaceAll(who, "@", "%40")
		case 2:
			l.URL = "https://" + l.Host + "/p/" + base64.RawURLEncoding.EncodeToString([]byte(who))
		case 3:
			l.URL = "https://" + l.Host + "/p#" + who
		case 4:
			l.URL = "https://" + l.Host + "/p?org=" + domainOf(who)
		}
		in.Links = append(in.Links, l)
	}
	switch who := strings.ToUpper(normAddr(pool[r.IntN(len(pool))])); r.IntN(4) {
	case 0:
		in.Allow = append(in.Allow, Allow{Sender: in.FromAddr, Recipient: who})
	case 1:
		if len(in.Links) > 0 {
			in.Allow = append(in.Allow, Allow{Domain: in.Links[0].Domain, Recipient: who})
		}
	}
	return in
}

// withGroupFrom runs f with groupFrom set to n.
func withGroupFrom(n int, f func()) {
	defer func(old int) { groupFrom = old }(groupFrom)
	groupFrom = n
	f()
}

// TestPropertyRcptClasses: judging one recipient of each class
// (rcptClasses) gives the verdict judging every recipient gives, the
// recipient it names included, on random messages to many recipients.
func TestPropertyRcptClasses(t *testing.T) {
	p := testPolicy()
	r := rand.New(rand.NewPCG(7, 11))
	grouped := 0
	for i := range 3000 {
		in := genRcptsInput(r)
		var each, classes Verdict
		withGroupFrom(1<<30, func() { each = Score(p, in) })
		withGroupFrom(1, func() { classes = Score(p, in) })
		if !reflect.DeepEqual(each, classes) {
			t.Fatalf("input %d (recipients %q): one per class %+v, every recipient %+v", i, in.Recipients, classes, each)
		}
		var m message
		m.init(p.withDefaults(), &in)
		if rs, _ := m.rcptClasses(distinctRecipients(in.Recipients)); len(rs) < len(distinctRecipients(in.Recipients)) {
			grouped++
		}
		m.release()
	}
	if grouped < 1200 {
		t.Errorf("only %d of 3,000 messages had recipients sharing a class", grouped)
	}
}

func TestRcptClasses(t *testing.T) {
	in := manyRcptsInput(10, 3)
	in.Recipients = []string{"a@corp.example", "b@corp.example", "c@branch.example", "d@corp.example", "E@Corp.Example",
		"f@corp.example", "g@corp.example", "h@corp.example", "news@shop-new.example", "i@corp.example", "j@corp.example"}
	in.Links[0].URL += "&to=f@corp.example"
	in.Allow = []Allow{{Domain: "fresh1.example", Recipient: "G@CORP.EXAMPLE"}}
	in.History.Recipients = map[string]RecipientHistory{
		"d@corp.example": {Pair: est()},
		"e@corp.example": {Pair: est()},
		"h@corp.example": {Recipient: est()}, // read by no signal
		"i@corp.example": {Known: []string{"fresh0.example"}},
		"j@corp.example": {Links: map[string]Stat{"fresh2.example": est()}},
	}
	var m message
	m.init(testPolicy().withDefaults(), &in)
	defer m.release()
	got, cut := m.rcptClasses(in.Recipients)
	want := []string{"a@corp.example", "c@branch.example", "d@corp.example", "f@corp.example", "g@corp.example",
		"news@shop-new.example", "i@corp.example", "j@corp.example"}
	if cut || !reflect.DeepEqual(got, want) {
		t.Errorf("rcptClasses = %q (cut %v), want %q", got, cut, want)
	}
}

// TestManyRecipientsBounded: 10,000 distinct recipients without history
// of their own and 2,000 new link domains cost about four times what a
// quarter of both costs, not sixteen (each recipient judged every link:
// 4 s on a quiet machine); with a history each of their own, the
// judgements stop at maxRcptWork and the message is held as a partial
// scan (scan_limit).
func TestManyRecipientsBounded(t *testing.T) {
	p := testPolicy()
	quarter, many := manyRcptsInput(2500, 500), manyRcptsInput(10000, 2000)
	lineartest.Check(t, "Score for 10,000 recipients with 2,000 links",
		func() { Score(p, quarter) }, func() { Score(p, many) })
	if v := Score(p, many); hasReason(v.Reasons, CodeScanLimit) || v.Recipient != many.Recipients[0] {
		t.Errorf("10,000 alike: scan_limit %v, recipient %q", hasReason(v.Reasons, CodeScanLimit), v.Recipient)
	}
	if raceDetector {
		t.Skip("judging 2,000,000 recipient-links under the race detector takes 20 s")
	}
	n := maxRcptWork / 2000
	for _, tc := range []struct {
		rcpts int
		cut   bool
	}{{n, false}, {n + 1, true}} {
		in := manyRcptsInput(tc.rcpts, 2000)
		in.History.Recipients = map[string]RecipientHistory{}
		for i, rc := range in.Recipients {
			in.History.Recipients[rc] = RecipientHistory{Known: []string{fmt.Sprintf("known%d.example", i)}}
		}
		v := Score(p, in)
		if got := hasReason(v.Reasons, CodeScanLimit); got != tc.cut || tc.cut && v.Action != Quarantine {
			t.Errorf("%d recipients of distinct histories: scan_limit %v, %v; want scan_limit %v", tc.rcpts, got, v.Action, tc.cut)
		}
	}
}

// TestRcptURLBytesBounded: a judgement searches its links' URLs for the
// recipient's address and domain, so 2,000 links of 8 KiB padded to slow
// the search ("user1user1...", each byte a near match) cost 40 s for
// 1,000 readers of different histories, under maxRcptWork, and about as
// long to sort 10,000 readers of one class (ownAddr); maxRcptURLBytes
// stops both as a partial scan. Links of ordinary length are not cut
// (10,000 readers of 200 links with an address: 120 MB searched).
func TestRcptURLBytesBounded(t *testing.T) {
	p := testPolicy()
	padded := func(nRcpts, nLinks int, distinct bool, pad string) Input {
		in := manyRcptsInput(nRcpts, nLinks)
		for i := range in.Links {
			in.Links[i].URL = "https://" + in.Links[i].Host + "/p?x=" + pad + "&e=someone" + fmt.Sprint(i) + "@elsewhere.example"
		}
		in.History.Recipients = map[string]RecipientHistory{}
		if distinct {
			for i, rc := range in.Recipients {
				in.History.Recipients[rc] = RecipientHistory{Known: []string{fmt.Sprintf("known%d.example", i)}}
			}
		}
		return in
	}
	long := strings.Repeat("user1", 1600)
	for _, tc := range []struct {
		name string
		in   Input
		cut  bool
	}{
		{"1,000 histories, 8 KiB URLs", padded(1000, 2000, true, long), true},
		{"10,000 alike, 8 KiB URLs", padded(10000, 2000, false, long), true},
		{"1,000 histories, short URLs", padded(1000, 2000, true, "a"), false},
		{"10,000 alike, 200 short URLs", padded(10000, 200, false, "a"), false},
	} {
		var m message
		m.init(p.withDefaults(), &tc.in)
		rs, cut := m.rcptClasses(tc.in.Recipients)
		m.release()
		if cut != tc.cut {
			t.Errorf("%s: %d classes judged, cut %v, want %v", tc.name, len(rs), cut, tc.cut)
		}
	}
}
