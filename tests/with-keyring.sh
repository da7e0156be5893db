#!/bin/sh
# Runs a test against a real Secret Service: a private D-Bus session with its own unlocked
# gnome-keyring and a throw-away HOME, so the developer's own keyring is never touched.
set -eu
exec dbus-run-session -- sh -c '
    export HOME="$(mktemp -d)"
    export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
    printf "roster-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' roster-keyring-test "$@"
