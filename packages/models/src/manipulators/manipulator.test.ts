import { seededRandom, uniformArray } from "@atelier/random";
import type { Tensor1D, Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { rowsTensor } from "../adde-m/test-support.ts";
import { MANIPULATOR_KINDS, type Manipulator, type ManipulatorState } from "../manipulator.ts";
import { maxAbsDiff, randomIndicators, tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import {
  concatManipulatorStates,
  disposeManipulatorState,
  splitManipulatorState,
} from "./state.ts";
import { DIM, errorOf, runSteps, tinyAddeM, tinyManipulator } from "./test-support.ts";

useWasmTf();

const K = 3 * DIM;
const BATCH = 4;

const vectors = (seed: number, batch: number, width = K): Tensor2D =>
  tf.tensor2d(uniformArray(seededRandom(seed), batch * width, -1, 1), [batch, width]);

const indicators = (seed: number, batch: number): Tensor2D =>
  rowsTensor(tf, randomIndicators(tinySchema, seededRandom(seed), batch));

/** Every field's values in layout order, then the query's. */
function values(m: Manipulator, state: ManipulatorState): Float32Array[] {
  const tensors = state.tensors as Record<string, Tensor2D>;
  const query = m.query(state);
  const out = [...m.stateLayout.fields.map(({ name }) => tensors[name]), query];
  const data = out.map((t) => t?.dataSync() as Float32Array);
  query.dispose();
  return data;
}

describe.each(MANIPULATOR_KINDS)("%s", (kind) => {
  it("steps a batch of sessions as it steps each alone", () => {
    const m = tinyManipulator(kind, 1);
    const queries = vectors(2, BATCH);
    const steps = [indicators(3, BATCH), indicators(4, BATCH), indicators(5, BATCH)];
    const batched = runSteps(m, queries, steps);
    const all = values(m, batched);
    for (let b = 0; b < BATCH; b++) {
      const one = (t: Tensor2D) => t.slice([b, 0], [1, -1]);
      const alone = tf.tidy(() => {
        const state = runSteps(m, one(queries), steps.map(one));
        const v = values(m, state);
        disposeManipulatorState(state);
        return v;
      });
      for (const [i, field] of alone.entries()) {
        const per = field.length;
        const whole = (all[i] as Float32Array).slice(b * per, (b + 1) * per);
        expect(maxAbsDiff(field, whole), `field ${i} of session ${b}`).toBeLessThan(1e-5);
      }
    }
    disposeManipulatorState(batched);
    for (const t of [queries, ...steps]) t.dispose();
    m.dispose();
  });

  it("keeps sessions masked 0 exactly", () => {
    const m = tinyManipulator(kind, 6);
    const queries = vectors(7, BATCH);
    const input = indicators(8, BATCH);
    const mask = tf.tensor1d([0, 1, 0, 1]) as Tensor1D;
    const s0 = m.init(queries);
    const [plain, masked] = [m.step(s0, input), m.step(s0, input, mask)];
    const [before, after, stepped] = [values(m, s0), values(m, masked), values(m, plain)];
    for (const [i, field] of after.entries()) {
      const per = field.length / BATCH;
      for (let b = 0; b < BATCH; b++) {
        const part = (x: Float32Array[]) => Array.from(x[i]?.slice(b * per, (b + 1) * per) ?? []);
        expect(part(after)).toEqual(part(b % 2 === 0 ? before : stepped));
      }
    }
    for (const s of [s0, plain, masked]) disposeManipulatorState(s);
    for (const t of [queries, input, mask]) t.dispose();
    m.dispose();
  });

  it("round-trips states through bytes exactly, whole or per session", async () => {
    const m = tinyManipulator(kind, 9);
    const queries = vectors(10, BATCH);
    const input = indicators(11, BATCH);
    const state = runSteps(m, queries, [input]);
    const whole = m.stateFromBytes(await m.stateToBytes(state));
    const sessions = await m.sessionsToBytes(state);
    const joined = m.stateFromBytes(sessions);
    const bits = (s: ManipulatorState) =>
      values(m, s).map((v) => Array.from(new Uint32Array(v.buffer)));
    expect(sessions).toHaveLength(BATCH);
    expect(bits(whole)).toEqual(bits(state));
    expect(bits(joined)).toEqual(bits(state));
    const [a, b] = [m.step(state, input), m.step(joined, input)];
    expect(bits(b)).toEqual(bits(a));
    const parts = splitManipulatorState(tf, state);
    const merged = concatManipulatorStates(tf, parts);
    expect(bits(merged)).toEqual(bits(state));
    for (const s of [state, whole, joined, a, b, merged, ...parts]) disposeManipulatorState(s);
    for (const t of [queries, input]) t.dispose();
    m.dispose();
  });

  it("names what is wrong with its inputs", async () => {
    const m = tinyManipulator(kind, 12);
    const other = tinyManipulator(kind === "mann" ? "adde-m-fair" : "mann", 13);
    const [queries, narrow, input] = [vectors(14, 2), vectors(15, 2, K - 1), indicators(16, 3)];
    const state = m.init(queries);
    const foreign = other.init(queries);
    expect(errorOf(() => m.init(narrow))).toMatch(
      /^bad-input: query vectors must have shape \[batch >= 1, 12\].*got \[2, 11\]$/,
    );
    expect(errorOf(() => m.step(state, input))).toMatch(
      /^bad-input: indicators .*must have shape \[2, 7\], got \[3, 7\]$/,
    );
    expect(errorOf(() => m.query(foreign))).toBe(
      `bad-input: a ${other.kind} state given to ${kind}`,
    );
    expect(errorOf(() => concatManipulatorStates(tf, [state, foreign]))).toBe(
      `bad-input: state 1 is ${other.kind}, not ${kind}`,
    );
    const bytes = await other.stateToBytes(foreign);
    expect(errorOf(() => m.stateFromBytes(bytes))).toBe(
      `bad-state-bytes: state bytes: kind is ${other.kind}, expected ${kind}`,
    );
    const mine = await m.stateToBytes(state);
    expect(errorOf(() => m.stateFromBytes(mine.subarray(0, mine.length - 4)))).toMatch(
      /^bad-state-bytes: state bytes: expected \d+ bytes for 2 sessions, got \d+$/,
    );
    for (const s of [state, foreign]) disposeManipulatorState(s);
    for (const t of [queries, narrow, input]) t.dispose();
    for (const x of [m, other]) x.dispose();
  });
});

describe.each(["thesis", "fair"] as const)("ADDE-M %s sessions", (mode) => {
  it("query what manipulateSteps gives, bit for bit", () => {
    const m = tinyAddeM(`adde-m-${mode}`, 17);
    const queries = tf.tidy(() => vectors(18, BATCH).mul(3) as Tensor2D);
    const steps = [indicators(19, BATCH), indicators(20, BATCH)];
    const state = runSteps(m, queries, steps);
    const q = m.query(state);
    const direct = m.block.manipulateSteps(queries, steps, mode);
    expect(Array.from(q.dataSync())).toEqual(Array.from(direct.dataSync()));
    disposeManipulatorState(state);
    for (const t of [queries, ...steps, q, direct]) t.dispose();
    m.dispose();
  });
});
