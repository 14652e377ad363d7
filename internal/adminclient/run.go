package adminclient

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/firstsight/firstsight/internal/termsafe"
	"github.com/firstsight/firstsight/pkg/lock"
)

// Run executes one admin subcommand and returns the exit status: 0 on
// success, 1 when the call failed, 2 for a bad command line.
func Run(ctx context.Context, cmd string, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("milterd "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	sub, ok := subcommands[cmd]
	if !ok {
		fmt.Fprintf(stderr, "milterd: unknown admin command %q (known: %s)\n", cmd, strings.Join(Commands, ", "))
		return 2
	}
	opts := sub.flags(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: milterd %s %s\n\n%s\n\nflags:\n", cmd, sub.args, sub.help)
		fs.PrintDefaults()
	}
	pos, err := parse(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err == nil {
		err = run(ctx, &c, sub, opts, pos, stdout)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "milterd %s: %v\n", cmd, err)
		fs.Usage()
		return 2
	default:
		fmt.Fprintf(termsafe.Writer(stderr), "milterd %s: %v\n", cmd, err) // an answer's error may quote what a message said
		return 1
	}
}

func run(ctx context.Context, c *common, sub subcommand, opts any, pos []string, stdout io.Writer) error {
	if len(pos) < sub.minArgs || len(pos) > sub.maxArgs {
		return fmt.Errorf("%w: want %s", errUsage, sub.args)
	}
	cl, err := c.client()
	if err != nil {
		return err
	}
	if !c.json {
		stdout = termsafe.Writer(stdout)
	}
	return sub.run(ctx, cl, out{w: stdout, json: c.json}, opts, pos)
}

// subcommand describes one admin command.
type subcommand struct {
	args             string
	help             string
	minArgs, maxArgs int
	flags            func(fs *flag.FlagSet) any
	run              func(ctx context.Context, cl *client, o out, opts any, pos []string) error
}

func noFlags(*flag.FlagSet) any { return nil }

// listHelp is the recipients paragraph of the list commands' usage.
func listHelp() string {
	return fmt.Sprintf("A list names each item's first recipient and how many in all. With -json each item names at most "+
		"the first %d in recipients and counts them all in recipients_total: add -recipients all (or a number) for more, "+
		"with a small -n for messages to thousands of readers (one answer names at most %d addresses in all).",
		lock.ListRecipients, lock.MaxAnswerRecipients)
}

var subcommands = map[string]subcommand{
	"locks": {args: "[flags] [LOCK_ID]", help: "List recent locks, or show one (with every recipient). " + listHelp(), maxArgs: 1,
		flags: locksFlags, run: runLocks},
	"release": {args: "[flags] [-trust-reply-to] LOCK_ID | -queue QUEUE_ID", help: "Release a lock (the baseline learns its sender and link from its first release), or a held message. The message's kept Reply-To address is taught only with -trust-reply-to, as an address the recipients wrote to; a release alone teaches nothing about it. An older lock ID may start with '-': put it after --.", maxArgs: 1,
		flags: releaseFlags, run: runRelease},
	"relock": {args: "[flags] LOCK_ID", help: "Lock a released link again. What its release taught the baseline stays learned.", minArgs: 1, maxArgs: 1,
		flags: noFlags, run: runRelock},
	"allow": {args: "[flags] list | add (-domain D | -sender S) [-recipient R] [-ttl 720h] [-note N] | remove ID",
		help: "Show and edit the allowlist.", minArgs: 1, maxArgs: 2, flags: allowFlags, run: runAllow},
	"verdicts": {args: "[flags]", help: "Show recent verdicts. " + listHelp(), flags: verdictFlags, run: runVerdicts},
	"quarantine": {args: "[flags] [QUEUE_ID]", help: "List held messages with their reasons, or show one (with every recipient). " + listHelp(), maxArgs: 1,
		flags: quarantineFlags, run: runQuarantine},
	"inspect": {args: "[flags] (-sender S | -recipient R | -domain D | -message-id ID | -list ADDRESS) | KIND KEY",
		help: "Show what the baseline knows. KIND KEY is the flag's name and value (inspect list dev@lists.example); a list address also shows whether known_list reads it as a mailing list's.", maxArgs: 2,
		flags: inspectFlags, run: runInspect},
	"explain": {args: "[flags] FILE|-", help: "Score a message without learning from it and explain the verdict.", minArgs: 1, maxArgs: 1,
		flags: noFlags, run: runExplain},
	"backup": {args: "[flags] -o FILE", help: "Write a hot backup of the whole database.", flags: backupFlags, run: runBackup},
}

func query(kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			v.Set(kv[i], kv[i+1])
		}
	}
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

func openInput(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(os.Stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("adminclient: %w", err)
	}
	return f, nil
}
