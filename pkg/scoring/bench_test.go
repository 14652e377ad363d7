package scoring

import (
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// benchInput: one message with 20 links and 5 recipients against a warm
// baseline: most links established, a few new, one lookalike.
func benchInput() Input {
	in := knownInput()
	in.FromAddr = "digest@newsletter.example"
	in.Recipients = nil
	in.Links = nil
	h := &in.History
	h.Sender, h.SenderDomain = est(), est()
	for i := range 20 {
		dom := fmt.Sprintf("site%02d.example", i%8)
		switch i {
		case 17:
			dom = "paypa1.com"
		case 18, 19:
			dom = fmt.Sprintf("fresh%d.top", i)
		}
		host := "www." + dom
		l := web("https://"+host+"/article/"+fmt.Sprint(i)+"?utm_source=news", host, dom)
		l.Display = "Read the full story"
		l.Context = "This week: markets moved, our team shipped a new release, and the annual meeting was scheduled. Read the full story and sign in to comment."
		in.Links = append(in.Links, l)
		if i < 17 {
			h.Domains[dom], h.Hosts[host], h.SenderLinks[dom] = est(), est(), est()
		}
	}
	for i := range 5 {
		rc := fmt.Sprintf("user%d@corp.example", i)
		in.Recipients = append(in.Recipients, rc)
		rh := RecipientHistory{Recipient: est(), Pair: est(), Links: map[string]Stat{},
			Known: []string{"partner.example", "corp.example", "site01.example", "bank.example", "travel.example"}}
		for j := range 8 {
			rh.Links[fmt.Sprintf("site%02d.example", j)] = est()
		}
		h.Recipients[rc] = rh
	}
	return in
}

func BenchmarkScore20Links5Rcpts(b *testing.B) {
	p := testPolicy()
	in := benchInput()
	Score(p, in) // parse the embedded data once
	b.ReportAllocs()
	for b.Loop() {
		Score(p, in)
	}
}

func TestBenchInputShape(t *testing.T) {
	v := Score(testPolicy(), benchInput())
	if len(v.Links) != 20 || v.Recipient == "" {
		t.Fatalf("bench input: %d links, recipient %q", len(v.Links), v.Recipient)
	}
	locked := 0
	for _, d := range v.Links {
		if d.Lock {
			locked++
		}
	}
	if locked == 0 || locked > 3 {
		t.Errorf("bench input locks %d links, want 1-3 (the new ones)", locked)
	}
	_ = links.KindHref
}

// newsletterInput: a first-contact newsletter with 60 links, 40 of them to
// 30 pages of its new site and 20 to 10 advertisers' new domains.
func newsletterInput() Input {
	in := newInput()
	in.Links = nil
	for i := range 40 {
		u := fmt.Sprintf("https://www.trade-weekly.example/story/%d?utm=mail", i%30)
		in.Links = append(in.Links, web(u, "www.trade-weekly.example", "trade-weekly.example"))
	}
	for i := range 20 {
		d := fmt.Sprintf("advertiser%d.example", i%10)
		in.Links = append(in.Links, web("https://www."+d+"/offer", "www."+d, d))
	}
	return in
}

// BenchmarkScoreNewsletter is the cost of counting a site's pages
// (site_pages) on top of a large message's other signals.
func BenchmarkScoreNewsletter(b *testing.B) {
	p := testPolicy()
	in := newsletterInput()
	if v := Score(p, in); !hasReason(v.Links[0].Reasons, CodeSitePages) {
		b.Fatal("newsletter input: no site_pages")
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(p, in)
	}
}

// BenchmarkUnmaskedRussian: the intent cues' unmasking of ordinary text in
// another script, which has nothing to unmask, must not allocate.
func BenchmarkUnmaskedRussian(b *testing.B) {
	t := data()
	s := strings.Repeat("Пожалуйста, подтвердите вашу учётную запись, чтобы продолжить работу. ", 30)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = t.unmasked(s)
	}
}
