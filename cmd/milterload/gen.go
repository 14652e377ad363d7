package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// genFlags are the generator's command line.
type genFlags struct {
	n, learn  int
	sizeKB    int
	out       string
	seed      uint64
	anomalous float64
}

// genMain writes a deterministic synthetic message set.
func genMain(args []string, stdout, stderr io.Writer) int {
	var f genFlags
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&f.n, "n", 2000, "messages to write")
	fs.IntVar(&f.learn, "learn", 0, "when > 0, write this many more messages into OUT/learn (OUT/test gets the -n ones)")
	fs.StringVar(&f.out, "out", "", "output directory")
	fs.Uint64Var(&f.seed, "seed", 1, "random seed (same seed, same bytes)")
	fs.IntVar(&f.sizeKB, "size", 0, "when > 0, every body is about this many KB (for memory runs)")
	fs.Float64Var(&f.anomalous, "anomalous", 0.015, "share of messages carrying one anomalous link")
	if err := fs.Parse(args); err != nil || f.out == "" || f.n < 0 {
		fmt.Fprintln(stderr, "usage: milterload gen -n N [-learn M] [-seed S] -out DIR")
		return 2
	}
	st, err := generate(f)
	if err != nil {
		fmt.Fprintln(stderr, "milterload gen:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d messages, %d bytes total, mean %.1f KB, %d anomalous, to %s\n",
		st.count, st.bytes, float64(st.bytes)/float64(max(st.count, 1))/1024, st.anomalous, f.out)
	return 0
}

type genStats struct{ count, bytes, anomalous int }

// generate writes the learn portion (if any) first, then the test portion,
// from one random stream, so both share senders, recipients and link hosts.
func generate(f genFlags) (genStats, error) {
	g := newGenerator(f.seed, f.anomalous)
	g.fixedSize = f.sizeKB << 10
	var st genStats
	parts := []struct {
		dir string
		n   int
	}{{f.out, f.n}}
	if f.learn > 0 {
		parts = []struct {
			dir string
			n   int
		}{{filepath.Join(f.out, "learn"), f.learn}, {filepath.Join(f.out, "test"), f.n}}
	}
	for _, p := range parts {
		if err := os.MkdirAll(p.dir, 0o755); err != nil {
			return st, fmt.Errorf("gen: %w", err)
		}
		for i := range p.n {
			msg, anomalous := g.message()
			name := filepath.Join(p.dir, fmt.Sprintf("%06d.eml", i+1))
			if err := os.WriteFile(name, msg, 0o644); err != nil {
				return st, fmt.Errorf("gen: %w", err)
			}
			st.count++
			st.bytes += len(msg)
			if anomalous {
				st.anomalous++
			}
		}
	}
	return st, nil
}

// sender is a familiar correspondent with the link hosts it usually sends.
type sender struct {
	addr, name string
	hosts      []string
	newsletter bool
}

type generator struct {
	r         *rand.Rand
	senders   []sender
	rcpts     []string
	seq       int
	clock     time.Time
	anomalous float64
	fixedSize int // bytes; 0 draws from the realistic mix
}

var words = strings.Fields(`the a report meeting schedule quarterly invoice project update please review
attached notes agenda team budget forecast customer order shipment delivery account
summary week month plan draft final approval contract pricing offer discount news
event webinar register today tomorrow office policy change reminder thanks regards
details question answer follow call minutes action items status release version
product launch sale members exclusive new collection store online service support`)

func newGenerator(seed uint64, anomalous float64) *generator {
	g := &generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		clock: time.Date(2025, 3, 3, 8, 0, 0, 0, time.UTC), anomalous: anomalous}
	for i := range 50 {
		g.rcpts = append(g.rcpts, fmt.Sprintf("user%02d@corp.test", i))
	}
	for i := range 30 { // colleagues and partners
		dom := "corp.test"
		if i >= 15 {
			dom = fmt.Sprintf("partner%02d.example", i)
		}
		g.senders = append(g.senders, sender{addr: fmt.Sprintf("%s.%s@%s", words[i%len(words)], words[(i*7)%len(words)], dom),
			name: fmt.Sprintf("Person %d", i), hosts: []string{"intranet.corp.test", "docs." + dom, "www." + dom}})
	}
	for i := range 20 { // newsletters and vendors
		dom := fmt.Sprintf("shop%02d.example", i)
		g.senders = append(g.senders, sender{addr: "news@mail." + dom, name: fmt.Sprintf("Shop %d News", i), newsletter: true,
			hosts: []string{"www." + dom, "click.mail." + dom, "cdn." + dom, "www.social.example"}})
	}
	return g
}

func (g *generator) word() string { return words[g.r.IntN(len(words))] }

func (g *generator) sentence() string {
	n := 6 + g.r.IntN(12)
	w := make([]string, n)
	for i := range w {
		w[i] = g.word()
	}
	s := strings.Join(w, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// size draws a body size: mostly 5-12 KB, some up to 50 KB, a few up to 200 KB.
func (g *generator) size() int {
	if g.fixedSize > 0 {
		return g.fixedSize
	}
	switch p := g.r.Float64(); {
	case p < 0.90:
		return 5<<10 + g.r.IntN(7<<10)
	case p < 0.985:
		return 12<<10 + g.r.IntN(38<<10)
	default:
		return 50<<10 + g.r.IntN(150<<10)
	}
}

func (g *generator) link(s sender) string {
	h := s.hosts[g.r.IntN(len(s.hosts))]
	return fmt.Sprintf("https://%s/%s/%s?id=%d", h, g.word(), g.word(), g.r.IntN(100000))
}

// badLink is an anomalous link: an IP literal or a lookalike of a familiar host.
func (g *generator) badLink(s sender) string {
	h := s.hosts[0]
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("http://203.0.113.%d/%s/login.php", 1+g.r.IntN(250), g.word())
	case 1:
		return "https://" + strings.Replace(h, "o", "0", 1) + ".secure-login.test/verify"
	default:
		return "https://xn--" + strings.ReplaceAll(h, ".", "-") + "-9ka.test/account/verify"
	}
}
