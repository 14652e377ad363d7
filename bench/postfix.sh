#!/usr/bin/env bash
# Through real Postfix: a private instance (postfix -c DIR, loopback high
# ports, run as root) relaying to smtp-sink, fed by `milterload smtp` with the
# realistic message mix over 20 SMTP sessions. Three smtpd listeners in the
# same instance differ only in smtpd_milters: none, the null milter, milterd.
# They are measured in turn (none, null, milterd), ROUNDS times, waiting for
# the queue to drain between runs.
#
# Env: ROUNDS=2 SESSIONS=20 N=2000 LEARN=3000 MAXSIZE=102400 PORT_BASE=24025
#      SOURCE=1 also times smtp-source (fixed 11.5 KB filler messages)
#      CORPUS=... CONFIG=... WORK=... KEEP=1 (see lib.sh)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ "$(id -u)" = 0 ] || { echo "postfix.sh: needs root (Postfix's master runs as root)" >&2; exit 1; }
command -v postfix >/dev/null || { echo "postfix.sh: postfix not installed (make deps)" >&2; exit 1; }
ROUNDS=${ROUNDS:-2} SESSIONS=${SESSIONS:-20} MAXSIZE=${MAXSIZE:-102400}
P=${PORT_BASE:-24025}
SINK_PORT=$((P + 9)) PORTS=(["0"]=$P ["1"]=$((P + 1)) ["2"]=$((P + 2)))
LABELS=(none null milterd)

build
message_set
DB=$WORK/db/milterd.db
warm "$DB"
start_milterd "$DB" "${CONFIG:-}" "$WORK/milterd.log"
start_null "$WORK/null.log"

chmod 0755 "$WORK" # Postfix daemons (user postfix) must reach data_directory
D=$WORK/postfix
mkdir -p "$D/conf" "$D/queue" "$D/data"
chown postfix:postfix "$D/data"
cat >"$D/conf/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $D/queue
data_directory = $D/data
maillog_file = $D/maillog
maillog_file_prefixes = /var, /dev/stdout, $D
myhostname = mx.bench.invalid
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_peername_lookup = no
default_transport = smtp
relay_transport = smtp
relayhost = [127.0.0.1]:$SINK_PORT
smtp_tls_security_level = none
smtpd_tls_security_level = none
local_recipient_maps =
alias_maps =
alias_database =
milter_protocol = 6
bench_null_milters = { inet:$NULL_ADDR, default_action=tempfail }
bench_milterd_milters = { inet:$MILTERD_ADDR, default_action=tempfail }
CF
cat >"$D/conf/master.cf" <<CF
127.0.0.1:${PORTS[0]} inet n - n - - smtpd -o smtpd_milters=
127.0.0.1:${PORTS[1]} inet n - n - - smtpd -o smtpd_milters=\$bench_null_milters
127.0.0.1:${PORTS[2]} inet n - n - - smtpd -o smtpd_milters=\$bench_milterd_milters
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CF

smtp-sink -u nobody -h sink.invalid 127.0.0.1:$SINK_PORT 256 &
PIDS+=($!)
stop_postfix() { postfix -c "$D/conf" stop >/dev/null 2>&1 || true; }
trap 'rc=$?; [ $rc = 0 ] || echo "postfix.sh: failed (exit $rc)" >&2; stop_postfix; cleanup' EXIT
pfx() { # postfix prints nothing when not on a terminal: show its log on failure
	postfix -c "$D/conf" "$@" || { echo "postfix.sh: postfix $* failed; maillog:" >&2; cat "$D/maillog" >&2 2>/dev/null; exit 1; }
}
pfx check
pfx start
for i in $(seq 1 50); do
	[ -f "$D/data/master.lock" ] && break
	sleep 0.1
done

drain() { # wait until Postfix has delivered everything to the sink
	local i
	for i in $(seq 1 600); do
		[ -z "$(find "$D/queue/active" "$D/queue/incoming" "$D/queue/deferred" -type f 2>/dev/null | head -1)" ] && return 0
		sleep 0.2
	done
	echo "postfix.sh: queue did not drain" >&2
	return 1
}

RES=$WORK/postfix.jsonl
smtp_load() { # smtp_load LABEL PORT [flags]
	local label=$1 port=$2
	shift 2
	"$WORK/milterload" smtp -dir "$TEST_DIR" -max-size "$MAXSIZE" -sessions "$SESSIONS" -label "$label" -addr "127.0.0.1:$port" "$@"
}
for i in 0 1 2; do # warm-up, unrecorded
	smtp_load "${LABELS[$i]}" "${PORTS[$i]}" -n 300 >/dev/null
	drain
done
for r in $(seq 1 "$ROUNDS"); do
	echo "--- round $r"
	for i in 0 1 2; do
		pid=""
		[ "$i" = 1 ] && pid=$NULL_PID
		[ "$i" = 2 ] && pid=$MILTERD_PID
		smtp_load "${LABELS[$i]}" "${PORTS[$i]}" ${MSGS:+-n $MSGS} ${pid:+-pid $pid} -json "$RES"
		drain
	done
done
echo "=== through Postfix ($(postconf -d -h mail_version 2>/dev/null)), $SESSIONS SMTP sessions, medians of $ROUNDS rounds; ratio vs Postfix+null milter"
"$WORK/milterload" compare -base null -target milterd -min-ratio 0.9 "$RES"

if [ "${SOURCE:-0}" = 1 ]; then
	echo "=== smtp-source (11.5 KB filler messages, no links), $SESSIONS sessions, ${N:-2000} messages"
	for i in 0 1 2; do
		t0=$(date +%s.%N)
		smtp-source -s "$SESSIONS" -m "${N:-2000}" -l 11776 -f a@bench.invalid -t b@corp.test "127.0.0.1:${PORTS[$i]}"
		t1=$(date +%s.%N)
		awk -v l="${LABELS[$i]}" -v n="${N:-2000}" -v a="$t0" -v b="$t1" 'BEGIN { printf "%-8s %.0f msg/s\n", l, n / (b - a) }'
		drain
	done
fi
grep -c "milter-reject\|warning" "$D/maillog" | sed 's/^/postfix log warnings+milter rejects: /' || true
