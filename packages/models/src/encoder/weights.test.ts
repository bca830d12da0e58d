import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import type { Tensor4D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { errorOf, tinyManipulator } from "../manipulators/test-support.ts";
import { tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { readWeights, writeWeights } from "../weights/files.ts";
import { loadWeights, saveWeights } from "../weights/weights.ts";
import type { Encoder } from "./encoder.ts";
import { squares, squaresSchema, tinyEncoder } from "./test-support.ts";
import { loadEncoderWeights, saveEncoderWeights } from "./weights.ts";

useWasmTf();

function features(encoder: Encoder, images: Tensor4D): number[] {
  const out = encoder.encode(images, 4);
  const values = Array.from(out.dataSync());
  out.dispose();
  return values;
}

describe("encoder weights", () => {
  it("save -> load gives the same features, through a directory too", async () => {
    const encoder = tinyEncoder(7);
    const { images } = squares(seededRandom(7), 5);
    const saved = await saveEncoderWeights(encoder);
    expect(saved.manifest).toMatchObject({
      kind: "encoder",
      dim: 4,
      imageSize: 32,
      filters: [8, 16],
      schema: { dataset: "squares", attributes: 3, total: 9 },
    });
    const dir = await mkdtemp(join(tmpdir(), "encoder-weights-"));
    try {
      await writeWeights(dir, saved);
      const read = await readWeights(dir);
      const loaded = loadEncoderWeights(tf, squaresSchema, read.manifest, read.bytes, { dim: 4 });
      expect(features(loaded, images)).toEqual(features(encoder, images));
      loaded.dispose();
    } finally {
      await rm(dir, { recursive: true });
    }
    images.dispose();
    encoder.dispose();
  });

  it("refuses another schema, dim, image size, kind or byte count", async () => {
    const encoder = tinyEncoder(8);
    const { manifest, bytes } = await saveEncoderWeights(encoder);
    const load =
      (m: unknown, b = bytes, expected = {}) =>
      () =>
        loadEncoderWeights(tf, squaresSchema, m, b, expected);
    expect(errorOf(() => loadEncoderWeights(tf, shopping100k, manifest, bytes))).toMatch(
      /^bad-weights: encoder weights: trained on schema "squares" \(3 attributes, 9 values, .*\), not "Shopping100k"/,
    );
    expect(errorOf(load(manifest, bytes, { dim: 8 }))).toBe(
      "bad-weights: encoder weights: dim is 4, expected 8",
    );
    expect(errorOf(load(manifest, bytes, { imageSize: 64 }))).toBe(
      "bad-weights: encoder weights: imageSize is 32, expected 64",
    );
    expect(errorOf(load(manifest, bytes.subarray(4)))).toMatch(
      /^bad-weights: encoder weights: expected \d+ bytes, the manifest says \d+, got \d+$/,
    );
    const manipulator = tinyManipulator("mann", 1);
    const other = await saveWeights(manipulator);
    expect(errorOf(load(other.manifest, other.bytes))).toBe(
      "bad-weights: encoder weights: kind is mann, expected encoder",
    );
    expect(errorOf(() => loadWeights(tf, tinySchema, manifest, bytes))).toBe(
      "bad-weights: weights: unknown kind encoder",
    );
    manipulator.dispose();
    encoder.dispose();
  });
});
