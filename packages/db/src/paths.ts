import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Resolved from this file rather than the working directory, because npm runs workspace scripts
// in the package folder while the root scripts and tests run elsewhere.
const here = dirname(fileURLToPath(import.meta.url));

/** The @atelier/db package folder (holds prisma.config.ts). */
export const packageRoot = resolve(here, "..");

/** The monorepo root (holds prisma/ and the default .data/ folder). */
export const repoRoot = resolve(packageRoot, "../..");

/** The Prisma config that generate and migrate use; it selects the driver adapter. */
export const prismaConfigPath = resolve(packageRoot, "prisma.config.ts");
