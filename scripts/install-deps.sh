#!/bin/sh
# Installs the Debian 12 packages Roster needs that are not installed yet.
#   scripts/install-deps.sh          build and run the app
#   scripts/install-deps.sh --test   also what the test suite needs (Xvfb, a Secret Service, clang
#                                    and its runtimes for the sanitizer and fuzz builds, ...)
# Uses sudo when not run as root; does nothing (and asks nothing) when all are present.
set -eu

packages="cmake ninja-build g++ qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
libsecret-1-0 qt6-l10n-tools qt6-tools-dev qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev fonts-dejavu-core"
if [ "${1:-}" = "--test" ]; then
    packages="$packages xvfb xauth xdotool x11-apps netpbm dbus dbus-x11 gnome-keyring libsecret-tools
clang-format dpkg-dev lintian locales clang-14 libclang-rt-14-dev
help2man man-db desktop-file-utils appstream"
fi

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

# The contract tests run Stoplight Prism from npm; a Node.js already on the machine will do.
if [ "${1:-}" = "--test" ] && ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
else
    sudo="sudo"
fi

# The suite runs once more under German (numbers, dates, translations): that locale must exist.
need_locale() {
    [ "${1:-}" = "--test" ] && ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'
}

if [ -n "$missing" ]; then
    echo "install-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    $sudo apt-get install -y -q --no-install-recommends $missing
fi
if need_locale "${1:-}"; then
    echo "install-deps: generating the de_DE.UTF-8 locale"
    $sudo sed -i 's/^# *\(de_DE\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
    $sudo locale-gen >/dev/null
fi
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
fi
exit 0
