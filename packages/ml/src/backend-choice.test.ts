import { describe, expect, it } from "vitest";
import {
  type BackendLoaders,
  type BackendName,
  isMlBackendError,
  type LoadOutcome,
  selectBackend,
} from "./backend-choice.ts";

type Fake = Partial<Record<BackendName, LoadOutcome<string> | Error>>;

/** Loaders that answer from a table and record which backends were tried. */
function fakeLoaders(table: Fake, tried: BackendName[] = []): BackendLoaders<string> {
  const loader = (name: BackendName) => async (): Promise<LoadOutcome<string>> => {
    tried.push(name);
    const entry = table[name] ?? { status: "missing", detail: `${name} not installed` };
    if (entry instanceof Error) throw entry;
    return entry;
  };
  return {
    "tensorflow-gpu": loader("tensorflow-gpu"),
    webgpu: loader("webgpu"),
    tensorflow: loader("tensorflow"),
    wasm: loader("wasm"),
    cpu: loader("cpu"),
  };
}

const ready = (value: string): LoadOutcome<string> => ({ status: "ready", value });

describe("selectBackend", () => {
  it("auto prefers the native GPU backend when it loads", async () => {
    const tried: BackendName[] = [];
    const loaders = fakeLoaders({ "tensorflow-gpu": ready("gpu"), wasm: ready("wasm") }, tried);
    const sel = await selectBackend("auto", loaders);
    expect(sel).toMatchObject({ name: "tensorflow-gpu", value: "gpu", skipped: [] });
    expect(tried).toEqual(["tensorflow-gpu"]);
  });

  it("auto falls through missing native packages to wasm and says why", async () => {
    const sel = await selectBackend("auto", fakeLoaders({ wasm: ready("w"), cpu: ready("c") }));
    expect(sel.name).toBe("wasm");
    expect(sel.reason).toBe("auto; tensorflow-gpu absent, tensorflow absent");
    expect(sel.skipped.map((s) => s.status)).toEqual(["missing", "missing"]);
  });

  it("auto reports an installed-but-broken backend and still falls through", async () => {
    const broken = new Error("libtensorflow.so.2: cannot open shared object file\nstack...");
    const sel = await selectBackend("auto", fakeLoaders({ tensorflow: broken, cpu: ready("c") }));
    expect(sel.name).toBe("cpu");
    expect(sel.reason).toContain("tensorflow failed");
    expect(sel.skipped[1]).toMatchObject({
      name: "tensorflow",
      status: "failed",
      detail: "libtensorflow.so.2: cannot open shared object file",
    });
  });

  it("an explicit request loads only that backend", async () => {
    const tried: BackendName[] = [];
    const loaders = fakeLoaders({ "tensorflow-gpu": ready("gpu"), cpu: ready("c") }, tried);
    const sel = await selectBackend("cpu", loaders);
    expect(sel).toMatchObject({ name: "cpu", reason: "ATELIER_TF_BACKEND=cpu" });
    expect(tried).toEqual(["cpu"]);
  });

  it("an unavailable explicit request throws naming the value and the allowed ones", async () => {
    const error = await selectBackend("tensorflow", fakeLoaders({ wasm: ready("w") })).catch(
      (e: unknown) => e,
    );
    expect(isMlBackendError(error)).toBe(true);
    expect(error).toMatchObject({ code: "backend_unavailable" });
    expect(String(error)).toMatch(/ATELIER_TF_BACKEND="tensorflow".*tensorflow not installed/);
    expect(String(error)).toContain("auto, tensorflow-gpu, tensorflow, wasm, webgpu, cpu");
  });

  it("keeps the loader error as the cause of an explicit failure", async () => {
    const broken = new Error("wasm init failed");
    const error = await selectBackend("wasm", fakeLoaders({ wasm: broken })).catch((e) => e);
    expect((error as Error).cause).toBe(broken);
  });

  it("auto prefers wasm to webgpu (faster for a turn) and tries webgpu when wasm fails", async () => {
    const tried: BackendName[] = [];
    const both = fakeLoaders({ webgpu: ready("gpu"), wasm: ready("w") }, tried);
    expect((await selectBackend("auto", both)).name).toBe("wasm");
    expect(tried).toEqual(["tensorflow-gpu", "tensorflow", "wasm"]);
    const noWasm = fakeLoaders({ webgpu: ready("gpu"), wasm: new Error("no wasm") });
    const sel = await selectBackend("auto", noWasm);
    expect(sel).toMatchObject({
      name: "webgpu",
      reason: "auto; tensorflow-gpu absent, tensorflow absent, wasm failed",
    });
  });

  it("auto passes over webgpu without trying it when told there is no GPU", async () => {
    const tried: BackendName[] = [];
    const broken = new Error("no wasm");
    const loaders = fakeLoaders({ webgpu: ready("gpu"), wasm: broken, cpu: ready("c") }, tried);
    const autoSkip = { webgpu: "no GPU device file (/dev/nvidiactl or /dev/dri/renderD*)" };
    const sel = await selectBackend("auto", loaders, { autoSkip });
    expect(sel.name).toBe("cpu");
    expect(tried).toEqual(["tensorflow-gpu", "tensorflow", "wasm", "cpu"]);
    expect(sel.reason).toBe(
      "auto; tensorflow-gpu absent, tensorflow absent, wasm failed, webgpu not tried",
    );
    expect(sel.skipped[3]).toEqual({
      name: "webgpu",
      status: "not-tried",
      detail: autoSkip.webgpu,
    });
  });

  it("a forced webgpu is tried even where auto would pass it over", async () => {
    const tried: BackendName[] = [];
    const noAdapter: LoadOutcome<string> = {
      status: "failed",
      detail: "Dawn (webgpu) found no GPU adapter",
    };
    const loaders = fakeLoaders({ webgpu: noAdapter, wasm: ready("w") }, tried);
    const error = await selectBackend("webgpu", loaders, {
      autoSkip: { webgpu: "no GPU device file" },
    }).catch((e: unknown) => e);
    expect(tried).toEqual(["webgpu"]);
    expect(isMlBackendError(error)).toBe(true);
    expect(String(error)).toMatch(
      /ATELIER_TF_BACKEND="webgpu" was requested but Dawn \(webgpu\) found no GPU adapter/,
    );
  });

  it("auto throws when nothing loads", async () => {
    await expect(selectBackend("auto", fakeLoaders({}))).rejects.toThrow(
      /no tfjs backend could be loaded \(tensorflow-gpu: .*cpu: cpu not installed\)/,
    );
  });
});
