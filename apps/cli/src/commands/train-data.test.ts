// `atelier train ... --data DIR` end to end: a tiny dataset folder written by `atelier catalog
// generate`, precomputed features written with @atelier/datasets' writeNpy, a few steps each.
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeNpy } from "@atelier/datasets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atelier } from "../training/test-support.ts";

/** 60 products: 48 train items, 12 test items; rich enough for pairs at distance 1..3. */
const PRODUCTS = "60";
const TRAIN = 48;
const DIM = 4;
const WIDTH = 12 * DIM;

let dir = "";
let data = "";
let features = "";

/** A seeded-looking but fixed matrix: values only need to be finite and varied. */
async function npy(name: string, rows: number, width: number): Promise<string> {
  const file = join(dir, name);
  const values = Float32Array.from({ length: rows * width }, (_, i) => Math.sin(i * 12.9898));
  await writeNpy(file, values, [rows, width]);
  return file;
}

const config = async (out: string) =>
  JSON.parse(await readFile(join(out, "config.json"), "utf8")) as { data: string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-train-data-test-"));
  data = join(dir, "data");
  // So few test items have few multi-manipulation pairs: ask for a handful, at natural distances.
  const made = await atelier(
    ...["catalog", "generate", "--products", PRODUCTS, "--size", "32", "--workers", "0"],
    ...["--multi-pairs", "8", "--distribution", "natural", "--out", data],
  );
  expect(made.code, made.out).toBe(0);
  features = await npy("features.npy", TRAIN, WIDTH);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("atelier train --data", () => {
  it("trains memory on the folder's triplets and mann on its pairs, from --features", async () => {
    const common = ["--data", data, "--features", features, "--dim", String(DIM)];
    const [memory, mann] = await Promise.all([
      atelier("train", "memory", ...common, "--steps", "3", "--out", join(dir, "memory")),
      atelier(
        ...["train", "mann", ...common, "--steps", "2", "--batch", "4"],
        ...["--max-manipulations", "3", "--out", join(dir, "mann")],
      ),
    ]);
    expect(memory.code, memory.out).toBe(0);
    expect(memory.out).toContain("steps 1..3");
    expect((await config(join(dir, "memory"))).data).toContain(
      `triplets from ${join(data, "splits", "triplet_train.txt")}`,
    );
    expect(mann.code, mann.out).toBe(0);
    expect(mann.out).toContain("steps 1..2");
    expect((await config(join(dir, "mann"))).data).toContain("pairs at distance 1..3");
    expect(await readdir(join(dir, "mann", "mann"))).toEqual(["manifest.json", "weights.bin"]);
  }, 90_000);

  it("draws memory's triplets from the labels when the folder has no triplet files", async () => {
    // Only the split files: --features needs no images.
    const bare = join(dir, "bare");
    const files = ["imgs_train.txt", "labels_train.txt"];
    for (const f of files) await cp(join(data, "splits", f), join(bare, "splits", f));
    const out = join(dir, "memory-labels");
    const common = ["--data", bare, "--features", features, "--dim", String(DIM)];
    const memory = await atelier("train", "memory", ...common, "--steps", "2", "--out", out);
    expect(memory.code, memory.out).toBe(0);
    expect((await config(out)).data).toContain("4 triplets per reference");
  }, 60_000);

  it("trains the encoder on the folder's images, then memory on them encoded by it", async () => {
    const out = join(dir, "encoder");
    const small = ["--batch", "6", "--dim", String(DIM), "--size", "32", "--held-out", "8"];
    // 10 steps of 6 are more than the 48 train images: the second epoch is reshuffled.
    const encoder = await atelier(
      "train",
      "encoder",
      "--data",
      data,
      "--steps",
      "10",
      ...small,
      "--out",
      out,
    );
    expect(encoder.code, encoder.out).toBe(0);
    expect(encoder.out).toContain("steps 1..10");
    expect((await config(out)).data).toContain("48 train images, shuffled each epoch");
    const evaluation = JSON.parse(await readFile(join(out, "evaluation.json"), "utf8"));
    expect(evaluation.heldOut).toBe(8);

    const weights = join(out, "encoder");
    const memory = await atelier(
      ...["train", "memory", "--data", data, "--encoder", weights, "--dim", String(DIM)],
      ...["--steps", "2", "--out", join(dir, "memory-encoded")],
    );
    expect(memory.code, memory.out).toBe(0);
    // The folder's train images were encoded once and cached beside the encoder.
    const cached = await readdir(join(weights, "features"));
    expect(cached).toHaveLength(1);
    expect(cached[0]).toMatch(/^data-train-/);
  }, 120_000);

  it("stops on a bad folder or feature file before training, naming what is wrong", async () => {
    const x = join(dir, "x");
    const dim = ["--dim", String(DIM), "--out", x];
    const [wide, short] = await Promise.all([
      npy("wide.npy", TRAIN, WIDTH + 12),
      npy("short.npy", TRAIN - 1, WIDTH),
    ]);
    const empty = join(dir, "bare", "splits");
    const noImages = join(dir, "bare");
    const runs = await Promise.all([
      atelier("train", "memory", "--features", features, ...dim),
      atelier("train", "memory", "--data", data, "--features", wide, ...dim),
      atelier("train", "mann", "--data", data, "--features", short, ...dim),
      atelier("train", "mann", "--data", data, "--features", features, "--batch", "4", ...dim),
      atelier("train", "memory", "--data", empty, "--features", features, ...dim),
      atelier(
        "train",
        "mann",
        "--data",
        noImages,
        "--encoder",
        join(dir, "encoder", "encoder"),
        ...dim,
      ),
    ]);
    const imgs = join(data, "splits", "imgs_train.txt");
    const expected = [
      "train memory: --features needs --data",
      `--features ${wide} is 48 x 60, expected 48 x 48 (one row per line of ${imgs}, 12 attributes x --dim 4)`,
      `--features ${short} is 47 x 48, expected 48 x 48`,
      `train mann: dataset ${data} (features ${features}): the train split (48 items) lacks pairs at some distance in 1..8`,
      `--data ${empty}: no splits/imgs_train.txt`,
      `--data ${noImages}: 48 of 48 images listed in ${join(noImages, "splits", "imgs_train.txt")} are missing`,
    ];
    runs.forEach((run, k) => {
      expect(run.code, run.out).toBe(1);
      expect(run.out).toContain(expected[k]);
    });
    // None of them started a run.
    expect(await readdir(dir)).not.toContain("x");
  }, 120_000);
});
