#!/bin/sh
# Installs Stoplight Prism (the contract tests' mock of the published OpenAPI specs) into the build
# tree with `npm ci`, from tests/prism/package-lock.json, which pins prism-cli and every package
# under it by version and integrity hash: a new release of a dependency cannot change what the
# contract tests run. The lockfile carries no "resolved" URLs, so npm fetches from whatever
# registry it is configured to use and still checks each tarball against the pinned hash.
#
# npm's defaults wait five minutes per stalled fetch and retry twice with back-off, which made a
# slow registry hang this step for a quarter of an hour; a stalled fetch is cut short here so the
# step fails well inside its CTest timeout instead.
set -eu
dir="$1"
here="$(cd "$(dirname "$0")" && pwd)"
lock="$here/prism/package-lock.json"
version="$(sed -n 's/.*"@stoplight\/prism-cli": "\([0-9.]*\)".*/\1/p' "$here/prism/package.json")"
prism="$dir/node_modules/.bin/prism"
# Installed from this very lockfile already: nothing to do.
if [ -x "$prism" ] && cmp -s "$lock" "$dir/package-lock.json" \
    && [ "$("$prism" --version 2>/dev/null)" = "$version" ]; then
    echo "prism $version already installed in $dir"
    exit 0
fi
command -v npm >/dev/null || { echo "npm is missing: run scripts/install-deps.sh --test"; exit 1; }
mkdir -p "$dir"
cp "$here/prism/package.json" "$lock" "$dir/"
cd "$dir"
# No package needs an install script; none is run.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error \
    --fetch-timeout=60000 --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=10000
installed="$("$prism" --version)"
echo "prism $installed"
[ "$installed" = "$version" ] || { echo "expected prism $version"; exit 1; }
