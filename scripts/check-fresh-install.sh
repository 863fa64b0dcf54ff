#!/usr/bin/env bash
# Does the Quick start work on a machine that has none of the project's packages?
#
#   scripts/check-fresh-install.sh              # the whole check (needs root: debootstrap, chroot, mount)
#   scripts/check-fresh-install.sh --base-only  # only create the cached base system, if it is missing
#   SEGMENTOR_FRESH_DROP_PACKAGE=libqt6opengl6-dev scripts/check-fresh-install.sh
#                                               # the same with that package taken out of install-deps.sh:
#                                               # must FAIL and name the package
#
# What it does, each phase timed:
#   1. base: a minimal Debian 12 made with `debootstrap --variant=minbase bookworm`, kept as a tar file
#      in the cache (default /var/cache/segmentor-fresh/bookworm-minbase.tar) and reused by later runs.
#      SEGMENTOR_FRESH_BASE may name another tar file or an unpacked root directory to start from.
#   2. unpack: every run starts from a PRISTINE copy of that base in a new directory (never from a
#      system where packages were already installed - that would hide a missing package).
#   3. copy: the committed tree (`git archive HEAD`: no build/, no uncommitted changes) to
#      the same paths inside the copy as here, ../shared beside it (same paths: ccache hits).
#   4. inside a chroot, as the README's Quick start does: scripts/install-deps.sh, scripts/build.sh,
#      scripts/run-demo.sh --cli, and scripts/run-tests.sh for a small named subset of the tests
#      (the dependency audit, a MariaDB+PostgreSQL start/stop, refreshes on the three databases, an
#      offscreen widget test), with its own server ports (SEGMENTOR_FRESH_MYSQL_PORT/_PG_PORT,
#      default 33461/55461, never the CI ports 33306/55432).
#   5. cleanup, also on failure or Ctrl-C: kills what still runs inside the copy, unmounts everything
#      under it (checked with findmnt) and deletes it.
#
# Shortcuts that do not weaken the check (set SEGMENTOR_FRESH_HOST_CACHES=0 to do without them):
#   - the host's apt archive cache /var/cache/apt/archives is bind-mounted read-write into the copy,
#     so packages already downloaded on this machine are not downloaded again (apt still resolves
#     and installs everything from the Debian archive's package lists);
#   - the host's ccache directory is bind-mounted and ccache is installed in the copy AFTER
#     install-deps.sh (it is optional, the build uses it when present), so unchanged sources
#     compile as cache hits.
# The copy also gets /usr/sbin/policy-rc.d (exit 101) so that installing mariadb-server and
# postgresql does not start system services in the host's network namespace.
#
# Environment: SEGMENTOR_FRESH_CACHE (cache dir), SEGMENTOR_FRESH_BASE, SEGMENTOR_FRESH_MIRROR
# (default http://deb.debian.org/debian; the copy's sources.list has bookworm, bookworm-updates and
# bookworm-security from SEGMENTOR_FRESH_SECURITY_MIRROR), SEGMENTOR_FRESH_WORKDIR (where the copy goes, default
# /var/tmp), SEGMENTOR_FRESH_LOGS (where phase logs are kept, default a new /tmp/segmentor-fresh-logs.*),
# SEGMENTOR_FRESH_TESTS (ctest -R regex replacing the default subset), SEGMENTOR_FRESH_KEEP=1 (keep
# the copy after a failure, for a look inside; it is still unmounted).
set -euo pipefail

PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="$(realpath -m -- "$PROJECT/../shared")"
CACHE="${SEGMENTOR_FRESH_CACHE:-/var/cache/segmentor-fresh}"
BASE="${SEGMENTOR_FRESH_BASE:-$CACHE/bookworm-minbase.tar}"
MIRROR="${SEGMENTOR_FRESH_MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${SEGMENTOR_FRESH_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
SUITE=bookworm
DROP="${SEGMENTOR_FRESH_DROP_PACKAGE:-}"
HOST_CACHES="${SEGMENTOR_FRESH_HOST_CACHES:-1}"
MYSQL_PORT="${SEGMENTOR_FRESH_MYSQL_PORT:-33461}"
PG_PORT="${SEGMENTOR_FRESH_PG_PORT:-55461}"
# The named subset: the dependency audit; MariaDB + PostgreSQL started and stopped by
# test-servers.sh (also when the run fails); a refresh killed mid-transaction on SQLite, MariaDB and
# PostgreSQL (needs the servers run-tests.sh started, and the test-only CLI); the CLI's refresh lock;
# the shipped binaries without test hooks; an offscreen widget test (the first start of the window).
DEFAULT_TESTS='^(dependency_audit|test_servers_cleanup|shipped_binaries_have_no_test_hooks|AllDatabases/Refresh\.KilledMidTransactionLeavesTheOldMembership/.*|Cli\.ConcurrentRefreshReportsBusy|Cli\.ShippedCliIgnoresTheRefreshPauseHook|FirstStart\..*)$'
TESTS="${SEGMENTOR_FRESH_TESTS:-$DEFAULT_TESTS}"

