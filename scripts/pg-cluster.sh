#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of tamkeen-hub: initdb in a
# temporary folder as an unprivileged user (the postgres system account when
# run as root, as CI is), listening on a Unix socket in that folder only (no
# TCP), stopped and removed by tamkeen_pg_stop. Sourced by scripts/test.
# Exports TAMKEEN_TEST_PG, the libpq connection string of its superuser.

tamkeen_pg_dir=""
tamkeen_pg_as=()

tamkeen_pg_start() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "Tamkeen: PostgreSQL's initdb was not found (package postgresql)." >&2
    return 1
  fi
  tamkeen_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/tamkeen-pg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres account.
    chown postgres: "$tamkeen_pg_dir"
    tamkeen_pg_as=(runuser -u postgres --)
  fi
  "${tamkeen_pg_as[@]}" "$bindir/initdb" -D "$tamkeen_pg_dir/data" -U tamkeen_test --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$tamkeen_pg_dir/initdb.log" 2>&1 \
    || { cat "$tamkeen_pg_dir/initdb.log" >&2; return 1; }
  "${tamkeen_pg_as[@]}" "$bindir/pg_ctl" -D "$tamkeen_pg_dir/data" -l "$tamkeen_pg_dir/server.log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$tamkeen_pg_dir' -c fsync=off -c max_connections=40" \
    start >/dev/null || { cat "$tamkeen_pg_dir/server.log" >&2; return 1; }
  tamkeen_pg_bindir=$bindir
  export TAMKEEN_TEST_PG="host=$tamkeen_pg_dir port=5432 user=tamkeen_test dbname=postgres"
  echo "Tamkeen: a throwaway PostgreSQL ($("$bindir/postgres" --version)) listens in $tamkeen_pg_dir."
}

tamkeen_pg_stop() {
  [ -n "$tamkeen_pg_dir" ] || return 0
  "${tamkeen_pg_as[@]}" "$tamkeen_pg_bindir/pg_ctl" -D "$tamkeen_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tamkeen_pg_dir"
  tamkeen_pg_dir=""
}
