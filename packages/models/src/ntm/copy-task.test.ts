import type { Tf } from "@atelier/ml";
import { loadTfjsWasm } from "@atelier/ml";
import { seededRandom } from "@atelier/random";
import { beforeAll, describe, expect, it } from "vitest";
import { copyTaskBatch } from "./copy-task.ts";
import { type CopyProgress, trainCopyTask } from "./copy-task-train.ts";

let tf: Tf;
beforeAll(async () => {
  tf = await loadTfjsWasm();
  await tf.setBackend("wasm");
});

describe("copy task", () => {
  it("builds sequences: vectors, a delimiter, then blanks; targets are the vectors", () => {
    const { inputs, targets } = copyTaskBatch(tf, seededRandom(1), 4, 5, 8);
    expect(inputs.shape).toEqual([11, 4, 9]);
    expect(targets.shape).toEqual([5, 4, 8]);
    const x = inputs.arraySync();
    expect(x[5]?.every((row) => row.join() === "0,0,0,0,0,0,0,0,1")).toBe(true);
    expect(
      x
        .slice(6)
        .flat(2)
        .every((v) => v === 0),
    ).toBe(true);
    const vectors = x.slice(0, 5).map((step) => step.map((row) => row.slice(0, 8)));
    expect(vectors).toEqual(targets.arraySync());
    expect(x.slice(0, 5).every((step) => step.every((row) => row[8] === 0))).toBe(true);
    inputs.dispose();
    targets.dispose();
  });

  // The defaults converged on seeds 1-6 (200-750 steps); seed 1 takes 200 steps, ~17 s here.
  it("learns to copy 5 8-bit vectors to under 1 % bit error on fresh sequences", async () => {
    const before = tf.memory().numTensors;
    const progress: CopyProgress[] = [];
    const result = await trainCopyTask(tf, { seed: 1, maxSteps: 800 }, (p) => progress.push(p));
    console.log(
      `copy task: ${result.step} steps, ${result.seconds.toFixed(1)} s, ` +
        `bit error ${(100 * result.bitError).toFixed(2)} %`,
    );
    expect(result.converged).toBe(true);
    expect(result.bitError).toBeLessThan(0.01);
    expect(progress[0]?.bitError).toBeGreaterThan(0.2);
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});
