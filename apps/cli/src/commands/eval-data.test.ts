// `atelier eval --data DIR` end to end: a small dataset folder written by `atelier catalog
// generate`, features written with @atelier/datasets' writeNpy or made by a one-step encoder,
// manipulators trained for two steps on the folder: the numbers are not the point, the tables,
// the record and the refusals are.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeNpy } from "@atelier/datasets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atelier } from "../training/test-support.ts";
import { evaluate } from "./eval.ts";

/** 500 products: 400 train, 100 test items, enough for pairs at every distance 1..8. */
const PRODUCTS = "500";
const TRAIN = 400;
const TEST = 100;
const DIM = 4;
const WIDTH = 12 * DIM;

let dir = "";
let data = "";
let testFeatures = "";
let memory = "";
let mann = "";
let encoder = "";

/** Finite, varied values: features need no meaning here. */
async function npy(name: string, rows: number, width: number): Promise<string> {
  const file = join(dir, name);
  const values = Float32Array.from({ length: rows * width }, (_, i) => Math.sin(i * 12.9898));
  await writeNpy(file, values, [rows, width]);
  return file;
}

const ok = (run: { code: number; out: string }) => expect(run.code, run.out).toBe(0);
const lines = async (file: string) => (await readFile(file, "utf8")).trim().split("\n").length;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-eval-data-test-"));
  data = join(dir, "data");
  // Images at 16 px for the encoder case; natural pairs, since the generator's multi file
  // (a handful) is not what eval reads.
  ok(
    await atelier(
      ...["catalog", "generate", "--products", PRODUCTS, "--size", "16", "--workers", "0"],
      ...["--multi-pairs", "8", "--distribution", "natural", "--out", data],
    ),
  );
  const trainFeatures = await npy("train.npy", TRAIN, WIDTH);
  testFeatures = await npy("test.npy", TEST, WIDTH);
  const common = ["--data", data, "--features", trainFeatures, "--dim", String(DIM)];
  const runs = await Promise.all([
    atelier("train", "memory", ...common, "--steps", "2", "--out", join(dir, "memory")),
    atelier(
      ...["train", "mann", ...common, "--steps", "2", "--batch", "4"],
      ...["--max-manipulations", "3", "--out", join(dir, "mann")],
    ),
    atelier(
      ...["train", "encoder", "--steps", "1", "--batch", "4", "--dim", String(DIM)],
      ...["--size", "16", "--held-out", "8", "--out", join(dir, "encoder")],
    ),
  ]);
  runs.forEach(ok);
  memory = join(dir, "memory", "memory");
  mann = join(dir, "mann", "mann");
  encoder = join(dir, "encoder", "encoder");
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const MODELS = [
  "query only",
  "oracle (target's features)",
  "ADDE-M (thesis)",
  "ADDE-M (fair)",
  "MANN (thesis)",
];

