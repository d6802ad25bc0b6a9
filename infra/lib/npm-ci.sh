#!/bin/sh
# npm-ci.sh DIR: installs exactly what DIR/package-lock.json says (npm ci), unless DIR/node_modules
# already holds that lock's install: npm ci deletes node_modules first, which would pull it from
# under a running dev server or test, and costs a minute on every build for nothing.
# Used by the Maven builds of console/ and contract/, with the machine's npm.
set -eu
cd "$1"
stamp=node_modules/.installed-lock.sha256
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "$(basename "$(pwd)"): node_modules matches package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
echo "$wanted" > "$stamp"
