#!/usr/bin/env bash
# Sets up a fresh Debian machine (Node 20, root) for Atelier, and is safe to run again: every step
# checks what is already there and skips. Nothing is downloaded except Debian and npm packages,
# because those are the only registries these machines reach.
#
#   bash packages/setup/setup.sh                  # the embedded default (PGlite, no server)
#   bash packages/setup/setup.sh --with-postgres  # also a PostgreSQL server for the test suite
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
with_postgres=0
for arg in "$@"; do
  case "$arg" in
    --with-postgres) with_postgres=1 ;;
    *) echo "setup: unknown option '$arg' (accepted: --with-postgres)" >&2; exit 2 ;;
  esac
done

step() { printf '\n[setup] %s\n' "$*"; }

step "node $(node --version), npm $(npm --version)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("setup: Node >= 20.19 is required, found "+process.version); process.exit(1) }'

# Debian packages: faiss (static, with its BLAS/LAPACK), OpenBLAS so batched search is fast,
# a compiler for the native addon, a font for labels in rendered pictures; PostgreSQL only where
# the server tests run.
apt_packages=(build-essential python3 libfaiss-dev libopenblas0-pthread libblas-dev liblapack-dev fonts-dejavu-core)
# The test command also needs a PostgreSQL server and a browser (the web app's Playwright tests).
[ "$with_postgres" = 1 ] && apt_packages+=(postgresql chromium)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  step "Debian packages present: ${apt_packages[*]}"
fi

# npm packages: `npm ci` only when the lockfile changed since the last install. Install scripts
# are off (.npmrc) since several fetch binaries; the native parts are built below instead.
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp="node_modules/.atelier-lock-sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  step "npm packages up to date with package-lock.json"
else
  step "installing npm packages (npm ci)"
  npm ci --no-fund --no-audit
  echo "$lock_hash" > "$stamp"
fi

step "faiss native addon (faiss-node's sources against Debian's libfaiss)"
bash packages/index/scripts/build-native.sh

step "Prisma client and migrations (embedded PGlite)"
npm run --silent db:generate -w @atelier/db
npm run --silent db:migrate -w @atelier/db

if [ "$with_postgres" = 1 ]; then
  step "PostgreSQL server for the database tests"
  bash packages/db/scripts/start-postgres.sh
fi

step "ready"
