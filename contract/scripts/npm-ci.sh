#!/bin/sh
# Installs exactly what package-lock.json says (npm ci), unless node_modules already holds that
# lock's install: npm ci deletes node_modules first and costs a minute on every build for nothing.
set -eu
cd "$(dirname "$0")/.."
stamp=node_modules/.installed-lock.sha256
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "contract: node_modules matches package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
echo "$wanted" > "$stamp"
