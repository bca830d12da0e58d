// Shared set-up of the end-to-end tests: a temporary PGlite database, the runtime over a
// 300-product catalog, a server on a free port, and a GraphQL client that counts queries.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@atelier/db";
import { createDb, migrateDatabase } from "@atelier/db/client";
import { afterAll, beforeAll, expect } from "vitest";
import { type ApiServer, loadRuntime, type Runtime, startApiServer } from "../src/index.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary GraphQL response JSON
export type Json = Record<string, any>;

export interface TestApi {
  readonly db: Db;
  readonly runtime: Runtime;
  server: ApiServer;
  /** Database operations (model calls and transactions) issued since the last reset. */
  readonly queries: { count: number };
  request(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: Json; errors?: Json[] }>;
  /** `request` that expects no errors (failing the test with them) and returns the data. */
  data(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Json>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Counts every Prisma model operation and transaction that goes through `db`. */
function countingDb(db: Db, queries: { count: number }): Db {
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(object, prop) {
        const value = Reflect.get(object, prop, object);
        if (typeof prop !== "string") return value;
        if (typeof value === "function") {
          if (
            prop.startsWith("$") &&
            !prop.startsWith("$transaction") &&
            !prop.startsWith("$query")
          ) {
            return value.bind(object);
          }
          return (...args: unknown[]) => {
            queries.count++;
            return value.apply(object, args);
          };
        }
        return value && typeof value === "object" && !prop.startsWith("$") && !prop.startsWith("_")
          ? wrap(value)
          : value;
      },
    });
  return { prisma: wrap(db.prisma) as Db["prisma"], target: db.target, close: () => db.close() };
}

export async function startTestApi(): Promise<TestApi> {
  const dir = await mkdtemp(join(tmpdir(), "atelier-api-test-"));
  await migrateDatabase({ databaseUrl: `pglite:${dir}` });
  const raw = createDb({ databaseUrl: `pglite:${dir}` });
  const runtime = await loadRuntime({ db: raw, products: 300, seed: 42 });
  const queries = { count: 0 };
  const db = countingDb(raw, queries);
  const api: TestApi = {
    db,
    runtime,
    server: await startApiServer({ db, runtime, port: 0 }),
    queries,
    async request(query, variables = {}, headers = {}) {
      const response = await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Json; errors?: Json[] };
    },
    async data(query, variables = {}, headers = {}) {
      const body = await api.request(query, variables, headers);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as Json;
    },
    async restart() {
      await api.server.stop();
      api.server = await startApiServer({ db, runtime, port: 0 });
    },
    async stop() {
      await api.server.stop();
      runtime.dispose();
      await raw.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return api;
}

/**
 * Starts the test API before the enclosing describe's tests (then `onStart`) and stops it after.
 *
 * @example
 * let api: TestApi;
 * describe("…", () => { useTestApi((started) => { api = started; }); });
 */
export function useTestApi(onStart: (api: TestApi) => void | Promise<void>): void {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startTestApi();
    await onStart(started);
  }, 180_000);
  afterAll(async () => {
    await started?.stop();
  });
}

export const TURN =
  "id parentId kind text manipulations referenceProductId products { id title score } latencyMs createdAt";
export const START = `mutation ($input: StartSessionInput!) { startSession(input: $input) { __typename
  ... on StartSessionPayload { token session { id currentTurn { ${TURN} } } }
  ... on NothingParsed { reply } ... on Failure { message } } }`;
export const SEND = `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
  ... on TurnPayload { turn { ${TURN} } } ... on NothingParsed { reply } ... on Failure { message } } }`;
