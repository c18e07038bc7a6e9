# A throw-away PostgreSQL for the master tests: Debian's server, a cluster in a temporary directory,
# listening on a free loopback port, stopped and deleted when the script exits.

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres_packages() {
  [ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing postgresql from Debian packages (for the master tests)"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >/dev/null \
      || die "apt-get install postgresql failed"
  else
    echo "hyperedge: the master tests need PostgreSQL's server. Run once:" >&2
    echo "  sudo apt-get install -y --no-install-recommends postgresql" >&2
    exit 1
  fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  die "no free loopback port for PostgreSQL between 55432 and 55532"
}

# Sets TEST_POSTGRES_URL; the server stops when the shell exits.
start_test_postgres() {
  ensure_postgres_packages
  local bin dir port as=()
  bin="$(postgres_bin)"
  dir="$(mktemp -d /tmp/hyperedge-pg.XXXXXX)"
  port="$(free_port)"
  if [ "$(id -u)" -eq 0 ]; then
    # the server refuses to run as root
    chown postgres "$dir"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U hyperedge -A trust -E UTF8 >"$dir/initdb.log" 2>&1 \
    || die "initdb failed: see $dir/initdb.log"
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
    || die "PostgreSQL did not start: see $dir/server.log"
  add_exit_hook "${as[*]} '$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1; rm -rf '$dir'"
  TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=hyperedge"
  say "PostgreSQL for the master tests on 127.0.0.1:$port"
}
