#!/usr/bin/env bash
# Set-up: installs what Sitrep needs from the project's own files (NuGet, npm, Debian packages),
# builds it, and runs the demo on the sample articles. Safe to run again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
demo=1
[ "${1:-}" = "--no-demo" ] && demo=0
command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is required" >&2; exit 2; }
for script in scripts/setup.d/*.sh; do
  [ -e "$script" ] || continue
  echo "setup: $(basename "$script")"
  bash "$script"
done
dotnet restore Sitrep.sln --nologo -v q
./sitrep --help >/dev/null
if [ "$demo" = 1 ]; then
  inputs=(samples/articles/)
  # The seed article too when ../shared is beside the clone: its Mosul, Erbil and al-Shurah events go on the demo's map.
  [ -d ../shared/seed ] && inputs+=(../shared/seed/)
  ./sitrep run "${inputs[@]}" --db sitrep.db
  ./sitrep stats --db sitrep.db
  echo "setup: see the events on a map with: ./sitrep serve --db sitrep.db  (then open http://localhost:8080)"
fi
