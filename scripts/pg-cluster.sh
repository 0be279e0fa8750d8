#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of tamkeen-hub: initdb in a
# temporary folder as an unprivileged user (the postgres system account when
# run as root, as CI is), listening on a Unix socket in that folder (trusted)
# and, with TLS and a password made for the run, on 127.0.0.1; stopped and
# removed by tamkeen_pg_stop. Sourced by scripts/test. Exports TAMKEEN_TEST_PG
# and TAMKEEN_TEST_PG_TCP, the libpq connection strings of its superuser.
# fsync is off (a test server) unless TAMKEEN_PG_FSYNC=on (benchmarks).

tamkeen_pg_dir=""
tamkeen_pg_bindir=""
tamkeen_pg_as=()

tamkeen_pg_start() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "Tamkeen: PostgreSQL's initdb was not found (package postgresql)." >&2
    return 1
  fi
  tamkeen_pg_bindir=$bindir
  tamkeen_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/tamkeen-pg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres account.
    chown postgres: "$tamkeen_pg_dir"
    tamkeen_pg_as=(runuser -u postgres --)
  fi
  # Trust on the private socket only; TCP (where TLS is tried) needs the
  # superuser's password, made for the run: any local user can reach 127.0.0.1.
  local password
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$tamkeen_pg_dir/pwfile"
  [ ${#tamkeen_pg_as[@]} -gt 0 ] && chown postgres: "$tamkeen_pg_dir/pwfile"
  # The databases' own collation is Arabic (ICU's ar-SA), as a ministry's
  # server's would be: text the hub must order as SQLite does (byte by byte)
  # then differs unless its SQL says COLLATE "C". Without ICU: C.UTF-8.
  local initdb=("${tamkeen_pg_as[@]}" "$bindir/initdb" -D "$tamkeen_pg_dir/data" -U tamkeen_test --auth-local=trust
    --auth-host=scram-sha-256 --pwfile="$tamkeen_pg_dir/pwfile" --encoding=UTF8 --locale=C.UTF-8)
  "${initdb[@]}" --locale-provider=icu --icu-locale=ar-SA >"$tamkeen_pg_dir/initdb.log" 2>&1 \
    || { rm -rf "$tamkeen_pg_dir/data"; "${initdb[@]}" >"$tamkeen_pg_dir/initdb.log" 2>&1; } \
    || { cat "$tamkeen_pg_dir/initdb.log" >&2; return 1; }
  # TLS on the loopback address too, with a certificate made for the run, so
  # the tests see a connection use TLS when the server offers it. The port
  # (the socket's name as well) is picked at random until one is free.
  local tls=()
  if command -v openssl >/dev/null 2>&1 \
    && openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout "$tamkeen_pg_dir/server.key" \
      -out "$tamkeen_pg_dir/server.crt" >/dev/null 2>&1; then
    chmod 600 "$tamkeen_pg_dir/server.key"
    [ ${#tamkeen_pg_as[@]} -gt 0 ] && chown postgres: "$tamkeen_pg_dir/server.key" "$tamkeen_pg_dir/server.crt"
    tls=(-c ssl=on -c "ssl_cert_file=$tamkeen_pg_dir/server.crt" -c "ssl_key_file=$tamkeen_pg_dir/server.key"
         -c listen_addresses=127.0.0.1)
  fi
  local port started=""
  for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 20000))
    if "${tamkeen_pg_as[@]}" "$bindir/pg_ctl" -D "$tamkeen_pg_dir/data" -l "$tamkeen_pg_dir/server.log" -w \
      -o "-p $port -c listen_addresses='' -c unix_socket_directories='$tamkeen_pg_dir' -c fsync=${TAMKEEN_PG_FSYNC:-off} -c max_connections=40 ${tls[*]}" \
      start >/dev/null 2>&1; then
      started=1
      break
    fi
  done
  [ -n "$started" ] || { cat "$tamkeen_pg_dir/server.log" >&2; return 1; }
  export TAMKEEN_TEST_PG="host=$tamkeen_pg_dir port=$port user=tamkeen_test dbname=postgres"
  # The same server over TCP, where it offers TLS (empty when openssl is missing).
  TAMKEEN_TEST_PG_TCP=""
  [ ${#tls[@]} -gt 0 ] && TAMKEEN_TEST_PG_TCP="host=127.0.0.1 port=$port user=tamkeen_test password=$password dbname=postgres"
  export TAMKEEN_TEST_PG_TCP
  echo "Tamkeen: a throwaway PostgreSQL ($("$bindir/postgres" --version)) listens in $tamkeen_pg_dir."
}

tamkeen_pg_stop() {
  [ -n "$tamkeen_pg_dir" ] || return 0
  if ! "${tamkeen_pg_as[@]}" "${tamkeen_pg_bindir:-/nonexistent}/pg_ctl" -D "$tamkeen_pg_dir/data" -m immediate stop \
    >/dev/null 2>&1 && [ -f "$tamkeen_pg_dir/data/postmaster.pid" ]; then
    # A server pg_ctl could not stop (a start that timed out): its process by its pid file.
    kill -9 "$(head -1 "$tamkeen_pg_dir/data/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$tamkeen_pg_dir"
  tamkeen_pg_dir=""
}
