import { seededRandom } from "@atelier/random";
import type { Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { errorOf } from "../manipulators/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { ENCODER_LOSS_DEFAULTS, encoderLoss } from "./losses.ts";
import { squares, tinyEncoder } from "./test-support.ts";
import { createEncoderTrainer } from "./train.ts";

useWasmTf();

describe("encoder trainer", () => {
  it("reduces the loss on coloured squares", () => {
    const encoder = tinyEncoder(4);
    const trainer = createEncoderTrainer(tf, encoder);
    const batch = squares(seededRandom(4), 16);
    // One fixed batch: ADDE's weights and Adam at 1e-3 take the total from ~0.51 to ~0.31.
    const losses = Array.from({ length: 30 }, () => trainer.trainStep(batch));
    const first = losses[0];
    const last = losses.at(-1);
    expect(first?.triplet).toBeGreaterThan(0);
    expect(last?.total).toBeLessThan((first?.total ?? 0) * 0.75);
    expect(last?.classification).toBeLessThan(first?.classification ?? 0);
    expect(last?.triplet).toBeLessThan(first?.triplet ?? 0);
    for (const l of losses) expect(l.total).toBeCloseTo(0.2 * l.classification + l.triplet, 5);
    batch.images.dispose();
    trainer.dispose();
    encoder.dispose();
  });

  it("has finite gradients for every weight", () => {
    const encoder = tinyEncoder(5);
    const batch = squares(seededRandom(5), 8);
    const finite = tf.tidy(() => {
      const rows = batch.valueIndices.map((r) => Array.from(r));
      const values = tf.tensor2d(rows, undefined, "int32") as Tensor2D;
      const { grads } = tf.variableGrads(
        () => encoderLoss(tf, encoder.apply(batch.images), values, ENCODER_LOSS_DEFAULTS).total,
        encoder.variables(),
      );
      return Object.values(grads).map((g) => g.dataSync().every(Number.isFinite));
    });
    expect(finite).toHaveLength(encoder.variables().length);
    expect(finite.every(Boolean)).toBe(true);
    batch.images.dispose();
    encoder.dispose();
  });

  it("names what is wrong with the labels, before any tensor is made", () => {
    const encoder = tinyEncoder(6);
    const trainer = createEncoderTrainer(tf, encoder);
    const { images, valueIndices } = squares(seededRandom(6), 3);
    const step = (rows: ArrayLike<number>[]) => () =>
      trainer.trainStep({ images, valueIndices: rows });
    expect(errorOf(step(valueIndices.slice(1)))).toBe(
      "bad-input: valueIndices has 2 rows for 3 images",
    );
    expect(errorOf(step([[0, 1], ...valueIndices.slice(1)]))).toBe(
      "bad-input: valueIndices[0] has 2 entries, the schema has 3 attributes",
    );
    expect(errorOf(step([...valueIndices.slice(0, 2), [0, 4, -1]]))).toBe(
      "bad-input: valueIndices[2][1] (position) is 4: expected -1 (missing) to 3",
    );
    images.dispose();
    trainer.dispose();
    encoder.dispose();
  });
});
