#!/bin/bash
# Builds Roster and runs everything CI runs, in this order, stopping at the first failure:
#   1. the whole suite (build/), several tests at a time, then the .deb from that build: built,
#      checked by lintian, unpacked into a scratch root and its programs run;
#   2. the suite again under LANG=C and under de_DE.UTF-8 (numbers, dates, translations);
#   3. the whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/):
#      any sanitizer report fails its test;
#   4. every libFuzzer target for a short fixed time (build-fuzz/, clang), with the sanitizers;
#   5. the benchmark's smoke run is part of the suite (bench_smoke), not a timed run.
# Run scripts/install-deps.sh --test first (the README's test command does).
#   ROSTER_FUZZ_SECONDS   seconds per fuzz target (default 20)
#   ROSTER_TEST_QUICK=1   only step 1, for a quick look while developing
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
fuzz_seconds="${ROSTER_FUZZ_SECONDS:-20}"
# Tests set their own platform, proxy and keychain; nothing of the caller's may leak in.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
say() { printf '\n==== %s\n' "$*"; }

say "build"
cmake -S . -B build -G Ninja
cmake --build build
say "the whole suite"
ctest --test-dir build --output-on-failure -j "$jobs"
[ "${ROSTER_TEST_QUICK:-}" = 1 ] && exit 0

say "the package: cpack, lintian, installed into a scratch root"
packaging/check-package.sh build

# The long suites whose results do not depend on the locale run once, above.
locale_free="contract|faultmatrix|bench_smoke"
say "the suite under LANG=C"
LANG=C LC_ALL=C LANGUAGE= ctest --test-dir build --output-on-failure -j "$jobs" -E "$locale_free"
say "the suite under de_DE.UTF-8"
LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de ctest --test-dir build --output-on-failure -j "$jobs" -E "$locale_free"

say "sanitizers: build"
cmake -S . -B build-asan -G Ninja -DROSTER_SANITIZE=ON
cmake --build build-asan
say "sanitizers: the whole suite"
ctest --test-dir build-asan --output-on-failure -j "$jobs"

say "fuzzers: build (clang)"
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DROSTER_FUZZ=ON -DROSTER_BUILD_TESTS=OFF
cmake --build build-fuzz
say "fuzzers: ${fuzz_seconds} s each"
tests/fuzz/run-fuzzers.sh build-fuzz "$fuzz_seconds"
say "all passed"
