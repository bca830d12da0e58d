// Sessions, turns, experiments and API keys on both databases (one migrated database per backend
// for the whole file: migrating PGlite is the slow part).
import { describe, expect, it } from "vitest";
import { apiKeyRole, createApiKey, revokeApiKey } from "./api-keys.ts";
import {
  createExperiment,
  experimentByKey,
  exposureEvents,
  recordEvent,
  recordExposure,
} from "./experiments.ts";
import { isInputError } from "./input-error.ts";
import { createSession, sessionByToken } from "./sessions.ts";
import { testBackends, useTestDatabase } from "./test-backends.ts";
import {
  type AppendTurnInput,
  appendTurn,
  sessionTurns,
  turnPath,
  turnStates,
  turnsAfter,
  turnsOfSessions,
} from "./turns.ts";

/** Bytes covering every value, so an encoding bug (text, sign, NUL) cannot hide. */
const stateBytes = (seed: number) =>
  Uint8Array.from({ length: 4096 + seed }, (_, i) => (i * 31 + seed) % 256);

const turn = (
  sessionId: string,
  parentId: string | null,
  kind: AppendTurnInput["kind"],
  seed: number,
): AppendTurnInput => ({
  sessionId,
  parentId,
  kind,
  inputText: kind === "start" ? null : `step ${seed}`,
  manipulations: kind === "manipulate" ? [{ attribute: "color", from: "red", to: `c${seed}` }] : [],
  state: stateBytes(seed),
  rankedProductIds: [`p${seed}`, `p${seed + 1}`],
  scores: [0.9, 0.5 - seed / 100],
  model: "mann-test",
  latencyMs: 10 + seed,
});

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );
}

