#!/usr/bin/env bash
# Paired direct-protocol benchmark: milterd (warmed baseline) against the null
# milter, alternately (A B A B ...), same messages, same concurrency; then a
# memory run (100 sessions of 1 MB messages against milterd).
#
# Env: ROUNDS=3 SESSIONS=20 N=2000 (test messages) LEARN=3000 MSGS=10000 sent per round (cycling)
#      MAXSIZE=102400 (messages up to 100 KB, the issue's target)
#      CORPUS=../shared/corpus-dev (use a real corpus instead of the synthetic set)
#      MEM=1 (memory run; MEM=0 skips) MEM_SESSIONS=100 MEM_KB=1024
#      CONFIG=milterd.toml (optional) WORK=dir KEEP=1
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-3} SESSIONS=${SESSIONS:-20} MAXSIZE=${MAXSIZE:-102400} MSGS=${MSGS:-10000}
build
message_set
DB=$WORK/db/milterd.db
warm "$DB"
start_milterd "$DB" "${CONFIG:-}" "$WORK/milterd.log"
start_null "$WORK/null.log"
echo "milterd pid $MILTERD_PID at $MILTERD_ADDR; null pid $NULL_PID at $NULL_ADDR"

load() { # load LABEL ADDR PID [extra flags]
	local label=$1 addr=$2 pid=$3
	shift 3
	"$WORK/milterload" run -dir "$TEST_DIR" -max-size "$MAXSIZE" -sessions "$SESSIONS" \
		-label "$label" -addr "$addr" -pid "$pid" "$@"
}

# One unrecorded warm-up pass each (page cache, DB pages, connection setup).
load milterd "$MILTERD_ADDR" "$MILTERD_PID" -n 500 >/dev/null
load null "$NULL_ADDR" "$NULL_PID" -n 500 >/dev/null
RES=$WORK/paired.jsonl
for r in $(seq 1 "$ROUNDS"); do
	echo "--- round $r"
	load milterd "$MILTERD_ADDR" "$MILTERD_PID" ${MSGS:+-n $MSGS} -json "$RES"
	load null "$NULL_ADDR" "$NULL_PID" ${MSGS:+-n $MSGS} -json "$RES"
done
echo "=== direct protocol, $SESSIONS sessions, messages <= $MAXSIZE bytes, medians of $ROUNDS rounds"
"$WORK/milterload" compare -base null -target milterd -min-ratio 0.8 -max-p99-ratio 2 "$RES"
stop_pid "$MILTERD_PID"
stop_pid "$NULL_PID"

if [ "${MEM:-1}" = 1 ]; then
	MEM_SESSIONS=${MEM_SESSIONS:-100} MEM_KB=${MEM_KB:-1024}
	"$WORK/milterload" gen -n "$MEM_SESSIONS" -size "$MEM_KB" -seed 11 -out "$WORK/big" >/dev/null
	start_milterd "$DB" "${CONFIG:-}" "$WORK/milterd-mem.log"
	start_null "$WORK/null-mem.log"
	echo "=== memory: $MEM_SESSIONS concurrent sessions, ${MEM_KB} KB messages, 3 each (target: milterd peak RSS < 150 MB)"
	load milterd "$MILTERD_ADDR" "$MILTERD_PID" -max-size 0 -sessions "$MEM_SESSIONS" -dir "$WORK/big" -n $((3 * MEM_SESSIONS)) -per-session 3 -json "$WORK/mem.jsonl"
	load null "$NULL_ADDR" "$NULL_PID" -max-size 0 -sessions "$MEM_SESSIONS" -dir "$WORK/big" -n $((3 * MEM_SESSIONS)) -per-session 3 -json "$WORK/mem.jsonl"
	hwm=$(grep '"label":"milterd"' "$WORK/mem.jsonl" | sed -n 's/.*"vmhwm_mb":\([0-9.]*\).*/\1/p')
	awk -v h="$hwm" 'BEGIN { printf "target milterd peak RSS (VmHWM) < 150 MB: %s (%.1f MB)\n", (h < 150 ? "MET" : "MISSED"), h }'
fi
