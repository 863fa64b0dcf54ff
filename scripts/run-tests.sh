#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run every test against real
# SQLite, MariaDB and PostgreSQL (the servers are started on loopback for the run only, and
# stopped when it ends, however it ends: scripts/with-test-servers.sh).
#
#   scripts/run-tests.sh [CTEST-ARGS...]     e.g. scripts/run-tests.sh -R cli_tests
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

# A missing server is a failure here, not a skip.
export SEGMENTOR_REQUIRE_SERVERS=1
export QT_QPA_PLATFORM=offscreen
exec scripts/with-test-servers.sh ctest --test-dir build --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
