// A session continued by a second server process on the same database: nothing of a session
// lives in a process, so a restart (or another replica) serves its next turn.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCatalog } from "@atelier/catalog";
import { shopping100k } from "@atelier/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Json, SEND, START } from "./support.ts";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
// A product of the served catalog (300 products, seed 42) with a collar and not navy, so that
// both turns change something.
const catalog = generateCatalog({ schema: shopping100k, count: 300, seed: 42 });
const PRODUCT = (() => {
  for (let i = 0; i < catalog.count; i++) {
    const labels = catalog.labelsOf(i);
    if (labels.collar && labels.color !== "Navy") return catalog.product(i).id;
  }
  throw new Error("no product with a collar");
})();

interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts `src/main.ts` in a new Node process; resolves once it prints its URL. */
async function startProcess(databaseUrl: string): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, ATELIER_API_PRODUCTS: "300" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL in 150 s:\n${output}`)), 150_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /api: (http:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

async function stopProcess({ child }: ApiProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}

async function gql(api: ApiProcess, query: string, variables: Record<string, unknown>) {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: Json[] };
  expect(body.errors).toBeUndefined();
  return body.data as Json;
}

let dir: string;
const running: ApiProcess[] = [];

describe("a session across server processes", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atelier-api-restart-"));
  });

  afterAll(async () => {
    await Promise.all(running.map(stopProcess));
    await rm(dir, { recursive: true, force: true });
  });

  it("continues, branches and undoes in a fresh process what the first one started", async () => {
    const first = await startProcess(`pglite:${dir}`);
    running.push(first);
    const started = (await gql(first, START, { input: { productId: PRODUCT } })).startSession;
    expect(started.__typename).toBe("StartSessionPayload");
    const { token } = started;
    const navy = (await gql(first, SEND, { input: { token, text: "navy instead" } })).sendTurn;
    const collar = (await gql(first, SEND, { input: { token, text: "no collar" } })).sendTurn;
    expect([navy.__typename, collar.__typename]).toEqual(["TurnPayload", "TurnPayload"]);
    await stopProcess(first);

    const second = await startProcess(`pglite:${dir}`);
    running.push(second);
    expect(second.child.pid).not.toBe(first.child.pid);
    const SESSION = `query ($t: String!) { session(token: $t) { ... on Session {
      turnCount currentTurn { id } } } }`;
    const before = (await gql(second, SESSION, { t: token })).session;
    expect(before).toEqual({ turnCount: 3, currentTurn: { id: collar.turn.id } });
    // The same change on the same turn, in another process, ranks the same products.
    const again = (
      await gql(second, SEND, {
        input: { token, text: "no collar", parentTurnId: navy.turn.id },
      })
    ).sendTurn;
    expect(again.turn.parentId).toBe(navy.turn.id);
    expect(again.turn.products.map((p: Json) => p.id)).toEqual(
      collar.turn.products.map((p: Json) => p.id),
    );
    const undone = (
      await gql(
        second,
        `mutation ($t: String!) { undo(token: $t) { __typename
        ... on TurnPayload { turn { kind parentId products { id } } } } }`,
        { t: token },
      )
    ).undo;
    expect(undone.turn).toMatchObject({ kind: "UNDO", parentId: navy.turn.id });
    expect(undone.turn.products).toEqual(navy.turn.products.map((p: Json) => ({ id: p.id })));
    expect((await gql(second, SESSION, { t: token })).session.turnCount).toBe(5);
  }, 400_000);
});
