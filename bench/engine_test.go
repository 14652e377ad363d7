// Package bench holds the load and profiling benchmarks. The scripts
// (paired.sh, postfix.sh, soak.sh) drive the built binaries; this file runs
// milterd's decision core in-process so that it can be profiled:
//
//	bench/profile.sh   (generates a set, runs these benchmarks with -cpuprofile/-memprofile)
//
// The benchmarks read FIRSTSIGHT_BENCH_DIR/learn and .../test (as written by
// `milterload gen -learn`) and are skipped when it is unset.
package bench

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/d--j/go-milter/mailfilter/addr"
	"github.com/d--j/go-milter/mailfilter/testtrx"
	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/lock"
)

// rig is milterd's engine wired as cmd/milterd wires it, over a temp DB.
type rig struct {
	engine *filter.Engine
	milter *filter.Milter
	test   [][]byte
}

// benchDir is FIRSTSIGHT_BENCH_DIR; the benchmark is skipped without it.
func benchDir(tb testing.TB) string {
	dir := os.Getenv("FIRSTSIGHT_BENCH_DIR")
	if dir == "" {
		tb.Skip("FIRSTSIGHT_BENCH_DIR not set (see bench/profile.sh)")
	}
	return dir
}

func newRig(b testing.TB) *rig {
	dir := benchDir(b)
	c := config.Default()
	db, err := bolt.Open(filepath.Join(b.TempDir(), "bench.db"), 0o600, &bolt.Options{Timeout: time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		b.Fatal(err)
	}
	hist, err := baseline.New(db, baseline.Options{FlushInterval: c.Baseline.FlushInterval.Duration, Retention: c.Baseline.Retention.Duration,
		EstablishDays: c.Baseline.EstablishDays, EstablishSenders: c.Baseline.EstablishSenders, InternalDomains: c.InternalDomains})
	if err != nil {
		b.Fatal(err)
	}
	locks, err := lock.NewStore(db, lock.StoreOptions{LockTTL: c.Lock.TTL.Duration})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{}, 2)
	go func() { hist.Run(ctx); done <- struct{}{} }()
	go func() { locks.Run(ctx); done <- struct{}{} }()
	b.Cleanup(func() {
		cancel()
		<-done
		<-done
		hist.Close()
		locks.Close()
		db.Close()
	})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	p := c.Policy
	if len(p.InternalDomains) == 0 {
		p.InternalDomains = c.InternalDomains
	}
	e := filter.New(filter.Options{Policy: p, LockBaseURL: c.LockBaseURL, InternalDomains: c.InternalDomains, Learn: c.Learn,
		Links: links.Options{MaxDepth: c.Limits.MaxDepth, MaxParts: c.Limits.MaxParts, MaxPartBytes: c.Limits.MaxPartBytes, MaxLinks: c.Limits.MaxLinks}},
		hist, filter.LockJournal{Store: locks, Log: log})
	r := &rig{engine: e, milter: filter.NewMilter(e, filter.MilterOptions{HeaderName: c.HeaderName, MaxBodyBytes: c.Limits.MaxBodyBytes,
		DecisionBudget: c.Limits.DecisionBudget.Duration, OnError: c.OnError}, log, nil)}
	now := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, m := range readDir(b, filepath.Join(dir, "learn")) {
		now = now.Add(time.Minute)
		e.Import(m, filter.HeaderEnvelope(m, now))
	}
	r.test = readDir(b, filepath.Join(dir, "test"))
	return r
}

func readDir(b testing.TB, dir string) [][]byte {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	var out [][]byte
	for _, p := range paths {
		m, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// BenchmarkEngineDecide is the decision core alone: Decide and Finish per message.
func BenchmarkEngineDecide(b *testing.B) {
	r := newRig(b)
	if len(r.test) == 0 {
		b.Skip("no test messages")
	}
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m := r.test[i%len(r.test)]
		res, err := r.engine.Decide(context.Background(), m, filter.HeaderEnvelope(m, now))
		if err != nil {
			b.Fatal(err)
		}
		r.engine.Finish(res)
		i++
	}
}

// BenchmarkMilterDecide adds the milter adapter (header stripping, message
// reconstruction from the buffered body, modifications) over testtrx.
func BenchmarkMilterDecide(b *testing.B) {
	r := newRig(b)
	if len(r.test) == 0 {
		b.Skip("no test messages")
	}
	newTrx := func(m []byte) *testtrx.Trx {
		env := filter.HeaderEnvelope(m, time.Now())
		head, body := split(m)
		t := (&testtrx.Trx{}).SetMailFrom(addr.NewMailFrom(env.MailFrom, "", "smtp", "", "")).SetHeadersRaw(head).SetBodyBytes(body).SetQueueId("Q1")
		return t.SetRcptTosList(env.Recipients...)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := r.milter.Decide(context.Background(), newTrx(r.test[i%len(r.test)])); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func split(m []byte) (head, body []byte) {
	for i := 0; i+3 < len(m); i++ {
		if m[i] == '\r' && m[i+1] == '\n' && m[i+2] == '\r' && m[i+3] == '\n' {
			return m[:i+2], m[i+4:]
		}
	}
	return m, nil
}
