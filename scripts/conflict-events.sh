#!/usr/bin/env bash
# Occurred conflict-type events per article, per folder: the negative control of docs/events.md.
# Usage: scripts/conflict-events.sh PATH…          runs `sitrep run PATH --no-store --format jsonl` and counts
#        scripts/conflict-events.sh --jsonl FILE…  counts an existing jsonl output
# Counted types: ASSAULT FIGHT COERCE MOBILIZE THREATEN PROTEST SANCTION RETREAT with status occurred.
# The folder of a document is the last directory of its source path (BBC: business, sport, ...). Each folder is
# printed whole and as its relevance-model test fold ("sport/test"): the BBC articles `sitrep train relevance`
# holds out (FeatureHash of "bbc:<folder>/<file>" mod 5 = 0), never trained or tuned on.
# SITREP_CLI="dotnet out/x/sitrep.dll" runs a fixed build instead of ./sitrep.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count() {
  python3 -c '
import json, sys
from collections import defaultdict
CONFLICT = {"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "SANCTION", "RETREAT"}
M = (1 << 64) - 1
def feature_hash(s):  # Sitrep.Language.Perceptron.FeatureHash.Of: FNV-1a over UTF-16 code units, splitmix64 finish
    h = 14695981039346656037
    for unit in memoryview(s.encode("utf-16-le")).cast("H"):
        h = ((h ^ unit) * 1099511628211) & M
    h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & M
    h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & M
    return h ^ (h >> 31)
rows = defaultdict(lambda: [0, 0, 0, 0, 0])
for line in (l for f in sys.argv[1:] for l in open(f) if l.strip()):
    d = json.loads(line)
    parts = (d.get("source", {}).get("path") or "-").split("/")
    folder = parts[-2] if len(parts) > 1 else "-"
    relevance = d.get("relevance") or {}
    values = [1, sum(e["type"] in CONFLICT and e["status"] == "occurred" for e in d["events"]), len(d["events"]),
              relevance.get("relevant") is False, (d.get("language") or "en") != "en"]
    keys = [folder] + ([folder + "/test"] if feature_hash(f"bbc:{folder}/{parts[-1]}") % 5 == 0 else [])
    for k in keys:
        rows[k] = [a + b for a, b in zip(rows[k], values)]
print("%-20s%9s%18s%13s%14s%13s" % ("folder", "articles", "conflict/article", "all/article", "not-relevant", "not-English"))
for k in sorted(rows):
    n, c, e, r, l = rows[k]
    print(f"{k:<20}{n:>9}{c / n:>18.3f}{e / n:>13.3f}{r:>14}{l:>13}")
' "$@"
}
if [ "${1:-}" = "--jsonl" ]; then shift; count "$@"; exit; fi
cli=(${SITREP_CLI:-"$root/sitrep"})
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
"${cli[@]}" run "$@" --no-store --format jsonl > "$tmp"
count "$tmp"
