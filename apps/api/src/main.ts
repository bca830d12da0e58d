// Starts the API: migrations applied, models, catalog and index in memory, sessions in the
// database. Ready when it prints "api: <url>".
import { createDb, migrateDatabase } from "@atelier/db/client";
import { readEnv } from "./env.ts";
import { ensureDemoExperiment } from "./experiment-service.ts";
import { loadRuntime } from "./runtime.ts";
import { startApiServer } from "./server.ts";

const env = readEnv();
// Idempotent; on the embedded PGlite default this is what makes a fresh clone start.
await migrateDatabase({ databaseUrl: env.DATABASE_URL });
const db = createDb({ databaseUrl: env.DATABASE_URL });
if (env.ATELIER_API_DEMO_EXPERIMENT === "1") {
  await ensureDemoExperiment(db, env.ATELIER_API_EXPERIMENT);
}
const runtime = await loadRuntime({
  db,
  products: env.ATELIER_API_PRODUCTS,
  seed: env.ATELIER_API_SEED,
  index: {
    kind: env.ATELIER_API_INDEX,
    neighbours: env.ATELIER_API_HNSW_M,
    efConstruction: env.ATELIER_API_EF_CONSTRUCTION,
    efSearch: env.ATELIER_API_EF_SEARCH,
  },
});
const server = await startApiServer({
  db,
  runtime,
  port: env.PORT,
  experimentKey: env.ATELIER_API_EXPERIMENT,
  turnCommit: env.ATELIER_API_TURN_COMMIT,
});
console.log(`api: ${server.url} (${env.ATELIER_API_PRODUCTS} products)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.stop().finally(async () => {
      runtime.dispose();
      await db.close();
      // Native and wasm modules may hold handles open; everything of ours is closed now.
      process.exit(0);
    });
  });
}
