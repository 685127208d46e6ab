#!/usr/bin/env bash
# README: the benchmarks (issue 9). Installs what is missing, builds, seeds the scale data set
# (cached between runs), runs the benchmark programs on SQLite and on a private PostgreSQL
# server, prints their tables. Asserts nothing; docs/performance.md records the figures.
#   BENCH_CUSTOMERS     SQLite data set size (default 1000000; the seed takes ~30 min at 1M)
#   BENCH_PG_CUSTOMERS  PostgreSQL data set size (default 100000; 0 skips PostgreSQL)
#   BENCH_IMPORT_ROWS   rows of the generated GB18030 DMS export to import (default 1000000)
#   BENCH_COPY_ROWS     rows of the PostgreSQL COPY load (default 1000000)
#   BENCH_DIR           where the seeded files are kept (default ~/.cache/dealercrm-bench)
#   DEALERCRM_BENCH_DB  measure this database instead (SQLite file or postgresql:// URL)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
customers=${BENCH_CUSTOMERS:-1000000}
pg_customers=${BENCH_PG_CUSTOMERS:-100000}
export DEALERCRM_BENCH_IMPORT_ROWS=${BENCH_IMPORT_ROWS:-1000000}
export DEALERCRM_BENCH_COPY_ROWS=${BENCH_COPY_ROWS:-1000000}
cache=${BENCH_DIR:-$HOME/.cache/dealercrm-bench}

"$root/scripts/deps.sh"
BUILD_DIR=$build "$root/scripts/build.sh" -DCRM_BUILD_TESTS=ON
cmake --build "$build" -j2 --target crm_scale_bench crm_dashboard_bench dealercrm dealercrm-cli
cli=$build/src/cli/dealercrm-cli
mkdir -p "$cache"

run() {   # run DB: both benchmark programs against one database
  echo "== $1"
  DEALERCRM_BENCH_DB=$1 DEALERCRM_BENCH_GENERATE=1 "$build/tests/bench/crm_scale_bench"
  DEALERCRM_BENCH_DB=$1 "$build/tests/bench/crm_dashboard_bench" --benchmark_min_time=1
}

if [[ -n ${DEALERCRM_BENCH_DB:-} ]]; then
  run "$DEALERCRM_BENCH_DB"
  exit 0
fi

# --- SQLite: the scale data set, seeded once and copied so every run starts from the same file --
seeded=$cache/scale-$customers.sqlite
if [[ ! -f $seeded ]]; then
  echo "Seeding $customers customers into $seeded (once)…"
  /usr/bin/time -f "seed: %e s wall, %M KB peak" "$cli" -d "$seeded.tmp" seed --customers "$customers" --seed 7
  "$cli" -d "$seeded.tmp" check >/dev/null
  mv "$seeded.tmp" "$seeded"
fi
work=$(mktemp -d /tmp/dealercrm-bench.XXXXXX)
source "$root/scripts/private-pg.sh"
cleanup() {
  stop_private_pg
  rm -rf "$work"
}
trap cleanup EXIT
cp "$seeded" "$work/scale.sqlite"
run "$work/scale.sqlite"

# --- PostgreSQL: a private server, seeded through the program -----------------------------
[[ $pg_customers -gt 0 ]] || exit 0
start_private_pg shared_buffers=512MB max_wal_size=4GB
url=$PG_URL
echo "Seeding $pg_customers customers into PostgreSQL…"
/usr/bin/time -f "seed: %e s wall" "$cli" -d "$url" seed --customers "$pg_customers" --seed 7
DEALERCRM_BENCH_IMPORT_ROWS=0 run "$url"
