#!/bin/sh
# run-cli.sh EXPECTED_STATUS REGEX -- COMMAND [ARGS...]
#
# Runs COMMAND and passes only when it exits with EXPECTED_STATUS and its output (stdout and
# stderr together) matches the extended regular expression REGEX, which may span lines. CTest's
# PASS_REGULAR_EXPRESSION alone ignores the exit status, so a crash after the right message, or
# a refusal that exits 0, would pass.
set -u
[ $# -ge 4 ] && [ "$3" = "--" ] || { echo "usage: $0 EXPECTED_STATUS REGEX -- COMMAND [ARGS...]"; exit 64; }
expected="$1"
regex="$2"
shift 3
output="$("$@" 2>&1)"
status=$?
printf '%s\n' "$output"
if [ "$status" -ne "$expected" ]; then
    echo "run-cli: exit status $status, expected $expected"
    exit 1
fi
# -z reads the whole output as one record, so "." also matches a line break.
if ! printf '%s' "$output" | grep -Ezq -- "$regex"; then
    echo "run-cli: the output does not match: $regex"
    exit 1
fi