die() { echo "check-fresh-install: error: $*" >&2; exit 1; }
info() { echo "check-fresh-install: $*" >&2; }

base_only=0
case "${1:-}" in
    --base-only) base_only=1 ;;
    "") ;;
    *) echo "usage: $0 [--base-only]" >&2; exit 2 ;;
esac

[[ "$(id -u)" -eq 0 ]] || die "needs root (debootstrap, chroot and mount)"
for tool in debootstrap chroot mount umount findmnt tar git flock; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (scripts/install-deps.sh installs debootstrap)"
done
for p in "$MYSQL_PORT" "$PG_PORT"; do [[ "$p" =~ ^[0-9]+$ ]] || die "not a port: $p"; done

# --- timings ----------------------------------------------------------------------------------------------
PHASES=()
now() { date +%s.%N; }
phase_start=""
begin() { phase_name="$1"; phase_start="$(now)"; info "=== $1 ==="; }
end() {
    local status="$1" secs
    secs="$(awk -v a="$phase_start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')"
    PHASES+=("$(printf '%-14s %8s s  %s' "$phase_name" "$secs" "$status")")
    phase_start=""
}
print_timings() {
    [[ ${#PHASES[@]} -gt 0 ]] || return 0
    echo "check-fresh-install: timings" >&2
    printf '  %s\n' "${PHASES[@]}" >&2
}

# --- the cached base --------------------------------------------------------------------------------------
make_base() {
    mkdir -p "$CACHE"
    # One creator at a time; a second run waits and then reuses what the first one made.
    exec 8>"$CACHE/.lock"
    flock 8
    if [[ -e "$BASE" ]]; then flock -u 8; return 0; fi
    [[ "$BASE" == *.tar ]] || die "SEGMENTOR_FRESH_BASE=$BASE does not exist (a missing base can only be created as a .tar)"
    local tmp; tmp="$(mktemp -d "$CACHE/debootstrap.XXXXXX")"
    info "creating the base: debootstrap --variant=minbase $SUITE from $MIRROR (once; cached in $BASE)"
    local cache_opt=()
    [[ "$HOST_CACHES" == 1 && -d /var/cache/apt/archives ]] && cache_opt=(--cache-dir=/var/cache/apt/archives)
    if ! debootstrap --variant=minbase "${cache_opt[@]}" "$SUITE" "$tmp/root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
        tail -n 20 "$CACHE/debootstrap.log" >&2
        rm -rf --one-file-system -- "$tmp"
        die "debootstrap failed (log: $CACHE/debootstrap.log)"
    fi
    # apt in the copies must not try to verify against a CD or keep stale lists.
    rm -rf --one-file-system -- "$tmp/root/var/lib/apt/lists/"* "$tmp/root/var/cache/apt/archives/"*.deb
    tar --numeric-owner -C "$tmp/root" -cf "$tmp/base.tar" .
    mv "$tmp/base.tar" "$BASE"
    rm -rf --one-file-system -- "$tmp"
    flock -u 8
}

begin base
if [[ -e "$BASE" ]]; then
    end "reused $BASE"
else
    make_base
    end "created $BASE ($(du -h "$BASE" | cut -f1))"
fi
if [[ "$base_only" == 1 ]]; then print_timings; exit 0; fi

# --- the copy, and its cleanup ----------------------------------------------------------------------------
WORKDIR_PARENT="${SEGMENTOR_FRESH_WORKDIR:-/var/tmp}"
mkdir -p "$WORKDIR_PARENT"
WORK="$(mktemp -d "$WORKDIR_PARENT/segmentor-fresh.XXXXXX")"
ROOT="$WORK/root"
LOGS="${SEGMENTOR_FRESH_LOGS:-$(mktemp -d /tmp/segmentor-fresh-logs.XXXXXX)}"
mkdir -p "$ROOT" "$LOGS"

mounts_under_root() { findmnt -rn -o TARGET | awk -v r="$ROOT/" 'index($0, r) == 1' | sort -r; }

kill_chroot_processes() {
    # Anything whose root directory is the copy (servers a failed test left, a build still running).
    local pid root round
    for round in TERM TERM KILL; do
        local found=0
        for pid in /proc/[0-9]*; do
            root="$(readlink "$pid/root" 2>/dev/null)" || continue
            if [[ "$root" == "$ROOT" ]]; then
                found=1
                kill -"$round" "${pid#/proc/}" 2>/dev/null || true
            fi
        done
        [[ "$found" == 0 ]] && return 0
        sleep 2
    done
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -n "$phase_start" ]] && end "FAILED (exit $rc)"
    kill_chroot_processes
    local m left
    while read -r m; do
        [[ -n "$m" ]] || continue
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done < <(mounts_under_root)
    left="$(mounts_under_root)"
    if [[ -n "$left" ]]; then
        echo "check-fresh-install: error: still mounted, NOT deleting $WORK:" >&2
        echo "$left" >&2
        rc=1
    elif [[ "${SEGMENTOR_FRESH_KEEP:-0}" == 1 && "$rc" -ne 0 ]]; then
        info "kept $WORK (SEGMENTOR_FRESH_KEEP=1; nothing is mounted there)"
    else
        rm -rf --one-file-system -- "$WORK"
    fi
    print_timings
    info "logs: $LOGS"
    if [[ "$rc" -eq 0 ]]; then info "PASS"; else info "FAIL (exit $rc)"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

begin unpack
if [[ -d "$BASE" ]]; then
    cp -a -- "$BASE/." "$ROOT/"
else
    tar --numeric-owner -C "$ROOT" -xpf "$BASE"
fi
[[ -x "$ROOT/usr/bin/apt-get" && -x "$ROOT/bin/bash" ]] || die "$BASE does not hold a Debian base system"
end "$ROOT"

begin copy
[[ -d "$SHARED" ]] || die "$SHARED not found (the project needs ../shared beside it)"
if [[ -n "$(git -C "$PROJECT" status --porcelain --untracked-files=no)" ]]; then
    info "note: uncommitted changes are NOT part of the check (git archive HEAD)"
fi
mkdir -p "$ROOT$PROJECT" "$ROOT$SHARED"
git -C "$PROJECT" archive --format=tar HEAD | tar -C "$ROOT$PROJECT" -xf -
cp -a -- "$SHARED/." "$ROOT$SHARED/"
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
# What a Debian 12 installation has: the release, its updates and security updates.
cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
printf '#!/bin/sh\n# check-fresh-install: no services are started inside the chroot\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 0755 "$ROOT/usr/sbin/policy-rc.d"
if [[ -n "$DROP" ]]; then
    deps="$ROOT$PROJECT/scripts/install-deps.sh"
    grep -qE "(^|[[:space:]])${DROP//./\\.}([[:space:]]|$)" "$deps" || die "$DROP is not in scripts/install-deps.sh"
    # Only the PACKAGES=( ... ) list; comment lines are left alone.
    sed -i -E "/^PACKAGES=\(/,/^\)/{/^[[:space:]]*#/!s/(^|[[:space:]])${DROP//./\\.}([[:space:]]|$)/\1\2/}" "$deps"
    bash "$deps" --list | grep -qxF -- "$DROP" && die "could not drop $DROP from the copy of install-deps.sh"
    info "dropped $DROP from the copy's scripts/install-deps.sh"
fi
end "HEAD $(git -C "$PROJECT" rev-parse --short HEAD)${DROP:+, without $DROP}"

begin mount
mount -t proc proc "$ROOT/proc"
mount -t sysfs sysfs "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mkdir -p "$ROOT/dev/pts" "$ROOT/dev/shm"
mount --bind /dev/pts "$ROOT/dev/pts"
mount -t tmpfs -o mode=1777 shm "$ROOT/dev/shm"   # PostgreSQL's shared memory, private to the copy
CCACHE_ENV=()
if [[ "$HOST_CACHES" == 1 ]]; then
    mount --bind /var/cache/apt/archives "$ROOT/var/cache/apt/archives"
    host_ccache="$(ccache -k cache_dir 2>/dev/null || true)"
    if [[ -n "$host_ccache" && -d "$host_ccache" ]]; then
        mkdir -p "$ROOT/ccache"
        mount --bind "$host_ccache" "$ROOT/ccache"
        # The host's settings (base_dir, hash_dir), so the copy hits what this machine compiled.
        CCACHE_ENV=(CCACHE_DIR=/ccache)
        host_basedir="$(ccache -k base_dir 2>/dev/null || true)"
        [[ -n "$host_basedir" ]] && CCACHE_ENV+=(CCACHE_BASEDIR="$host_basedir")
        [[ "$(ccache -k hash_dir 2>/dev/null || true)" == false ]] && CCACHE_ENV+=(CCACHE_NOHASHDIR=1)
        CCACHE_ENV+=(CCACHE_MAXSIZE="$(ccache -k max_size 2>/dev/null || echo 20G)")
    fi
fi
end "$(mounts_under_root | wc -l) mounts"

# Runs a command line inside the copy with a clean environment, as root in the project.
in_chroot() {
    chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive "${CCACHE_ENV[@]}" \
        /bin/bash -c "cd '$PROJECT' && $1"
}

# Runs one timed phase inside the copy, its output shown and kept in $LOGS/<name>.log.
run_phase() {
    local name="$1" cmd="$2" rc
    begin "$name"
    # In the background and waited for: INT/TERM then reach the traps at once (bash runs a trap only
    # after a foreground command returns), and the cleanup stops what runs inside the copy.
    # (A subshell around the pipeline: when it has exited, tee has written the whole log.)
    ( in_chroot "$cmd" 2>&1 | tee "$LOGS/$name.log"; exit "${PIPESTATUS[0]}" ) &
    set +e
    wait "$!"
    rc=$?
    set -e
    if [[ "$rc" -ne 0 ]]; then
        end "FAILED (exit $rc)"
        explain_failure "$name"
        exit "$rc"
    fi
    end ok
}

# Names the Debian package behind a CMake package that configure could not find: the package whose
# config file is missing in the copy, looked up on this host (where the project builds).
explain_failure() {
    local name="$1" pkg file owner lower
    [[ "$name" == build ]] || return 0
    # CMake wraps its messages: join the lines before matching.
    tr -s '\n ' '  ' <"$LOGS/build.log" |
        grep -oE 'provided by "[A-Za-z0-9_]+"|dependency [A-Za-z0-9_]+ could not be found|--debug-find-pkg=[A-Za-z0-9_]+' |
        sed -E 's/^provided by "//; s/"$//; s/^dependency //; s/ could not be found$//; s/^--debug-find-pkg=//' | sort -u |
    while read -r pkg; do
        lower="$(tr 'A-Z' 'a-z' <<<"$pkg")"
        # Present in the copy (e.g. Qt6Charts, which only failed because of its dependency): not the culprit.
        if compgen -G "$ROOT/usr/lib/*/cmake/$pkg/${pkg}Config.cmake" >/dev/null \
            || compgen -G "$ROOT/usr/lib/*/cmake/$pkg/$lower-config.cmake" >/dev/null \
            || compgen -G "$ROOT/usr/share/cmake*/$pkg/${pkg}Config.cmake" >/dev/null; then
            continue
        fi
        owner=""
        for file in "*/${pkg}Config.cmake" "*/$lower-config.cmake"; do
            owner="$(dpkg -S "$file" 2>/dev/null | head -n 1 | cut -d: -f1)" || owner=""
            [[ -n "$owner" ]] && break
        done
        echo "check-fresh-install: configure did not find the CMake package $pkg${owner:+, which Debian package $owner provides}" >&2
        if [[ -n "$owner" ]]; then
            echo "check-fresh-install: missing package: $owner${DROP:+ (dropped from install-deps.sh: $DROP)}" >&2
        fi
    done || true
}

# apt does not wait for the lock of the shared archive cache: concurrent checks take turns.
if [[ "$HOST_CACHES" == 1 ]]; then exec 9>"$CACHE/.apt-archives.lock"; flock 9 & wait "$!"; fi
run_phase install-deps 'scripts/install-deps.sh'
if [[ ${#CCACHE_ENV[@]} -gt 0 ]]; then
    run_phase ccache 'apt-get install -y --no-install-recommends ccache >/dev/null && ccache -z >/dev/null && echo ccache installed'
fi
if [[ "$HOST_CACHES" == 1 ]]; then flock -u 9; exec 9>&-; fi
run_phase build 'scripts/build.sh'
if [[ ${#CCACHE_ENV[@]} -gt 0 ]]; then
    in_chroot 'ccache -s' | tee -a "$LOGS/build.log" | sed 's/^/  /' | head -n 12 >&2 || true
fi
run_phase demo 'scripts/run-demo.sh --cli'
run_phase tests "SEGMENTOR_TEST_SERVERS_DIR=/tmp/sts-fresh-install SEGMENTOR_TEST_MYSQL_PORT=$MYSQL_PORT SEGMENTOR_TEST_PG_PORT=$PG_PORT \
    scripts/run-tests.sh -R '$TESTS' --no-tests=error"
# How many tests ran (ctest's summary line).
grep -E 'tests passed|tests failed' "$LOGS/tests.log" | tail -n 1 | sed 's/^/check-fresh-install: /' >&2 || true
