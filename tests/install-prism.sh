#!/bin/sh
# Installs Stoplight Prism (the contract tests' mock of the published OpenAPI specs) from npm
# into the build tree, once. No lockfile is written: the version is pinned exactly here.
set -eu
dir="$1"
version="5.14.2"
prism="$dir/node_modules/.bin/prism"
if [ -x "$prism" ] && [ "$("$prism" --version 2>/dev/null)" = "$version" ]; then
    echo "prism $version already installed in $dir"
    exit 0
fi
command -v npm >/dev/null || { echo "npm is missing: run scripts/install-deps.sh --test"; exit 1; }
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --no-package-lock --loglevel=error "@stoplight/prism-cli@$version"
"$prism" --version
