#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server's tests (a ctest fixture):
#   pgcluster.sh start STATE   initdb + pg_ctl on 127.0.0.1 and a free port; writes STATE/address
#                              (HOST:PORT) and the roles valor_owner (CREATEDB), valor_app
#                              (plain), and, for the server's refusals, valor_super (SUPERUSER),
#                              valor_bypass (BYPASSRLS, with valor_app's grants) and
#                              valor_member (a member of valor_owner); passwords are NAME-pw
#   pgcluster.sh stop STATE    stops it and removes its files
# PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user.
set -euo pipefail
command=${1:?start or stop}
state=${2:?state directory}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "pgcluster: the PostgreSQL server is not installed (scripts/install-deps --test installs it)" >&2
  exit 1
fi
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [[ -f "$state/base" ]] || return 0
  local base
  base=$(cat "$state/base")
  as_postgres "$bin/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$base" "$state"
}

case "$command" in
  start)
    stop
    # Outside the build tree: its parents may be closed to the postgres user.
    base=$(mktemp -d /tmp/valor-pg.XXXXXX)
    chmod 0755 "$base"
    mkdir -m 0700 "$base/data" "$base/sock"
    touch "$base/pg.log"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$base/data" "$base/sock" "$base/pg.log"
    mkdir -p "$state"
    echo "$base" >"$state/base"
    as_postgres "$bin/initdb" -D "$base/data" -U postgres --auth-local=trust \
      --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    for attempt in 1 2 3 4 5 6 7 8; do
      port=$((20000 + RANDOM % 30000))
      if as_postgres "$bin/pg_ctl" -D "$base/data" -l "$base/pg.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$base/sock \
         -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null; then
        break
      fi
      [[ $attempt -eq 8 ]] && { cat "$base/pg.log" >&2; exit 1; }
    done
    as_postgres "$bin/psql" -h "$base/sock" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -q <<'SQL'
CREATE ROLE valor_owner LOGIN CREATEDB PASSWORD 'valor_owner-pw';
CREATE ROLE valor_app LOGIN PASSWORD 'valor_app-pw';
CREATE ROLE valor_super LOGIN SUPERUSER PASSWORD 'valor_super-pw';
CREATE ROLE valor_bypass LOGIN BYPASSRLS PASSWORD 'valor_bypass-pw' IN ROLE valor_app;
CREATE ROLE valor_member LOGIN PASSWORD 'valor_member-pw' IN ROLE valor_owner;
SQL
    echo "127.0.0.1:$port" >"$state/address"
    echo "pgcluster: PostgreSQL on 127.0.0.1:$port ($base)"
    ;;
  stop)
    stop
    ;;
  *)
    echo "pgcluster: start or stop" >&2
    exit 2
    ;;
esac
