#!/usr/bin/env bash
# README: the long soak (issue 10). Two and then four desks (processes) register complaints,
# redeem and earn points and log calls on one SQLite file and on a private PostgreSQL server
# for SOAK_SECONDS each (default 60), then every count is checked (tests/data/ConcurrencyTest.cpp;
# the test suite runs the same for 8 seconds).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

"$root/scripts/deps.sh"
BUILD_DIR=$build "$root/scripts/build.sh" -DCRM_BUILD_TESTS=ON
source "$root/scripts/private-pg.sh"
trap stop_private_pg EXIT
start_private_pg max_connections=200
DEALERCRM_TEST_PG_URL=$PG_URL DEALERCRM_REQUIRE_PG=1 QT_QPA_PLATFORM=offscreen DEALERCRM_SOAK_SECONDS=${SOAK_SECONDS:-60} \
  "$build/tests/crm_data_tests" --gtest_filter='*SoakTest*'
