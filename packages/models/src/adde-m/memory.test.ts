import { seededRandom, uniformArray } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import type { Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { errorOf } from "../manipulators/test-support.ts";
import { maxAbsDiff, randomIndicators, tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { createAddeM } from "./memory.ts";
import { rowsTensor, toyBlock, toyEncoder, toyItems } from "./test-support.ts";

useWasmTf();

const DIM = 4;
const K = 3 * DIM;

function vectors(seed: number, batch: number, width = K): Tensor2D {
  return tf.tensor2d(uniformArray(seededRandom(seed), batch * width, -1, 1), [batch, width]);
}

function indicators(seed: number, batch: number): Tensor2D {
  return rowsTensor(tf, randomIndicators(tinySchema, seededRandom(seed), batch));
}

/** Chunk `a` of the mean of the first `limit` rows whose labels have value `v` (column). */
function expectedColumn(
  features: number[][],
  labels: number[][],
  column: number,
  attribute: number,
  limit: number,
): number[] {
  const rows = features.filter((_, i) => labels[i]?.[column] === 1).slice(0, limit);
  return Array.from({ length: DIM }, (_, d) => {
    const sum = rows.reduce((s, r) => s + (r[attribute * DIM + d] ?? 0), 0);
    return rows.length === 0 ? 0 : sum / rows.length;
  });
}

describe("initPrototypes", () => {
  it.each([100, 3])("sets block means of up to %i items per value and zeros off-block", (limit) => {
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const encoder = toyEncoder(tinySchema, DIM, seededRandom(1));
    const { features, labels } = toyItems(tf, encoder, 40);
    block.initPrototypes(features, labels, limit);
    const w = block.weights.arraySync() as number[][];
    const [f, l] = [features.arraySync(), labels.arraySync()];
    for (const a of tinySchema.attributes) {
      for (let v = 0; v < a.size; v++) {
        const column = a.offset + v;
        const got = w.map((row) => row[column] ?? Number.NaN);
        const mean = expectedColumn(f, l, column, a.index, limit);
        const want = got.map((_, r) => (Math.floor(r / DIM) === a.index ? mean[r % DIM] : 0));
        expect(maxAbsDiff(got, want as number[]), `${a.key}=${a.values[v]}`).toBeLessThan(1e-6);
      }
    }
    for (const t of [features, labels]) t.dispose();
    block.dispose();
  });

  it("gives zeros to a value no item has", () => {
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const features = vectors(2, 2);
    const labels = tf.tensor2d([1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0], [2, 7]);
    block.initPrototypes(features, labels);
    const w = block.weights.arraySync() as number[][];
    expect(w.map((row) => row[2])).toEqual(new Array(K).fill(0)); // shape=Wrap: no item
    expect(w.map((row) => row[0]).some((x) => x !== 0)).toBe(true);
    for (const t of [features, labels]) t.dispose();
    block.dispose();
  });
});

describe("queries", () => {
  it("sizes W from the schema and dim", () => {
    const block = createAddeM(tf, shopping100k, { dim: 5 });
    expect(block.weights.shape).toEqual([60, 151]);
    block.dispose();
  });

  it("maps an all-zero indicator to normalize(f)", () => {
    const block = toyBlock(tf, tinySchema, DIM, 3);
    const f = vectors(4, 3);
    const zero = tf.zeros([3, tinySchema.total]) as Tensor2D;
    const q = block.manipulate(f, zero);
    const expected = tf.tidy(() => tf.div(f, tf.norm(f, 2, 1, true)));
    expect(maxAbsDiff(q.dataSync(), expected.dataSync())).toBeLessThan(1e-6);
    for (const t of [f, zero, q, expected]) t.dispose();
    block.dispose();
  });

  it("agrees between thesis and fair for one step and differs for two", () => {
    const block = toyBlock(tf, tinySchema, DIM, 5);
    const f = tf.tidy(() => tf.mul(vectors(6, 4), 3) as Tensor2D); // |f| != 1: thesis forgets it
    const steps = [indicators(7, 4), indicators(8, 4)];
    const run = (n: number, mode: "thesis" | "fair") =>
      block.manipulateSteps(f, steps.slice(0, n), mode);
    const [thesis1, fair1, thesis2, fair2] = [
      run(1, "thesis"),
      run(1, "fair"),
      run(2, "thesis"),
      run(2, "fair"),
    ];
    const single = block.manipulate(f, steps[0] as Tensor2D);
    expect(maxAbsDiff(thesis1.dataSync(), fair1.dataSync())).toBeLessThan(1e-6);
    expect(maxAbsDiff(fair1.dataSync(), single.dataSync())).toBeLessThan(1e-6);
    expect(maxAbsDiff(thesis2.dataSync(), fair2.dataSync())).toBeGreaterThan(1e-3);
    for (const t of [f, ...steps, thesis1, fair1, thesis2, fair2, single]) {
      t.dispose();
    }
    block.dispose();
  });

  it("names the wrong tensor and its expected shape", () => {
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const f = vectors(9, 2);
    const narrow = vectors(10, 2, K - 1);
    const wrong = tf.zeros([2, 6]) as Tensor2D;
    expect(errorOf(() => block.manipulate(narrow, wrong))).toBe(
      "bad-input: features must have shape [batch >= 1, 12] (3 attributes x 4), got [2, 11]",
    );
    expect(errorOf(() => block.manipulate(f, wrong))).toBe(
      "bad-input: indicators (1 per row, 7 wide) must have shape [2, 7], got [2, 6]",
    );
    expect(errorOf(() => block.initPrototypes(f, wrong))).toContain("prototype labels");
    expect(errorOf(() => createAddeM(tf, tinySchema, { dim: 0 }))).toBe(
      "bad-config: dim must be a positive integer, got 0",
    );
    for (const t of [f, narrow, wrong]) t.dispose();
    block.dispose();
  });
});
