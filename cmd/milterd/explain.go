package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/mail"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/firstsight/firstsight/internal/adminclient"
	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/replay"
	"github.com/firstsight/firstsight/internal/termsafe"
	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// explain judges one message against the current DB, without learning and
// without storing locks.
func explainCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var cf configFlags
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cf.register(fs)
	asJSON := fs.Bool("json", false, "print one JSON object (stable keys, see README)")
	from := fs.String("from", "", "envelope sender (default: Return-Path, else From)")
	rcpt := fs.String("rcpt", "", "envelope recipient (default: Delivered-To, else To)")
	api := fs.String("api", "", "ask a running milterd's admin API instead of opening the DB")
	fs.String("token", "", "admin bearer token (with -api)")
	fs.String("token-file", "", "file holding the admin bearer token (with -api)")
	fs.Usage = func() {
		fmt.Fprint(stderr, explainUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return parseStatus(err)
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, explainUsage)
		return 2
	}
	c, err := cf.load()
	if err != nil {
		fmt.Fprintln(stderr, "milterd:", err)
		return 2
	}
	raw, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "milterd explain:", err)
		return 1
	}
	viaAPI := func() int {
		args, done, err := withEnvelope(apiArgs(fs), *from, *rcpt)
		if err != nil {
			fmt.Fprintln(stderr, "milterd explain:", err)
			return 1
		}
		defer done()
		x, code := explainViaAPI(ctx, append(adminDefaults(c, args), args...), stderr)
		if code != 0 {
			return code
		}
		filteredNote(stderr, c, raw, x)
		return writeExplanation(stdout, x, *asJSON)
	}
	if *api != "" {
		return viaAPI()
	}
	it := replay.Parse(fs.Arg(0), raw, true)
	env := explainEnvelope(it, *from, *rcpt, time.Now())
	x, err := explainWithDB(ctx, c, it.Msg, env)
	if err == nil {
		explainNotes(stderr, c, cf.config, it.Msg) // about this judgement, not the daemon's
	}
	if h, ok := heldByCommand(err); ok {
		fmt.Fprintf(stderr, "milterd explain: %s is in use by %s, which holds it locked until it ends; explain again then\n", c.DB, h)
		return 1
	}
	if errors.Is(err, errDBLocked) && cf.db != "" && cf.config == "" {
		fmt.Fprintf(stderr, "milterd explain: %s is in use by a running milterd, which holds it locked (even for reading); "+
			"to ask that daemon, name its configuration (-config FILE) or its admin API (-api URL -token-file FILE), "+
			"or explain against a copy (milterd backup -o COPY, then -db COPY)\n", c.DB)
		return 1
	}
	if errors.Is(err, errDBLocked) {
		fmt.Fprintln(stderr, "milterd explain: the database is in use by the running milterd; asking its admin API")
		return viaAPI()
	}
	if err != nil {
		fmt.Fprintln(stderr, "milterd explain:", err)
		return 1
	}
	filteredNote(stderr, c, raw, x)
	return writeExplanation(stdout, x, *asJSON)
}

const explainUsage = `usage: milterd explain [-config FILE] [-db PATH] [-json] [-from ADDR] [-rcpt ADDR] FILE.eml
       milterd explain -api URL [-token-file FILE] [-json] FILE.eml
Explain reads the database (-db, else the configuration's db), learning
nothing. A running milterd holds its database locked, even for reading: explain
then asks the admin API the configuration names (-config FILE, else the
defaults'). Given -db without -config, it does not guess which daemon holds
that file: it says so and exits 1; add that daemon's -config, or use -api.
When another milterd command (a replay, a compaction) holds the file, explain
names it (from /proc/locks, on Linux) and exits 1.
`

