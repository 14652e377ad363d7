# Shared helpers for the bench scripts (sourced, not run).
# Env: WORK (scratch dir, default a new /tmp dir), KEEP=1 keeps it,
# MILTERD_BIN (a prebuilt milterd instead of building ./cmd/milterd).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/firstsight-bench.XXXXXX)}
GO=${GO:-go}
PIDS=()

cleanup() {
	for p in "${PIDS[@]}"; do
		kill -TERM "$p" 2>/dev/null || true
	done
	for p in "${PIDS[@]}"; do
		wait "$p" 2>/dev/null || true
	done
	if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

# build: milterload from source; milterd from source, or MILTERD_BIN when set.
build() {
	(cd "$ROOT" && $GO build -o "$WORK/milterload" ./cmd/milterload)
	if [ -n "${MILTERD_BIN:-}" ]; then
		cp "$MILTERD_BIN" "$WORK/milterd"
	else
		(cd "$ROOT" && $GO build -o "$WORK/milterd" ./cmd/milterd)
	fi
}

# wait_addr LOG WHAT: print the addr= of the first `msg="WHAT listening"` line in LOG.
wait_addr() {
	local log=$1 what=$2 i
	for i in $(seq 1 300); do
		local a
		a=$(grep -m1 "msg=\"$what listening\"" "$log" 2>/dev/null | sed -n 's/.* addr=\([^ ]*\).*/\1/p')
		if [ -n "$a" ]; then echo "$a"; return 0; fi
		sleep 0.1
	done
	echo "no '$what listening' line in $log:" >&2
	cat "$log" >&2
	return 1
}

# free_addrs N: N distinct loopback HOST:PORTs free a moment ago, one a
# line (milterd refuses port 0, which would listen on a random one); all
# are held open together while chosen, so no two are the same.
free_addrs() {
	python3 -c 'import socket, sys
ss = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in ss: s.bind(("127.0.0.1", 0))
for s in ss: print("127.0.0.1:%d" % s.getsockname()[1])' "$1"
}

# start_milterd DB CONFIG LOG: start milterd in the background; sets MILTERD_PID, MILTERD_ADDR, MILTERD_HTTP.
start_milterd() {
	local db=$1 cfg=$2 log=$3 args=()
	[ -n "$cfg" ] && args=(-config "$cfg")
	local addrs
	mapfile -t addrs < <(free_addrs 2)
	"$WORK/milterd" serve "${args[@]}" -listen "inet:${addrs[0]}" -http "${addrs[1]}" -db "$db" 2>"$log" &
	MILTERD_PID=$!
	PIDS+=("$MILTERD_PID")
	MILTERD_ADDR=$(wait_addr "$log" milter)
	MILTERD_HTTP=$(wait_addr "$log" http)
}

# start_null LOG: start the null milter; sets NULL_PID, NULL_ADDR.
start_null() {
	"$WORK/milterload" null -listen inet:127.0.0.1:0 2>"$1" &
	NULL_PID=$!
	PIDS+=("$NULL_PID")
	NULL_ADDR=$(wait_addr "$1" milter)
}

# stop_pid PID: SIGTERM one process we started and wait for it.
stop_pid() {
	kill -TERM "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

# message_set: sets LEARN_DIR and TEST_DIR. CORPUS=path uses a real corpus
# (every 5th file is tested, the rest learned; files are linked into WORK,
# never copied into the repository); otherwise a synthetic set is generated.
message_set() {
	if [ -n "${CORPUS:-}" ]; then
		LEARN_DIR=$WORK/set/learn TEST_DIR=$WORK/set/test
		mkdir -p "$LEARN_DIR" "$TEST_DIR"
		local i=0 f
		while IFS= read -r f; do
			i=$((i + 1))
			local dst=$LEARN_DIR
			[ $((i % 5)) = 0 ] && dst=$TEST_DIR
			ln "$f" "$dst/$(printf %06d $i).eml" 2>/dev/null || cp "$f" "$dst/$(printf %06d $i).eml"
		done < <(find "$CORPUS" -type f -name '*.eml' | sort)
		echo "corpus $CORPUS: $(ls "$LEARN_DIR" | wc -l) learn, $(ls "$TEST_DIR" | wc -l) test"
	else
		"$WORK/milterload" gen -n "${N:-2000}" -learn "${LEARN:-3000}" -seed "${SEED:-1}" -out "$WORK/set"
		LEARN_DIR=$WORK/set/learn TEST_DIR=$WORK/set/test
	fi
}

# warm DB: learn the learn portion into a fresh DB (milterd must not be running).
warm() {
	local t0=$SECONDS
	"$WORK/milterd" replay -learn-only -q -db "$1" "$LEARN_DIR" >/dev/null 2>"$WORK/replay.log"
	echo "warmed $1 from $LEARN_DIR in $((SECONDS - t0))s"
}
