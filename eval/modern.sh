#!/bin/bash
# eval/modern.sh: `make eval-modern`. Generates the synthetic modern
# mailboxes with a learn window and a test window (eval/modern/README.md),
# appends the targeted cases, replays each through milterd's decision core
# and prints what share of the test window's legitimate mail with links is
# flagged, blocked and link-locked. Everything here is invented: it needs
# no ../shared, only python3. Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
src=eval/modern
out=${EVAL_OUT:-eval-out}/modern
mkdir -p "$out"
# every mailbox, in the order the summaries print
mailboxes="dev company personal shop law itdesk euro devops campus sales hiring press iberia books clinic logistics estate nonprofit town hotel"
for mb in $mailboxes; do
  python3 "$src/gen_$mb.py" "$out"
done
for mb in $mailboxes; do
  # dev's cases go with its stripped form (its lists without List-* fields)
  base=full; [ "$mb" = dev ] && base=stripped
  rm -rf "$out/$mb/with-cases"; mkdir -p "$out/$mb/with-cases"
  cp "$out/$mb/$base"/*.eml "$out/$mb/$base/stream.json" "$out/$mb/with-cases/"
  i=900001; : > "$out/$mb/cases.tsv"
  for f in "$src/cases/$mb"/*.eml; do
    cp "$f" "$out/$mb/with-cases/$i.eml"
    printf '%s.eml\t%s\n' "$i" "$(basename "$f" .eml)" >> "$out/$mb/cases.tsv"
    i=$((i+1))
  done
done
go build -o "$out/milterd" ./cmd/milterd
for mb in $mailboxes; do
  for v in full stripped with-cases; do
    rm -f "$out/$mb-$v.db"
    "$out/milterd" replay -q -db "$out/$mb-$v.db" -config "$src/$mb.toml" -o "$out/$mb-$v.jsonl" "$out/$mb/$v" 2>/dev/null
    python3 "$src/summarize.py" "$out/$mb-$v.jsonl" "$out/$mb/$v" ${LIST:+list}
  done
done
