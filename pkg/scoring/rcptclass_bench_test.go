package scoring

import (
	"fmt"
	"testing"
)

// manyRcptsInput: a first-contact message with nLinks links to as many
// new domains, sent to nRcpts distinct recipients nobody here has
// written to (the fuzzing round's list-server message).
func manyRcptsInput(nRcpts, nLinks int) Input {
	in := newInput()
	in.Links = nil
	for i := range nLinks {
		host := fmt.Sprintf("login%d.fresh%d.example", i, i)
		in.Links = append(in.Links, web("https://"+host+"/verify?id="+fmt.Sprint(i), host, fmt.Sprintf("fresh%d.example", i)))
	}
	in.Recipients = make([]string, nRcpts)
	for i := range in.Recipients {
		in.Recipients[i] = fmt.Sprintf("user%d@corp.example", i)
	}
	return in
}

// BenchmarkScore10kRcpts2kLinks: 10,000 distinct recipients without
// history of their own, 2,000 new link domains.
func BenchmarkScore10kRcpts2kLinks(b *testing.B) {
	p, in := testPolicy(), manyRcptsInput(10000, 2000)
	Score(p, in)
	b.ReportAllocs()
	for b.Loop() {
		Score(p, in)
	}
}

// BenchmarkScore10kDistinctRcpts2kLinks: as BenchmarkScore10kRcpts2kLinks,
// each recipient with a history of its own (a Known list of its own),
// so no two share a class.
func BenchmarkScore10kDistinctRcpts2kLinks(b *testing.B) {
	p, in := testPolicy(), manyRcptsInput(10000, 2000)
	in.History.Recipients = map[string]RecipientHistory{}
	for i, rc := range in.Recipients {
		in.History.Recipients[rc] = RecipientHistory{Known: []string{fmt.Sprintf("known%d.example", i)}}
	}
	Score(p, in)
	b.ReportAllocs()
	for b.Loop() {
		Score(p, in)
	}
}
