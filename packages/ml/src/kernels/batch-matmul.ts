/**
 * A faster `BatchMatMul` for the wasm backend when an operand is transposed: transpose it
 * explicitly (a cheap copy), then multiply without transposes. The stock kernel handles
 * transposed operands 10-30x slower than plain ones (measured: x^T.dy for a 6144 x 256 dense
 * layer's weight gradient took 318 ms, transpose + multiply 11 ms), and every dense layer's
 * backward pass multiplies by transposes.
 */

import type { BatchMatMulAttrs, KernelFunc, TensorInfo } from "@tensorflow/tfjs";
import type { Tf } from "../tf.ts";
import { disposeIntermediates, replaceWasmKernel } from "./wasm-kernel.ts";

function createKernelFunc(tf: Tf, stock: KernelFunc): KernelFunc {
  return (args) => {
    const { inputs, backend, attrs } = args;
    const { a, b } = inputs as { a?: TensorInfo; b?: TensorInfo };
    const { transposeA, transposeB } = attrs as unknown as BatchMatMulAttrs;
    if (a === undefined || b === undefined || (!transposeA && !transposeB)) return stock(args);
    const transpose = tf.getKernel("Transpose", "wasm");
    if (transpose === undefined) return stock(args);
    const temps: TensorInfo[] = [];
    // Swap the last two axes, whatever the rank (tfjs passes rank >= 2).
    const swap = (t: TensorInfo) => {
      const perm = t.shape.map((_, i) => i);
      const n = perm.length;
      [perm[n - 2], perm[n - 1]] = [perm[n - 1] as number, perm[n - 2] as number];
      const out = transpose.kernelFunc({
        inputs: { x: t },
        backend,
        attrs: { perm },
      }) as TensorInfo;
      temps.push(out);
      return out;
    };
    try {
      return stock({
        inputs: { a: transposeA ? swap(a) : a, b: transposeB ? swap(b) : b },
        backend,
        attrs: { ...attrs, transposeA: false, transposeB: false },
      }) as TensorInfo;
    } finally {
      disposeIntermediates(backend, temps);
    }
  };
}

/**
 * Replaces the wasm backend's `BatchMatMul` with the explicit-transpose version above.
 * Idempotent.
 *
 * @returns true when this call replaced the kernel.
 * @example
 * registerWasmBatchMatMul(tf); // loadTfjsWasm() has done it already
 */
export function registerWasmBatchMatMul(tf: Tf): boolean {
  return replaceWasmKernel(tf, "BatchMatMul", (stock) => createKernelFunc(tf, stock));
}
