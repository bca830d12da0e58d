import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TrainingRun } from "./run.ts";
import { encodeEvent, FILE_VERSION, tfRecord } from "./tfevents.ts";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-run-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const weights = (step: number) => ({
  manifest: { format: "test", step },
  bytes: new Uint8Array(Float32Array.from([step, step + 0.5]).buffer),
});

describe("TrainingRun", () => {
  it("writes config, metrics lines, event records and checkpoints, keeping the last K", async () => {
    let clock = 1000;
    const run = await TrainingRun.open(dir, { dim: 8 }, 7, { keep: 2, now: () => clock++ });
    expect(JSON.parse(await readFile(join(dir, "config.json"), "utf8"))).toEqual({
      dim: 8,
      seed: 7,
    });
    for (let step = 1; step <= 4; step++) {
      await run.log(step, { loss: 1 / step });
      await run.checkpoint(step, weights(step), step === 4 ? weights(40) : undefined, { step });
    }
    const lines = (await readFile(join(dir, "metrics.jsonl"), "utf8")).trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).step)).toEqual([1, 2, 3, 4]);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ step: 2, loss: 0.5 });

    // The events file is the header record then one record per log, byte for byte.
    const events = new Uint8Array(await readFile(run.eventsFile));
    expect(run.eventsFile).toMatch(/events\.out\.tfevents\.1000\./);
    const header = tfRecord(encodeEvent({ wallTime: 1000, step: 0, fileVersion: FILE_VERSION }));
    expect(events.subarray(0, header.length)).toEqual(header);
    const first = tfRecord(encodeEvent({ wallTime: 1001, step: 1, scalars: { loss: 1 } }));
    expect(events.subarray(header.length, header.length + first.length)).toEqual(first);

    expect(await readdir(join(dir, "checkpoints"))).toEqual(["step-3", "step-4"]);
    const latest = await run.latestCheckpoint();
    expect(latest?.step).toBe(4);
    expect(latest?.rng).toEqual({ step: 4 });
    expect(latest?.weights.manifest).toEqual({ format: "test", step: 4 });
    expect(latest?.weights.bytes).toEqual(weights(4).bytes);
    expect(latest?.optimizer?.manifest).toEqual({ format: "test", step: 40 });
  });

  it("refuses another config in the same folder unless resuming", async () => {
    await TrainingRun.open(dir, { dim: 8 }, 1);
    await expect(TrainingRun.open(dir, { dim: 16 }, 1)).rejects.toThrow(/another config.*--resume/);
    await expect(TrainingRun.open(dir, { dim: 8 }, 2)).rejects.toThrow(/another config/);
    const same = await TrainingRun.open(dir, { dim: 8 }, 1);
    expect(await same.latestCheckpoint()).toBeNull();
    await same.checkpoint(1, weights(1));
    await expect(TrainingRun.open(dir, { dim: 8 }, 1)).rejects.toThrow(/a run at step 1.*--resume/);
    const resumed = await TrainingRun.open(dir, { dim: 16 }, 1, { resume: true });
    expect(resumed.config).toEqual({ dim: 16 });
    expect((await resumed.latestCheckpoint())?.step).toBe(1);
  });
});
