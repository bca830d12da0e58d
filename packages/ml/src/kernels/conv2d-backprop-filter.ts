import type {
  Conv2DBackpropFilterAttrs,
  KernelConfig,
  KernelFunc,
  NamedAttrMap,
  NamedTensorInfoMap,
  TensorInfo,
} from "@tensorflow/tfjs";
import type { Tf } from "../tf.ts";
import { disposeIntermediates } from "./wasm-kernel.ts";

/**
 * The filter gradient of a forward NHWC conv2d, expressed as one more conv2d.
 *
 *   dW[i, j, c, o] = sum_{n, a, b} x[n, a*sh + i - pt, b*sw + j - pl, c] * dy[n, a, b, o]
 *
 * Read x as a batch of Cin images with N channels ([Cin, H, W, N]) and dy as a filter of size
 * OH x OW with N inputs and Cout outputs ([OH, OW, N, Cout]): the sum above is then a conv2d
 * with stride 1 whose taps are spread by the forward stride (dilation = [sh, sw]), whose output
 * pixel (i, j) is dW[i, j] for every (c, o), and whose padding is the forward's top/left pad
 * plus whatever bottom/right pad makes the output at least fh x fw. The forward input outside
 * [0, H) x [0, W) reads as zero in both formulations, so extra padding is harmless.
 */
export interface FilterGradGeometry {
  inHeight: number;
  inWidth: number;
  filterHeight: number;
  filterWidth: number;
  /** dy's spatial size, taken from dy itself so that rounding modes need no special case. */
  outHeight: number;
  outWidth: number;
  strideHeight: number;
  strideWidth: number;
  padTop: number;
  padLeft: number;
}

/** Padding and crop of the dilated conv2d that yields dW (see {@link FilterGradGeometry}). */
export interface FilterGradPlan {
  pad: [[0, 0], [number, number], [number, number], [0, 0]];
  dilations: [number, number];
  /** Output rows/cols of the dilated conv2d before the crop to the filter size. */
  convHeight: number;
  convWidth: number;
  needsCrop: boolean;
}

/**
 * Pure geometry of the dW-as-conv2d rewrite (no tensors), exported for tests.
 *
 * @example
 * planFilterGrad({ inHeight: 5, inWidth: 5, filterHeight: 3, filterWidth: 3, outHeight: 3,
 *   outWidth: 3, strideHeight: 2, strideWidth: 2, padTop: 1, padLeft: 1 }).pad
 * // [[0, 0], [1, 1], [1, 1], [0, 0]]
 */
export function planFilterGrad(g: FilterGradGeometry): FilterGradPlan {
  const axis = (size: number, filter: number, out: number, stride: number, before: number) => {
    // The dilated "filter" (dy) spans (out - 1) * stride + 1 input pixels.
    const span = (out - 1) * stride + 1;
    const after = Math.max(0, filter - 1 + span - size - before);
    return { after, conv: size + before + after - span + 1 };
  };
  const h = axis(g.inHeight, g.filterHeight, g.outHeight, g.strideHeight, g.padTop);
  const w = axis(g.inWidth, g.filterWidth, g.outWidth, g.strideWidth, g.padLeft);
  return {
    pad: [
      [0, 0],
      [g.padTop, h.after],
      [g.padLeft, w.after],
      [0, 0],
    ],
    dilations: [g.strideHeight, g.strideWidth],
    convHeight: h.conv,
    convWidth: w.conv,
    needsCrop: h.conv !== g.filterHeight || w.conv !== g.filterWidth,
  };
}

type Shape4 = [number, number, number, number];

function shape4(info: TensorInfo, name: string): Shape4 {
  const [a, b, c, d] = info.shape;
  if (info.shape.length !== 4 || a == null || b == null || c == null || d == null) {
    throw new Error(`Conv2DBackpropFilter (wasm): ${name} must be rank 4, got [${info.shape}]`);
  }
  return [a, b, c, d];
}

