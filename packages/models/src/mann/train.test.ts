import { type Random, seededRandom, uniformArray } from "@atelier/random";
import { getAttribute, manipulationIndicator } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { type MannSequence, mannBatch } from "./batch.ts";
import type { MannOptions } from "./config.ts";
import { parseMannLoss } from "./loss.ts";
import { createMann } from "./mann.ts";
import { tinySchema } from "./test-support.ts";
import { createMannTrainer, MANN_TRAIN_DEFAULTS, mannLoss } from "./train.ts";

useWasmTf();

const DIM = 4;
const WIDTH = tinySchema.attributes.length * DIM;

/**
 * A tiny problem with a true answer: each value has a prototype chunk, and setting attribute r
 * to a value replaces chunk r of the vector with that value's prototype (ADDE-M's picture).
 */
function prototypeSequences(random: Random, count: number): MannSequence[] {
  const prototypes = uniformArray(seededRandom(99), tinySchema.total * DIM, -1, 1);
  return Array.from({ length: count }, () => {
    const query = uniformArray(random, WIDTH, -1, 1);
    const target = query.slice();
    const targetValues = tinySchema.attributes.map(() => -1);
    const indicators = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
      const attribute =
        tinySchema.attributes[Math.floor(random() * 3)] ?? getAttribute(tinySchema, "shape");
      const value = Math.floor(random() * attribute.size);
      const offset = (attribute.offset + value) * DIM;
      target.set(prototypes.subarray(offset, offset + DIM), attribute.index * DIM);
      targetValues[attribute.index] = value;
      const add = attribute.values[value] as string;
      return manipulationIndicator(tinySchema, { attribute: attribute.key, add });
    });
    return { query, indicators, target, targetValues };
  });
}

const variants: Array<[string, MannOptions]> = [
  ["the thesis's MANN", { dim: DIM, controllerUnits: 16 }],
  ["attribute writes", { dim: DIM, controllerUnits: 16, writeBy: "attribute" }],
  [
    "full addressing, stabilisers off",
    { dim: DIM, addressing: "full", tanhKeyAndAdd: false, outputClip: 0 },
  ],
];

describe("MANN training", () => {
  it("defaults to the thesis's RMSprop 1e-4 (momentum 0.9, decay 0.95) and clamp 10", () => {
    expect(MANN_TRAIN_DEFAULTS).toEqual({
      learningRate: 1e-4,
      decay: 0.95,
      momentum: 0.9,
      clipValue: 10,
      clipNorm: 0,
      loss: { "smooth-l1": 1, triplet: 0, consistency: 0, "label-triplet": 0 },
    });
  });

  it.each(variants)("has finite gradients for every weight: %s", (_, options) => {
    const mann = createMann(tf, tinySchema, { ...options, controllerUnits: 8 }, 1);
    const batch = mannBatch(tf, mann.config, prototypeSequences(seededRandom(2), 4));
    const grads = tf.tidy(() => {
      const { grads } = tf.variableGrads(() => mannLoss(tf, mann, batch).total, mann.variables());
      return mann.variables().map((v) => Array.from(grads[v.name]?.dataSync() ?? [Number.NaN]));
    });
    expect(grads).toHaveLength(6);
    for (const g of grads) expect(g.every(Number.isFinite)).toBe(true);
    expect(grads.some((g) => g.some((v) => v !== 0))).toBe(true);
    for (const t of Object.values(batch)) t.dispose();
    mann.dispose();
  });

  it.each(variants.slice(0, 2))(
    "lowers the loss on a tiny problem in a few steps: %s",
    (_, options) => {
      const mann = createMann(tf, tinySchema, options, 3);
      const trainer = createMannTrainer(tf, mann, { learningRate: 3e-3 });
      const batch = mannBatch(tf, mann.config, prototypeSequences(seededRandom(4), 32));
      const losses = Array.from({ length: 40 }, () => trainer.trainStep(batch).loss);
      const after = tf.tidy(() => mannLoss(tf, mann, batch).total.dataSync()[0] as number);
      expect(losses.every(Number.isFinite)).toBe(true);
      expect(after).toBeLessThan(0.7 * (losses[0] as number));
      trainer.dispose();
      for (const t of Object.values(batch)) t.dispose();
      mann.dispose();
    },
  );

  it("learns with ADDE's terms added to Smooth L1, each term finite and logged", () => {
    const mann = createMann(tf, tinySchema, variants[1]?.[1] ?? { dim: DIM }, 3);
    const loss = parseMannLoss("smooth-l1,triplet,consistency,label-triplet");
    const trainer = createMannTrainer(tf, mann, { learningRate: 3e-3, loss });
    const batch = mannBatch(tf, mann.config, prototypeSequences(seededRandom(4), 32));
    const steps = Array.from({ length: 40 }, () => trainer.trainStep(batch));
    const first = steps[0] ?? { loss: Number.NaN };
    expect(Object.keys(first).sort()).toEqual([
      "loss",
      "loss/consistency",
      "loss/label-triplet",
      "loss/smooth-l1",
      "loss/triplet",
    ]);
    expect(steps.every((s) => Object.values(s).every(Number.isFinite))).toBe(true);
    const after = tf.tidy(() => mannLoss(tf, mann, batch, loss).total.dataSync()[0] as number);
    expect(after).toBeLessThan(0.8 * first.loss);
    trainer.dispose();
    for (const t of Object.values(batch)) t.dispose();
    mann.dispose();
  });

  it("refuses the label triplet on a batch without target values, leaking nothing", () => {
    const mann = createMann(tf, tinySchema, { dim: DIM, controllerUnits: 8 }, 1);
    const sequences = prototypeSequences(seededRandom(5), 4).map(
      ({ targetValues: _, ...rest }) => rest,
    );
    const batch = mannBatch(tf, mann.config, sequences);
    const before = tf.memory().numTensors;
    expect(() => mannLoss(tf, mann, batch, parseMannLoss("label-triplet"))).toThrow(
      /label-triplet loss needs the batch's targetValues/,
    );
    expect(tf.memory().numTensors).toBe(before);
    for (const t of Object.values(batch)) t.dispose();
    mann.dispose();
  });
});
