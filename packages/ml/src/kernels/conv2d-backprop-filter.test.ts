import { seededRandom, uniformArray } from "@atelier/random";
import type { NamedAttrMap, Tensor, Tensor4D } from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTfjsWasm } from "../backend.ts";
import type { Tf } from "../tf.ts";
import { planFilterGrad, registerWasmConv2DBackpropFilter } from "./conv2d-backprop-filter.ts";

type Pad = "same" | "valid" | number | [[0, 0], [number, number], [number, number], [0, 0]];

interface Case {
  name: string;
  x: [number, number, number, number];
  filter: [number, number, number, number];
  strides: number | [number, number];
  pad: Pad;
}

const cases: Case[] = [
  { name: "stride 1, same, 3x3", x: [2, 8, 8, 3], filter: [3, 3, 3, 4], strides: 1, pad: "same" },
  { name: "stride 1, valid", x: [3, 7, 9, 2], filter: [3, 3, 2, 5], strides: 1, pad: "valid" },
  { name: "stride 2, same, odd", x: [2, 9, 7, 3], filter: [3, 3, 3, 4], strides: 2, pad: "same" },
  { name: "stride 2, same, even", x: [4, 8, 8, 2], filter: [4, 4, 2, 3], strides: 2, pad: "same" },
  { name: "stride 2, valid, 1x1", x: [2, 7, 6, 3], filter: [1, 1, 3, 2], strides: 2, pad: "valid" },
  { name: "stride 3, valid", x: [2, 11, 10, 3], filter: [4, 3, 3, 6], strides: 3, pad: "valid" },
  { name: "stride 3, same", x: [3, 10, 13, 4], filter: [5, 5, 4, 2], strides: 3, pad: "same" },
  {
    name: "strides [2,3], same",
    x: [2, 9, 12, 3],
    filter: [3, 2, 3, 4],
    strides: [2, 3],
    pad: "same",
  },
  { name: "stride 2, numeric pad 1", x: [2, 9, 9, 3], filter: [3, 3, 3, 4], strides: 2, pad: 1 },
  {
    name: "strides [1,2], explicit pad",
    x: [2, 8, 9, 3],
    filter: [3, 4, 3, 2],
    strides: [1, 2],
    pad: [
      [0, 0],
      [1, 2],
      [0, 3],
      [0, 0],
    ],
  },
  { name: "batch 1, one channel", x: [1, 6, 5, 1], filter: [2, 3, 1, 1], strides: 2, pad: "same" },
];

/** Deterministic values in [-1, 1), identical on every backend. */
function values(count: number, seed: number): Float32Array {
  return uniformArray(seededRandom(seed), count, -1, 1);
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

async function filterGrad(tf: Tf, backend: string, c: Case): Promise<Float32Array> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const x = tf.tensor4d(values(size(c.x), 1), c.x);
    const w = tf.tensor4d(values(size(c.filter), 2), c.filter);
    // A random cotangent instead of sum(): every dy entry differs, so a misplaced tap shows.
    const probe = (f: Tensor) => {
      const y = tf.conv2d(x, f as Tensor4D, c.strides, c.pad);
      return tf.sum(tf.mul(y, tf.tensor(values(y.size, 3), y.shape)));
    };
    return tf.grad(probe)(w).dataSync() as Float32Array;
  });
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return max;
}

describe("planFilterGrad", () => {
  it("pads bottom/right just enough that the conv yields the filter size", () => {
    const plan = planFilterGrad({
      inHeight: 9,
      inWidth: 7,
      filterHeight: 3,
      filterWidth: 3,
      outHeight: 5,
      outWidth: 4,
      strideHeight: 2,
      strideWidth: 2,
      padTop: 1,
      padLeft: 1,
    });
    expect(plan.pad).toEqual([
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]);
    expect(plan).toMatchObject({
      dilations: [2, 2],
      convHeight: 3,
      convWidth: 3,
      needsCrop: false,
    });
  });

  it("crops when the input reaches past the last window (valid padding, stride > 1)", () => {
    const plan = planFilterGrad({
      inHeight: 7,
      inWidth: 6,
      filterHeight: 1,
      filterWidth: 1,
      outHeight: 4,
      outWidth: 3,
      strideHeight: 2,
      strideWidth: 2,
      padTop: 0,
      padLeft: 0,
    });
    expect(plan).toMatchObject({ convHeight: 1, convWidth: 2, needsCrop: true });
  });
});

describe("Conv2DBackpropFilter on wasm", () => {
  let tf: Tf;
  beforeAll(async () => {
    tf = await loadTfjsWasm();
  });

  it("is registered once and a second call is a no-op", () => {
    expect(tf.getKernel("Conv2DBackpropFilter", "wasm")).toBeDefined();
    expect(registerWasmConv2DBackpropFilter(tf)).toBe(false);
  });

  it.each(cases)("matches the cpu gradient: $name", async (c) => {
    const reference = await filterGrad(tf, "cpu", c);
    const wasm = await filterGrad(tf, "wasm", c);
    expect(maxAbsDiff(wasm, reference)).toBeLessThan(1e-4);
  });

  it("leaves no tensors or backend buffers behind", async () => {
    await tf.setBackend("wasm");
    const x = tf.tensor4d(values(2 * 9 * 7 * 3, 4), [2, 9, 7, 3]);
    const dy = tf.tensor4d(values(2 * 5 * 4 * 4, 5), [2, 5, 4, 4]);
    const attrs = { strides: 2, pad: "same", dataFormat: "NHWC", filterShape: [3, 3, 3, 4] };
    const run = () => tf.engine().runKernel("Conv2DBackpropFilter", { x, dy }, attrs) as Tensor4D;
    run().dispose(); // first call may allocate lazily-initialised state
    const before = tf.memory();
    // Backend-level count: the kernel's intermediates never reach the engine's bookkeeping.
    const buffersBefore = tf.backend().numDataIds();
    const dw = run();
    expect(dw.shape).toEqual([3, 3, 3, 4]);
    expect(tf.memory().numTensors).toBe(before.numTensors + 1);
    dw.dispose();
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers);
    expect(tf.backend().numDataIds()).toBe(buffersBefore);
    tf.dispose([x, dy]);
  });

  it("rejects NCHW with a clear message", async () => {
    await tf.setBackend("wasm");
    const x = tf.zeros([1, 3, 5, 5]);
    const dy = tf.zeros([1, 2, 5, 5]);
    const attrs: NamedAttrMap = {
      strides: 1,
      pad: "same",
      dataFormat: "NCHW",
      filterShape: [3, 3, 3, 2],
    };
    expect(() => tf.engine().runKernel("Conv2DBackpropFilter", { x, dy }, attrs)).toThrow(
      /dataFormat 'NCHW' is not supported/,
    );
    tf.dispose([x, dy]);
  });
});
