#!/usr/bin/env bash
# Proves the repository needs nothing outside itself: clones the committed
# HEAD into an empty directory under the OS temp directory (no `shared` folder
# anywhere above it) and runs the README's `npm ci && npm test` there.
# Usage: scripts/check-self-contained.sh [directory to clone into]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
where=${1:-$(mktemp -d "${TMPDIR:-/tmp}/lockgate-lonely.XXXXXX")}
mkdir -p "$where"
dir=$where/repo
rm -rf "$dir"

above=$dir
while [ "$above" != / ]; do
  above=$(dirname "$above")
  if [ -e "$above/shared" ]; then
    echo "$above/shared exists: choose a directory with no 'shared' above it" >&2
    exit 2
  fi
done

git clone --quiet "$repo" "$dir"
cd "$dir"
npm ci --no-audit --no-fund
npm test
echo "self-contained: npm ci && npm test passed in $dir"
