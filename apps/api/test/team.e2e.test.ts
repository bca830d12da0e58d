// End to end over HTTP: API-key access to product-team queries and experiment management, and
// the A/B flow from assignment to per-variant results.
import { createApiKey, revokeApiKey } from "@atelier/db";
import { assignVariant } from "@atelier/experiments";
import { describe, expect, it } from "vitest";
import { type Json, SEND, START, type TestApi, useTestApi } from "./support.ts";

let api: TestApi;
let analyst: string;
let admin: string;

const gql = (query: string, variables: Record<string, unknown> = {}, key?: string) =>
  api.data(query, variables, key ? { "x-api-key": key } : {});
const codeOf = async (query: string, variables: Record<string, unknown>, key?: string) =>
  (await api.request(query, variables, key ? { "x-api-key": key } : {})).errors?.[0]?.extensions
    ?.code;

const SESSIONS = `query ($first: Int, $after: String, $filter: SessionFilter) {
  sessions(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id userId model variantId turnCount } }
    pageInfo { hasNextPage endCursor } } }`;
const AGGREGATES = `{ sessionAggregates { sessions turns zeroResultTurns { count share }
  latencyMs { p50 } topAttributes { attribute count } } }`;
const CREATE = `mutation ($input: CreateExperimentInput!) { createExperiment(input: $input) {
  id key status variants { id key weight config } } }`;
const START_AB = `mutation ($input: StartSessionInput!) { startSession(input: $input) {
  ... on StartSessionPayload { token variant exposureId } } }`;
const EVENT = `mutation ($input: RecordEventInput!) { recordEvent(input: $input) { __typename
  ... on EventRecorded { event { kind productId } } ... on Failure { message } } }`;
const RESULTS = `query ($key: String!) { experimentResults(key: $key) {
  experiment { key status }
  variants { key control exposures users events { impression click addToCart }
    addToCartsPerUser clicksPerExposure
    addToCartsWelch { unavailable difference pValue confidenceInterval }
    clicksPerExposureDelta { unavailable difference pValue } }
  sampleRatio { unavailable chiSquare pValue mismatch } } }`;

