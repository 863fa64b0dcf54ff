#!/usr/bin/env bash
# Throwaway MariaDB and PostgreSQL servers for Segmentor's database integration tests.
#
#   scripts/test-servers.sh start   # (re)create both servers from scratch and wait until they accept logins
#   eval "$(scripts/test-servers.sh env)"   # export SEGMENTOR_TEST_MYSQL / SEGMENTOR_TEST_PGSQL
#   scripts/test-servers.sh stop    # stop both (data is kept until the next start)
#
# Both servers listen on 127.0.0.1 only and keep data, logs and Unix sockets in one state directory.
# Login for both: segmentor / segmentor (MariaDB: all privileges incl. CREATE/DROP DATABASE,
# PostgreSQL: CREATEDB, CREATEROLE for the read-only-user tests). The tests create their own databases through the URLs printed by "env".
#
# Environment (all optional):
#   SEGMENTOR_TEST_SERVERS_DIR   state directory (default ${TMPDIR:-/tmp}/segmentor-test-servers), wiped on start
#   SEGMENTOR_TEST_MYSQL_PORT    MariaDB TCP port (default 33306)
#   SEGMENTOR_TEST_PG_PORT       PostgreSQL TCP port (default 55432)
#   SEGMENTOR_TEST_SERVERS_TIMEOUT  seconds to wait for each server (default 60)
#   SEGMENTOR_TEST_PG_OS_USER    when run as root: OS user that runs PostgreSQL (default postgres, created if missing)
#   SEGMENTOR_TEST_PG_BINDIR     directory with initdb/pg_ctl/psql (default /usr/lib/postgresql/15/bin)
#   SEGMENTOR_TEST_MYSQL_BUFFER_POOL  innodb_buffer_pool_size (default 128M; the benchmarks use more)
#   SEGMENTOR_TEST_PG_SHARED_BUFFERS  shared_buffers (default 32MB); SEGMENTOR_TEST_PG_WORK_MEM work_mem (default 4MB)
#
# Works as root (CI) and as a normal user. PostgreSQL refuses to run as root, so as root it runs as
# SEGMENTOR_TEST_PG_OS_USER via runuser. MariaDB runs as the invoking user (--user=root when root).
set -euo pipefail

STATE_DIR="${SEGMENTOR_TEST_SERVERS_DIR:-${TMPDIR:-/tmp}/segmentor-test-servers}"
MYSQL_PORT="${SEGMENTOR_TEST_MYSQL_PORT:-33306}"
PG_PORT="${SEGMENTOR_TEST_PG_PORT:-55432}"
TIMEOUT="${SEGMENTOR_TEST_SERVERS_TIMEOUT:-60}"
TEST_USER=segmentor
TEST_PASSWORD=segmentor
MARKER=.segmentor-test-servers   # only directories carrying this marker (or empty ones) are ever wiped

die() { echo "test-servers: error: $*" >&2; exit 1; }
info() { echo "test-servers: $*" >&2; }

# Absolute path, because we cd / below (runuser'd commands cannot read e.g. /root as cwd).
STATE_DIR="$(realpath -m -- "$STATE_DIR")"
cd /

for p in "$MYSQL_PORT" "$PG_PORT" "$TIMEOUT"; do
    [[ "$p" =~ ^[0-9]+$ ]] || die "not a number: '$p'"
done
for p in "$MYSQL_PORT" "$PG_PORT"; do
    (( p >= 1 && p <= 65535 )) || die "not a TCP port: $p"
done
[[ "$MYSQL_PORT" != "$PG_PORT" ]] || die "MariaDB and PostgreSQL ports must differ"

MY_CNF="$STATE_DIR/mysql.cnf"
MY_CLIENT_CNF="$STATE_DIR/mysql-client.cnf"
MY_DATA="$STATE_DIR/mysql"
MY_SOCK="$STATE_DIR/mysql.sock"
MY_PID="$STATE_DIR/mysql.pid"
MY_LOG="$STATE_DIR/mysql.log"
PG_DATA="$STATE_DIR/pg"
PG_SOCK_DIR="$STATE_DIR/pg-run"
PG_LOG="$STATE_DIR/pg-run/postgresql.log"

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# --- locating binaries (sbin and the versioned PostgreSQL dir are often not in PATH) -------------------------
find_bin() {
    local name dir
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
        for dir in /usr/sbin /usr/local/sbin /usr/bin; do
            if [[ -x "$dir/$name" ]]; then echo "$dir/$name"; return 0; fi
        done
    done
    return 1
}

