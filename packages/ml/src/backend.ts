import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type BackendLoaders,
  type BackendName,
  type LoadOutcome,
  type SkippedBackend,
  selectBackend,
} from "./backend-choice.ts";
import { readMlEnv } from "./env.ts";
import { registerWasmBatchMatMul } from "./kernels/batch-matmul.ts";
import { registerWasmConv2DBackpropFilter } from "./kernels/conv2d-backprop-filter.ts";
import { registerWasmConv2DBackpropInput } from "./kernels/conv2d-backprop-input.ts";
import { asTf, type Tf } from "./tf.ts";
import { GPU_DEVICE_FILES, gpuDevicePresent, tryWebGpu } from "./webgpu.ts";

/** Which backend `loadTf()` chose, why, and how it runs. */
export interface BackendInfo {
  name: BackendName;
  /** e.g. `ATELIER_TF_BACKEND=wasm` or `auto; tensorflow-gpu absent, tensorflow absent`. */
  reason: string;
  /** Backend specifics: wasm `{ simd, threads }`, native `{ package }`, webgpu `{ adapter, ... }`. */
  flags: Record<string, string | number | boolean>;
  skipped: Array<Omit<SkippedBackend, "error">>;
}

interface Loaded {
  tf: Tf;
  flags: BackendInfo["flags"];
  summary: string;
}

// Resolution starts at this file, i.e. from the node_modules a user installs packages into.
const requireHere = createRequire(import.meta.url);

/**
 * Imports an optional package. Not installed -> `missing` (auto falls through); installed but
 * throwing (e.g. libtensorflow absent) -> the error propagates, and callers report it rather
 * than hide it. `from` is where resolution starts (default: this package).
 *
 * @example
 * await importOptional("@tensorflow/tfjs-node"); // { status: "missing", detail: "... not installed" }
 */
export async function importOptional(
  spec: string,
  from: string | URL = import.meta.url,
): Promise<LoadOutcome<unknown>> {
  let resolved: string;
  try {
    resolved = createRequire(from).resolve(spec);
  } catch (error) {
    if ((error as { code?: string }).code === "MODULE_NOT_FOUND") {
      return { status: "missing", detail: `${spec} is not installed` };
    }
    throw error;
  }
  // A computed specifier also keeps tsc and bundlers from resolving packages that may not exist.
  return { status: "ready", value: await import(pathToFileURL(resolved).href) };
}

async function loadNative(spec: string): Promise<LoadOutcome<Loaded>> {
  const mod = await importOptional(spec);
  if (mod.status !== "ready") return mod;
  const tf = asTf(mod.value, spec);
  if (!(await tf.setBackend("tensorflow"))) {
    return {
      status: "failed",
      detail: `${spec} loaded but its "tensorflow" backend did not start`,
    };
  }
  return { status: "ready", value: { tf, flags: { package: spec }, summary: spec } };
}

let wasmReady: Promise<Tf> | null = null;

/**
 * `@tensorflow/tfjs` with the wasm backend registered, its binaries located in node_modules, the
 * missing `Conv2DBackpropFilter` kernel added and faster `Conv2DBackpropInput` and `BatchMatMul`
 * kernels in place of the stock ones. Does not switch the active backend, so the
 * cpu backend stays available beside wasm (tests and benchmarks compare the two).
 *
 * @example
 * const tf = await loadTfjsWasm();
 * await tf.setBackend("wasm");
 */
export function loadTfjsWasm(): Promise<Tf> {
  wasmReady ??= (async () => {
    const tf = asTf(await import("@tensorflow/tfjs"), "@tensorflow/tfjs");
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    if (tf.env().getBool("IS_NODE")) {
      // The default lookup is relative to the bundle that runs, which breaks once a bundler
      // moves the code; a path from module resolution holds wherever node_modules is.
      const simdBinary = "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm";
      wasm.setWasmPaths(`${dirname(requireHere.resolve(simdBinary))}/`);
    }
    // Gradient kernels the stock wasm backend lacks or runs far slower than it could.
    registerWasmConv2DBackpropFilter(tf);
    registerWasmConv2DBackpropInput(tf);
    registerWasmBatchMatMul(tf);
    return tf;
  })().catch((error: unknown) => {
    wasmReady = null;
    throw error;
  });
  return wasmReady;
}

