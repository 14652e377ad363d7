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
	"time"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/replay"
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/scoring"
)

type replayFlags struct {
	configFlags
	out        string
	learnOnly  bool
	quiet      bool
	flushEvery int
	rcpt       string
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
	fs.StringVar(&f.rcpt, "rcpt", "", "envelope recipient of messages that record none (no Delivered-To field): the mailbox's owner (default: the To field)")
	fs.IntVar(&f.flushEvery, "flush-every", 100, "write learned history to the DB after every `N` messages (1: after each, as a daemon does when mail arrives slower than baseline.flush_interval)")
	if err := fs.Parse(args); err != nil {
		return parseStatus(err)
	}
	if f.flushEvery < 1 {
		fmt.Fprintln(stderr, "milterd replay: -flush-every must be at least 1")
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: milterd replay [-config FILE] [-db PATH] [-o FILE] [-learn-only] [-rcpt ADDR] [-flush-every N] PATH")
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
	if src.Len() == 0 {
		fmt.Fprintf(stderr, "milterd replay: %s holds no message to read (no .eml file, no Maildir cur/ or new/ file, no mbox)\n", path)
	}
	r, err := openReplayer(c, f.db, stderr)
	if err != nil {
		return err
	}
	defer r.close()
	out := stdout
	if f.out != "" {
		fh, err := os.Create(f.out)
		if err != nil {
			return fmt.Errorf("decisions: %w", err)
		}
		defer fh.Close()
		out = fh
	}
	w := bufio.NewWriter(out)
	sum := newSummary()
	err = r.run(ctx, src, f, w, sum, newProgress(stderr, src.Len(), f.quiet))
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("decisions: %w", ferr)
	}
	if err != nil {
		return err // the decisions made so far are written
	}
	sum.print(stderr)
	return nil
}

// replayer is the decision code of the milter over a scratch or given DB.
type replayer struct {
	c      config.Config
	engine *filter.Engine
	hist   *baseline.Store
	close  func()
}

// openReplayer opens the DB at path, or a scratch DB when path is empty,
// and the engine over it. Warnings go to stderr.
func openReplayer(c config.Config, path string, stderr io.Writer) (*replayer, error) {
	var cleanup []func()
	closeAll := func() {
		for i := len(cleanup) - 1; i >= 0; i-- {
			cleanup[i]()
		}
	}
	scratch := path == ""
	if scratch {
		dir, err := os.MkdirTemp("", "firstsight-replay-")
		if err != nil {
			return nil, fmt.Errorf("scratch db: %w", err)
		}
		cleanup = append(cleanup, func() { os.RemoveAll(dir) })
		path = filepath.Join(dir, "replay.db")
	}
	c.DB = path
	db, err := openDB(c.DB, scratch)
	if err != nil {
		closeAll()
		return nil, err
	}
	cleanup = append(cleanup, func() { db.Close() })
	hist, locks, err := stores(c, db, storeHooks{})
	if err != nil {
		closeAll()
		return nil, err
	}
	// The history is flushed every -flush-every messages, not by Run's
	// wall-clock ticker, so the decisions do not depend on how fast the
	// machine replays: lookups merge pending observations exactly as a
	// flush does, except that a flush trims each recipient's known list,
	// so where flushes fall can still change a long known list.
	bg, stopBG := context.WithCancel(context.Background())
	go locks.Run(bg)
	cleanup = append(cleanup, func() { locks.Close() }, func() { hist.Close() }, stopBG)
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	engine := filter.New(engineOptions(c), hist, filter.LockJournal{Store: locks, Log: log})
	return &replayer{c: c, engine: engine, hist: hist, close: closeAll}, nil
}

// run replays every item of src in order: the learn window (or all of it
// with -learn-only) is imported, the test window decided and written to w.
func (r *replayer) run(ctx context.Context, src *replay.Source, f replayFlags, w io.Writer, sum *summary, prog *progress) error {
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
		// No queue ID: a replayed message is in no MTA queue, and a file
		// name must not pass for one (quarantine notes are kept by it).
		env := replayEnvelope(it, f.rcpt, last)
		if len(it.Recipients) == 0 {
			sum.noDeliveredTo++
		}
		if f.learnOnly || !it.Test {
			r.engine.Import(it.Msg, env)
			sum.learned++
		} else {
			line := decideOne(ctx, r.engine, r.c, it, env)
			sum.add(line)
			b, _ := json.Marshal(line)
			w.Write(append(b, '\n'))
		}
		prog.tick(i + 1)
		if (i+1)%f.flushEvery == 0 {
			if err := r.hist.Flush(); err != nil {
				return err
			}
		}
	}
	prog.done()
	return nil
}

// replayEnvelope is the envelope a delivery agent recorded (Return-Path,
// Delivered-To); a message that records no recipient (a mailbox exported
// without Delivered-To) goes to rcpt, else to its To addresses, and
// one without Return-Path comes from its From address, as explain reads it.
func replayEnvelope(it replay.Item, rcpt string, now time.Time) filter.Envelope {
	env := filter.Envelope{MailFrom: it.MailFrom, Recipients: it.Recipients, Now: now}
	if env.MailFrom != "" && len(env.Recipients) > 0 {
		return env
	}
	head := filter.HeaderEnvelope(it.Msg, now)
	env.MailFrom = orStr(env.MailFrom, head.MailFrom)
	switch {
	case len(env.Recipients) > 0:
	case rcpt != "":
		env.Recipients = []string{rcpt}
	default:
		env.Recipients = head.Recipients
	}
	return env
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
	if act, note := filter.Precheck(it.Msg, c.Limits.MaxBodyBytes, c.Policy.Mode == scoring.ModeMonitor); act != "" {
		line.Action, line.Notes = string(act), []string{note}
		if act == filter.ActionUnscanned {
			line.Action = "accept"
		}
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
