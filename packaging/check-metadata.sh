#!/bin/bash
# Checks the package's metadata in the source tree, in a second or two (CTest: packaging_metadata;
# packaging/check-package.sh runs it too):
#   - the .desktop file passes desktop-file-validate (hints allowed, warnings and errors not);
#   - the AppStream metainfo passes appstreamcli validate --strict (pedantic hints allowed); with
#     --no-net, as this machine cannot fetch the screenshot and homepage URLs: it checks their
#     form, and the screenshots are checked below against docs/screenshots/ instead;
#   - packaging/changelog parses (dpkg-parsechangelog), and its newest entry has the project's
#     version and the same date as the metainfo's newest <release>;
#   - the metainfo's homepage is the project's HOMEPAGE_URL (the .deb's Homepage field);
#   - every screenshot the metainfo names is in docs/screenshots/, once the screenshot script's
#     names (<view>-<theme>-<lang>.png) are there (before, a note says which are still missing).
# Usage: packaging/check-metadata.sh [VERSION [HOMEPAGE]]  (default: read from CMakeLists.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

failures=0
fail() {
    printf 'check-metadata: FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}
note() { printf 'check-metadata: %s\n' "$*"; }

for tool in desktop-file-validate appstreamcli dpkg-parsechangelog; do
    command -v "$tool" >/dev/null || { fail "$tool is missing (scripts/install-deps.sh --test)"; exit 1; }
done

desktop=packaging/io.github.roster.Roster.desktop
metainfo=packaging/io.github.roster.Roster.metainfo.xml
changelog=packaging/changelog

project_line="$(sed -n '/^project(Roster/,/)/p' CMakeLists.txt | tr '\n' ' ')"
version="${1:-$(sed -n 's/.* VERSION \([0-9.]*\) .*/\1/p' <<<"$project_line")}"
homepage="${2:-$(sed -n 's/.*HOMEPAGE_URL "\([^"]*\)".*/\1/p' <<<"$project_line")}"
[ -n "$version" ] || fail "no project version found in CMakeLists.txt"

# desktop-file-validate exits 0 on warnings; only its hints are acceptable.
if ! out="$(desktop-file-validate "$desktop" 2>&1)"; then
    fail "desktop-file-validate: $out"
elif grep -E ': (error|warning): ' <<<"$out"; then
    fail "desktop-file-validate reports the warnings above"
else
    note "desktop-file-validate: ok${out:+ (hints: $out)}"
fi

if out="$(appstreamcli validate --no-net --strict "$metainfo" 2>&1)"; then
    note "appstreamcli validate --no-net --strict: ok"
else
    printf '%s\n' "$out" >&2
    fail "appstreamcli validate --no-net --strict"
fi

if ! changelog_version="$(dpkg-parsechangelog -l "$changelog" -S Version 2>&1)"; then
    fail "dpkg-parsechangelog: $changelog_version"
else
    [ "$changelog_version" = "$version" ] ||
        fail "packaging/changelog's newest entry is $changelog_version, the project is $version"
    changelog_date="$(date -u -d "@$(dpkg-parsechangelog -l "$changelog" -S Timestamp)" +%Y-%m-%d)"
    # The first <release> is the newest (AppStream lists them newest first).
    release="$(grep -m1 -o '<release [^>]*>' "$metainfo" || true)"
    release_version="$(sed -n 's/.*version="\([^"]*\)".*/\1/p' <<<"$release")"
    release_date="$(sed -n 's/.*date="\([^"]*\)".*/\1/p' <<<"$release")"
    [ "$release_version" = "$version" ] ||
        fail "the metainfo's newest release is '$release_version', the project is $version"
    [ "$release_date" = "$changelog_date" ] ||
        fail "the metainfo's release date '$release_date' is not the changelog's $changelog_date"
    notes="$(sed -n "/<release version=\"$version\"[^/]*>/,/<\/release>/p" "$metainfo")"
    grep -q '<description>' <<<"$notes" ||
        fail "the metainfo's release $version has no release notes (<description>)"
fi

metainfo_homepage="$(sed -n 's|.*<url type="homepage">\([^<]*\)</url>.*|\1|p' "$metainfo")"
[ "$metainfo_homepage" = "$homepage" ] ||
    fail "the metainfo's homepage '$metainfo_homepage' is not the project's HOMEPAGE_URL '$homepage'"

# Screenshots: the raw file URLs under the homepage's repository, on its main branch.
mapfile -t shots < <(sed -n 's|.*<image[^>]*>\([^<]*\)</image>.*|\1|p' "$metainfo")
[ "${#shots[@]}" -gt 0 ] || fail "the metainfo has no screenshots"
missing=()
for url in "${shots[@]}"; do
    case "$url" in
    https://raw.githubusercontent.com/*/main/docs/screenshots/*.png) ;;
    *) fail "screenshot URL not a raw file of docs/screenshots/ on main: $url" ;;
    esac
    [ -f "docs/screenshots/${url##*/}" ] || missing+=("${url##*/}")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if compgen -G 'docs/screenshots/*-light-en.png' >/dev/null; then
        fail "screenshots named in the metainfo but not in docs/screenshots/: ${missing[*]}"
    else
        note "not yet in docs/screenshots/ (the screenshot script writes them): ${missing[*]}"
    fi
fi

if [ "$failures" -gt 0 ]; then
    printf 'check-metadata: %d failure(s)\n' "$failures" >&2
    exit 1
fi
note "all passed"
