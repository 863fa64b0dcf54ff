#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, create the demo store (once) and
# open it. The desktop window arrives with issue #4; until then this runs segmentor-cli on
# the demo store: a few example segments, their sizes, and why one customer is in.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

STORE="${SEGMENTOR_DEMO_STORE:-${XDG_DATA_HOME:-$HOME/.local/share}/segmentor/demo.db}"
mkdir -p "$(dirname "$STORE")"
CLI=build/app/cli/segmentor-cli
if [[ ! -f "$STORE" ]]; then
    "$CLI" demo --out "$STORE" --customers 20000 --seed 42
fi
export SEGMENTOR_DATABASE="sqlite:$STORE"
AS_OF=2026-11-01T12:00:00Z   # the demo store's "today"
echo "Demo store: $STORE"
for def in examples/*.json; do
    printf '%-32s %8s members\n' "$(basename "$def" .json)" "$("$CLI" evaluate "$def" --count --as-of "$AS_OF")"
done
first=$("$CLI" evaluate examples/vip-platinum.json --ids --as-of "$AS_OF" | head -n 1)
echo
echo "Why is customer $first in vip-platinum?"
"$CLI" evaluate examples/vip-platinum.json --explain "$first" --as-of "$AS_OF"
