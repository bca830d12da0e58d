// @atelier/db/client: everything that opens connections or spawns processes lives behind this
// subpath, so importing @atelier/db for types and query functions has no side effects.
import { openAdapter } from "./adapter.ts";
import type { Db } from "./db.ts";
import { databaseTargetFromEnv } from "./env.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

export type { DatabaseTarget } from "./database-url.ts";
export { describeDatabaseTarget } from "./database-url.ts";
export type { Db } from "./db.ts";
export { diffMigrationsAgainstSchema, migrateDatabase } from "./migrate.ts";

export interface CreateDbOptions {
  /** Overrides DATABASE_URL (same forms: postgres(ql)://, pglite:<dir>, file:<dir>, a folder). */
  readonly databaseUrl?: string;
  /** Prisma log levels to print (default: warnings and errors). */
  readonly log?: ReadonlyArray<"query" | "info" | "warn" | "error">;
}

/**
 * Opens the database named by DATABASE_URL (or `options.databaseUrl`): embedded PGlite by default,
 * PostgreSQL for postgres(ql):// URLs. The schema must be migrated first (`npm run db:migrate -w
 * @atelier/db` or {@link migrateDatabase}). A PGlite folder serves one process at a time: close
 * the Db before another process (e.g. a migration) opens the same folder.
 *
 * @example
 * const db = createDb({ databaseUrl: "pglite:.data/pglite" });
 * try {
 *   console.log(await countProducts(db));
 * } finally {
 *   await db.close();
 * }
 */
export function createDb(options: CreateDbOptions = {}): Db {
  const target = databaseTargetFromEnv(options.databaseUrl);
  const adapter = openAdapter(target);
  const prisma = new PrismaClient({
    adapter: adapter.factory,
    log: [...(options.log ?? ["warn", "error"])],
  });
  let closing: Promise<void> | undefined;
  return {
    prisma,
    target,
    close: () => {
      closing ??= prisma.$disconnect().finally(() => adapter.close());
      return closing;
    },
  };
}
