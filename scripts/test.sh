#!/usr/bin/env bash
# README command 2: install what is missing, check the formatting, build (warnings are errors), start a private
# PostgreSQL server on 127.0.0.1, run every test on SQLite and on PostgreSQL, build and check the Debian
# package, clean up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

"$root/scripts/deps.sh"
# The tree is clang-format clean; a change that is not fails here, before the long build.
"$root/scripts/format.sh" --check
BUILD_DIR=$build "$root/scripts/build.sh" -DCRM_WARNINGS_AS_ERRORS=ON -DCRM_BUILD_TESTS=ON

# --- a throw-away PostgreSQL server ---------------------------------------------------------
source "$root/scripts/private-pg.sh"
trap stop_private_pg EXIT
# fsync off: test data is thrown away, and it keeps the run short on shared machines.
start_private_pg fsync=off max_connections=200

export DEALERCRM_TEST_PG_URL=$PG_URL
export DEALERCRM_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" -j2 --output-on-failure --timeout 600

# The Debian package from the tree just tested: lintian, the desktop entry, AppStream, the unpacked
# programs' --version/--help, the manual pages (docs/packaging.md).
BUILD_DIR=$build "$root/scripts/package.sh" --check
