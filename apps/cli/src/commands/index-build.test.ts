// `atelier index build` end to end through the real CLI entry (a child process, as a user runs
// it), on a copy of the default encoder (its feature cache is written beside it) and 300 products.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadIndex, readHnswParams } from "@atelier/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MODELS_DIR } from "../training/encoder-features.ts";
import { atelier } from "../training/test-support.ts";

let dir = "";
let encoder = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-index-build-test-"));
  encoder = join(dir, "encoder");
  await mkdir(encoder);
  for (const file of ["manifest.json", "weights.bin"]) {
    await copyFile(join(DEFAULT_MODELS_DIR, "encoder", file), join(encoder, file));
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const build = (...args: string[]) =>
  atelier("index", "build", "--encoder", encoder, "--products", "300", ...args);

describe("atelier index build", () => {
  it("encodes the catalog once and saves a loadable index of each kind", async () => {
    for (const kind of ["ivf", "flat", "hnsw"]) {
      const out = join(dir, `${kind}.faiss`);
      const run = await build("--kind", kind, "--out", out);
      expect(run.code, run.out).toBe(0);
      expect(run.out).toMatch(
        new RegExp(
          `${kind} index .*300 vectors of 384 dims, built in \\d+\\.\\d+ s, \\d+\\.\\d+ MiB`,
        ),
      );
      const index = await loadIndex(out);
      expect(index).toMatchObject({ kind, metric: "ip", dim: 384, size: 300 });
    }
    expect(await readdir(join(encoder, "features"))).toHaveLength(1);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const flat = await loadIndex(join(dir, "flat.faiss"));
    const ivf = await loadIndex(join(dir, "ivf.faiss"));
    expect(ivf.isTrained).toBe(true);
    expect(ivf.size).toBe(flat.size);

    const tuned = join(dir, "tuned.faiss");
    const run = await build("--kind", "hnsw", "--m", "8", "--ef-search", "96", "--out", tuned);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain("M 8, efConstruction 40, efSearch 96");
    expect(readHnswParams(await readFile(tuned)).efSearch).toBe(96);
  }, 120_000);

  it("stops on bad options before encoding, naming the option", async () => {
    const out = join(dir, "x.faiss");
    const [kind, lists, efSearch, noEncoder, noOut] = await Promise.all([
      build("--kind", "pq", "--out", out),
      build("--kind", "hnsw", "--lists", "8", "--out", out),
      build("--kind", "flat", "--ef-search", "8", "--out", out),
      atelier("index", "build", "--encoder", join(dir, "nope"), "--out", out),
      build(),
    ]);
    expect(kind.code).toBe(1);
    expect(kind.out).toContain('--kind must be one of flat, hnsw, ivf, got "pq"');
    expect(lists.out).toContain("--lists and --probes apply to --kind ivf only");
    expect(efSearch.out).toContain("--ef-search apply to --kind hnsw only");
    expect(noEncoder.out).toContain("--encoder must be a folder of encoder weights");
    expect(noOut.out).toContain("--out is required");
    expect(await readdir(dir)).not.toContain("x.faiss");
  }, 60_000);
});
