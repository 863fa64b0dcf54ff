#!/usr/bin/env bash
# Benchmarks (not part of the tests): evaluation of the example segments on a demo store
# pinned to 2026-11-01 (the figures in the README and bench/*.cpp assume that "today").
#   scripts/run-bench.sh [CUSTOMERS]      default 1,000,000 customers (the store is kept in build/bench/)
#   scripts/run-bench.sh shapes [--customers N] [--runs N] [--only a,b]
#       plan quality (issue #13): compiled SQL against hand-written SQL per condition shape, on
#       SQLite, MariaDB and PostgreSQL demo stores of N customers (default 100,000). The servers
#       are SEGMENTOR_TEST_MYSQL / SEGMENTOR_TEST_PGSQL when set (scripts/test-servers.sh env),
#       else throwaway ones started (and stopped) here; the stores are kept (build/bench/,
#       databases shapes_N).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == shapes ]]; then
    shift
    CUSTOMERS=100000
    EXTRA=()
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --customers) CUSTOMERS="$2"; shift 2 ;;
            --runs|--only|--max-seconds|--hand-timeout) EXTRA+=("$1" "$2"); shift 2 ;;
            *) echo "run-bench.sh shapes: unknown option $1" >&2; exit 2 ;;
        esac
    done
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build -j2 --target segmentor-cli segmentor-shapes-bench
    mkdir -p build/bench
    STORE="build/bench/demo-${CUSTOMERS}.db"
    # The bench's as-of instant is 2026-11-01 12:00 UTC: the stores end on that day.
    [[ -f "$STORE" ]] || build/app/cli/segmentor-cli demo --out "$STORE" --customers "$CUSTOMERS" --seed 42 --today 2026-11-01
    STARTED=0
    if [[ -z "${SEGMENTOR_TEST_MYSQL:-}" || -z "${SEGMENTOR_TEST_PGSQL:-}" ]]; then
        # A shop's server holds its orders in memory (README: Performance).
        export SEGMENTOR_TEST_MYSQL_BUFFER_POOL="${SEGMENTOR_TEST_MYSQL_BUFFER_POOL:-4G}"
        export SEGMENTOR_TEST_PG_SHARED_BUFFERS="${SEGMENTOR_TEST_PG_SHARED_BUFFERS:-2GB}"
        export SEGMENTOR_TEST_PG_WORK_MEM="${SEGMENTOR_TEST_PG_WORK_MEM:-32MB}"
        scripts/test-servers.sh start
        eval "$(scripts/test-servers.sh env)"
        STARTED=1
    fi
    DB="shapes_${CUSTOMERS}"
    MYSQL_URL="${SEGMENTOR_TEST_MYSQL%/}/$DB"
    PG_URL="${SEGMENTOR_TEST_PGSQL%/*}/$DB"
    # mysql://user:pass@host:port/ -> client options
    my() { local u="${SEGMENTOR_TEST_MYSQL#mysql://}"; local cred="${u%%@*}" hp="${u#*@}"; hp="${hp%%/*}"
           mysql -u"${cred%%:*}" -p"${cred#*:}" -h"${hp%%:*}" -P"${hp##*:}" --protocol=TCP "$@"; }
    pg() { psql "${SEGMENTOR_TEST_PGSQL}" -qAt "$@"; }
    if [[ -z "$(my -N -e "SHOW DATABASES LIKE '$DB'")" ]]; then
        my -e "CREATE DATABASE $DB CHARACTER SET utf8mb4"
        build/app/cli/segmentor-cli demo --database "$MYSQL_URL" --customers "$CUSTOMERS" --seed 42 --today 2026-11-01
        my "$DB" -e "ANALYZE TABLE customer_entity, sales_order, sales_order_item, sales_order_payment, sales_order_address, newsletter_subscriber, quote, catalog_category_product" >/dev/null
    fi
    if [[ -z "$(pg -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]]; then
        pg -c "CREATE DATABASE $DB"
        build/app/cli/segmentor-cli demo --database "$PG_URL" --customers "$CUSTOMERS" --seed 42 --today 2026-11-01
        psql "$PG_URL" -qc "ANALYZE customer_entity, sales_order, sales_order_item, sales_order_payment, sales_order_address, newsletter_subscriber, quote, catalog_category_product"
    fi
    status=0
    build/bench/segmentor-shapes-bench --database "sqlite:$STORE" --database "$MYSQL_URL" --database "$PG_URL" "${EXTRA[@]}" || status=$?
    [[ $STARTED == 0 ]] || scripts/test-servers.sh stop
    exit $status
fi
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
