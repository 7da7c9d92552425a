#!/usr/bin/env bash
# Browser tests need Chromium. Use CHROMIUM_PATH if set; otherwise Debian's
# /usr/bin/chromium, installed with apt-get when missing and we are root.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
  echo "Chromium found: $path"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $path; installing Debian's chromium with apt-get..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$path" ] && { echo "Chromium installed: $path"; exit 0; }
fi
echo "Chromium is missing at $path. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
echo "or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again." >&2
exit 1
