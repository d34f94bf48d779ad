#!/usr/bin/env bash
# Debian's chromium, which the browser tests drive headless (nothing is downloaded at test time).
set -euo pipefail
command -v chromium >/dev/null && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: chromium is missing and installing it needs root (apt-get install chromium); the browser tests will skip" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