describe("product-team access and A/B tests", () => {
  useTestApi(async (started) => {
    api = started;
    analyst = (await createApiKey(api.db, { role: "analyst" })).key;
    admin = (await createApiKey(api.db, { role: "admin" })).key;
  });

  it("refuses product-team queries without a valid key", async () => {
    expect(await codeOf(SESSIONS, {})).toBe("UNAUTHENTICATED");
    expect(await codeOf(SESSIONS, {}, "atk_not-a-key")).toBe("UNAUTHENTICATED");
    expect(await codeOf(AGGREGATES, {}, "wrong")).toBe("UNAUTHENTICATED");
    const revoked = await createApiKey(api.db, { role: "admin" });
    await revokeApiKey(api.db, revoked.id);
    expect(await codeOf(SESSIONS, {}, revoked.key)).toBe("UNAUTHENTICATED");
    const input = { key: "nope", variants: [{ key: "a", weight: 1, config: {} }] };
    expect(await codeOf(CREATE, { input }, analyst)).toBe("FORBIDDEN");
    expect(await codeOf(CREATE, { input }, revoked.key)).toBe("UNAUTHENTICATED");
    // Nothing was created.
    expect((await gql(RESULTS, { key: "nope" }, analyst)).experimentResults).toBeNull();
  });

  it("lets an analyst read sessions, a replay and aggregates", async () => {
    const productId = api.runtime.productIdAt(3);
    const started = (await gql(START, { input: { productId } })).startSession;
    await gql(SEND, { input: { token: started.token, text: "make it red" } });
    const page = (await gql(SESSIONS, { first: 1 }, analyst)).sessions;
    expect(page.edges).toHaveLength(1);
    expect(page.edges[0].node.id).toBe(started.session.id);
    expect(page.edges[0].node.turnCount).toBe(2);
    expect(page.pageInfo.endCursor).toBe(page.edges[0].cursor);
    expect(await codeOf(SESSIONS, { first: 0 }, analyst)).toBe("BAD_USER_INPUT");

    // A page of sessions with every turn and its products costs the same queries for 1 or 3.
    const DEEP = `query { sessions(first: 50) { edges { node { id turns { edges { node {
      products { id title } } } } } } } }`;
    const queriesFor = async () => {
      api.queries.count = 0;
      const edges = (await gql(DEEP, {}, analyst)).sessions.edges;
      return { sessions: edges.length, queries: api.queries.count };
    };
    const before = await queriesFor();
    for (const p of [4, 5]) {
      const more = (await gql(START, { input: { productId: api.runtime.productIdAt(p) } }))
        .startSession;
      await gql(SEND, { input: { token: more.token, text: "make it red" } });
    }
    const after = await queriesFor();
    expect(after.sessions).toBe(before.sessions + 2);
    expect(after.queries).toBe(before.queries);
    const replay = (
      await gql(
        `query ($id: ID!) { sessionReplay(id: $id) { session { id } turns { kind text } } }`,
        { id: started.session.id },
        admin,
      )
    ).sessionReplay;
    expect(replay.turns.map((t: Json) => t.kind)).toEqual(["START", "MANIPULATE"]);
    const aggregates = (await gql(AGGREGATES, {}, analyst)).sessionAggregates;
    expect(aggregates.sessions).toBeGreaterThanOrEqual(1);
    expect(aggregates.turns).toBeGreaterThanOrEqual(2);
    expect(aggregates.latencyMs.p50).toBeTypeOf("number");
  });

  it("assigns variants, records exposures and events, and reports per-variant results", async () => {
    const variants = [
      { key: "a-mann", weight: 1, config: { manipulator: "mann" } },
      // The treatment also searches another index than the server's (flat), HNSW made on first use,
      // and puts results holding the asked values first.
      {
        key: "b-adde-m",
        weight: 1,
        config: { manipulator: "adde-m-fair", index: "hnsw", ranking: "requested-first" },
      },
    ];
    const input = { key: "retrieval", status: "RUNNING", variants };
    const experiment = (await gql(CREATE, { input }, admin)).createExperiment;
    expect(experiment.status).toBe("RUNNING");
    expect(await codeOf(CREATE, { input }, admin)).toBe("BAD_USER_INPUT");

    const users = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8"];
    const productId = api.runtime.productIdAt(10);
    for (const [i, userId] of users.entries()) {
      const started = (await gql(START_AB, { input: { productId, userId, k: 5 } })).startSession;
      const expected = assignVariant("retrieval", userId, variants);
      expect(started.variant).toBe(expected);
      const session = (
        await gql(`query ($t: String!) { session(token: $t) { ... on Session { model } } }`, {
          t: started.token,
        })
      ).session;
      expect(session.model).toBe(
        expected === "a-mann" ? "mann" : "adde-m-fair@hnsw+requested-first",
      );
      const turn = (
        await gql(
          `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
            ... on TurnPayload { exposureId turn { products { id } } } } }`,
          { input: { token: started.token, text: "make it black", k: 5 } },
        )
      ).sendTurn;
      expect(turn.exposureId).toBeTypeOf("string");
      if (expected === "b-adde-m") {
        // Requested values first: the black products lead, in similarity order among themselves.
        const black = turn.turn.products.map(
          (p: Json) => api.runtime.labelsOf(api.runtime.positionOf(p.id) ?? -1).color === "Black",
        );
        expect(black[0]).toBe(true);
        expect(black).toEqual([...black].sort((a, b) => Number(b) - Number(a)));
      }
      // A reloaded session knows its variant and each turn's exposure (to record events later).
      const reloaded = (
        await gql(
          `query ($t: String!) { session(token: $t) { ... on Session {
            variant currentTurn { exposureId } } } }`,
          { t: started.token },
        )
      ).session;
      expect(reloaded).toEqual({ variant: expected, currentTurn: { exposureId: turn.exposureId } });
      const shown = turn.turn.products[0].id;
      const event = (kind: string, exposureId: string, product?: string) =>
        gql(EVENT, { input: { token: started.token, exposureId, kind, productId: product } });
      await event("IMPRESSION", started.exposureId);
      await event("IMPRESSION", turn.exposureId);
      if (i % 2 === 0) await event("CLICK", turn.exposureId, shown);
      if (i % 3 === 0) await event("ADD_TO_CART", turn.exposureId, shown);
      // Another session's exposure and a product not shown are refused; nothing is recorded.
      if (i === 1) {
        const other = (await gql(START, { input: { productId } })).startSession;
        const refused = await gql(EVENT, {
          input: {
            token: other.token,
            exposureId: turn.exposureId,
            kind: "CLICK",
            productId: shown,
          },
        });
        expect(refused.recordEvent.__typename).toBe("UnknownExposure");
        expect(
          await codeOf(EVENT, {
            input: { token: started.token, exposureId: turn.exposureId, kind: "CLICK", productId },
          }),
        ).toBe("BAD_USER_INPUT");
      }
    }

    const results = (await gql(RESULTS, { key: "retrieval" }, analyst)).experimentResults;
    expect(results.variants.map((v: Json) => v.key)).toEqual(["a-mann", "b-adde-m"]);
    const perVariant = (key: string) =>
      users.filter((u) => assignVariant("retrieval", u, variants) === key);
    for (const v of results.variants) {
      const members = perVariant(v.key);
      expect(v.users).toBe(members.length);
      expect(v.exposures).toBe(2 * members.length);
      expect(v.events.impression).toBe(2 * members.length);
      const indexes = members.map((u) => users.indexOf(u));
      expect(v.events.click).toBe(indexes.filter((i) => i % 2 === 0).length);
      expect(v.events.addToCart).toBe(indexes.filter((i) => i % 3 === 0).length);
    }
    const [control, treatment] = results.variants;
    expect(control.control).toBe(true);
    expect(control.addToCartsWelch).toBeNull();
    const welch = treatment.addToCartsWelch;
    expect(welch.unavailable ?? welch.pValue).toBeDefined();
    if (welch.unavailable === null) {
      expect(welch.difference).toBeCloseTo(
        treatment.addToCartsPerUser - control.addToCartsPerUser,
        10,
      );
    }
    expect(treatment.clicksPerExposureDelta).not.toBeNull();
    expect(results.sampleRatio.pValue).toBeGreaterThan(0.001);
    expect(results.sampleRatio.mismatch).toBe(false);

    // The console's reads: experiments, traffic per variant per day, the offline numbers.
    const console_ = await gql(
      `query { experiments { key variants { key } } experimentTraffic(key: "retrieval") {
        variantKey day exposures users } offlineEvaluation
        experimentResults(key: "retrieval") { variants { key offline } } }`,
      {},
      analyst,
    );
    expect(console_.experiments.map((e: Json) => e.key)).toContain("retrieval");
    const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
    for (const v of results.variants) {
      const points = console_.experimentTraffic.filter((p: Json) => p.variantKey === v.key);
      expect(points.map((p: Json) => p.day)).toEqual([today]);
      expect(points[0].exposures).toBe(v.exposures);
      expect(points[0].users).toBe(v.users);
    }
    expect(console_.offlineEvaluation.results.length).toBeGreaterThan(0);
    const offline = Object.fromEntries(
      console_.experimentResults.variants.map((v: Json) => [v.key, v.offline]),
    );
    expect(offline["a-mann"][0].model).toMatch(/^MANN/);
    expect(offline["b-adde-m"][0].model).toBe("ADDE-M (fair)");
    expect(offline["a-mann"][0].topK.top10).toBeGreaterThan(90);
    expect(await codeOf("query { experiments { key } }", {})).toBe("UNAUTHENTICATED");
  }, 120_000);
});
