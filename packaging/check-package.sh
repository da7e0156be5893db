#!/bin/bash
# Builds the .deb in BUILD_DIR (cpack -G DEB) and checks it as Debian and a user would meet it:
#   1. the metadata in the source tree (packaging/check-metadata.sh: desktop-file-validate,
#      appstreamcli validate, changelog and release notes in step with the version);
#   2. lintian: no error, and no warning unless packaging/lintian-allowed-warnings keeps it with
#      its reason (info and pedantic tags are shown, not failed on);
#   3. the contents (dpkg -c): only usr/bin and usr/share, root-owned, 0755 directories and
#      programs, 0644 files; no test, benchmark or fuzz binary, no library or header; the man
#      pages, changelog.gz and copyright present; the programs stripped; a roster-dbgsym .ddeb,
#      when there is one, holding the debug information of exactly these programs;
#   4. every package named in Depends, Recommends and Suggests exists in Debian;
#   5. the package unpacked into a scratch root (dpkg -x): the installed roster --version and
#      roster-mockserver --help run with no display and answer as they should, the installed
#      .desktop file and metainfo validate, and man -l renders both man pages without a warning,
#      each showing every option its program's --help lists.
# Runs without a terminal (CI=true is fine) and exits non-zero on any failure.
# Usage: packaging/check-package.sh BUILD_DIR
#   A configured BUILD_DIR is used as it is (e.g. build/ after the test suite: stripped programs,
#   no debug package). A BUILD_DIR not configured yet is configured as a release build first:
#   RelWithDebInfo, no tests, Debian's hardening flags (dpkg-buildflags, hardening=+all), so the
#   programs are optimised and hardened and their debug information goes into roster-dbgsym.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$1/CMakeCache.txt" ]; then
    printf '\n==== check-package: configuring %s as a release build\n' "$1"
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
        LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" \
        cmake -S "$source_dir" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROSTER_BUILD_TESTS=OFF
fi
[ -f "$1/CPackConfig.cmake" ] || { echo "check-package: $1 has no CPackConfig.cmake" >&2; exit 2; }
build_dir="$(cd "$1" && pwd)"
allowed_file="$source_dir/packaging/lintian-allowed-warnings"

failures=0
fail() {
    printf 'check-package: FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}
say() { printf '\n==== check-package: %s\n' "$*"; }

for tool in cpack lintian dpkg-deb desktop-file-validate appstreamcli man readelf apt-cache; do
    command -v "$tool" >/dev/null || { echo "check-package: $tool is missing (scripts/install-deps.sh --test)" >&2; exit 1; }
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/roster-package.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

say "metadata"
"$source_dir/packaging/check-metadata.sh" || fail "packaging/check-metadata.sh"

say "cmake --build $build_dir, then cpack -G DEB there"
# Built first: cpack reads CPackConfig.cmake before it builds, so a stale one would be used.
if ! cmake --build "$build_dir" >"$scratch/build.log" 2>&1; then
    cat "$scratch/build.log" >&2
    echo "check-package: cmake --build $build_dir failed" >&2
    exit 1
fi
rm -f "$build_dir"/roster_*.deb "$build_dir"/roster-dbgsym_*.ddeb
if ! (cd "$build_dir" && cpack -G DEB) >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    echo "check-package: cpack -G DEB failed" >&2
    exit 1
fi
tail -n 3 "$scratch/cpack.log"
shopt -s nullglob
debs=("$build_dir"/roster_*.deb)
ddebs=("$build_dir"/roster-dbgsym_*.ddeb)
shopt -u nullglob
if [ "${#debs[@]}" -ne 1 ]; then
    echo "check-package: expected one roster_*.deb in $build_dir, found ${#debs[@]}" >&2
    exit 1
fi
deb="${debs[0]}"
version="$(dpkg-deb -f "$deb" Version)"
echo "package: ${deb##*/}${ddebs:+ and ${ddebs[0]##*/}}"

say "lintian"
# The allowlist: one tag per line, its reason in a comment on the line above or after it.
allowed="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$allowed_file" | grep -v '^$' || true)"
# A .ddeb is a .deb by another name; lintian judges it by its contents.
lintian_inputs=("$deb")
if [ "${#ddebs[@]}" -gt 0 ]; then
    cp "${ddebs[0]}" "$scratch/roster-dbgsym.deb"
    lintian_inputs+=("$scratch/roster-dbgsym.deb")