const loaders: BackendLoaders<Loaded> = {
  "tensorflow-gpu": () => loadNative("@tensorflow/tfjs-node-gpu"),
  webgpu: async () => {
    const outcome = await tryWebGpu();
    if (outcome.status !== "ready") return outcome;
    const { tf, adapter } = outcome.value;
    // tryWebGpu is memoised: make webgpu active again if something switched since.
    if (!(await tf.setBackend("webgpu"))) {
      return { status: "failed", detail: "the webgpu backend did not start (see tfjs's warning)" };
    }
    const name = [adapter.vendor, adapter.architecture, adapter.device].filter(Boolean).join(" ");
    const summary = `Dawn, ${name || "unnamed adapter"}${adapter.description ? `, ${adapter.description}` : ""}`;
    return { status: "ready", value: { tf, flags: { package: "webgpu", ...adapter }, summary } };
  },
  tensorflow: () => loadNative("@tensorflow/tfjs-node"),
  wasm: async () => {
    const tf = await loadTfjsWasm();
    if (!(await tf.setBackend("wasm"))) {
      return { status: "failed", detail: "the wasm backend did not start (see tfjs's warning)" };
    }
    const { getThreadsCount } = await import("@tensorflow/tfjs-backend-wasm");
    const simd = Boolean(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"));
    const threads = getThreadsCount();
    const summary = `${simd ? "simd" : "no simd"}, ${threads} thread${threads === 1 ? "" : "s"}`;
    return { status: "ready", value: { tf, flags: { simd, threads }, summary } };
  },
  cpu: async () => {
    const tf = asTf(await import("@tensorflow/tfjs"), "@tensorflow/tfjs");
    if (!(await tf.setBackend("cpu"))) return { status: "failed", detail: "cpu did not start" };
    return { status: "ready", value: { tf, flags: {}, summary: "plain JS, slow for training" } };
  },
};

let chosen: Promise<Tf> | null = null;
let info: BackendInfo | null = null;

/**
 * Returns the tfjs namespace on the best available backend, ready to use; later calls return
 * the same namespace. `ATELIER_TF_BACKEND` (auto|tensorflow-gpu|webgpu|tensorflow|wasm|cpu) forces a
 * choice; a bad or unavailable value rejects with an `MlBackendError`. The choice is logged
 * once to stderr and kept for {@link getBackendInfo}.
 *
 * @example
 * const tf = await loadTf(); // [atelier/ml] tfjs backend: wasm (simd, 1 thread) [auto; ...]
 * const y = tf.tidy(() => tf.ones([2, 2]).sum());
 */
export function loadTf(): Promise<Tf> {
  chosen ??= (async () => {
    const request = readMlEnv().ATELIER_TF_BACKEND;
    // Dawn's start-up is only worth paying where a GPU is plausible; a forced webgpu still tries.
    const autoSkip = gpuDevicePresent()
      ? {}
      : { webgpu: `no GPU device file (${GPU_DEVICE_FILES})` };
    const selection = await selectBackend(request, loaders, { autoSkip });
    const { tf, flags, summary } = selection.value;
    // stderr, so commands that print results on stdout stay parseable.
    for (const s of selection.skipped) {
      if (s.status === "failed") console.error(`[atelier/ml] ${s.name} skipped: ${s.detail}`);
    }
    console.error(
      `[atelier/ml] tfjs backend: ${selection.name} (${summary}) [${selection.reason}]`,
    );
    info = {
      name: selection.name,
      reason: selection.reason,
      flags,
      skipped: selection.skipped.map(({ name, status, detail }) => ({ name, status, detail })),
    };
    return tf;
  })().catch((error: unknown) => {
    chosen = null;
    throw error;
  });
  return chosen;
}

/**
 * The backend `loadTf()` chose, or null before it has resolved.
 *
 * @example
 * await loadTf();
 * getBackendInfo()?.name; // "wasm"
 */
export function getBackendInfo(): BackendInfo | null {
  return info;
}
