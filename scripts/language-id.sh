#!/usr/bin/env bash
# Language identification on the real pages and feeds in ../shared/news: documents whose detected language
# (the `language` of `sitrep run --format jsonl`) equals the one ../shared/news/*/SOURCE.md gives their page or feed.
# Usage: scripts/language-id.sh [--errors]   (SITREP_CLI="dotnet out/x/sitrep.dll" runs a fixed build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"
cli=(${SITREP_CLI:-"$root/sitrep"})
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$shared/news/html-readability-testpages/news-testpages.tar.gz" -C "$work"
# Non-English pages and feeds as SOURCE.md lists them; every other page and feed is English.
expected() {
  case "$1" in
    */aktualne/*) echo cs ;; */folha/*|*/uolNoticias.rss|*/encoding.rss) echo pt ;; */heise/*|*/heise.atom) echo de ;;
    */la-nacion/*|*/nytimes-5/*) echo es ;; */lemonde-1/*|*/liberation-1/*) echo fr ;; */yahoo-4/*) echo ja ;; *) echo en ;;
  esac
}
{ "${cli[@]}" run "$work"/test-pages/*/source.html --no-store --format jsonl 2>/dev/null || true
  "${cli[@]}" run "$shared"/news/rss-feeds/*/*.{xml,rss,atom} --no-store --format jsonl 2>/dev/null || true
} | jq -r '[.source.path, (.language // "null"), (.title // "" | .[0:60])] | @tsv' > "$work/found.tsv"
while IFS=$'\t' read -r path lang title; do
  want="$(expected "$path")"
  kind=page; case "$path" in *.html) ;; *) kind=feed ;; esac
  echo -e "$kind\t$([ "$lang" = "$want" ] && echo 1 || echo 0)\t$want\t$lang\t${path#"$work"/}\t$title"
done < "$work/found.tsv" > "$work/scored.tsv"
[ "${1:-}" = "--errors" ] && awk -F'\t' '$2 == 0' "$work/scored.tsv"
awk -F'\t' '{ n[$1]++; ok[$1] += $2; if ($3 != "en") { fn[$1]++; fok[$1] += $2 } }
  END { for (k in n) printf "%s: %d/%d right (%.3f); not English: %d/%d right\n", k, ok[k], n[k], ok[k] / n[k], fok[k], fn[k] }' "$work/scored.tsv" | sort