function createKernelFunc(tf: Tf): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const { x, dy } = inputs as { x?: TensorInfo; dy?: TensorInfo };
    if (x == null || dy == null) throw new Error("Conv2DBackpropFilter (wasm): needs x and dy");
    const { strides, pad, dataFormat, dimRoundingMode, filterShape } =
      attrs as unknown as Conv2DBackpropFilterAttrs;
    if (dataFormat !== "NHWC") {
      // The wasm Conv2D itself only runs NHWC, so an NCHW forward pass never gets here.
      throw new Error(
        `Conv2DBackpropFilter (wasm): dataFormat '${dataFormat}' is not supported; use 'NHWC'`,
      );
    }
    const xShape = shape4(x, "x");
    const dyShape = shape4(dy, "dy");
    // Same call as the forward pass, so 'same' / numeric / explicit pads resolve identically.
    const info = tf.backend_util.computeConv2DInfo(
      xShape,
      filterShape,
      strides,
      1,
      pad,
      dimRoundingMode,
      false,
      "channelsLast",
    );
    const plan = planFilterGrad({
      inHeight: xShape[1],
      inWidth: xShape[2],
      filterHeight: info.filterHeight,
      filterWidth: info.filterWidth,
      outHeight: dyShape[1],
      outWidth: dyShape[2],
      strideHeight: info.strideHeight,
      strideWidth: info.strideWidth,
      padTop: info.padInfo.top,
      padLeft: info.padInfo.left,
    });

    const run = (name: string, kernelInputs: NamedTensorInfoMap, kernelAttrs: NamedAttrMap) => {
      const kernel = tf.getKernel(name, "wasm");
      if (kernel == null) throw new Error(`Conv2DBackpropFilter (wasm): no wasm ${name} kernel`);
      return kernel.kernelFunc({ inputs: kernelInputs, backend, attrs: kernelAttrs }) as TensorInfo;
    };
    // Kernel-level composition: intermediates are backend buffers the engine never sees, so
    // they must be released here even when a step throws.
    const temps: TensorInfo[] = [];
    try {
      const xT = run("Transpose", { x }, { perm: [3, 1, 2, 0] });
      temps.push(xT);
      const dyT = run("Transpose", { x: dy }, { perm: [1, 2, 0, 3] });
      temps.push(dyT);
      const full = run(
        "Conv2D",
        { x: xT, filter: dyT },
        { strides: [1, 1], pad: plan.pad, dataFormat: "NHWC", dilations: plan.dilations },
      );
      temps.push(full);
      let cropped = full;
      if (plan.needsCrop) {
        cropped = run(
          "Slice",
          { x: full },
          { begin: [0, 0, 0, 0], size: [xShape[3], info.filterHeight, info.filterWidth, -1] },
        );
        temps.push(cropped);
      }
      return run("Transpose", { x: cropped }, { perm: [1, 2, 0, 3] });
    } finally {
      disposeIntermediates(backend, temps);
    }
  };
}

/**
 * Registers `Conv2DBackpropFilter` for the wasm backend, which ships without it (so CNN
 * training fails there with "kernel not found"). Idempotent, and it leaves a native kernel in
 * place should a later tfjs-backend-wasm provide one. Works on NHWC; forward dilations > 1 never
 * reach it (tfjs's conv2d gradient rejects them before dispatch).
 *
 * @returns true when this call registered the kernel.
 * @example
 * const tf = await import("@tensorflow/tfjs");
 * await import("@tensorflow/tfjs-backend-wasm");
 * registerWasmConv2DBackpropFilter(tf);
 * await tf.setBackend("wasm"); // tf.grads over conv2d filters now works
 */
export function registerWasmConv2DBackpropFilter(tf: Tf): boolean {
  if (tf.getKernel("Conv2DBackpropFilter", "wasm") != null) return false;
  const config: KernelConfig = {
    kernelName: "Conv2DBackpropFilter",
    backendName: "wasm",
    kernelFunc: createKernelFunc(tf),
  };
  tf.registerKernel(config);
  return true;
}
