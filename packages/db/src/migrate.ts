import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { type DatabaseTarget, describeDatabaseTarget } from "./database-url.ts";
import { databaseTargetFromEnv, prismaCliEnv } from "./env.ts";
import { packageRoot, prismaConfigPath, repoRoot } from "./paths.ts";

function prismaCliPath(): string {
  // The prisma package's exports map hides its CLI entry, so it is found through package.json.
  const manifestPath = createRequire(import.meta.url).resolve("prisma/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: { prisma: string } };
  return resolve(dirname(manifestPath), manifest.bin.prisma);
}

/** Runs the Prisma CLI as `npm run db:*` does: this package's config, no phone-home, no idling. */
async function runPrismaCli(
  target: DatabaseTarget,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; output: string }> {
  const preload = resolve(packageRoot, "scripts/unref-wasm-timers.cjs");
  const cli = [prismaCliPath(), ...args, "--config", prismaConfigPath];
  const child = spawn(process.execPath, ["--require", preload, ...cli], {
    cwd: packageRoot,
    env: prismaCliEnv(target),
    stdio: ["ignore", "pipe", "pipe"],
  });
  // stdout alone carries a command's result (e.g. a diff); output interleaves the CLI's notices.
  let stdout = "";
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.once("error", fail);
    child.once("close", done);
  });
  return { code, stdout: stdout.trim(), output: output.trim() };
}

/**
 * Applies the committed migrations (prisma/migrations) with `prisma migrate deploy`, the same
 * command as `npm run db:migrate`, in a child process. Idempotent: applied migrations are skipped.
 * For PGlite, no other handle on the folder may be open meanwhile.
 *
 * @example
 * await migrateDatabase({ databaseUrl: `pglite:${dir}` });
 */
export async function migrateDatabase(
  options: { readonly databaseUrl?: string } = {},
): Promise<void> {
  const target = databaseTargetFromEnv(options.databaseUrl);
  const { code, output } = await runPrismaCli(target, ["migrate", "deploy"]);
  if (code !== 0) {
    throw new Error(
      `prisma migrate deploy failed (exit ${code}) on ${describeDatabaseTarget(target)}:\n${output}`,
    );
  }
}

/**
 * Compares the schema the committed migrations build with prisma/schema.prisma, replaying them on
 * a temporary shadow database next to `databaseUrl` (PostgreSQL only: the PGlite adapter cannot
 * run migration scripts there). Returns "" when they match, else Prisma's summary of the drift.
 *
 * @example
 * expect(await diffMigrationsAgainstSchema({ databaseUrl: postgresUrl })).toBe("");
 */
export async function diffMigrationsAgainstSchema(options: {
  readonly databaseUrl: string;
}): Promise<string> {
  const target = databaseTargetFromEnv(options.databaseUrl);
  if (target.kind !== "postgres") {
    throw new Error("diffMigrationsAgainstSchema needs a PostgreSQL URL for its shadow database");
  }
  const { code, stdout, output } = await runPrismaCli(target, [
    "migrate",
    "diff",
    "--from-migrations",
    resolve(repoRoot, "prisma/migrations"),
    "--to-schema-datamodel",
    resolve(repoRoot, "prisma/schema.prisma"),
    "--exit-code",
  ]);
  // --exit-code: 0 no difference, 2 differences, anything else an error.
  if (code === 0) return "";
  if (code === 2) return stdout;
  throw new Error(`prisma migrate diff failed (exit ${code}):\n${output}`);
}
