#!/usr/bin/env bash
# No server process of the state directory is left after a run-tests.sh-style run, however it
# ends: scripts/run-tests.sh runs ctest under scripts/with-test-servers.sh, and so does this test
# (with its own state directory and free ports) with a command that succeeds, fails, or is
# interrupted by TERM. After each run, no process may mention the state directory in its command
# line (mariadbd --defaults-file=DIR/..., postgres -D DIR/pg) or work in it (PostgreSQL's children).
#
#   tests/scripts/test_servers_cleanup.sh SOURCE_DIR
#
# Exit 77 (skipped) when MariaDB or PostgreSQL is not installed, unless SEGMENTOR_REQUIRE_SERVERS=1.
set -uo pipefail
SRC="$(cd "${1:?usage: $0 SOURCE_DIR}" && pwd)"
SELF="$(realpath "$0")"

# Prints "pid: command line" of every process that refers to directory $1.
leftovers() {
    local dir="$1" p cmd cwd
    for p in /proc/[0-9]*; do
        [[ "${p#/proc/}" == "$$" ]] && continue
        cmd="$(tr '\0' ' ' 2>/dev/null <"$p/cmdline")" || continue
        cwd="$(readlink "$p/cwd" 2>/dev/null)" || cwd=""
        if [[ "$cmd" == *"$dir/"* || "$cwd" == "$dir" || "$cwd" == "$dir/"* ]]; then
            [[ "$cmd" == *test_servers_cleanup.sh* ]] && continue   # this script's own probes
            echo "${p#/proc/}: ${cmd:-?} (cwd ${cwd:-?})"
        fi
    done
}
if [[ "${1:-}" == --leftovers ]]; then leftovers "$2"; exit 0; fi

if ! command -v mariadbd >/dev/null && [[ ! -x /usr/sbin/mariadbd ]] || ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    [[ "${SEGMENTOR_REQUIRE_SERVERS:-0}" == 1 ]] && { echo "FAIL: MariaDB or PostgreSQL is not installed" >&2; exit 1; }
    echo "SKIP: MariaDB or PostgreSQL is not installed"; exit 77
fi
grep -q 'scripts/with-test-servers.sh' "$SRC/scripts/run-tests.sh" \
    || { echo "FAIL: scripts/run-tests.sh does not run its tests under scripts/with-test-servers.sh" >&2; exit 1; }

free_port() {
    local p i
    for ((i = 0; i < 200; i++)); do
        p=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
    done
    return 1
}

WORK="$(mktemp -d /tmp/segtsc.XXXXXX)"
chmod 0711 "$WORK"   # as root, PostgreSQL runs as postgres and must reach its directory
export SEGMENTOR_TEST_SERVERS_DIR="$WORK/state"
export SEGMENTOR_TEST_MYSQL_PORT="$(free_port)"
export SEGMENTOR_TEST_PG_PORT="$(free_port)"
[[ "$SEGMENTOR_TEST_MYSQL_PORT" != "$SEGMENTOR_TEST_PG_PORT" ]] || SEGMENTOR_TEST_PG_PORT=$((SEGMENTOR_TEST_PG_PORT + 1))
STATE="$SEGMENTOR_TEST_SERVERS_DIR"
WRAP="$SRC/scripts/with-test-servers.sh"
failures=0
cleanup() {
    # Whatever happened, do not leave servers behind ourselves.
    "$SRC/scripts/test-servers.sh" stop >/dev/null 2>&1
    rm -rf -- "$WORK"
}
trap cleanup EXIT

# The command under the wrapper records which server processes it saw, so a pass is not vacuous.
DURING="$WORK/during.txt"
probe="bash '$SELF' --leftovers '$STATE' >'$DURING'"

check() {
    local name="$1" want="$2" got="$3" left before=$failures
    if [[ "$got" != "$want" ]]; then
        echo "FAIL [$name]: exit status $got, expected $want" >&2; failures=$((failures + 1))
    fi
    if ! grep -q mariadbd "$DURING" 2>/dev/null || ! grep -q "$STATE/pg" "$DURING" 2>/dev/null; then
        echo "FAIL [$name]: MariaDB and PostgreSQL were not both running during the command:" >&2
        cat "$DURING" >&2 2>/dev/null; failures=$((failures + 1))
    fi
    left="$(leftovers "$STATE")"
    if [[ -n "$left" ]]; then
        echo "FAIL [$name]: processes of $STATE are left:" >&2; echo "$left" >&2; failures=$((failures + 1))
    elif [[ "$failures" == "$before" ]]; then
        echo "ok [$name]: exit $got, servers were up during the command, nothing left of $STATE"
    fi
    rm -f "$DURING"
}

echo "state $STATE, MariaDB port $SEGMENTOR_TEST_MYSQL_PORT, PostgreSQL port $SEGMENTOR_TEST_PG_PORT"

# 1. The tests fail (ctest exits non-zero).
"$WRAP" bash -c "$probe; exit 3" >"$WORK/fail.log" 2>&1
check "failing run" 3 $?

# 2. The run is interrupted (TERM to the wrapper, as CI's timeout or a kill would do).
"$WRAP" bash -c "echo \$\$ >'$WORK/cmd.pid'; $probe; exec sleep 300" >"$WORK/term.log" 2>&1 &
wrapper=$!
for ((i = 0; i < 600; i++)); do [[ -s "$DURING" ]] && break; sleep 0.2; done
sleep 0.5
kill -TERM "$wrapper"
wait "$wrapper"
check "TERM" 143 $?
cmd_pid="$(cat "$WORK/cmd.pid" 2>/dev/null)"
if [[ -n "$cmd_pid" && "$(tr '\0' ' ' 2>/dev/null <"/proc/$cmd_pid/cmdline")" == "sleep 300 " ]]; then
    echo "FAIL [TERM]: the interrupted command is still running" >&2; failures=$((failures + 1))
fi

# 3. The tests pass.
"$WRAP" bash -c "$probe" >"$WORK/pass.log" 2>&1
check "passing run" 0 $?

if [[ "$failures" -gt 0 ]]; then
    for f in "$WORK"/*.log; do echo "----- $f" >&2; cat "$f" >&2; done
    exit 1
fi
