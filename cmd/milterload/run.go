package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/d--j/go-milter"

	"github.com/firstsight/firstsight/internal/milterclient"
)

// runFlags are the load driver's command line.
type runFlags struct {
	addr, dir, label, jsonOut, metrics string
	sessions, perSession, n            int
	duration, sample                   time.Duration
	pid                                int
	load                               loadOptions
	exec                               []string
	verbose                            bool
}

func parseRun(name string, args []string, stderr io.Writer) (runFlags, error) {
	var f runFlags
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.addr, "addr", "", "milter address: inet:HOST:PORT, unix:/path or HOST:PORT (smtp: HOST:PORT)")
	fs.StringVar(&f.dir, "dir", "", "directory of .eml files (searched recursively)")
	fs.StringVar(&f.label, "label", "", "name of this run in the report (default: the address)")
	fs.StringVar(&f.jsonOut, "json", "", "append the result as one JSON line to this file")
	fs.StringVar(&f.metrics, "metrics", "", "Prometheus URL of the milter; go_goroutines is sampled from it")
	fs.IntVar(&f.sessions, "sessions", 20, "parallel sessions (MTA connections)")
	fs.IntVar(&f.perSession, "per-session", 50, "messages per session before reconnecting")
	fs.IntVar(&f.n, "n", 0, "messages to send, cycling through the set (default: each file once)")
	fs.DurationVar(&f.duration, "duration", 0, "send for this long instead of -n messages")
	fs.DurationVar(&f.sample, "sample", 0, "print a process sample (CPU, RSS, fds, threads, goroutines) at this interval")
	fs.IntVar(&f.pid, "pid", 0, "PID of the milter process, for CPU per message and peak RSS")
	fs.StringVar(&f.load.from, "from", "", "envelope sender for every message (default Return-Path)")
	fs.StringVar(&f.load.rcpt, "rcpt", "", "envelope recipient for every message (default Delivered-To, else To)")
	fs.IntVar(&f.load.maxSize, "max-size", 0, "skip files larger than this many bytes")
	fs.IntVar(&f.load.limit, "limit", 0, "load at most this many files")
	fs.BoolVar(&f.verbose, "v", false, "copy the started milter's log to standard error")
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	f.exec = fs.Args()
	if f.dir == "" || (f.addr == "" && len(f.exec) == 0) || f.sessions < 1 || f.perSession < 1 {
		return f, fmt.Errorf("usage: milterload %s -dir DIR (-addr ADDR [-pid PID] | -- COMMAND ...) [flags]", name)
	}
	return f, nil
}

