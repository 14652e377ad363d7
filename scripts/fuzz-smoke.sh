#!/bin/bash
# fuzz-smoke.sh - run every Fuzz target in the module briefly.
#
# Targets are discovered with `go test -list` per package, so new ones are picked up
# without editing this file. Corpus entries under testdata/fuzz always run as part of
# `go test`; this adds a short random search on top.
#
# Env: FUZZTIME (default 10s per target), GO (default go).
set -euo pipefail

FUZZTIME=${FUZZTIME:-10s}
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
