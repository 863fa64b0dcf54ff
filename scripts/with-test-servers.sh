#!/usr/bin/env bash
# Runs a command with throwaway MariaDB and PostgreSQL servers (scripts/test-servers.sh) and stops
# them afterwards, whatever way the command ends: success, failure, Ctrl-C (INT) or TERM.
#
#   scripts/with-test-servers.sh COMMAND [ARG...]
#
# COMMAND runs with SEGMENTOR_TEST_MYSQL / SEGMENTOR_TEST_PGSQL exported (test-servers.sh env);
# the exit status is COMMAND's (130 after INT, 143 after TERM). The SEGMENTOR_TEST_* settings of
# test-servers.sh (state directory, ports) apply. A failure to stop the servers is reported on
# stderr and turns a success into exit status 1.
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
SERVERS="$(cd "$(dirname "$0")" && pwd)/test-servers.sh"   # absolute: COMMAND may change directory

child=""
stop_servers() {
    local rc=$? stop_rc=0
    trap - EXIT INT TERM
    if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
        kill -TERM "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    "$SERVERS" stop || stop_rc=$?
    if [[ "$stop_rc" -ne 0 ]]; then
        echo "with-test-servers: error: stopping the test servers failed (exit $stop_rc)" >&2
        [[ "$rc" -ne 0 ]] || rc=1
    fi
    exit "$rc"
}
# The EXIT trap also runs when start fails half-way (test-servers.sh cleans up after itself too).
trap stop_servers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$SERVERS" start
eval "$("$SERVERS" env)"

# In the background, and waited for, so that INT/TERM reach the traps at once (bash runs a trap
# only after a foreground command returns); the INT/TERM trap then stops COMMAND too.
"$@" &
child=$!
set +e
wait "$child"
rc=$?
set -e
child=""
exit "$rc"
