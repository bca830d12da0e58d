// Read by the Prisma CLI (generate, migrate) when run from this folder. It lives in packages/db,
// not the repo root, because only this package talks to the database; the CLI finds it through
// the working directory (npm runs workspace scripts here) or through `--config`.
import { defineConfig } from "prisma/config";
import { type AdapterFactory, openAdapter } from "./src/adapter.ts";
import { databaseTargetFromEnv } from "./src/env.ts";

// The CLI may ask for the adapter more than once per command; two PGlite instances on one data
// folder corrupt it (seen: the folder would not open again), so one instance serves the process.
let factory: AdapterFactory | undefined;

export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  // engine "js" with an adapter runs the schema engine bundled as wasm in the prisma package;
  // without it the CLI downloads a native schema-engine binary, which fails behind our firewall.
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    factory ??= openAdapter(databaseTargetFromEnv()).factory;
    return factory;
  },
});
