// End to end over HTTP: a session with text turns, undo and a branch, then continued by a
// second server on the same database (any replica serves the next turn).
import { describe, expect, it } from "vitest";
import { type Json, SEND, START, type TestApi, TURN, useTestApi } from "./support.ts";

let api: TestApi;

const gql = (query: string, variables: Record<string, unknown> = {}) => api.data(query, variables);
const send = async (input: Record<string, unknown>) => (await gql(SEND, { input })).sendTurn;

describe("sessions over GraphQL", () => {
  useTestApi((started) => {
    api = started;
  });

  it("starts, turns, undoes, branches, and continues after a restart", async () => {
    const productId = api.runtime.productIdAt(0);
    const started = (await gql(START, { input: { productId } })).startSession;
    expect(started.__typename).toBe("StartSessionPayload");
    const first = started.session.currentTurn;
    expect(first.kind).toBe("START");
    expect(first.products).toHaveLength(20);
    expect(first.referenceProductId).toBe(productId);
    expect(new Date(first.createdAt).toISOString()).toBe(first.createdAt);
    const { token } = started;

    const turns = [];
    for (const text of ["navy instead", "no collar", "slim fit"]) {
      const out = await send({ token, text });
      expect(out.__typename, JSON.stringify(out)).toBe("TurnPayload");
      expect(out.turn.manipulations.length).toBeGreaterThan(0);
      expect(out.turn.manipulations[0]).toHaveProperty("attribute");
      expect(out.turn.products[0].title).not.toBe("");
      turns.push(out.turn);
    }
    expect(turns[1].parentId).toBe(turns[0].id);

    const undone = (
      await gql(
        `mutation ($t: String!) { undo(token: $t) { __typename ... on TurnPayload { turn { ${TURN} } } } }`,
        { t: token },
      )
    ).undo;
    expect(undone.turn.kind).toBe("UNDO");
    expect(undone.turn.parentId).toBe(turns[1].id);
    expect(undone.turn.products).toEqual(turns[1].products);

    const branch = await send({ token, parentTurnId: turns[1].id, text: "red" });
    expect(branch.__typename, JSON.stringify(branch)).toBe("TurnPayload");
    expect(branch.turn.parentId).toBe(turns[1].id);

    const SESSION = `query ($t: String!) { session(token: $t) { __typename
      ... on Session { id turns { totalCount edges { node { id parentId kind } } } currentTurn { id } } } }`;
    const tree = (await gql(SESSION, { t: token })).session;
    expect(tree.turns.edges.map((e: Json) => e.node.kind)).toEqual([
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
    await api.restart();
    const next = await send({ token, text: "black" });
    expect(next.__typename, JSON.stringify(next)).toBe("TurnPayload");
    expect(next.turn.parentId).toBe(branch.turn.id);
  }, 180_000);
});
