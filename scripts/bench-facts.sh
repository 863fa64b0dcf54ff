#!/usr/bin/env bash
# Member facts benchmark (issue #14), on a COPY of a SQLite demo store:
#   scripts/bench-facts.sh [STORE.db] [RUNS]
# STORE.db defaults to build/bench/demo-100000.db (scripts/run-bench.sh makes it); it is copied
# to a temporary file and never written. Prints: the facts' full build time and size, the
# incremental sync after 1 % of the orders change (status + updated_at) and after one
# deletion, and the time of `evaluate --ids` of every example segment with the facts and with
# the direct SQL (SEGMENTOR_FACTS=off), best of RUNS (default 3), each checked member for member.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE="${1:-build/bench/demo-100000.db}"
RUNS="${2:-3}"
CLI=build/app/cli/segmentor-cli
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$SOURCE" "$WORK/store.db"
DB="sqlite:$WORK/store.db"
export SEGMENTOR_WORKSPACE_DIR="$WORK/ws"
ms() { date +%s%3N; }

pages() { sqlite3 "$WORK/store.db" "PRAGMA page_count;"; }
page_size=$(sqlite3 "$WORK/store.db" "PRAGMA page_size;")
before=$(pages)
t0=$(ms); "$CLI" --database "$DB" facts rebuild; t1=$(ms)
after=$(pages)
echo "full build: $((t1 - t0)) ms (wall, CLI included); size $(((after - before) * page_size / 1048576)) MiB"
sqlite3 "$WORK/store.db" "SELECT 'fact rows', COUNT(*) FROM segmentor_fact_member; SELECT 'orders', COUNT(*) FROM sales_order;"

t0=$(ms); "$CLI" --database "$DB" facts sync; t1=$(ms)
echo "sync, nothing changed: $((t1 - t0)) ms"
# 1 % of the orders change status, as Magento saves them (updated_at moves on).
sqlite3 "$WORK/store.db" "UPDATE sales_order SET status = 'closed', state = 'closed', \
  updated_at = '2026-11-02 10:00:00' WHERE entity_id % 100 = 7;"
t0=$(ms); "$CLI" --database "$DB" facts sync; t1=$(ms)
echo "sync after 1 % of the orders changed: $((t1 - t0)) ms"
sqlite3 "$WORK/store.db" "DELETE FROM sales_order WHERE entity_id = (SELECT MAX(entity_id) - 5 FROM sales_order);"
t0=$(ms); "$CLI" --database "$DB" facts sync; t1=$(ms)
echo "sync after one deleted order: $((t1 - t0)) ms"

for def in examples/*.json; do
    best_f=999999; best_d=999999
    for _ in $(seq "$RUNS"); do
        t0=$(ms); "$CLI" --database "$DB" evaluate "$def" --ids > "$WORK/facts.txt"; t1=$(ms)
        (( t1 - t0 < best_f )) && best_f=$((t1 - t0))
        t0=$(ms); SEGMENTOR_FACTS=off "$CLI" --database "$DB" evaluate "$def" --ids > "$WORK/direct.txt"; t1=$(ms)
        (( t1 - t0 < best_d )) && best_d=$((t1 - t0))
    done
    same=$(cmp -s "$WORK/facts.txt" "$WORK/direct.txt" && echo same || echo DIFFERENT)
    path=$("$CLI" --database "$DB" sql "$def" | grep -o 'orders conditions read: [a-zA-Z ]*' || echo 'no orders condition')
    printf '%-28s facts %6d ms  direct %6d ms  %7d members (%s; %s)\n' "$(basename "$def")" \
        "$best_f" "$best_d" "$(wc -l < "$WORK/facts.txt")" "$same" "$path"
done
