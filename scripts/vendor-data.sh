#!/usr/bin/env bash
# Copy new real material into the repository (tests read only what is here):
#   scripts/vendor-data.sh fixtures <dir of real cases>   -> test/fixtures/real/
#   scripts/vendor-data.sh advisories <dir of *.jsonl.gz> -> data/osv/
# Lockfiles over 1 MB are stored gzipped (gzip -9 -n: the same bytes every
# time); test/support/real-fixtures.mjs reads them back. Files are otherwise
# copied verbatim, never edited.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: scripts/vendor-data.sh fixtures|advisories FROM_DIR}
from=${2:?usage: scripts/vendor-data.sh fixtures|advisories FROM_DIR}

case "$kind" in
  fixtures)
    mkdir -p test/fixtures/real
    cp -R "$from"/. test/fixtures/real/
    chmod -R u+w test/fixtures/real
    find test/fixtures/real -type f ! -name '*.gz' -size +1000k -exec gzip -9 -n -f {} \;
    ;;
  advisories)
    mkdir -p data/osv
    cp "$from"/*.jsonl.gz "$from"/README.md data/osv/
    chmod u+w data/osv/*
    echo "Update data/osv/SOURCE.txt (date copied) and run npm run advisories:build." >&2
    ;;
  *)
    echo "unknown kind '$kind': fixtures or advisories" >&2
    exit 2
    ;;
esac
