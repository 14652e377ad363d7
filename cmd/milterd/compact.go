package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	berrors "go.etcd.io/bbolt/errors"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// compact copies the DB into a new, compacted file (milterd must be stopped).
func compact(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("compact", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("db", "", "database to compact (milterd must be stopped)")
	dst := fs.String("o", "", "new, compacted database file")
	if err := fs.Parse(args); err != nil {
		return parseStatus(err)
	}
	if *src == "" || *dst == "" {
		fmt.Fprintln(stderr, "usage: milterd compact -db PATH -o NEWPATH")
		return 2
	}
	if err := baseline.Compact(*dst, *src); err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			err = fmt.Errorf("%s is locked by %s: %w", *src, compactHint(*src), err)
		}
		fmt.Fprintln(stderr, "milterd compact:", err)
		return 1
	}
	return 0
}

// compactHint names who holds the database compact wants and what to do:
// a daemon runs until stopped, a replay ends by itself.
func compactHint(path string) string {
	h, known := lockHolder(path)
	who := whoHolds(h, known)
	if known && h.command() {
		return who + ": wait for it to end"
	}
	return who + ": stop milterd first, or take `milterd backup` and compact that"
}
