#!/usr/bin/env bash
# Starts a PostgreSQL server for Atelier's tests and prints the URL to use on stdout (logs go to
# stderr), so callers can write: ATELIER_TEST_POSTGRES_URL="$(bash packages/db/scripts/start-postgres.sh)"
#
# Idempotent: installs Debian's postgresql only if missing, creates the system cluster only if
# there is none, starts it only if it is down, and creates the role and database only if absent.
# Uses the distribution's cluster (pg_ctlcluster) rather than a private one under .data/: the server
# must run as the `postgres` user, and the repo checkout is not guaranteed to be readable by it.
# Runs as root (or as a user with passwordless sudo).
#
# Overridable: ATELIER_PG_USER, ATELIER_PG_PASSWORD, ATELIER_PG_DATABASE, ATELIER_PG_HOST.
set -euo pipefail

user="${ATELIER_PG_USER:-atelier}"
password="${ATELIER_PG_PASSWORD:-atelier}"
database="${ATELIER_PG_DATABASE:-atelier_test}"
host="${ATELIER_PG_HOST:-127.0.0.1}"

log() { echo "start-postgres: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

# Runs a command as the postgres OS user, who may connect over the local socket without a password.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else as_root runuser -u postgres -- "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql with apt"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q postgresql >&2 || {
    as_root apt-get update -q >&2
    as_root apt-get install -y -q postgresql >&2
  }
fi

# The newest installed major version (Debian 12 ships 15).
version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
cluster=main

if ! pg_lsclusters --no-header | awk '{print $1, $2}' | grep -qx "$version $cluster"; then
  log "creating cluster $version/$cluster"
  as_root pg_createcluster "$version" "$cluster" >&2
fi

status="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}')"
if [ "$status" != online ]; then
  log "starting cluster $version/$cluster"
  # pg_ctlcluster works without systemd (containers, CI); it switches to the postgres user itself.
  as_root pg_ctlcluster "$version" "$cluster" start >&2
fi
port="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')"

for _ in $(seq 1 60); do
  if pg_isready -q -h "$host" -p "$port"; then break; fi
  sleep 0.5
done
pg_isready -q -h "$host" -p "$port" || { log "server on $host:$port is not ready"; exit 1; }

psql_admin() { as_postgres psql -v ON_ERROR_STOP=1 -q -X -p "$port" "$@"; }

# CREATEDB lets tests create a throwaway database and lets `prisma migrate dev` make its shadow
# database; the password is (re)set each run so a changed ATELIER_PG_PASSWORD takes effect.
psql_admin -v user="$user" -v password="$password" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'user', :'password') \gexec
SQL
psql_admin -v user="$user" -v database="$database" >&2 <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL

url="postgresql://${user}:${password}@${host}:${port}/${database}"
PGPASSWORD="$password" psql -q -X -h "$host" -p "$port" -U "$user" -d "$database" -c 'SELECT 1' \
  >/dev/null || { log "cannot log in as $user over TCP"; exit 1; }
log "ready: ${url/:${password}@/:***@}"
echo "$url"
