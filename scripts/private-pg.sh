# Sourced by the scripts that need PostgreSQL: a throw-away server on 127.0.0.1 in a temporary
# folder, as the postgres user when run as root (initdb refuses root).
#   start_private_pg [postgres -c options…]   sets PG_URL (an admin URL) and PG_DIR
#   stop_private_pg                           stops it and removes the folder (safe to call twice)
#   keep_private_pg DIR                       stops it cleanly and keeps a copy of its data in DIR
# PG_FROM=DIR start_private_pg …  starts on a copy of a kept data folder instead of an empty one.
start_private_pg() {
  local pgbin port opts=""
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $pgbin/initdb ]] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  PG_BIN=$pgbin
  PG_DIR=$(mktemp -d /tmp/dealercrm-pg.XXXXXX)
  PG_AS=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
         || echo $((20000 + RANDOM % 20000)))
  for o in "$@"; do opts+=" -c $o"; done
  if [[ -n ${PG_FROM:-} ]]; then
    cp -a "$PG_FROM" "$PG_DIR/data" && chmod 700 "$PG_DIR/data" || return 1
    [[ $(id -u) -eq 0 ]] && chown -R postgres "$PG_DIR/data"
  else
    "${PG_AS[@]}" "$pgbin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
      || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  fi
  "${PG_AS[@]}" "$pgbin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1$opts" start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
}

stop_private_pg() {
  [[ -n ${PG_DIR:-} ]] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}

keep_private_pg() {
  [[ -n ${PG_DIR:-} ]] || return 1
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || return 1
  rm -f "$PG_DIR/data/postmaster.pid"
  cp -a "$PG_DIR/data" "$1"
  rm -rf "$PG_DIR"
  PG_DIR=
}