fi
# -I --pedantic: show info and pedantic tags too (never failed on); no overrides are shipped.
lintian --color never --tag-display-limit 0 -I --pedantic "${lintian_inputs[@]}" \
    >"$scratch/lintian.txt" 2>"$scratch/lintian.err" || true
grep -v 'running with root privileges is not recommended' "$scratch/lintian.err" >&2 || true
cat "$scratch/lintian.txt"
[ -s "$scratch/lintian.txt" ] || echo "(lintian: no tags at all)"
# A lintian that could not run at all says so on stderr and prints no tags: that is a failure.
if grep -qiE '^(error|internal error)|died|cannot|failed' "$scratch/lintian.err"; then
    fail "lintian did not run cleanly (see above)"
fi
# "E: roster: tag [context]" and "W: roster-dbgsym: tag ...".
while IFS='|' read -r level package tag; do
    case "$level" in
    E) fail "lintian error: ${package}: ${tag}" ;;
    W) grep -qxF "$tag" <<<"$allowed" || fail "lintian warning not in packaging/lintian-allowed-warnings: ${package}: ${tag}" ;;
    esac
done < <(sed -En 's/^([EW]): ([^:]+): ([^ ]+).*/\1|\2|\3/p' "$scratch/lintian.txt")

say "contents (dpkg -c)"
dpkg-deb -c "$deb" | tee "$scratch/contents.txt"
while read -r mode owner _size _date _time path _; do
    path="${path#./}"
    [ "$owner" = root/root ] || fail "$path is owned by $owner, not root/root"
    case "$path" in
    usr/ | usr/bin/ | usr/share/ | usr/share/*) ;;
    usr/bin/roster | usr/bin/roster-mockserver) ;;
    *) fail "$path: the package installs only usr/bin/roster, usr/bin/roster-mockserver and usr/share" ;;
    esac
    case "$path" in
    */) [ "$mode" = drwxr-xr-x ] || fail "$path: directory mode $mode, not drwxr-xr-x" ;;
    usr/bin/*) [ "$mode" = -rwxr-xr-x ] || fail "$path: program mode $mode, not -rwxr-xr-x" ;;
    *) [ "$mode" = -rw-r--r-- ] || fail "$path: file mode $mode, not -rw-r--r--" ;;
    esac
    case "${path##*/}" in
    tst_* | bench* | *bench | fuzz_* | *.a | *.so | *.so.* | *.h | *.o | *.cmake)
        fail "$path: a test, benchmark, fuzz target, library, header or build file is installed" ;;
    esac
done <"$scratch/contents.txt"
for path in usr/bin/roster usr/bin/roster-mockserver usr/share/man/man1/roster.1.gz \
    usr/share/man/man1/roster-mockserver.1.gz usr/share/doc/roster/changelog.gz \
    usr/share/doc/roster/copyright usr/share/applications/io.github.roster.Roster.desktop \
    usr/share/metainfo/io.github.roster.Roster.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.roster.Roster.svg; do
    grep -q " \./$path\$" "$scratch/contents.txt" || fail "$path is missing from the package"
done

say "fields"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Suggests Homepage
# A keychain for the credentials, and Qt's own German for its standard buttons.
[ "$(dpkg-deb -f "$deb" Recommends)" = "gnome-keyring | kwalletmanager, qt6-translations-l10n" ] ||
    fail "Recommends is not 'gnome-keyring | kwalletmanager, qt6-translations-l10n'"
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libqt6svg6 qt6-qpa-plugins libqt6widgets6 libqt6keychain1; do
    grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done
