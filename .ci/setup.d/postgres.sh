# postgres.sh (sourced by .ci/run): a throwaway PostgreSQL cluster on loopback
# for the tests of internal/store/postgres. It installs Debian's postgresql
# when no server binaries are present, creates a cluster in a temporary
# directory (trust auth, fsync off: the data is thrown away), starts it on
# 127.0.0.1 (port 55432, or the next free one), exports SITREP_TEST_POSTGRES
# and pushes the stop onto cleanups.

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ]; then
    echo "$d"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  fi
}

if [ -z "$(pg_bindir)" ]; then
  apt_install postgresql
fi
pg_bin=$(pg_bindir)

# The server refuses to run as root: run it as the postgres user when root,
# from / (the postgres user may not reach the working directory, and the
# cleanup must work even if that directory is gone).
pg_as() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && su postgres -s /bin/sh -c "$*")
  else
    (cd / && sh -c "$*")
  fi
}

# A port nobody listens on, from 55432 up, so a developer's cluster on the
# usual port does not break the run.
pg_port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do
  pg_port=$((pg_port + 1))
done

pg_dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
chmod 755 "$pg_dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pg_dir"
fi
pg_as "'$pg_bin/initdb' -D '$pg_dir/data' -U sitrep --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync" >"$pg_dir/initdb.log" 2>&1 ||
  { cat "$pg_dir/initdb.log"; false; }
pg_as "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -t 60 start \
  -o \"-k '$pg_dir' -h 127.0.0.1 -p $pg_port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\"" >/dev/null ||
  { cat "$pg_dir/server.log"; false; }
cleanups+=("pg_as \"'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast -w stop\" >/dev/null; rm -rf '$pg_dir'")
pg_as "'$pg_bin/createdb' -h 127.0.0.1 -p $pg_port -U sitrep sitrep"
export SITREP_TEST_POSTGRES="postgres://sitrep@127.0.0.1:$pg_port/sitrep?sslmode=disable"
echo "postgres: $SITREP_TEST_POSTGRES"
