// Command milterd is Firstsight's daemon and its tools: the milter itself
// (serve), history import and evaluation (replay), one-message diagnosis
// (explain), offline compaction, and admin commands that call the running
// daemon's API.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: milterd [serve] [flags]      run the milter (default)
       milterd replay [flags] PATH     decide a replay stream, Maildir, mbox or .eml directory
       milterd explain [flags] FILE    show each link's signals and verdict, without learning
       milterd compact -db PATH -o NEW compact the database offline
       milterd reset-baseline -yes     delete the learned history offline (after a schema change)
       milterd locks|release|relock|allow|verdicts|quarantine|inspect|backup
                                       admin commands against a running milterd's API
       milterd explain -api URL FILE   explain through a running milterd's API
       milterd -version | -check-config -config FILE
Run "milterd COMMAND -h" for a command's flags.
`

// run dispatches subcommands. Exit codes: 0 ok, 1 runtime failure, 2 bad
// flags or configuration.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(ctx, args, stdout, stderr)
	case "replay":
		return replayCmd(ctx, args, stdout, stderr)
	case "explain":
		return explainCmd(ctx, args, stdout, stderr)
	case "compact":
		return compact(args, stderr)
	case "reset-baseline":
		return resetBaseline(args, stdout, stderr)
	case "locks", "release", "relock", "allow", "verdicts", "quarantine", "inspect", "backup":
		return adminCmd(ctx, cmd, args, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "milterd: unknown command %q\n%s", cmd, usage)
	return 2
}
