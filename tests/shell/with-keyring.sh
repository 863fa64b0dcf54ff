#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret
# Service), so the QtKeychain store can be tested for real on a headless machine.
#   tests/shell/with-keyring.sh build/tests/shell_core_tests --gtest_filter='SystemSecretStore.*'
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
exec dbus-run-session -- sh -c '
    export XDG_DATA_HOME="$0/data" XDG_RUNTIME_DIR="$0/run" SEGMENTOR_REQUIRE_KEYCHAIN=1
    mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf segmentor-test | gnome-keyring-daemon --unlock --components=secrets)"
    "$@"' "$dir" "$@"
