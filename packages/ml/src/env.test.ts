import { describe, expect, it } from "vitest";
import { isMlBackendError } from "./backend-choice.ts";
import { readMlEnv } from "./env.ts";

describe("readMlEnv", () => {
  it("defaults to auto when unset or empty", () => {
    expect(readMlEnv({})).toEqual({ ATELIER_TF_BACKEND: "auto" });
    expect(readMlEnv({ ATELIER_TF_BACKEND: "" })).toEqual({ ATELIER_TF_BACKEND: "auto" });
  });

  it.each(["auto", "tensorflow-gpu", "tensorflow", "wasm", "webgpu", "cpu"])(
    "accepts %s",
    (value) => {
      expect(readMlEnv({ ATELIER_TF_BACKEND: value }).ATELIER_TF_BACKEND).toBe(value);
    },
  );

  it("rejects an unknown value with a message naming it and the allowed ones", () => {
    let error: unknown;
    try {
      readMlEnv({ ATELIER_TF_BACKEND: "webgl" });
    } catch (e) {
      error = e;
    }
    expect(isMlBackendError(error)).toBe(true);
    expect(error).toMatchObject({ code: "unknown_backend" });
    expect((error as Error).message).toBe(
      'ATELIER_TF_BACKEND="webgl" is not a tfjs backend; ' +
        "allowed: auto, tensorflow-gpu, tensorflow, wasm, webgpu, cpu",
    );
  });
});
