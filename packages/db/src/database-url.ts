import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the database lives: an embedded PGlite data folder or a PostgreSQL server. */
export type DatabaseTarget =
  | { readonly kind: "pglite"; readonly dataDir: string }
  | { readonly kind: "postgres"; readonly url: string };

/** The accepted forms, as shown in error messages. */
export const ACCEPTED_DATABASE_URLS =
  "postgresql://..., postgres://..., pglite:<dir>, file:<dir> or a directory path (unset: embedded PGlite)";

/** Thrown when DATABASE_URL has a scheme that no adapter here serves. */
export class DatabaseUrlError extends Error {
  override readonly name = "DatabaseUrlError";
  constructor(readonly scheme: string) {
    super(`Unsupported DATABASE_URL scheme "${scheme}:"; accepted: ${ACCEPTED_DATABASE_URLS}`);
  }
}

/** True when `error` is a {@link DatabaseUrlError}. */
export function isDatabaseUrlError(error: unknown): error is DatabaseUrlError {
  return error instanceof DatabaseUrlError;
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Chooses the database from a DATABASE_URL value. Relative folders resolve against `baseDir`
 * (the repo root), so one value means the same place from every workspace script.
 *
 * @example
 * resolveDatabaseTarget(undefined, { defaultPgliteDir: "/repo/.data/pglite", baseDir: "/repo" });
 * // { kind: "pglite", dataDir: "/repo/.data/pglite" }
 * resolveDatabaseTarget("postgresql://u:p@127.0.0.1:5432/db", opts);
 * // { kind: "postgres", url: "postgresql://u:p@127.0.0.1:5432/db" }
 */
export function resolveDatabaseTarget(
  url: string | undefined,
  options: { readonly defaultPgliteDir: string; readonly baseDir: string },
): DatabaseTarget {
  const value = url?.trim() ?? "";
  const pglite = (dir: string): DatabaseTarget => ({
    kind: "pglite",
    dataDir: dir === "" ? options.defaultPgliteDir : resolve(options.baseDir, dir),
  });
  if (value === "") return pglite("");

  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  // No scheme at all: a plain path ("./x", "/var/lib/x", ".data/pglite").
  if (scheme === undefined) return pglite(value);
  switch (scheme) {
    case "postgres":
    case "postgresql":
      return { kind: "postgres", url: value };
    case "pglite":
      // "pglite:///abs" and "pglite://rel" are forgiven; PGlite's own "memory://" is not offered,
      // because migrations run in a child process that could not see an in-memory database.
      return pglite(value.slice("pglite:".length).replace(/^\/\//, ""));
    case "file": {
      const rest = value.slice("file:".length);
      return pglite(rest.startsWith("//") ? fileURLToPath(value) : rest);
    }
    default:
      throw new DatabaseUrlError(scheme);
  }
}

/**
 * A printable description with the password removed, for logs and error messages.
 *
 * @example
 * describeDatabaseTarget({ kind: "postgres", url: "postgresql://a:secret@h/db" });
 * // "PostgreSQL postgresql://a:***@h/db"
 */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite ${target.dataDir}`;
  try {
    const parsed = new URL(target.url);
    if (parsed.password !== "") parsed.password = "***";
    return `PostgreSQL ${parsed.toString()}`;
  } catch {
    return "PostgreSQL (unparsable URL)";
  }
}
