import { describe, expect, it } from "vitest";
import { isNtmError } from "../errors.ts";
import { headSizes, type NtmOptions, resolveNtmConfig } from "./config.ts";

const sizes = { inputSize: 491, memoryRows: 12, memoryWidth: 340 };

describe("resolveNtmConfig", () => {
  it("defaults to the thesis's controller with content addressing and the stabilisers", () => {
    expect(resolveNtmConfig(sizes)).toEqual({
      ...sizes,
      controllerUnits: 100,
      outputSize: 0,
      addressing: "content",
      tanhKeyAndAdd: true,
      outputClip: 20,
    });
  });

  it.each<[Partial<NtmOptions>, string]>([
    [{ memoryRows: 0 }, "memoryRows must be a positive integer, got 0"],
    [{ controllerUnits: 2.5 }, "controllerUnits must be a positive integer, got 2.5"],
    [{ outputSize: -1 }, "outputSize must be an integer >= 0, got -1"],
    [{ addressing: "location" as "full" }, 'addressing must be "content" or "full", got location'],
    [{ outputClip: Number.NaN }, "outputClip must be >= 0, got NaN"],
  ])("rejects %o, naming the field", (bad, message) => {
    let error: unknown;
    try {
      resolveNtmConfig({ ...sizes, ...bad });
    } catch (e) {
      error = e;
    }
    expect(isNtmError(error) && error.code).toBe("bad-config");
    expect((error as Error).message).toBe(message);
  });

  it("sizes the heads: key, beta, location parameters, erase and add", () => {
    expect(headSizes(resolveNtmConfig(sizes))).toEqual({ read: 341, write: 1021 });
    expect(headSizes(resolveNtmConfig({ ...sizes, addressing: "full" }))).toEqual({
      read: 346,
      write: 1026,
    });
  });
});
