import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluate } from "../commands/eval.ts";
import { parseEvalOptions } from "./options.ts";

// Made at load time, because the table of cases below names these paths: a folder that passes
// the weights checks (a manifest.json is what they look for) and a plain file.
const dir = mkdtempSync(join(tmpdir(), "atelier-eval-options-"));
const weights = join(dir, "weights");
mkdirSync(weights);
writeFileSync(join(weights, "manifest.json"), "{}");
const file = join(dir, "a-file");
writeFileSync(file, "");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (...args: string[]) => parseEvalOptions("eval", ["--encoder", weights, ...args]);
const parseBare = (...args: string[]) => parseEvalOptions("eval", args);

describe("parseEvalOptions", () => {
  it("defaults to exact search of the test gallery and the default catalog, and takes --gallery all", () => {
    expect(parse()).toEqual({
      encoder: weights,
      manns: [],
      data: { kind: "catalog", seed: 42, count: 20_000 },
      similarity: "l2-normalized",
      gallery: "test",
      index: "exact",
    });
    expect(parse("--index", "hnsw").index).toBe("hnsw");
    expect(parse("--index", "hnsw", "--ef-search", "64")).toMatchObject({ efSearch: 64 });
    expect(parse("--gallery", "all", "--mann", weights, "--mann", weights)).toMatchObject({
      gallery: "all",
      manns: [weights, weights],
    });
  });

  it("takes a dataset folder with precomputed features, or with the encoder", () => {
    expect(parseBare("--data", dir, "--features", file)).toEqual({
      data: { kind: "folder", dir, features: file },
      manns: [],
      similarity: "l2-normalized",
      gallery: "test",
      index: "exact",
    });
    expect(parse("--data", dir)).toMatchObject({ encoder: weights, data: { kind: "folder", dir } });
  });

  const refused: [string, () => unknown, string][] = [
    [
      "--features without --data",
      () => parseBare("--features", file),
      "eval: --features needs --data (the dataset folder whose test images its rows are)",
    ],
    [
      "--data with --products",
      () => parse("--data", dir, "--products", "100"),
      "eval: --products picks the procedural catalog; with --data the folder is the data, drop it",
    ],
    [
      "--data with --catalog-seed",
      () => parseBare("--data", dir, "--features", file, "--catalog-seed", "1"),
      "eval: --catalog-seed picks the procedural catalog",
    ],
    [
      "--data with neither --encoder nor --features",
      () => parseBare("--data", dir),
      "eval: --data needs features: --encoder DIR (a trained encoder, to encode its test images) or --features FILE.npy (precomputed)",
    ],
    [
      "--data with both --encoder and --features",
      () => parse("--data", dir, "--features", file),
      "eval: --features and --encoder both give features; pass one",
    ],
    [
      "--data with --gallery all",
      () => parse("--data", dir, "--gallery", "all"),
      "eval: --gallery all searches every catalog item; with --data the gallery is the folder's test split",
    ],
    [
      "a --data that is not a folder",
      () => parse("--data", file),
      `--data must be a dataset folder (atelier catalog generate --out writes one), got "${file}"`,
    ],
    [
      "a missing --features file",
      () => parseBare("--data", dir, "--features", join(dir, "missing.npy")),
      `--features must be a feature file (float32 .npy, one row per line of the test image list), got "${join(dir, "missing.npy")}"`,
    ],
    [
      "a bad --gallery",
      () => parse("--gallery", "train"),
      '--gallery must be one of test, all, got "train"',
    ],
    [
      "a bad --similarity",
      () => parse("--similarity", "dot"),
      '--similarity must be one of l2-normalized, l2, cosine, got "dot"',
    ],
    ["no --encoder", () => parseEvalOptions("eval", []), "--encoder is required"],
    [
      "an --encoder without weights",
      () => parseEvalOptions("eval", ["--encoder", dir]),
      `--encoder must be a folder of encoder weights`,
    ],
    [
      "a --mann without weights",
      () => parse("--mann", join(dir, "missing")),
      `--mann must be a folder of weights with a manifest.json (atelier train mann writes one), got "${join(dir, "missing")}"`,
    ],
    [
      "a --report that is a file",
      () => parse("--report", file),
      `--report must be a folder (created if missing), got "${file}", which is a file`,
    ],
    [
      "an --out that is a folder",
      () => parse("--out", dir),
      `--out must be a file to write, got the folder "${dir}"`,
    ],
    [
      "a bad --index",
      () => parse("--index", "ivf"),
      '--index must be one of exact, hnsw, got "ivf"',
    ],
    ["an unknown option", () => parse("--nprobe", "8"), "eval: Unknown option '--nprobe'"],
    [
      "--ef-search without --index hnsw",
      () => parse("--ef-search", "64"),
      "--ef-search applies to --index hnsw only",
    ],
    [
      "a bad --ef-search",
      () => parse("--index", "hnsw", "--ef-search", "0"),
      '--ef-search must be an integer from 1 to 4096, got "0"',
    ],
    [
      "a bad --products",
      () => parse("--products", "0"),
      '--products must be an integer at least 1, got "0"',
    ],
  ];
  it.each(refused)("refuses %s, naming it", (_name, call, message) => {
    expect(call).toThrow(message);
  });
});

describe("atelier eval", () => {
  it("refuses a --report path that is a file before any work", async () => {
    // The encoder folder holds a manifest and no weights: reaching it would fail differently.
    await expect(evaluate.run(["--encoder", weights, "--report", file])).rejects.toThrow(
      "--report must be a folder",
    );
  });
});
