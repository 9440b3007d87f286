#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL and Redis the tests use: loopback only, free ports, a temporary folder,
# no persistence. Nothing here touches a server the machine already runs.
#   eval "$(scripts/test-engines.sh start)"   # prints the export lines for BOARD_TEST_POSTGRES and BOARD_TEST_REDIS
#   scripts/test-engines.sh stop "$BOARD_TEST_ENGINES"
set -euo pipefail

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
bin_dir() { dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)"; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }

start() {
  local root pg_port redis_port bin
  root=$(mktemp -d /tmp/pb-engines.XXXXXX)
  chmod 755 "$root"
  mkdir -p "$root/pg" "$root/redis"
  [ "$(id -u)" = 0 ] && chown postgres "$root/pg"
  bin=$(bin_dir)
  pg_port=$(free_port)
  as_postgres "$bin/initdb -D $root/pg/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >$root/pg/initdb.log 2>&1"
  # fsync off: a test server's data is thrown away, so durability costs time and buys nothing here.
  as_postgres "$bin/pg_ctl -D $root/pg/data -w -l $root/pg/server.log -o '-p $pg_port -k $root/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300' start >/dev/null"
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$root/redis/redis.pid" --logfile "$root/redis/redis.log" --dir "$root/redis"
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export BOARD_TEST_ENGINES=$root"
  echo "export BOARD_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true'"
  echo "export BOARD_TEST_REDIS=127.0.0.1:$redis_port"
}

stop() {
  local root=${1:-}
  [ -n "$root" ] && [ -d "$root" ] || return 0
  if [ -f "$root/pg/data/postmaster.pid" ]; then
    as_postgres "$(bin_dir)/pg_ctl -D $root/pg/data -m immediate stop >/dev/null 2>&1" || true
  fi
  if [ -f "$root/redis/redis.pid" ]; then
    kill "$(cat "$root/redis/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "Use: $0 start | stop <folder>" >&2; exit 64 ;;
esac
