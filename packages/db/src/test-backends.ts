// The two databases this package's own suites run on (test/db.test.ts at the repo root does the
// same for the product queries): a fresh PGlite folder, and a database of its own on the
// PostgreSQL server at ATELIER_TEST_POSTGRES_URL. Both get the committed migrations.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createDb } from "./client.ts";
import type { Db } from "./db.ts";
import { migrateDatabase } from "./migrate.ts";
import { dropTestDatabase, recreateTestDatabase } from "./testing.ts";

export interface TestBackend {
  readonly name: string;
  /** Opens a migrated empty database; `dispose` closes and removes it. */
  open(): Promise<{ db: Db; dispose(): Promise<void> }>;
}

/** `suite` names the PostgreSQL database, so suites running side by side do not collide. */
export function testBackends(suite: string): TestBackend[] {
  const name = `atelier_test_db_${suite}`;
  return [
    {
      name: "PGlite",
      async open() {
        const dir = await mkdtemp(join(tmpdir(), `atelier-${suite}-`));
        await migrateDatabase({ databaseUrl: `pglite:${dir}` });
        const db = createDb({ databaseUrl: `pglite:${dir}` });
        return {
          db,
          dispose: async () => {
            await db.close();
            await rm(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: "PostgreSQL",
      async open() {
        const server = process.env.ATELIER_TEST_POSTGRES_URL;
        if (!server) {
          throw new Error(
            "ATELIER_TEST_POSTGRES_URL is not set. Run the repo's test command (npm test), or " +
              "packages/db/scripts/start-postgres.sh and export the URL it prints.",
          );
        }
        const url = await recreateTestDatabase(server, name);
        await migrateDatabase({ databaseUrl: url });
        const db = createDb({ databaseUrl: url });
        return {
          db,
          dispose: async () => {
            await db.close();
            await dropTestDatabase(server, name);
          },
        };
      },
    },
  ];
}

/**
 * Opens `backend` (and runs `seed` on it) before a suite's tests and disposes it after; returns
 * the database getter the tests call. A failed setup fails every test with its message: thrown
 * from beforeAll, vitest would report the tests as skipped, which reads like an optional suite.
 *
 * @example
 * const db = useTestDatabase(backend);
 * it("...", async () => { await createSession(db(), input); });
 */
export function useTestDatabase(backend: TestBackend, seed?: (db: Db) => Promise<void>): () => Db {
  let handle: { db: Db; dispose(): Promise<void> } | undefined;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      handle = await backend.open();
      await seed?.(handle.db);
    } catch (error) {
      setupError = error;
    }
  }, 120_000);
  afterAll(() => handle?.dispose(), 60_000);
  return () => {
    if (setupError !== undefined) throw setupError;
    if (!handle) throw new Error("database not opened");
    return handle.db;
  };
}