# Every package named must exist in Debian (a typo in a hand-written field would not show else).
for name in $(dpkg-deb -f "$deb" Depends Recommends Suggests | sed -e 's/^[A-Za-z-]*://' -e 's/([^)]*)//g' -e 's/[,|]/\n/g'); do
    dpkg-query -W "$name" >/dev/null 2>&1 || [ -n "$(apt-cache show --no-all-versions "$name" 2>/dev/null)" ] ||
        fail "Depends/Recommends/Suggests name '$name', which is neither installed nor known to apt"
done

say "installed into a scratch root (dpkg -x)"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for program in roster roster-mockserver; do
    if readelf -S "$root/usr/bin/$program" | grep -qE ' \.(symtab|debug_info) '; then
        fail "usr/bin/$program is not stripped"
    fi
done
if [ "${#ddebs[@]}" -gt 0 ]; then
    dpkg-deb -x "${ddebs[0]}" "$scratch/dbgsym"
    for program in roster roster-mockserver; do
        id="$(readelf -n "$root/usr/bin/$program" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')"
        debug="$scratch/dbgsym/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
        if [ -z "$id" ] || [ ! -f "$debug" ]; then
            fail "the dbgsym package has no debug file for usr/bin/$program (build id '${id}')"
        elif ! readelf -S "$debug" 2>/dev/null | grep -q ' \.debug_info '; then
            fail "${debug#"$scratch"/dbgsym} has no .debug_info: build with -g (RelWithDebInfo)"
        fi
    done
fi

# No display of any kind, as over SSH or in a packaging script; the system's Qt.
run_headless() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANGUAGE= "$@"; }
if out="$(run_headless "$root/usr/bin/roster" --version 2>&1)"; then
    printf 'roster --version: %s\n' "$out"
    [ "$out" = "Roster $version" ] || fail "installed roster --version says '$out', the package is $version"
else
    fail "installed roster --version exited $?: $out"
fi
if run_headless "$root/usr/bin/roster" --help >"$scratch/roster.help" 2>&1; then
    grep -q -- '--demo' "$scratch/roster.help" || fail "installed roster --help does not list --demo"
else
    fail "installed roster --help exited non-zero: $(cat "$scratch/roster.help")"
fi
if run_headless "$root/usr/bin/roster-mockserver" --help >"$scratch/roster-mockserver.help" 2>&1; then
    printf 'roster-mockserver --help: %s\n' "$(head -n 1 "$scratch/roster-mockserver.help")"
    grep -q -- '--service' "$scratch/roster-mockserver.help" ||
        fail "installed roster-mockserver --help does not list --service"
else
    fail "installed roster-mockserver --help exited non-zero: $(cat "$scratch/roster-mockserver.help")"
fi

desktop-file-validate "$root/usr/share/applications/io.github.roster.Roster.desktop" ||
    fail "desktop-file-validate on the installed .desktop file"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/io.github.roster.Roster.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate --no-net --strict on the installed metainfo"

for program in roster roster-mockserver; do
    page="$root/usr/share/man/man1/$program.1.gz"
    [ -f "$page" ] || continue
    if ! MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$page" >"$scratch/$program.man" 2>"$scratch/$program.man.err"; then
        fail "man -l $program.1.gz failed: $(cat "$scratch/$program.man.err")"
    elif [ -s "$scratch/$program.man.err" ]; then
        fail "man -l $program.1.gz warns: $(cat "$scratch/$program.man.err")"
    else
        echo "man -l $program.1.gz: $(wc -l <"$scratch/$program.man") lines, no warnings"
    fi
    # The page is the --help text: every long option --help lists is in it.
    for option in $(grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' "$scratch/$program.help" | grep -oE -- '--[a-z-]+'); do
        grep -q -- "$option" "$scratch/$program.man" || fail "$program(1) lacks $option, which $program --help lists"
    done
done

if [ "$failures" -gt 0 ]; then
    printf '\ncheck-package: %d failure(s)\n' "$failures" >&2
    exit 1
fi
printf '\ncheck-package: all passed (%s)\n' "${deb##*/}"
