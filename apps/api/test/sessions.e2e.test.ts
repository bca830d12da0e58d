// End to end over HTTP: a session with text turns, undo and a branch, then continued by a
// second server on the same database (any replica serves the next turn).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@atelier/db";
import { createDb, migrateDatabase } from "@atelier/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, loadRuntime, type Runtime, startApiServer } from "../src/index.ts";

let dir = "";
let db: Db;
let runtime: Runtime;
let server: ApiServer;

// biome-ignore lint/suspicious/noExplicitAny: the test reads arbitrary GraphQL response JSON
type Json = Record<string, any>;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as Json;
}

const TURN =
  "id parentId kind text manipulations { attribute remove add } products { id title score } latencyMs";
const SEND = `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
  ... on TurnPayload { turn { ${TURN} } } ... on NothingParsed { reply } ... on Failure { message } } }`;
const send = async (input: Record<string, unknown>) => (await gql(SEND, { input })).sendTurn;

describe("sessions over GraphQL", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atelier-api-test-"));
    await migrateDatabase({ databaseUrl: `pglite:${dir}` });
    db = createDb({ databaseUrl: `pglite:${dir}` });
    runtime = await loadRuntime({ db, products: 300, seed: 42 });
    server = await startApiServer({ db, runtime, port: 0 });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    runtime?.dispose();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("starts, turns, undoes, branches, and continues after a restart", async () => {
    const productId = runtime.productIdAt(0);
    const started = (
      await gql(
        `mutation ($input: StartSessionInput!) { startSession(input: $input) { __typename
          ... on StartSessionPayload { token session { id currentTurn { ${TURN} } } } } }`,
        { input: { productId } },
      )
    ).startSession;
    expect(started.__typename).toBe("StartSessionPayload");
    expect(started.session.currentTurn.kind).toBe("START");
    expect(started.session.currentTurn.products).toHaveLength(20);
    const { token } = started;

    const turns = [];
    for (const text of ["navy instead", "no collar", "slim fit"]) {
      const out = await send({ token, text });
      expect(out.__typename, JSON.stringify(out)).toBe("TurnPayload");
      expect(out.turn.manipulations.length).toBeGreaterThan(0);
      expect(out.turn.products[0].title).not.toBe("");
      turns.push(out.turn);
    }
    expect(turns[1].parentId).toBe(turns[0].id);

    const undone = (
      await gql(
        `mutation ($t: String!) { undo(token: $t) { __typename ... on TurnPayload { turn { ${TURN} } } } }`,
        {
          t: token,
        },
      )
    ).undo;
    expect(undone.turn.kind).toBe("UNDO");
    expect(undone.turn.parentId).toBe(turns[1].id);
    expect(undone.turn.products).toEqual(turns[1].products);

    const branch = await send({
      token,
      parentTurnId: turns[1].id,
      text: "red",
    });
    expect(branch.__typename, JSON.stringify(branch)).toBe("TurnPayload");
    expect(branch.turn.parentId).toBe(turns[1].id);

    const SESSION = `query ($t: String!) { session(token: $t) { __typename
      ... on Session { id turns { id parentId kind } currentTurn { id } } } }`;
    const tree = (await gql(SESSION, { t: token })).session;
    expect(tree.turns.map((t: { kind: string }) => t.kind)).toEqual([
      "START",
      "MANIPULATE",
      "MANIPULATE",
      "MANIPULATE",
      "UNDO",
      "MANIPULATE",
    ]);
    expect(tree.currentTurn.id).toBe(branch.turn.id);

    const unknown = await send({ token, manipulations: [{ attribute: "sleeve", add: "Short" }] });
    expect(unknown.__typename).toBe("UnknownAttribute");
    expect((await gql(SESSION, { t: "ats_nope" })).session.__typename).toBe("SessionNotFound");
    expect((await send({ token: "wrong", text: "navy" })).__typename).toBe("SessionNotFound");
    const nothing = await send({ token, text: "qwerty zxcv" });
    expect(nothing.__typename).toBe("NothingParsed");
    expect(nothing.reply.length).toBeGreaterThan(0);

    // Another replica on the same database serves the next turn.
    await server.stop();
    server = await startApiServer({ db, runtime, port: 0 });
    const next = await send({ token, text: "black" });
    expect(next.__typename, JSON.stringify(next)).toBe("TurnPayload");
    expect(next.turn.parentId).toBe(branch.turn.id);
  }, 180_000);
});
