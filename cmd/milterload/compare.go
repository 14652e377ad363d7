package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
)

// compareFlags select the two sides and the targets.
type compareFlags struct {
	base, target     string
	minRatio, maxP99 float64
	strict           bool
}

// compareMain summarises the JSON lines of several rounds: a table per label
// (medians over rounds) and the target/base ratios.
func compareMain(args []string, stdout, stderr io.Writer) int {
	var f compareFlags
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.base, "base", "null", "label of the reference runs")
	fs.StringVar(&f.target, "target", "milterd", "label of the runs measured against the base")
	fs.Float64Var(&f.minRatio, "min-ratio", 0.8, "target: throughput ratio target/base at least this")
	fs.Float64Var(&f.maxP99, "max-p99-ratio", 0, "target: p99 ratio target/base at most this (0: not checked)")
	fs.BoolVar(&f.strict, "strict", false, "exit 1 when a target is missed")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: milterload compare [-base L] [-target L] [-min-ratio R] [-max-p99-ratio R] FILE.jsonl")
		return 2
	}
	runs, order, err := readResults(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "milterload compare:", err)
		return 1
	}
	printTable(stdout, runs, order, f.base)
	if missed := checkTargets(stdout, runs, f); missed && f.strict {
		return 1
	}
	return 0
}

func readResults(path string) (map[string][]result, []string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer fh.Close()
	runs := map[string][]result{}
	var order []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		var r result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if _, ok := runs[r.Label]; !ok {
			order = append(order, r.Label)
		}
		runs[r.Label] = append(runs[r.Label], r)
	}
	return runs, order, sc.Err()
}

// median of one field over rounds.
func median(rs []result, field func(result) float64) float64 {
	if len(rs) == 0 {
		return 0
	}
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = field(r)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func printTable(w io.Writer, runs map[string][]result, order []string, base string) {
	bm := median(runs[base], func(r result) float64 { return r.MsgPerSec })
	fmt.Fprintf(w, "%-10s %6s %9s %16s %8s %8s %8s %10s %9s %8s %6s\n",
		"label", "rounds", "msg/s", "(min-max)", "ratio", "p50_ms", "p99_ms", "p99.9_ms", "cpu_ms/m", "rss_MB", "errors")
	for _, l := range order {
		rs := runs[l]
		lo := slices.MinFunc(rs, func(a, b result) int { return cmpf(a.MsgPerSec, b.MsgPerSec) }).MsgPerSec
		hi := slices.MaxFunc(rs, func(a, b result) int { return cmpf(a.MsgPerSec, b.MsgPerSec) }).MsgPerSec
		m := median(rs, func(r result) float64 { return r.MsgPerSec })
		ratio := "-"
		if bm > 0 {
			ratio = fmt.Sprintf("%.2fx", m/bm)
		}
		errs := 0
		rss := 0.0
		for _, r := range rs {
			errs += r.Errors
			rss = max(rss, r.PeakRSSMB)
		}
		fmt.Fprintf(w, "%-10s %6d %9.0f %16s %8s %8.2f %8.2f %10.2f %9.3f %8.1f %6d\n", l, len(rs), m,
			fmt.Sprintf("(%.0f-%.0f)", lo, hi), ratio,
			median(rs, func(r result) float64 { return r.P50ms }), median(rs, func(r result) float64 { return r.P99ms }),
			median(rs, func(r result) float64 { return r.P999ms }), median(rs, func(r result) float64 { return r.CPUmsMsg }), rss, errs)
	}
}

func cmpf(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// checkTargets prints the per-round and median ratios and whether each
// target is met; it reports whether any was missed.
func checkTargets(w io.Writer, runs map[string][]result, f compareFlags) bool {
	a, b := runs[f.target], runs[f.base]
	if len(a) == 0 || len(b) == 0 {
		fmt.Fprintf(w, "no runs labelled %q or %q: no ratios\n", f.target, f.base)
		return true
	}
	fmt.Fprintf(w, "per-round throughput ratio %s/%s:", f.target, f.base)
	for i := range min(len(a), len(b)) {
		fmt.Fprintf(w, " %.2f", a[i].MsgPerSec/b[i].MsgPerSec)
	}
	fmt.Fprintln(w)
	tp := median(a, func(r result) float64 { return r.MsgPerSec }) / median(b, func(r result) float64 { return r.MsgPerSec })
	missed := report(w, fmt.Sprintf("throughput %s/%s >= %.2fx", f.target, f.base, f.minRatio), tp, tp >= f.minRatio)
	if f.maxP99 > 0 {
		p := median(a, func(r result) float64 { return r.P99ms }) / median(b, func(r result) float64 { return r.P99ms })
		missed = report(w, fmt.Sprintf("p99 %s/%s <= %.2fx", f.target, f.base, f.maxP99), p, p <= f.maxP99) || missed
	}
	return missed
}

func report(w io.Writer, what string, got float64, ok bool) (missed bool) {
	verdict := "MET"
	if !ok {
		verdict = "MISSED"
	}
	fmt.Fprintf(w, "target %s: %s (%.2fx)\n", what, verdict, got)
	return !ok
}
