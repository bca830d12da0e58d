import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PrismaConfig } from "prisma/config";
import type { DatabaseTarget } from "./database-url.ts";
import { createPgAdapterFactory } from "./pg-adapter.ts";

/** A driver adapter factory as Prisma 6.19 takes it, for migrate and for the client alike. */
export type AdapterFactory = Awaited<
  ReturnType<Extract<PrismaConfig, { engine: "js" }>["adapter"]>
>;

/** A driver adapter factory plus whatever must be released beside the Prisma client. */
export interface AdapterHandle {
  readonly factory: AdapterFactory;
  /** Releases resources the adapter does not release on `$disconnect` (PGlite's instance). */
  close(): Promise<void>;
}

const BYTEA_OID = 17;

// Prisma 6.19's query compiler sends Bytes arguments as base64 strings (@prisma/adapter-pg decodes
// them in its mapArg); pglite-prisma-adapter 0.6.1 predates that and passes them on, and PGlite's
// own bytea serializer accepts only Uint8Array. This accepts both, in PostgreSQL's hex format.
function serializeBytea(value: unknown): string {
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString("hex")}`;
  if (typeof value === "string") return `\\x${Buffer.from(value, "base64").toString("hex")}`;
  throw new Error("Invalid input for bytea type: expected a Uint8Array or a base64 string");
}

// PGlite has no locking: two instances on one folder corrupt it. Within one process that is
// caught here; across processes callers must take turns (see createDb and migrateDatabase).
const openPgliteDirs = new Set<string>();

/**
 * Opens the driver adapter for a target. Used by both prisma.config.ts (migrate) and createDb,
 * so the CLI and the application can never disagree on where the database is.
 *
 * @example
 * const { factory, close } = openAdapter({ kind: "pglite", dataDir: "/tmp/db" });
 */
export function openAdapter(target: DatabaseTarget): AdapterHandle {
  switch (target.kind) {
    case "pglite": {
      if (openPgliteDirs.has(target.dataDir)) {
        throw new Error(
          `PGlite folder ${target.dataDir} is already open in this process; share that Db or close it first`,
        );
      }
      mkdirSync(target.dataDir, { recursive: true });
      const pglite = new PGlite(target.dataDir, { serializers: { [BYTEA_OID]: serializeBytea } });
      openPgliteDirs.add(target.dataDir);
      return {
        // pglite-prisma-adapter 0.6.1 is typed against driver-adapter-utils 6.10, whose ArgType
        // differs from 6.19's; it reads only `sql` and `args` at run time, so the cast is sound.
        factory: new PrismaPGlite(pglite) as unknown as AdapterFactory,
        // The PGlite adapter's dispose() is a no-op, so the instance is closed here; a second
        // close() is harmless, which keeps Db.close() idempotent.
        close: async () => {
          if (!pglite.closed) await pglite.close();
          openPgliteDirs.delete(target.dataDir);
        },
      };
    }
    case "postgres":
      // PrismaPg owns the pool it creates and ends it when the client disconnects.
      return { factory: createPgAdapterFactory(target.url), close: async () => {} };
    default: {
      const unreachable: never = target;
      throw new Error(`Unknown database target ${JSON.stringify(unreachable)}`);
    }
  }
}
