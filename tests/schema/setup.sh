#!/bin/sh
# Install the schema validator's node dependencies (idempotent).
# Runs `npm ci` only when node_modules is missing or was installed from a
# different package-lock.json. Safe to call from every test run.
set -eu
cd "$(dirname "$0")"

command -v node >/dev/null 2>&1 || { echo "tests/schema/setup.sh: node is not installed" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "tests/schema/setup.sh: npm is not installed" >&2; exit 1; }

stamp=node_modules/.kpc-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)

up_to_date() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
    [ -f node_modules/@kubernetes/client-node/package.json ] &&
    [ -f node_modules/ajv/package.json ] && [ -f node_modules/yaml/package.json ]
}

up_to_date && exit 0

install() {
  up_to_date && return 0 # another process installed while we waited
  echo "tests/schema/setup.sh: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > "$stamp"
}

if command -v flock >/dev/null 2>&1; then
  lock="${TMPDIR:-/tmp}/kpc-schema-setup.$(id -u).lock"
  (
    flock 9
    install
  ) 9>"$lock"
else
  install
fi
