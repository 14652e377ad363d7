#!/usr/bin/env bash
# CPU profile of the running milterd daemon (not an in-process copy):
# `perf record` attached to milterd while milterload replays the synthetic
# set over 20 sessions. milterd has no pprof endpoint; perf needs no change
# to it and sees the protocol, the decision, learning, logging and the GC.
# Prints the cumulative share of the main parts, then the top functions.
#
# Env: MSGS=12000 SESSIONS=20 N=2000 LEARN=3000 MAXSIZE=102400 FREQ=999
#      MILTERD_BIN=... WORK=... KEEP=1 (keeps WORK/perf.data)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

command -v perf >/dev/null || { echo "perf.sh: perf not installed (linux-perf)" >&2; exit 1; }
SESSIONS=${SESSIONS:-20} MAXSIZE=${MAXSIZE:-102400} MSGS=${MSGS:-12000}
build
message_set
DB=$WORK/db/milterd.db
warm "$DB"
start_milterd "$DB" "${CONFIG:-}" "$WORK/milterd.log"
load() {
	"$WORK/milterload" run -dir "$TEST_DIR" -max-size "$MAXSIZE" -sessions "$SESSIONS" \
		-label milterd -addr "$MILTERD_ADDR" -pid "$MILTERD_PID" "$@"
}
load -n 500 >/dev/null # warm-up, not recorded
perf record -F "${FREQ:-999}" -g -p "$MILTERD_PID" -o "$WORK/perf.data" 2>"$WORK/perf.log" &
PERF_PID=$!
sleep 0.5
load -n "$MSGS"
kill -INT "$PERF_PID"
wait "$PERF_PID" || true
stop_pid "$MILTERD_PID"

report() { perf report -i "$WORK/perf.data" --stdio "$@" 2>/dev/null | grep -v '^#' | grep '%'; }
echo "--- cumulative share of milterd's CPU samples"
report --children --sort symbol -g none | awk '{ print $1, $4 }' | grep -E \
	' (.*\(\*Milter\)\.Decide|.*\(\*Engine\)\.judge|.*links\.(Extract|ExtractSigned)|.*scoring\.Score|.*\(\*intentScan\)\.scan|.*\(\*message\)\.lookalikes|.*baseline\.\(\*Store\)\.Lookup|.*filter\.readMessage|.*\(\*Milter\)\.done|.*\(\*serverSession\)\.HandleMilterCommands|.*\(\*learner\)\.run|runtime\.gcBgMarkWorker|.*\(\*Tokenizer\)\.Next)$' |
	awk '{ printf "%8s  %s\n", $1, $2 }'
echo "--- top functions, self"
report --no-children --sort symbol -g none | head -25 | awk '{ printf "%8s  %s\n", $1, $3 }'
