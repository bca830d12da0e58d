import { seededRandom } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import type { Tensor, Tensor4D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { errorOf } from "../manipulators/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { encoderSizes, resolveEncoderConfig } from "./config.ts";
import { createEncoder } from "./encoder.ts";
import { SIZE, squares, squaresSchema, tinyEncoder } from "./test-support.ts";

useWasmTf();

describe("encoder", () => {
  it("gives attributes x D features and one classifier per attribute, values + missing", () => {
    const encoder = tinyEncoder(1);
    const { images } = squares(seededRandom(1), 5);
    const shapes = tf.tidy(() => {
      const out = encoder.apply(images);
      return { features: out.features.shape, logits: out.logits.map((l) => l.shape) };
    });
    expect(encoder.vectorSize).toBe(12);
    expect(shapes).toEqual({
      features: [5, 12],
      logits: [
        [5, 4],
        [5, 5],
        [5, 3],
      ],
    });
    images.dispose();
    encoder.dispose();
  });

  it("has Shopping100k's shape: 12 chunks, 151 values + 12 missing classes", () => {
    expect(encoderSizes(shopping100k, resolveEncoderConfig({ dim: 340 })).vectorSize).toBe(4080);
    const encoder = createEncoder(tf, shopping100k, {
      dim: 4,
      imageSize: 16,
      filters: [4],
      trunk: 8,
    });
    const images = tf.zeros([2, 16, 16, 3]) as Tensor4D;
    const shapes = tf.tidy(() => {
      const out = encoder.apply(images);
      return { features: out.features.shape, classes: out.logits.map((l) => l.shape[1]) };
    });
    expect(shapes.features).toEqual([2, 48]);
    expect(shapes.classes).toEqual(shopping100k.attributes.map((a) => a.size + 1));
    expect(shapes.classes.reduce((a, b) => a + b, 0)).toBe(151 + 12);
    images.dispose();
    encoder.dispose();
  });

  it("encodes in batches as in one batch", () => {
    const encoder = tinyEncoder(2);
    const { images } = squares(seededRandom(2), 7);
    const whole = encoder.encode(images, 7);
    const batched = encoder.encode(images, 3);
    expect(batched.shape).toEqual([7, 12]);
    const diff = tf.tidy(() => tf.max(tf.abs(tf.sub(whole, batched))).dataSync()[0]);
    expect(diff).toBeLessThan(1e-5);
    tf.dispose([images, whole, batched]);
    encoder.dispose();
  });

  it("names what is wrong with images and options", () => {
    const encoder = tinyEncoder(3);
    const cases: [number[], string][] = [
      [[2, 16, 16, 3], "16x16 pixels"],
      [[2, SIZE, SIZE, 1], "1 channels"],
      [[SIZE, SIZE, 3], "rank 3"],
    ];
    for (const [shape, what] of cases) {
      const images: Tensor = tf.zeros(shape);
      expect(errorOf(() => encoder.encode(images as Tensor4D))).toBe(
        `bad-input: images must have shape [batch >= 1, ${SIZE}, ${SIZE}, 3] (RGB, ${SIZE}x${SIZE}), got [${shape.join(", ")}]: ${what}`,
      );
      images.dispose();
    }
    const images = tf.zeros([1, SIZE, SIZE, 3]) as Tensor4D;
    expect(errorOf(() => encoder.encode(images, 0))).toBe(
      "bad-input: batchSize must be a positive integer, got 0",
    );
    images.dispose();
    expect(errorOf(() => createEncoder(tf, squaresSchema, { filters: [] }))).toBe(
      "bad-config: encoder: filters must list at least one conv layer",
    );
    expect(errorOf(() => createEncoder(tf, squaresSchema, { dim: 0 }))).toBe(
      "bad-config: encoder: dim must be a positive integer, got 0",
    );
    encoder.dispose();
  });
});
