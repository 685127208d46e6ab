#!/usr/bin/env bash
# README command 1: install what is missing, build, create the demo database (once) and open
# DealerCRM on it. Sign in as admin / demo-admin (other roles: see the README).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
db=${DEALERCRM_DEMO_DB:-$build/demo.sqlite}

"$root/scripts/deps.sh"
BUILD_DIR=$build "$root/scripts/build.sh"
if [[ ! -f $db ]]; then
  "$build/src/cli/dealercrm-cli" --database "$db" seed --demo
fi
exec "$build/src/app/dealercrm" --database "$db" "$@"
