#!/usr/bin/env bash
# Benchmarks (not part of the tests): evaluation of the example segments on a demo store
# pinned to 2026-11-01 (the figures in the README and bench/*.cpp assume that "today").
#   scripts/run-bench.sh [CUSTOMERS]      default 1,000,000 customers (the store is kept in build/bench/)
set -euo pipefail
cd "$(dirname "$0")/.."
CUSTOMERS="${1:-1000000}"
scripts/install-deps.sh >/dev/null
scripts/build.sh
mkdir -p build/bench
STORE="build/bench/demo-${CUSTOMERS}.db"
if [[ ! -f "$STORE" ]]; then
    /usr/bin/time -f "demo store: %e s, peak RSS %M KB" build/app/cli/segmentor-cli demo --out "$STORE" --customers "$CUSTOMERS" --seed 42 --today 2026-11-01
    ls -l "$STORE"
fi
# CPU time (user + sys) is the figure to compare on a busy machine; wall time is printed too.
TIME='%U s user, %S s sys, %e s wall, peak RSS %M KB'
echo "== evaluation"
build/bench/segmentor-bench --database "sqlite:$STORE" --runs 3 examples/*.json
echo "== refresh (one segment per process, so each gets its own CPU figure)"
for def in examples/*.json; do
    /usr/bin/time -f "$(basename "$def" .json): $TIME" build/bench/segmentor-bench --database "sqlite:$STORE" --runs 2 --refresh "$def"
done
echo "== export (all members of the store, CSV then XLSX)"
/usr/bin/time -f "csv: $TIME" build/bench/segmentor-export-bench --database "sqlite:$STORE" --out build/bench/members.csv
/usr/bin/time -f "xlsx: $TIME" build/bench/segmentor-export-bench --database "sqlite:$STORE" --out build/bench/members.xlsx --format xlsx
