/**
 * The WebGPU backend in Node: Dawn from the `webgpu` package (a prebuilt `dawn.node`, Vulkan on
 * Linux) under `@tensorflow/tfjs-backend-webgpu`. Both are optional dependencies: without them,
 * or without a GPU adapter, the backend reports why and `auto` moves on.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { LoadOutcome } from "./backend-choice.ts";
import { MlBackendError } from "./backend-choice.ts";
import { asTf, type Tf } from "./tf.ts";

/** What `auto` looks for before it pays Dawn's start-up. */
export const GPU_DEVICE_FILES = "/dev/nvidiactl or /dev/dri/renderD*";

/**
 * Whether this machine exposes a GPU device file (NVIDIA's control node or a DRM render node);
 * `auto` only tries webgpu where one exists, so CPU machines and CI skip Dawn entirely.
 *
 * @example
 * gpuDevicePresent(); // false on a CPU-only container
 */
export function gpuDevicePresent(dev = "/dev"): boolean {
  if (existsSync(join(dev, "nvidiactl"))) return true;
  try {
    return readdirSync(join(dev, "dri")).some((name) => name.startsWith("renderD"));
  } catch {
    return false;
  }
}

/** The adapter Dawn picked, as WebGPU's `GPUAdapterInfo` describes it. */
export interface WebGpuAdapterInfo {
  vendor: string;
  architecture: string;
  device: string;
  /** Often the driver, e.g. `NVIDIA: 580.159.04`. */
  description: string;
}

export interface WebGpuTf {
  tf: Tf;
  adapter: WebGpuAdapterInfo;
}

type Dawn = { create(options: string[]): GpuLike; globals: object };
type GpuLike = { requestAdapter(options?: object): Promise<AdapterLike | null> };
type AdapterLike = { info?: Partial<WebGpuAdapterInfo> };

/** A package that is not installed (the optional install was skipped or failed). */
function isNotFound(error: unknown, spec: string): boolean {
  const { code, message } = error as { code?: string; message?: string };
  const notFound = code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
  return notFound && String(message).includes(spec);
}

async function importDawn(): Promise<LoadOutcome<Dawn>> {
  try {
    return { status: "ready", value: (await import("webgpu")) as unknown as Dawn };
  } catch (error) {
    if (isNotFound(error, "webgpu"))
      return { status: "missing", detail: "webgpu is not installed" };
    throw error;
  }
}

/** tfjs-backend-webgpu registers itself at import only if `navigator.gpu` exists by then. */
function installNavigator(gpu: GpuLike): void {
  // Through unknown: with the DOM lib on (a consumer's tsconfig), navigator is typed and differs.
  const previous = (globalThis as unknown as { navigator?: Record<string, unknown> }).navigator;
  const value = { userAgent: previous?.userAgent ?? `Node.js/${process.version}`, gpu };
  Object.defineProperty(globalThis, "navigator", { value, configurable: true, writable: true });
}

async function webgpuOutcome(): Promise<LoadOutcome<WebGpuTf>> {
  const dawn = await importDawn();
  if (dawn.status !== "ready") return dawn;
  const gpu = dawn.value.create([]);
  const adapter = await gpu.requestAdapter({ powerPreference: "high-performance" });
  if (adapter === null) {
    return {
      status: "failed",
      detail:
        "Dawn (webgpu) found no GPU adapter: it needs Vulkan (libvulkan.so.1 and the GPU " +
        "driver's ICD, e.g. VK_DRIVER_FILES=/usr/share/vulkan/icd.d/nvidia_icd.json)",
    };
  }
  // GPUBufferUsage, GPUMapMode, ... as globals, the way a browser has them.
  Object.assign(globalThis, dawn.value.globals);
  installNavigator(gpu);
  const tf = asTf(await import("@tensorflow/tfjs"), "@tensorflow/tfjs");
  const spec = "@tensorflow/tfjs-backend-webgpu";
  try {
    await import("@tensorflow/tfjs-backend-webgpu");
  } catch (error) {
    if (isNotFound(error, spec)) return { status: "missing", detail: `${spec} is not installed` };
    throw error;
  }
  if (!(await tf.setBackend("webgpu"))) {
    return { status: "failed", detail: "the webgpu backend did not start (see tfjs's warning)" };
  }
  const info = adapter.info ?? {};
  return {
    status: "ready",
    value: {
      tf,
      adapter: {
        vendor: info.vendor ?? "",
        architecture: info.architecture ?? "",
        device: info.device ?? "",
        description: info.description ?? "",
      },
    },
  };
}

let webgpuReady: Promise<LoadOutcome<WebGpuTf>> | null = null;

/** Memoised: one Dawn instance per process, whatever asks for it. */
export function tryWebGpu(): Promise<LoadOutcome<WebGpuTf>> {
  webgpuReady ??= webgpuOutcome().catch((error: unknown) => {
    webgpuReady = null;
    throw error;
  });
  return webgpuReady;
}

/**
 * `@tensorflow/tfjs` on the webgpu backend (made active), and the adapter it runs on. Rejects
 * with an `MlBackendError` naming the reason when the packages or a GPU adapter are missing.
 * The GPU instance keeps Node running: a script ends with `process.exit()`.
 *
 * @example
 * const { tf, adapter } = await loadTfjsWebGpu(); // adapter.description: "NVIDIA: 580.159.04"
 */
export async function loadTfjsWebGpu(): Promise<WebGpuTf> {
  const outcome = await tryWebGpu();
  if (outcome.status === "ready") return outcome.value;
  throw new MlBackendError("backend_unavailable", `webgpu is unavailable: ${outcome.detail}`);
}
