/**
 * What the wasm kernels of this folder share: releasing a kernel's intermediate buffers, and
 * putting a faster kernel in place of a stock one.
 */
import type { KernelFunc, TensorInfo } from "@tensorflow/tfjs";
import type { Tf } from "../tf.ts";

interface DisposingBackend {
  disposeData(dataId: object, force?: boolean): boolean;
}

/** Frees the backend buffers of a kernel's intermediates (they never reach the engine). */
export function disposeIntermediates(backend: unknown, temps: readonly TensorInfo[]): void {
  for (const t of temps) (backend as DisposingBackend).disposeData(t.dataId);
}

/**
 * Replaces the wasm kernel `name` with `faster(stock)`, which falls back on the stock kernel for
 * what it does not cover. Idempotent: returns false when the kernel is missing or replaced already.
 */
export function replaceWasmKernel(
  tf: Tf,
  name: string,
  faster: (stock: KernelFunc) => KernelFunc,
): boolean {
  const stock = tf.getKernel(name, "wasm");
  if (stock === undefined || (stock.kernelFunc as { fast?: boolean }).fast) return false;
  const kernelFunc = Object.assign(faster(stock.kernelFunc), { fast: true });
  tf.unregisterKernel(name, "wasm");
  tf.registerKernel({ ...stock, kernelFunc });
  return true;
}
