#!/usr/bin/env bash
# CPU and allocation profiles of milterd's decision core, in-process
# (bench/engine_test.go): the realistic mix, then 1 MB messages.
# Prints the top functions under filter.(*Milter).Decide; KEEP=1 keeps the
# profiles (go tool pprof WORK/bench.test WORK/cpu.out).
#
# Env: N=2000 LEARN=3000 BENCHTIME=3000x WORK=... KEEP=1
set -euo pipefail
. "$(dirname "$0")/lib.sh"

(cd "$ROOT" && $GO build -o "$WORK/milterload" ./cmd/milterload)
"$WORK/milterload" gen -n "${N:-2000}" -learn "${LEARN:-3000}" -seed "${SEED:-1}" -out "$WORK/set"
"$WORK/milterload" gen -n 40 -size 1024 -seed 11 -out "$WORK/big/test" >/dev/null
ln -s "$WORK/set/learn" "$WORK/big/learn"

prof() { # prof NAME DIR BENCHTIME
	(cd "$ROOT" && FIRSTSIGHT_BENCH_DIR=$2 $GO test ./bench -run '^$' -bench MilterDecide -benchtime "$3" \
		-cpuprofile "$WORK/cpu-$1.out" -memprofile "$WORK/mem-$1.out" -o "$WORK/bench.test") | grep -E '^Benchmark'
	echo "--- $1: CPU, cumulative, under filter.(*Milter).Decide"
	go tool pprof -top -cum -focus 'Milter..Decide' -nodecount 30 "$WORK/bench.test" "$WORK/cpu-$1.out" 2>/dev/null |
		sed -n '/flat%/,$p' | grep -v -e 'testing\.' -e 'runtime\.'
	echo "--- $1: allocated bytes, flat, under filter.(*Milter).Decide"
	go tool pprof -sample_index=alloc_space -top -focus 'Milter..Decide' -nodecount 12 "$WORK/bench.test" "$WORK/mem-$1.out" 2>/dev/null |
		sed -n '/flat%/,$p' | cut -c1-160
}
prof mix "$WORK/set" "${BENCHTIME:-3000x}"
prof 1mb "$WORK/big" 80x
