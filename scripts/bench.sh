#!/usr/bin/env bash
# README: the benchmarks (issue 9). Installs what is missing, builds, seeds the scale data set
# (cached between runs), runs the benchmark programs on SQLite and on a private PostgreSQL
# server, prints their tables. Asserts nothing; docs/performance.md records the figures.
#   BENCH_CUSTOMERS     SQLite data set size (default 1000000)
#   BENCH_PG_CUSTOMERS  PostgreSQL data set size (default 1000000; 0 skips PostgreSQL)
# Both data sets are seeded once and kept in BENCH_DIR (the SQLite file; the PostgreSQL server's
# data folder, stopped cleanly and vacuumed) so a run starts from a copy of the same data.
#   BENCH_IMPORT_ROWS   rows of the generated GB18030 DMS export to import (default 1000000)
#   BENCH_COPY_ROWS     rows of the PostgreSQL COPY load (default 1000000)
#   BENCH_AUDIT_ROWS    audit entries the sealing set-up is measured on (default 1000000)
#   BENCH_DIR           where the seeded files are kept (default ~/.cache/dealercrm-bench)
#   DEALERCRM_BENCH_DB  measure this database instead (SQLite file or postgresql:// URL)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
customers=${BENCH_CUSTOMERS:-1000000}
pg_customers=${BENCH_PG_CUSTOMERS:-1000000}
export DEALERCRM_BENCH_IMPORT_ROWS=${BENCH_IMPORT_ROWS:-1000000}
export DEALERCRM_BENCH_COPY_ROWS=${BENCH_COPY_ROWS:-1000000}
cache=${BENCH_DIR:-$HOME/.cache/dealercrm-bench}
audit_rows=${BENCH_AUDIT_ROWS:-1000000}
# The PostgreSQL data set's key file (the audit log's sealed values) goes with its data folder,
# whatever port the private server gets.
export DEALERCRM_KEY_FILE=$cache/pg-$pg_customers.key

"$root/scripts/deps.sh"
BUILD_DIR=$build "$root/scripts/build.sh" -DCRM_BUILD_TESTS=ON
cmake --build "$build" -j2 --target crm_scale_bench crm_dashboard_bench crm_audit_seal_bench dealercrm dealercrm-cli
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

source "$root/scripts/private-pg.sh"
work=$(mktemp -d /tmp/dealercrm-bench.XXXXXX)
cleanup() {
  stop_private_pg
  rm -rf "$work"
}
trap cleanup EXIT

# --- Seeding, once: both data sets side by side (one core each), kept in the cache ----------
seeded=$cache/scale-$customers.sqlite
pg_seeded=$cache/pg-$pg_customers
pg_options=(shared_buffers=512MB max_wal_size=4GB)
pg_seed=
if [[ $pg_customers -gt 0 && ! -d $pg_seeded ]]; then
  start_private_pg "${pg_options[@]}"
  echo "Seeding $pg_customers customers into PostgreSQL (once; log in $work/pg-seed.log)…"
  (
    /usr/bin/time -f "seed: %e s wall" "$cli" -d "$PG_URL" seed --customers "$pg_customers" --seed 7
    "$cli" -d "$PG_URL" check >/dev/null
    # As autovacuum leaves a base in use: visibility map set (index-only scans), statistics fresh.
    /usr/bin/time -f "vacuum: %e s wall" psql -q "$PG_URL" -c "VACUUM (ANALYZE)"
  ) >"$work/pg-seed.log" 2>&1 &
  pg_seed=$!
fi
if [[ ! -f $seeded ]]; then
  echo "Seeding $customers customers into $seeded (once)…"
  DEALERCRM_KEY_FILE= /usr/bin/time -f "seed: %e s wall, %M KB peak" "$cli" -d "$seeded.tmp" seed --customers "$customers" --seed 7
  DEALERCRM_KEY_FILE= "$cli" -d "$seeded.tmp" check >/dev/null
  mv "$seeded.tmp" "$seeded"
  [[ -f $seeded.tmp.key ]] && mv "$seeded.tmp.key" "$seeded.key"
fi
if [[ -n $pg_seed ]]; then
  wait "$pg_seed" || { tail -n 20 "$work/pg-seed.log" >&2; exit 1; }
  grep -E "^(seed|vacuum):" "$work/pg-seed.log" | sed 's/^/PostgreSQL /'
  rm -rf "$pg_seeded.tmp"
  keep_private_pg "$pg_seeded.tmp"
  mv "$pg_seeded.tmp" "$pg_seeded"
fi

# --- SQLite: a copy of the seeded file, so every run starts from the same data -------------
cp "$seeded" "$work/scale.sqlite"
[[ -f $seeded.key ]] && cp "$seeded.key" "$work/scale.sqlite.key"
DEALERCRM_KEY_FILE= run "$work/scale.sqlite"
rm -f "$work"/scale.sqlite*
echo "== sealing an audit log of $audit_rows entries (SQLite)"
DEALERCRM_KEY_FILE= "$build/tests/bench/crm_audit_seal_bench" "$work/seal.sqlite" "$audit_rows"
rm -f "$work"/seal.sqlite*

# --- PostgreSQL: a private server on a copy of the kept data folder -------------------------
[[ $pg_customers -gt 0 ]] || exit 0
PG_FROM=$pg_seeded start_private_pg "${pg_options[@]}"
DEALERCRM_BENCH_IMPORT_ROWS=0 run "$PG_URL"
echo "== sealing an audit log of $audit_rows entries (PostgreSQL)"
psql -q "$PG_URL" -c "CREATE DATABASE seal_bench"
DEALERCRM_KEY_FILE=$work/seal-pg.key "$build/tests/bench/crm_audit_seal_bench" "${PG_URL%/*}/seal_bench" "$audit_rows"
