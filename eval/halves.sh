#!/bin/bash
# eval/halves.sh: how much the dev figures depend on which mailboxes a stream
# holds (the held-out stream comes from other mailboxes). Needs ../shared;
# not part of the tests. It splits the dev corpus into two corpora of
# alternate mailboxes (sorted by name; each keeps every phish), made of
# symlinks under $EVAL_OUT, builds a stream from each with seed 1, replays
# both with eval/dev.toml and prints score.py's table row and curve for each.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${FIRSTSIGHT_SHARED:-../shared}
out=${EVAL_OUT:-eval-out}
[ -d "$shared/eval-tools" ] || { echo "eval: $shared/eval-tools not found (needs ../shared)" >&2; exit 2; }
corpus=$(cd "$shared/corpus-dev" && pwd)
mkdir -p "$out"
go build -o "$out/milterd" ./cmd/milterd
python3 - "$corpus" "$out" <<'PY'
import os, sys
src, out = sys.argv[1], sys.argv[2]
rows = [l for l in open(os.path.join(src, "MAILBOXES.tsv"))]
names = sorted(l.split("\t")[0] for l in rows[1:])
for half, sel in (("A", set(names[0::2])), ("B", set(names[1::2]))):
    d = os.path.join(out, "corpus-" + half)
    os.makedirs(os.path.join(d, "ham"), exist_ok=True)
    if not os.path.lexists(os.path.join(d, "phish")):
        os.symlink(os.path.join(src, "phish"), os.path.join(d, "phish"))
    for m in sel:
        if not os.path.lexists(os.path.join(d, "ham", m)):
            os.symlink(os.path.join(src, "ham", m), os.path.join(d, "ham", m))
    with open(os.path.join(d, "MAILBOXES.tsv"), "w") as f:
        f.writelines([rows[0]] + [l for l in rows[1:] if l.split("\t")[0] in sel])
    with open(os.path.join(d, "MANIFEST.tsv"), "w") as f:
        for i, l in enumerate(open(os.path.join(src, "MANIFEST.tsv"))):
            p = l.split("\t")
            if i == 0 or p[1] != "ham" or p[2] in sel:
                f.write(l)
PY
for half in A B; do
  python3 "$shared/eval-tools/make-stream.py" --corpus "$out/corpus-$half" --out "$out/stream-$half" --seed 1 --force > /dev/null
  "$out/milterd" replay -q -config eval/dev.toml -o "$out/half-$half.jsonl" "$out/stream-$half" 2> /dev/null
  python3 "$shared/eval-tools/score.py" --labels "$out/stream-$half" --md --curve "$out/half-$half.jsonl" | sed -n '3p;5p'
done
