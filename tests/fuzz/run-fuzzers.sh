#!/bin/sh
# Fuzzes every target of a ROSTER_FUZZ build for SECONDS each, one after the other.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [libFuzzer options...]
#
# Each target starts from its seeds (its corpus/<target>/ directory, and the fixtures its
# roster_add_fuzzer() line names) copied into a scratch directory, so the repository is never
# written to. Set ROSTER_FUZZ_CORPUS=DIR to keep the grown corpora in DIR/<target> across runs.
# Crash, leak, timeout and out-of-memory inputs are written to BUILD_DIR/fuzz-artifacts/<target>/.
# Prints one line per target; exits non-zero if any target crashed, leaked, timed out, ran out
# of memory or printed a sanitizer report. Needs no terminal and no display.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS [libFuzzer options...]" >&2
    exit 2
fi
build="$(cd "$1" && pwd)"
seconds="$2"
shift 2
case "$seconds" in
    '' | *[!0-9]*) echo "run-fuzzers: SECONDS must be a whole number, not \"$seconds\"" >&2; exit 2 ;;
esac
here="$(cd "$(dirname "$0")" && pwd)"
manifest="$build/tests/fuzz/fuzzers.txt"
if [ ! -s "$manifest" ]; then
    echo "run-fuzzers: no $manifest; configure with -DROSTER_FUZZ=ON and build first" >&2
    exit 2
fi

# No display, no terminal: Qt must not look for either, and nothing may wait for input.
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false'
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:report_error_type=1"
export LSAN_OPTIONS="print_suppressions=0:suppressions=$here/../sanitizers/lsan.supp"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/roster-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT INT TERM

# Writes one seed per parser for a response body: the dialect targets' 4-byte header (parser,
# HTTP status big-endian, no transport error; see DialectFuzzer.h) and then the body. A fixture
# named error-NNN.* is answered with status NNN, any other with 200.
octal() { printf '\\%03o' "$1"; }
response_seeds() { # response_seeds DIR INTO; POSIX sh has no locals, hence the rs_ names
    for rs_body in "$1"/*; do
        [ -f "$rs_body" ] || continue
        rs_seed="$2/$(basename "$1")-$(basename "$rs_body")"
        rs_status=200
        case "$(basename "$rs_body")" in
            error-[0-9][0-9][0-9].*) rs_status="$(basename "$rs_body" | cut -c7-9)" ;;
        esac
        rs_parser=0
        while [ "$rs_parser" -lt 11 ]; do
            # shellcheck disable=SC2059 # the format is built from octal escapes on purpose
            printf "$(octal "$rs_parser")$(octal $((rs_status / 256)))$(octal $((rs_status % 256)))\\000" \
                >"$rs_seed-$rs_parser"
            cat "$rs_body" >>"$rs_seed-$rs_parser"
            rs_parser=$((rs_parser + 1))
        done
    done
}

failed=0
count=0
tab="$(printf '\t')"
while IFS="$tab" read -r name exe dict seeds; do
    [ -n "$name" ] || continue
    count=$((count + 1))
    if [ ! -x "$exe" ]; then
        echo "$name: FAILED, not built ($exe)"
        failed=1
        continue
    fi
    if [ -n "${ROSTER_FUZZ_CORPUS:-}" ]; then
        corpus="$ROSTER_FUZZ_CORPUS/$name"
    else
        corpus="$scratch/$name/corpus"
    fi
    mkdir -p "$corpus" "$scratch/$name/seeds" "$build/fuzz-artifacts/$name"
    for seed in $seeds; do
        case "$seed" in
            response:*) response_seeds "${seed#response:}" "$scratch/$name/seeds" ;;
            *) [ ! -d "$seed" ] || cp -R "$seed"/. "$scratch/$name/seeds/" ;;
        esac
    done
    dict_option="-verbosity=1" # libFuzzer's default: a stand-in when there is no dictionary
    [ "$dict" = "-" ] || dict_option="-dict=$dict"
    log="$scratch/$name/log"
    status=0
    # The first directory receives the new inputs; the second only seeds.
    "$exe" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/fuzz-artifacts/$name/" "$dict_option" "$@" \
        "$corpus" "$scratch/$name/seeds" </dev/null >"$log" 2>&1 || status=$?

    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
    cov="$(grep -E '^#[0-9]+' "$log" | tail -n1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' || true)"
    if ! grep -q '^INFO: Seed: ' "$log"; then
        echo "$name: FAILED, not a libFuzzer binary (configure with -DROSTER_FUZZ=ON); its output:"
        sed 's/^/    /' "$log" | tail -n 20
        failed=1
    elif [ "$status" -ne 0 ] || grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error: |SUMMARY: UndefinedBehaviorSanitizer|ERROR: libFuzzer' "$log"; then
        artifact="$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n1)"
        echo "$name: FAILED (exit $status) after ${runs:-?} runs; input: ${artifact:-none written}; report:"
        grep -E -A40 'ERROR: |runtime error: |==[0-9]+== ' "$log" | head -n 60 | sed 's/^/    /'
        failed=1
    else
        echo "$name: ok, ${runs:-?} runs in ${seconds}s, ${cov:-no coverage line}"
    fi
done <"$manifest"

if [ "$count" -eq 0 ]; then
    echo "run-fuzzers: $manifest lists no targets" >&2
    exit 2
fi
exit "$failed"
