#!/bin/bash
# Starts `roster --demo` on a real X server (Xvfb), as a person would, and checks that a Roster
# window appears and that its user table paints rows from the built-in server. Xvfb picks a free
# display itself (-displayfd); the rows are those the view painted, as the app reports them
# through its documented ROSTER_REPORT_FILE hook. Leaves a screenshot for a human to look at.
set -euo pipefail
roster="$1"
shot="${2:-demo-smoke.png}"
work="$(mktemp -d)"
trap 'kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Xvfb writes the display number it chose to the given descriptor once it accepts clients.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
number=""
for _ in $(seq 100); do
    number="$(tr -dc '0-9' <"$work/display")"
    [ -n "$number" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
    sleep 0.1
done
[ -n "$number" ] || { echo "Xvfb never said which display it took"; exit 1; }
display=":$number"
DISPLAY="$display" xdpyinfo >/dev/null 2>&1 || { echo "display $display does not answer"; exit 1; }

export DISPLAY="$display" QT_QPA_PLATFORM=xcb HOME="$work" XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data" ROSTER_REPORT_FILE="$work/report.jsonl"
unset http_proxy https_proxy WAYLAND_DISPLAY
"$roster" --demo --config "$work/roster.conf" >"$work/app.log" 2>&1 &
app_pid=$!

rows=""
for _ in $(seq 300); do
    rows="$(grep -oE '"event":"rows-shown","rows":[0-9]+' "$work/report.jsonl" 2>/dev/null \
        | tail -n1 | grep -oE '[0-9]+$' || true)"
    [ -n "$rows" ] && [ "$rows" -gt 0 ] && break
    kill -0 "$app_pid" 2>/dev/null || { echo "roster exited early:"; cat "$work/app.log"; exit 1; }
    sleep 0.1
done
if [ -z "$rows" ] || [ "$rows" -le 0 ]; then
    echo "the user table never showed rows:"; cat "$work/app.log"; cat "$work/report.jsonl" 2>/dev/null; exit 1
fi
grep -q '"event":"first-paint"' "$work/report.jsonl" || { echo "no first paint reported"; exit 1; }

window="$(xdotool search --onlyvisible --name 'Roster' | head -n1 || true)"
[ -n "$window" ] || { echo "no visible Roster window on $display"; exit 1; }
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
echo "demo window \"$title\" on $display shows $rows users; quit cleanly; screenshot: $shot"
