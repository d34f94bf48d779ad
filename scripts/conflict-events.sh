#!/usr/bin/env bash
# Occurred conflict-type events per article, per folder: the negative control of docs/events.md.
# Usage: scripts/conflict-events.sh PATH…          runs `sitrep run PATH --no-store --format jsonl` and counts
#        scripts/conflict-events.sh --jsonl FILE…  counts an existing jsonl output
# Counted types: ASSAULT FIGHT COERCE MOBILIZE THREATEN PROTEST SANCTION RETREAT with status occurred.
# The folder of a document is the last directory of its source path (BBC: business, sport, ...).
# Also prints all events per article and the documents marked not relevant or not English.
# SITREP_CLI="dotnet out/x/sitrep.dll" runs a fixed build instead of ./sitrep.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count() {
  jq -r '
    def conflict: .type as $t | ["ASSAULT","FIGHT","COERCE","MOBILIZE","THREATEN","PROTEST","SANCTION","RETREAT"] | index($t) != null;
    [(.source.path // "-" | split("/") | .[-2] // "-"),
     ([.events[] | select(conflict and .status == "occurred")] | length),
     (.events | length),
     (if (.relevance.relevant // true) then 0 else 1 end),
     (if (.language // "en") == "en" then 0 else 1 end)] | @tsv' "$@" |
  awk -F'\t' '{ n[$1]++; c[$1] += $2; e[$1] += $3; r[$1] += $4; l[$1] += $5 }
    END {
      printf "%-16s %8s %18s %12s %14s %12s\n", "folder", "articles", "conflict/article", "all/article", "not-relevant", "not-English"
      for (f in n) printf "%-16s %8d %18.3f %12.3f %14d %12d\n", f, n[f], c[f] / n[f], e[f] / n[f], r[f], l[f]
    }' | (read -r header; echo "$header"; sort)
}
if [ "${1:-}" = "--jsonl" ]; then shift; count "$@"; exit; fi
cli=(${SITREP_CLI:-"$root/sitrep"})
"${cli[@]}" run "$@" --no-store --format jsonl | count -
