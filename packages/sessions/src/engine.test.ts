import type { VectorIndex } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import { disposeManipulatorState, type Manipulator } from "@atelier/models";
import type { Manipulation } from "@atelier/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRetrievalEngine, type RetrievalEngine } from "./engine.ts";
import { loadDefaultMann, randomIndex, randomVectors, row, wasmTf } from "./test-support.ts";
import { indicatorsOf } from "./validate.ts";

const PRODUCTS = 200;
const DIM = 384;
const RED_TO_NAVY: Manipulation = { attribute: "color", remove: "Red", add: "Navy" };
const SLEEVES: Manipulation = { attribute: "sleevelen", add: "Long" };

let tf: Tf;
let mann: Manipulator;
let index: VectorIndex;
let references: Float32Array;

beforeAll(async () => {
  tf = await wasmTf();
  mann = await loadDefaultMann(tf);
  index = await randomIndex(PRODUCTS, DIM, 1);
  references = randomVectors(40, DIM, 2);
});

afterAll(() => mann?.dispose());

const engineOf = (maxBatch = 64): RetrievalEngine =>
  createRetrievalEngine({ tf, manipulator: mann, index, batching: { maxBatch } });

/** The MANN run directly, as the demo does: init, one step per manipulation, query. */
async function directQuery(reference: Float32Array, indicators: Float32Array[]) {
  let state = tf.tidy(() => mann.init(tf.tensor2d(reference, [1, DIM])));
  for (const indicator of indicators) {
    const next = tf.tidy(() => mann.step(state, tf.tensor2d(indicator, [1, indicator.length])));
    disposeManipulatorState(state);
    state = next;
  }
  const query = mann.query(state);
  const values = (await query.data()) as Float32Array;
  query.dispose();
  disposeManipulatorState(state);
  return values.slice();
}

describe("createRetrievalEngine", () => {
  it("ranks a turn as the manipulator run directly, then searched", async () => {
    const engine = engineOf();
    const reference = row(references, DIM, 0);
    const started = await engine.start(reference, { k: 5 });
    const turned = await engine.turn(started.state, [RED_TO_NAVY, SLEEVES], { k: 10 });
    const query = await directQuery(reference, indicatorsOf(mann.schema, [RED_TO_NAVY, SLEEVES]));
    const found = await index.search(query, 10);
    expect(turned.ranked.ids).toEqual(found.ids);
    expect(turned.ranked.scores).toEqual(found.distances);
    expect(started.ranked.ids).toHaveLength(5);
  });

  /** `count` stored sessions of 0, 1 or 2 manipulations (so batches exercise the mask). */
  async function sessions(count: number) {
    const engine = engineOf(1);
    return Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const { state } = await engine.start(row(references, DIM, i), { k: 3 });
        const manipulations = [RED_TO_NAVY, SLEEVES].slice(0, i % 3);
        return { state, manipulations, k: 3 + (i % 4) };
      }),
    );
  }

  async function oneByOneAndBatched(count: number) {
    const turns = await sessions(count);
    const alone = engineOf(1);
    const one = [];
    for (const t of turns) one.push(await alone.turn(t.state, t.manipulations, { k: t.k }));
    // Counts model steps: a batch of sessions of up to 2 manipulations takes 2.
    let steps = 0;
    const counted = {
      ...mann,
      step: (...args: Parameters<Manipulator["step"]>) => {
        steps++;
        return mann.step(...args);
      },
    };
    const batched = createRetrievalEngine({ tf, manipulator: counted, index });
    const many = await Promise.all(
      turns.map((t) => batched.turn(t.state, t.manipulations, { k: t.k })),
    );
    return { one, many, steps };
  }

  it("gives batched turns exactly the results of running them one by one", async () => {
    const { one, many, steps } = await oneByOneAndBatched(16);
    expect(steps).toBe(2);
    expect(many).toEqual(one);
  });

  it("keeps batches past faiss's BLAS threshold exact in states and ids", async () => {
    // faiss scores 20 or more queries with one sgemm, whose sums round differently from the
    // one-query loop in the last bits; the model step itself stays bit for bit.
    const { one, many } = await oneByOneAndBatched(24);
    many.forEach((m, i) => {
      const alone = one[i];
      expect(m.state).toEqual(alone?.state);
      expect(m.ranked.ids).toEqual(alone?.ranked.ids);
      m.ranked.scores.forEach((score, j) => {
        expect(Math.abs(score - (alone?.ranked.scores[j] ?? 0))).toBeLessThan(1e-6);
      });
    });
  });

  it("serves the next turn from stored bytes in a fresh engine (any replica)", async () => {
    const first = engineOf();
    const started = await first.start(row(references, DIM, 3), { k: 5 });
    const one = await first.turn(started.state, [RED_TO_NAVY], { k: 5 });
    const two = await first.turn(one.state, [SLEEVES], { k: 5 });
    const stored = Uint8Array.from(one.state);
    const replica = engineOf();
    expect(await replica.turn(stored, [SLEEVES], { k: 5 })).toEqual(two);
  });

  it("keeps a session's state when a turn has no manipulation", async () => {
    const engine = engineOf();
    const started = await engine.start(row(references, DIM, 4), { k: 5 });
    const again = await engine.turn(started.state, [], { k: 5 });
    expect(again).toEqual(started);
  });

  it("searches only the ids a filter allows, k of them", async () => {
    const engine = engineOf();
    const mask = new Uint8Array(PRODUCTS);
    for (let id = 0; id < PRODUCTS; id += 7) mask[id] = 1;
    const { state } = await engine.start(row(references, DIM, 5), { k: 5 });
    const [open, filtered] = await Promise.all([
      engine.turn(state, [RED_TO_NAVY], { k: 8 }),
      engine.turn(state, [RED_TO_NAVY], { k: 8, filter: mask }),
    ]);
    expect(filtered.ranked.ids).toHaveLength(8);
    for (const id of filtered.ranked.ids) expect(id % 7).toBe(0);
    expect(filtered.state).toEqual(open.state);
  });

  it("leaks no tensors over many turns", async () => {
    const engine = engineOf();
    const { state } = await engine.start(row(references, DIM, 6), { k: 5 });
    const before = tf.memory().numTensors;
    let current = state;
    for (let i = 0; i < 5; i++) {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => engine.turn(current, [RED_TO_NAVY, SLEEVES], { k: 5 })),
      );
      current = results[0]?.state ?? current;
      await engine.start(row(references, DIM, i), { k: 5 });
      await engine.turn(current, [{ attribute: "nope", add: "x" }], { k: 5 }).catch(() => {});
      await engine.turn(new Uint8Array(current.length), [], { k: 5 }).catch(() => {});
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
