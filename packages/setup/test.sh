#!/usr/bin/env bash
# The README's test command: sets the machine up (PostgreSQL server included), then runs lint,
# type checks and every package's tests through turbo, and ends with the line `N passed, N failed`.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

bash packages/setup/setup.sh --with-postgres || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

# The database suite runs on PGlite and on this server; start-postgres.sh creates this role and db.
export ATELIER_TEST_POSTGRES_URL="${ATELIER_TEST_POSTGRES_URL:-postgresql://atelier:atelier@127.0.0.1:5432/atelier_test}"

# Reports from an earlier run must not be counted again; turbo restores them on a cache hit.
find apps packages test -path '*/node_modules' -prune -o -type d -name .reports -print0 |
  xargs -0 rm -rf

printf '\n[test] lint, typecheck and tests (turbo)\n'
npx turbo run lint lint:root typecheck test --continue --concurrency=2 --output-logs=new-only --summarize
turbo_status=$?

npx tsx packages/setup/src/summarize-tests.ts
summary_status=$?

if [ "$turbo_status" != 0 ] || [ "$summary_status" != 0 ]; then exit 1; fi
