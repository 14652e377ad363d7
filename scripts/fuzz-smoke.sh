#!/bin/bash
# fuzz-smoke.sh - run every Fuzz target in the module briefly.
#
# Targets are discovered with `go test -list` per package, so new ones are picked up
# without editing this file. Corpus entries under testdata/fuzz always run as part of
# `go test`; this adds a short random search on top.
#
# The budget is a count of executions, not a duration: with a duration, Go
# 1.26's fuzz coordinator can report "context deadline exceeded" as a failure
# at the deadline with no crashing input (golang/go#75804, fixed in Go 1.27).
# Seen here on FuzzSplitMbox. A count never takes that path.
#
# Env: FUZZTIME (default 40000x executions per target; the Makefile sets it), GO (default go).
set -euo pipefail

FUZZTIME=${FUZZTIME:-40000x}
GO=${GO:-go}
count=0
for pkg in $("$GO" list ./...); do
  listing=$("$GO" test -list '^Fuzz' "$pkg")   # a package that does not build fails here
  targets=$(grep -E '^Fuzz' <<<"$listing" || true)
  for target in $targets; do
    echo "fuzz-smoke: $pkg $target ($FUZZTIME)"
    "$GO" test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" "$pkg"
    count=$((count + 1))
  done
done
echo "fuzz-smoke: $count targets"
