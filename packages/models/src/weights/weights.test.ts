import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom, uniformArray } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import type { Tensor2D } from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { rowsTensor } from "../adde-m/test-support.ts";
import { MANIPULATOR_KINDS, type Manipulator } from "../manipulator.ts";
import { disposeManipulatorState } from "../manipulators/state.ts";
import { DIM, errorOf, runSteps, tinyManipulator } from "../manipulators/test-support.ts";
import { randomIndicators, tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { readWeights, writeWeights } from "./files.ts";
import { loadWeights, saveWeights } from "./weights.ts";

useWasmTf();

/** The queries of `m` after two steps from fixed inputs. */
function outputs(m: Manipulator): number[] {
  return tf.tidy(() => {
    const random = seededRandom(99);
    const queries = tf.tensor2d(uniformArray(random, 3 * m.vectorSize, -1, 1), [3, m.vectorSize]);
    const steps = [0, 1].map(() => rowsTensor(tf, randomIndicators(tinySchema, random, 3)));
    const state = runSteps(m, queries, steps);
    const q = Array.from((m.query(state) as Tensor2D).dataSync());
    disposeManipulatorState(state);
    return q;
  });
}

describe.each(MANIPULATOR_KINDS)("%s weights", (kind) => {
  it("save -> load gives the same queries, through a directory too", async () => {
    const m = tinyManipulator(kind, 1);
    const saved = await saveWeights(m);
    expect(saved.manifest).toMatchObject({ kind, dim: DIM, schema: { dataset: "tiny", total: 7 } });
    const loaded = loadWeights(tf, tinySchema, saved.manifest, saved.bytes);
    expect(outputs(loaded)).toEqual(outputs(m));
    const dir = await mkdtemp(join(tmpdir(), "weights-"));
    try {
      await writeWeights(dir, saved);
      const read = await readWeights(dir);
      const again = loadWeights(tf, tinySchema, read.manifest, read.bytes, { dim: DIM, kind });
      expect(outputs(again)).toEqual(outputs(m));
      again.dispose();
    } finally {
      await rm(dir, { recursive: true });
    }
    for (const x of [m, loaded]) x.dispose();
  });

  it("refuses weights of another schema, dim or size", async () => {
    const m = tinyManipulator(kind, 2);
    const { manifest, bytes } = await saveWeights(m);
    expect(errorOf(() => loadWeights(tf, shopping100k, manifest, bytes))).toMatch(
      /^bad-weights: weights: trained on schema "tiny" \(3 attributes, 7 values, .*\), not "Shopping100k" \(12 attributes, 151 values, .*\)$/,
    );
    expect(errorOf(() => loadWeights(tf, tinySchema, manifest, bytes, { dim: 8 }))).toBe(
      `bad-weights: weights: dim is ${DIM}, expected 8`,
    );
    expect(errorOf(() => loadWeights(tf, tinySchema, manifest, bytes.subarray(4)))).toMatch(
      /^bad-weights: weights: expected \d+ bytes, the manifest says \d+, got \d+$/,
    );
    m.dispose();
  });
});

describe("ADDE-M modes", () => {
  it("load each other's weights (one W), and refuse the MANN's", async () => {
    const fair = tinyManipulator("adde-m-fair", 3);
    const thesis = tinyManipulator("adde-m-thesis", 3);
    const { manifest, bytes } = await saveWeights(fair);
    const asThesis = loadWeights(tf, tinySchema, manifest, bytes, { kind: "adde-m-thesis" });
    expect(asThesis.kind).toBe("adde-m-thesis");
    expect(outputs(asThesis)).toEqual(outputs(thesis));
    expect(errorOf(() => loadWeights(tf, tinySchema, manifest, bytes, { kind: "mann" }))).toBe(
      "bad-weights: weights: kind is adde-m-fair, expected mann",
    );
    for (const x of [fair, thesis, asThesis]) x.dispose();
  });
});
