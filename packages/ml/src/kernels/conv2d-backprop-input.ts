/**
 * A faster `Conv2DBackpropInput` for the wasm backend: the input gradient of a strided conv2d as
 * stride x stride small forward convolutions (one per output phase, with the matching sub-filter,
 * flipped and with its channels swapped), interleaved. Forward convolutions run through XNNPACK;
 * the stock wasm kernel does not, and took ~80 % of a training step of the render check's CNN
 * (8-15x slower than the forward pass).
 *
 *   dx[i] = sum_a dy[a] W[i + pt - a s]; with i + pt = m s + r (phase r), u = r + k s:
 *   dx_r[m] = sum_k dy[m - k] W[r + k s]  =  a stride-1 correlation of dy (k - 1 zeros on top)
 *   with the sub-filter W[r::s] reversed.
 */

import type {
  Conv2DBackpropInputAttrs,
  KernelFunc,
  NamedAttrMap,
  TensorInfo,
} from "@tensorflow/tfjs";
import type { Tf } from "../tf.ts";
import { disposeIntermediates, replaceWasmKernel } from "./wasm-kernel.ts";

type Shape4 = [number, number, number, number];

function shape4(shape: readonly number[], name: string): Shape4 {
  const [a, b, c, d] = shape;
  if (
    shape.length !== 4 ||
    a === undefined ||
    b === undefined ||
    c === undefined ||
    d === undefined
  ) {
    throw new Error(`Conv2DBackpropInput (wasm): ${name} must be rank 4, got [${shape}]`);
  }
  return [a, b, c, d];
}

function createKernelFunc(tf: Tf, fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { inputs, backend, attrs } = args;
    const { dy, filter } = inputs as { dy?: TensorInfo; filter?: TensorInfo };
    if (dy === undefined || filter === undefined)
      throw new Error("Conv2DBackpropInput (wasm): needs dy and filter");
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } =
      attrs as unknown as Conv2DBackpropInputAttrs;
    const [n, h, w, cin] = shape4(inputShape, "inputShape");
    const [fh, fw, , cout] = shape4(filter.shape, "filter");
    const [, oh, ow] = shape4(dy.shape, "dy");
    const info = tf.backend_util.computeConv2DInfo(
      [n, h, w, cin],
      [fh, fw, cin, cout],
      strides,
      1,
      pad,
      dimRoundingMode,
      false,
      "channelsLast",
    );
    const sh = info.strideHeight;
    const sw = info.strideWidth;
    // Phases with no filter tap (stride larger than the filter) and NCHW: the stock kernel.
    if (dataFormat !== "NHWC" || sh > fh || sw > fw) return fallback(args);
    const pt = info.padInfo.top;
    const pl = info.padInfo.left;
    const mh = Math.ceil((h + pt) / sh);
    const mw = Math.ceil((w + pl) / sw);

    const temps: TensorInfo[] = [];
    const run = (name: string, kernelInputs: unknown, kernelAttrs: NamedAttrMap, keep = false) => {
      const kernel = tf.getKernel(name, "wasm");
      if (kernel === undefined)
        throw new Error(`Conv2DBackpropInput (wasm): no wasm ${name} kernel`);
      const out = kernel.kernelFunc({
        inputs: kernelInputs as never,
        backend,
        attrs: kernelAttrs,
      }) as TensorInfo;
      if (!keep) temps.push(out);
      return out;
    };
    try {
      const rows: TensorInfo[] = [];
      for (let r = 0; r < sh; r++) {
        const cols: TensorInfo[] = [];
        for (let c = 0; c < sw; c++) {
          const kh = Math.ceil((fh - r) / sh);
          const kw = Math.ceil((fw - c) / sw);
          const sub = run(
            "StridedSlice",
            { x: filter },
            {
              begin: [r, c, 0, 0],
              end: [fh, fw, cin, cout],
              strides: [sh, sw, 1, 1],
              beginMask: 0,
              endMask: 0,
              ellipsisMask: 0,
              newAxisMask: 0,
              shrinkAxisMask: 0,
            },
          );
          const flipped = run("Reverse", { x: sub }, { dims: [0, 1] });
          const g = run("Transpose", { x: flipped }, { perm: [0, 1, 3, 2] });
          const conv = run(
            "Conv2D",
            { x: dy, filter: g },
            {
              strides: [1, 1],
              pad: [
                [0, 0],
                [kh - 1, Math.max(0, mh - oh)],
                [kw - 1, Math.max(0, mw - ow)],
                [0, 0],
              ],
              dataFormat: "NHWC",
              dilations: [1, 1],
            },
          );
          const [, ch, cw] = conv.shape;
          cols.push(
            ch === mh && cw === mw
              ? conv
              : run("Slice", { x: conv }, { begin: [0, 0, 0, 0], size: [n, mh, mw, cin] }),
          );
        }
        // [n, mh, mw, sw, cin] -> columns interleaved.
        const packed = cols.length === 1 ? (cols[0] as TensorInfo) : run("Pack", cols, { axis: 3 });
        rows.push(run("Reshape", { x: packed }, { shape: [n, mh, mw * sw, cin] }));
      }
      const packed = rows.length === 1 ? (rows[0] as TensorInfo) : run("Pack", rows, { axis: 2 });
      const full = run("Reshape", { x: packed }, { shape: [n, mh * sh, mw * sw, cin] });
      return run("Slice", { x: full }, { begin: [0, pt, pl, 0], size: [n, h, w, cin] }, true);
    } finally {
      disposeIntermediates(backend, temps);
    }
  };
}

/**
 * Replaces the wasm backend's `Conv2DBackpropInput` with the phase decomposition above (keeping
 * the stock kernel for what it does not cover). Idempotent.
 *
 * @returns true when this call replaced the kernel.
 * @example
 * registerWasmConv2DBackpropInput(tf); // loadTfjsWasm() has done it already
 */
export function registerWasmConv2DBackpropInput(tf: Tf): boolean {
  return replaceWasmKernel(tf, "Conv2DBackpropInput", (stock) => createKernelFunc(tf, stock));
}
