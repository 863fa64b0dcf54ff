#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run every test against real
# SQLite, MariaDB and PostgreSQL (the servers are started on loopback for the run only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

scripts/test-servers.sh start
trap 'scripts/test-servers.sh stop >/dev/null 2>&1 || true' EXIT
eval "$(scripts/test-servers.sh env)"
# A missing server is a failure here, not a skip.
export SEGMENTOR_REQUIRE_SERVERS=1
export QT_QPA_PLATFORM=offscreen

cd build
ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
