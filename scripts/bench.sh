#!/usr/bin/env bash
# README command 3 (optional): install what is missing, build, and run the benchmarks — on a
# freshly seeded SQLite file (DEALERCRM_BENCH_CUSTOMERS, default 100000) or on the database
# named by DEALERCRM_BENCH_DB. Prints a table; asserts nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/deps.sh"
BUILD_DIR=$build "$root/scripts/build.sh" -DCRM_BUILD_TESTS=ON
cmake --build "$build" -j2 --target crm_dashboard_bench
"$build/tests/bench/crm_dashboard_bench" --benchmark_min_time=0.2 "$@"
