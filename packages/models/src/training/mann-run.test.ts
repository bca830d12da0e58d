import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { readWeights } from "../weights/files.ts";
import { parseTrainArgs } from "./args.ts";
import { type MannTrainingData, trainMannRun } from "./mann-run.ts";
import { syntheticMannData } from "./mann-smoke.ts";

useWasmTf();

let root = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "atelier-mann-run-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const DIM = 4;
const data: MannTrainingData = { ...syntheticMannData(tinySchema, DIM, 2), name: "toy" };

const args = (out: string, steps: number, ...more: string[]) =>
  parseTrainArgs("mann", [
    ...["--out", join(root, out), "--steps", String(steps), "--dim", String(DIM)],
    ...["--batch", "3", ...more],
  ]);

describe("trainMannRun", () => {
  it("writes metrics, checkpoints with RMSprop's slots and the final MANN", async () => {
    const run = args("files", 3, "--checkpoint-every", "2", "--write-by", "attribute");
    const result = await trainMannRun(tf, tinySchema, run, data);
    expect(result).toMatchObject({
      firstStep: 1,
      lastStep: 3,
      weightsDir: join(root, "files", "mann"),
    });
    const lines = (await readFile(join(root, "files", "metrics.jsonl"), "utf8")).trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).step)).toEqual([1, 2, 3]);
    const checkpoints = join(root, "files", "checkpoints");
    expect(await readdir(checkpoints)).toEqual(["step-2", "step-3"]);
    expect(await readdir(join(checkpoints, "step-3"))).toContain("optimizer");
    const config = JSON.parse(await readFile(join(root, "files", "config.json"), "utf8"));
    expect(config).toMatchObject({ kind: "mann", data: "toy", dim: DIM, writeBy: "attribute" });
    const saved = await readWeights(result.weightsDir);
    expect(saved.manifest).toMatchObject({
      kind: "mann",
      options: { dim: DIM, writeBy: "attribute" },
    });
    // Resuming with another --write-by would train another model under the same name.
    await expect(trainMannRun(tf, tinySchema, args("files", 4, "--resume"), data)).rejects.toThrow(
      "--resume: the checkpoint's MANN writes by attribute, not --write-by content",
    );
  });

  it("refuses vectors of another width than --dim asks for, before writing anything", async () => {
    await expect(trainMannRun(tf, tinySchema, args("wide", 2, "--dim", "8"), data)).rejects.toThrow(
      "train mann: the data's vectors have 12 entries, but --dim 8 needs 3 attributes x 8 = 24",
    );
    await expect(stat(join(root, "wide"))).rejects.toThrow("ENOENT");
  });
});