describe.each(testBackends("sessions"))("sessions and experiments on $name", (backend) => {
  const db = useTestDatabase(backend);

  it("stores a five-turn session with an undo branch, and walks root to turn", async () => {
    const { session } = await createSession(db(), {
      userId: "u1",
      start: { kind: "attributes", attributes: { color: "red", sleeve: "long" } },
      model: "mann-test",
    });
    expect(session).toMatchObject({ turnCount: 0, currentTurnId: null });
    const t1 = await appendTurn(db(), turn(session.id, null, "start", 1));
    const t2 = await appendTurn(db(), turn(session.id, t1.id, "manipulate", 2));
    const t3 = await appendTurn(db(), turn(session.id, t2.id, "manipulate", 3));
    // Undo of t3: a new turn continuing from t2 (history is never rewritten); then a branch on it.
    const t4 = await appendTurn(db(), turn(session.id, t2.id, "undo", 4));
    const t5 = await appendTurn(db(), turn(session.id, t4.id, "reference", 5));

    expect((await turnPath(db(), t5.id)).map((t) => t.id)).toEqual([t1.id, t2.id, t4.id, t5.id]);
    expect((await turnPath(db(), t3.id)).map((t) => t.id)).toEqual([t1.id, t2.id, t3.id]);
    expect(await turnPath(db(), "no-such-turn")).toEqual([]);
    const all = await sessionTurns(db(), session.id);
    expect(all.map((t) => [t.seq, t.kind])).toEqual([
      [1, "start"],
      [2, "manipulate"],
      [3, "manipulate"],
      [4, "undo"],
      [5, "reference"],
    ]);
    const [same, none] = await turnsOfSessions(db(), [session.id, "no-such-session"]);
    expect(same).toEqual(all);
    expect(none).toEqual([]);
    expect(all[2]).toMatchObject({
      manipulations: [{ attribute: "color", from: "red", to: "c3" }],
      rankedProductIds: ["p3", "p4"],
      scores: [0.9, 0.47],
      latencyMs: 13,
    });
    const { token } = await createSession(db(), {
      userId: "u9",
      start: { kind: "text", text: "x" },
      model: "m",
    });
    expect(await sessionByToken(db(), token)).toMatchObject({ turnCount: 0 });
    const stored = await db().prisma.chatSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored).toMatchObject({ turnCount: 5, currentTurnId: t5.id });
  });

  it("round-trips a state snapshot's bytes exactly", async () => {
    const { session } = await createSession(db(), {
      userId: "u2",
      start: { kind: "product", productId: "p1" },
      model: "mann-test",
    });
    const state = Uint8Array.from([0, 255, 0, 0, 1, 128, 127, ...stateBytes(7), 0]);
    const root = await appendTurn(db(), { ...turn(session.id, null, "start", 0), state });
    const [stored] = await turnPath(db(), root.id);
    expect(stored?.state).toBeInstanceOf(Uint8Array);
    expect(Array.from(stored?.state ?? [])).toEqual(Array.from(state));
  });

  it("reads only the turns after a known seq, and states by turn id", async () => {
    const started = (userId: string) =>
      createSession(db(), {
        userId,
        start: { kind: "attributes", attributes: { color: "red" } },
        model: "mann-test",
      });
    const [a, b] = [await started("u5"), await started("u6")];
    expect(await sessionByToken(db(), a.token)).toEqual(a.session);
    const rootA = await appendTurn(db(), turn(a.session.id, null, "start", 0));
    const nextA = await appendTurn(db(), turn(a.session.id, rootA.id, "manipulate", 1));
    const rootB = await appendTurn(db(), turn(b.session.id, null, "start", 2));

    const [afterA, allB, none] = await turnsAfter(db(), [
      { sessionId: a.session.id, afterSeq: 1 },
      { sessionId: b.session.id, afterSeq: 0 },
      { sessionId: "no-such-session", afterSeq: 0 },
    ]);
    const { state: _a, ...recordA } = nextA;
    const { state: _b, ...recordB } = rootB;
    expect(afterA).toEqual([recordA]);
    expect(allB).toEqual([recordB]);
    expect(none).toEqual([]);

    const states = await turnStates(db(), [nextA.id, "no-such-turn", rootA.id]);
    expect(states.map((s) => s && Array.from(s))).toEqual([
      Array.from(stateBytes(1)),
      null,
      Array.from(stateBytes(0)),
    ]);
  });

  it("appends without waiting for the disk when asked, with the same checks", async () => {
    const { session } = await createSession(db(), {
      userId: "u7",
      start: { kind: "product", productId: "p1" },
      model: "mann-test",
    });
    const fast = { commit: "async" } as const;
    const root = await appendTurn(db(), turn(session.id, null, "start", 0), fast);
    const next = await appendTurn(db(), turn(session.id, root.id, "manipulate", 1), fast);
    expect((await sessionTurns(db(), session.id)).map((t) => t.id)).toEqual([root.id, next.id]);
    expect(Array.from((await turnPath(db(), next.id)).at(-1)?.state ?? [])).toEqual(
      Array.from(stateBytes(1)),
    );
    const refused = await rejection(
      appendTurn(db(), turn(session.id, "no-such-turn", "manipulate", 2), fast),
    );
    expect(isInputError(refused)).toBe(true);
    expect(await sessionTurns(db(), session.id)).toHaveLength(2);
  });

  it("finds a session by its token only", async () => {
    const { session, token } = await createSession(db(), {
      userId: "u3",
      start: { kind: "text", text: "a navy shirt with long sleeves" },
      model: "mann-test",
    });
    expect(await sessionByToken(db(), token)).toEqual(session);
    expect(session.start).toEqual({ kind: "text", text: "a navy shirt with long sleeves" });
    expect(await sessionByToken(db(), `${token.slice(0, -1)}x`)).toBeNull();
    expect(await sessionByToken(db(), session.id)).toBeNull();
    expect(await sessionByToken(db(), "")).toBeNull();
    // Only the hash is stored.
    const row = await db().prisma.chatSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("refuses a parent from another session and writes nothing", async () => {
    const mine = (
      await createSession(db(), { userId: "a", start: { kind: "text", text: "x" }, model: "m" })
    ).session;
    const theirs = (
      await createSession(db(), { userId: "b", start: { kind: "text", text: "y" }, model: "m" })
    ).session;
    const myRoot = await appendTurn(db(), turn(mine.id, null, "start", 1));
    const theirRoot = await appendTurn(db(), turn(theirs.id, null, "start", 2));
    const before = await db().prisma.turn.count();

    const error = await rejection(appendTurn(db(), turn(mine.id, theirRoot.id, "manipulate", 3)));
    expect(isInputError(error) && error.issues[0]?.field).toBe("parentId");
    const second = await rejection(appendTurn(db(), turn(mine.id, null, "start", 4)));
    expect(isInputError(second) && second.issues[0]?.field).toBe("parentId");
    const bad = await rejection(
      appendTurn(db(), {
        ...turn(mine.id, myRoot.id, "manipulate", 5),
        scores: [1],
        latencyMs: -1,
      }),
    );
    expect(isInputError(bad) && bad.issues.map((issue) => issue.field).sort()).toEqual([
      "latencyMs",
      "scores",
    ]);

    expect(await db().prisma.turn.count()).toBe(before);
    const row = await db().prisma.chatSession.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row).toMatchObject({ turnCount: 1, currentTurnId: myRoot.id });
  });

  it("records exposures and their events", async () => {
    const experiment = await createExperiment(db(), {
      key: "mann-vs-addem",
      variants: [
        { key: "mann", weight: 1, config: { manipulator: "mann", index: { kind: "hnsw" } } },
        { key: "adde-m", weight: 2, config: { manipulator: "adde-m", modelDir: "models/x" } },
      ],
    });
    expect(await experimentByKey(db(), "mann-vs-addem")).toEqual(experiment);
    const dup = await rejection(createExperiment(db(), { ...experiment, variants: [] }));
    expect(isInputError(dup) && dup.issues[0]?.field).toBe("variants");
    const taken = await rejection(
      createExperiment(db(), {
        key: experiment.key,
        variants: [{ key: "a", weight: 1, config: {} }],
      }),
    );
    expect(isInputError(taken) && taken.issues[0]?.field).toBe("key");

    const variant = experiment.variants.find((v) => v.key === "mann");
    if (!variant) throw new Error("variant missing");
    const { session } = await createSession(db(), {
      userId: "u5",
      start: { kind: "text", text: "dress" },
      model: "mann-test",
      variantId: variant.id,
    });
    const root = await appendTurn(db(), {
      ...turn(session.id, null, "start", 1),
      variantId: variant.id,
    });
    const exposure = await recordExposure(db(), {
      experimentId: experiment.id,
      variantId: variant.id,
      userId: "u5",
      turnId: root.id,
      rankedProductIds: root.rankedProductIds,
    });
    expect(exposure.sessionId).toBe(session.id);
    const seen = await recordEvent(db(), { exposureId: exposure.id, kind: "impression" });
    await recordEvent(db(), { exposureId: exposure.id, kind: "click", productId: "p1" });
    // A list is seen once: reporting its impression again (a reload) returns the first one.
    expect(await recordEvent(db(), { exposureId: exposure.id, kind: "impression" })).toEqual(seen);
    await recordEvent(db(), { exposureId: exposure.id, kind: "add_to_cart", productId: "p2" });
    const notShown = await rejection(
      recordEvent(db(), { exposureId: exposure.id, kind: "like", productId: "p99" }),
    );
    expect(isInputError(notShown) && notShown.issues[0]?.field).toBe("productId");
    const other = await createExperiment(db(), {
      key: "other",
      variants: [{ key: "a", weight: 1, config: {} }],
    });
    const wrong = await rejection(
      recordExposure(db(), {
        experimentId: other.id,
        variantId: variant.id,
        userId: "u5",
        rankedProductIds: [],
      }),
    );
    expect(isInputError(wrong) && wrong.issues[0]?.field).toBe("variantId");
    expect((await exposureEvents(db(), exposure.id)).map((e) => e.kind)).toEqual([
      "impression",
      "click",
      "add_to_cart",
    ]);
    expect(await db().prisma.exposure.count()).toBe(1);
  });

  it("looks up API key roles and refuses revoked keys", async () => {
    const analyst = await createApiKey(db(), { role: "analyst", label: "dashboards" });
    const admin = await createApiKey(db(), { role: "admin" });
    expect(await apiKeyRole(db(), analyst.key)).toBe("analyst");
    expect(await apiKeyRole(db(), admin.key)).toBe("admin");
    expect(await apiKeyRole(db(), `${admin.key}x`)).toBeNull();
    expect(await revokeApiKey(db(), admin.id)).toBe(true);
    expect(await revokeApiKey(db(), admin.id)).toBe(false);
    expect(await apiKeyRole(db(), admin.key)).toBeNull();
    const bad = await rejection(createApiKey(db(), { role: "owner" as "admin" }));
    expect(isInputError(bad) && bad.issues[0]?.field).toBe("role");
  });
});
