// End to end over HTTP: DataLoader query counts, Relay turn pages, k, starts from attributes and
// text, and "use as reference" turns.
import { describe, expect, it } from "vitest";
import { startApiServer } from "../src/index.ts";
import { type Json, SEND, START, type TestApi, useTestApi } from "./support.ts";

let api: TestApi;

const gql = (query: string, variables: Record<string, unknown> = {}) => api.data(query, variables);
const start = async (input: Record<string, unknown>) => (await gql(START, { input })).startSession;
const send = async (input: Record<string, unknown>) => (await gql(SEND, { input })).sendTurn;
/** The one error of a request that must fail as a whole. */
async function refused(query: string, variables: Record<string, unknown>) {
  const body = await api.request(query, variables);
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  return body.errors?.[0] as Json;
}

const PAGE = `query ($t: String!, $first: Int, $after: String) { session(token: $t) { ... on Session {
  turns(first: $first, after: $after) { totalCount
    edges { cursor node { id kind createdAt manipulations products { id title score } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
  currentTurn { id products { id title } } } } }`;

async function sessionWithTurns(n: number): Promise<string> {
  const { token } = await start({ productId: api.runtime.productIdAt(0) });
  for (const text of ["navy instead", "no collar", "slim fit", "red"].slice(0, n - 1)) {
    const out = await send({ token, text });
    expect(out.__typename, JSON.stringify(out)).toBe("TurnPayload");
  }
  return token;
}

