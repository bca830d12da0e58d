// Starts the API: models, catalog and index in memory, sessions in the database.
import { createDb } from "@atelier/db/client";
import { readEnv } from "./env.ts";
import { loadRuntime } from "./runtime.ts";
import { startApiServer } from "./server.ts";

const env = readEnv();
const db = createDb({ databaseUrl: env.DATABASE_URL });
const runtime = await loadRuntime({
  db,
  products: env.ATELIER_API_PRODUCTS,
  seed: env.ATELIER_API_SEED,
});
const server = await startApiServer({
  db,
  runtime,
  port: env.PORT,
  experimentKey: env.ATELIER_API_EXPERIMENT,
});
console.log(`api: ${server.url} (${env.ATELIER_API_PRODUCTS} products)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.stop().finally(async () => {
      runtime.dispose();
      await db.close();
    });
  });
}
