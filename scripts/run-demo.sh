#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, create the demo store (once) and
# open it in the desktop application. The first start imports and refreshes the example
# segments of examples/, so the segment list shows members at once.
#
#   scripts/run-demo.sh          # the window (needs a display: X11 or Wayland)
#   scripts/run-demo.sh --cli    # no window: segmentor-cli prints each example segment's size
#                                # and explains one member (also chosen when there is no display)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

STORE="${SEGMENTOR_DEMO_STORE:-${XDG_DATA_HOME:-$HOME/.local/share}/segmentor/demo.db}"
mkdir -p "$(dirname "$STORE")"
CLI=build/app/cli/segmentor-cli
GUI=build/app/gui/segmentor
if [[ ! -f "$STORE" ]]; then
    # The store's activity ends today (UTC): orders of the last days, carts, birthdays to come.
    "$CLI" demo --out "$STORE" --customers 20000 --seed 42 --verbose
fi
echo "Demo store: $STORE (delete it to get one whose activity ends today)"

mode=gui
[[ "${1:-}" == "--cli" ]] && mode=cli
if [[ "$mode" == gui && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found: showing the demo on the command line instead (scripts/run-demo.sh --cli)."
    mode=cli
fi

if [[ "$mode" == gui ]]; then
    # The application opens the demo store on its first start; File > Open the demo store later.
    exec "$GUI"
fi

export SEGMENTOR_DATABASE="sqlite:$STORE"
# Evaluated now, like the application does (the store was made today, or is older: then the
# relative segments age with it, as a real shop's would).
for def in examples/*.json; do
    printf '%-32s %8s members\n' "$(basename "$def" .json)" "$("$CLI" evaluate "$def" --count)"
done
first=$("$CLI" evaluate examples/vip-platinum.json --ids | head -n 1)
echo
echo "Why is customer $first in vip-platinum?"
"$CLI" evaluate examples/vip-platinum.json --explain "$first"
