import type { Tf } from "@atelier/ml";
import { loadTfjsWasm } from "@atelier/ml";
import type { Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { contentWeights, cosineSimilarity, interpolate, sharpen, shift } from "./addressing.ts";
import { readMemory, writeMemory } from "./memory.ts";

let tf: Tf;
beforeAll(async () => {
  tf = await loadTfjsWasm();
  await tf.setBackend("wasm");
});

/** Runs `f` in a tidy and returns its result as nested arrays. */
function values(f: () => Tensor2D | Tensor3D): number[][] | number[][][] {
  return tf.tidy(() => f().arraySync());
}

const memory = () =>
  tf.tensor3d([
    [
      [1, 0],
      [0, 2],
      [-1, 0],
    ],
  ]);
const focus = () => tf.tensor2d([[0, 1, 0]]);

describe("addressing", () => {
  it("scores rows by cosine similarity and focuses on the best as beta grows", () => {
    const key = () => tf.tensor2d([[0, 5]]);
    expect(values(() => cosineSimilarity(tf, memory(), key()))[0]).toEqual([0, 1, 0]);
    const sharp = values(() =>
      contentWeights(tf, memory(), key(), tf.tensor2d([[50]])),
    ) as number[][];
    expect(sharp[0]?.[1]).toBeGreaterThan(0.99);
    const flat = values(() =>
      contentWeights(tf, memory(), key(), tf.tensor2d([[0]])),
    ) as number[][];
    for (const w of flat[0] ?? []) expect(w).toBeCloseTo(1 / 3, 6);
  });

  it("interpolates, shifts circularly and sharpens", () => {
    const mixed = values(() =>
      interpolate(tf, tf.tensor2d([[1, 0, 0]]), focus(), tf.tensor2d([[0.25]])),
    ) as number[][];
    expect(mixed[0]).toEqual([0.25, 0.75, 0]);
    // s = [back, stay, forward]: a pure forward shift moves the focus one row on, and wraps.
    const forward = tf.tensor2d([[0, 0, 1]]);
    expect(values(() => shift(tf, focus(), forward))[0]).toEqual([0, 0, 1]);
    expect(values(() => shift(tf, tf.tensor2d([[0, 0, 1]]), forward))[0]).toEqual([1, 0, 0]);
    expect(values(() => shift(tf, focus(), tf.tensor2d([[1, 0, 0]])))[0]).toEqual([1, 0, 0]);
    const sharpened = values(() =>
      sharpen(tf, tf.tensor2d([[0.2, 0.6, 0.2]]), tf.tensor2d([[3]])),
    ) as number[][];
    expect(sharpened[0]?.[1]).toBeCloseTo(0.216 / (0.216 + 2 * 0.008), 5);
  });

  it("reads a weighted sum of rows and writes by erase then add", () => {
    expect(values(() => readMemory(tf, memory(), tf.tensor2d([[0.5, 0.5, 0]])))).toEqual([
      [0.5, 1],
    ]);
    const written = values(() =>
      writeMemory(tf, memory(), focus(), tf.tensor2d([[1, 0.5]]), tf.tensor2d([[3, 1]])),
    );
    expect(written).toEqual([
      [
        [1, 0],
        [3, 2],
        [-1, 0],
      ],
    ]);
  });
});
