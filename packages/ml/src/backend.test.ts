import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getBackendInfo, importOptional, loadTf } from "./backend.ts";
import { isMlBackendError } from "./backend-choice.ts";
import { gpuDevicePresent } from "./webgpu.ts";

const installed = (spec: string) => {
  try {
    createRequire(import.meta.url).resolve(spec);
    return true;
  } catch {
    return false;
  }
};

describe("importOptional", () => {
  it("reports a package that is not installed as missing", async () => {
    await expect(importOptional("@atelier/not-a-package")).resolves.toEqual({
      status: "missing",
      detail: "@atelier/not-a-package is not installed",
    });
  });

  it("lets the load error of an installed but broken package through", async () => {
    const root = mkdtempSync(join(tmpdir(), "atelier-ml-"));
    try {
      const pkg = join(root, "node_modules", "broken-tfjs-node");
      mkdirSync(pkg, { recursive: true });
      writeFileSync(
        join(pkg, "package.json"),
        '{ "name": "broken-tfjs-node", "main": "index.js" }',
      );
      writeFileSync(join(pkg, "index.js"), 'throw new Error("libtensorflow.so.2: cannot open");');
      await expect(importOptional("broken-tfjs-node", pathToFileURL(`${root}/`))).rejects.toThrow(
        "libtensorflow.so.2: cannot open",
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("imports a package that is installed", async () => {
    const outcome = await importOptional("@tensorflow/tfjs");
    expect(outcome.status).toBe("ready");
  });
});

// These run in order: the failing ones leave loadTf unmemoised for the last one.
describe("loadTf", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("rejects an unknown ATELIER_TF_BACKEND, naming it and the allowed values", async () => {
    vi.stubEnv("ATELIER_TF_BACKEND", "gpu");
    await expect(loadTf()).rejects.toThrow(
      'ATELIER_TF_BACKEND="gpu" is not a tfjs backend; allowed: auto, tensorflow-gpu, tensorflow, wasm, webgpu, cpu',
    );
    expect(getBackendInfo()).toBeNull();
  });

  it.skipIf(installed("@tensorflow/tfjs-node"))(
    "rejects a requested backend that is not installed",
    async () => {
      vi.stubEnv("ATELIER_TF_BACKEND", "tensorflow");
      await expect(loadTf()).rejects.toThrow(
        /ATELIER_TF_BACKEND="tensorflow" was requested but @tensorflow\/tfjs-node is not installed \(allowed: auto, tensorflow-gpu, tensorflow, wasm, webgpu, cpu/,
      );
    },
  );

  // CPU machines (and CI): Dawn loads but finds no adapter. Where a GPU exists it may find one.
  it.skipIf(gpuDevicePresent())(
    "rejects a forced webgpu without a GPU adapter, naming the reason",
    async () => {
      vi.stubEnv("ATELIER_TF_BACKEND", "webgpu");
      const error = await loadTf().catch((e: unknown) => e);
      expect(isMlBackendError(error)).toBe(true);
      expect(String(error)).toMatch(
        /ATELIER_TF_BACKEND="webgpu" was requested but (Dawn \(webgpu\) found no GPU adapter: it needs Vulkan|webgpu is not installed)/,
      );
      expect(getBackendInfo()).toBeNull();
    },
  );

  it("honours ATELIER_TF_BACKEND=wasm, logs the choice once and memoises it", async () => {
    vi.stubEnv("ATELIER_TF_BACKEND", "wasm");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const tf = await loadTf();
    expect(await loadTf()).toBe(tf);
    expect(tf.getBackend()).toBe("wasm");
    expect(tf.getKernel("Conv2DBackpropFilter", "wasm")).toBeDefined();
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(
      /^\[atelier\/ml\] tfjs backend: wasm \((no )?simd, \d+ threads?\) \[ATELIER_TF_BACKEND=wasm\]$/,
    );
    expect(getBackendInfo()).toEqual({
      name: "wasm",
      reason: "ATELIER_TF_BACKEND=wasm",
      flags: { simd: expect.any(Boolean), threads: expect.any(Number) },
      skipped: [],
    });
    expect(tf.tidy(() => tf.ones([2, 2]).sum().arraySync())).toBe(4);
  });
});
