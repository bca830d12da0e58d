/**
 * The backend decision, free of tfjs: candidates in order, a loader per candidate, and the rule
 * for what a missing or broken backend means. `backend.ts` supplies the real loaders; tests
 * supply fakes, so the rule is checked without `@tensorflow/tfjs-node` installed.
 */

/**
 * Backends in the order `auto` tries them: native GPU (CUDA), native CPU, wasm, WebGPU (Dawn,
 * Vulkan), plain JS. WebGPU comes after wasm: on an H200 the MANN's turn ran 5.7x slower on it
 * than on wasm for one session and 2.8x for 32, and only drew level at 256
 * (docs/benchmarks/gpu.md), while CNN training gains 8-10x (gpu-webgpu.md): serving keeps wasm,
 * GPU training asks for `ATELIER_TF_BACKEND=webgpu`.
 */
export const BACKEND_NAMES = ["tensorflow-gpu", "tensorflow", "wasm", "webgpu", "cpu"] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** Values `ATELIER_TF_BACKEND` accepts; unset or empty means `auto`. */
export const BACKEND_REQUESTS = ["auto", ...BACKEND_NAMES] as const;
export type BackendRequest = (typeof BACKEND_REQUESTS)[number];

export type MlBackendErrorCode = "unknown_backend" | "backend_unavailable";

/** Raised for a bad `ATELIER_TF_BACKEND` value or when no requested backend can be loaded. */
export class MlBackendError extends Error {
  override readonly name = "MlBackendError";
  constructor(
    readonly code: MlBackendErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Narrows an unknown error to {@link MlBackendError}.
 *
 * @example
 * try { await loadTf(); } catch (e) { if (isMlBackendError(e)) console.error(e.code, e.message); }
 */
export function isMlBackendError(error: unknown): error is MlBackendError {
  return error instanceof MlBackendError;
}

/** Lists the allowed values the way error messages show them. */
export function allowedBackendsText(): string {
  return BACKEND_REQUESTS.join(", ");
}

/** What trying one backend gave: usable, not installed, or installed but broken. */
export type LoadOutcome<T> =
  | { status: "ready"; value: T }
  | { status: "missing"; detail: string }
  | { status: "failed"; detail: string; error?: unknown };

export type BackendLoaders<T> = Record<BackendName, () => Promise<LoadOutcome<T>>>;

export interface SkippedBackend {
  name: BackendName;
  /** `not-tried`: `auto` passed it over (see {@link SelectOptions.autoSkip}). */
  status: "missing" | "failed" | "not-tried";
  detail: string;
  error?: unknown;
}

export interface BackendSelection<T> {
  name: BackendName;
  value: T;
  /** One line on why this backend, for logs and `getBackendInfo()`. */
  reason: string;
  /** Backends tried before it; `failed` ones deserve a warning (installed but unusable). */
  skipped: SkippedBackend[];
}

export interface SelectOptions {
  /**
   * Backends `auto` does not try, each with the reason (e.g. webgpu where no GPU device file
   * exists, so CPU machines skip Dawn's start-up). An explicit request still tries them.
   */
  autoSkip?: Partial<Record<BackendName, string>>;
}

const SKIP_WORDS = { missing: "absent", failed: "failed", "not-tried": "not tried" } as const;

async function attempt<T>(loaders: BackendLoaders<T>, name: BackendName): Promise<LoadOutcome<T>> {
  try {
    return await loaders[name]();
  } catch (error) {
    return { status: "failed", detail: describeError(error), error };
  }
}

/** First line of an error's message: loader errors (native addons) can be long. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

/**
 * Picks a backend. An explicit request gets exactly that backend or an error naming it and the
 * allowed values; `auto` takes the first that loads, passing over `options.autoSkip`, and
 * remembers why the others were skipped.
 *
 * @example
 * const sel = await selectBackend("auto", loaders, { autoSkip: { webgpu: "no GPU" } });
 * sel.name; // "wasm" where tfjs-node is not installed
 */
export async function selectBackend<T>(
  request: BackendRequest,
  loaders: BackendLoaders<T>,
  options: SelectOptions = {},
): Promise<BackendSelection<T>> {
  if (request !== "auto") {
    const outcome = await attempt(loaders, request);
    if (outcome.status === "ready") {
      return {
        name: request,
        value: outcome.value,
        reason: `ATELIER_TF_BACKEND=${request}`,
        skipped: [],
      };
    }
    throw new MlBackendError(
      "backend_unavailable",
      `ATELIER_TF_BACKEND="${request}" was requested but ${outcome.detail} ` +
        `(allowed: ${allowedBackendsText()}; unset it or use "auto" to fall back)`,
      { cause: outcome.status === "failed" ? outcome.error : undefined },
    );
  }
  const skipped: SkippedBackend[] = [];
  for (const name of BACKEND_NAMES) {
    const passOver = options.autoSkip?.[name];
    if (passOver !== undefined) {
      skipped.push({ name, status: "not-tried", detail: passOver });
      continue;
    }
    const outcome = await attempt(loaders, name);
    if (outcome.status === "ready") {
      const why = skipped.map((s) => `${s.name} ${SKIP_WORDS[s.status]}`);
      const reason = why.length > 0 ? `auto; ${why.join(", ")}` : "auto; first choice";
      return { name, value: outcome.value, reason, skipped };
    }
    skipped.push({ name, ...outcome });
  }
  const details = skipped.map((s) => `${s.name}: ${s.detail}`).join("; ");
  throw new MlBackendError("backend_unavailable", `no tfjs backend could be loaded (${details})`);
}
