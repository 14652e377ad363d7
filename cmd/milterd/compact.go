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
			who, _ := whoHolds(*src)
			err = fmt.Errorf("%s is locked by %s: wait for it to end or stop it first, or take `milterd backup` of a running daemon's database and compact that: %w", *src, who, err)
		}
		fmt.Fprintln(stderr, "milterd compact:", err)
		return 1
	}
	return 0
}
