// `atelier train` end to end through the real CLI entry (a child process, as a user runs it).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atelier } from "../training/test-support.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-train-test-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const steps = async (out: string) =>
  (await readFile(join(out, "metrics.jsonl"), "utf8"))
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line).step as number);

describe("atelier train", () => {
  it("trains mann for --steps, then --resume continues at the next step", async () => {
    const out = join(dir, "mann");
    const first = await atelier("train", "mann", "--steps", "3", "--out", out);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain("steps 1..3");
    expect(await steps(out)).toEqual([1, 2, 3]);
    expect(await readdir(join(out, "checkpoints"))).toEqual(["step-3"]);
    const files = await readdir(out);
    expect(files.filter((f) => f.startsWith("events.out.tfevents."))).toHaveLength(1);
    expect(files).toContain("config.json");

    const resumed = await atelier("train", "mann", "--steps", "4", "--out", out, "--resume");
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toContain("steps 4..4");
    expect(await steps(out)).toEqual([1, 2, 3, 4]);
    expect(await readdir(join(out, "checkpoints"))).toEqual(["step-3", "step-4"]);
  }, 60_000);

  it("trains the encoder on fresh renders, scores it per attribute and resumes", async () => {
    const out = join(dir, "encoder");
    const small = ["--batch", "6", "--dim", "4", "--size", "32", "--held-out", "24", "--out", out];
    const first = await atelier("train", "encoder", "--steps", "2", ...small);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/category\s+\d+\.\d % of \d+/);
    expect(first.out).toContain("steps 1..2");
    expect(await readdir(join(out, "encoder"))).toEqual(["manifest.json", "weights.bin"]);
    const evaluation = JSON.parse(await readFile(join(out, "evaluation.json"), "utf8"));
    expect(evaluation.scores).toHaveLength(12);
    expect(await readdir(join(out, "checkpoints", "step-2"))).toContain("optimizer");

    const resumed = await atelier("train", "encoder", "--steps", "3", "--resume", ...small);
    expect(resumed.code, resumed.out).toBe(0);
    expect(resumed.out).toContain("steps 3..3");
    expect(await steps(out)).toEqual([1, 2, 2, 3, 3]);
  }, 120_000);

  it("trains the memory and the MANN on the catalog encoded by that encoder, then scores them", async () => {
    const encoder = join(dir, "encoder", "encoder");
    const catalog = ["--encoder", encoder, "--dim", "4", "--products", "1000"];
    const memory = await atelier(
      "train",
      "memory",
      ...catalog,
      "--steps",
      "3",
      "--out",
      join(dir, "memory"),
    );
    expect(memory.code, memory.out).toBe(0);
    expect(memory.out).toContain("steps 1..3");
    const mann = await atelier(
      "train",
      "mann",
      ...catalog,
      "--steps",
      "2",
      "--batch",
      "4",
      "--out",
      join(dir, "mann-catalog"),
    );
    expect(mann.code, mann.out).toBe(0);
    expect(await readdir(join(dir, "mann-catalog", "mann"))).toEqual([
      "manifest.json",
      "weights.bin",
    ]);
    // The features were encoded once, by the first run, and cached beside the encoder.
    expect(await readdir(join(encoder, "features"))).toHaveLength(1);

    const wrongDim = await atelier("train", "mann", "--encoder", encoder, "--out", join(dir, "x"));
    expect(wrongDim.code).toBe(1);
    expect(wrongDim.out).toContain("--dim is 32 but the encoder in");

    const report = join(dir, "eval.json");
    const scored = await atelier(
      "eval",
      "--encoder",
      encoder,
      "--memory",
      join(dir, "memory", "memory"),
      "--mann",
      join(dir, "mann-catalog", "mann"),
      "--products",
      "1000",
      "--out",
      report,
    );
    expect(scored.code, scored.out).toBe(0);
    const { results } = JSON.parse(await readFile(report, "utf8"));
    const models = [
      "query only",
      "oracle (target's features)",
      "ADDE-M (thesis)",
      "ADDE-M (fair)",
      "MANN (thesis)",
    ];
    expect(results.map((r: { model: string }) => r.model)).toEqual([...models, ...models]);
    // The oracle searches with a target item's own features: always found in the top 10.
    for (const r of results.filter((r: { model: string }) => r.model.startsWith("oracle"))) {
      expect(r.topK.top10).toBe(100);
    }
  }, 180_000);

  it("stops on bad options before training, naming the option", async () => {
    const x = join(dir, "x");
    const [unknown, dim, encoder] = await Promise.all([
      atelier("train", "mann", "--out", x, "--bogus"),
      atelier("train", "mann", "--out", x, "--dim", "0"),
      atelier("train", "encoder", "--out", x, "--data", dir),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/train mann: .*--bogus.*options: --out, --steps/);
    expect(dim.out).toContain('--dim must be a positive integer, got "0"');
    expect(encoder.code).toBe(1);
    expect(encoder.out).toContain(`--data ${dir}: no splits/imgs_train.txt; a dataset folder`);
    // None of them started a run: only the two runs above are there.
    expect((await readdir(dir)).sort()).toEqual([
      "encoder",
      "eval.json",
      "mann",
      "mann-catalog",
      "memory",
    ]);
  }, 60_000);
});
