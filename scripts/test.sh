#!/usr/bin/env bash
# README command 2: install what is missing, build (warnings are errors), start a private
# PostgreSQL server on 127.0.0.1, run every test on SQLite and on PostgreSQL, clean up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

"$root/scripts/deps.sh"
BUILD_DIR=$build "$root/scripts/build.sh" -DCRM_WARNINGS_AS_ERRORS=ON -DCRM_BUILD_TESTS=ON

# --- a throw-away PostgreSQL server ---------------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $pgbin/initdb ]] || { echo "test.sh: PostgreSQL server binaries not found" >&2; exit 1; }
pgdir=$(mktemp -d /tmp/dealercrm-pg.XXXXXX)
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb refuses to run as root; the postgresql package created the postgres user.
  chown postgres "$pgdir"
  as_pg=(runuser -u postgres --)
fi
stop_pg() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
       || echo $((20000 + RANDOM % 20000)))
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log" >&2; exit 1; }
# fsync off: test data is thrown away, and it keeps the run short on shared machines.
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$pgdir/server.log" >&2; exit 1; }

export DEALERCRM_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export DEALERCRM_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" -j2 --output-on-failure --timeout 600
