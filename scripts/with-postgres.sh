#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (Debian's postgresql package), then removes it:
#   scripts/with-postgres.sh npm run test:api
# DATABASE_URL is set for the command. Needs root (it runs the server as the postgres user).
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi
PORT=${PGPORT_TEST:-54329}
DIR=$(mktemp -d /tmp/grassroots-pg.XXXXXX)
chown postgres:postgres "$DIR"
stop() {
  su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DIR/data -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
su postgres -s /bin/sh -c "$BIN/initdb -D $DIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -s /bin/sh -c "$BIN/pg_ctl -D $DIR/data -o '-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off' -l $DIR/server.log -w start" >/dev/null
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
"$@"
