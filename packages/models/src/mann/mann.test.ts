import { seededRandom, uniformArray } from "@atelier/random";
import { manipulationIndicator, shopping100k } from "@atelier/schema";
import type { Tensor1D, Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { disposeNtmState, type NtmState, STATE_FIELDS } from "../ntm/state.ts";
import { stateFromBytes, stateToBytes } from "../ntm/state-bytes.ts";
import { stateBits } from "../test-support/ntm-state.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import type { MannOptions } from "./config.ts";
import { createMann, type Mann } from "./mann.ts";
import { maxAbsDiff, randomIndicators, tinySchema } from "./test-support.ts";

useWasmTf();

const DIM = 4;
const BATCH = 4;
const small = { dim: DIM, controllerUnits: 8 };

function vectors(seed: number, batch: number, width: number): Tensor2D {
  return tf.tensor2d(uniformArray(seededRandom(seed), batch * width, -1, 1), [batch, width]);
}

function indicators(seed: number, batch: number, schema = tinySchema): Tensor2D {
  const rows = randomIndicators(schema, seededRandom(seed), batch);
  return tf.tensor2d(
    rows.flatMap((r) => Array.from(r)),
    [batch, schema.total],
  );
}

/** Every field's values, flattened, in STATE_FIELDS order. */
function values(state: NtmState): Float32Array[] {
  return STATE_FIELDS.map((f) => state[f].dataSync() as Float32Array);
}

/** Runs `steps` batches of indicators from `queries`; returns the final state. */
function run(mann: Mann, queries: Tensor2D, steps: Tensor2D[]): NtmState {
  let state = mann.init(queries);
  for (const input of steps) {
    const next = mann.step(state, input);
    disposeNtmState(state);
    state = next;
  }
  return state;
}

describe("createMann on Shopping100k's schema", () => {
  it("sizes the memory, input and query from the schema and dim", () => {
    const mann = createMann(tf, shopping100k, small, 1);
    expect(mann.config).toMatchObject({ attributes: 12, dim: DIM, indicatorSize: 151 });
    expect(mann.config.vectorSize).toBe(12 * DIM);
    const queries = vectors(1, 2, 12 * DIM);
    const color = manipulationIndicator(shopping100k, { attribute: "color", add: "Navy" });
    const input = tf.tensor2d([...color, ...color], [2, 151]);
    const s0 = mann.init(queries);
    const s1 = mann.step(s0, input);
    const query = mann.query(s1);
    expect(s1.memory.shape).toEqual([2, 12, DIM]);
    expect(query.shape).toEqual([2, 12 * DIM]);
    for (const t of [queries, input, query]) t.dispose();
    for (const s of [s0, s1]) disposeNtmState(s);
    mann.dispose();
  });
});

describe("init and query", () => {
  it("puts chunk r of the query vector in memory row r and queries its normalised self", () => {
    const mann = createMann(tf, tinySchema, small, 2);
    const queries = vectors(3, BATCH, 3 * DIM);
    const state = mann.init(queries);
    const raw = queries.dataSync();
    expect(Array.from(state.memory.dataSync())).toEqual(Array.from(raw));
    const query = mann.query(state);
    const got = query.dataSync();
    for (let b = 0; b < BATCH; b++) {
      const row = raw.slice(b * 3 * DIM, (b + 1) * 3 * DIM);
      const norm = Math.hypot(...row);
      const expected = Array.from(row, (v) => v / norm);
      expect(maxAbsDiff(got.slice(b * 3 * DIM, (b + 1) * 3 * DIM), expected)).toBeLessThan(1e-6);
    }
    query.dispose();
    queries.dispose();
    disposeNtmState(state);
    mann.dispose();
  });
});

const variants: Array<[string, MannOptions]> = [
  ["content addressing, content writes (thesis)", small],
  ["full addressing", { ...small, addressing: "full" }],
  ["attribute writes", { ...small, writeBy: "attribute" }],
];

describe.each(variants)("step with %s", (_, options) => {
  it("steps a batch of sessions exactly as it steps each alone", () => {
    const mann = createMann(tf, tinySchema, options, 4);
    const queries = vectors(5, BATCH, 3 * DIM);
    const steps = [indicators(6, BATCH), indicators(7, BATCH), indicators(8, BATCH)];
    const batched = run(mann, queries, steps);
    const all = values(batched);
    for (let b = 0; b < BATCH; b++) {
      const one = (t: Tensor2D) => t.slice([b, 0], [1, -1]);
      const alone = tf.tidy(() => values(run(mann, one(queries), steps.map(one))));
      for (const [i, field] of alone.entries()) {
        const whole = all[i] as Float32Array;
        const per = field.length;
        expect(maxAbsDiff(field, whole.slice(b * per, (b + 1) * per))).toBeLessThan(1e-5);
      }
    }
    disposeNtmState(batched);
    for (const t of [queries, ...steps]) t.dispose();
    mann.dispose();
  });

  it("keeps sessions masked 0 exactly and steps the others as without a mask", () => {
    const mann = createMann(tf, tinySchema, options, 9);
    const queries = vectors(10, BATCH, 3 * DIM);
    const input = indicators(11, BATCH);
    const mask = tf.tensor1d([1, 0, 1, 0]) as Tensor1D;
    const s0 = mann.init(queries);
    const stepped = mann.step(s0, input);
    const masked = mann.step(s0, input, mask);
    const [before, after, plain] = [values(s0), values(masked), values(stepped)];
    for (const [i, field] of STATE_FIELDS.entries()) {
      const per = (after[i] as Float32Array).length / BATCH;
      for (let b = 0; b < BATCH; b++) {
        const from = b % 2 === 0 ? plain : before;
        const part = (x: Float32Array[]) => Array.from(x[i]?.slice(b * per, (b + 1) * per) ?? []);
        expect(part(after), `${field} of session ${b}`).toEqual(part(from));
      }
    }
    for (const s of [s0, stepped, masked]) disposeNtmState(s);
    for (const t of [queries, input, mask]) t.dispose();
    mann.dispose();
  });

  it("restores a stepped state from bytes bit for bit, and steps it on identically", async () => {
    const mann = createMann(tf, tinySchema, options, 12);
    const queries = vectors(13, BATCH, 3 * DIM);
    const input = indicators(14, BATCH);
    const state = run(mann, queries, [input]);
    const restored = stateFromBytes(tf, await stateToBytes(state), mann.stateShape);
    expect(stateBits(restored)).toEqual(stateBits(state));
    const [a, b] = [mann.step(state, input), mann.step(restored, input)];
    expect(values(b)).toEqual(values(a));
    for (const s of [state, restored, a, b]) disposeNtmState(s);
    for (const t of [queries, input]) t.dispose();
    mann.dispose();
  });
});

describe('writeBy: "attribute"', () => {
  it("writes only the row of the attribute each manipulation names", () => {
    const mann = createMann(tf, tinySchema, { ...small, writeBy: "attribute" }, 15);
    const queries = vectors(16, 3, 3 * DIM);
    // Session b manipulates attribute b: shape, sleeve, texture.
    const rows = [
      manipulationIndicator(tinySchema, { attribute: "shape", remove: "Wrap", add: "A-line" }),
      manipulationIndicator(tinySchema, { attribute: "sleeve", add: "Short" }),
      manipulationIndicator(tinySchema, { attribute: "texture", remove: "Lace" }),
    ];
    const input = tf.tensor2d(
      rows.flatMap((r) => Array.from(r)),
      [3, tinySchema.total],
    );
    const s0 = mann.init(queries);
    const s1 = mann.step(s0, input);
    const [before, after] = [s0.memory.arraySync(), s1.memory.arraySync()];
    for (let b = 0; b < 3; b++) {
      for (let r = 0; r < 3; r++) {
        if (r === b) expect(after[b]?.[r]).not.toEqual(before[b]?.[r]);
        else expect(after[b]?.[r], `session ${b}, row ${r}`).toEqual(before[b]?.[r]);
      }
    }
    expect(s1.writeWeights.arraySync()).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    for (const s of [s0, s1]) disposeNtmState(s);
    for (const t of [queries, input]) t.dispose();
    mann.dispose();
  });
});
