// The real GraphQL service for the browser tests, run as `npm start` runs it (apps/api/src/main.ts
// in a child process) over a temporary PGlite database with the 300-product catalog (seed 42),
// product-team keys and a running two-arm experiment.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiKey } from "@atelier/db";
import { createDb, migrateDatabase } from "@atelier/db/client";
import { startApiProcess } from "../scripts/servers.ts";

export interface TestApi {
  /** The API's origin, e.g. http://127.0.0.1:4000 (GraphQL on /graphql). */
  readonly url: string;
  readonly analystKey: string;
  readonly adminKey: string;
  stop(): Promise<void>;
}

/** Variants of the experiment the shoppers in the tests are assigned to. */
export const EXPERIMENT = {
  key: "retrieval",
  status: "RUNNING",
  description: "MANN against ADDE-M (fair) on the chat page",
  variants: [
    { key: "a-mann", weight: 1, config: { manipulator: "mann" } },
    { key: "b-adde-m", weight: 1, config: { manipulator: "adde-m-fair" } },
  ],
} as const;

/** Keys are made before the server opens the database (PGlite serves one process at a time). */
async function preparedDatabase(dir: string) {
  const databaseUrl = `pglite:${dir}`;
  await migrateDatabase({ databaseUrl });
  const db = createDb({ databaseUrl });
  try {
    const analystKey = (await createApiKey(db, { role: "analyst" })).key;
    const adminKey = (await createApiKey(db, { role: "admin" })).key;
    return { databaseUrl, analystKey, adminKey };
  } finally {
    await db.close();
  }
}

export async function startTestApi(): Promise<TestApi> {
  const dir = await mkdtemp(join(tmpdir(), "atelier-web-e2e-"));
  const { databaseUrl, analystKey, adminKey } = await preparedDatabase(dir);
  const api = await startApiProcess({
    DATABASE_URL: databaseUrl,
    ATELIER_API_PRODUCTS: "300",
    ATELIER_API_SEED: "42",
    ATELIER_API_EXPERIMENT: EXPERIMENT.key,
  });
  const { url } = api;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": adminKey },
    body: JSON.stringify({
      query: `mutation ($input: CreateExperimentInput!) { createExperiment(input: $input) { id } }`,
      variables: { input: EXPERIMENT },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`createExperiment failed: ${JSON.stringify(body.errors)}`);
  return {
    url,
    analystKey,
    adminKey,
    async stop() {
      await api.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
