import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseTrainArgs } from "./args.ts";

/** A folder with a manifest.json, as `atelier train encoder` leaves in `<out>/encoder`. */
const encoderDir = mkdtempSync(join(tmpdir(), "atelier-args-encoder-"));
writeFileSync(join(encoderDir, "manifest.json"), "{}");
afterAll(() => rmSync(encoderDir, { recursive: true, force: true }));

describe("parseTrainArgs", () => {
  it("fills the MANN's defaults; without --encoder it is a smoke run", () => {
    const args = parseTrainArgs("mann", ["--out", "tmp"]);
    expect(args).toMatchObject({ kind: "mann", steps: 3000, batch: 32, dim: 32, seed: 42 });
    expect(args).toMatchObject({ writeBy: "content", maxManipulations: 8, encoder: undefined });
    expect(args.checkpointEvery).toBe(3000);
    expect(args.resume).toBe(false);
    expect(parseTrainArgs("mann", ["--out", "t", "--steps", "3"]).checkpointEvery).toBe(3);
    const attribute = parseTrainArgs("mann", ["--out", "t", "--write-by", "attribute"]);
    expect(attribute.writeBy).toBe("attribute");
    expect(() => parseTrainArgs("mann", ["--out", "t", "--write-by", "row"])).toThrow(
      '--write-by must be one of content, attribute, got "row"',
    );
  });

  it("takes the MANN's residual and loss, and refuses what cannot train", () => {
    const mann = (...argv: string[]) => parseTrainArgs("mann", ["--out", "t", ...argv]);
    expect(mann().residual).toBe("none");
    expect(mann().loss).toEqual({ "smooth-l1": 1, triplet: 0, consistency: 0, "label-triplet": 0 });
    expect(mann("--write-by", "attribute", "--residual", "replace").residual).toBe("replace");
    expect(mann("--loss", "smooth-l1,triplet=0.5").loss.triplet).toBe(0.5);
    expect(() => mann("--residual", "replace")).toThrow(
      "train mann: --residual replace needs --write-by attribute, got --write-by content",
    );
    expect(() => mann("--residual", "sum")).toThrow(
      '--residual must be one of none, prototypes, replace, got "sum"',
    );
    expect(() => mann("--loss", "l2")).toThrow('--loss: unknown term "l2"');
  });

  it("requires a trained encoder's folder for memory, checks the MANN's, and not the encoder's", () => {
    const data = ["--data", tmpdir()];
    const memory = parseTrainArgs("memory", ["--out", "x", ...data, "--encoder", encoderDir]);
    expect(memory).toMatchObject({ steps: 3000, batch: 64, dim: 32, encoder: encoderDir });
    expect(() => parseTrainArgs("memory", ["--out", "x"])).toThrow(
      "train memory: --encoder is required (a trained encoder's folder",
    );
    // A folder without manifest.json is not an encoder's.
    expect(() => parseTrainArgs("mann", ["--out", "x", "--encoder", tmpdir()])).toThrow(
      `--encoder must be a trained encoder's folder with manifest.json (atelier train encoder's <out>/encoder), got "${tmpdir()}"`,
    );
    expect(parseTrainArgs("mann", ["--out", "x", "--encoder", encoderDir]).encoder).toBe(
      encoderDir,
    );
    expect(() => parseTrainArgs("encoder", ["--out", "x", "--encoder", encoderDir])).toThrow(
      /train encoder: .*--encoder/,
    );
    expect(() => parseTrainArgs("memory", ["--out", "x", "--write-by", "content"])).toThrow(
      /train memory: .*--write-by/,
    );
  });

  it("takes precomputed --features for a --data folder, instead of --encoder", () => {
    const npy = join(encoderDir, "features.npy");
    writeFileSync(npy, "only its existence is checked here");
    const args = (kind: string, ...argv: string[]) => parseTrainArgs(kind, ["--out", "x", ...argv]);
    const data = ["--data", tmpdir()];
    expect(args("memory", ...data, "--features", npy)).toMatchObject({
      features: npy,
      encoder: undefined,
      data: tmpdir(),
    });
    expect(args("mann", ...data, "--features", npy).features).toBe(npy);
    expect(args("mann", ...data, "--encoder", encoderDir).features).toBeUndefined();
    // Without --data, the catalog's options keep their defaults.
    expect(args("memory", "--encoder", encoderDir).catalog).toEqual({ count: 20000, seed: 42 });
  });

  it("refuses --features without --data, with --encoder, or missing, and data without features", () => {
    const npy = join(encoderDir, "features.npy");
    writeFileSync(npy, "");
    const args =
      (kind: string, ...argv: string[]) =>
      () =>
        parseTrainArgs(kind, ["--out", "x", ...argv]);
    const data = ["--data", tmpdir()];
    expect(args("memory", "--features", npy)).toThrow(
      "train memory: --features needs --data (the dataset folder whose train images its rows are)",
    );
    expect(args("mann", ...data, "--features", npy, "--encoder", encoderDir)).toThrow(
      "train mann: --features and --encoder both give features; pass one",
    );
    expect(args("memory", ...data, "--features", "/no/such.npy")).toThrow(
      '--features must be a feature file (float32 .npy, one row per train image), got "/no/such.npy"',
    );
    expect(args("mann", ...data)).toThrow(
      "train mann: --data needs features: --encoder DIR (a trained encoder, to encode its train images) or --features FILE.npy (precomputed)",
    );
    expect(args("memory", ...data, "--features", npy, "--catalog-seed", "7")).toThrow(
      "train memory: --catalog-seed picks the procedural catalog; with --data the folder is the data, drop it",
    );
    expect(args("encoder", ...data, "--features", npy)).toThrow(/train encoder: .*--features/);
  });

  it("names the kind, option or value that is wrong, and what is allowed", () => {
    expect(() => parseTrainArgs("gan", [])).toThrow(
      'train: kind must be one of encoder, memory, mann, got "gan"',
    );
    expect(() => parseTrainArgs("mann", ["--out", "x", "--bogus"])).toThrow(
      /train mann: .*--bogus.*; options: --out, --steps, .*--max-manipulations/,
    );
    expect(() => parseTrainArgs("mann", ["--out", "x", "--dim", "0"])).toThrow(
      '--dim must be a positive integer, got "0"',
    );
    expect(() => parseTrainArgs("mann", ["--out", "x", "--dim", "2.5"])).toThrow("--dim");
    expect(() => parseTrainArgs("mann", ["--out", "x", "--steps", "ten"])).toThrow("--steps");
    expect(() => parseTrainArgs("mann", [])).toThrow("--out is required");
    expect(() => parseTrainArgs("encoder", ["--out", "x", "--max-manipulations", "2"])).toThrow(
      "--max-manipulations",
    );
  });

  it("gives the encoder the default model's sizes, and checks its image size", () => {
    const args = parseTrainArgs("encoder", ["--out", "x"]);
    expect(args).toMatchObject({ steps: 6000, batch: 64, dim: 32, imageSize: 64, heldOut: 2000 });
    expect(args.data).toBeUndefined();
    expect(() => parseTrainArgs("encoder", ["--out", "x", "--size", "8"])).toThrow(
      '--size must be an integer >= 16, got "8"',
    );
  });

  it("checks that a data folder exists; memory trains on the procedural catalog without one", () => {
    expect(parseTrainArgs("memory", ["--out", "x", "--encoder", encoderDir]).data).toBeUndefined();
    expect(() => parseTrainArgs("encoder", ["--out", "x", "--data", "/no/such/dir"])).toThrow(
      '--data must be a dataset folder (atelier catalog generate --out), got "/no/such/dir"',
    );
    expect(parseTrainArgs("encoder", ["--out", "x", "--data", tmpdir()]).data).toBe(tmpdir());
  });
});