describe("session features over GraphQL", () => {
  useTestApi((started) => {
    api = started;
  });

  it("reads a 5-turn session with a constant number of database queries", async () => {
    const tokens = [await sessionWithTurns(1), await sessionWithTurns(5)];
    const queriesToRead = async () => {
      const counts: number[] = [];
      for (const [i, token] of tokens.entries()) {
        api.queries.count = 0;
        const session = (await gql(PAGE, { t: token, first: 10 })).session;
        counts.push(api.queries.count);
        expect(session.turns.edges).toHaveLength(i === 0 ? 1 : 5);
        for (const edge of session.turns.edges) expect(edge.node.products[0].title).not.toBe("");
      }
      return counts;
    };
    // The server that stored the turns remembers them: only sessionByToken is read.
    expect(await queriesToRead()).toEqual([1, 1]);
    // A fresh server (another replica) reads sessionByToken and the session's turns: 2, whatever
    // N is (titles come from the served catalog in memory; a product no longer served is read,
    // all of them in one query).
    await api.restart();
    expect(await queriesToRead()).toEqual([2, 2]);
  }, 120_000);

  it("continues a session on whichever replica gets the next turn", async () => {
    const other = await startApiServer({ db: api.db, runtime: api.runtime, port: 0 });
    try {
      const on = async (url: string, query: string, variables: Record<string, unknown>) => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: Json; errors?: unknown };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return body.data as Json;
      };
      const token = await sessionWithTurns(2);
      const sendOn = async (url: string, text: string) =>
        (await on(url, SEND, { input: { token, text } })).sendTurn.turn as Json;
      // Each replica learns the session, then the other moves it on: neither may continue from
      // what it remembers.
      const fromOther = await sendOn(other.url, "no collar");
      const fromFirst = await sendOn(api.server.url, "red");
      const againOther = await sendOn(other.url, "slim fit");
      expect(fromFirst.parentId).toBe(fromOther.id);
      expect(againOther.parentId).toBe(fromFirst.id);
      const page = (await on(other.url, PAGE, { t: token, first: 10 })).session.turns;
      expect(page.totalCount).toBe(5);
      const ids = page.edges.map((e: Json) => e.node.id);
      expect(ids.slice(2)).toEqual([fromOther.id, fromFirst.id, againOther.id]);
      const back = (await on(api.server.url, PAGE, { t: token, first: 10 })).session;
      expect(back.currentTurn.id).toBe(againOther.id);
      expect(back.turns.edges.map((e: Json) => e.node.id)).toEqual(ids);
    } finally {
      await other.stop();
    }
  }, 120_000);

  it("pages turns with opaque cursors and refuses a bad cursor", async () => {
    const token = await sessionWithTurns(5);
    const one = (await gql(PAGE, { t: token, first: 2 })).session.turns;
    expect(one.totalCount).toBe(5);
    expect(one.edges).toHaveLength(2);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(one.pageInfo.endCursor).toBe(one.edges[1].cursor);
    const two = (await gql(PAGE, { t: token, first: 10, after: one.pageInfo.endCursor })).session
      .turns;
    expect(two.edges.map((e: Json) => e.node.kind)).toEqual([
      "MANIPULATE",
      "MANIPULATE",
      "MANIPULATE",
    ]);
    expect(two.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(two.edges[0].node.id).not.toBe(one.edges[1].node.id);

    const bad = await refused(PAGE, { t: token, after: "not-a-cursor" });
    expect(bad.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.message).toMatch(/not a turn cursor/);
    expect((await refused(PAGE, { t: token, first: 0 })).extensions.code).toBe("BAD_USER_INPUT");
  }, 120_000);

  it("ranks k products, never the reference, and refuses k outside 1..100", async () => {
    const productId = api.runtime.productIdAt(5);
    const started = await start({ productId, k: 7 });
    const ids = started.session.currentTurn.products.map((p: Json) => p.id);
    expect(ids).toHaveLength(7);
    expect(ids).not.toContain(productId);
    const turn = await send({ token: started.token, text: "navy", k: 3 });
    expect(turn.turn.products).toHaveLength(3);
    expect(turn.turn.products.map((p: Json) => p.id)).not.toContain(productId);

    for (const k of [0, 101]) {
      const error = await refused(START, { input: { productId, k } });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "k" });
      expect(error.message).toMatch(/1 to 100/);
    }
    const error = await refused(SEND, { input: { token: started.token, text: "red", k: 500 } });
    expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect((await refused(START, { input: { k: 5 } })).message).toMatch(/exactly one/);
  }, 120_000);

  it("starts from attribute values and from text", async () => {
    const labels = api.runtime.labelsOf(9);
    const attributes = Object.entries(labels)
      .filter(([, value]) => value != null)
      .slice(0, 3)
      .map(([attribute, value]) => ({ attribute, value }));
    const fromAttributes = await start({ attributes });
    expect(fromAttributes.__typename, JSON.stringify(fromAttributes)).toBe("StartSessionPayload");
    const turn = fromAttributes.session.currentTurn;
    const reference = api.runtime.positionOf(turn.referenceProductId) as number;
    for (const { attribute, value } of attributes) {
      expect(api.runtime.labelsOf(reference)[attribute]).toBe(value);
    }
    expect(turn.products).toHaveLength(20);
    expect(turn.products.map((p: Json) => p.id)).not.toContain(turn.referenceProductId);

    const unknown = await start({ attributes: [{ attribute: "sleeve", value: "Short" }] });
    expect(unknown.__typename).toBe("UnknownAttribute");

    const fromText = await start({ text: "a navy dress" });
    expect(fromText.__typename, JSON.stringify(fromText)).toBe("StartSessionPayload");
    expect(fromText.session.currentTurn.text).toBe("a navy dress");
    expect(fromText.session.currentTurn.products.length).toBe(20);
    const next = await send({ token: fromText.token, text: "red" });
    expect(next.__typename, JSON.stringify(next)).toBe("TurnPayload");
    expect((await start({ text: "qwerty zxcv" })).__typename).toBe("NothingParsed");
  }, 120_000);

  it("uses a ranked product as the new reference in the same tree", async () => {
    const started = await start({ productId: api.runtime.productIdAt(11) });
    const { token } = started;
    const navy = await send({ token, text: "navy" });
    const second = navy.turn.products[1].id;
    const byText = await send({ token, text: "use item 2 as reference" });
    expect(byText.__typename, JSON.stringify(byText)).toBe("TurnPayload");
    expect(byText.turn).toMatchObject({ kind: "REFERENCE", parentId: navy.turn.id });
    expect(byText.turn.referenceProductId).toBe(second);
    expect(byText.turn.products.map((p: Json) => p.id)).not.toContain(second);
    const after = await send({ token, text: "red", k: 5 });
    expect(after.turn.parentId).toBe(byText.turn.id);
    expect(after.turn.products.map((p: Json) => p.id)).not.toContain(second);

    const chosen = navy.turn.products[4].id;
    const byId = await send({ token, useProductId: chosen, parentTurnId: navy.turn.id });
    expect(byId.turn).toMatchObject({ kind: "REFERENCE", parentId: navy.turn.id });
    expect(byId.turn.referenceProductId).toBe(chosen);
    expect((await send({ token, useProductId: "nope" })).__typename).toBe("UnknownProduct");
    expect((await send({ token, text: "use item 99 as reference", k: 3 })).__typename).toBe(
      "NothingParsed",
    );
  }, 120_000);
});