// runMain drives a milter (or, with smtp, an SMTP server) and prints a report.
func runMain(ctx context.Context, name string, args []string, stdout, stderr io.Writer) int {
	f, err := parseRun(name, args, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	msgs, err := loadDir(f.dir, f.load)
	if err != nil {
		fmt.Fprintln(stderr, "milterload:", err)
		return 1
	}
	if len(f.exec) > 0 {
		child, err := startMilter(ctx, f.exec, f.verbose, stderr)
		if err != nil {
			fmt.Fprintln(stderr, "milterload:", err)
			return 1
		}
		defer child.stop()
		f.addr, f.pid = child.addr, child.pid
	}
	send := dialMilter(f.addr)
	if name == "smtp" {
		send = dialSMTP(f.addr)
	}
	res, err := drive(ctx, f, msgs, send, stdout)
	if err != nil {
		fmt.Fprintln(stderr, "milterload:", err)
		return 1
	}
	res.print(stdout)
	if f.jsonOut != "" {
		if err := appendJSON(f.jsonOut, res); err != nil {
			fmt.Fprintln(stderr, "milterload:", err)
			return 1
		}
	}
	if res.Errors > 0 {
		return 1
	}
	return 0
}

// conn is one MTA connection: it sends messages until closed.
type conn interface {
	send(m *message, queueID string) (latency time.Duration, verdict string, err error)
	close()
}

// dialer opens a conn.
type dialer func() (conn, error)

func dialMilter(addr string) dialer {
	network, address := splitAddr(addr)
	client := milter.NewClient(network, address)
	return func() (conn, error) {
		s, err := milterclient.Dial(client)
		if err != nil {
			return nil, err
		}
		return milterConn{s}, nil
	}
}

type milterConn struct{ s *milterclient.Session }

func (c milterConn) close() { c.s.Close() }

func (c milterConn) send(m *message, queueID string) (time.Duration, string, error) {
	env := m.env
	env.QueueID = queueID
	o, err := c.s.Send(env, m.data)
	if err != nil {
		return 0, "", err
	}
	return o.Latency, verdictOf(o), nil
}

// verdictOf names what the filter did, for the action counts.
func verdictOf(o *milterclient.Outcome) string {
	v := fmt.Sprintf("action-%d", o.Action)
	switch o.Action {
	case milter.ActionAccept, milter.ActionContinue:
		v = "accept"
	case milter.ActionReject:
		v = "reject"
	case milter.ActionTempFail:
		v = "tempfail"
	case milter.ActionDiscard:
		v = "discard"
	case milter.ActionRejectWithCode:
		v = fmt.Sprintf("reply-%d", o.SMTPCode)
	}
	if o.Quarantined {
		v += "+quarantine"
	}
	if o.Body != nil {
		v += "+rewrite"
	}
	return v
}

// splitAddr turns inet:H:P, unix:/p, tcp:H:P or H:P into a network and address.
func splitAddr(a string) (string, string) {
	switch {
	case strings.HasPrefix(a, "unix:"):
		return "unix", strings.TrimPrefix(a, "unix:")
	case strings.HasPrefix(a, "inet:"), strings.HasPrefix(a, "tcp:"):
		_, rest, _ := strings.Cut(a, ":")
		return "tcp", rest
	}
	return "tcp", a
}

// drive runs f.sessions workers over msgs and collects the result.
func drive(ctx context.Context, f runFlags, msgs []message, dial dialer, stdout io.Writer) (*result, error) {
	total := f.n
	if total == 0 {
		total = len(msgs)
	}
	if f.duration > 0 {
		total = -1
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.duration)
		defer cancel()
	}
	mon := newMonitor(f.pid, f.metrics)
	if err := mon.start(); err != nil {
		return nil, err
	}
	var next atomic.Int64
	stats := make([]workerStats, f.sessions)
	stopSampling := mon.run(f.sample, stdout)
	start := time.Now()
	var wg sync.WaitGroup
	for w := range stats {
		wg.Go(func() { stats[w] = work(ctx, f.perSession, msgs, total, &next, dial) })
	}
	wg.Wait()
	elapsed := time.Since(start)
	stopSampling()
	return summarise(f, mon, stats, elapsed)
}

// workerStats is what one worker saw.
type workerStats struct {
	latencies []time.Duration
	bytes     int64
	errors    int
	firstErr  error
	verdicts  map[string]int
}

// work sends messages until total is reached (or ctx ends when total < 0),
// reconnecting every perSession messages and after an error.
func work(ctx context.Context, perSession int, msgs []message, total int, next *atomic.Int64, dial dialer) workerStats {
	ws := workerStats{verdicts: map[string]int{}}
	var c conn
	sent := 0
	defer func() {
		if c != nil {
			c.close()
		}
	}()
	for ctx.Err() == nil {
		i := int(next.Add(1) - 1)
		if total >= 0 && i >= total {
			return ws
		}
		if c == nil || sent >= perSession {
			if c != nil {
				c.close()
			}
			var err error
			if c, err = dial(); err != nil {
				ws.fail(err)
				c = nil
				time.Sleep(10 * time.Millisecond)
				continue
			}
			sent = 0
		}
		m := &msgs[i%len(msgs)]
		lat, verdict, err := c.send(m, fmt.Sprintf("B%09X", i))
		sent++
		if err != nil {
			ws.fail(err)
			c.close()
			c = nil
			continue
		}
		ws.latencies = append(ws.latencies, lat)
		ws.bytes += int64(len(m.data))
		ws.verdicts[verdict]++
	}
	return ws
}

func (ws *workerStats) fail(err error) {
	ws.errors++
	if ws.firstErr == nil {
		ws.firstErr = err
	}
}

func appendJSON(path string, r *result) error {
	fh, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("json: %w", err)
	}
	defer fh.Close()
	return json.NewEncoder(fh).Encode(r)
}