pg_bindir() {
    local d
    if [[ -n "${SEGMENTOR_TEST_PG_BINDIR:-}" ]]; then echo "$SEGMENTOR_TEST_PG_BINDIR"; return 0; fi
    # Prefer 15 (the version the project targets), else the newest installed.
    for d in /usr/lib/postgresql/15/bin $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

# --- running PostgreSQL tools as the right OS user --------------------------------------------------------
pg_os_user() {
    if is_root; then echo "${SEGMENTOR_TEST_PG_OS_USER:-postgres}"; else id -un; fi
}

as_pg() {
    if is_root; then runuser -u "$(pg_os_user)" -- "$@"; else "$@"; fi
}

ensure_pg_os_user() {
    is_root || return 0
    local u; u="$(pg_os_user)"
    if ! id "$u" >/dev/null 2>&1; then
        # No postgres account (PostgreSQL server package not installed the usual way): make a locked one.
        info "creating system user '$u' to run PostgreSQL"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$u"
    fi
}

# --- helpers ----------------------------------------------------------------------------------------------
port_in_use() {
    # bash's /dev/tcp connect succeeds only if something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

show_log_tail() {
    local file="$1"
    if [[ -r "$file" ]]; then
        echo "----- last 30 lines of $file -----" >&2
        tail -n 30 "$file" >&2 || true
        echo "-----" >&2
    else
        echo "(no log at $file)" >&2
    fi
}

fail_server() {
    local what="$1" log="$2"; shift 2
    echo "test-servers: error: $what: $*" >&2
    show_log_tail "$log"
    exit 1
}

# Socket paths must fit sockaddr_un.sun_path (108 bytes incl. NUL).
check_socket_path() {
    local path="$1"
    (( ${#path} <= 100 )) || die "socket path too long (${#path} chars): $path - set SEGMENTOR_TEST_SERVERS_DIR to a shorter directory"
}

# --- MariaDB ----------------------------------------------------------------------------------------------
mysql_running_pid() {
    # Print the pid only if it is alive AND is the mariadbd started with our config (pid files can be stale).
    local pid
    [[ -r "$MY_PID" ]] || return 1
    pid="$(tr -dc '0-9' <"$MY_PID")"
    [[ -n "$pid" ]] || return 1
    [[ -r "/proc/$pid/cmdline" ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "--defaults-file=$MY_CNF" || return 1
    echo "$pid"
}

stop_mysql() {
    local pid i
    if ! pid="$(mysql_running_pid)"; then
        info "MariaDB: not running"
        return 0
    fi
    info "MariaDB: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true   # SIGTERM = clean shutdown for mariadbd
    if wait_gone mysql_running_pid "$TIMEOUT"; then
        info "MariaDB: stopped"
        return 0
    fi
    info "MariaDB: did not stop within ${TIMEOUT}s, killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone mysql_running_pid 10 || { echo "test-servers: error: MariaDB: pid $pid is still running" >&2; return 1; }
}

# True while process $1 is alive and its command line mentions $2 (a zombie's is empty; a reused
# pid's is another).
pid_runs_with() {
    [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# Waits up to $3 seconds until process $1 (running with $2 in its command line) has exited.
wait_pid_gone() {
    local i
    for ((i = 0; i < $3 * 5; i++)); do
        pid_runs_with "$1" "$2" || return 0
        sleep 0.2
    done
    return 1
}

# Waits up to $2 seconds until the function $1 no longer prints a pid (the server has exited).
wait_gone() {
    local probe="$1" seconds="$2" i
    for ((i = 0; i < seconds * 5; i++)); do
        # Not kill -0: an exited but not yet reaped (zombie) server would still count as alive.
        "$probe" >/dev/null || return 0
        sleep 0.2
    done
    return 1
}

mysql_client() {
    "$MYSQL_CLIENT" --defaults-file="$MY_CLIENT_CNF" "$@"
}

# Everything that can be checked before starting anything, so a failure does not leave half a setup.
preflight() {
    MARIADBD="$(find_bin mariadbd mysqld)" || die "mariadbd not found (install mariadb-server, see scripts/install-deps.sh)"
    INSTALL_DB="$(find_bin mariadb-install-db mysql_install_db)" || die "mariadb-install-db not found (install mariadb-server)"
    MYSQL_CLIENT="$(find_bin mariadb mysql)" || die "mariadb client not found (install mariadb-client)"
    PG_BIN="$(pg_bindir)" || die "PostgreSQL binaries (initdb, pg_ctl) not found (install postgresql, or set SEGMENTOR_TEST_PG_BINDIR)"
    check_socket_path "$MY_SOCK"
    check_socket_path "$PG_SOCK_DIR/.s.PGSQL.$PG_PORT"
    port_in_use "$MYSQL_PORT" && die "MariaDB: port 127.0.0.1:$MYSQL_PORT is already in use (set SEGMENTOR_TEST_MYSQL_PORT)"
    port_in_use "$PG_PORT" && die "PostgreSQL: port 127.0.0.1:$PG_PORT is already in use (set SEGMENTOR_TEST_PG_PORT)"
    ensure_pg_os_user

    local owner; owner="$(pg_os_user)"
    mkdir -p "$PG_DATA" "$PG_SOCK_DIR"
    chmod 0700 "$PG_DATA"
    chmod 0755 "$PG_SOCK_DIR"
    if is_root; then
        chown "$owner:" "$PG_DATA" "$PG_SOCK_DIR"
        # The PostgreSQL user must be able to reach its directories through the whole path.
        as_pg test -w "$PG_DATA" \
            || die "PostgreSQL: user '$owner' cannot write $PG_DATA (a parent directory is not traversable by it) - set SEGMENTOR_TEST_SERVERS_DIR to e.g. /tmp/segmentor-test-servers"
    fi
}

start_mysql() {
    local user_opt=() i pid
    # mariadbd refuses to run as root unless told so explicitly.
    is_root && user_opt=(--user=root)

    mkdir -p "$MY_DATA"
    chmod 0700 "$MY_DATA"
    # Own config file (--defaults-file) so /etc/mysql/* (socket in /run/mysqld, bind-address, ...) is ignored.
    cat >"$MY_CNF" <<EOF
[mariadbd]
datadir = $MY_DATA
socket = $MY_SOCK
pid-file = $MY_PID
log-error = $MY_LOG
port = $MYSQL_PORT
bind-address = 127.0.0.1
skip-name-resolve
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
# small footprint, and no durability needed for a throwaway test server
innodb_buffer_pool_size = ${SEGMENTOR_TEST_MYSQL_BUFFER_POOL:-128M}
innodb_log_file_size = 32M
innodb_flush_log_at_trx_commit = 2
innodb_doublewrite = 0
skip-log-bin
performance_schema = OFF
max_connections = 200
EOF
    # Client credentials in a 0600 file, so the password never shows up in ps output.
    (umask 077; cat >"$MY_CLIENT_CNF" <<EOF
[client]
user = $TEST_USER
password = $TEST_PASSWORD
host = 127.0.0.1
port = $MYSQL_PORT
protocol = TCP
default-character-set = utf8mb4
EOF
    )
    # Extra SQL run by mariadb-install-db at bootstrap: the test account, for TCP (127.0.0.1) and the socket.
    # Bootstrap runs without grant tables; FLUSH PRIVILEGES loads them so CREATE USER / GRANT work.
    cat >"$STATE_DIR/mysql-init.sql" <<EOF
FLUSH PRIVILEGES;
CREATE USER '$TEST_USER'@'127.0.0.1' IDENTIFIED BY '$TEST_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$TEST_USER'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER '$TEST_USER'@'localhost' IDENTIFIED BY '$TEST_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO '$TEST_USER'@'localhost' WITH GRANT OPTION;
EOF

    info "MariaDB: initialising $MY_DATA"
    if ! "$INSTALL_DB" --defaults-file="$MY_CNF" "${user_opt[@]}" --datadir="$MY_DATA" \
            --skip-test-db --auth-root-authentication-method=socket \
            --extra-file="$STATE_DIR/mysql-init.sql" >"$STATE_DIR/mysql-install.log" 2>&1; then
        # The useful error is in the server log, the installer output only says "failed".
        fail_server "MariaDB" "$MY_LOG" "mariadb-install-db failed (its output: $STATE_DIR/mysql-install.log)"
    fi

    info "MariaDB: starting on 127.0.0.1:$MYSQL_PORT"
    # setsid: detach from our process group so the server outlives this script and its caller's job control.
    setsid "$MARIADBD" --defaults-file="$MY_CNF" "${user_opt[@]}" </dev/null >>"$MY_LOG" 2>&1 &
    pid=$!

    for ((i = 0; i < TIMEOUT * 2; i++)); do
        if mysql_client -N -e 'SELECT 1' >/dev/null 2>&1; then
            info "MariaDB: ready ($(mysql_client -N -e 'SELECT VERSION()'), pid $pid)"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || fail_server "MariaDB" "$MY_LOG" "server exited during startup"
        sleep 0.5
    done
    fail_server "MariaDB" "$MY_LOG" "no successful login as $TEST_USER on 127.0.0.1:$MYSQL_PORT within ${TIMEOUT}s"
}

# --- PostgreSQL -------------------------------------------------------------------------------------------
pg_running_pid() {
    # The postmaster's pid, only if it is alive AND runs on our data directory (like mysql_running_pid).
    local pid
    [[ -r "$PG_DATA/postmaster.pid" ]] || return 1
    pid="$(head -n 1 "$PG_DATA/postmaster.pid" | tr -dc '0-9')"
    [[ -n "$pid" ]] && pid_runs_with "$pid" "$PG_DATA" || return 1
    echo "$pid"
}

stop_pg() {
    local bindir pid
    if ! pid="$(pg_running_pid)"; then
        info "PostgreSQL: not running"
        return 0
    fi
    bindir="$(pg_bindir)" || die "PostgreSQL binaries not found"
    info "PostgreSQL: stopping (pid $pid)"
    # fast = roll back open transactions and disconnect clients, then shut down cleanly.
    if ! as_pg "$bindir/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$TIMEOUT" >/dev/null; then
        info "PostgreSQL: fast shutdown failed, trying immediate"
        as_pg "$bindir/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t "$TIMEOUT" >/dev/null || true
    fi
    # pg_ctl -w returns once postmaster.pid is gone; wait for the process itself to exit too.
    if ! wait_pid_gone "$pid" "$PG_DATA" "$TIMEOUT"; then
        info "PostgreSQL: pid $pid still running, killing it"
        kill -KILL "$pid" 2>/dev/null || true
        wait_pid_gone "$pid" "$PG_DATA" 10 || { echo "test-servers: error: PostgreSQL: pid $pid is still running" >&2; return 1; }
    fi
    info "PostgreSQL: stopped"
}

pg_superuser_sql() {
    # Superuser over the Unix socket with peer authentication (superuser name = OS user that ran initdb).
    as_pg env PGCLIENTENCODING=UTF8 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK_DIR" -p "$PG_PORT" \
        -U "$(pg_os_user)" -d postgres "$@"
}

pg_test_sql() {
    # The test role over TCP with password authentication, like the C++ tests connect.
    PGPASSWORD="$TEST_PASSWORD" PGCLIENTENCODING=UTF8 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$PG_PORT" -U "$TEST_USER" -d postgres "$@"
}

start_pg() {
    local owner i
    owner="$(pg_os_user)"
    info "PostgreSQL: initialising $PG_DATA"
    # C.UTF-8 (not C): lower()/upper() then fold non-ASCII letters, while sorting stays bytewise.
    if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" --username="$owner" --encoding=UTF8 --locale=C.UTF-8 \
            --auth-local=peer --auth-host=scram-sha-256 >"$PG_SOCK_DIR/initdb.log" 2>&1; then
        fail_server "PostgreSQL" "$PG_SOCK_DIR/initdb.log" "initdb failed"
    fi
    cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- segmentor test-servers.sh ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK_DIR'
password_encryption = 'scram-sha-256'
# small footprint, and no durability needed for a throwaway test server
shared_buffers = ${SEGMENTOR_TEST_PG_SHARED_BUFFERS:-32MB}
work_mem = ${SEGMENTOR_TEST_PG_WORK_MEM:-4MB}
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

    info "PostgreSQL: starting on 127.0.0.1:$PG_PORT"
    # pg_ctl daemonises the postmaster itself (setsid: also keep pg_ctl out of our caller's process group).
    if ! as_pg setsid --wait "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$TIMEOUT" </dev/null >/dev/null 2>&1; then
        fail_server "PostgreSQL" "$PG_LOG" "server did not start within ${TIMEOUT}s"
    fi
    pg_superuser_sql -c "CREATE ROLE $TEST_USER LOGIN CREATEDB CREATEROLE PASSWORD '$TEST_PASSWORD'" >/dev/null 2>"$PG_SOCK_DIR/setup.err" \
        || fail_server "PostgreSQL" "$PG_SOCK_DIR/setup.err" "could not create role $TEST_USER"

    for ((i = 0; i < TIMEOUT * 2; i++)); do
        if pg_test_sql -Atc 'SELECT 1' >/dev/null 2>&1; then
            info "PostgreSQL: ready ($(pg_test_sql -Atc 'SHOW server_version'), pid $(head -n 1 "$PG_DATA/postmaster.pid"))"
            return 0
        fi
        sleep 0.5
    done
    fail_server "PostgreSQL" "$PG_LOG" "no successful login as $TEST_USER on 127.0.0.1:$PG_PORT within ${TIMEOUT}s"
}

# --- sanity check: case folding of non-ASCII letters (segment conditions compare lower(...)) ---------------
check_lower() {
    local got
    # LOWER of 'EMILIE' with an E-acute, written as UTF-8 bytes / Unicode escapes so this file stays ASCII.
    got="$(mysql_client -N -e "SELECT HEX(LOWER(_utf8mb4 0xC3894D494C4945))")" || got="query failed"
    [[ "$got" == "C3A96D696C6965" ]] || die "MariaDB: LOWER('\\u00c9MILIE') gave hex '$got', expected C3A96D696C6965 ('\\u00e9milie')"
    got="$(pg_test_sql -Atc "SELECT lower(U&'\\00C9MILIE') = U&'\\00E9milie'")" || got="query failed"
    [[ "$got" == "t" ]] || die "PostgreSQL: lower('\\u00c9MILIE') is not '\\u00e9milie' (got '$got') - cluster locale is not C.UTF-8?"
}

# --- state directory --------------------------------------------------------------------------------------
wipe_state_dir() {
    if [[ -d "$STATE_DIR" ]]; then
        if [[ -e "$STATE_DIR/$MARKER" ]] || [[ -z "$(ls -A "$STATE_DIR")" ]]; then
            rm -rf -- "$STATE_DIR"
        else
            die "$STATE_DIR exists, is not empty and was not created by this script - refusing to wipe it"
        fi
    fi
    mkdir -p "$STATE_DIR"
    # 0711: other users (the postgres account when we are root) may traverse it, not list it.
    chmod 0711 "$STATE_DIR"
    : >"$STATE_DIR/$MARKER"
}

cmd_start() {
    cmd_stop
    wipe_state_dir
    preflight
    # If anything below fails, do not leave a half-started pair of servers behind.
    trap 'info "start failed, stopping what was started"; cmd_stop >/dev/null 2>&1 || true' EXIT
    start_mysql
    start_pg
    check_lower
    trap - EXIT
    info "both servers are up. Use:  eval \"\$($0 env)\""
}

cmd_stop() {
    # Stop PostgreSQL even if MariaDB fails to stop, and vice versa.
    local rc=0
    stop_mysql || rc=1
    stop_pg || rc=1
    return "$rc"
}

cmd_env() {
    echo "export SEGMENTOR_TEST_MYSQL=mysql://$TEST_USER:$TEST_PASSWORD@127.0.0.1:$MYSQL_PORT/"
    echo "export SEGMENTOR_TEST_PGSQL=postgresql://$TEST_USER:$TEST_PASSWORD@127.0.0.1:$PG_PORT/postgres"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    env) cmd_env ;;
    *)
        echo "usage: $0 start|stop|env" >&2
        exit 2
        ;;
esac
