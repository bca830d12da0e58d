// Product-team queries on both databases: a small seeded world whose numbers are worked out by
// hand in the comments.
import { describe, expect, it } from "vitest";
import { listSessions, sessionReplay } from "./analytics.ts";
import { sessionAggregates } from "./analytics-aggregates.ts";
import { experimentCounts, experimentTraffic } from "./analytics-experiments.ts";
import type { Db } from "./db.ts";
import {
  createExperiment,
  type Experiment,
  exposuresOfTurns,
  listExperiments,
  recordEvent,
  recordExposure,
  variantKeys,
} from "./experiments.ts";
import { isInputError } from "./input-error.ts";
import { type ChatSession, createSession } from "./sessions.ts";
import { testBackends, useTestDatabase } from "./test-backends.ts";
import { appendTurn, type Turn } from "./turns.ts";

async function rejectedField(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => expect.unreachable("expected a rejection"),
    (e: unknown) => e,
  );
  if (!isInputError(error)) throw error;
  return error.issues.map((issue) => issue.field);
}

const FUTURE = new Date(Date.now() + 86_400_000);

describe.each(testBackends("analytics"))("product-team queries on $name", (backend) => {
  let experiment: Experiment;
  const s: ChatSession[] = [];
  const t: Turn[][] = [];
  const variantId = (key: string) => experiment.variants.find((v) => v.key === key)?.id ?? "";

  // S0 (u1, a): 3 turns, latency 10/20/30, turn 2 shows nothing; turn 1 clicked, turn 3 carted.
  // S1 (u2, b): 2 turns, latency 40/50; turn 1 clicked and carted.
  // S2 (u1, a): 1 turn, latency 100; clicked.            S3 (u3, no variant): no turns.
  // u4 sees one list under b with no session and does nothing. Variant c is never shown.
  async function seed(d: Db) {
    experiment = await createExperiment(d, {
      key: "ab",
      variants: ["a", "b", "c"].map((key) => ({ key, weight: 1, config: { manipulator: key } })),
    });
    const plan = [
      {
        user: "u1",
        variant: "a",
        turns: [
          [["p1", "p2"], 10, []],
          [[], 20, ["color"]],
          [["p3"], 30, ["color", "sleeve"]],
        ],
      },
      {
        user: "u2",
        variant: "b",
        turns: [
          [["p1"], 40, []],
          [["p2"], 50, ["sleeve", "neckline"]],
        ],
      },
      { user: "u1", variant: "a", turns: [[["p5"], 100, []]] },
      { user: "u3", variant: null, turns: [] },
    ] as const;
    for (const session of plan) {
      const vid = session.variant === null ? null : variantId(session.variant);
      const created = (
        await createSession(d, {
          userId: session.user,
          start: { kind: "text", text: "dress" },
          model: "m",
          variantId: vid,
        })
      ).session;
      const turns: Turn[] = [];
      for (const [ranked, latencyMs, attributes] of session.turns) {
        const parent = turns.at(-1);
        turns.push(
          await appendTurn(d, {
            sessionId: created.id,
            parentId: parent?.id ?? null,
            kind: parent ? "manipulate" : "start",
            manipulations: attributes.map((attribute) => ({ attribute, to: "x" })),
            state: new Uint8Array([1, 2, 3]),
            rankedProductIds: ranked,
            scores: ranked.map((_, i) => 1 - i / 10),
            model: "m",
            variantId: vid,
            latencyMs,
          }),
        );
      }
      s.push(created);
      t.push(turns);
    }
    const show = async (user: string, variant: string, turn: Turn | null, ids: string[]) =>
      recordExposure(d, {
        experimentId: experiment.id,
        variantId: variantId(variant),
        userId: user,
        turnId: turn?.id ?? null,
        rankedProductIds: ids,
      });
    const x1 = await show("u1", "a", t[0]?.[0] ?? null, ["p1", "p2"]);
    await recordEvent(d, { exposureId: x1.id, kind: "impression" });
    await recordEvent(d, { exposureId: x1.id, kind: "click", productId: "p1" });
    const x2 = await show("u1", "a", t[0]?.[2] ?? null, ["p3"]);
    await recordEvent(d, { exposureId: x2.id, kind: "add_to_cart", productId: "p3" });
    const x3 = await show("u2", "b", t[1]?.[0] ?? null, ["p1"]);
    await recordEvent(d, { exposureId: x3.id, kind: "click", productId: "p1" });
    await recordEvent(d, { exposureId: x3.id, kind: "add_to_cart", productId: "p1" });
    const x4 = await show("u1", "a", t[2]?.[0] ?? null, ["p5"]);
    await recordEvent(d, { exposureId: x4.id, kind: "click", productId: "p5" });
    await show("u4", "b", null, ["p9"]);
  }

  const db = useTestDatabase(backend, seed);

  /** The seeded sessions matching, in listSessions' order (newest first, then id). */
  const expected = (...indexes: number[]) =>
    indexes
      .map((i) => s[i] as ChatSession)
      .sort((p, q) => q.createdAt.getTime() - p.createdAt.getTime() || (q.id < p.id ? -1 : 1))
      .map((session) => session.id);
  const ids = async (filter: Omit<Parameters<typeof listSessions>[1], "first">) =>
    (await listSessions(db(), { first: 100, ...filter })).sessions.map((x) => x.id);

  it("lists sessions by variant, turns, outcome and manipulated attribute", async () => {
    expect(await ids({})).toEqual(expected(0, 1, 2, 3));
    expect(await ids({ variant: variantId("a") })).toEqual(expected(0, 2));
    expect(await ids({ minTurns: 2 })).toEqual(expected(0, 1));
    expect(await ids({ maxTurns: 0 })).toEqual(expected(3));
    expect(await ids({ minTurns: 1, maxTurns: 2 })).toEqual(expected(1, 2));
    expect(await ids({ outcome: "added_to_cart" })).toEqual(expected(0, 1));
    expect(await ids({ outcome: "clicked" })).toEqual(expected(2));
    expect(await ids({ outcome: "none" })).toEqual(expected(3));
    expect(await ids({ manipulatedAttribute: "sleeve" })).toEqual(expected(0, 1));
    expect(await ids({ manipulatedAttribute: "neckline" })).toEqual(expected(1));
    expect(await ids({ manipulatedAttribute: "sleeve", variant: variantId("a") })).toEqual(
      expected(0),
    );
    expect(await ids({ from: FUTURE })).toEqual([]);
    expect(await ids({ to: FUTURE, from: new Date(0) })).toEqual(expected(0, 1, 2, 3));
  });

  it("pages through sessions with a cursor", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listSessions(db(), { first: 3, ...(after ? { after } : {}) });
      seen.push(...result.sessions.map((x) => x.id));
      if (!result.hasNextPage) {
        expect(result.endCursor).toBeNull();
        break;
      }
      after = result.endCursor ?? undefined;
    }
    expect(seen).toEqual(expected(0, 1, 2, 3));
  });

  it("refuses bad list inputs, naming the field", async () => {
    const list = (input: object) => listSessions(db(), { first: 10, ...input });
    expect(await rejectedField(list({ first: 0 }))).toEqual(["first"]);
    expect(await rejectedField(list({ first: 101 }))).toEqual(["first"]);
    expect(await rejectedField(list({ after: "garbage" }))).toEqual(["after"]);
    expect(await rejectedField(list({ outcome: "bought" }))).toEqual(["outcome"]);
    expect(await rejectedField(list({ minTurns: 3, maxTurns: 1 }))).toEqual(["maxTurns"]);
    expect(await rejectedField(list({ minTurns: -1 }))).toEqual(["minTurns"]);
    expect(await rejectedField(list({ from: FUTURE, to: new Date(0) }))).toEqual(["to"]);
    expect(await rejectedField(list({ from: new Date("nope") }))).toEqual(["from"]);
    expect(await rejectedField(list({ manipulatedAttribute: "" }))).toEqual([
      "manipulatedAttribute",
    ]);
  });

  it("replays a session turn by turn with exposures and events", async () => {
    const replay = await sessionReplay(db(), s[0]?.id ?? "");
    expect(replay?.session).toEqual({ ...s[0], turnCount: 3, currentTurnId: t[0]?.[2]?.id });
    expect(replay?.turns.map((turn) => turn.seq)).toEqual([1, 2, 3]);
    expect(replay?.turns[0]).toMatchObject({ rankedProductIds: ["p1", "p2"], scores: [1, 0.9] });
    expect(replay?.turns[0]).not.toHaveProperty("state");
    expect(replay?.turns[1]).toMatchObject({
      rankedProductIds: [],
      manipulations: [{ attribute: "color", to: "x" }],
      exposures: [],
    });
    const kinds = replay?.turns.map((turn) =>
      turn.exposures.map((x) => x.events.map((e) => e.kind)),
    );
    expect(kinds).toEqual([[["impression", "click"]], [], [["add_to_cart"]]]);
    expect(await sessionReplay(db(), "no-such-session")).toBeNull();
    expect(await rejectedField(sessionReplay(db(), ""))).toEqual(["sessionId"]);
  });

  it("aggregates turns to cart, zero results, attributes and latency", async () => {
    // Latencies 10 20 30 40 50 100: p50 between 30 and 40; p90 at 4.5 -> 75; p99 at 4.95 -> 97.5.
    expect(await sessionAggregates(db(), { topAttributes: 2 })).toEqual({
      sessions: 4,
      turns: 6,
      turnsToAddToCart: { sessions: 2, mean: 2, median: 2 },
      zeroResultTurns: { count: 1, share: 1 / 6 },
      topAttributes: [
        { attribute: "color", count: 2 },
        { attribute: "sleeve", count: 2 },
      ],
      latencyMs: { p50: 35, p90: 75, p99: expect.closeTo(97.5, 9) },
    });
    // Variant a: S0 and S2, latencies 10 20 30 100.
    expect(await sessionAggregates(db(), { variant: variantId("a"), to: FUTURE })).toEqual({
      sessions: 2,
      turns: 4,
      turnsToAddToCart: { sessions: 1, mean: 3, median: 3 },
      zeroResultTurns: { count: 1, share: 0.25 },
      topAttributes: [
        { attribute: "color", count: 2 },
        { attribute: "sleeve", count: 1 },
      ],
      latencyMs: { p50: 25, p90: expect.closeTo(79, 9), p99: expect.closeTo(97.9, 9) },
    });
    expect(await sessionAggregates(db(), { from: FUTURE })).toEqual({
      sessions: 0,
      turns: 0,
      turnsToAddToCart: { sessions: 0, mean: null, median: null },
      zeroResultTurns: { count: 0, share: null },
      topAttributes: [],
      latencyMs: { p50: null, p90: null, p99: null },
    });
    expect(await rejectedField(sessionAggregates(db(), { topAttributes: 0 }))).toEqual([
      "topAttributes",
    ]);
  });

  it("counts exposures, users, events and per-user sums per variant", async () => {
    const zero = { impression: 0, click: 0, like: 0, dislike: 0, add_to_cart: 0 };
    const sums = (n: number, sum: number, sumSquares: number) => ({ n, sum, sumSquares });
    expect(await experimentCounts(db(), { experimentId: experiment.id })).toEqual([
      {
        // u1: 3 exposures, 2 clicks, 1 add-to-cart.
        variantId: variantId("a"),
        key: "a",
        exposures: 3,
        users: 1,
        events: { ...zero, impression: 1, click: 2, add_to_cart: 1 },
        perUser: {
          exposures: sums(1, 3, 9),
          clicks: sums(1, 2, 4),
          addToCarts: sums(1, 1, 1),
          clicksTimesExposures: 6,
          addToCartsTimesExposures: 3,
        },
      },
      {
        // u2: 1 exposure, 1 click, 1 add-to-cart; u4: 1 exposure, nothing.
        variantId: variantId("b"),
        key: "b",
        exposures: 2,
        users: 2,
        events: { ...zero, click: 1, add_to_cart: 1 },
        perUser: {
          exposures: sums(2, 2, 2),
          clicks: sums(2, 1, 1),
          addToCarts: sums(2, 1, 1),
          clicksTimesExposures: 1,
          addToCartsTimesExposures: 1,
        },
      },
      {
        variantId: variantId("c"),
        key: "c",
        exposures: 0,
        users: 0,
        events: zero,
        perUser: {
          exposures: sums(0, 0, 0),
          clicks: sums(0, 0, 0),
          addToCarts: sums(0, 0, 0),
          clicksTimesExposures: 0,
          addToCartsTimesExposures: 0,
        },
      },
    ]);
    const later = await experimentCounts(db(), { experimentId: experiment.id, from: FUTURE });
    expect(later.map((v) => [v.exposures, v.users, v.events.click])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(await rejectedField(experimentCounts(db(), { experimentId: "nope" }))).toEqual([
      "experimentId",
    ]);
    expect(await rejectedField(experimentCounts(db(), { experimentId: "" }))).toEqual([
      "experimentId",
    ]);
  });

  it("counts traffic per variant per UTC day, and lists experiments", async () => {
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    expect(await experimentTraffic(db(), experiment.id)).toEqual([
      { variantId: variantId("a"), variantKey: "a", day: today, exposures: 3, users: 1 },
      { variantId: variantId("b"), variantKey: "b", day: today, exposures: 2, users: 2 },
    ]);
    expect(await experimentTraffic(db(), "nope")).toEqual([]);
    expect(await rejectedField(experimentTraffic(db(), ""))).toEqual(["experimentId"]);
    expect((await listExperiments(db())).map((e) => [e.key, e.variants.length])).toEqual([
      ["ab", 3],
    ]);
    // S0's turn 1 was shown under an experiment, its turn 2 was not.
    const [shown, unseen] = await exposuresOfTurns(db(), [
      t[0]?.[0]?.id ?? "",
      t[0]?.[1]?.id ?? "",
    ]);
    expect(shown).toBeTypeOf("string");
    expect(unseen).toBeNull();
    expect(await variantKeys(db(), [variantId("b"), "nope"])).toEqual(["b", null]);
  });
});