// withEnvelope hands -from and -rcpt to the admin API, which takes the
// envelope from the message: args ends with the message file, which is
// replaced by a temporary copy starting with Return-Path and Delivered-To
// fields (the first of each is what the API reads). done removes it.
func withEnvelope(args []string, from, rcpt string) (out []string, done func(), err error) {
	if from == "" && rcpt == "" || len(args) == 0 {
		return args, func() {}, nil
	}
	raw, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return nil, nil, err
	}
	var head bytes.Buffer
	if from != "" {
		fmt.Fprintf(&head, "Return-Path: <%s>\r\n", from)
	}
	if rcpt != "" {
		fmt.Fprintf(&head, "Delivered-To: %s\r\n", rcpt)
	}
	f, err := os.CreateTemp("", "firstsight-explain-*.eml")
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if _, err := f.Write(append(head.Bytes(), raw...)); err != nil {
		os.Remove(f.Name())
		return nil, nil, err
	}
	out = append(slices.Clone(args[:len(args)-1]), f.Name())
	return out, func() { os.Remove(f.Name()) }, nil
}

// explainViaAPI asks a running milterd's admin API (args are the admin
// client's flags and the file) and returns its explanation, so the output
// is the same as with the database opened here.
func explainViaAPI(ctx context.Context, args []string, stderr io.Writer) (filter.Explanation, int) {
	var buf bytes.Buffer
	if code := adminclient.Run(ctx, "explain", append([]string{"-json"}, args...), &buf, stderr); code != 0 {
		return filter.Explanation{}, code
	}
	var ans struct {
		Explain filter.Explanation `json:"explain"`
	}
	if err := json.Unmarshal(buf.Bytes(), &ans); err != nil {
		fmt.Fprintln(stderr, "milterd explain: the admin API's answer:", err)
		return filter.Explanation{}, 1
	}
	return ans.Explain, 0
}

// writeExplanation prints x as the table or, with asJSON, as one object.
func writeExplanation(w io.Writer, x filter.Explanation, asJSON bool) int {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(x)
		return 0
	}
	printExplanation(termsafe.Writer(w), x) // the message's own link texts and names
	return 0
}

// explainNotes says on stderr where explain's answer may differ from the
// daemon's: judged on the embedded defaults, or a message the milter would
// not judge at all.
func explainNotes(w io.Writer, c config.Config, configPath string, msg []byte) {
	if configPath == "" && len(c.InternalDomains) == 0 {
		fmt.Fprintln(w, "milterd explain: no -config: judged on the embedded defaults (no internal_domains); give the daemon's -config FILE for its verdict")
	}
	if act, note := filter.Precheck(msg, c.Limits.MaxBodyBytes, c.Policy.Mode == scoring.ModeMonitor); act != "" {
		fmt.Fprintf(w, "milterd explain: the milter would not judge this message (%s: %s); explained anyway\n", act, note)
	}
}

// filteredNote says on stderr when FILE is a copy milterd already
// filtered (a delivered message, or a held one), or quotes its lock links
// (a reply, a forward): its verdict header is the
// verdict it got then, and the links it locked now lead to this milterd's
// lock pages (lock_base_url/l/ID). Judged again, such a link counts as a
// new link of its own (on the default lock_base_url a bare IP address),
// and the "[locked: ...]" note beside it as the message's words, so the
// answer above is not why the link was locked: its lock record says that.
func filteredNote(w io.Writer, c config.Config, raw []byte, x filter.Explanation) {
	var verdict string
	if m, err := mail.ReadMessage(bytes.NewReader(raw)); err == nil {
		verdict = m.Header.Get(c.HeaderName)
	}
	ids := lockIDs(c.LockBaseURL, x.Links)
	if verdict == "" && len(ids) == 0 {
		return
	}
	list := strings.Join(ids, " ")
	const why = " judged here as links of their own: why each was locked is in its lock record, milterd locks ID"
	switch {
	case verdict != "" && len(ids) > 0:
		fmt.Fprintf(w, "milterd explain: this copy was already filtered (%s: %s); its lock links (%s) are%s", c.HeaderName, verdict, list, why)
	case verdict != "":
		fmt.Fprintf(w, "milterd explain: this copy was already filtered (%s: %s)", c.HeaderName, verdict)
	default: // a reply or forward quoting them
		fmt.Fprintf(w, "milterd explain: this message carries lock links of this milterd (%s),%s", list, why)
	}
	fmt.Fprintln(w)
}

