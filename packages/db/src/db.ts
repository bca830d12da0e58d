import type { DatabaseTarget } from "./database-url.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

/**
 * An open database: what `createDb` (from `@atelier/db/client`) returns and every query function
 * takes. `prisma` is for this package's own query functions; other packages call those instead.
 */
export interface Db {
  readonly prisma: PrismaClient;
  readonly target: DatabaseTarget;
  /** Disconnects and releases the adapter; safe to call more than once. */
  close(): Promise<void>;
}
