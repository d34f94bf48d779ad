#!/usr/bin/env bash
# Whole-process speed of `sitrep run`, as a user runs it (docs/speed.md explains the figures).
#   bench/speed.sh [--cli DIR] [--threads N] [--repeat K] CORPUS
# CORPUS: a folder of .txt files or a .tar.gz (e.g. ../shared/news/bbc-2004-2005/bbc-fulltext.tar.gz).
# --cli DIR: a published CLI folder to measure instead of out/cli (e.g. a copy of main's, to compare builds
# side by side); it must sit inside a checkout so it finds models/. Prints whitespace tokens/s (wall and
# per CPU second) for 1 and N threads with the scaling efficiency, per-stage ms/doc, the one-sentence
# start-up time and peak RSS, storing into SQLite, and a re-run of the stored corpus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/out/cli"; threads="$(nproc)"; repeat=1
while [ $# -gt 1 ]; do
  case "$1" in
    --cli) cli="$(cd "$2" && pwd)"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    *) echo "speed.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
corpus="${1:?usage: bench/speed.sh [--cli DIR] [--threads N] [--repeat K] CORPUS}"
[ "$cli" = "$root/out/cli" ] && "$root/sitrep" --help > /dev/null   # publishes out/cli if sources changed
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [ -d "$corpus" ]; then words=$(find "$corpus" -type f -name '*.txt' -print0 | xargs -0 cat | wc -w)
else words=$(tar xzf "$corpus" -O | wc -w); fi
echo "corpus $corpus: $words whitespace tokens; cli $cli; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# One timed run: prints "wall cpu rss_mb" and keeps the CLI's stderr in $work/err.
timed() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet "$cli/sitrep.dll" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$work/time"
}
best() {   # the fastest of $repeat runs (the least disturbed by other work on a shared machine)
  local line result=""
  for _ in $(seq "$repeat"); do
    line=$(timed "$@")
    if [ -z "$result" ] || awk -v a="$line" -v b="$result" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then result="$line"; fi
  done
  echo "$result"
}

declare -A rate
for t in 1 "$threads"; do
  read -r wall cpu rss < <(best run "$corpus" --no-store --format jsonl --threads "$t" --verbose)
  rate[$t]=$(awk -v w="$words" -v s="$wall" 'BEGIN{printf "%.0f", w / s}')
  printf 'threads %-2s %8.2f s wall %8.2f s cpu  %7s ws tok/s  %7.0f ws tok/cpu-s  peak RSS %5s MB\n' \
    "$t" "$wall" "$cpu" "${rate[$t]}" "$(awk -v w="$words" -v c="$cpu" 'BEGIN{print w / c}')" "$rss"
  if [ "$t" = 1 ]; then
    docs=$(grep -oE '^sitrep: [0-9,]+ documents' "$work/err" | tr -dc 0-9)
    echo "  per stage, ms/doc ($docs documents, one thread):"
    awk -v d="$docs" '/summed over threads/ {printf "    %-10s %7.2f\n", $1, $2 * 1000 / d}' "$work/err"
  fi
done
awk -v one="${rate[1]}" -v n="${rate[$threads]}" -v t="$threads" 'BEGIN{printf "scaling: %.2fx on %d threads, efficiency %.0f%%\n", n / one, t, 100 * n / one / t}'

echo "The army said on Monday that rebels attacked a convoy near the capital." > "$work/one.txt"
timed run "$work/one.txt" --no-store --format json > /dev/null   # first run builds the model tables in the cache
read -r wall cpu rss < <(best run "$work/one.txt" --no-store --format json)
echo "one sentence: $wall s wall, $cpu s cpu, peak RSS $rss MB"

read -r wall cpu rss < <(timed run "$corpus" --db "$work/bench.db" --format text --threads "$threads")
echo "storing into SQLite: $wall s wall ($(awk -v w="$words" -v s="$wall" 'BEGIN{printf "%.0f", w / s}') ws tok/s), peak RSS $rss MB"
read -r wall cpu rss < <(timed run "$corpus" --db "$work/bench.db" --format text --threads "$threads")
echo "re-run of the stored corpus: $wall s wall, $cpu s cpu"
