package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// resetBaseline deletes the learned history from the DB (milterd must be
// stopped), keeping lock records, the allowlist and quarantine reasons:
// the upgrade path when a new build changes the baseline schema.
func resetBaseline(args []string, stdout, stderr io.Writer) int {
	var cf configFlags
	fs := flag.NewFlagSet("reset-baseline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cf.register(fs)
	yes := fs.Bool("yes", false, "really delete the learned history")
	if err := fs.Parse(args); err != nil {
		return parseStatus(err)
	}
	c, err := cf.load()
	if err != nil {
		fmt.Fprintln(stderr, "milterd:", err)
		return 2
	}
	if !*yes {
		fmt.Fprintf(stderr, "milterd reset-baseline: this deletes everything learned in %s (lock records, the allowlist and quarantine reasons stay); run again with -yes, then warm up with \"milterd replay -learn-only\"\n", c.DB)
		return 2
	}
	db, err := openDB(c.DB, false)
	if err != nil {
		fmt.Fprintln(stderr, "milterd reset-baseline:", err)
		return 1
	}
	defer db.Close()
	n, err := baseline.Reset(db)
	if err != nil {
		fmt.Fprintln(stderr, "milterd reset-baseline:", err)
		return 1
	}
	fmt.Fprintf(stdout, "deleted %d baseline buckets from %s; lock records kept\n", n, c.DB)
	return 0
}
