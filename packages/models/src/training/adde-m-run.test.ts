import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { readWeights } from "../weights/files.ts";
import { loadWeights } from "../weights/weights.ts";
import { trainAddeMRun } from "./adde-m-run.ts";
import { encoderFolder, memoryArgs, toyAddeMData } from "./test-support.ts";

useWasmTf();

let root = "";
let encoder = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "atelier-adde-m-run-"));
  encoder = await encoderFolder(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const DIM = 4;
const data = toyAddeMData(tinySchema, DIM, 1, 24);

const args = (out: string, steps: number, ...more: string[]) =>
  memoryArgs(join(root, out), encoder, "--steps", String(steps), "--batch", "8", ...more);

const metrics = async (out: string) =>
  (await readFile(join(root, out, "metrics.jsonl"), "utf8"))
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, number>);

describe("trainAddeMRun", () => {
  it("writes metrics, checkpoints with Adam's slots and a memory both modes load", async () => {
    const result = await trainAddeMRun(
      tf,
      tinySchema,
      args("files", 4, "--checkpoint-every", "2"),
      data,
    );
    expect(result).toMatchObject({
      firstStep: 1,
      lastStep: 4,
      weightsDir: join(root, "files", "memory"),
    });
    const lines = await metrics("files");
    expect(lines.map((l) => l.step)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(lines[0] ?? {})).toEqual(
      expect.arrayContaining(["loss", "triplet", "consistency", "offBlock"]),
    );
    const checkpoints = join(root, "files", "checkpoints");
    expect(await readdir(checkpoints)).toEqual(["step-2", "step-4"]);
    expect(await readdir(join(checkpoints, "step-4"))).toContain("optimizer");
    const config = JSON.parse(await readFile(join(root, "files", "config.json"), "utf8"));
    expect(config).toMatchObject({
      kind: "memory",
      data: "toy",
      dim: DIM,
      items: 48,
      triplets: 24,
    });
    const saved = await readWeights(result.weightsDir);
    expect(saved.manifest).toMatchObject({ kind: "adde-m-fair", dim: DIM });
    for (const kind of ["adde-m-fair", "adde-m-thesis"] as const) {
      const m = loadWeights(tf, tinySchema, saved.manifest, saved.bytes, { kind, dim: DIM });
      expect(m.kind).toBe(kind);
      m.dispose();
    }
  });

  it("refuses features of another width than --dim asks for, before writing anything", async () => {
    await expect(
      trainAddeMRun(tf, tinySchema, args("wide", 2, "--dim", "5"), data),
    ).rejects.toThrow(
      "train memory: the data's vectors have 12 entries, but --dim 5 needs 3 attributes x 5 = 15",
    );
    await expect(stat(join(root, "wide"))).rejects.toThrow("ENOENT");
  });

  it("lowers ADDE's loss on targets that are their reference plus a per-value offset", async () => {
    // A learning rate for 30 steps of a toy; the run's default is ADDE's 1e-4.
    await trainAddeMRun(tf, tinySchema, args("learns", 30, "--batch", "32"), data, {
      learningRate: 1e-2,
    });
    const losses = (await metrics("learns")).map((l) => l.loss ?? Number.NaN);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(losses.slice(-5))).toBeLessThan(0.9 * mean(losses.slice(0, 5)));
  });
});