describe("atelier eval --data", () => {
  it("scores every model on the folder's test split, its ADDE queries and --features", async () => {
    const report = join(dir, "report");
    const run = await atelier(
      ...["eval", "--data", data, "--features", testFeatures],
      ...["--memory", memory, "--mann", mann, "--report", report],
    );
    ok(run);
    const splits = join(data, "splits");
    const queries = await lines(join(splits, "ref_test.txt"));
    expect(run.out).toContain(`single manipulation (${queries} queries, gallery ${TEST}, `);
    expect(run.out).toContain(`multi manipulation (1000 queries, gallery ${TEST}, `);
    const record = JSON.parse(await readFile(join(report, "results.json"), "utf8"));
    expect(record.data).toEqual({
      kind: "folder",
      dir: data,
      singleQueries: `ADDE's query files ${["ref_test.txt", "indfull_test.txt", "gt_test.txt"].map((f) => join(splits, f)).join(", ")}`,
      features: { file: testFeatures, dim: DIM },
    });
    expect(record.encoder).toBeUndefined();
    expect(record.gallery).toEqual({ which: "test", count: TEST });
    expect(record.tasks).toEqual([
      { name: "single", queries },
      { name: "multi", queries: 1000 },
    ]);
    const results = record.results as { model: string; topK: { top10: number } }[];
    expect(results.map((r) => r.model)).toEqual([...MODELS, ...MODELS]);
    // The oracle searches with an item that has the target's labels: found first every time.
    for (const r of results.filter((r) => r.model.startsWith("oracle"))) {
      expect(r.topK.top10).toBe(100);
    }
    const readme = await readFile(join(report, "README.md"), "utf8");
    expect(readme).toContain(`| data | dataset folder \`${data}\`, its test split |`);
    expect(readme).toContain(`| features | \`${testFeatures}\` (precomputed, D = ${DIM}) |`);
    expect(readme).not.toContain("| catalog |");
    expect(readme).not.toContain("| encoder |");
  }, 60_000);

  it("encodes the test images with --encoder and generates queries where the folder has none", async () => {
    const bare = join(dir, "no-queries");
    await cp(data, bare, { recursive: true });
    for (const file of ["ref_test.txt", "indfull_test.txt", "gt_test.txt"]) {
      await rm(join(bare, "splits", file));
    }
    const out = join(dir, "encoded.json");
    ok(await atelier("eval", "--data", bare, "--encoder", encoder, "--out", out));
    const record = JSON.parse(await readFile(out, "utf8"));
    expect(record.data).toEqual({
      kind: "folder",
      dir: bare,
      singleQueries: `generated from ${join(bare, "splits", "labels_test.txt")}`,
    });
    expect(record.encoder).toEqual({ dir: encoder, dim: DIM });
    // catalog generate writes every valid query: generated from the labels, they are the same.
    const queries = await lines(join(data, "splits", "ref_test.txt"));
    expect(record.tasks[0]).toEqual({ name: "single", queries });
    expect(record.results.map((r: { model: string }) => r.model)).toEqual([
      ...MODELS.slice(0, 2),
      ...MODELS.slice(0, 2),
    ]);
    // The test images were encoded once and cached beside the encoder, as for training.
    expect((await readdir(join(encoder, "features"))).some((f) => f.startsWith("data-test-"))).toBe(
      true,
    );
  }, 60_000);

  it("stops before any work on bad features, folders or models, naming what is wrong", async () => {
    const imgs = join(data, "splits", "imgs_test.txt");
    const [short, wide, odd] = await Promise.all([
      npy("short.npy", TEST - 1, WIDTH),
      npy("wide.npy", TEST, WIDTH + 12),
      npy("odd.npy", TEST, 50),
    ]);
    const empty = join(dir, "empty");
    await mkdir(empty, { recursive: true });
    const partial = join(dir, "partial");
    await cp(join(data, "splits"), join(partial, "splits"), { recursive: true });
    await rm(join(partial, "splits", "gt_test.txt"));
    // 60 products: 12 test items, too few for pairs at every distance 1..8.
    const tiny = join(dir, "tiny");
    ok(
      await atelier(
        ...["catalog", "generate", "--products", "60", "--labels-only", "--workers", "0"],
        ...["--multi-pairs", "8", "--distribution", "natural", "--out", tiny],
      ),
    );
    const tinyFeatures = await npy("tiny.npy", 12, WIDTH);
    const otherDim = join(dir, "other-dim");
    await mkdir(otherDim, { recursive: true });
    await writeFile(join(otherDim, "manifest.json"), JSON.stringify({ dim: DIM + 1 }));
    const report = join(dir, "never-written");
    const withData = (folder: string, features: string, ...rest: string[]) => [
      ...["--data", folder, "--features", features, "--report", report],
      ...rest,
    ];
    const cases: [string[], string][] = [
      [
        withData(data, short, "--memory", memory),
        `--features ${short} is 99 x 48, expected 100 x 48 (one row per line of ${imgs}, 12 attributes x D = 4, that of --memory ${memory})`,
      ],
      [
        withData(data, wide, "--mann", mann),
        `--features ${wide} is 100 x 60, expected 100 x 48 (one row per line of ${imgs}, 12 attributes x D = 4, that of --mann ${mann}); its width fits D = 5`,
      ],
      [
        withData(data, odd),
        `--features ${odd} is 100 x 50, expected 100 x (12 x D) (one row per line of ${imgs}, 12 attributes x any D)`,
      ],
      [withData(empty, testFeatures), `--data ${empty}: no splits/imgs_test.txt`],
      [
        withData(partial, testFeatures),
        `--data ${partial}: splits/ has some of ADDE's query files but not gt_test.txt`,
      ],
      [
        withData(tiny, tinyFeatures),
        `--data ${tiny}: the test split (12 items) lacks multi-manipulation pairs at some distance in 1..8`,
      ],
      [
        withData(data, testFeatures, "--memory", memory, "--mann", otherDim),
        `--mann ${otherDim} has D = 5 but --memory ${memory} has D = 4`,
      ],
    ];
    for (const [args, message] of cases) {
      await expect(evaluate.run(args), message).rejects.toThrow(message);
    }
    // None of them got as far as creating the report folder.
    expect(await readdir(dir)).not.toContain("never-written");
  }, 60_000);
});
