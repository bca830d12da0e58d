import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tinySchema } from "../mann/test-support.ts";
import { tf, useWasmTf } from "../test-support/tf.ts";
import { trainAddeMRun } from "./adde-m-run.ts";
import { parseTrainArgs } from "./args.ts";
import { readLatestCheckpoint } from "./checkpoints.ts";
import type { LoopResult } from "./loop.ts";
import { trainMannSmoke } from "./mann-smoke.ts";
import { encoderFolder, memoryArgs, toyAddeMData } from "./test-support.ts";

useWasmTf();

let root = "";
let encoder = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "atelier-resume-"));
  encoder = await encoderFolder(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Each run kind, trained to `steps` in `out` with `more` options, at dim 4. */
const runs: [string, (out: string, ...more: string[]) => Promise<LoopResult>][] = [
  [
    "memory (Adam)",
    (out, ...more) =>
      trainAddeMRun(
        tf,
        tinySchema,
        memoryArgs(out, encoder, "--batch", "8", ...more),
        toyAddeMData(tinySchema, 4, 1, 24),
      ),
  ],
  [
    "mann (RMSprop, the smoke data)",
    (out, ...more) =>
      trainMannSmoke(
        tf,
        tinySchema,
        parseTrainArgs("mann", ["--out", out, "--dim", "4", "--batch", "4", ...more]),
      ),
  ],
];

describe.each(runs)("resume of %s", (name, train) => {
  it("ends with the weights of an uninterrupted run (optimiser slots restored)", async () => {
    const straight = join(root, name, "straight");
    const stopped = join(root, name, "stopped");
    await train(straight, "--steps", "4", "--checkpoint-every", "2");
    await train(stopped, "--steps", "2");
    const resumed = await train(stopped, "--steps", "4", "--resume");
    expect(resumed.firstStep).toBe(3);
    const a = await readLatestCheckpoint(straight);
    const b = await readLatestCheckpoint(stopped);
    expect(b?.step).toBe(4);
    expect(b?.optimizer).toBeDefined();
    expect(Buffer.from(b?.weights.bytes ?? []).equals(Buffer.from(a?.weights.bytes ?? []))).toBe(
      true,
    );
  });
});
