import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gpuDevicePresent } from "./webgpu.ts";

describe("gpuDevicePresent", () => {
  const roots: string[] = [];
  const fakeDev = (files: string[]): string => {
    const root = mkdtempSync(join(tmpdir(), "atelier-dev-"));
    roots.push(root);
    for (const file of files) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), "");
    }
    return root;
  };
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it("is false without GPU device files (a CPU container)", () => {
    expect(gpuDevicePresent(fakeDev(["null", "dri/card0"]))).toBe(false);
    expect(gpuDevicePresent(join(tmpdir(), "atelier-no-such-dev"))).toBe(false);
  });

  it("is true with NVIDIA's control node or a DRM render node", () => {
    expect(gpuDevicePresent(fakeDev(["nvidiactl"]))).toBe(true);
    expect(gpuDevicePresent(fakeDev(["dri/card0", "dri/renderD128"]))).toBe(true);
  });
});
