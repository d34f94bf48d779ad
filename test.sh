#!/usr/bin/env bash
# The test command: builds and runs every test. Accuracy gates read gold data from ../shared when it
# is there and skip with a printed reason when it is not.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
log=$(mktemp)
dotnet test Sitrep.sln -c Release --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -vE '^\s*Passed [A-Z]'
rc=${PIPESTATUS[0]}
count() { grep -oE "^\s*$1:\s+[0-9]+" "$log" | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
