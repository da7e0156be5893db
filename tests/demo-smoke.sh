#!/bin/bash
# Starts `roster --demo` on a real X server (Xvfb), as a person would, and checks that a Roster
# window appears and its user table fills with users from the built-in server. Leaves a
# screenshot in the build directory for a human to look at.
set -euo pipefail
roster="$1"
shot="${2:-demo-smoke.png}"
work="$(mktemp -d)"
trap 'kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=":$((100 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    DISPLAY="$display" xdpyinfo >/dev/null 2>&1 && break
    sleep 0.1
done

export DISPLAY="$display" QT_QPA_PLATFORM=xcb HOME="$work" XDG_CONFIG_HOME="$work/config"
export QT_LOGGING_RULES="roster.models.debug=true"
unset http_proxy https_proxy
"$roster" --demo --config "$work/roster.conf" >"$work/app.log" 2>&1 &
app_pid=$!

loaded=""
for _ in $(seq 300); do
    # PagedTableModel logs "UserTableModel loaded N of M rows" after each page.
    loaded="$(grep -oE 'UserTableModel loaded [0-9]+ of [0-9]+ rows' "$work/app.log" | tail -n1 || true)"
    [ -n "$loaded" ] && break
    kill -0 "$app_pid" 2>/dev/null || { echo "roster exited early:"; cat "$work/app.log"; exit 1; }
    sleep 0.1
done
if [ -z "$loaded" ]; then
    echo "the user table never loaded:"; cat "$work/app.log"; exit 1
fi
rows="$(echo "$loaded" | awk '{print $3}')"
[ "$rows" -gt 0 ] || { echo "the table loaded no users: $loaded"; exit 1; }

window="$(xdotool search --onlyvisible --name 'Roster' | head -n1 || true)"
[ -n "$window" ] || { echo "no visible Roster window"; exit 1; }
title="$(xdotool getwindowname "$window")"
case "$title" in
    *Demo*) ;;
    *) echo "window title does not name the demo connection: $title"; exit 1 ;;
esac
sleep 1
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$shot" 2>/dev/null

# Quit as a person would (File > Quit) and expect a clean exit: under ROSTER_SANITIZE that is
# when LeakSanitizer checks, and any sanitizer report lands in the app's log, not in ours.
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 100); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$app_pid" 2>/dev/null && { echo "roster did not quit on Ctrl+Q"; exit 1; }
status=0
wait "$app_pid" || status=$?
if [ "$status" -ne 0 ] || grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error: ' "$work/app.log"; then
    echo "roster exited with status $status:"; cat "$work/app.log"; exit 1
fi
echo "demo window \"$title\" shows users: $loaded; quit cleanly; screenshot: $shot"
