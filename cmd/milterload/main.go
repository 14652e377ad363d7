// Command milterload measures what a milter costs: it replays .eml files over
// parallel milter sessions (or SMTP connections), runs the null milter that
// is the protocol floor, generates a synthetic message set, and compares runs.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: milterload run -dir DIR (-addr ADDR [-pid PID] | -- MILTER COMMAND...) [flags]
       milterload smtp -dir DIR -addr HOST:PORT [flags]      same load over SMTP
       milterload null [-listen inet:127.0.0.1:10026]        the null milter (protocol floor)
       milterload gen -n N [-learn M] [-seed S] -out DIR     synthetic message set
       milterload compare [-base L] [-target L] FILE.jsonl   medians and ratios of several runs
Run "milterload COMMAND -h" for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches subcommands. Exit codes: 0 ok, 1 failure, 2 bad flags.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "run", "smtp":
		return runMain(ctx, cmd, rest, stdout, stderr)
	case "null":
		return nullMain(ctx, rest, stderr)
	case "gen":
		return genMain(rest, stdout, stderr)
	case "compare":
		return compareMain(rest, stdout, stderr)
	}
	fmt.Fprint(stderr, usage)
	return 2
}
