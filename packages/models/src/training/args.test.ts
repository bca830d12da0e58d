import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { parseTrainArgs } from "./args.ts";

describe("parseTrainArgs", () => {
  it("fills defaults for a MANN smoke run", () => {
    const args = parseTrainArgs("mann", ["--steps", "3", "--out", "tmp"]);
    expect(args).toMatchObject({ kind: "mann", steps: 3, out: "tmp", dim: 8, seed: 42 });
    expect(args.checkpointEvery).toBe(3);
    expect(args.resume).toBe(false);
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

  it("requires an existing data folder for encoder and memory", () => {
    expect(() => parseTrainArgs("memory", ["--out", "x"])).toThrow("--data is required");
    expect(() => parseTrainArgs("encoder", ["--out", "x", "--data", "/no/such/dir"])).toThrow(
      '--data must be a dataset folder (atelier catalog generate --out), got "/no/such/dir"',
    );
    expect(parseTrainArgs("encoder", ["--out", "x", "--data", tmpdir()]).data).toBe(tmpdir());
  });
});
