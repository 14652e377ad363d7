#!/bin/bash
# eval/run.sh: the dev evaluation behind `make eval`. Needs ../shared (the
# corpus and eval-tools); it is not part of the tests. It builds the dev
# replay stream once (kept out of git), replays it through milterd's decision
# core with eval/dev.toml, and prints score.py's table and operating curve.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${FIRSTSIGHT_SHARED:-../shared}
out=${EVAL_OUT:-eval-out}
[ -d "$shared/eval-tools" ] || { echo "eval: $shared/eval-tools not found (make eval needs ../shared)" >&2; exit 2; }
mkdir -p "$out"
if [ ! -f stream-dev/stream.json ]; then
  python3 "$shared/eval-tools/make-stream.py" --corpus "$shared/corpus-dev" --out stream-dev --seed 1
fi
go build -o "$out/milterd" ./cmd/milterd
"$out/milterd" replay -q -config eval/dev.toml -o "$out/dev.jsonl" stream-dev 2> "$out/summary.txt"
cat "$out/summary.txt" >&2
python3 "$shared/eval-tools/score.py" --labels stream-dev --md --curve "$out/dev.jsonl"
