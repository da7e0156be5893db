#!/bin/bash
# Regenerates the README's and the AppStream screenshots in docs/screenshots/ from the built-in
# demo: builds roster-screenshots, starts a private Xvfb (it picks a free display itself,
# -displayfd), and runs the program once per theme and language. No window manager is needed.
#
#   scripts/screenshots.sh            the set the README uses (see below)
#   scripts/screenshots.sh --all      every view in every theme and language
#   BUILD_DIR=out scripts/screenshots.sh
#
# The set: every service's main window in light and dark, English and German; the other views
# (dialogs, history, activity) in light and dark English and light German. --all adds the rest.
# Files are <view>-<theme>-<language>.png; PNGs are recompressed with optipng when it is there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
out="${OUTPUT_DIR:-$here/docs/screenshots}"
all=0
case "${1:-}" in
    --all) all=1 ;;
    "") ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [--all]" >&2; exit 2 ;;
esac

command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt install xvfb)" >&2; exit 1; }
export CCACHE_DIR="${CCACHE_DIR:-/work/ccache}"
[ -f "$build/CMakeCache.txt" ] || cmake -S "$here" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target roster-screenshots
program="$build/tests/screenshots/roster-screenshots"

work="$(mktemp -d)"
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Xvfb writes the display number it chose to the given descriptor once it accepts clients.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
number=""
for _ in $(seq 100); do
    number="$(tr -dc '0-9' <"$work/display")"
    [ -n "$number" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$number" ] || { echo "Xvfb never said which display it took" >&2; exit 1; }

main_views="main-org-app,main-papr-memory,main-rest-v1,main-papermerge"
all_views="$(QT_QPA_PLATFORM=offscreen "$program" --list | paste -sd, -)"

# A clean desktop: no theme, style or scaling from the caller's session, no proxy, the program's
# own temporary settings and files.
export DISPLAY=":$number" QT_QPA_PLATFORM=xcb HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
export XDG_DATA_HOME="$work/home/.local/share" QT_LOGGING_RULES="roster.*.debug=false"
unset WAYLAND_DISPLAY QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
unset QT_AUTO_SCREEN_SCALE_FACTOR QT_FONT_DPI http_proxy https_proxy HTTP_PROXY HTTPS_PROXY
mkdir -p "$HOME" "$out"

failed=0
shoot() { # theme language views
    local theme="$1" language="$2" views="$3" locale
    case "$language" in
        de) locale=de_DE.UTF-8 ;;
        *) locale=C.UTF-8 ;;
    esac
    # The language as a desktop session sets it, for the app's translations and formats; --lang
    # for the app's own option (both until the app's translator set-up settles on one).
    echo "== $theme, $language"
    if ! LANGUAGE="$language" LANG="$locale" LC_ALL="$locale" \
        "$program" --output "$out" --theme "$theme" --lang "$language" --views "$views"; then
        echo "roster-screenshots failed for $theme/$language" >&2
        failed=1
    fi
}

# Only the generated files are replaced; anything else in the folder is left alone.
rm -f "$out"/*-light-??.png "$out"/*-dark-??.png
if [ "$all" = 1 ]; then
    for theme in light dark; do
        for language in en de; do
            shoot "$theme" "$language" "$all_views"
        done
    done
else
    shoot light en "$all_views"
    shoot dark en "$all_views"
    shoot light de "$all_views"
    shoot dark de "$main_views"
fi

if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$out"/*-light-??.png "$out"/*-dark-??.png
fi
du -ch "$out"/*.png | tail -n1
exit "$failed"