// lockIDs are the distinct lock IDs of the links that lead to a lock page
// under base, in order.
func lockIDs(base string, links []filter.LinkExplained) []string {
	prefix := strings.TrimRight(base, "/") + "/l/"
	var ids []string
	for _, l := range links {
		rest, ok := strings.CutPrefix(l.URL, prefix)
		if id, _, _ := strings.Cut(rest, "?"); ok && id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func explainWithDB(ctx context.Context, c config.Config, msg []byte, env filter.Envelope) (filter.Explanation, error) {
	if _, err := os.Stat(c.DB); errors.Is(err, fs.ErrNotExist) {
		// explain never creates a database: an empty one would judge
		// against no history and look like a real answer.
		return filter.Explanation{}, fmt.Errorf("no database at %s: give the one milterd uses (-db PATH, or -config FILE)", c.DB)
	}
	db, err := openDB(c.DB, false)
	if err != nil {
		return filter.Explanation{}, err
	}
	defer db.Close()
	hist, locks, err := stores(c, db, storeHooks{})
	if err != nil {
		return filter.Explanation{}, err
	}
	engine := filter.New(engineOptions(c), hist, filter.LockJournal{Store: locks})
	r, err := filter.JudgeWithin(ctx, engine, c.Limits.DecisionBudget.Duration, msg, env)
	if err != nil {
		return filter.Explanation{}, err
	}
	return filter.Explain(r), nil
}

func printExplanation(w io.Writer, x filter.Explanation) {
	fmt.Fprintf(w, "action %s, score %.2f", x.Action, x.Score)
	if x.Level != "" {
		fmt.Fprintf(w, ", level %s", x.Level)
	}
	if len(x.Notes) > 0 {
		fmt.Fprintf(w, ", notes %s", strings.Join(x.Notes, ","))
	}
	fmt.Fprintln(w)
	for _, r := range x.Reasons {
		fmt.Fprintf(w, "  %s: %s\n", r.Code, r.Text)
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\nDECISION\tSCORE\tKIND\tHOST\tUNWRAPPED")
	for _, l := range x.Links {
		fmt.Fprintf(tw, "%s\t%.2f\t%s\t%s\t%s\n", l.Decision, l.Score, l.Kind, l.Host, l.Unwrapped)
		for _, r := range l.Reasons {
			fmt.Fprintf(tw, "\t\t\t  %s: %s\n", r.Code, r.Text) // the last cell: it does not widen HOST
		}
	}
	tw.Flush()
}

// explainEnvelope: the flags, else Return-Path and Delivered-To, else the
// header's From and To (as the admin API's explain does).
func explainEnvelope(it replay.Item, from, rcpt string, now time.Time) filter.Envelope {
	head := filter.HeaderEnvelope(it.Msg, now)
	env := filter.Envelope{MailFrom: orStr(from, orStr(it.MailFrom, head.MailFrom)), Recipients: it.Recipients, Now: now}
	switch {
	case rcpt != "":
		env.Recipients = []string{rcpt}
	case len(env.Recipients) == 0:
		env.Recipients = head.Recipients
	}
	return env
}

func orStr(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}

// apiArgs rebuilds the command line for the admin client: only the flags it
// knows, set ones only, then the file.
func apiArgs(fs *flag.FlagSet) []string {
	var out []string
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "api", "token", "token-file", "json":
			out = append(out, "-"+f.Name+"="+f.Value.String())
		}
	})
	return append(out, fs.Args()...)
}
