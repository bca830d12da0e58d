import type { Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { classificationLoss, labelTripletLoss, semiHardNegatives } from "./losses.ts";

useWasmTf();

/**
 * Five items; 0, 1 share value 0, 2, 3 share value 1 of the first attribute, 4 misses it.
 * With margin 0.25:
 * - anchor 0, positive 1 (d 1): 2 is semi-hard (1.1 in (1, 1.25)), 3 is harder (0.5) -> 2
 * - anchor 1, positive 0 (d 1): 2 (2.0) and 3 (1.5) are easy, none semi-hard -> hardest, 3
 * - anchor 2, positive 3 (d 0.3): 0 (1.1) and 1 (2.0) are easy -> hardest, 0
 * - anchor 3, positive 2 (d 0.3): 0 (0.5) is semi-hard (in (0.3, 0.55)) -> 0
 */
const D = [
  [0, 1, 1.1, 0.5, 0.7],
  [1, 0, 2.0, 1.5, 0.7],
  [1.1, 2.0, 0, 0.3, 0.7],
  [0.5, 1.5, 0.3, 0, 0.7],
  [0.7, 0.7, 0.7, 0.7, 0],
];

/** Second attribute: 0..3 share a value, 4 alone differs: every anchor's only negative is 4. */
const VALUES = [
  [0, 0],
  [0, 0],
  [1, 0],
  [1, 0],
  [-1, 1],
];

/** (anchor, positive) -> negative of the valid triplets of one attribute. */
function triplets(negatives: number[][], valid: boolean[][]): Record<string, number> {
  const out: Record<string, number> = {};
  valid.forEach((row, i) => {
    row.forEach((ok, j) => {
      if (ok) out[`${i},${j}`] = negatives[i]?.[j] ?? -1;
    });
  });
  return out;
}

describe("semi-hard mining", () => {
  it("picks the semi-hard negative, else the hardest, per attribute", () => {
    const [negatives, valid] = tf.tidy(() => {
      const distances = tf.tensor3d([D, D]);
      const mined = semiHardNegatives(tf, distances, tf.tensor2d(VALUES, undefined, "int32"), 0.25);
      return [mined.negatives.arraySync(), mined.valid.arraySync() as unknown as boolean[][][]];
    });
    const first = triplets(
      negatives[0] ?? [],
      (valid[0] ?? []).map((r) => r.map(Boolean)),
    );
    expect(first).toEqual({ "0,1": 2, "1,0": 3, "2,3": 0, "3,2": 0 });
    const second = triplets(
      negatives[1] ?? [],
      (valid[1] ?? []).map((r) => r.map(Boolean)),
    );
    expect(Object.keys(second)).toHaveLength(12);
    expect(new Set(Object.values(second))).toEqual(new Set([4]));
  });
});

describe("losses", () => {
  it("label triplet is 0 on separated chunks and grows when values mix", () => {
    const [separated, mixed] = tf.tidy(() => {
      const values = tf.tensor2d([[0], [0], [1], [1]], undefined, "int32") as Tensor2D;
      const apart = tf.tensor2d([
        [1, 0],
        [1, 0],
        [0, 1],
        [0, 1],
      ]) as Tensor2D;
      const mixedUp = tf.tensor2d([
        [1, 0],
        [0, 1],
        [1, 0],
        [0, 1],
      ]) as Tensor2D;
      return [apart, mixedUp].map((f) => labelTripletLoss(tf, f, values, 0.2).dataSync()[0]);
    });
    expect(separated).toBe(0);
    // Each anchor's positive is at 2, its hardest negative at 0: 2 - 0 + 0.2.
    expect(mixed).toBeCloseTo(2.2, 5);
  });

  it("classification is ln(classes) per attribute on zero logits, missing items included", () => {
    const loss = tf.tidy(() => {
      const logits = [tf.zeros([3, 4]), tf.zeros([3, 3])] as Tensor2D[];
      const values = tf.tensor2d(
        [
          [0, -1],
          [2, 1],
          [-1, -1],
        ],
        undefined,
        "int32",
      ) as Tensor2D;
      return classificationLoss(tf, logits, values, 0.25).dataSync()[0];
    });
    expect(loss).toBeCloseTo((Math.log(4) + Math.log(3)) / 2, 5);
  });

  it("has finite gradients through mining", () => {
    const grads = tf.tidy(() => {
      const x = tf.variable(tf.randomNormal([6, 8], 0, 1, "float32", 3));
      const values = tf.tensor2d(
        [
          [0, 1],
          [0, 0],
          [1, 1],
          [1, 0],
          [2, -1],
          [2, 1],
        ],
        undefined,
        "int32",
      );
      const { grads } = tf.variableGrads(
        () => labelTripletLoss(tf, x as unknown as Tensor2D, values as Tensor2D, 0.2),
        [x],
      );
      const flat = Array.from(Object.values(grads)[0]?.dataSync() ?? []);
      x.dispose();
      return flat;
    });
    expect(grads.length).toBe(48);
    expect(grads.every(Number.isFinite)).toBe(true);
    expect(grads.some((g) => g !== 0)).toBe(true);
  });
});
