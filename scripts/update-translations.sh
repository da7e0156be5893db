#!/bin/sh
# Brings the translation sources up to date with the code:
#   resources/translations/roster_de.ts  every user-visible string of app/, ui/, models/, network/
#   resources/translations/roster_en.ts  only the strings with a count (%n), for English plurals
# New and changed strings arrive "unfinished"; translate them (Qt Linguist, or by hand in the
# .ts), then build: the .qm files are compiled into the program. tst_translationfiles fails
# until every string is translated.
#
#   scripts/update-translations.sh [LUPDATE [OUTPUT_DIR]]
#
# Also `cmake --build build --target update_translations`. OUTPUT_DIR (default: the committed
# files) is how the test runs it on copies. The command line's text (app/CommandLine.cpp) is
# English by design and the mock server (mockserver/) is a developer tool: neither is scanned.
# Line numbers are left out of the files (-locations none) so that editing code does not touch
# them and merges stay quiet. Exits non-zero when lupdate cannot place a string in a context:
# such a string would never be translated.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${1:-${LUPDATE:-/usr/lib/qt6/bin/lupdate}}"
out="${2:-$root/resources/translations}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cd "$root"
sources="app ui models network"
# lupdate 6.4 can loop forever on some constructs (a numerus argument such as
# count(A::B::C) inside translate()): a time limit turns that into an error.
timeout 600 "$lupdate" -no-obsolete -locations none -source-language en -target-language de \
    $sources -ts "$out/roster_de.ts" >"$log" 2>&1 || { cat "$log"; echo "lupdate failed (or hung)"; exit 1; }
timeout 600 "$lupdate" -no-obsolete -locations none -source-language en -target-language en -pluralonly \
    $sources -ts "$out/roster_en.ts" >>"$log" 2>&1 || { cat "$log"; echo "lupdate failed (or hung)"; exit 1; }
grep -v '^Scanning directory' "$log" || true
if grep -qE 'cannot be called without context|lacks Q_OBJECT macro|Discarding unconsumed' "$log"; then
    echo "update-translations: lupdate could not place the strings above; use tr() in a class with"
    echo "Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, or QCoreApplication::translate(\"Context\", \"...\")."
    exit 1
fi
