#!/usr/bin/env bash
# Install everything Segmentor needs to build, test and package on Debian 12 (bookworm).
#
#   scripts/install-deps.sh
#   scripts/install-deps.sh --list   # print the package list, one a line (the dependency audit reads it)
#
# Idempotent: if every package is already installed (checked with dpkg-query) it does nothing, needs no
# network and no root. Otherwise it runs apt-get update + apt-get install, as root or through sudo.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # Qt 6: widgets/core, SQL drivers for the three supported databases, charts, Linguist tools + translations
    qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite libqt6sql6-mysql libqt6sql6-psql
    # qt6-charts-dev needs Qt6OpenGL's CMake files, which its Debian package does not pull in
    qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # unit tests
    libgtest-dev libgmock-dev
    # SQLite library and shell
    libsqlite3-dev sqlite3
    # database servers and clients for the integration tests (scripts/test-servers.sh)
    mariadb-server mariadb-client postgresql postgresql-client
    # REST API server and HTTPS client for pushes (core/net/)
    libcpp-httplib-dev
    # XLSX export and password storage
    libxlsxwriter-dev qtkeychain-qt6-dev
    # headless GUI tests (xvfb-run needs xauth)
    xvfb xauth
    # test helpers (XLSX output is checked with openpyxl)
    python3 python3-openpyxl
    # OpenGL: headers/libGL for find_package(Qt6 Gui) (it looks for OpenGL), Mesa GLX runtime under Xvfb
    libgl1-mesa-dev libglx-mesa0
    # a predictable font for rendering tests
    fonts-dejavu-core
    # scripts/check-fresh-install.sh (run by .ci/run): a minimal Debian 12 to install and build in
    debootstrap
    # scripts/check-style.sh (ctest style_check): the house format, .clang-format
    clang-format
    # segmentor-cli schedule and the Schedule dialog manage a block in the user's crontab (tests use the real crontab)
    cron
)

if [[ "${1:-}" == "--list" ]]; then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
fi

missing_packages() {
    local p status
    for p in "${PACKAGES[@]}"; do
        # db:Status-Status is "installed" only for fully installed packages (not config-files/half-installed).
        status="$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)"
        [[ "$status" == "installed" ]] || echo "$p"
    done
}

mapfile -t MISSING < <(missing_packages)
if [[ ${#MISSING[@]} -eq 0 ]]; then
    echo "install-deps: all ${#PACKAGES[@]} packages are already installed"
    exit 0
fi
echo "install-deps: missing: ${MISSING[*]}"

# Root runs apt-get directly, everybody else through sudo (if available).
SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || {
        echo "install-deps: error: not root and sudo is not installed - run as root: apt-get install ${MISSING[*]}" >&2
        exit 1
    }
    SUDO=(sudo)
fi

# noninteractive: no debconf questions (e.g. from mariadb-server) in CI.
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update

# Fail with a clear message if a name is unknown to the configured repositories (typo, wrong release).
UNKNOWN=()
for p in "${MISSING[@]}"; do
    candidate="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')"
    if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then UNKNOWN+=("$p"); fi
done
if [[ ${#UNKNOWN[@]} -gt 0 ]]; then
    echo "install-deps: error: no installable candidate for: ${UNKNOWN[*]} (is this Debian 12 bookworm with main enabled?)" >&2
    exit 1
fi

"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${MISSING[@]}"

mapfile -t STILL_MISSING < <(missing_packages)
if [[ ${#STILL_MISSING[@]} -gt 0 ]]; then
    echo "install-deps: error: still not installed: ${STILL_MISSING[*]}" >&2
    exit 1
fi
echo "install-deps: done"
