import { z } from "zod";
import {
  allowedBackendsText,
  BACKEND_REQUESTS,
  type BackendRequest,
  MlBackendError,
} from "./backend-choice.ts";

/** The one place this package reads environment variables (listed in turbo's globalEnv). */
const mlEnvSchema = z.object({
  /**
   * tfjs backend: `auto` (default: tensorflow-gpu, tensorflow, wasm, webgpu where a GPU device
   * file exists, cpu: first that loads), `tensorflow-gpu` (@tensorflow/tfjs-node-gpu),
   * `tensorflow` (@tensorflow/tfjs-node), `wasm` (@tensorflow/tfjs-backend-wasm), `webgpu`
   * (Dawn via the `webgpu` package) or `cpu` (plain JS).
   */
  ATELIER_TF_BACKEND: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .enum(BACKEND_REQUESTS, {
        error: (issue) =>
          `ATELIER_TF_BACKEND=${JSON.stringify(issue.input)} is not a tfjs backend; ` +
          `allowed: ${allowedBackendsText()}`,
      })
      .default("auto"),
  ),
});

export interface MlEnv {
  ATELIER_TF_BACKEND: BackendRequest;
}

/**
 * Reads and validates this package's variables; a bad value throws an `MlBackendError` naming it.
 *
 * @example
 * readMlEnv({ ATELIER_TF_BACKEND: "wasm" }); // { ATELIER_TF_BACKEND: "wasm" }
 * readMlEnv(); // from process.env
 */
export function readMlEnv(source: Record<string, string | undefined> = process.env): MlEnv {
  const parsed = mlEnvSchema.safeParse(source);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join("; ");
    throw new MlBackendError("unknown_backend", message);
  }
  return parsed.data;
}
