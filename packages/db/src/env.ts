import { resolve } from "node:path";
import { z } from "zod";
import { type DatabaseTarget, resolveDatabaseTarget } from "./database-url.ts";
import { repoRoot } from "./paths.ts";

// The one place @atelier/db reads process.env (turbo.json's globalEnv lists the same names).
const envSchema = z.object({
  /** postgres(ql)://..., pglite:<dir>, file:<dir> or a folder; unset means embedded PGlite. */
  DATABASE_URL: z.string().trim().optional(),
  /** Root of local state; the default PGlite folder is `<ATELIER_DATA_DIR>/pglite`. */
  ATELIER_DATA_DIR: z.string().trim().min(1).optional(),
});

export type DbEnv = z.infer<typeof envSchema>;

/**
 * Validates the variables this package reads.
 *
 * @example
 * parseEnv({ DATABASE_URL: "pglite:.data/pglite" }).DATABASE_URL; // "pglite:.data/pglite"
 */
export function parseEnv(source: Record<string, string | undefined>): DbEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment for @atelier/db: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

let cached: DbEnv | undefined;

/** The process environment, parsed on first use and then reused. */
export function getEnv(): DbEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The database a URL (default: DATABASE_URL) designates, with relative folders anchored at the
 * repo root and the PGlite default at `<ATELIER_DATA_DIR or .data>/pglite`.
 *
 * @example
 * databaseTargetFromEnv("pglite:.data/pglite"); // { kind: "pglite", dataDir: "/repo/.data/pglite" }
 */
export function databaseTargetFromEnv(
  url: string | undefined = getEnv().DATABASE_URL,
): DatabaseTarget {
  const dataDir = resolve(repoRoot, getEnv().ATELIER_DATA_DIR ?? ".data");
  return resolveDatabaseTarget(url, {
    defaultPgliteDir: resolve(dataDir, "pglite"),
    baseDir: repoRoot,
  });
}

/**
 * Environment for a Prisma CLI child process pointed at `target`.
 * CHECKPOINT_DISABLE stops the CLI's version check, a request to checkpoint.prisma.io that cannot
 * succeed here. No engine download happens anyway: prisma.config.ts gives migrate a driver adapter
 * (wasm schema engine) and the generator uses engineType "client" (wasm query compiler), the two
 * settings that make the CLI skip fetching binaries from binaries.prisma.sh.
 */
export function prismaCliEnv(target: DatabaseTarget): NodeJS.ProcessEnv {
  const url = target.kind === "postgres" ? target.url : `pglite:${target.dataDir}`;
  return { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" };
}
