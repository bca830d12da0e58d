import { seededRandom } from "@atelier/random";
import type { Scalar } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { isManipulatorError } from "../errors.ts";
import { tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { disposeAddeMBatch } from "./batch.ts";
import { ADDE_M_LOSS_DEFAULTS, addeMLoss, offBlockPenalty } from "./losses.ts";
import { createAddeM } from "./memory.ts";
import { toyBatch, toyEncoder, toyItems } from "./test-support.ts";
import { createAddeMTrainer } from "./train.ts";

useWasmTf();

const DIM = 4;

describe("off-block penalty", () => {
  it("is 0 after the prototype initialisation and grows with an off-block entry", () => {
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const items = toyItems(tf, toyEncoder(tinySchema, DIM, seededRandom(1)), 30);
    block.initPrototypes(items.features, items.labels);
    const penalty = () => tf.tidy(() => offBlockPenalty(tf, block).dataSync()[0]);
    expect(penalty()).toBe(0);
    // Row 0 is attribute 0's chunk; column 3 is a value of attribute 1: off the blocks.
    tf.tidy(() =>
      block.weights.assign(
        block.weights.add(
          tf
            .oneHot([3], 7)
            .mul(-0.25)
            .pad([
              [0, 11],
              [0, 0],
            ]),
        ),
      ),
    );
    expect(penalty()).toBeCloseTo(0.25, 6);
    for (const t of [items.features, items.labels]) t.dispose();
    block.dispose();
  });
});

describe("training", () => {
  it.each(["prototype", "target"] as const)(
    "reduces the loss on a toy problem (%s consistency)",
    (consistencyLoss) => {
      const random = seededRandom(2);
      const encoder = toyEncoder(tinySchema, DIM, random);
      const block = createAddeM(tf, tinySchema, { dim: DIM }); // zeros: nothing learnt yet
      const loss = { ...ADDE_M_LOSS_DEFAULTS, consistencyLoss };
      const trainer = createAddeMTrainer(tf, block, { learningRate: 0.05, loss });
      const batch = toyBatch(tf, encoder, random, 32);
      const first = trainer.trainStep(batch);
      let last = first;
      for (let step = 0; step < 30; step++) last = trainer.trainStep(batch);
      expect(last.total).toBeLessThan(0.5 * first.total);
      expect(last.triplet).toBeLessThan(first.triplet);
      disposeAddeMBatch(batch);
      trainer.dispose();
      block.dispose();
    },
  );

  it("starts lower from the prototypes than from zeros", () => {
    const random = seededRandom(3);
    const encoder = toyEncoder(tinySchema, DIM, random);
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const batch = toyBatch(tf, encoder, random, 32);
    const total = () => tf.tidy(() => addeMLoss(tf, block, batch).total.dataSync()[0] ?? 0);
    const before = total();
    const items = toyItems(tf, encoder, 60);
    block.initPrototypes(items.features, items.labels);
    expect(total()).toBeLessThan(0.25 * before);
    for (const t of [items.features, items.labels]) t.dispose();
    disposeAddeMBatch(batch);
    block.dispose();
  });

  it("has finite gradients, also where the anchor equals the negative", () => {
    const random = seededRandom(4);
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const batch = toyBatch(tf, toyEncoder(tinySchema, DIM, random), random, 8);
    // Zero W and zero indicators: the anchor is the reference, which is the negative.
    const still = { ...batch, indicators: tf.zerosLike(batch.indicators) };
    for (const b of [batch, still]) {
      const finite = tf.tidy(() => {
        const { grads } = tf.variableGrads(
          () => addeMLoss(tf, block, b).total as Scalar,
          [block.weights],
        );
        return Object.values(grads).every((g) => g.isFinite().all().dataSync()[0] === 1);
      });
      expect(finite).toBe(true);
    }
    still.indicators.dispose();
    disposeAddeMBatch(batch);
    block.dispose();
  });

  it("asks for labels when the prototype consistency loss has none", () => {
    const random = seededRandom(5);
    const block = createAddeM(tf, tinySchema, { dim: DIM });
    const trainer = createAddeMTrainer(tf, block);
    const batch = toyBatch(tf, toyEncoder(tinySchema, DIM, random), random, 4);
    const { labels, ...unlabelled } = batch;
    let error: unknown;
    try {
      trainer.trainStep(unlabelled);
    } catch (e) {
      error = e;
    }
    expect(isManipulatorError(error) && error.message).toBe(
      "the prototype consistency loss needs batch.labels",
    );
    disposeAddeMBatch(batch);
    trainer.dispose();
    block.dispose();
  });
});
