#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the test run (as root, via the postgres user) and
# prints the connection URL. Usage: eval "$(.ci/pg.sh start)"; … ; .ci/pg.sh stop "$MAMORI_PG_DIR"
set -euo pipefail
PORT="${MAMORI_PG_PORT:-54329}"
# Another server (a developer's, a previous run's) may hold the port: take the next free one.
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
case "${1:-}" in
  start)
    if ! command -v pg_config >/dev/null || [ ! -x "$(pg_config --bindir)/initdb" ]; then
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    PGBIN="$(pg_config --bindir)"
    DIR="$(mktemp -d /tmp/mamori-pg.XXXXXX)"
    chown postgres:postgres "$DIR"
    su postgres -c "$PGBIN/initdb -D $DIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
    su postgres -c "$PGBIN/pg_ctl -D $DIR/data -l $DIR/log -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off' -w start" >&2
    echo "export MAMORI_PG_DIR=$DIR"
    echo "export MAMORI_TEST_PG_URL=postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    DIR="${2:?data dir}"
    su postgres -c "$(pg_config --bindir)/pg_ctl -D $DIR/data -m fast -w stop" >&2 || true
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
