package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/replay"
	"github.com/firstsight/firstsight/pkg/filter"
)

type replayFlags struct {
	configFlags
	out        string
	learnOnly  bool
	quiet      bool
	flushEvery int
}

// decisionLine is one JSONL record, as eval-tools' score.py reads it.
type decisionLine struct {
	File        string   `json:"file"`
	Action      string   `json:"action"`
	LockedLinks int      `json:"locked_links"`
	Links       int      `json:"links"`
	Score       float64  `json:"score"`
	Level       string   `json:"level,omitempty"`
	Reasons     []string `json:"reasons,omitempty"`
	Notes       []string `json:"notes,omitempty"`
	Would       string   `json:"would,omitempty"` // monitor mode: the action milterd would have taken
	Micros      int64    `json:"us"`
}

func replayCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f replayFlags
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f.register(fs)
	fs.StringVar(&f.out, "o", "", "write JSONL decisions here (default standard output)")
	fs.BoolVar(&f.learnOnly, "learn-only", false, "only learn from every message (history warm-up); write no decisions")
	fs.BoolVar(&f.quiet, "q", false, "no progress line")
	fs.IntVar(&f.flushEvery, "flush-every", 100, "write learned history to the DB after every `N` messages (1: after each, as a daemon does when mail arrives slower than baseline.flush_interval)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if f.flushEvery < 1 {
		fmt.Fprintln(stderr, "milterd replay: -flush-every must be at least 1")
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: milterd replay [-config FILE] [-db PATH] [-o FILE] [-learn-only] [-flush-every N] PATH")
		return 2
	}
	c, err := loadConfig(f.config)
	if err != nil {
		fmt.Fprintln(stderr, "milterd:", err)
		return 2
	}
	if err := runReplay(ctx, c, f, fs.Arg(0), stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "milterd replay:", err)
		return 1
	}
	return 0
}

func runReplay(ctx context.Context, c config.Config, f replayFlags, path string, stdout, stderr io.Writer) error {
	src, err := replay.Open(path)
	if err != nil {
		return err
	}
	scratch := f.db == ""
	c.DB = f.db
	if scratch {
		dir, err := os.MkdirTemp("", "firstsight-replay-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		c.DB = filepath.Join(dir, "replay.db")
	}
	db, err := openDB(c.DB, scratch)
	if err != nil {
		return err
	}
	defer db.Close()
	hist, locks, err := stores(c, db, storeHooks{})
	if err != nil {
		return err
	}
	defer locks.Close()
	defer hist.Close()
	bg, stopBG := context.WithCancel(context.Background())
	defer stopBG()
	// The history is flushed every f.flushEvery messages, not by Run's
	// wall-clock ticker, so the decisions do not depend on how fast the
	// machine replays: lookups merge pending observations exactly as a
	// flush does, except that a flush trims each recipient's known list,
	// so where flushes fall can still change a long known list.
	go locks.Run(bg)
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	engine := filter.New(engineOptions(c), hist, filter.LockJournal{Store: locks, Log: log})
	out := stdout
	if f.out != "" {
		fh, err := os.Create(f.out)
		if err != nil {
			return err
		}
		defer fh.Close()
		out = fh
	}
	w := bufio.NewWriter(out)
	defer w.Flush()
	sum := newSummary()
	prog := newProgress(stderr, src.Len(), f.quiet)
	var last time.Time
	for i := 0; i < src.Len(); i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		it, err := src.Load(i)
		if err != nil {
			return err
		}
		last = when(it, last)
		env := filter.Envelope{MailFrom: it.MailFrom, Recipients: it.Recipients, Now: last, QueueID: strings.TrimSuffix(it.Name, ".eml")}
		if f.learnOnly || !it.Test {
			engine.Import(it.Msg, env)
		} else {
			line := decideOne(ctx, engine, c, it, env)
			sum.add(line)
			b, _ := json.Marshal(line)
			w.Write(append(b, '\n'))
		}
		prog.tick(i + 1)
		if (i+1)%f.flushEvery == 0 {
			if err := hist.Flush(); err != nil {
				return err
			}
		}
	}
	prog.done()
	if err := w.Flush(); err != nil {
		return err
	}
	sum.print(stderr)
	return nil
}

// when is the simulated delivery time: the Date field, kept monotonic.
func when(it replay.Item, last time.Time) time.Time {
	if it.Date.IsZero() || it.Date.Before(last) {
		if last.IsZero() {
			return time.Unix(0, 0).UTC()
		}
		return last.Add(time.Second)
	}
	return it.Date
}

// decideOne runs the same decision core as the milter, then finishes
// (journal + learning by policy), and reports it as a decision line.
func decideOne(ctx context.Context, e *filter.Engine, c config.Config, it replay.Item, env filter.Envelope) decisionLine {
	start := time.Now()
	dctx, cancel := context.WithTimeout(ctx, c.Limits.DecisionBudget.Duration)
	defer cancel()
	line := decisionLine{File: it.Name}
	if int64(len(it.Msg)) > c.Limits.MaxBodyBytes {
		line.Action, line.Notes = "accept", []string{"oversized"}
		return line
	}
	r, err := e.Decide(dctx, it.Msg, env)
	if err != nil {
		line.Action, line.Notes = onErrorAction(c), []string{"error: " + err.Error()}
		return line
	}
	e.Finish(r)
	line.Action = string(r.Action)
	if r.Action == filter.ActionUnscanned {
		line.Action = "accept"
	}
	line.Links, line.LockedLinks = clickable(r), r.LockedCount()
	line.Score, line.Reasons, line.Notes = round3(r.Verdict.Score), r.ReasonCodes(), r.Notes
	if r.Action == filter.ActionLock {
		line.Level = string(r.Verdict.Level)
	}
	if r.Verdict.Monitor && string(r.Verdict.Action) != line.Action {
		line.Would = string(r.Verdict.Action)
	}
	line.Micros = time.Since(start).Microseconds()
	return line
}

func onErrorAction(c config.Config) string {
	if c.OnError == "tempfail" {
		return "tempfail"
	}
	return "accept"
}

func clickable(r *filter.Result) int {
	n := 0
	for _, l := range r.Links {
		if l.Clickable {
			n++
		}
	}
	return n
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }
