#!/usr/bin/env bash
# Bounded soak: sustained load against milterd for DURATION (default 2m; the
# issue's figure is 30m: bench/soak.sh 30m), sampling every 10 s the process's
# RSS, VmHWM, open file descriptors, threads and (from its /metrics endpoint)
# goroutines, then reporting growth between the first sample after warm-up
# and the last.
#
# Env: SESSIONS=20 N=2000 LEARN=3000 RATE_SAMPLE=10s CORPUS=... CONFIG=... WORK=... KEEP=1
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${1:-2m}
build
message_set
DB=$WORK/db/milterd.db
warm "$DB"
start_milterd "$DB" "${CONFIG:-}" "$WORK/milterd.log"
echo "=== soak: milterd pid $MILTERD_PID, ${SESSIONS:-20} sessions, $DURATION"
"$WORK/milterload" run -dir "$TEST_DIR" -sessions "${SESSIONS:-20}" -addr "$MILTERD_ADDR" -pid "$MILTERD_PID" \
	-metrics "http://$MILTERD_HTTP/metrics" -duration "$DURATION" -sample "${RATE_SAMPLE:-10s}" -label milterd | tee "$WORK/soak.txt"
# Growth: the second sample (after 10 s of load, past start-up) against the last.
awk '$1 == "sample" && $2 != "elapsed" { n++; if (n == 2) { r0 = $4; f0 = $6; t0 = $7; g0 = $8; a0 = $9; m0 = $10; h0 = $11 } r1 = $4; f1 = $6; t1 = $7; g1 = $8; a1 = $9; m1 = $10; h1 = $11 }
END {
	if (n < 3) { print "soak: too few samples for a trend"; exit }
	printf "growth from sample 2 to %d: RSS %+.1f MB (%.1f -> %.1f; anon %.1f -> %.1f, file-backed %.1f -> %.1f), Go heap in use %s -> %s MB, fds %+d (%d -> %d), threads %+d, goroutines %s -> %s\n",
		n, r1 - r0, r0, r1, a0, a1, m0, m1, h0, h1, f1 - f0, f0, f1, t1 - t0, g0, g1
}' "$WORK/soak.txt"
sleep 2
echo "database file: $(du -k "$DB" | cut -f1) KB on disk ($(stat -c %s "$DB") bytes)"
echo "after the load stopped (2 s idle): $(awk '/^VmRSS|^Threads/ { printf "%s %s %s  ", $1, $2, $3 }' /proc/$MILTERD_PID/status) fds $(ls /proc/$MILTERD_PID/fd | wc -l)"
